import { describe, expect, it } from 'vitest';
import { readYaml, MAX_ALIAS_EXPANSIONS } from '../../src/io/yaml.js';
import { normalise } from '../../src/io/normalise.js';
import { OkrError } from '../../src/errors.js';

function catchError(fn: () => unknown): OkrError {
  try {
    fn();
  } catch (e) {
    return e as OkrError;
  }
  throw new Error('expected an error');
}

describe('YAML reader', () => {
  it('locates every field at its line:col, and nested key results inherit their objective', () => {
    const raw = readYaml('p.yaml', 'objectives:\n  - code: A-O1\n    owner: U1\n    objective: Tersusunnya X\n    key_results:\n      - code: A-O1-KR1\n        key_result: Jumlah X\n        target: 3\n        unit_of_measure: dokumen\n');
    const { plan, findings } = normalise([raw]);
    expect(findings).toEqual([]);
    const kr = plan.key_results[0]!;
    expect(kr.objective).toBe('A-O1');
    expect(kr.loc.at).toEqual({ file: 'p.yaml', line: 6, column: 9 });
    expect(kr.loc.fields.target).toEqual({ file: 'p.yaml', line: 8, column: 17 });
    expect(kr.loc.fields.objective).toEqual({ file: 'p.yaml', line: 2, column: 11 });
  });

  it('turns a syntax error into an operational error with line and column', () => {
    const e = catchError(() => readYaml('bad.yaml', 'employees:\n  - nip: a: b\n'));
    expect(e).toBeInstanceOf(OkrError);
    expect(e.code).toBe('yaml-syntax');
    expect(e.data).toEqual({ file: 'bad.yaml', line: 2, column: 10, reason: 'Nested mappings are not allowed in compact mappings' });
  });

  it('refuses an alias bomb quickly instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + prev).join(',')}]`);
    }
    const employees = Array.from({ length: MAX_ALIAS_EXPANSIONS + 5 }, () => '  - *i').join('\n');
    const text = `${levels.join('\n')}\nemployees:\n${employees}\n`;
    const e = catchError(() => readYaml('bomb.yaml', text));
    expect(e.code).toBe('yaml-too-many-aliases');
    expect(e.data).toEqual({ file: 'bomb.yaml', limit: MAX_ALIAS_EXPANSIONS });
  });

  it('accepts a handful of aliases as ordinary YAML', () => {
    const { plan, findings } = normalise([readYaml('a.yaml', 'units:\n  - &u { code: U1, name: Satu }\nemployees:\n  - { nip: "198503152010121002", name: A, position: P, position_type: JPT, unit: U1 }\n')]);
    expect(findings).toEqual([]);
    expect(plan.units).toHaveLength(1);
  });

  it('reports wrong shapes as findings, not crashes', () => {
    const { findings } = normalise([readYaml('s.yaml', 'employees: 5\nunits:\n  - just a string\n')]);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.at.line])).toEqual([
      ['schema/invalid-value', 'notList', 1],
      ['schema/invalid-value', 'notMapping', 3],
    ]);
  });

  it('treats an empty file as an empty plan', () => {
    const { plan, findings } = normalise([readYaml('e.yaml', '# nothing yet\n')]);
    expect(findings).toEqual([]);
    expect(plan.employees).toEqual([]);
  });
});

describe('hostile YAML', () => {
  it('refuses nesting deep enough to exhaust the parser, with a plain reason', () => {
    const e = catchError(() => readYaml('deep.yaml', `units: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`));
    expect(e.code).toBe('yaml-syntax');
    expect(e.data.reason).toBe('nested too deeply');
  });
});
