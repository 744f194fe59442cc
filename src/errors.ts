/**
 * Operational failures (a file that cannot be read, a bad config): typed errors with a code and data, rendered
 * into one clear line at the CLI edge and mapped to exit code 2. Findings about the plan's content are never
 * thrown; they are values (see diagnostics/).
 */
export type OkrErrorCode =
  | 'file-missing'
  | 'file-is-directory'
  | 'file-unreadable'
  | 'file-empty'
  | 'file-too-large'
  | 'unknown-format'
  | 'not-a-workbook'
  | 'workbook-encrypted'
  | 'workbook-corrupt'
  | 'workbook-too-large'
  | 'workbook-no-known-sheet'
  | 'yaml-syntax'
  | 'yaml-too-many-aliases'
  | 'config-invalid'
  | 'config-unknown-rule'
  | 'config-bad-option'
  | 'config-missing'
  | 'bad-argument'
  | 'output-unwritable'
  | 'soffice-missing';

export class OkrError extends Error {
  readonly code: OkrErrorCode;
  readonly data: Readonly<Record<string, string | number>>;

  constructor(code: OkrErrorCode, data: Record<string, string | number>, options?: { cause?: unknown }) {
    super(`${code}: ${JSON.stringify(data)}`, options);
    this.name = 'OkrError';
    this.code = code;
    this.data = data;
  }
}

export function isOkrError(e: unknown): e is OkrError {
  return e instanceof OkrError;
}
