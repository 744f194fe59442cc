import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { EXAMPLE, FIXTURES } from './helpers.js';

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { LANG: 'id_ID.UTF-8', ...env },
    cwd: process.cwd(),
    today: () => '2026-06-30',
  };
  const code = await main(['node', 'okr2skp', ...args], io);
  return { code, stdout, stderr };
}

describe('okr2skp report', () => {
  it('writes the four formats into the output folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr2skp-report-'));
    const r = await run(['report', EXAMPLE, '-o', dir, '--as-of', '2026-06-30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['laporan-cakupan.html', 'laporan-cakupan.json', 'laporan-cakupan.md', 'laporan-cakupan.xlsx']);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
    const json = JSON.parse(readFileSync(join(dir, 'laporan-cakupan.json'), 'utf8'));
    expect(json.uncoveredKeyResults.map((k: { code: string }) => k.code)).toEqual(['BSDM-O1-KR3', 'KIN-O2-KR2', 'MUT-O2-KR2']);
    expect(json.totals.selfInputRate).toBe(1);
  });

  it('honours --format, --unit and the default as-of date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr2skp-report-'));
    const r = await run(['report', `${FIXTURES}problems.yaml`, '-o', dir, '--format', 'json,md', '--unit', 'UMUM']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['laporan-cakupan.json', 'laporan-cakupan.md']);
    const json = JSON.parse(readFileSync(join(dir, 'laporan-cakupan.json'), 'utf8'));
    expect(json.organisation).toMatchObject({ scope: 'UMUM', asOf: '2026-06-30' });
    expect(json.units.map((u: { code: string }) => u.code)).toEqual(['UMUM']);
  });

  it('stamps the workbook with SOURCE_DATE_EPOCH', async () => {
    const a = mkdtempSync(join(tmpdir(), 'okr2skp-report-'));
    const b = mkdtempSync(join(tmpdir(), 'okr2skp-report-'));
    await run(['report', EXAMPLE, '-o', a, '-f', 'xlsx'], { SOURCE_DATE_EPOCH: '1767225600' });
    await run(['report', EXAMPLE, '-o', b, '-f', 'xlsx'], { SOURCE_DATE_EPOCH: '1767225600' });
    expect(readFileSync(join(a, 'laporan-cakupan.xlsx')).equals(readFileSync(join(b, 'laporan-cakupan.xlsx')))).toBe(true);
  });

  it('explains an unknown unit in Bahasa Indonesia and exits 2', async () => {
    const r = await run(['report', EXAMPLE, '-o', mkdtempSync(join(tmpdir(), 'okr2skp-report-')), '--unit', 'BSDM-XYZ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--unit BSDM-XYZ: unit ini tidak ada dalam rencana (unit yang ada: DAA, BSDM, BORT, BSDM-KIN, BSDM-MUT).');
  });

  it('refuses an unknown format and a missing output folder', async () => {
    expect((await run(['report', EXAMPLE, '-o', tmpdir(), '--format', 'html,pdf'])).code).toBe(2);
    const missing = await run(['report', EXAMPLE]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--output');
  });

  it('reports an unwritable output folder without a stack trace', async () => {
    const r = await run(['report', EXAMPLE, '-o', '/dev/null/report']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^okr2skp: \/dev\/null\/report: tidak dapat menulis keluaran/);
    expect(r.stderr).not.toContain('    at ');
  });
});
