import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const EXAMPLES = ['examples/kementerian-contoh.yaml', 'examples/kementerian-contoh.xlsx', 'examples/kementerian-contoh-flat.xlsx'];

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'okr2skp-validate-'));
}

describe('okr2skp validate', () => {
  it.each(EXAMPLES)('exits 0 with no errors on %s', async (file) => {
    const run = await runCli(['validate', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.summary.errors).toBe(0);
    for (const d of out.diagnostics) expect(d.file).toBe(file);
  });

  it('prints the documented JSON shape, sorted, with workbook places', async () => {
    const dir = tmp();
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, 'employees:\n  - { nip: "198513402010121002", name: A, position: P, position_type: JPT, unit: X, supervsor: "1" }\n');
    const run = await runCli(['validate', file, '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['summary', 'diagnostics']);
    expect(out.summary).toEqual({ errors: 1, warnings: 0, infos: 1 });
    expect(out.diagnostics).toEqual([
      { ruleId: 'nip/invalid', severity: 'error', message: 'NIP 198513402010121002 is invalid: the birth month (digits 5–6) is 13, not 01–12.', file, line: 2, column: 12, subject: '198513402010121002' },
      { ruleId: 'schema/unknown-column', severity: 'info', message: 'Key "supervsor" is not known and is ignored. Did you mean "supervisor"?', file, line: 2, column: 85 },
    ]);
  });

  it('groups findings by file in the stylish format, in Indonesian by default, without colour off a TTY', async () => {
    const run = await runCli(['validate', 'examples/kementerian-contoh.xlsx', join(tmp(), 'missing.yaml')]);
    expect(run.code).toBe(2);
    const dir = tmp();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'employees:\n  - { nip: "198513402010121002", name: A, position: P, position_type: JPT, unit: X }\n');
    const ok = await runCli(['validate', file]);
    expect(ok.code).toBe(1);
    expect(ok.stdout).not.toMatch(/\u001b\[/);
    expect(ok.stdout).toContain(file);
    expect(ok.stdout).toMatch(/2:12 +galat +NIP 198513402010121002 tidak valid: bulan lahir \(digit 5–6\) adalah 13, bukan 01–12\. +nip\/invalid/);
    expect(ok.stdout).toContain('✖ 1 masalah (1 galat, 0 peringatan, 0 info)');
  });

  it('uses colour on a TTY unless NO_COLOR is set', async () => {
    const dir = tmp();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'employees:\n  - { nip: "19851340201012100", name: A, position: P, position_type: JPT, unit: X }\n');
    expect((await runCli(['validate', file], { tty: true })).stdout).toMatch(/\u001b\[/);
    expect((await runCli(['validate', file], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('takes English from --lang or from LANG', async () => {
    const dir = tmp();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'employees:\n  - { nip: "19851340201012100", name: A, position: P, position_type: JPT, unit: X }\n');
    expect((await runCli(['validate', file, '--lang', 'en'])).stdout).toContain('has 17 digits');
    expect((await runCli(['validate', file], { env: { LANG: 'en_US.UTF-8' } })).stdout).toContain('has 17 digits');
    expect((await runCli(['validate', file], { env: { LANG: 'id_ID.UTF-8' } })).stdout).toContain('terdiri dari 17 digit');
  });

  it('--quiet shows errors only; --max-warnings turns warnings into exit 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'okr2skp.config.yaml'), 'rules:\n  schema/unknown-column: warn\n');
    writeFileSync(join(dir, 'a.yaml'), 'units:\n  - { code: U1, name: Satu, colour: blue }\n');
    const plain = await runCli(['validate', 'a.yaml', '--format', 'json'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
    expect((await runCli(['validate', 'a.yaml', '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['validate', 'a.yaml', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    const quiet = await runCli(['validate', 'a.yaml', '--quiet', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(quiet.stdout).diagnostics).toEqual([]);
  });

  it('writes the report to a file with -o', async () => {
    const dir = tmp();
    const out = join(dir, 'reports', 'hasil.json');
    const run = await runCli(['validate', 'examples/kementerian-contoh.yaml', '--format', 'json', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.errors).toBe(0);
  });

  describe('operational problems: exit 2, one line naming the file, no stack trace', () => {
    const dir = tmp();
    const cases: [string, () => string, RegExp][] = [
      ['a missing file', () => join(dir, 'nope.xlsx'), /nope\.xlsx: berkas tidak ditemukan\.$/],
      ['a directory', () => (mkdirSync(join(dir, 'folder'), { recursive: true }), join(dir, 'folder')), /folder: ini folder, bukan berkas/],
      ['an empty file', () => (writeFileSync(join(dir, 'empty.xlsx'), ''), join(dir, 'empty.xlsx')), /empty\.xlsx: berkas kosong/],
      ['random bytes named .xlsx', () => (writeFileSync(join(dir, 'random.xlsx'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251))), join(dir, 'random.xlsx')), /random\.xlsx: bukan workbook Excel/],
      ['a truncated workbook', () => (writeFileSync(join(dir, 'cut.xlsx'), readFileSync('examples/kementerian-contoh.xlsx').subarray(0, 4000)), join(dir, 'cut.xlsx')), /cut\.xlsx: (workbook rusak|bukan workbook)/],
      ['a YAML syntax error', () => (writeFileSync(join(dir, 'bad.yaml'), 'employees:\n  - nip: a: b\n'), join(dir, 'bad.yaml')), /bad\.yaml:2:10: kesalahan sintaks YAML/],
      ['a workbook without known sheets', () => join(dir, 'unknown.xlsx'), /unknown\.xlsx: tidak ada lembar yang dikenal/],
    ];
    it.each(cases)('%s', async (_name, make, pattern) => {
      if (_name === 'a workbook without known sheets') {
        const ExcelJS = (await import('exceljs')).default;
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('Pegawaii').addRow(['x']);
        await wb.xlsx.writeFile(join(dir, 'unknown.xlsx'));
      }
      const file = make();
      const run = await runCli(['validate', file]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('reports usage errors as exit 2', async () => {
    expect((await runCli(['validate'])).code).toBe(2);
    expect((await runCli(['validate', 'x.yaml', '--format', 'nope'])).code).toBe(2);
    expect((await runCli(['validate', 'x.yaml', '--max-warnings', 'many'])).code).toBe(2);
  });

  it('names an unknown rule in the config (exit 2)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'okr2skp.config.yaml'), 'rules:\n  kr/missing-targt: off\n');
    const run = await runCli(['validate', join(process.cwd(), 'examples/kementerian-contoh.yaml'), '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/okr2skp\.config\.yaml: unknown rule "kr\/missing-targt"/);
  });
});

describe('progress display', () => {
  it('shows a spinner only on a terminal with a width, outside CI', async () => {
    const { showProgress } = await import('../../src/cli/io.js');
    expect(showProgress({ isTTY: true, columns: 120 }, {})).toBe(true);
    expect(showProgress({ isTTY: true, columns: 0 }, {})).toBe(false);
    expect(showProgress({ isTTY: true }, {})).toBe(false);
    expect(showProgress({ isTTY: false, columns: 120 }, {})).toBe(false);
    expect(showProgress({ isTTY: true, columns: 120 }, { CI: 'true' })).toBe(false);
    expect(showProgress({ isTTY: true, columns: 120 }, { TERM: 'dumb' })).toBe(false);
  });
});
