import { describe, expect, it } from 'vitest';
import { junit, xmlAttr, xmlText } from '../../../src/render/formatters/junit.js';
import { CLEAN_FILE, FULL, XLSX_FILE, YAML_FILE, context, diag, report } from './report.js';
import { parseXml, type XmlElement } from './xml.js';

function suites(root: XmlElement): XmlElement[] {
  return root.children.filter((c) => c.name === 'testsuite');
}

describe('junit formatter', () => {
  const root = parseXml(junit(FULL, context()));

  it('is well-formed XML with one suite per input file, in the order given', () => {
    expect(root.name).toBe('testsuites');
    expect(suites(root).map((s) => s.attrs.name)).toEqual([YAML_FILE, XLSX_FILE, CLEAN_FILE]);
  });

  it('has one case per rule and subject, failures only for errors, and counts that add up', () => {
    const [yaml, xlsx, clean] = suites(root);
    expect(yaml!.children.map((c) => c.attrs.name)).toEqual(['nip/invalid 1234', 'kr/activity-not-result KIN-O1-KR1']);
    // Two unknown-reference findings about the same NIP are one case; the file-level finding has no subject.
    expect(xlsx!.children.map((c) => c.attrs.name)).toEqual(['schema/missing-field', 'schema/unknown-column Catatan', 'ref/unknown-reference 1990']);
    expect(yaml!.attrs).toMatchObject({ tests: '2', failures: '1', errors: '0' });
    expect(xlsx!.attrs).toMatchObject({ tests: '3', failures: '2', errors: '0' });
    expect(clean!.attrs).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(root.attrs).toMatchObject({ tests: '6', failures: '3', errors: '0' });
    for (const s of suites(root)) {
      const cases = s.children.filter((c) => c.name === 'testcase');
      expect(cases).toHaveLength(Number(s.attrs.tests));
      expect(cases.filter((c) => c.children.some((x) => x.name === 'failure'))).toHaveLength(Number(s.attrs.failures));
      for (const c of cases) expect(c.attrs.classname).toBe(s.attrs.name);
    }
  });

  it('lists every place and message of a failing case, and keeps warnings in system-out', () => {
    const xlsx = suites(root)[1]!;
    const ref = xlsx.children.find((c) => c.attrs.name === 'ref/unknown-reference 1990')!;
    const failure = ref.children.find((c) => c.name === 'failure')!;
    expect(failure.attrs.type).toBe('ref/unknown-reference');
    expect(failure.attrs.message).toBe('NIP Atasan 1990 tidak ada di sheet Pegawai. (dan 1 lagi)');
    expect(failure.text).toBe('Pegawai!A7: galat: NIP Atasan 1990 tidak ada di sheet Pegawai.\nPegawai!F9: galat: NIP Atasan 1990 dirujuk lagi.');
    const kr = suites(root)[0]!.children[1]!;
    expect(kr.children.map((c) => c.name)).toEqual(['system-out']);
    expect(kr.children[0]!.text).toBe('40:9: peringatan: KR "Melaksanakan rapat" berupa kegiatan.');
  });

  it('shows a clean file as one passing case', () => {
    const clean = suites(root)[2]!;
    expect(clean.children).toHaveLength(1);
    expect(clean.children[0]!.children).toEqual([]);
  });

  it('escapes markup and strips characters XML 1.0 forbids', () => {
    expect(xmlText(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(xmlText('x\u0000y\u0008z\u001Fw\uFFFEv\uD800u')).toBe('xyzwvu');
    expect(xmlAttr('satu\ndua\tx\r')).toBe('satu&#10;dua&#9;x&#13;');
    const nasty = diag({ ruleId: 'nip/invalid', severity: 'error', message: 'Nilai <b>"A&B"</b> \u0001salah\nbaris 2', file: 'okr/<&>".yaml', line: 1, column: 1, subject: "O'Neil & <co>" });
    const parsed = parseXml(junit(report([nasty], ['okr/<&>".yaml']), context()));
    const suite = suites(parsed)[0]!;
    expect(suite.attrs.name).toBe('okr/<&>".yaml');
    const testcase = suite.children[0]!;
    expect(testcase.attrs.name).toBe("nip/invalid O'Neil & <co>");
    expect(testcase.children[0]!.attrs.message).toBe('Nilai <b>"A&B"</b> salah\nbaris 2');
  });

  it('uses English words with lang en', () => {
    const out = junit(report([], ['a.yaml']), context({ lang: 'en' }));
    expect(parseXml(out).children[0]!.children[0]!.attrs.name).toBe('okr2skp checked, no problems');
  });

  it('is deterministic whatever the order of the diagnostics', () => {
    const reversed = report([...FULL.diagnostics].reverse());
    expect(junit(reversed, context())).toBe(junit(FULL, context()));
  });
});

describe('the XML checker used above', () => {
  it.each([
    ['<a><b></a></b>'],
    ['<a x="1" x="2"/>'],
    ['<a x=1/>'],
    ['<a>&nbsp;</a>'],
    ['<a>a & b</a>'],
    ['<a x="<"/>'],
    ['<a></a><b/>'],
    ['<a>'],
    ['<a>\u0001</a>'],
  ])('rejects %j', (xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
