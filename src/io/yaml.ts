/**
 * YAML plan files → raw records with the `line:col` of every value. The document is walked as an AST (not
 * converted to JS) so places survive and duplicate keys become findings. The walk never expands a collection
 * below a field value, and alias resolutions are counted against a budget, so a "billion laughs" file costs at
 * most budget × file size and fails with a clear error past it.
 */
import { LineCounter, parseDocument, isAlias, isMap, isScalar, isSeq, type Node, type Document, type YAMLMap } from 'yaml';
import { OkrError } from '../errors.js';
import { SETTINGS_SPEC, TABLE_SPECS, YAML_SECTIONS, type TableName } from '../model/format.js';
import type { Finding } from '../diagnostics/finding.js';
import { closest } from '../util/suggest.js';
import { emptyTables, newFields, type RawDocument, type RawRecord } from './raw.js';
import type { SourceRef } from './source.js';

/** How many alias expansions one file may make; real plans use a handful, bombs use millions. */
export const MAX_ALIAS_EXPANSIONS = 1000;

export function readYaml(file: string, text: string): RawDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: false });
  const error = doc.errors[0];
  if (error) {
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : position(lineCounter, error.pos[0]);
    throw new OkrError('yaml-syntax', { file, line, column: col, reason: firstLine(error.message) });
  }
  const reader = new YamlWalker(file, doc, lineCounter);
  return reader.read();
}

function firstLine(message: string): string {
  // The parser recurses per nesting level; a hostile file nested thousands deep exhausts the stack.
  if (/maximum call stack/i.test(message)) return 'nested too deeply';
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function position(lc: LineCounter, offset: number): [number, number] {
  const p = lc.linePos(offset);
  return [p.line, p.col];
}

const SECTION_FIELDS: Record<string, Set<string>> = {
  settings: new Set(SETTINGS_SPEC.fields.map((f) => f.key)),
  ...Object.fromEntries(Object.entries(TABLE_SPECS).map(([t, spec]) => [t, new Set(spec.fields.map((f) => f.key))])),
};
const NESTED_KR_FIELDS = new Set([...SECTION_FIELDS.key_results!].filter((k) => k !== 'objective'));

class YamlWalker {
  private readonly findings: Finding[] = [];
  private aliasBudget = MAX_ALIAS_EXPANSIONS;

  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lc: LineCounter,
  ) {}

  read(): RawDocument {
    const tables = emptyTables();
    let settings: RawRecord | undefined;
    const root = this.deref(this.doc.contents);
    if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === ''))) {
      return { file: this.file, kind: 'yaml', settings, tables, findings: this.findings };
    }
    if (!isMap(root)) {
      this.finding('schema/invalid-value', 'notPlan', {}, this.at(root));
      return { file: this.file, kind: 'yaml', settings, tables, findings: this.findings };
    }
    for (const [key, keyNode, valueNode] of this.entries(root)) {
      if (key === 'settings') {
        const value = this.deref(valueNode);
        if (isMap(value)) settings = this.record([...this.entries(value)], value, SECTION_FIELDS.settings!);
        else if (!isEmpty(value)) this.finding('schema/invalid-value', 'notMapping', { field: key }, this.at(value ?? keyNode));
        continue;
      }
      if (key === '$schema') continue;
      if (!(YAML_SECTIONS as readonly string[]).includes(key)) {
        this.unknownKey(key, keyNode, YAML_SECTIONS);
        continue;
      }
      const table = key as TableName;
      const seq = this.deref(valueNode);
      if (isEmpty(seq)) continue;
      if (!isSeq(seq)) {
        this.finding('schema/invalid-value', 'notList', { field: key }, this.at(seq ?? keyNode));
        continue;
      }
      for (const item of seq.items) {
        const node = this.deref(item as Node);
        if (!isMap(node)) {
          if (!isEmpty(node)) this.finding('schema/invalid-value', 'notMapping', { field: key }, this.at(node));
          continue;
        }
        if (table === 'objectives') this.objective(node, tables);
        else tables[table].push(this.record([...this.entries(node)], node, SECTION_FIELDS[table]!));
      }
    }
    return { file: this.file, kind: 'yaml', settings, tables, findings: this.findings };
  }

  /** An objective, and the key results nested under it, which get their objective's code. */
  private objective(node: YAMLMap, tables: ReturnType<typeof emptyTables>): void {
    const entries = [...this.entries(node)];
    const objective = this.record(entries, node, SECTION_FIELDS.objectives!, new Set(['key_results']));
    tables.objectives.push(objective);
    const krs = this.deref(entries.find(([key]) => key === 'key_results')?.[2]);
    if (isEmpty(krs)) return;
    if (!isSeq(krs)) {
      this.finding('schema/invalid-value', 'notList', { field: 'key_results' }, this.at(krs));
      return;
    }
    const code = objective.fields.code;
    for (const item of krs.items) {
      const kr = this.deref(item as Node);
      if (!isMap(kr)) {
        if (!isEmpty(kr)) this.finding('schema/invalid-value', 'notMapping', { field: 'key_results' }, this.at(kr));
        continue;
      }
      const record = this.record([...this.entries(kr)], kr, NESTED_KR_FIELDS);
      if (code) record.fields.objective = { value: code.value, at: code.at, label: 'code' };
      tables.key_results.push(record);
    }
  }

  private record(entries: [string, Node, Node | null][], node: YAMLMap, known: Set<string>, skip: Set<string> = new Set()): RawRecord {
    const fields = newFields();
    for (const [key, keyNode, valueNode] of entries) {
      if (skip.has(key)) continue;
      if (!known.has(key)) {
        this.unknownKey(key, keyNode, [...known]);
        continue;
      }
      const value = this.deref(valueNode);
      fields[key] = { value: this.plain(value), at: this.at(value ?? keyNode), label: key };
    }
    return { at: this.at(node), fields };
  }

  /** Map entries with string keys; a key given twice is reported and its later value ignored. */
  private *entries(map: YAMLMap): Generator<[string, Node, Node | null]> {
    const seen = new Map<string, Node>();
    for (const pair of map.items) {
      const keyNode = this.deref(pair.key as Node);
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined || !keyNode) continue;
      const first = seen.get(key);
      if (first) {
        const [line, column] = position(this.lc, first.range![0]);
        this.finding('schema/duplicate-key', 'duplicateKey', { key, line, column }, this.at(keyNode));
        continue;
      }
      seen.set(key, keyNode);
      yield [key, keyNode, (pair.value as Node | null) ?? null];
    }
  }

  private unknownKey(key: string, keyNode: Node, known: Iterable<string>): void {
    const suggestion = closest(key, known);
    this.finding('schema/unknown-column', suggestion ? 'unknownKeySuggest' : 'unknownKey', { key, suggestion: suggestion ?? '' }, this.at(keyNode));
  }

  /** Scalars as JS values; collections stay as a marker so the schema reports a wrong type at their place. */
  private plain(node: Node | null | undefined): RawRecord['fields'][string]['value'] {
    if (node === null || node === undefined) return null;
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      if (typeof v === 'bigint') return Number(v);
      return String(v);
    }
    return isSeq(node) ? ['…'] : { '…': '…' };
  }

  private deref(node: Node | null | undefined): Node | null | undefined {
    let n = node;
    for (let hops = 0; n && isAlias(n); hops++) {
      if (--this.aliasBudget < 0 || hops > 100) throw new OkrError('yaml-too-many-aliases', { file: this.file, limit: MAX_ALIAS_EXPANSIONS });
      n = n.resolve(this.doc) as Node | undefined;
    }
    return n;
  }

  private at(node: Node | null | undefined): SourceRef {
    const offset = node?.range?.[0] ?? 0;
    const [line, column] = position(this.lc, offset);
    return { file: this.file, line, column };
  }

  private finding(ruleId: string, messageId: string, data: Record<string, string | number>, at: SourceRef, subject?: string): void {
    this.findings.push({ ruleId, messageId, data, at, ...(subject ? { subject } : {}) });
  }
}

function isEmpty(node: Node | null | undefined): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''));
}
