/**
 * The fixed texts of each regulation's forms (titles, column headers, footnotes, BerAKHLAK panduan) are data in
 * `templates/<regulation>.yaml`, read at run time and checked here, so a new form variant is a new file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Regulation } from '../../model/schema.js';

const text = z.string();
const byApproach = z.object({ kuantitatif: text, kualitatif: text }).strict();
const byPositionGroup = z.object({ jpt: text, other: text }).strict();
const signatures = z.object({ employee: text, appraiser: text, nip: text }).strict();
const byDirection = z.object({ naik: text, turun: text, tetap: text }).strict();

export const TemplateSchema = z
  .object({
    regulation: z.enum(['permenpanrb-6-2022', 'permenpanrb-8-2021']),
    name: text,
    common: z
      .object({
        months: z.array(text).length(12),
        empty: text,
        yes: text,
        no: text,
        page: z.tuple([text, text]),
        forced: text,
        dateUnknown: text,
        placeUnknown: text,
      })
      .strict(),
    skp: z
      .object({
        title: z.array(z.union([text, byApproach, byPositionGroup])).min(1),
        approaches: z.array(z.enum(['kuantitatif', 'kualitatif'])).min(1),
        period: text,
        identity: z.object({ no: text, employee: text, appraiser: text, fields: z.array(text).length(5) }).strict(),
        results: z
          .object({
            band: text.optional(),
            columns: z.object({ no: text, intervened: text, rhk: text, aspect: text, indicator: text, target: text }).strict(),
            sections: z.object({ Utama: text, Tambahan: text }).strict(),
            intervenedIndicator: text,
            measuresLine: text,
            footnote: text.optional(),
          })
          .strict(),
        behaviour: z
          .object({
            band: text,
            columns: z.object({ no: text, behaviour: text, expectation: text }).strict(),
            expectationLabel: text,
            footnote: text.optional(),
            values: z.array(z.object({ name: text, guides: z.array(text).min(1) }).strict()).min(1),
          })
          .strict()
          .optional(),
        signatures,
        attachment: z
          .object({
            title: text,
            bands: z.object({ 'Dukungan Sumber Daya': text, 'Skema Pertanggungjawaban': text, Konsekuensi: text }).strict(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    iki: z
      .object({
        title: z.array(text).min(1),
        period: text,
        fields: z.array(text).length(4),
        columns: z.object({ no: text, rhk: text, indicator: text, target: text, unit: text, formula: text, source: text, period: text }).strict(),
        reportingPeriods: z.object({ bulanan: text, triwulanan: text, semesteran: text, tahunan: text }).strict(),
        formulas: z.object({ angka: byDirection, persen: byDirection, 'ya/tidak': text, tanggal: text }).strict(),
        signatures,
      })
      .strict(),
  })
  .strict();

export type FormTemplate = z.output<typeof TemplateSchema>;
export type TitleLine = FormTemplate['skp']['title'][number];

/** templates/ sits at the package root, two levels above both src/render/docx and dist/render/docx. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

const cache = new Map<string, FormTemplate>();

/**
 * The template of a regulation. A broken template file is a defect of the installation, not of the user's plan,
 * so it throws with the file and the zod path.
 */
export function loadTemplate(regulation: Regulation, dir: string = TEMPLATES_DIR): FormTemplate {
  const key = `${dir}\0${regulation}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = `${dir.endsWith('/') ? dir : `${dir}/`}${regulation}.yaml`;
  const parsed = TemplateSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`template ${file} is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  if (parsed.data.regulation !== regulation) throw new Error(`template ${file} declares regulation ${parsed.data.regulation}`);
  cache.set(key, parsed.data);
  return parsed.data;
}
