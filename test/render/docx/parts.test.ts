import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatTarget } from '../../../src/render/docx/format.js';
import { compileStamp, escapeXml, fill } from '../../../src/render/docx/stamp.js';
import { loadTemplate } from '../../../src/render/docx/template.js';
import { readZip, writeZip } from '../../../src/render/docx/zip.js';

const template = loadTemplate('permenpanrb-6-2022');

describe('format', () => {
  it('writes numbers the Indonesian way', () => {
    expect(formatNumber(1250)).toBe('1.250');
    expect(formatNumber(4.5)).toBe('4,5');
    expect(formatNumber(0.85)).toBe('0,85');
    expect(formatNumber(1250000.25)).toBe('1.250.000,25');
    expect(formatNumber(-3)).toBe('-3');
    expect(formatNumber(100)).toBe('100');
  });

  it('writes dates with Indonesian month names', () => {
    expect(formatDate('2026-06-30', template.common.months)).toBe('30 Juni 2026');
    expect(formatDate('2026-01-01', template.common.months)).toBe('1 Januari 2026');
  });

  it('writes targets by measure', () => {
    expect(formatTarget({ measure: 'persen', target: 95, unit_of_measure: '%' }, template)).toBe('95%');
    expect(formatTarget({ measure: 'angka', target: 1250, unit_of_measure: 'SKP' }, template)).toBe('1.250 SKP');
    expect(formatTarget({ measure: 'angka', target: 4.5, unit_of_measure: 'hari kerja' }, template)).toBe('4,5 hari kerja');
    expect(formatTarget({ measure: 'tanggal', target: '2026-06-30', unit_of_measure: undefined }, template)).toBe('30 Juni 2026');
    expect(formatTarget({ measure: 'ya/tidak', target: true, unit_of_measure: undefined }, template)).toBe('Ya');
    expect(formatTarget({ measure: 'angka', target: undefined, unit_of_measure: 'SKP' }, template)).toBe('-');
  });
});

describe('stamps', () => {
  it('escapes text slots and drops characters XML forbids', () => {
    const stamp = compileStamp('<w:p><w:r><w:t xml:space="preserve">{{text}}</w:t></w:r></w:p>');
    const xml = fill(stamp, { text: 'a < b & "c" \u0001\u0007 \ud800 > d' });
    expect(xml).toBe('<w:p><w:r><w:t xml:space="preserve">a &lt; b &amp; &quot;c&quot;   &gt; d</w:t></w:r></w:p>');
  });

  it('turns line breaks into <w:br/>', () => {
    const stamp = compileStamp('<w:t xml:space="preserve">{{text}}</w:t>');
    expect(fill(stamp, { text: 'satu\r\ndua' })).toBe('<w:t xml:space="preserve">satu</w:t><w:br/><w:t xml:space="preserve">dua</w:t>');
  });

  it('replaces a whole paragraph for a block slot and leaves neighbours alone', () => {
    const stamp = compileStamp('<w:p><w:r><w:t>keep</w:t></w:r></w:p><w:p><w:pPr/><w:r><w:t>{{@rows}}</w:t></w:r></w:p><w:p/>');
    expect(fill(stamp, { rows: '<X/>' })).toBe('<w:p><w:r><w:t>keep</w:t></w:r></w:p><X/><w:p/>');
  });

  it('refuses to leave a slot unfilled', () => {
    expect(() => fill(compileStamp('{{name}}'), {})).toThrow(/name/);
  });

  it('escapes every XML special character', () => {
    expect(escapeXml(`<&>"`)).toBe('&lt;&amp;&gt;&quot;');
  });
});

describe('zip', () => {
  it('round-trips entries and stamps one fixed date, whatever the clock says', () => {
    const entries = [
      { path: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { path: 'word/document.xml', data: Buffer.from('x'.repeat(10_000)) },
    ];
    const when = new Date(Date.UTC(2026, 0, 15));
    const a = writeZip(entries, when);
    const b = writeZip(entries, when);
    expect(a.equals(b)).toBe(true);
    const back = readZip(a);
    expect(back.get('word/document.xml')!.toString()).toBe('x'.repeat(10_000));
    expect(back.get('[Content_Types].xml')!.toString()).toBe('<Types/>');
    // DOS date of 2026-01-15 in the local header.
    expect(a.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (1 << 5) | 15);
  });
});

describe('templates', () => {
  it('loads both regulations and rejects a broken template with its path', () => {
    expect(loadTemplate('permenpanrb-8-2021').skp.behaviour).toBeUndefined();
    expect(template.skp.behaviour!.values.map((v) => v.name)).toEqual(['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']);
    const dir = mkdtempSync(join(tmpdir(), 'okr2skp-tpl-'));
    writeFileSync(join(dir, 'permenpanrb-6-2022.yaml'), 'regulation: permenpanrb-6-2022\nname: x\n');
    expect(() => loadTemplate('permenpanrb-6-2022', dir)).toThrow(/invalid at common/);
  });
});
