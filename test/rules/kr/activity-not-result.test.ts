import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'kr/activity-not-result';

describe(RULE, () => {
  it('is quiet on measurable results ("Jumlah…", "Persentase…", "Rata-rata…", "Tanggal…")', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports an activity ("Melaksanakan rapat koordinasi"), at the key-result text', () => {
    const yaml = edit(PLAN, 'key_result: Jumlah rancangan standar layanan', 'key_result: Melaksanakan rapat koordinasi');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR1', '30:39']]);
    expect(messages(yaml, RULE)[0]).toBe('Key result A-O1-KR1 ("Melaksanakan rapat koordinasi") describes an activity, not a measurable result. Phrase it as a measure, e.g. "Jumlah …" (number of), "Persentase …" (percentage of) or "Tersusunnya …" (… completed).');
  });

  it('reports "Mengikuti pelatihan" in Bahasa Indonesia by default', () => {
    const yaml = edit(PLAN, 'key_result: Jumlah rancangan standar layanan', 'key_result: Mengikuti pelatihan teknis');
    expect(messages(yaml, RULE, { lang: 'id' })).toEqual([
      'KR A-O1-KR1 ("Mengikuti pelatihan teknis") menggambarkan kegiatan, bukan hasil yang terukur. Rumuskan sebagai ukuran hasil, misalnya "Jumlah …", "Persentase …", atau "Tersusunnya …".',
    ]);
  });

  it('accepts a verb that states what is measured ("Meningkatkan persentase…")', () => {
    expect(findings(edit(PLAN, 'key_result: Jumlah rancangan standar layanan', 'key_result: Meningkatkan persentase rancangan yang disetujui'), RULE)).toEqual([]);
  });
});
