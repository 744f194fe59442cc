import { describe, expect, it } from 'vitest';
import { BASE_SHEETS, BASE_YAML, lintWorkbook, lintYaml, only, withCells } from '../../helpers/lint.js';

describe('ref/unknown-reference', () => {
  it('is quiet when every reference resolves', async () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'ref/unknown-reference')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'ref/unknown-reference')).toEqual([]);
  });

  it('reports an alignment to a code that does not exist, suggesting the closest', () => {
    const { diagnostics } = lintYaml(BASE_YAML.replace('aligned_to: U1-O1-KR1', 'aligned_to: U1-O1-KR7'));
    expect(only(diagnostics, 'ref/unknown-reference')).toEqual([{ ruleId: 'ref/unknown-reference', severity: 'error', subject: 'S-O1', at: '16:17' }]);
    expect(diagnostics.find((d) => d.ruleId === 'ref/unknown-reference')!.message).toBe('"aligned_to" refers to "U1-O1-KR7", which the plan does not define. Did you mean "U1-O1-KR1"?');
  });

  it('reports an unknown supervisor NIP at its cell (workbook), in Indonesian by default', async () => {
    const { diagnostics } = await lintWorkbook(withCells({ Pegawai: { 3: { 5: '197203101998031009' } } }), {}, 'id');
    expect(only(diagnostics, 'ref/unknown-reference')).toEqual([{ ruleId: 'ref/unknown-reference', severity: 'error', subject: '198503152010121002', at: 'Pegawai!F3' }]);
    expect(diagnostics.find((d) => d.ruleId === 'ref/unknown-reference')!.message).toBe('"NIP Atasan" merujuk ke "197203101998031009" yang tidak ada dalam rencana. Maksud Anda "197203101998031003"?');
  });

  it('does not report references to a row that exists but could not be read', async () => {
    // The head's row has an invalid position type: it is reported once, not again at every reference to it.
    const { diagnostics } = await lintWorkbook(withCells({ Pegawai: { 2: { 3: 'Raja' } } }));
    expect(only(diagnostics, 'schema/invalid-value')).toHaveLength(1);
    expect(only(diagnostics, 'ref/unknown-reference')).toEqual([]);
  });
});
