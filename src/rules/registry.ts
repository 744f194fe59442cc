/**
 * Every rule, by id. Adding a rule means adding it here; tests check that each one has its doc page and its tests.
 */
import type { Rule } from './define-rule.js';
import schemaMissingField from './schema/missing-field.js';
import schemaInvalidValue from './schema/invalid-value.js';
import schemaUnknownColumn from './schema/unknown-column.js';
import schemaDuplicateKey from './schema/duplicate-key.js';
import refDuplicateCode from './ref/duplicate-code.js';
import refUnknownReference from './ref/unknown-reference.js';
import nipInvalid from './nip/invalid.js';
import nipRoundedByExcel from './nip/rounded-by-excel.js';
import nipSpaces from './nip/spaces.js';
import employeeSupervisorMissing from './employee/supervisor-missing.js';
import employeeSupervisorCycle from './employee/supervisor-cycle.js';
import cascadeMissingLink from './cascade/missing-link.js';
import cascadeCycle from './cascade/cycle.js';
import cascadeNotSupervisor from './cascade/not-supervisor.js';
import cascadeDueAfterParent from './cascade/due-after-parent.js';
import cascadeKrUncovered from './cascade/kr-uncovered.js';
import coverageFreeRider from './coverage/free-rider.js';
import coverageWorkloadImbalance from './coverage/workload-imbalance.js';
import krMissingTarget from './kr/missing-target.js';
import krMissingUnit from './kr/missing-unit.js';
import krDirectionConflict from './kr/direction-conflict.js';
import krTargetEqualsBaseline from './kr/target-equals-baseline.js';
import krPercentOutOfRange from './kr/percent-out-of-range.js';
import krActivityNotResult from './kr/activity-not-result.js';
import krAbsoluteTarget from './kr/absolute-target.js';
import krDueOutsidePeriod from './kr/due-outside-period.js';
import objectiveKrCount from './objective/kr-count.js';
import objectiveTooMany from './objective/too-many.js';
import objectiveActivityPhrasing from './objective/activity-phrasing.js';
import skpAspectCoverage from './skp/aspect-coverage.js';
import checkinInvalidPeriod from './checkin/invalid-period.js';
import checkinStale from './checkin/stale.js';

export const RULES: readonly Rule<any>[] = [
  schemaMissingField,
  schemaInvalidValue,
  schemaUnknownColumn,
  schemaDuplicateKey,
  refDuplicateCode,
  refUnknownReference,
  nipInvalid,
  nipRoundedByExcel,
  nipSpaces,
  employeeSupervisorMissing,
  employeeSupervisorCycle,
  cascadeMissingLink,
  cascadeCycle,
  cascadeNotSupervisor,
  cascadeDueAfterParent,
  cascadeKrUncovered,
  coverageFreeRider,
  coverageWorkloadImbalance,
  krMissingTarget,
  krMissingUnit,
  krDirectionConflict,
  krTargetEqualsBaseline,
  krPercentOutOfRange,
  krActivityNotResult,
  krAbsoluteTarget,
  krDueOutsidePeriod,
  objectiveKrCount,
  objectiveTooMany,
  objectiveActivityPhrasing,
  skpAspectCoverage,
  checkinInvalidPeriod,
  checkinStale,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule<any> | undefined {
  return BY_ID.get(id);
}
