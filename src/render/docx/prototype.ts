/**
 * The forms' building blocks, authored once per regulation with docx (page setup, styles, footer with page
 * numbers, every kind of table row and paragraph) and packed once. The packed XML is cut into stamps; a document
 * is then stamps joined and zipped, which costs a fraction of packing each document through docx (issue 4 §3).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { compileStamp, type Stamp } from './stamp.js';
import type { FormTemplate } from './template.js';
import { prepareEntry, readZip, type PreparedEntry } from './zip.js';

export type FormKind = 'skp' | 'iki';

export interface Prototype {
  /** Package parts copied as they are into every document, compressed once. */
  readonly fixedParts: ReadonlyMap<string, PreparedEntry>;
  /** Order of the parts in the package, `[Content_Types].xml` first. */
  readonly partOrder: readonly string[];
  readonly documentHead: string;
  readonly documentTail: string;
  readonly footerPath: string;
  readonly footer: Stamp;
  readonly stamps: Readonly<Record<string, Stamp>>;
}

const FONT = 'Arial';
const SIZE = 20; // half-points: 10 pt
const SMALL = 16;
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
export const CONTENT_WIDTH: Record<FormKind, number> = { skp: A4.width - 2 * MARGIN, iki: A4.height - 2 * MARGIN };

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const SHADE = { fill: 'D9D9D9', color: 'auto', type: 'clear' } as const;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  align?: Align;
  indent?: { left: number; hanging: number };
  spacingAfter?: number;
  pageBreakBefore?: boolean;
}

function p(text: string, o: TextOptions = {}): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    spacing: { after: o.spacingAfter ?? 0 },
    ...(o.indent ? { indent: o.indent } : {}),
    ...(o.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: [new TextRun({ text, bold: o.bold ?? false, italics: o.italics ?? false, ...(o.size ? { size: o.size } : {}) })],
  });
}

interface CellOptions {
  span?: number;
  merge?: 'restart' | 'continue';
  shade?: boolean;
  center?: boolean;
}

function cell(width: number, children: Paragraph[], o: CellOptions = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(o.span ? { columnSpan: o.span } : {}),
    ...(o.merge ? { verticalMerge: o.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    ...(o.shade ? { shading: SHADE } : {}),
    verticalAlign: o.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children,
  });
}

const sum = (widths: readonly number[], from = 0, to = widths.length) => widths.slice(from, to).reduce((a, b) => a + b, 0);

function table(widths: readonly number[], rows: TableRow[], borderless = false): Table {
  return new Table({
    width: { size: sum(widths), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    ...(borderless ? { borders: NO_BORDERS } : {}),
    rows,
  });
}

/** A header row repeated on every page the table spans. */
function headerRow(cells: TableCell[]): TableRow {
  return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
}

const slot = (name: string) => `{{${name}}}`;
const blocks = (name: string) => new Paragraph({ children: [new TextRun(`{{@${name}}}`)] });
const CUT = '⟦CUT⟧';
const cutRow = () => new TableRow({ children: [new TableCell({ children: [p(CUT)] })] });

type Authored = { kind: 'blocks'; children: (Paragraph | Table)[] } | { kind: 'open'; table: Table } | { kind: 'row'; table: Table };

/** Column widths (twips) of each table; they add up to the text width of the page. */
export const WIDTHS = {
  identity: [560, 1500, 2759, 560, 1500, 2759],
  quantitative: [560, 1980, 1980, 1000, 2518, 1600],
  qualitative: [560, 3000, 6078],
  behaviour: [560, 5539, 3539],
  attachment: [560, 9078],
  ikiInfo: [560, 2200, 11810],
  iki: [560, 2300, 2300, 1150, 1100, 3560, 2000, 1600],
} as const;

function header(widths: readonly number[], labels: readonly string[]): TableRow {
  return headerRow(labels.map((l, i) => cell(widths[i]!, [p(l, { bold: true, align: AlignmentType.CENTER })], { shade: true, center: true })));
}

function numbering(widths: readonly number[]): TableRow {
  return headerRow(widths.map((w, i) => cell(w, [p(`(${i + 1})`, { size: SMALL, align: AlignmentType.CENTER })], { shade: true })));
}

function band(widths: readonly number[], label: string): TableRow {
  return headerRow([cell(sum(widths), [p(label, { bold: true })], { span: widths.length, shade: true })]);
}

/** Fragments shared by SKP and IKI: paragraphs, signature block, page break. */
function commonFragments(kind: FormKind): Record<string, Authored> {
  const half = CONTENT_WIDTH[kind] / 2;
  const sw = [half, half];
  // The period line is the longer one and reads badly when wrapped; a long instansi name wraps instead.
  const ow = kind === 'skp' ? [3238, 6400] : [7285, 7285];
  const side = (prefix: string) =>
    cell(sw[0]!, [
      p(slot(`${prefix}Head`), { align: AlignmentType.CENTER }),
      p(slot(`${prefix}Role`), { align: AlignmentType.CENTER }),
      p(''),
      p(''),
      p(''),
      p(''),
      p(slot(`${prefix}Name`), { bold: true, align: AlignmentType.CENTER }),
      p(slot(`${prefix}Nip`), { align: AlignmentType.CENTER }),
    ]);
  return {
    title: { kind: 'blocks', children: [p(slot('text'), { bold: true, size: 24, align: AlignmentType.CENTER })] },
    para: { kind: 'blocks', children: [p(slot('text'))] },
    paraBold: { kind: 'blocks', children: [p(slot('text'), { bold: true })] },
    paraItalic: { kind: 'blocks', children: [p(slot('text'), { italics: true })] },
    bullet: {
      kind: 'blocks',
      children: [new Paragraph({ spacing: { after: 0 }, indent: { left: 284, hanging: 284 }, children: [new TextRun({ children: ['•', new Tab(), slot('text')] })] })],
    },
    footnote: { kind: 'blocks', children: [p(slot('text'), { italics: true, size: SMALL, spacingAfter: 120 })] },
    spacer: { kind: 'blocks', children: [p('')] },
    pageTitle: { kind: 'blocks', children: [p(slot('text'), { bold: true, size: 24, align: AlignmentType.CENTER, pageBreakBefore: true })] },
    orgPeriod: {
      kind: 'blocks',
      children: [
        table(ow, [new TableRow({ children: [cell(ow[0]!, [p(slot('organization'), { bold: true })]), cell(ow[1]!, [p(slot('period'), { bold: true, align: AlignmentType.RIGHT })])] })], true),
        p(''),
      ],
    },
    signature: { kind: 'blocks', children: [p(''), table(sw, [new TableRow({ cantSplit: true, children: [side('left'), side('right')] })], true)] },
  };
}

function skpFragments(t: FormTemplate): Record<string, Authored> {
  const s = t.skp;
  const id = WIDTHS.identity;
  const q = WIDTHS.quantitative;
  const ql = WIDTHS.qualitative;
  const bw = WIDTHS.behaviour;
  const aw = WIDTHS.attachment;
  const c = s.results.columns;
  const quantRows = [
    ...(s.results.band ? [band(q, s.results.band)] : []),
    header(q, [c.no, c.intervened, c.rhk, c.aspect, c.indicator, c.target]),
    numbering(q),
    cutRow(),
  ];
  const qualRows = [...(s.results.band ? [band(ql, s.results.band)] : []), header(ql, [c.no, c.intervened, c.rhk]), numbering(ql), cutRow()];
  const out: Record<string, Authored> = {
    ...commonFragments('skp'),
    identityOpen: {
      kind: 'open',
      table: table(id, [
        headerRow([
          cell(id[0]!, [p(s.identity.no, { bold: true, align: AlignmentType.CENTER })], { shade: true }),
          cell(sum(id, 1, 3), [p(s.identity.employee, { bold: true })], { span: 2, shade: true }),
          cell(id[3]!, [p(s.identity.no, { bold: true, align: AlignmentType.CENTER })], { shade: true }),
          cell(sum(id, 4, 6), [p(s.identity.appraiser, { bold: true })], { span: 2, shade: true }),
        ]),
        cutRow(),
      ]),
    },
    identityRow: {
      kind: 'row',
      table: table(id, [
        new TableRow({
          cantSplit: true,
          children: [
            cell(id[0]!, [p(slot('no'), { align: AlignmentType.CENTER })]),
            cell(id[1]!, [p(slot('label'))]),
            cell(id[2]!, [p(slot('employee'))]),
            cell(id[3]!, [p(slot('no'), { align: AlignmentType.CENTER })]),
            cell(id[4]!, [p(slot('label'))]),
            cell(id[5]!, [p(slot('appraiser'))]),
          ],
        }),
      ]),
    },
    quantOpen: { kind: 'open', table: table(q, quantRows) },
    quantSection: { kind: 'row', table: table(q, [new TableRow({ cantSplit: true, children: [cell(sum(q), [p(slot('label'), { bold: true })], { span: q.length })] })]) },
    quantFirst: {
      kind: 'row',
      table: table(q, [
        new TableRow({
          children: [
            cell(q[0]!, [p(slot('no'), { align: AlignmentType.CENTER })], { merge: 'restart' }),
            cell(q[1]!, [blocks('intervened')], { merge: 'restart' }),
            cell(q[2]!, [p(slot('rhk'))], { merge: 'restart' }),
            cell(q[3]!, [p(slot('aspect'))]),
            cell(q[4]!, [p(slot('indicator'))]),
            cell(q[5]!, [p(slot('target'))]),
          ],
        }),
      ]),
    },
    quantNext: {
      kind: 'row',
      table: table(q, [
        new TableRow({
          children: [
            cell(q[0]!, [p('')], { merge: 'continue' }),
            cell(q[1]!, [p('')], { merge: 'continue' }),
            cell(q[2]!, [p('')], { merge: 'continue' }),
            cell(q[3]!, [p(slot('aspect'))]),
            cell(q[4]!, [p(slot('indicator'))]),
            cell(q[5]!, [p(slot('target'))]),
          ],
        }),
      ]),
    },
    qualOpen: { kind: 'open', table: table(ql, qualRows) },
    qualSection: { kind: 'row', table: table(ql, [new TableRow({ cantSplit: true, children: [cell(sum(ql), [p(slot('label'), { bold: true })], { span: ql.length })] })]) },
    qualRow: {
      kind: 'row',
      table: table(ql, [
        new TableRow({
          children: [
            cell(ql[0]!, [p(slot('no'), { align: AlignmentType.CENTER })]),
            cell(ql[1]!, [blocks('intervened')]),
            cell(ql[2]!, [blocks('body')]),
          ],
        }),
      ]),
    },
    attachmentOpen: { kind: 'open', table: table(aw, [cutRow()]) },
    attachmentBand: { kind: 'row', table: table(aw, [new TableRow({ cantSplit: true, children: [cell(sum(aw), [p(slot('label'), { bold: true })], { span: 2, shade: true })] })]) },
    attachmentItem: {
      kind: 'row',
      table: table(aw, [new TableRow({ cantSplit: true, children: [cell(aw[0]!, [p(slot('no'), { align: AlignmentType.CENTER })]), cell(aw[1]!, [p(slot('text'))])] })]),
    },
  };
  if (s.behaviour) {
    const b = s.behaviour;
    out.behaviourOpen = {
      kind: 'open',
      table: table(bw, [band(bw, b.band), header(bw, [b.columns.no, b.columns.behaviour, b.columns.expectation]), cutRow()]),
    };
    out.behaviourRow = {
      kind: 'row',
      table: table(bw, [
        new TableRow({
          cantSplit: true,
          children: [cell(bw[0]!, [p(slot('no'), { align: AlignmentType.CENTER })]), cell(bw[1]!, [blocks('behaviour')]), cell(bw[2]!, [blocks('expectation')])],
        }),
      ]),
    };
  }
  return out;
}

function ikiFragments(t: FormTemplate): Record<string, Authored> {
  const w = WIDTHS.iki;
  const iw = WIDTHS.ikiInfo;
  const c = t.iki.columns;
  const first = (merge: 'restart' | 'continue') =>
    new TableRow({
      children: [
        cell(w[0]!, [p(merge === 'restart' ? slot('no') : '', { align: AlignmentType.CENTER })], { merge }),
        cell(w[1]!, [p(merge === 'restart' ? slot('rhk') : '')], { merge }),
        cell(w[2]!, [p(slot('indicator'))]),
        cell(w[3]!, [p(slot('target'))]),
        cell(w[4]!, [p(slot('unit'))]),
        cell(w[5]!, [p(slot('formula'))]),
        cell(w[6]!, [p(slot('source'))]),
        cell(w[7]!, [p(slot('period'))]),
      ],
    });
  return {
    ...commonFragments('iki'),
    infoOpen: { kind: 'open', table: table(iw, [cutRow()], true) },
    infoRow: {
      kind: 'row',
      table: table(iw, [new TableRow({ children: [cell(iw[0]!, [p(slot('no'))]), cell(iw[1]!, [p(slot('label'))]), cell(iw[2]!, [p(`: ${slot('value')}`)])] })], true),
    },
    ikiOpen: {
      kind: 'open',
      table: table(w, [header(w, [c.no, c.rhk, c.indicator, c.target, c.unit, c.formula, c.source, c.period]), numbering(w), cutRow()]),
    },
    ikiFirst: { kind: 'row', table: table(w, [first('restart')]) },
    ikiNext: { kind: 'row', table: table(w, [first('continue')]) },
  };
}

const MARK = (name: string) => `⟦F:${name}⟧`;

function authorDocument(kind: FormKind, t: FormTemplate, fragments: Record<string, Authored>): Document {
  const children: (Paragraph | Table)[] = [];
  for (const [name, f] of Object.entries(fragments)) {
    children.push(p(MARK(name)));
    if (f.kind === 'blocks') children.push(...f.children);
    else children.push(f.table);
  }
  children.push(p(MARK('end')));
  const [pageLabel, ofLabel] = t.common.page;
  return new Document({
    creator: 'okr2skp',
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { after: 0, line: 252 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: kind === 'iki' ? { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE } : { width: A4.width, height: A4.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 567, header: 567 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              blocks('note'),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: SMALL, children: [pageLabel, PageNumber.CURRENT, ofLabel, PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** Cuts the packed document into stamps at the marker paragraphs. */
function cut(xml: string, names: readonly string[], fragments: Record<string, Authored>) {
  const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sectStart = xml.lastIndexOf('<w:sectPr');
  const markerParagraph = (name: string, from: number) => {
    const at = xml.indexOf(MARK(name), from);
    if (at < 0) throw new Error(`prototype marker ${name} not found`);
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    return { start, end };
  };
  const stamps: Record<string, Stamp> = {};
  let cursor = markerParagraph(names[0]!, bodyStart);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const next = markerParagraph(i + 1 < names.length ? names[i + 1]! : 'end', cursor.end);
    let piece = xml.slice(cursor.end, next.start);
    const f = fragments[name]!;
    if (f.kind === 'open') {
      const cutAt = piece.indexOf(CUT);
      piece = piece.slice(0, piece.lastIndexOf('<w:tr', cutAt));
    } else if (f.kind === 'row') {
      piece = piece.slice(piece.indexOf('<w:tr'), piece.lastIndexOf('</w:tr>') + '</w:tr>'.length);
    }
    stamps[name] = compileStamp(piece);
    cursor = next;
  }
  return { head: xml.slice(0, bodyStart), tail: xml.slice(sectStart), stamps };
}

const DYNAMIC_PARTS = new Set(['word/document.xml', 'docProps/core.xml']);

export async function buildPrototype(kind: FormKind, template: FormTemplate): Promise<Prototype> {
  const fragments = kind === 'skp' ? skpFragments(template) : ikiFragments(template);
  const packed = await Packer.pack(authorDocument(kind, template, fragments), 'uint8array');
  const parts = readZip(packed);
  const documentXml = parts.get('word/document.xml')!.toString('utf8');
  const { head, tail, stamps } = cut(documentXml, Object.keys(fragments), fragments);
  const footerPath = [...parts.keys()].find((k) => /^word\/footer\d*\.xml$/.test(k));
  if (!footerPath) throw new Error('prototype has no footer part');
  const fixedParts = new Map<string, PreparedEntry>();
  for (const [path, data] of parts) if (!DYNAMIC_PARTS.has(path) && path !== footerPath) fixedParts.set(path, prepareEntry({ path, data }, 9));
  const partOrder = ['[Content_Types].xml', ...[...parts.keys()].filter((k) => k !== '[Content_Types].xml')];
  return {
    fixedParts,
    partOrder,
    documentHead: head,
    documentTail: tail,
    footerPath,
    footer: compileStamp(parts.get(footerPath)!.toString('utf8')),
    stamps,
  };
}
