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
import employeeSupervisorMissing from './employee/supervisor-missing.js';
import employeeSupervisorCycle from './employee/supervisor-cycle.js';

export const RULES: readonly Rule<any>[] = [
  schemaMissingField,
  schemaInvalidValue,
  schemaUnknownColumn,
  schemaDuplicateKey,
  refDuplicateCode,
  refUnknownReference,
  nipInvalid,
  nipRoundedByExcel,
  employeeSupervisorMissing,
  employeeSupervisorCycle,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule<any> | undefined {
  return BY_ID.get(id);
}
