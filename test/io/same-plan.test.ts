import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/io/load.js';
import { stripLocations } from '../../src/model/plan.js';

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
const FILES = ['kementerian-contoh.yaml', 'kementerian-contoh.xlsx', 'kementerian-contoh-flat.xlsx'].map(example);

/** Reading problems that mean a value was lost or misread; an unknown column is only information. */
const isReadError = (ruleId: string) => /^(schema|ref|nip)\//.test(ruleId) && ruleId !== 'schema/unknown-column';

describe('the example plan in its three forms', () => {
  it.each(FILES)('%s reads without reading errors', async (file) => {
    const { findings, plan } = await loadPlan([file]);
    expect(findings.filter((f) => isReadError(f.ruleId))).toEqual([]);
    expect(plan.rejected).toEqual([]);
    expect(plan.key_results.length).toBeGreaterThan(30);
  });

  it('the workbooks give the same plan as the YAML file', async () => {
    const [yaml, tables, flat] = await Promise.all(FILES.map(async (file) => stripLocations((await loadPlan([file])).plan)));
    expect(tables).toEqual(yaml);
    expect(flat).toEqual(yaml);
  });

  it('places workbook entities at their cells', async () => {
    const { plan } = await loadPlan([FILES[2]!]);
    const kr = plan.key_results.find((k) => k.code === 'DAA-O1-KR2')!;
    expect(kr.loc.at).toMatchObject({ file: FILES[2], sheet: 'OKR', cell: 'A5' });
    expect(kr.loc.fields.objective).toMatchObject({ sheet: 'OKR', cell: 'A4' });
    expect(kr.loc.fields.baseline).toMatchObject({ sheet: 'OKR', cell: 'J5' });
    expect(kr.baseline).toBe(0.78);
  });
});
