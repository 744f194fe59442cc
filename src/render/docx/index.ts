/**
 * SKP and IKI documents (.docx): `buildSkp`/`buildIki` map the plan onto each form (pure data), the renderer lays
 * that out by stamping a prototype docx authored once per regulation, and `packDocx` zips it with fixed dates.
 */
import { indexPlan } from '../../model/lookup.js';
import type { Plan } from '../../model/plan.js';
import type { Regulation } from '../../model/schema.js';
import { buildIki, buildSkp, type IkiModel, type SkpModel } from './model.js';
import { buildPrototype, type FormKind, type Prototype } from './prototype.js';
import { packDocx, renderIkiXml, renderSkpXml } from './render.js';
import { loadTemplate, type FormTemplate } from './template.js';

export { buildSkp, buildIki, type SkpModel, type IkiModel } from './model.js';
export { loadTemplate, TemplateSchema, type FormTemplate } from './template.js';
export { formatNumber, formatDate, formatTarget } from './format.js';
export { readZip, writeZip } from './zip.js';
export type { FormKind } from './prototype.js';

export interface DocumentOptions {
  /** Document timestamp (core properties and zip entries): see `documentDate`. */
  readonly when: Date;
  /** Printed in the footer of every page. */
  readonly footerNote?: string;
}

export interface FormRenderer {
  readonly template: FormTemplate;
  skpModel(plan: Plan, nip: string): SkpModel;
  ikiModel(plan: Plan, nip: string): IkiModel;
  /** The body XML (`word/document.xml`), what golden tests compare. */
  xml(kind: FormKind, plan: Plan, nip: string): string;
  docx(kind: FormKind, plan: Plan, nip: string, options: DocumentOptions): Buffer;
}

/** Builds the two prototypes of a regulation once; rendering each document after that is synchronous and cheap. */
export async function createRenderer(regulation: Regulation, templatesDir?: string): Promise<FormRenderer> {
  const template = loadTemplate(regulation, templatesDir);
  const protos: Record<FormKind, Prototype> = { skp: await buildPrototype('skp', template), iki: await buildPrototype('iki', template) };
  const xml = (kind: FormKind, plan: Plan, nip: string) =>
    kind === 'skp'
      ? renderSkpXml(buildSkp(plan, nip, { template }), protos.skp, { template })
      : renderIkiXml(buildIki(plan, nip, { template }), protos.iki, { template });
  return {
    template,
    skpModel: (plan, nip) => buildSkp(plan, nip, { template }),
    ikiModel: (plan, nip) => buildIki(plan, nip, { template }),
    xml,
    docx(kind, plan, nip, options) {
      const name = indexPlan(plan).employeeByNip.get(nip)?.name ?? nip;
      const title = `${kind === 'skp' ? 'Sasaran Kinerja Pegawai' : 'Indikator Kinerja Individu'}: ${name} (${nip})`;
      return packDocx(protos[kind], {
        documentXml: xml(kind, plan, nip),
        title,
        when: options.when,
        ...(options.footerNote ? { footerNote: options.footerNote } : {}),
      });
    },
  };
}

/**
 * The one date a run stamps into its documents: SOURCE_DATE_EPOCH (seconds, reproducible-builds.org) wins, then
 * the plan's signature date, then the period start, then the DOS epoch.
 */
export function documentDate(plan: Plan, sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch !== undefined && /^\d{1,12}$/.test(sourceDateEpoch.trim())) return new Date(Number(sourceDateEpoch.trim()) * 1000);
  const iso = plan.settings.date ?? plan.settings.start;
  return iso ? new Date(`${iso}T00:00:00Z`) : new Date(Date.UTC(1980, 0, 1));
}
