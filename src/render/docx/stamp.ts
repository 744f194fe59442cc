/**
 * Stamps: pieces of WordprocessingML authored once with docx, with named slots, filled per employee by string
 * concatenation. `{{name}}` inside a text run is a text slot (the value is escaped); a paragraph holding only
 * `{{@name}}` is a block slot, replaced whole by ready-made XML (rows, paragraphs, bullet lists).
 */

export type StampPart = string | { readonly slot: string; readonly kind: 'text' | 'blocks' };
export type Stamp = readonly StampPart[];
export type StampValues = Readonly<Record<string, string>>;

// A paragraph (`<w:p>` or `<w:p …>`, never `<w:pPr>`) whose text is a block slot, or a text slot anywhere.
const SLOT = /<w:p\b(?:(?!<w:p\b)[\s\S])*?\{\{@([\w-]+)\}\}[\s\S]*?<\/w:p>|\{\{([\w-]+)\}\}/g;

export function compileStamp(xml: string): Stamp {
  const parts: StampPart[] = [];
  let last = 0;
  for (const m of xml.matchAll(SLOT)) {
    if (m.index > last) parts.push(xml.slice(last, m.index));
    parts.push(m[1] !== undefined ? { slot: m[1], kind: 'blocks' } : { slot: m[2]!, kind: 'text' });
    last = m.index + m[0].length;
  }
  if (last < xml.length) parts.push(xml.slice(last));
  return parts;
}

export function slotsOf(stamp: Stamp): string[] {
  return stamp.filter((p): p is Exclude<StampPart, string> => typeof p !== 'string').map((p) => p.slot);
}

/** Fills a stamp. A missing value is a programming error: failing loudly beats printing "{{name}}" on a form. */
export function fill(stamp: Stamp, values: StampValues): string {
  let out = '';
  for (const part of stamp) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = values[part.slot];
    if (value === undefined) throw new Error(`stamp slot ${part.slot} has no value`);
    out += part.kind === 'text' ? runText(value) : value;
  }
  return out;
}

// Characters XML 1.0 forbids; a hostile or pasted cell may hold them and Word refuses the whole file.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text inside `<w:t xml:space="preserve">`: line breaks become `<w:br/>`, tabs spaces. */
function runText(value: string): string {
  const escaped = escapeXml(value.replace(/\r\n?/g, '\n').replace(/\t/g, ' '));
  return escaped.includes('\n') ? escaped.split('\n').join('</w:t><w:br/><w:t xml:space="preserve">') : escaped;
}
