/**
 * File names built from what people typed (names, unit codes) must be safe on every file system a ministry uses:
 * no separators or `..`, no control or reserved characters, no Windows device names, bounded length. Whatever the
 * input, the result stays inside the output directory.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bytes per path segment; common file systems allow 255, and the rest of the name needs room. */
export const MAX_SEGMENT_BYTES = 120;

/** One path segment: letters (any script), digits, space, `.`, `,`, `-`, `_`; everything else becomes `_`. */
export function safeSegment(text: string, maxBytes = MAX_SEGMENT_BYTES): string {
  let s = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} .,\-_]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/_+/g, '_')
    .trim()
    .replace(/^[.\s_]+|[.\s_]+$/g, '');
  s = truncateBytes(s, maxBytes).replace(/[.\s]+$/g, '');
  if (s === '') return '_';
  if (WINDOWS_DEVICES.test(s)) return `_${s}`;
  return s;
}

function truncateBytes(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s, 'utf8') <= maxBytes) return s;
  let out = '';
  for (const ch of s) {
    if (Buffer.byteLength(out + ch, 'utf8') > maxBytes) break;
    out += ch;
  }
  return out;
}

/** `<NIP>_<name>`: the NIP keeps it unique, the name makes it readable. */
export function documentBase(nip: string, name: string): string {
  return safeSegment(`${safeSegment(nip, 40)}_${safeSegment(name, 80)}`);
}

/** The absolute path of `parts` under `root`, refusing anything that would land outside it. */
export function insideRoot(root: string, ...parts: string[]): string {
  const base = resolve(root);
  const target = resolve(base, ...parts);
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    throw new Error(`refusing to write outside ${base}: ${parts.join('/')}`);
  }
  return target;
}
