import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'kr/absolute-target';

describe(RULE, () => {
  it('is quiet on targets without absolute words', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports "seluruh" in a Fungsional key result, at its text', () => {
    const yaml = edit(PLAN, 'key_result: Persentase rancangan yang disetujui', 'key_result: Persentase seluruh rancangan yang disetujui');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR2', '31:39']]);
    expect(messages(yaml, RULE)[0]).toBe('Key result A-O1-KR2 of a Fungsional position uses the absolute word "seluruh". PermenPANRB 8/2021 advises against absolute targets: use a measure instead, e.g. "Persentase … (target 95%)".');
  });

  it('reports "tidak pernah" for an Administrator', () => {
    const yaml = edit(PLAN, 'key_result: Persentase standar yang diterapkan', 'key_result: Standar yang tidak pernah dilanggar');
    expect(findings(yaml, RULE)).toEqual([['warn', 'S-O1-KR2', '23:39']]);
    expect(messages(yaml, RULE)[0]).toContain('"tidak pernah"');
  });

  it('allows absolute phrasing for a JPT (pimpinan tinggi)', () => {
    const yaml = edit(PLAN, 'key_result: Persentase layanan tanpa keluhan', 'key_result: Persentase seluruh layanan tanpa keluhan');
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it('matches whole words only ("setiapnya" is not "setiap", "keseluruhan" is not "seluruh")', () => {
    const yaml = edit(PLAN, 'key_result: Persentase rancangan yang disetujui', 'key_result: Persentase keseluruhan rancangan yang disetujui');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
