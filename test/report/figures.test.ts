import { describe, expect, it } from 'vitest';
import { computeFigures, type ReportFigures } from '../../src/report/figures.js';
import { OkrError } from '../../src/errors.js';
import { EXAMPLE, FIXTURES, planFromYaml } from './helpers.js';

const AS_OF = '2026-06-30';
const example = () => {
  const { plan, diagnostics } = planFromYaml(EXAMPLE, AS_OF);
  return computeFigures(plan, diagnostics, { asOf: AS_OF });
};
const unit = (f: ReportFigures, code: string) => f.units.find((u) => u.code === code)!;
const employee = (f: ReportFigures, nip: string) => f.employees.find((e) => e.nip === nip)!;

describe('computeFigures on the example plan', () => {
  const f = example();

  it('names exactly the three uncovered key results, in plan order', () => {
    expect(f.uncoveredKeyResults.map((k) => k.code)).toEqual(['BSDM-O1-KR3', 'KIN-O2-KR2', 'MUT-O2-KR2']);
    expect(f.uncoveredKeyResults[0]).toMatchObject({ owner: '197203101998031003', ownerName: 'Bambang Sutrisno, S.E., M.M.', unit: 'BSDM', objective: 'BSDM-O1' });
  });

  it('has no free riders and a self-input rate of 100%', () => {
    expect(f.totals.freeRiders).toBe(0);
    expect(f.employees.filter((e) => e.freeRider)).toEqual([]);
    expect(f.totals.selfInputRate).toBe(1);
    expect(f.totals.employees).toBe(14);
    expect(f.totals.employeesWithObjectives).toBe(14);
  });

  it('counts organisation totals by hand', () => {
    // 18 objectives, 42 KRs; KRs of people with subordinates: DAA 3 + BSDM 5 + BORT 2 + KIN 5 + MUT 4 = 19, of which 3 uncovered.
    expect(f.totals).toMatchObject({ objectives: 18, keyResults: 42, keyResultsNeedingContributors: 19, keyResultsCovered: 16, coverageRate: 0.8421, uncoveredKeyResults: 3, workloadOutliers: 0 });
    expect(f.totals.workload).toMatchObject({ count: 14, min: 2, median: 3, max: 5 });
  });

  it('lists units in tree order with their depth', () => {
    expect(f.units.map((u) => [u.code, u.depth])).toEqual([['DAA', 0], ['BSDM', 1], ['BSDM-KIN', 2], ['BSDM-MUT', 2], ['BORT', 1]]);
  });

  it('computes per-unit figures that match a hand count', () => {
    // Employees including sub-units: DAA all 14; BSDM = head + 5 KIN + 4 MUT; BORT = head + 2.
    expect(f.units.map((u) => u.employees)).toEqual([14, 10, 5, 4, 3]);
    expect(f.units.map((u) => u.employeesAligned)).toEqual([14, 10, 5, 4, 3]);
    expect(f.units.map((u) => u.alignedRate)).toEqual([1, 1, 1, 1, 1]);
    // Head KRs covered: DAA 3/3, BSDM 4/5 (KR3 uncovered), KIN 4/5 (KIN-O2-KR2), MUT 3/4 (MUT-O2-KR2), BORT 2/2.
    expect(f.units.map((u) => [u.headKeyResultsCovered, u.headKeyResults, u.headCoverage])).toEqual([[3, 3, 1], [4, 5, 0.8], [4, 5, 0.8], [3, 4, 0.75], [2, 2, 1]]);
    expect(unit(f, 'DAA').uncoveredKeyResults).toEqual(['BSDM-O1-KR3', 'KIN-O2-KR2', 'MUT-O2-KR2']);
    expect(unit(f, 'BSDM-KIN').uncoveredKeyResults).toEqual(['KIN-O2-KR2']);
    expect(unit(f, 'BORT').uncoveredKeyResults).toEqual([]);
    // MUT weights: Dewi 4, Yudi 3, Maya 2, Fajar 2 → median 2.5; Gini = 2·(1·2+2·2+3·3+4·4)/(4·11) − 5/4 = 0.1591.
    expect(unit(f, 'BSDM-MUT').workload).toEqual({ count: 4, min: 2, median: 2.5, max: 4, gini: 0.1591 });
    expect(unit(f, 'BORT').workload).toEqual({ count: 3, min: 2, median: 2, max: 2, gini: 0 });
  });

  it('gives each employee objectives, KRs, weight, alignment and the chain to the top', () => {
    const andi = employee(f, '198503152010121002');
    expect(andi).toMatchObject({ objectives: 1, keyResults: 3, totalWeight: 3, alignedShare: 1, freeRider: false, supervisorChain: ['198001152005011004', '197203101998031003', '196805121993031002'] });
    expect(andi.okrs[0]!.chain).toEqual(['KIN-O1-KR1', 'KIN-O1', 'BSDM-O1-KR1', 'BSDM-O1', 'DAA-O1-KR1', 'DAA-O1']);
    expect(andi.okrs[0]!.reachesTop).toBe(true);
    expect(andi.workload).toEqual({ unitMedian: 3, ratio: 1, flag: 'normal' });
    expect(employee(f, '196805121993031002')).toMatchObject({ isTop: true, isUnitHead: true, supervisorChain: [] });
  });

  it('takes the latest check-in at or before the as-of date', () => {
    const andi = employee(f, '198503152010121002');
    const kr1 = andi.okrs[0]!.keyResults[0]!;
    // Three check-ins for KIN-O1-A-KR1; 2026-Q1 ends last: 428 of 420.
    expect(kr1.progress).toMatchObject({ period: '2026-Q1', periodEnd: '2026-03-31', value: 428, achievement: 101.9, score: 1 });
    // KR3 is lower-is-better: 4.5 against 4 → (1 + (1 − 4.5/4)) × 100 = 87.5; score (4.5−10)/(4−10) = 0.9167.
    expect(andi.okrs[0]!.keyResults[2]!.progress).toMatchObject({ achievement: 87.5, score: 0.9167 });
    expect(andi.progress.keyResultsWithCheckIns).toBe(3);
    expect(andi.progress.achievement).toBeCloseTo(95.77, 1);
    // Fajar: MUT-O2-A-KR1 has Q2 (760) and Q3 (1120): as of 30 June only Q2 counts.
    const fajar = employee(f, '199709092022031007');
    expect(fajar.okrs[0]!.keyResults[0]!.progress).toMatchObject({ period: '2026-Q2', value: 760 });
    expect(fajar.okrs[0]!.keyResults[1]!.progress).toBeNull();
  });

  it('moves with --as-of: mid-February sees only the January check-in', () => {
    const { plan, diagnostics } = planFromYaml(EXAMPLE, '2026-02-15');
    const early = computeFigures(plan, diagnostics, { asOf: '2026-02-15' });
    expect(employee(early, '198503152010121002').okrs[0]!.keyResults[0]!.progress).toMatchObject({ period: '2026-01', value: 150 });
    expect(early.organisation.asOf).toBe('2026-02-15');
  });

  it('takes the findings of validate by rule', () => {
    const byRule = Object.fromEntries(f.findings.byRule.map((r) => [r.ruleId, r]));
    expect(byRule['cascade/kr-uncovered']).toMatchObject({ warnings: 3, total: 3 });
    expect(f.findings.byRule.map((r) => r.ruleId)).toEqual([...f.findings.byRule.map((r) => r.ruleId)].sort());
    expect(f.findings.items.filter((i) => i.ruleId === 'cascade/kr-uncovered').map((i) => i.subject)).toEqual(f.uncoveredKeyResults.map((k) => k.code));
  });

  it('is deterministic and plain JSON data', () => {
    expect(JSON.stringify(example())).toBe(JSON.stringify(f));
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    expect(f.schemaVersion).toBe(1);
  });
});

describe('computeFigures with --unit', () => {
  const { plan, diagnostics } = planFromYaml(EXAMPLE, AS_OF);

  it('restricts to the unit and its sub-units', () => {
    const f = computeFigures(plan, diagnostics, { asOf: AS_OF, unit: 'BSDM-KIN' });
    expect(f.organisation.scope).toBe('BSDM-KIN');
    expect(f.units.map((u) => u.code)).toEqual(['BSDM-KIN']);
    expect(f.employees.map((e) => e.nip)).toEqual(['198001152005011004', '198503152010121002', '199001012015032003', '199208172019031005', '199511302020122004']);
    expect(f.uncoveredKeyResults.map((k) => k.code)).toEqual(['KIN-O2-KR2']);
    expect(f.findings.items.every((i) => i.subject === null || !i.subject.startsWith('MUT'))).toBe(true);
  });

  it('refuses a unit that is not in the plan', () => {
    expect(() => computeFigures(plan, diagnostics, { asOf: AS_OF, unit: 'NOPE' })).toThrow(OkrError);
  });
});

describe('computeFigures on a plan with one of each problem', () => {
  const { plan, diagnostics } = planFromYaml(`${FIXTURES}problems.yaml`, AS_OF);
  const f = computeFigures(plan, diagnostics, { asOf: AS_OF });

  it('flags the free rider, the workload outlier and the uncovered KR', () => {
    expect(f.employees.filter((e) => e.freeRider).map((e) => [e.name, e.freeRiderReason])).toEqual([['Budi Santoso', 'no-objective']]);
    expect(f.employees.filter((e) => e.workload.flag === 'high' || e.workload.flag === 'low').map((e) => [e.nip, e.workload])).toEqual([
      ['199205052017052005', { unitMedian: 2, ratio: 4.5, flag: 'high' }],
    ]);
    expect(f.uncoveredKeyResults.map((k) => k.code)).toEqual(['SEK-O1-KR2']);
    expect(f.totals).toMatchObject({ employees: 6, employeesWithObjectives: 5, selfInputRate: 0.8333, freeRiders: 1, workloadOutliers: 1, uncoveredKeyResults: 1 });
    expect(f.units.find((u) => u.code === 'UMUM')).toMatchObject({ employees: 5, employeesAligned: 4, alignedRate: 0.8, freeRiders: ['199104042016041004'], workloadOutliers: ['199205052017052005'] });
  });

  it('agrees with the lint rules on who is flagged', () => {
    const subjects = (rule: string) => diagnostics.filter((d) => d.ruleId === rule).map((d) => d.subject).sort();
    expect(subjects('coverage/free-rider')).toEqual(f.employees.filter((e) => e.freeRider).map((e) => e.nip).sort());
    expect(subjects('coverage/workload-imbalance')).toEqual(f.employees.filter((e) => e.workload.flag === 'high' || e.workload.flag === 'low').map((e) => e.nip).sort());
    expect(subjects('cascade/kr-uncovered')).toEqual(f.uncoveredKeyResults.map((k) => k.code).sort());
  });

  it('computes capaian for lower-is-better, date and yes/no results', () => {
    const krs = new Map(f.employees.flatMap((e) => e.okrs.flatMap((o) => o.keyResults)).map((k) => [k.code, k]));
    // turun: 3 days against a target of 2 → (1 + (1 − 1.5)) × 100 = 50; score (3−5)/(2−5) = 0.6667.
    expect(krs.get('UMUM-O1-KR2')!.progress).toMatchObject({ achievement: 50, score: 0.6667 });
    // A date met two days late → 0; the May check-in (3 of 4) wins over Q1, Q3 is after the as-of date.
    expect(krs.get('UMUM-O1-A-KR2')!.progress).toMatchObject({ achievement: 0, score: 0 });
    expect(krs.get('UMUM-O1-A-KR1')!.progress).toMatchObject({ period: '2026-05', value: 3, achievement: 75, score: 0.75 });
    // ya/tidak reported in ISO week 10 (ends Sunday 8 March 2026).
    expect(krs.get('UMUM-O1-D-KR2')!.progress).toMatchObject({ periodEnd: '2026-03-08', achievement: 100, score: 1 });
  });
});
