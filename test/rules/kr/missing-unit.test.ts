import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'kr/missing-unit';

describe(RULE, () => {
  it('is quiet when number measures have a unit and other measures need none', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports a number measure without Satuan', () => {
    const yaml = edit(PLAN, 'target: 6, unit_of_measure: dokumen, ', 'target: 6, ');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1-KR1', '30:9']]);
    expect(messages(yaml, RULE, { lang: 'id' })[0]).toBe('KR A-O1-KR1 berukuran angka tetapi tidak punya Satuan. Isi Satuan, misalnya "dokumen", "laporan", "orang", atau "hari".');
  });

  it('does not ask a percent measure for a unit', () => {
    expect(findings(PLAN.replace(', unit_of_measure: "%"', ''), RULE)).toEqual([]);
  });
});
