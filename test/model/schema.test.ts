import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { planJsonSchema } from '../../src/model/schema.js';

const committed = JSON.parse(readFileSync(new URL('../../schema/okr2skp.schema.json', import.meta.url), 'utf8'));

describe('published JSON Schema', () => {
  it('matches the committed schema/okr2skp.schema.json (run `npm run gen:schema` after changing the model)', () => {
    expect(planJsonSchema()).toEqual(committed);
  });

  it('accepts the example plan and flags a bare-number NIP, as an editor would', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(committed);
    const example = parse(readFileSync(new URL('../../examples/kementerian-contoh.yaml', import.meta.url), 'utf8'));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    const bad = { employees: [{ nip: 198503152010121002, name: 'A', position: 'P', position_type: 'JPT', unit: 'U' }] };
    expect(validate(bad)).toBe(false);
  });

  it('describes fields for editors', () => {
    const defs = (committed as { $defs: Record<string, { properties: Record<string, { description?: string }> }> }).$defs;
    expect(defs.KeyResult!.properties.target!.description).toMatch(/Target/);
    expect(defs.Employee!.properties.position_type!.description).toContain('JPT, Administrator, Pengawas, Pelaksana, Fungsional');
  });
});
