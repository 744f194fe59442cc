import { describe, expect, it } from 'vitest';
import { PLAN, STAFF, SUPERVISOR, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'coverage/free-rider';
const NEW = '199001012015032003';
const STAFF_LINE = `unit: U2, supervisor: "${SUPERVISOR}" }\n`;

describe(RULE, () => {
  it('is quiet when everyone in a unit with OKRs owns an aligned objective', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports an employee of a unit with OKRs who owns no objective, at the NIP', () => {
    const yaml = edit(PLAN, STAFF_LINE, `${STAFF_LINE}  - { nip: "${NEW}", name: Budi, position: Pengadministrasi, position_type: Pelaksana, unit: U2, supervisor: "${SUPERVISOR}" }\n`);
    expect(findings(yaml, RULE)).toEqual([['warn', NEW, '9:12']]);
    expect(messages(yaml, RULE)[0]).toBe(`Budi (${NEW}) in unit U2 owns no objective. Add an objective for them that aligns to a key result of their supervisor, so their SKP has a Rencana Hasil Kerja.`);
  });

  it('reports an employee below the top none of whose objectives aligns', () => {
    const yaml = edit(PLAN, '    aligned_to: S-O1-KR1\n', '');
    expect(findings(yaml, RULE)).toEqual([['warn', STAFF, '8:12']]);
    expect(messages(yaml, RULE, { lang: 'id' })[0]).toContain('Tidak satu pun objective milik Andi');
  });

  it('ignores employees of units without OKRs', () => {
    const yaml = edit(
      edit(PLAN, '  - { code: U2,', '  - { code: U3, name: Tim Lain, parent: TOP }\n  - { code: U2,'),
      STAFF_LINE,
      `${STAFF_LINE}  - { nip: "${NEW}", name: Budi, position: Pengadministrasi, position_type: Pelaksana, unit: U3, supervisor: "${SUPERVISOR}" }\n`,
    );
    expect(findings(yaml, RULE)).toEqual([]);
  });

  it("counts a unit's objectives as its head's", () => {
    const yaml = edit(PLAN, `owner: "${SUPERVISOR}"`, 'owner: U2');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
