import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The compiled CLI runs its workers from dist/convert/worker.js: build once if dist/ lacks it.
beforeAll(() => {
  if (!existsSync('dist/convert/worker.js')) spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'ignore' });
}, 120_000);

describe('bin/okr2skp.js convert', () => {
  it('generates the example on two worker threads and exits 0', () => {
    const out = mkdtempSync(join(tmpdir(), 'okr2skp-bin-'));
    const run = spawnSync(process.execPath, ['bin/okr2skp.js', 'convert', 'test/fixtures/docx/kementerian-contoh.yaml', '-o', out, '--jobs', '2', '--lang', 'en'], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/^okr2skp: 28 documents for 14 employees, 0 skipped/);
    expect(run.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.summary.documents).toBe(28);
  }, 60_000);

  it('rejects a bad --shard with exit 2', () => {
    const run = spawnSync(process.execPath, ['bin/okr2skp.js', 'convert', 'test/fixtures/docx/kementerian-contoh.yaml', '-o', tmpdir(), '--shard', '5/4'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('I/N');
  });

  it('lists convert in the help', () => {
    expect(execFileSync(process.execPath, ['bin/okr2skp.js', '--help'], { encoding: 'utf8' })).toContain('convert');
  });
});
