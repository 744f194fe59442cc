/**
 * A small plan that every cascade/coverage/kr/objective/skp/checkin rule finds clean (as of CLEAN_AS_OF), for rule
 * tests to break one thing at a time. Lines matter: tests assert `line:col` places in it.
 */
import { readYaml } from '../../../src/io/yaml.js';
import { normalise } from '../../../src/io/normalise.js';
import { lint } from '../../../src/rules/run.js';
import { resolveConfig } from '../../../src/rules/config.js';
import { formatPlace } from '../../../src/io/source.js';
import type { Diagnostic } from '../../../src/diagnostics/finding.js';
import type { Plan } from '../../../src/model/plan.js';

/** 31 days into the period: nothing is stale yet. */
export const CLEAN_AS_OF = '2026-02-01';

export const HEAD = '196805121993031002';
export const SUPERVISOR = '197203101998031003';
export const STAFF = '198503152010121002';

export const PLAN = `settings: { organization: Kementerian Uji, year: 2026 }
units:
  - { code: TOP, name: Deputi Uji, head: "${HEAD}" }
  - { code: U2, name: Biro Uji, parent: TOP, head: "${SUPERVISOR}" }
employees:
  - { nip: "${HEAD}", name: Hendra, position: Deputi, position_type: JPT, unit: TOP }
  - { nip: "${SUPERVISOR}", name: Sari, position: Kepala Biro, position_type: Administrator, unit: U2, supervisor: "${HEAD}" }
  - { nip: "${STAFF}", name: Andi, position: Analis SDM, position_type: Fungsional, unit: U2, supervisor: "${SUPERVISOR}" }
objectives:
  - code: H-O1
    owner: "${HEAD}"
    objective: Terwujudnya layanan kepegawaian yang andal
    key_results:
      - { code: H-O1-KR1, key_result: Jumlah layanan yang dibakukan, aspect: Kuantitas, baseline: 2, target: 10, unit_of_measure: layanan }
      - { code: H-O1-KR2, key_result: Persentase layanan tanpa keluhan, aspect: Kualitas, measure: persen, baseline: 60, target: 90 }
      - { code: H-O1-KR3, key_result: Rata-rata waktu layanan, aspect: Waktu, baseline: 10, target: 5, unit_of_measure: hari, direction: turun }
  - code: S-O1
    owner: "${SUPERVISOR}"
    aligned_to: H-O1-KR1
    objective: Tersusunnya standar layanan biro
    key_results:
      - { code: S-O1-KR1, key_result: Jumlah standar layanan yang ditetapkan, aspect: Kuantitas, baseline: 2, target: 8, unit_of_measure: standar }
      - { code: S-O1-KR2, key_result: Persentase standar yang diterapkan, aspect: Kualitas, measure: persen, baseline: 50, target: 90, aligned_to: H-O1-KR2 }
      - { code: S-O1-KR3, key_result: Tanggal penetapan standar layanan, aspect: Waktu, measure: tanggal, target: 2026-06-30, aligned_to: H-O1-KR3 }
  - code: A-O1
    owner: "${STAFF}"
    aligned_to: S-O1-KR1
    objective: Tersedianya rancangan standar layanan SDM
    key_results:
      - { code: A-O1-KR1, key_result: Jumlah rancangan standar layanan, aspect: Kuantitas, baseline: 0, target: 6, unit_of_measure: dokumen, due: 2026-11-30 }
      - { code: A-O1-KR2, key_result: Persentase rancangan yang disetujui, aspect: Kualitas, measure: persen, baseline: 40, target: 80, aligned_to: S-O1-KR2 }
      - { code: A-O1-KR3, key_result: Tanggal penyerahan rancangan, aspect: Waktu, measure: tanggal, target: 2026-05-31, aligned_to: S-O1-KR3 }
`;

export function lintPlan(yaml: string, options: { config?: unknown; asOf?: string; lang?: 'id' | 'en' } = {}): { plan: Plan; diagnostics: Diagnostic[] } {
  const { plan, findings } = normalise([readYaml('plan.yaml', yaml)]);
  const diagnostics = lint(plan, findings, { asOf: options.asOf ?? CLEAN_AS_OF, lang: options.lang ?? 'en', config: resolveConfig(options.config ?? {}) });
  return { plan, diagnostics };
}

/** The findings of one rule as `[severity, subject, place]`. */
export function findings(yaml: string, ruleId: string, options: Parameters<typeof lintPlan>[1] = {}): [string, string | undefined, string][] {
  return lintPlan(yaml, options)
    .diagnostics.filter((d) => d.ruleId === ruleId)
    .map((d) => [d.severity, d.subject, formatPlace(d)]);
}

/** The messages of one rule, for asserting what a civil servant reads. */
export function messages(yaml: string, ruleId: string, options: Parameters<typeof lintPlan>[1] = {}): string[] {
  return lintPlan(yaml, options)
    .diagnostics.filter((d) => d.ruleId === ruleId)
    .map((d) => d.message);
}

/** `yaml` with `from` replaced, failing loudly when `from` is not there (so a drifting fixture breaks the test). */
export function edit(yaml: string, from: string, to: string): string {
  if (!yaml.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return yaml.replace(from, to);
}
