import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'objective/activity-phrasing';

describe(RULE, () => {
  it('is quiet on objectives phrased as results ("Terwujudnya…", "Tersusunnya…", "Tersedianya…")', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports "Melaksanakan…" as info, suggesting the result form', () => {
    const yaml = edit(PLAN, 'objective: Tersedianya rancangan standar layanan SDM', 'objective: Melaksanakan penyusunan standar layanan SDM');
    expect(findings(yaml, RULE)).toEqual([['info', 'A-O1', '28:16']]);
    expect(messages(yaml, RULE)[0]).toBe('Objective A-O1 ("Melaksanakan penyusunan standar layanan SDM") is phrased as an activity. Phrase it as a result, e.g. "Terlaksananya penyusunan standar layanan SDM".');
  });

  it('gives a general hint for verbs without a known result form', () => {
    const yaml = edit(PLAN, 'objective: Tersedianya rancangan standar layanan SDM', 'objective: Berpartisipasi dalam forum kepegawaian');
    expect(messages(yaml, RULE, { lang: 'id' })).toEqual(['Objective A-O1 ("Berpartisipasi dalam forum kepegawaian") dirumuskan sebagai kegiatan. Rumuskan sebagai hasil, misalnya "Terlaksananya …" atau "Tersusunnya …".']);
  });
});
