import type { Diagnostic, Summary } from '../../diagnostics/finding.js';
import type { Lang, Rule } from '../../rules/define-rule.js';

/** What `validate` found, for a formatter to print. */
export interface LintReport {
  readonly diagnostics: readonly Diagnostic[];
  /** Input files as given on the command line, in order. */
  readonly files: readonly string[];
  readonly summary: Summary;
}

export interface FormatContext {
  /** Colour is the caller's decision (TTY, NO_COLOR); formatters only apply it. */
  readonly color: boolean;
  readonly lang: Lang;
  /** For relative paths (SARIF URIs). */
  readonly cwd: string;
  /** Every rule, for formats that describe them (SARIF's driver). */
  readonly rules: readonly Rule<any>[];
  /** The tool's version, for formats that name it. */
  readonly version: string;
}

/** One module per format, one signature (ESLint's and Spectral's formatters). */
export type Formatter = (report: LintReport, context: FormatContext) => string;
