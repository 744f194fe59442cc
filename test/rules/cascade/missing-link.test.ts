import { describe, expect, it } from 'vitest';
import { PLAN, STAFF, edit, findings, messages } from './fixture.js';

const RULE = 'cascade/missing-link';

describe(RULE, () => {
  it('is quiet when every objective below the top aligns, and the top aligns to nothing', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports an objective below the top without "aligned_to", at the objective', () => {
    const yaml = edit(PLAN, '    aligned_to: S-O1-KR1\n', '');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1', '25:5']]);
    expect(messages(yaml, RULE)[0]).toBe(`Objective A-O1 of Andi (${STAFF}) aligns to nothing. Fill in "Aligned To" with the code of the key result of the direct supervisor that it contributes to.`);
    expect(messages(yaml, RULE, { lang: 'id' })[0]).toContain('tidak selaras dengan hasil mana pun');
  });

  it('points at an empty "aligned_to" value where it was left empty', () => {
    const yaml = edit(PLAN, 'aligned_to: S-O1-KR1\n', 'aligned_to: ""\n');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1', '27:17']]);
  });

  it('leaves an objective of an unknown owner to ref/unknown-reference', () => {
    const yaml = edit(edit(PLAN, '    aligned_to: S-O1-KR1\n', ''), `owner: "${STAFF}"`, 'owner: NOBODY');
    const { length } = findings(yaml, 'ref/unknown-reference');
    expect(length).toBe(1);
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
