/**
 * A minimal ZIP writer and reader for OOXML packages. docx's own zipping stamps the wall clock into every entry,
 * which makes two runs differ; writing the container here lets every entry carry one fixed DOS timestamp, and
 * node's zlib does the deflating (the cheap part of a document).
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { inflateEntry, zipDirectory } from '../../util/zip.js';

export interface ZipEntry {
  readonly path: string;
  readonly data: Uint8Array;
}

/** An entry compressed ahead of time: parts shared by every document are deflated once per run, not per file. */
export interface PreparedEntry {
  readonly path: string;
  readonly crc: number;
  readonly size: number;
  readonly method: 0 | 8;
  readonly body: Buffer;
}

export function prepareEntry(entry: ZipEntry, level = 6): PreparedEntry {
  const packed = deflateRawSync(entry.data, { level });
  const stored = packed.length >= entry.data.length;
  return { path: entry.path, crc: crc32(entry.data), size: entry.data.length, method: stored ? 0 : 8, body: stored ? Buffer.from(entry.data) : packed };
}

/** MS-DOS date/time of a moment, read in UTC so the bytes do not depend on the machine's time zone. */
function dosDateTime(when: Date): { date: number; time: number } {
  const year = Math.min(Math.max(when.getUTCFullYear(), 1980), 2107);
  const date = ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2);
  return { date, time };
}

/** Entries are written in the order given; `[Content_Types].xml` should come first for strict readers. */
export function writeZip(entries: readonly (ZipEntry | PreparedEntry)[], modified: Date, level = 3): Buffer {
  const { date, time } = dosDateTime(modified);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const given of entries) {
    const entry = 'body' in given ? given : prepareEntry(given, level);
    const name = Buffer.from(entry.path, 'utf8');
    const { body, crc } = entry;
    const stored = entry.method === 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, body);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(stored ? 0 : 8, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(date, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(entry.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/**
 * Reads the entries of a ZIP through its central directory. Only used on packages this program made (docx's
 * prototype, our own output in tests), so it supports stored and deflated entries and nothing more.
 */
export function readZip(zip: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  return new Map(zipDirectory(buf).map((entry) => [entry.name, inflateEntry(buf, entry)]));
}
