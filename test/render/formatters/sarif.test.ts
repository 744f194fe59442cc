import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { artifactLocation, ruleDocUrl, sarif } from '../../../src/render/formatters/sarif.js';
import { RULES } from '../../../src/rules/registry.js';
import { CLEAN_FILE, FULL, TEST_RULES, XLSX_REF, YAML_NIP, context, diag, report } from './report.js';

// The official schema is draft-04; Ajv 8 reads it once `id` is `$id` (see test/fixtures/sarif/README.md).
const { $schema: _draft, id: schemaId, ...schemaBody } = JSON.parse(readFileSync(new URL('../../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const validateSarif = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile({ $id: schemaId, ...schemaBody });

function parse(text: string) {
  return JSON.parse(text);
}

describe('sarif formatter', () => {
  const log = parse(sarif(FULL, context()));
  const run = log.runs[0];

  it('validates against the official SARIF 2.1.0 schema', () => {
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validates with every registered rule and with no findings', () => {
    for (const lang of ['id', 'en'] as const) {
      const full = parse(sarif(FULL, context({ rules: RULES, lang })));
      expect(validateSarif(full), JSON.stringify(validateSarif.errors)).toBe(true);
      expect(full.runs[0].tool.driver.rules).toHaveLength(RULES.length);
    }
    expect(validateSarif(parse(sarif(report([]), context())))).toBe(true);
  });

  it('the schema check catches a broken log', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'warn';
    expect(validateSarif(broken)).toBe(false);
  });

  it('describes the tool and every rule, in the requested language', () => {
    expect(log.$schema).toMatch(/^https:\/\/.*sarif-2\.1\.0.*\.json$/);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'okr2skp', version: '1.2.3' });
    expect(new URL(driver.informationUri).protocol).toBe('https:');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(TEST_RULES.map((r) => r.meta.id));
    const nip = driver.rules.find((r: { id: string }) => r.id === 'nip/invalid');
    expect(nip).toMatchObject({
      name: 'NipInvalid',
      shortDescription: { text: 'NIP tidak mungkin' },
      fullDescription: { text: 'NIP tidak mungkin (An impossible NIP)' },
      defaultConfiguration: { enabled: true, level: 'error' },
      helpUri: ruleDocUrl('nip/invalid'),
    });
    expect(nip.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/nip\/invalid\.md$/);
    const levels = Object.fromEntries(driver.rules.map((r: { id: string; defaultConfiguration: { level: string } }) => [r.id, r.defaultConfiguration.level]));
    expect(levels).toMatchObject({ 'kr/activity-not-result': 'warning', 'schema/unknown-column': 'note', 'objective/too-many': 'none' });
    const en = parse(sarif(FULL, context({ lang: 'en' }))).runs[0].tool.driver.rules[3];
    expect(en.shortDescription.text).toBe('An impossible NIP');
  });

  it('maps each finding to a result with rule index, level, message and a region', () => {
    const byRule = (id: string) => run.results.filter((r: { ruleId: string }) => r.ruleId === id);
    const [nip] = byRule('nip/invalid');
    expect(nip).toMatchObject({
      ruleId: 'nip/invalid',
      ruleIndex: 3,
      level: 'error',
      message: { text: YAML_NIP.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'okr/rencana.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5 } } }],
    });
    const [ref] = byRule('ref/unknown-reference');
    expect(ref.level).toBe('error');
    expect(ref.message.text).toBe(`Pegawai!A7: ${XLSX_REF.message}`);
    expect(ref.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'okr/rencana%20kerja.xlsx', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 1 },
    });
    expect(ref.locations[0].logicalLocations[0].fullyQualifiedName).toBe('Pegawai!A7');
    expect(byRule('kr/activity-not-result')[0].level).toBe('warning');
    const [info] = byRule('schema/unknown-column');
    expect(info.level).toBe('note');
    expect(info.message.text.startsWith("'Key Result'!M3: ")).toBe(true);
    const [fileLevel] = byRule('schema/missing-field');
    expect(fileLevel.locations[0].physicalLocation.region).toBeUndefined();
    expect(run.results).toHaveLength(FULL.diagnostics.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('names the source root and lists every input file as an artifact', () => {
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toContain(CLEAN_FILE);
  });

  it('fingerprints are stable across languages and messages but differ between places', () => {
    const fp = (text: string) => parse(text).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['okr2skp/v1']);
    const id = fp(sarif(FULL, context()));
    expect(fp(sarif(FULL, context({ lang: 'en' })))).toEqual(id);
    const reworded = report(FULL.diagnostics.map((d) => ({ ...d, message: `${d.message} (diubah)` })));
    expect(fp(sarif(reworded, context()))).toEqual(id);
    expect(new Set(id).size).toBe(id.length);
    for (const f of id) expect(f).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is byte-identical whatever the order of the diagnostics', () => {
    expect(sarif(report([...FULL.diagnostics].reverse()), context())).toBe(sarif(FULL, context()));
  });

  it('turns paths into relative URIs under the source root, or file URIs outside it', () => {
    expect(artifactLocation('okr/a b#1.xlsx', '/work/repo')).toEqual({ uri: 'okr/a%20b%231.xlsx', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/work/repo/okr/x.yaml', '/work/repo')).toEqual({ uri: 'okr/x.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('../lain/x.yaml', '/work/repo')).toEqual({ uri: 'file:///work/lain/x.yaml' });
  });

  it('leaves out a region it cannot place and still validates', () => {
    const d = diag({ ruleId: 'not/registered', severity: 'warn', message: 'm', file: 'a.yaml', line: 0 });
    const out = parse(sarif(report([d], ['a.yaml']), context()));
    expect(validateSarif(out)).toBe(true);
    expect(out.runs[0].results[0].ruleIndex).toBeUndefined();
    expect(out.runs[0].results[0].locations[0].physicalLocation.region).toBeUndefined();
  });
});
