import { describe, expect, it } from 'vitest';
import { PLAN, STAFF, SUPERVISOR, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'coverage/workload-imbalance';
const SECOND = '199001012015032003';

/** A third member of U2 with three key results of weight 1, aligned like Andi. */
const WITH_SECOND = `${edit(PLAN, `unit: U2, supervisor: "${SUPERVISOR}" }\n`, `unit: U2, supervisor: "${SUPERVISOR}" }\n  - { nip: "${SECOND}", name: Budi, position: Analis, position_type: Fungsional, unit: U2, supervisor: "${SUPERVISOR}" }\n`)}  - code: B-O1
    owner: "${SECOND}"
    aligned_to: S-O1-KR1
    objective: Tersedianya data standar layanan
    key_results:
      - { code: B-O1-KR1, key_result: Jumlah data standar yang dihimpun, target: 6, unit_of_measure: data }
      - { code: B-O1-KR2, key_result: Persentase data yang valid, measure: persen, target: 90 }
      - { code: B-O1-KR3, key_result: Tanggal penyerahan data, measure: tanggal, target: 2026-05-31 }
`;

describe(RULE, () => {
  it('is quiet when weights are close to the unit median', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
    expect(findings(WITH_SECOND, RULE)).toEqual([]);
  });

  it('reports an employee above high × the median of their unit', () => {
    const yaml = edit(WITH_SECOND, 'unit_of_measure: dokumen, due: 2026-11-30 }', 'unit_of_measure: dokumen, due: 2026-11-30, weight: 5 }');
    expect(findings(yaml, RULE)).toEqual([['warn', STAFF, '8:12']]);
    expect(messages(yaml, RULE)[0]).toBe(`The total key-result weight of Andi (${STAFF}) is 7, above 2 × the median of unit U2 (3). Hand some key results to colleagues in the unit, or lower their weight.`);
  });

  it('reports an employee below low × the median', () => {
    const yaml = edit(edit(edit(WITH_SECOND, 'unit_of_measure: data }', 'unit_of_measure: data, weight: 0.2 }'), 'target: 90 }', 'target: 90, weight: 0.2 }'), 'target: 2026-05-31 }\n', 'target: 2026-05-31, weight: 0.2 }\n');
    expect(findings(yaml, RULE)).toEqual([['warn', SECOND, '9:12']]);
  });

  it('takes low and high from the config', () => {
    const yaml = edit(WITH_SECOND, 'unit_of_measure: dokumen, due: 2026-11-30 }', 'unit_of_measure: dokumen, due: 2026-11-30, weight: 3 }');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(yaml, RULE, { config: { rules: { [RULE]: ['error', { high: 1.5 }] } } })).toEqual([['error', STAFF, '8:12']]);
  });
});
