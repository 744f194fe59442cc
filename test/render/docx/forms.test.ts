import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../../src/io/load.js';
import type { Plan } from '../../../src/model/plan.js';
import { createRenderer, documentDate, readZip, type FormRenderer } from '../../../src/render/docx/index.js';

const FIXTURE = 'test/fixtures/docx/kementerian-contoh.yaml';
const NIP = {
  deputi: '196805121993031002', // JPT at the top
  kepalaBiro: '197203101998031003', // JPT under a JPT
  kabag: '198001152005011004', // Administrator under a JPT
  analis: '198503152010121002', // Fungsional under an Administrator
  pelaksana: '199511302020122004', // Pelaksana, kualitatif
  siti: '199001012015032003', // Fungsional with a Tambahan objective
};

/** One element per line, so a golden diff points at the row that changed. */
function readable(xml: string): string {
  return xml.replace(/(<w:tbl>|<w:tr[ >]|<w:p>|<w:p |<\/w:tbl>)/g, '\n$1') + '\n';
}

let plan: Plan;
let r6: FormRenderer;
let r8: FormRenderer;

beforeAll(async () => {
  plan = (await loadPlan([FIXTURE])).plan;
  r6 = await createRenderer('permenpanrb-6-2022');
  r8 = await createRenderer('permenpanrb-8-2021');
});

describe('golden word/document.xml', () => {
  it('JPT, kuantitatif (6/2022)', async () => {
    await expect(readable(r6.xml('skp', plan, NIP.kepalaBiro))).toMatchFileSnapshot('../../fixtures/docx/skp-jpt-kuantitatif.xml');
  });
  it('Fungsional, kuantitatif (6/2022)', async () => {
    await expect(readable(r6.xml('skp', plan, NIP.analis))).toMatchFileSnapshot('../../fixtures/docx/skp-fungsional-kuantitatif.xml');
  });
  it('Pelaksana, kualitatif (6/2022)', async () => {
    await expect(readable(r6.xml('skp', plan, NIP.pelaksana))).toMatchFileSnapshot('../../fixtures/docx/skp-pelaksana-kualitatif.xml');
  });
  it('SKP under 8/2021', async () => {
    await expect(readable(r8.xml('skp', plan, NIP.analis))).toMatchFileSnapshot('../../fixtures/docx/skp-8-2021.xml');
  });
  it('IKI', async () => {
    await expect(readable(r6.xml('iki', plan, NIP.analis))).toMatchFileSnapshot('../../fixtures/docx/iki-fungsional.xml');
  });
});

describe('SKP model: the right parent RHK stands in each row', () => {
  it('a JPT subordinate shows the parent RHK and the indicator the link names', () => {
    const m = r6.skpModel(plan, NIP.kepalaBiro);
    const [o1, o2] = m.sections[0]!.results;
    expect(o1!.rhk).toBe('Tersusunnya SKP seluruh pegawai yang selaras dengan OKR organisasi');
    expect(o1!.intervened).toEqual({
      code: 'DAA-O1',
      rhk: 'Terwujudnya manajemen kinerja ASN yang akuntabel dan berbasis hasil',
      indicator: 'Persentase pegawai yang SKP-nya selaras dengan OKR organisasi',
    });
    expect(o2!.intervened?.indicator).toBe('Nilai Indeks Sistem Merit');
  });

  it('under a non-JPT supervisor only the parent RHK is printed', () => {
    const m = r6.skpModel(plan, NIP.analis);
    expect(m.sections[0]!.results[0]!.intervened).toEqual({ code: 'KIN-O1', rhk: 'Terverifikasinya keselarasan SKP pegawai secara tepat waktu' });
  });

  it('an Administrator under a JPT gets the JPT RHK with its indicator', () => {
    const [o1, o2] = r6.skpModel(plan, NIP.kabag).sections[0]!.results;
    expect(o1!.intervened).toMatchObject({ code: 'BSDM-O1', indicator: 'Persentase SKP pegawai yang terverifikasi keselarasannya' });
    expect(o2!.intervened).toMatchObject({ code: 'BSDM-O1', indicator: 'Jumlah Agent of Change yang tersertifikasi OKR' });
  });

  it('the top of the tree has no intervened RHK and no pejabat penilai', () => {
    const m = r6.skpModel(plan, NIP.deputi);
    expect(m.sections[0]!.results[0]!.intervened).toBeUndefined();
    expect(m.identity.appraiser).toEqual(['-', '-', '-', '-', '-']);
    expect(m.signature.appraiser).toEqual({ name: '-', nip: '-' });
  });

  it('puts Tambahan objectives in section B and numbers each section from 1', () => {
    const m = r6.skpModel(plan, NIP.siti);
    expect(m.sections.map((s) => s.label)).toEqual(['A. UTAMA', 'B. TAMBAHAN']);
    expect(m.sections[1]!.results.map((r) => [r.no, r.code])).toEqual([[1, 'KIN-O2-A']]);
    expect(m.sections[1]!.results[0]!.intervened?.code).toBe('KIN-O2');
  });

  it('writes targets as people do', () => {
    const targets = r6.skpModel(plan, NIP.kabag).sections[0]!.results[0]!.indicators.map((k) => k.target);
    expect(targets).toEqual(['1.250 SKP', '85%', '5 hari kerja']);
    const rizky = r6.skpModel(plan, '199208172019031005').sections[0]!.results[0]!.indicators.map((k) => k.target);
    expect(rizky).toEqual(['12 aturan', '2 detik', '2 Maret 2026']);
    const bambang = r6.skpModel(plan, NIP.kepalaBiro).sections[0]!.results[1]!.indicators.map((k) => k.target);
    expect(bambang).toEqual(['80%', 'Ya']);
  });

  it('titles follow the approach and the position type', () => {
    expect(r6.skpModel(plan, NIP.kepalaBiro).titles).toEqual([
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI',
    ]);
    expect(r6.skpModel(plan, NIP.pelaksana).titles.slice(1)).toEqual(['PENDEKATAN HASIL KERJA KUALITATIF', 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL']);
  });

  it('merges plan-wide, unit (with parents) and employee Lampiran items', () => {
    const bands = r6.skpModel(plan, NIP.analis).attachment!;
    expect(bands[0]!.items).toEqual(['Komputer/laptop dan koneksi internet', 'Akses ke aplikasi kinerja pegawai', 'Anggaran pelatihan sertifikasi Agent of Change']);
    expect(r6.skpModel(plan, NIP.kepalaBiro).attachment![0]!.items).not.toContain('Anggaran pelatihan sertifikasi Agent of Change');
  });

  it('puts the supervisor expectations on their BerAKHLAK rows', () => {
    const rows = r6.skpModel(plan, NIP.analis).behaviour!;
    expect(rows).toHaveLength(7);
    expect(rows[0]!.expectations[0]).toMatch(/^Memberikan umpan balik verifikasi/);
    expect(rows[6]!.expectations[0]).toMatch(/^Aktif berbagi praktik baik/);
    expect(rows[3]!.expectations).toEqual([]);
  });

  it('8/2021 has its own headers, no perilaku and no lampiran, and never the kualitatif layout', () => {
    const xml = r8.xml('skp', plan, NIP.pelaksana);
    expect(xml).toContain('RENCANA KINERJA ATASAN LANGSUNG/ UNIT KERJA/ ORGANISASI');
    expect(xml).toContain('A. KINERJA UTAMA');
    expect(xml).toContain('B. KINERJA TAMBAHAN');
    expect(xml).not.toContain('PERILAKU KERJA');
    expect(xml).not.toContain('LAMPIRAN');
    expect(r8.skpModel(plan, NIP.pelaksana).approach).toBe('kuantitatif');
  });
});

describe('IKI model', () => {
  it('derives formula, satuan and periode when the plan has none', () => {
    const row = r6.ikiModel(plan, NIP.analis).rows[0]!;
    expect(row.indicators.map((k) => [k.target, k.unit, k.period])).toEqual([
      ['420 SKP', 'SKP', 'Triwulanan'],
      ['95%', '%', 'Triwulanan'],
      ['4 hari kerja', 'hari kerja', 'Triwulanan'],
    ]);
    expect(row.indicators[2]!.formula).toContain('(1 + (1 − Realisasi / Target))');
    expect(row.indicators[0]!.formula).toContain('Realisasi / Target × 100%');
  });

  it('prints the plan\'s data source and the jabatan first', () => {
    const m = r6.ikiModel(plan, NIP.deputi);
    expect(m.info[0]).toEqual({ label: 'Jabatan', value: 'Deputi Bidang Administrasi Aparatur' });
    expect(m.rows[0]!.indicators[0]!.source).toBe('Aplikasi kinerja pegawai');
  });
});

describe('.docx package', () => {
  it('is a valid zip with the parts Word needs, the same bytes every time, and dates from the plan', () => {
    const when = documentDate(plan, undefined);
    expect(when.toISOString()).toBe('2026-01-15T00:00:00.000Z');
    const a = r6.docx('skp', plan, NIP.analis, { when });
    const b = r6.docx('skp', plan, NIP.analis, { when });
    expect(a.equals(b)).toBe(true);
    const parts = readZip(a);
    expect([...parts.keys()][0]).toBe('[Content_Types].xml');
    for (const p of ['word/document.xml', 'word/styles.xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/footer1.xml']) expect(parts.has(p)).toBe(true);
    expect(parts.get('docProps/core.xml')!.toString()).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T00:00:00Z</dcterms:created>');
    expect(parts.get('word/document.xml')!.toString()).toBe(r6.xml('skp', plan, NIP.analis));
    // A4 portrait, header rows repeated on every page, page numbers in the footer.
    const doc = parts.get('word/document.xml')!.toString();
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc).toContain('<w:tblHeader/>');
    expect(parts.get('word/footer1.xml')!.toString()).toMatch(/PAGE<\/w:instrText>[\s\S]*NUMPAGES<\/w:instrText>/);
  });

  it('SOURCE_DATE_EPOCH wins over the plan date', () => {
    expect(documentDate(plan, '1700000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(documentDate(plan, 'not-a-number').toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  it('prints a footer note when asked', () => {
    const parts = readZip(r6.docx('iki', plan, NIP.analis, { when: new Date(0), footerNote: 'Dibuat dengan --force' }));
    expect(parts.get('word/footer1.xml')!.toString()).toContain('Dibuat dengan --force');
    const plain = readZip(r6.docx('iki', plan, NIP.analis, { when: new Date(0) }));
    expect(plain.get('word/footer1.xml')!.toString()).not.toContain('--force');
  });

  it('keeps the fixture identical to the shipped example', () => {
    expect(readFileSync(FIXTURE, 'utf8')).toContain('Kementerian Contoh');
  });
});
