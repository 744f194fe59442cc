/**
 * test/fixtures/defects plants each cascade/coverage/kr/objective/skp/checkin problem once, in YAML and as the same
 * plan in a workbook (make-xlsx.ts). Each finding must come out with its rule, subject and exact place, and nothing
 * else may fire: a new false positive anywhere in these rules breaks this test.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/io/load.js';
import { lint } from '../../src/rules/run.js';
import { formatPlace } from '../../src/io/source.js';
import { stripLocations } from '../../src/model/plan.js';

const AS_OF = '2026-06-20';

/** rule id, severity, subject, YAML place, workbook place. */
const PLANTED: [string, string, string, string, string][] = [
  ['cascade/missing-link', 'error', 'B-O2', '54:5', 'Objective!D8'],
  ['cascade/cycle', 'error', 'D-O1', '62:17', 'Objective!D9'],
  ['cascade/not-supervisor', 'warn', 'B-O1', '49:17', 'Objective!D7'],
  ['cascade/due-after-parent', 'warn', 'A-O1-KR2', '46:142', "'Key Result'!J9"],
  ['cascade/kr-uncovered', 'warn', 'S-O2-KR2', '35:9', "'Key Result'!A7"],
  ['coverage/free-rider', 'warn', '199208172019031005', '13:12', 'Pegawai!A6'],
  ['coverage/workload-imbalance', 'warn', '199511302020122004', '14:12', 'Pegawai!A7'],
  ['kr/missing-target', 'error', 'D-O1-KR1', '65:9', "'Key Result'!G14"],
  ['kr/missing-unit', 'error', 'S-O2-KR1', '34:9', "'Key Result'!H6"],
  ['kr/direction-conflict', 'error', 'A-O1-KR1', '45:114', "'Key Result'!G8"],
  ['kr/target-equals-baseline', 'warn', 'B-O1-KR2', '53:101', "'Key Result'!G11"],
  ['kr/percent-out-of-range', 'warn', 'S-O1-KR2', '28:118', "'Key Result'!G5"],
  ['kr/activity-not-result', 'warn', 'B-O2-KR2', '59:39', "'Key Result'!C13"],
  ['kr/absolute-target', 'warn', 'B-O1-KR1', '52:39', "'Key Result'!C10"],
  ['kr/due-outside-period', 'error', 'H-O1-KR2', '21:119', "'Key Result'!J3"],
  ['objective/kr-count', 'error', 'S-O3', '36:11', 'Objective!A5'],
  ['objective/too-many', 'warn', 'U3', '102:11', 'Objective!A15'],
  ['objective/activity-phrasing', 'info', 'U3-O1', '70:16', 'Objective!C10'],
  ['skp/aspect-coverage', 'info', 'A-O1', '40:11', 'Objective!A6'],
  ['checkin/invalid-period', 'error', 'B-O2-KR2', '122:29', 'Realisasi!B14'],
  ['checkin/stale', 'info', 'B-O2-KR1', '58:9', "'Key Result'!A12"],
];

const sortKey = ([rule, , subject]: readonly string[]) => `${rule} ${subject}`;
const byRule = (a: readonly string[], b: readonly string[]) => (sortKey(a) < sortKey(b) ? -1 : 1);

describe.each([
  ['defects.yaml', 3],
  ['defects.xlsx', 4],
] as const)('%s', (name, placeColumn) => {
  it('reports each planted problem once, with its rule, subject and place, and nothing else', async () => {
    const file = `test/fixtures/defects/${name}`;
    const { plan, findings } = await loadPlan([file]);
    const diagnostics = lint(plan, findings, { asOf: AS_OF });
    const actual = diagnostics.map((d) => [d.ruleId, d.severity, d.subject ?? '', formatPlace(d)]).sort(byRule);
    const expected = PLANTED.map((p) => [p[0], p[1], p[2], p[placeColumn]]).sort(byRule);
    expect(actual).toEqual(expected);
    expect(diagnostics.every((d) => d.file === file)).toBe(true);
  });
});

describe('the planted problems', () => {
  it('are the same plan in the workbook as in the YAML (regenerate with make-xlsx.ts after editing defects.yaml)', async () => {
    const fromYaml = await loadPlan(['test/fixtures/defects/defects.yaml']);
    const fromXlsx = await loadPlan(['test/fixtures/defects/defects.xlsx']);
    expect(stripLocations(fromXlsx.plan)).toEqual(stripLocations(fromYaml.plan));
  });

  it('cover every rule of these categories exactly once', async () => {
    const { RULES } = await import('../../src/rules/registry.js');
    const ids = RULES.map((r) => r.meta.id).filter((id) => /^(cascade|coverage|kr|objective|skp|checkin)\//.test(id));
    expect(PLANTED.map(([id]) => id).sort()).toEqual([...ids].sort());
  });
});
