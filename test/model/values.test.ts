import { describe, expect, it } from 'vitest';
import { parseBoolean, parseDate, parseNip, parseNumber, formatRoundedNumber } from '../../src/model/values.js';

const value = <T>(r: { ok: boolean; value?: T }) => (r.ok ? r.value : 'REFUSED');

describe('values people type', () => {
  it('reads decimal commas, thousands separators and percents', () => {
    expect(value(parseNumber('85,5'))).toBe(85.5);
    expect(value(parseNumber('85.5'))).toBe(85.5);
    expect(value(parseNumber('95%', { percent: true }))).toBe(95);
    expect(value(parseNumber('1.250.000'))).toBe(1250000);
    expect(value(parseNumber('1.250,5'))).toBe(1250.5);
    expect(value(parseNumber('1,250.5'))).toBe(1250.5);
    expect(value(parseNumber('0,78'))).toBe(0.78);
    expect(value(parseNumber(' -4,5 '))).toBe(-4.5);
    expect(value(parseNumber(''))).toBeUndefined();
  });

  it('refuses numbers it would have to guess', () => {
    expect(parseNumber('1.250')).toMatchObject({ ok: false, messageId: 'ambiguousNumber' });
    expect(parseNumber('1,250')).toMatchObject({ ok: false, messageId: 'ambiguousNumber' });
    expect(parseNumber('12 dokumen')).toMatchObject({ ok: false, messageId: 'notNumber' });
    expect(parseNumber('1.2.3')).toMatchObject({ ok: false });
  });

  it('reads every listed date form', () => {
    for (const typed of ['2026-03-31', '31/03/2026', '31-03-2026', '31 Maret 2026', '31 March 2026', '31 Mar 2026', new Date(Date.UTC(2026, 2, 31)), 46112]) {
      expect(value(parseDate(typed)), String(typed)).toBe('2026-03-31');
    }
    expect(parseDate('31/02/2026')).toMatchObject({ ok: false, messageId: 'impossibleDate' });
    expect(parseDate('besok')).toMatchObject({ ok: false, messageId: 'notDate' });
  });

  it('reads booleans in Indonesian and English', () => {
    for (const t of ['ya', 'Yes', 'true', '1', 'selesai', 1, true]) expect(value(parseBoolean(t)), String(t)).toBe(true);
    for (const f of ['tidak', 'no', 'false', '0', 0, false]) expect(value(parseBoolean(f)), String(f)).toBe(false);
    expect(parseBoolean('mungkin')).toMatchObject({ ok: false });
  });

  it('keeps NIPs as text and recognises ones Excel already rounded', () => {
    expect(value(parseNip('19850315 201012 1 002'))).toBe('198503152010121002');
    expect(parseNip(198503152010121002)).toMatchObject({ ok: false, messageId: 'rounded', data: { value: '198503152010121000' } });
    expect(parseNip('1.98503152010121E+17')).toMatchObject({ ok: false, messageId: 'rounded' });
    expect(formatRoundedNumber(198503152010121002)).toBe('198503152010121000');
  });
});
