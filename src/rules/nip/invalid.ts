/**
 * A NIP whose structure is impossible (Perka BKN 22/2007): not 18 digits, a birth date or TMT CPNS that is not a
 * date, a gender digit other than 1 or 2, or a TMT before the 18th birthday. PPPK numbers (grade I–XVII) carry a
 * year and a contract count where a PNS NIP has the TMT month, so the month check is skipped for them.
 */
import { defineRule } from '../define-rule.js';
import { isoDate } from '../../model/values.js';
import { fieldLabel } from '../../io/source.js';

export type NipProblem = { reason: string; data: Record<string, string | number> } | undefined;

export function nipProblem(nip: string, pppk = false): NipProblem {
  if (!/^\d+$/.test(nip)) return { reason: 'notDigits', data: {} };
  if (nip.length !== 18) return { reason: 'length', data: { length: nip.length } };
  const [by, bm, bd] = [Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8))];
  if (bm < 1 || bm > 12) return { reason: 'birthMonth', data: { month: bm } };
  if (!isoDate(by, bm, bd)) return { reason: 'birthDate', data: { date: nip.slice(0, 8) } };
  const [ty, tm] = [Number(nip.slice(8, 12)), Number(nip.slice(12, 14))];
  if (!pppk && (tm < 1 || tm > 12)) return { reason: 'tmtMonth', data: { month: tm } };
  const gender = nip[14]!;
  if (gender !== '1' && gender !== '2') return { reason: 'gender', data: { digit: gender } };
  const tmt = ty * 12 + (pppk ? 12 : tm);
  const eighteen = (by + 18) * 12 + bm;
  if (tmt < eighteen) return { reason: 'tmtTooEarly', data: { tmt: pppk ? String(ty) : `${ty}-${String(tm).padStart(2, '0')}`, birth: `${by}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}` } };
  return undefined;
}

/** PPPK golongan are bare Roman numerals (I–XVII); PNS golongan have a slash and a letter (III/d). */
export function isPppkGrade(grade: string | undefined): boolean {
  return grade !== undefined && /^[IVX]+$/i.test(grade.trim());
}

export default defineRule({
  meta: {
    id: 'nip/invalid',
    defaultSeverity: 'error',
    description: { id: 'NIP dengan struktur yang tidak mungkin', en: 'A NIP whose structure is impossible' },
    messages: {
      notDigits: { id: 'NIP {nip} harus terdiri dari angka saja.', en: 'NIP {nip} must contain digits only.' },
      length: { id: 'NIP {nip} terdiri dari {length} digit; NIP harus 18 digit.', en: 'NIP {nip} has {length} digits; a NIP has 18.' },
      birthMonth: { id: 'NIP {nip} tidak valid: bulan lahir (digit 5–6) adalah {month}, bukan 01–12.', en: 'NIP {nip} is invalid: the birth month (digits 5–6) is {month}, not 01–12.' },
      birthDate: { id: 'NIP {nip} tidak valid: tanggal lahir {date} (digit 1–8) tidak ada di kalender.', en: 'NIP {nip} is invalid: the birth date {date} (digits 1–8) is not a calendar date.' },
      tmtMonth: { id: 'NIP {nip} tidak valid: bulan TMT CPNS (digit 13–14) adalah {month}, bukan 01–12.', en: 'NIP {nip} is invalid: the TMT CPNS month (digits 13–14) is {month}, not 01–12.' },
      gender: { id: 'NIP {nip} tidak valid: digit jenis kelamin (ke-15) adalah {digit}, seharusnya 1 atau 2.', en: 'NIP {nip} is invalid: the gender digit (15th) is {digit}; it must be 1 or 2.' },
      tmtTooEarly: { id: 'NIP {nip} tidak valid: TMT CPNS {tmt} sebelum usia 18 tahun (lahir {birth}).', en: 'NIP {nip} is invalid: TMT CPNS {tmt} is before the 18th birthday (born {birth}).' },
    },
  },
  check(ctx) {
    for (const e of ctx.plan.employees) {
      const problem = nipProblem(e.nip, isPppkGrade(e.grade));
      if (!problem) continue;
      ctx.report({ messageId: problem.reason, data: { ...problem.data, nip: e.nip, field: fieldLabel(e.loc, 'nip') }, node: e, field: 'nip', subject: e.nip });
    }
  },
});
