/**
 * What a reader hands the normaliser: records of canonical field keys to raw values, each with its place. The
 * YAML and workbook readers both produce this, so every value is normalised and checked by one piece of code.
 */
import type { TableName } from '../model/format.js';
import type { Finding } from '../diagnostics/finding.js';
import type { SourceRef } from './source.js';

export type RawValue = string | number | boolean | null | undefined;

export interface RawField {
  readonly value: RawValue | RawValue[] | Record<string, unknown>;
  readonly at: SourceRef;
  /** The header or key as the user wrote it, for messages. */
  readonly label?: string;
}

export interface RawRecord {
  readonly at: SourceRef;
  /** Canonical keys (format.ts); a null-prototype object, so `__proto__` is just a key. */
  readonly fields: Record<string, RawField>;
}

export interface RawDocument {
  readonly file: string;
  readonly kind: 'yaml' | 'xlsx';
  readonly settings: RawRecord | undefined;
  readonly tables: Record<TableName, RawRecord[]>;
  /** Problems the reader saw itself: unknown columns, duplicate keys. */
  readonly findings: Finding[];
}

export function emptyTables(): Record<TableName, RawRecord[]> {
  return {
    units: [],
    employees: [],
    objectives: [],
    key_results: [],
    check_ins: [],
    behaviour: [],
    attachments: [],
    ratings: [],
  };
}

export function newFields(): Record<string, RawField> {
  return Object.create(null) as Record<string, RawField>;
}
