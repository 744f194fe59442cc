import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../../src/render/formatters/github.js';
import { FULL, context, diag, report } from './report.js';

describe('github formatter', () => {
  it('prints one workflow command per finding, workbook places in the title, then a summary', () => {
    expect(github(FULL, context())).toBe(
      [
        '::error file=okr/rencana kerja.xlsx,title=schema/missing-field::Sheet Pegawai tidak ada.',
        "::notice file=okr/rencana kerja.xlsx,line=3,col=13,title='Key Result'!M3 schema/unknown-column::Kolom \"Catatan\" tidak dikenal.",
        '::error file=okr/rencana kerja.xlsx,line=7,col=1,title=Pegawai!A7 ref/unknown-reference::NIP Atasan 1990 tidak ada di sheet Pegawai.',
        '::error file=okr/rencana kerja.xlsx,line=9,col=6,title=Pegawai!F9 ref/unknown-reference::NIP Atasan 1990 dirujuk lagi.',
        '::error file=okr/rencana.yaml,line=12,col=5,title=nip/invalid::NIP 1234 terdiri dari 4 digit; NIP harus 18 digit.',
        '::warning file=okr/rencana.yaml,line=40,col=9,title=kr/activity-not-result::KR "Melaksanakan rapat" berupa kegiatan.',
        'okr2skp: 4 galat, 1 peringatan, 1 info',
        '',
      ].join('\n'),
    );
  });

  it('writes the summary in English with lang en', () => {
    const out = github(report([diag({ ruleId: 'nip/invalid', severity: 'error', message: 'x', file: 'a.yaml', line: 1, column: 1 })]), context({ lang: 'en' }));
    expect(out.split('\n').at(-2)).toBe('okr2skp: 1 error, 0 warnings, 0 infos');
  });

  it('escapes data and properties as the Actions runner requires', () => {
    expect(escapeData('100% tercapai\r\nbaris 2: a, b')).toBe('100%25 tercapai%0D%0Abaris 2: a, b');
    expect(escapeProperty('a:b,c%d\ne\rf')).toBe('a%3Ab%2Cc%25d%0Ae%0Df');
    const d = diag({ ruleId: 'nip/invalid', severity: 'warn', message: 'Target 100%\r\nbaris: dua, tiga', file: 'okr/a:b,c%.xlsx', sheet: 'Data: 2026, final', cell: 'B2', line: 2, column: 2 });
    expect(github(report([d], ['okr/a:b,c%.xlsx']), context()).split('\n')[0]).toBe(
      "::warning file=okr/a%3Ab%2Cc%25.xlsx,line=2,col=2,title='Data%3A 2026%2C final'!B2 nip/invalid::Target 100%25%0D%0Abaris: dua, tiga",
    );
  });

  it('makes paths relative to the workspace and leaves paths outside it as given', () => {
    const inside = diag({ ruleId: 'nip/invalid', severity: 'info', message: 'm', file: '/work/repo/okr/x.yaml', line: 3, column: 1 });
    const outside = diag({ ruleId: 'nip/invalid', severity: 'info', message: 'm', file: '/elsewhere/y.yaml', line: 4, column: 2 });
    const lines = github(report([inside, outside]), context()).split('\n');
    expect(lines).toContain('::notice file=/elsewhere/y.yaml,line=4,col=2,title=nip/invalid::m');
    expect(lines).toContain('::notice file=okr/x.yaml,line=3,col=1,title=nip/invalid::m');
  });

  it('prints only the summary when there is nothing to report', () => {
    expect(github(report([]), context())).toBe('okr2skp: 0 galat, 0 peringatan, 0 info\n');
  });

  it('never lets a message start a new workflow command', () => {
    const d = diag({ ruleId: 'nip/invalid', severity: 'error', message: 'a\n::error::palsu', file: 'a.yaml', line: 1, column: 1 });
    const lines = github(report([d]), context()).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('::error file=a.yaml,line=1,col=1,title=nip/invalid::a%0A::error::palsu');
  });
});
