/**
 * Form models → WordprocessingML → .docx bytes, by filling the prototype's stamps. Pure: the timestamp comes in
 * as an argument, so the same plan and date give the same bytes.
 */
import type { IkiModel, Signature, SkpModel } from './model.js';
import type { Prototype } from './prototype.js';
import { escapeXml, fill, type StampValues } from './stamp.js';
import type { FormTemplate } from './template.js';
import { writeZip } from './zip.js';

export interface RenderOptions {
  readonly template: FormTemplate;
  /** Printed in the footer of every page, e.g. when a plan with errors was converted with --force. */
  readonly footerNote?: string;
}

class Writer {
  private out = '';
  constructor(private readonly proto: Prototype) {}
  put(name: string, values: StampValues = {}): this {
    const stamp = this.proto.stamps[name];
    if (!stamp) throw new Error(`prototype has no stamp ${name}`);
    this.out += fill(stamp, values);
    return this;
  }
  raw(xml: string): this {
    this.out += xml;
    return this;
  }
  /** Paragraphs for a block slot; a table cell must hold at least one paragraph, so an empty list gives one. */
  paragraphs(name: string, texts: readonly string[], empty = ''): string {
    const stamp = this.proto.stamps[name]!;
    const list = texts.length ? texts : [empty];
    return list.map((text) => fill(stamp, { text })).join('');
  }
  toString(): string {
    return this.out;
  }
}

function titles(w: Writer, lines: readonly string[], organization: string, period: string) {
  for (const text of lines) w.put('title', { text });
  w.put('spacer').put('orgPeriod', { organization, period });
}

function signature(w: Writer, s: Signature, labels: FormTemplate['skp']['signatures']) {
  w.put('signature', {
    leftHead: '',
    leftRole: labels.employee,
    leftName: s.employee.name,
    leftNip: `${labels.nip}${s.employee.nip}`,
    rightHead: s.placeDate,
    rightRole: labels.appraiser,
    rightName: s.appraiser.name,
    rightNip: `${labels.nip}${s.appraiser.nip}`,
  });
}

export function renderSkpXml(model: SkpModel, proto: Prototype, { template }: RenderOptions): string {
  const s = template.skp;
  const empty = template.common.empty;
  const w = new Writer(proto);
  w.raw(proto.documentHead);
  titles(w, model.titles, model.organization, model.period);

  w.put('identityOpen');
  s.identity.fields.forEach((label, i) => {
    w.put('identityRow', { no: String(i + 1), label, employee: model.identity.employee[i]!, appraiser: model.identity.appraiser[i]! });
  });
  w.raw('</w:tbl>').put('spacer');

  const intervened = (r: SkpModel['sections'][number]['results'][number]) =>
    r.intervened
      ? w.paragraphs('para', [r.intervened.rhk]) + (r.intervened.indicator !== undefined ? w.paragraphs('paraItalic', [`${s.results.intervenedIndicator}${r.intervened.indicator}`]) : '')
      : w.paragraphs('para', [empty]);

  if (model.approach === 'kuantitatif') {
    w.put('quantOpen');
    for (const section of model.sections) {
      w.put('quantSection', { label: section.label });
      if (section.results.length === 0) {
        w.put('quantFirst', { no: '', intervened: w.paragraphs('para', [empty]), rhk: empty, aspect: '', indicator: '', target: '' });
      }
      for (const r of section.results) {
        const [first, ...rest] = r.indicators;
        w.put('quantFirst', {
          no: String(r.no),
          intervened: intervened(r),
          rhk: r.rhk,
          aspect: first?.aspect ?? empty,
          indicator: first?.text ?? empty,
          target: first?.target ?? empty,
        });
        for (const k of rest) w.put('quantNext', { aspect: k.aspect, indicator: k.text, target: k.target });
      }
    }
  } else {
    w.put('qualOpen');
    for (const section of model.sections) {
      w.put('qualSection', { label: section.label });
      if (section.results.length === 0) w.put('qualRow', { no: '', intervened: w.paragraphs('para', [empty]), body: w.paragraphs('para', [empty]) });
      for (const r of section.results) {
        const body =
          w.paragraphs('para', [r.rhk]) +
          w.paragraphs('paraItalic', [s.results.measuresLine]) +
          w.paragraphs('bullet', r.indicators.map((k) => `${k.text}: ${k.target}`), empty);
        w.put('qualRow', { no: String(r.no), intervened: intervened(r), body });
      }
    }
  }
  w.raw('</w:tbl>');
  if (s.results.footnote) w.put('footnote', { text: s.results.footnote });
  else w.put('spacer');

  if (model.behaviour && s.behaviour) {
    w.put('behaviourOpen');
    for (const b of model.behaviour) {
      w.put('behaviourRow', {
        no: String(b.no),
        behaviour: w.paragraphs('paraBold', [b.name]) + w.paragraphs('bullet', b.guides),
        expectation: w.paragraphs('para', b.expectations, empty),
      });
    }
    w.raw('</w:tbl>');
    if (s.behaviour.footnote) w.put('footnote', { text: s.behaviour.footnote });
  }
  signature(w, model.signature, s.signatures);

  if (model.attachment && s.attachment) {
    w.put('pageTitle', { text: s.attachment.title }).put('spacer');
    w.put('orgPeriod', { organization: model.organization, period: model.period });
    w.put('attachmentOpen');
    for (const band of model.attachment) {
      w.put('attachmentBand', { label: band.label });
      if (band.items.length === 0) w.put('attachmentItem', { no: '', text: empty });
      band.items.forEach((text, i) => w.put('attachmentItem', { no: String(i + 1), text }));
    }
    w.raw('</w:tbl>');
    signature(w, model.signature, s.signatures);
  }
  w.put('spacer');
  w.raw(proto.documentTail);
  return w.toString();
}

export function renderIkiXml(model: IkiModel, proto: Prototype, { template }: RenderOptions): string {
  const empty = template.common.empty;
  const w = new Writer(proto);
  w.raw(proto.documentHead);
  titles(w, model.titles, model.organization, model.period);
  w.put('infoOpen');
  model.info.forEach((f, i) => w.put('infoRow', { no: `${i + 1}.`, label: f.label, value: f.value }));
  w.raw('</w:tbl>').put('spacer');
  w.put('ikiOpen');
  if (model.rows.length === 0) {
    w.put('ikiFirst', { no: '', rhk: empty, indicator: empty, target: '', unit: '', formula: '', source: '', period: '' });
  }
  for (const r of model.rows) {
    const [first, ...rest] = r.indicators;
    const cells = (k: (typeof r.indicators)[number] | undefined) =>
      k
        ? { indicator: k.text, target: k.target, unit: k.unit, formula: k.formula, source: k.source, period: k.period }
        : { indicator: empty, target: empty, unit: empty, formula: empty, source: empty, period: empty };
    w.put('ikiFirst', { no: String(r.no), rhk: r.rhk, ...cells(first) });
    for (const k of rest) w.put('ikiNext', cells(k));
  }
  w.raw('</w:tbl>');
  signature(w, model.signature, template.iki.signatures);
  w.put('spacer');
  w.raw(proto.documentTail);
  return w.toString();
}

/** W3CDTF without milliseconds, as Word writes it. */
function w3cdtf(when: Date): string {
  return when.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function coreXml(title: string, when: Date): string {
  const t = w3cdtf(when);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>okr2skp</dc:creator><cp:lastModifiedBy>okr2skp</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${t}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${t}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export interface PackInput {
  readonly documentXml: string;
  readonly title: string;
  /** Document timestamp: core properties and every zip entry. */
  readonly when: Date;
  readonly footerNote?: string;
}

export function packDocx(proto: Prototype, input: PackInput): Buffer {
  const note = input.footerNote ? fill(proto.stamps.footnote!, { text: input.footerNote }) : '';
  const dynamic = new Map<string, string>([
    ['word/document.xml', input.documentXml],
    ['docProps/core.xml', coreXml(input.title, input.when)],
    [proto.footerPath, fill(proto.footer, { note })],
  ]);
  const entries = proto.partOrder.map((path) => {
    const text = dynamic.get(path);
    return text !== undefined ? { path, data: Buffer.from(text, 'utf8') } : proto.fixedParts.get(path)!;
  });
  return writeZip(entries, input.when);
}
