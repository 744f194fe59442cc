import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdown } from '../../../src/render/formatters/markdown.js';
import { ruleDocUrl } from '../../../src/render/formatters/sarif.js';
import { CLEAN_FILE, FULL, XLSX_FILE, YAML_FILE, context, diag, report } from './report.js';

/** The rows of the table that follows a heading, as arrays of cell texts (escaped pipes kept inside cells). */
function table(md: string, heading: string): string[][] {
  const lines = md.split('\n');
  let i = lines.indexOf(heading);
  expect(i, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  while (!lines[i]!.startsWith('|')) i++;
  const rows: string[][] = [];
  for (; lines[i]?.startsWith('|'); i++) {
    rows.push(lines[i]!.slice(2, -2).split(/(?<!\\) \| /));
  }
  return rows;
}

describe('markdown formatter', () => {
  const md = markdown(FULL, context());

  it('starts with a heading and a summary table of totals', () => {
    expect(md.startsWith('## Hasil pemeriksaan okr2skp\n')).toBe(true);
    expect(table(md, '### Ringkasan')).toEqual([
      ['Jenis', 'Jumlah'],
      ['---', '---:'],
      ['❌ Galat', '4'],
      ['⚠️ Peringatan', '1'],
      ['ℹ️ Info', '1'],
    ]);
  });

  it('counts findings per rule, sorted by id, each linking to its doc page', () => {
    const rows = table(md, '### Per aturan');
    expect(rows[0]).toEqual(['Aturan', 'Galat', 'Peringatan', 'Info']);
    expect(rows.slice(2).map((r) => [r[0]!.replace(/^\[(.*)\]\(.*\)$/, '$1'), ...r.slice(1)])).toEqual([
      ['kr/activity-not-result', '0', '1', '0'],
      ['nip/invalid', '1', '0', '0'],
      ['ref/unknown-reference', '2', '0', '0'],
      ['schema/missing-field', '1', '0', '0'],
      ['schema/unknown-column', '0', '0', '1'],
    ]);
    expect(rows[3]![0]).toBe(`[nip/invalid](${ruleDocUrl('nip/invalid')})`);
  });

  it('groups findings by file with place, severity, rule, message and subject', () => {
    expect(table(md, `#### ${YAML_FILE}`)).toEqual([
      ['Tempat', 'Tingkat', 'Aturan', 'Pesan', 'Subjek'],
      ['---', '---', '---', '---', '---'],
      ['12:5', '❌ galat', '`nip/invalid`', 'NIP 1234 terdiri dari 4 digit; NIP harus 18 digit.', '1234'],
      ['40:9', '⚠️ peringatan', '`kr/activity-not-result`', 'KR "Melaksanakan rapat" berupa kegiatan.', 'KIN-O1-KR1'],
    ]);
    const xlsx = table(md, `#### ${XLSX_FILE}`);
    expect(xlsx.slice(2).map((r) => r[0])).toEqual(['', "'Key Result'!M3", 'Pegawai!A7', 'Pegawai!F9']);
    // A file without findings gets no table but is named as checked.
    expect(md).not.toContain(`#### ${CLEAN_FILE}`);
    expect(md.trimEnd().split('\n').at(-1)).toBe(`**Berkas yang diperiksa:** ${YAML_FILE}, ${XLSX_FILE}, ${CLEAN_FILE}`);
  });

  it('escapes pipes, line breaks, markup and HTML so a message stays in its cell', () => {
    expect(escapeMarkdown('a | b\nc\r\nd *e* `f` <b>&')).toBe('a \\| b<br>c<br>d \\*e\\* \\`f\\` &lt;b&gt;&amp;');
    const d = diag({ ruleId: 'nip/invalid', severity: 'error', message: 'Kolom | rusak\nbaris <script>', file: 'a|b.yaml', line: 1, column: 1, subject: 'x|y' });
    const out = markdown(report([d], ['a|b.yaml']), context());
    const rows = table(out, '#### a\\|b.yaml');
    expect(rows[2]).toEqual(['1:1', '❌ galat', '`nip/invalid`', 'Kolom \\| rusak<br>baris &lt;script&gt;', 'x\\|y']);
    expect(out).not.toContain('<script>');
  });

  it('uses English headings with lang en', () => {
    const en = markdown(FULL, context({ lang: 'en' }));
    expect(en.startsWith('## okr2skp check results\n')).toBe(true);
    expect(table(en, '### Summary')[2]).toEqual(['❌ Errors', '4']);
    expect(table(en, `#### ${YAML_FILE}`)[0]).toEqual(['Place', 'Severity', 'Rule', 'Message', 'Subject']);
    expect(en).toContain('**Files checked:**');
  });

  it('says so when there is nothing to report', () => {
    const out = markdown(report([], ['a.yaml']), context());
    expect(out).toContain('✅ Tidak ada masalah.');
    expect(out).not.toContain('### Per aturan');
    expect(table(out, '### Ringkasan')[2]).toEqual(['❌ Galat', '0']);
  });

  it('is deterministic whatever the order of the diagnostics', () => {
    expect(markdown(report([...FULL.diagnostics].reverse()), context())).toBe(md);
  });
});
