import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertPlan, type ConvertOptions } from '../../src/convert/convert.js';
import { documentBase, insideRoot, safeSegment } from '../../src/convert/names.js';
import { planConversion, shardOf } from '../../src/convert/select.js';
import { resolveConfig } from '../../src/rules/config.js';
import { readZip } from '../../src/render/docx/zip.js';
import { validate } from '../../src/validate.js';

const FIXTURES = 'test/fixtures/docx';
const YAML = `${FIXTURES}/kementerian-contoh.yaml`;
const check = (files: string[]) => validate(files, { config: resolveConfig({}), lang: 'id', asOf: '2026-01-15' });
const tmp = () => mkdtempSync(join(tmpdir(), 'okr2skp-convert-'));

/** Every file under dir, relative, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split(sep).join('/'), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

async function convertFile(file: string, options: Partial<ConvertOptions> = {}) {
  const { plan, diagnostics } = await check([file]);
  const outDir = options.outDir ?? tmp();
  const result = await convertPlan(plan, diagnostics, { outDir, jobs: 1, ...options });
  return { result, outDir, plan, diagnostics };
}

function variant(edit: (text: string) => string): string {
  const dir = tmp();
  const file = join(dir, 'plan.yaml');
  writeFileSync(file, edit(readFileSync(YAML, 'utf8')));
  return file;
}

describe('convert the example plan', () => {
  it('generates 28 documents and a manifest, exits 0', async () => {
    const { result, outDir } = await convertFile(YAML);
    expect(result.exitCode).toBe(0);
    const files = [...tree(outDir).keys()];
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(28);
    expect(files).toContain('manifest.json');
    expect(files).toContain('BSDM-KIN/198503152010121002_Andi Pratama, S.Kom_SKP.docx');
    expect(files).toContain('BSDM-KIN/198503152010121002_Andi Pratama, S.Kom_IKI.docx');
    expect(files.some((f) => f.includes('.tmp'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    expect(manifest.summary).toEqual({ employees: 14, generated: 14, skipped: 0, documents: 28, pdfs: 0 });
    const order = manifest.employees.map((e: { unit: string; nip: string }) => `${e.unit} ${e.nip}`);
    expect(order).toEqual([...order].sort());
    expect(manifest.employees.every((e: { status: string; files: string[] }) => e.status === 'generated' && e.files.length === 2)).toBe(true);
  });

  it('gives identical bytes on a second run, and from the workbook and the flat workbook', async () => {
    const a = tree((await convertFile(YAML)).outDir);
    const b = tree((await convertFile(YAML)).outDir);
    const fromXlsx = tree((await convertFile(`${FIXTURES}/kementerian-contoh.xlsx`)).outDir);
    const fromFlat = tree((await convertFile(`${FIXTURES}/kementerian-contoh-flat.xlsx`)).outDir);
    for (const other of [b, fromXlsx, fromFlat]) {
      expect([...other.keys()]).toEqual([...a.keys()]);
      for (const [path, bytes] of a) {
        if (path === 'manifest.json') continue;
        expect(other.get(path)!.equals(bytes), path).toBe(true);
      }
    }
    expect(b.get('manifest.json')!.equals(a.get('manifest.json')!)).toBe(true);
  });

  it('gives the same bytes on worker threads as in-process', async () => {
    const one = tree((await convertFile(YAML, { jobs: 1 })).outDir);
    const two = tree((await convertFile(YAML, { jobs: 2 })).outDir);
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [path, bytes] of one) expect(two.get(path)!.equals(bytes), path).toBe(true);
  }, 60_000);

  it('honours SOURCE_DATE_EPOCH in the package dates', async () => {
    const { outDir } = await convertFile(YAML, { sourceDateEpoch: '1767225600', selection: { employees: ['198503152010121002'] }, only: 'skp' });
    const files = [...tree(outDir).keys()];
    expect(files).toEqual(['BSDM-KIN/198503152010121002_Andi Pratama, S.Kom_SKP.docx', 'manifest.json']);
    const core = readZip(readFileSync(join(outDir, files[0]!))).get('docProps/core.xml')!.toString();
    expect(core).toContain('2026-01-01T00:00:00Z');
  });
});

describe('skipping', () => {
  // Fajar's NIP loses a digit on his own row and on his objective: an error that concerns only him.
  const brokenFajar = (t: string) => t.replaceAll('199709092022031007', '19970909202203107');

  it('generates everyone else, lists the skip with its findings, and exits 1', async () => {
    const { result, outDir } = await convertFile(variant(brokenFajar));
    expect(result.exitCode).toBe(1);
    const manifest = result.manifest;
    expect(manifest.summary).toMatchObject({ generated: 13, skipped: 1, documents: 26 });
    const fajar = manifest.employees.find((e) => e.nip === '19970909202203107')!;
    expect(fajar.status).toBe('skipped');
    expect(fajar.files).toEqual([]);
    expect(fajar.findings.some((f) => f.ruleId === 'nip/invalid' && /plan\.yaml \d+:\d+/.test(f.place))).toBe(true);
    expect(existsSync(join(outDir, 'BSDM-MUT'))).toBe(true);
    expect(readdirSync(join(outDir, 'BSDM-MUT')).some((f) => f.includes('Fajar'))).toBe(false);
  });

  it('--force generates the broken employee too and marks the footer', async () => {
    const { result, outDir } = await convertFile(variant(brokenFajar), { force: true });
    expect(result.exitCode).toBe(0);
    const fajar = result.manifest.employees.find((e) => e.nip === '19970909202203107')!;
    expect(fajar.status).toBe('generated');
    expect(fajar.findings.length).toBeGreaterThan(0);
    const footer = (rel: string) => readZip(readFileSync(join(outDir, rel))).get('word/footer1.xml')!.toString();
    expect(footer(fajar.files[0]!)).toContain('--force');
    const andi = result.manifest.employees.find((e) => e.nip === '198503152010121002')!;
    expect(footer(andi.files[0]!)).not.toContain('--force');
  });

  it('a broken supervisor row skips the supervisor and everyone they appraise', async () => {
    const file = variant((t) => t.replaceAll('198207232006042002', '19820723200604200'));
    const { plan, diagnostics } = await check([file]);
    const chosen = planConversion(plan, diagnostics, {}, { force: false });
    expect(chosen.skipped.map((s) => s.nip).sort()).toEqual(['19820723200604200', '198702042011011006', '199304262019022005', '199709092022031007']);
    expect(chosen.jobs).toHaveLength(10);
  });

  it('skips the owner of a key result row that could not be read, rather than leave the IKI out of their SKP', async () => {
    // MUT-O2-A-KR2 belongs to Fajar; its target is not a number, so the row is rejected and its owner must not be generated.
    const file = variant((t) => t.replace(/(code: MUT-O2-A-KR2[\s\S]*?target: )98/, '$1sembilan puluh delapan'));
    const { plan, diagnostics } = await check([file]);
    expect(plan.key_results.some((k) => k.code === 'MUT-O2-A-KR2')).toBe(false);
    const chosen = planConversion(plan, diagnostics, {}, { force: false });
    expect(chosen.skipped.map((s) => s.nip)).toEqual(['199709092022031007']);
    expect(chosen.skipped[0]!.findings.map((d) => [d.ruleId, d.subject])).toEqual([['schema/invalid-value', 'MUT-O2-A-KR2']]);
  });

  it('removes documents left by an earlier run for an employee now skipped', async () => {
    const outDir = tmp();
    await convertFile(variant((t) => t.replaceAll('199709092022031007', '19970909202203107')), { outDir, force: true });
    expect(readdirSync(join(outDir, 'BSDM-MUT')).filter((f) => f.includes('Fajar'))).toHaveLength(2);
    await convertFile(variant((t) => t.replaceAll('199709092022031007', '19970909202203107')), { outDir });
    expect(readdirSync(join(outDir, 'BSDM-MUT')).filter((f) => f.includes('Fajar'))).toHaveLength(0);
  });
});

describe('filters', () => {
  it('--unit takes the unit with its sub-units', async () => {
    const { plan, diagnostics } = await check([YAML]);
    const chosen = planConversion(plan, diagnostics, { units: ['BSDM'] }, { force: false });
    expect(new Set(chosen.jobs.map((j) => j.unit))).toEqual(new Set(['BSDM', 'BSDM-KIN', 'BSDM-MUT']));
    expect(chosen.jobs).toHaveLength(10);
  });

  it('--shard splits everyone into disjoint, stable parts', async () => {
    const { plan, diagnostics } = await check([YAML]);
    const parts = [1, 2, 3].map((index) => planConversion(plan, diagnostics, { shard: { index, count: 3 } }, { force: false }).jobs.map((j) => j.nip));
    expect(parts.flat().sort()).toEqual(plan.employees.map((e) => e.nip).sort());
    expect(new Set(parts.flat()).size).toBe(14);
    expect(shardOf('198503152010121002', 3)).toBe(shardOf('198503152010121002', 3));
  });

  it('a shard writes its own manifest', async () => {
    const { result, outDir } = await convertFile(YAML, { selection: { shard: { index: 2, count: 4 } } });
    expect(result.manifestFile).toBe('manifest-2-of-4.json');
    expect(existsSync(join(outDir, 'manifest-2-of-4.json'))).toBe(true);
    expect(result.manifest.shard).toBe('2/4');
  });

  it('an unknown NIP or unit is an operational error that names it', async () => {
    await expect(convertFile(YAML, { selection: { employees: ['123'] } })).rejects.toMatchObject({ code: 'bad-argument', data: { reason: expect.stringContaining('123') } });
    await expect(convertFile(YAML, { selection: { units: ['NOPE'] } })).rejects.toMatchObject({ code: 'bad-argument' });
  });

  it('--regulation overrides the plan', async () => {
    const { result, outDir } = await convertFile(YAML, { regulation: 'permenpanrb-8-2021', selection: { employees: ['198503152010121002'] }, only: 'skp' });
    expect(result.manifest.regulation).toBe('permenpanrb-8-2021');
    const doc = readZip(readFileSync(join(outDir, result.manifest.employees[0]!.files[0]!))).get('word/document.xml')!.toString();
    expect(doc).toContain('A. KINERJA UTAMA');
  });
});

describe('file names', () => {
  it('never leave the output directory', async () => {
    const file = variant((t) =>
      t
        .replace('name: Fajar Setiawan', 'name: "Budi/../../x"')
        .replace('name: Putri Maharani', 'name: CON')
        .replace('name: Teguh Prasetyo, S.AP.', 'name: "..\\\\..\\\\evil\\u0000\\u0007name"'),
    );
    const { result, outDir } = await convertFile(file);
    const files = result.manifest.employees.flatMap((e) => e.files);
    expect(files).toHaveLength(28);
    for (const f of files) {
      expect(resolve(outDir, f).startsWith(resolve(outDir) + sep)).toBe(true);
      expect(f.split('/')).toHaveLength(2);
      expect(f).not.toContain('..');
      expect(existsSync(join(outDir, f))).toBe(true);
    }
    expect(files).toContain('BSDM-MUT/199709092022031007_Budi_._._x_SKP.docx');
    expect(files).toContain('BSDM-KIN/199511302020122004_CON_SKP.docx');
  });

  it('are safe segments on every file system', () => {
    expect(safeSegment('Budi/../../x')).toBe('Budi_._._x');
    expect(safeSegment('CON')).toBe('_CON');
    expect(safeSegment('lpt1.txt')).toBe('_lpt1.txt');
    expect(safeSegment('..')).toBe('_');
    expect(safeSegment('a\u0000b\tc')).toBe('a_b_c');
    expect(safeSegment('Dr. Siti Rahma, S.H., M.H.')).toBe('Dr. Siti Rahma, S.H., M.H');
    expect(Buffer.byteLength(safeSegment('é'.repeat(500)))).toBeLessThanOrEqual(120);
    expect(documentBase('198503152010121002', 'A:B*C?')).toBe('198503152010121002_A_B_C');
    expect(() => insideRoot('/tmp/out', '..', 'x')).toThrow(/outside/);
    expect(insideRoot('/tmp/out', 'BSDM', 'a.docx')).toBe(resolve('/tmp/out/BSDM/a.docx'));
  });
});

describe('--pdf', () => {
  it('writes the .docx files and reports a missing soffice', async () => {
    const { result, outDir } = await convertFile(YAML, { pdf: true, env: { PATH: '/nonexistent' }, selection: { employees: ['198503152010121002'] } });
    expect(result.sofficeMissing).toBe(true);
    expect(result.exitCode).toBe(0);
    expect([...tree(outDir).keys()].filter((f) => f.endsWith('.docx'))).toHaveLength(2);
  });
});

describe('default rendering threads', () => {
  it('keeps one core for writing files, and uses at least one thread', async () => {
    const { defaultJobs } = await import('../../src/convert/convert.js');
    expect([1, 2, 4, 8].map((cores) => defaultJobs(cores))).toEqual([1, 1, 3, 7]);
  });
});
