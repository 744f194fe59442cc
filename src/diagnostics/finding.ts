/**
 * Findings are what rules and readers report: a rule id, a message id with its data, a place and a subject.
 * They carry no severity and no text: the runner stamps severity from the config and renders the message in the
 * user's language, so rules stay pure (ESLint's and unified-lint-rule's split).
 */
import type { SourceRef } from '../io/source.js';

export type MessageData = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly data: MessageData;
  readonly at: SourceRef;
  /** The code or NIP the finding is about. */
  readonly subject?: string;
}

export type Severity = 'error' | 'warn' | 'info';
export type SeveritySetting = Severity | 'off';

/** A finding with its severity and message, ready for a formatter. */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly line?: number;
  readonly column?: number;
  readonly subject?: string;
  readonly messageId: string;
  readonly data: MessageData;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarise(diagnostics: readonly Diagnostic[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warn') s.warnings++;
    else s.infos++;
  }
  return s;
}

/** Stable order: file, sheet (as first seen), row/line, column, rule id, subject, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.sheet ?? '', b.sheet ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.subject ?? '', b.subject ?? '') ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
