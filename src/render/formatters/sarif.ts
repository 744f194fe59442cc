/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). GitHub keys alerts on the rule, the
 * artifact URI and `partialFingerprints`, so URIs are relative to the checkout (`%SRCROOT%`) and the fingerprint
 * leaves out the message text, which changes with `--lang` and with the data in it.
 *
 * Workbook places are not lines: the row goes into `startLine` and the column number into `startColumn` (GitHub
 * needs a region to place an alert), and `Sheet!Cell` leads the message so a reader finds the cell.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareDiagnostics, type Diagnostic, type Severity, type SeveritySetting } from '../../diagnostics/finding.js';
import { formatPlace } from '../../io/source.js';
import type { Lang, Rule } from '../../rules/define-rule.js';
import type { FormatContext, Formatter } from './types.js';

/** The project's home; rule pages live under docs/rules/<id>.md in it. Change it here only. */
export const REPOSITORY_URL = 'https://github.com/okr2skp/okr2skp';

export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}

export const SARIF_SCHEMA_URL = 'https://json.schemastore.org/sarif-2.1.0.json';

const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warn: 'warning', info: 'note' };

function defaultLevel(setting: SeveritySetting): SarifLevel {
  return setting === 'off' ? 'none' : LEVEL[setting];
}

/** `nip/rounded-by-excel` → `NipRoundedByExcel`: SARIF wants a name distinct from the opaque id. */
function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

const HELP = {
  id: { see: 'Dokumentasi aturan', severity: 'Tingkat bawaan' },
  en: { see: 'Rule documentation', severity: 'Default severity' },
} as const;

function describeRule(rule: Rule<any>, lang: Lang) {
  const { id, defaultSeverity, description } = rule.meta;
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const url = ruleDocUrl(id);
  const words = HELP[lang];
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: description[lang] },
    // Both languages: a team may read alerts in a language other than the one the run used.
    fullDescription: { text: `${description[lang]} (${description[other]})` },
    defaultConfiguration: { enabled: defaultSeverity !== 'off', level: defaultLevel(defaultSeverity) },
    helpUri: url,
    help: {
      text: `${description[lang]}. ${words.severity}: ${defaultSeverity}. ${words.see}: ${url}`,
      markdown: `${description[lang]}.\n\n${words.severity}: \`${defaultSeverity}\`. [${words.see}](${url})`,
    },
    properties: { tags: [id.split('/')[0]!] },
  };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/**
 * Relative to the working directory, with `/` and percent-encoding (URIs, not paths); a file outside it gets an
 * absolute file: URI, since `../` under %SRCROOT% would point outside the checkout GitHub knows.
 */
export function artifactLocation(file: string, cwd: string): ArtifactLocation {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** Stable across runs and languages: rule, file, subject, message kind and place, never the message text. */
export function fingerprint(d: Diagnostic, uri: string): string {
  const place = formatPlace(d) || '-';
  return createHash('sha256')
    .update([d.ruleId, uri, d.subject ?? '', d.messageId, place].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

function region(d: Diagnostic): { startLine: number; startColumn?: number } | undefined {
  if (d.line === undefined || d.line < 1) return undefined;
  return d.column !== undefined && d.column >= 1 ? { startLine: d.line, startColumn: d.column } : { startLine: d.line };
}

function result(d: Diagnostic, ruleIndex: ReadonlyMap<string, number>, ctx: FormatContext) {
  const location = artifactLocation(d.file, ctx.cwd);
  const where = region(d);
  const cellPlace = d.sheet !== undefined ? formatPlace(d) : undefined;
  const index = ruleIndex.get(d.ruleId);
  return {
    ruleId: d.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[d.severity],
    message: { text: cellPlace ? `${cellPlace}: ${d.message}` : d.message },
    locations: [
      {
        physicalLocation: { artifactLocation: location, ...(where ? { region: where } : {}) },
        ...(cellPlace ? { logicalLocations: [{ name: cellPlace, fullyQualifiedName: cellPlace, kind: 'element' }] } : {}),
      },
    ],
    partialFingerprints: { 'okr2skp/v1': fingerprint(d, location.uri) },
    ...(d.subject !== undefined ? { properties: { subject: d.subject } } : {}),
  };
}

export const sarif: Formatter = (report, ctx) => {
  const ruleIndex = new Map(ctx.rules.map((rule, i) => [rule.meta.id, i]));
  const files = [...new Set([...report.files, ...report.diagnostics.map((d) => d.file)])];
  const root = pathToFileURL(ctx.cwd).href;
  const log = {
    $schema: SARIF_SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'okr2skp',
            informationUri: REPOSITORY_URL,
            version: ctx.version,
            semanticVersion: ctx.version,
            language: ctx.lang === 'id' ? 'id-ID' : 'en-US',
            rules: ctx.rules.map((rule) => describeRule(rule, ctx.lang)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        artifacts: files.map((file) => ({ location: artifactLocation(file, ctx.cwd) })),
        language: ctx.lang === 'id' ? 'id-ID' : 'en-US',
        // YAML columns count characters, not UTF-16 units.
        columnKind: 'unicodeCodePoints',
        results: [...report.diagnostics].sort(compareDiagnostics).map((d) => result(d, ruleIndex, ctx)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
