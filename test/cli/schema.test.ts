import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('okr2skp schema', () => {
  it('prints the committed JSON Schema of the YAML format', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync('schema/okr2skp.schema.json', 'utf8')));
  });
});
