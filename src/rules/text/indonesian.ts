/**
 * Heuristics for how Indonesian plans are phrased. PermenPANRB 8/2021 moved plans from activities ("Melaksanakan
 * rapat") to results ("Terlaksananya rapat"), and an indicator should name what is measured ("Jumlah…",
 * "Persentase…"). Only the leading word decides: that is where Indonesian puts the verb or the nominalisation, and
 * looking further would misread relative clauses such as "yang dilaksanakan". Word lists are data (words.json).
 */
import words from './words.json' with { type: 'json' };

export type LeadKind = 'measure' | 'result' | 'activity' | 'other';

const MEASURE = new Set(words.measureWords);
const ACTIVITY = new Set(words.activityWords);
const NOT_VERBS = new Set(words.notVerbs);
const RESULT = new Set(words.resultWords);
const RESULT_FORMS: Readonly<Record<string, string>> = words.resultForms;

/** Nominalised results: ter-…-nya, ke-…-an, pe-…-an, …-nya, and the stative ter- form ("tersedia"). */
const NOMINAL_PATTERNS = [/^ter[a-z]{3,}$/, /^[a-z]{3,}nya$/, /^ke[a-z]{3,}an$/, /^pe[a-z]{3,}an$/];
/** Active verbs (meN-, ber-, memper-) and passive di-…-kan/-i verbs. */
const VERB_PATTERNS = [/^(meng|meny|mem|men|me[lrwy]|ber|memper)[a-z]{3,}$/, /^di[a-z]{3,}(kan|i)$/];

/** Lowercased words of a text, hyphenated words kept whole ("rata-rata"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
}

/** What the leading word of a phrase is: a measure, a result, an activity, or something else (a noun phrase). */
export function leadKind(text: string): LeadKind {
  const lead = wordsOf(text)[0];
  if (lead === undefined) return 'other';
  if (MEASURE.has(lead)) return 'measure';
  if (RESULT.has(lead)) return 'result';
  if (ACTIVITY.has(lead)) return 'activity';
  if (NOT_VERBS.has(lead)) return 'other';
  if (NOMINAL_PATTERNS.some((p) => p.test(lead))) return 'result';
  if (VERB_PATTERNS.some((p) => p.test(lead))) return 'activity';
  return 'other';
}

/** Whether any word names something measured ("jumlah", "persentase", "rata-rata", …). */
export function hasMeasureWord(text: string): boolean {
  return wordsOf(text).some((w) => MEASURE.has(w));
}

/** A key-result text that describes doing something, with nothing in it that could be counted or measured. */
export function isActivityIndicator(text: string): boolean {
  return leadKind(text) === 'activity' && !hasMeasureWord(text);
}

/** An objective that starts with an activity verb rather than the result it should bring about. */
export function isActivityObjective(text: string): boolean {
  return leadKind(text) === 'activity';
}

/** The first absolute word or phrase in a text ("semua", "tidak pernah", …), as written in the list. */
export function absoluteWord(text: string): string | undefined {
  const joined = ` ${wordsOf(text).join(' ')} `;
  return words.absoluteWords.find((w) => joined.includes(` ${w} `));
}

/** The result phrasing for a leading verb ("Melaksanakan rapat" → "Terlaksananya rapat"), when one is known. */
export function resultPhrasing(text: string): string | undefined {
  const trimmed = text.trim();
  const match = /^(\S+)(\s+.*)?$/s.exec(trimmed);
  if (!match) return undefined;
  const form = RESULT_FORMS[match[1]!.toLowerCase()];
  return form === undefined ? undefined : `${form}${match[2] ?? ''}`;
}
