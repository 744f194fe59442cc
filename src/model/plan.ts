/**
 * The validated, merged plan that every later stage works on. Entities are the zod outputs of schema.ts plus
 * `loc`, the place of the entity and of each field, so any stage can report against what someone typed.
 */
import type { TableName } from './format.js';
import type { EntityLoc, SourceRef } from '../io/source.js';
import type {
  Attachment,
  Behaviour,
  CheckIn,
  Employee,
  KeyResult,
  Objective,
  Rating,
  Regulation,
  Settings,
  Unit,
} from './schema.js';
import type { IsoDate } from './values.js';

export type Located<T> = T & { readonly loc: EntityLoc };

export interface ResolvedSettings extends Omit<Settings, 'regulation'> {
  regulation: Regulation;
  /** Period bounds after defaults (1 Jan / 31 Dec of the year); undefined when the plan names no year. */
  start: IsoDate | undefined;
  end: IsoDate | undefined;
}

/** An entity that could not be read; its key still counts as defined so references to it are not reported twice. */
export interface Rejected {
  readonly table: TableName;
  readonly key?: string;
  /** What it belongs to, as typed: a key result's objective, an objective's owner; so its errors reach that owner. */
  readonly parent?: string;
  readonly at: SourceRef;
}

export interface Plan {
  readonly files: readonly string[];
  readonly settings: ResolvedSettings;
  readonly settingsLoc: EntityLoc;
  readonly units: Located<Unit>[];
  readonly employees: Located<Employee>[];
  readonly objectives: Located<Objective>[];
  readonly key_results: Located<KeyResult>[];
  readonly check_ins: Located<CheckIn>[];
  readonly behaviour: Located<Behaviour>[];
  readonly attachments: Located<Attachment>[];
  readonly ratings: Located<Rating>[];
  readonly rejected: Rejected[];
}

export type PlanUnit = Located<Unit>;
export type PlanEmployee = Located<Employee>;
export type PlanObjective = Located<Objective>;
export type PlanKeyResult = Located<KeyResult>;
export type PlanCheckIn = Located<CheckIn>;

/** The plan without places: what two readings of the same plan must agree on. */
export function stripLocations(plan: Plan): unknown {
  return JSON.parse(
    JSON.stringify(plan, (key, value) => (key === 'loc' || key === 'settingsLoc' || key === 'files' || key === 'rejected' ? undefined : value)),
  );
}
