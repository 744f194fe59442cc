/**
 * JUnit XML for GitLab (`artifacts:reports:junit`) and Jenkins. One suite per input file, one test case per rule
 * and subject, so the same problem keeps its test name from run to run and GitLab can tell "new" from "fixed".
 * Only errors fail: warnings and infos pass with their text in <system-out>, matching `validate`'s exit code, so a
 * pipeline is not red for advice. A file without findings still gets one passing case, so it shows as checked.
 */
import { compareDiagnostics, type Diagnostic } from '../../diagnostics/finding.js';
import { formatPlace } from '../../io/source.js';
import type { Lang } from '../../rules/define-rule.js';
import type { Formatter } from './types.js';

/** Characters XML 1.0 forbids even as references (controls other than tab/LF/CR, lone surrogates, U+FFFE/F). */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(ILLEGAL_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Attribute values also keep their line breaks and tabs, which parsers would otherwise normalise to spaces. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const WORDS = {
  id: { checked: 'diperiksa, tanpa masalah', error: 'galat', warn: 'peringatan', info: 'info', more: (n: number) => `dan ${n} lagi` },
  en: { checked: 'checked, no problems', error: 'error', warn: 'warning', info: 'info', more: (n: number) => `and ${n} more` },
} as const;

interface Case {
  readonly name: string;
  readonly diagnostics: Diagnostic[];
}

function casesOf(diagnostics: readonly Diagnostic[]): Case[] {
  const byKey = new Map<string, Case>();
  for (const d of diagnostics) {
    const name = d.subject !== undefined && d.subject !== '' ? `${d.ruleId} ${d.subject}` : d.ruleId;
    const found = byKey.get(name);
    if (found) found.diagnostics.push(d);
    else byKey.set(name, { name, diagnostics: [d] });
  }
  return [...byKey.values()];
}

function describe(d: Diagnostic, lang: Lang): string {
  const place = formatPlace(d);
  return `${place ? `${place}: ` : ''}${WORDS[lang][d.severity]}: ${d.message}`;
}

function renderCase(file: string, c: Case, lang: Lang): { xml: string; failed: boolean } {
  const open = `    <testcase name="${xmlAttr(c.name)}" classname="${xmlAttr(file)}">`;
  const errors = c.diagnostics.filter((d) => d.severity === 'error');
  const others = c.diagnostics.filter((d) => d.severity !== 'error');
  const body: string[] = [];
  if (errors.length > 0) {
    const first = errors[0]!;
    const message = errors.length > 1 ? `${first.message} (${WORDS[lang].more(errors.length - 1)})` : first.message;
    const text = errors.map((d) => describe(d, lang)).join('\n');
    body.push(`      <failure message="${xmlAttr(message)}" type="${xmlAttr(first.ruleId)}">${xmlText(text)}</failure>`);
  }
  if (others.length > 0) body.push(`      <system-out>${xmlText(others.map((d) => describe(d, lang)).join('\n'))}</system-out>`);
  return { xml: [open, ...body, '    </testcase>'].join('\n'), failed: errors.length > 0 };
}

export const junit: Formatter = (report, ctx) => {
  const sorted = [...report.diagnostics].sort(compareDiagnostics);
  const files = [...new Set([...report.files, ...sorted.map((d) => d.file)])];
  let totalTests = 0;
  let totalFailures = 0;
  const suites = files.map((file) => {
    const cases = casesOf(sorted.filter((d) => d.file === file));
    const rendered = cases.map((c) => renderCase(file, c, ctx.lang));
    if (rendered.length === 0) {
      rendered.push({ xml: `    <testcase name="${xmlAttr(`okr2skp ${WORDS[ctx.lang].checked}`)}" classname="${xmlAttr(file)}"/>`, failed: false });
    }
    const failures = rendered.filter((r) => r.failed).length;
    totalTests += rendered.length;
    totalFailures += failures;
    return [
      `  <testsuite name="${xmlAttr(file)}" tests="${rendered.length}" failures="${failures}" errors="0" skipped="0">`,
      ...rendered.map((r) => r.xml),
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="okr2skp" tests="${totalTests}" failures="${totalFailures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
