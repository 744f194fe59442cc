import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm test` builds dist/ first, so this runs the shim exactly as an installed okr2skp would.
describe('bin/okr2skp.js', () => {
  it('runs validate on the example and exits 0', () => {
    const out = execFileSync(process.execPath, ['bin/okr2skp.js', 'validate', 'examples/kementerian-contoh.yaml', '--format', 'json'], { encoding: 'utf8' });
    expect(JSON.parse(out).summary.errors).toBe(0);
  });

  it('prints one line and exits 2 for a missing file, without a stack trace', () => {
    const run = spawnSync(process.execPath, ['bin/okr2skp.js', 'validate', 'tidak-ada.xlsx', '--lang', 'en'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('okr2skp: tidak-ada.xlsx: file not found.\n');
  });

  it('prints its version and help', () => {
    expect(execFileSync(process.execPath, ['bin/okr2skp.js', '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(execFileSync(process.execPath, ['bin/okr2skp.js', '--help'], { encoding: 'utf8' })).toContain('validate');
  });
});
