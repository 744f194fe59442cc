/**
 * Reading zip containers by hand: the central directory (with zip64), and one entry's bytes inflated under an
 * output limit. Used to vet workbooks before exceljs sees them (io/zip-guard.ts) and to take apart the document
 * prototypes that docx packs (render/docx/prototype.ts). Nothing here inflates more than an entry declares.
 */
import { inflateRawSync } from 'node:zlib';

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why a container cannot be read: damaged, or over one of the caller's limits. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'too-many-entries' | 'too-large' | 'encrypted',
    reason: string,
  ) {
    super(reason);
    this.name = 'ZipError';
  }
}

export function isCfb(data: Buffer): boolean {
  return data.length >= 8 && data.readUInt32BE(0) === 0xd0cf11e0 && data.readUInt32BE(4) === 0xa1b11ae1;
}

export function isZip(data: Buffer): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b;
}

export interface ZipLimits {
  /** Most entries the directory may list. */
  readonly maxEntries?: number;
  /** Most bytes all entries may declare, summed while reading, so a directory claiming terabytes stops early. */
  readonly maxTotal?: number;
}

/** The entries of the central directory, checked against `limits` as they are read. */
export function zipDirectory(data: Buffer, limits: ZipLimits = {}): ZipEntry[] {
  const corrupt = (reason: string) => new ZipError('corrupt', reason);
  const eocd = findEocd(data);
  if (eocd < 0) throw corrupt('end of central directory not found');
  let entryCount = data.readUInt16LE(eocd + 10);
  let cdSize = data.readUInt32LE(eocd + 12);
  let cdOffset = data.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const zip64 = readZip64Eocd(data, eocd);
    if (!zip64) throw corrupt('zip64 end of central directory not found');
    ({ entryCount, cdSize, cdOffset } = zip64);
  }
  if (entryCount > (limits.maxEntries ?? Infinity)) throw new ZipError('too-many-entries', String(entryCount));
  if (cdOffset + cdSize > data.length) throw corrupt('central directory lies beyond the end of the file');
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < entryCount; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== SIG_CENTRAL) throw corrupt('central directory entry damaged');
    const flags = data.readUInt16LE(p + 8);
    const method = data.readUInt16LE(p + 10);
    let compressedSize = data.readUInt32LE(p + 20);
    let uncompressedSize = data.readUInt32LE(p + 24);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    let localHeaderOffset = data.readUInt32LE(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > data.length) throw corrupt('central directory entry damaged');
    const name = data.toString('utf8', p + 46, p + 46 + nameLength);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const wide = zip64Extra(data.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), {
        uncompressed: uncompressedSize === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      if (!wide) throw corrupt(`zip64 sizes of ${name} missing`);
      uncompressedSize = wide.uncompressed ?? uncompressedSize;
      compressedSize = wide.compressed ?? compressedSize;
      localHeaderOffset = wide.offset ?? localHeaderOffset;
    }
    total += uncompressedSize;
    // Checked while summing, so a directory claiming terabytes is refused without reading further.
    if (total > (limits.maxTotal ?? Infinity)) throw new ZipError('too-large', String(total));
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p = end;
  }

  return entries;
}

/** Inflates one entry with its declared size as the output limit, so the declaration cannot be a lie. */
export function inflateEntry(data: Buffer, entry: ZipEntry): Buffer {
  const corrupt = (reason: string) => new ZipError('corrupt', `${entry.name}: ${reason}`);
  if (entry.flags & 0x1) throw new ZipError('encrypted', entry.name);
  if (entry.name.endsWith('/') && entry.uncompressedSize === 0) return Buffer.alloc(0);
  const h = entry.localHeaderOffset;
  if (h + 30 > data.length || data.readUInt32LE(h) !== SIG_LOCAL) throw corrupt('local header damaged');
  const start = h + 30 + data.readUInt16LE(h + 26) + data.readUInt16LE(h + 28);
  const stop = start + entry.compressedSize;
  if (stop > data.length) throw corrupt('data cut off');
  const body = data.subarray(start, stop);
  let out: Buffer;
  if (entry.method === STORED) {
    out = body;
  } else if (entry.method === DEFLATED) {
    try {
      // One spare byte, so an entry that inflates to more than it declared shows itself without inflating on.
      out = inflateRawSync(body, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw corrupt('unpacks to more than it declares');
      throw corrupt('compressed data damaged');
    }
  } else {
    throw corrupt(`unsupported compression method ${entry.method}`);
  }
  if (out.length !== entry.uncompressedSize) throw corrupt('size does not match the directory');
  return out;
}

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KiB. */
function findEocd(data: Buffer): number {
  const lowest = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = data.length - EOCD_SIZE; i >= lowest; i--) {
    if (data.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + data.readUInt16LE(i + 20) <= data.length) return i;
  }
  return -1;
}

function readZip64Eocd(data: Buffer, eocd: number): { entryCount: number; cdSize: number; cdOffset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || data.readUInt32LE(locator) !== SIG_ZIP64_LOCATOR) return undefined;
  const at = safeNumber(data.readBigUInt64LE(locator + 8));
  if (at + 56 > data.length || data.readUInt32LE(at) !== SIG_ZIP64_EOCD) return undefined;
  const entryCount = safeNumber(data.readBigUInt64LE(at + 32));
  const cdSize = safeNumber(data.readBigUInt64LE(at + 40));
  const cdOffset = safeNumber(data.readBigUInt64LE(at + 48));
  return { entryCount, cdSize, cdOffset };
}

/** The zip64 extra field holds, in this order, only the sizes whose 32-bit fields were saturated. */
function zip64Extra(
  extra: Buffer,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } | undefined {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const size = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      let r = q + 4;
      const next = (): number | undefined => {
        if (r + 8 > q + 4 + size || r + 8 > extra.length) return undefined;
        r += 8;
        return safeNumber(extra.readBigUInt64LE(r - 8));
      };
      if (wanted.uncompressed && (out.uncompressed = next()) === undefined) return undefined;
      if (wanted.compressed && (out.compressed = next()) === undefined) return undefined;
      if (wanted.offset && (out.offset = next()) === undefined) return undefined;
      return out;
    }
    q += 4 + size;
  }
  return undefined;
}

/** Sizes above 2^53 cannot be honest for a file held in memory; capping keeps them "too large", not wrapped. */
function safeNumber(v: bigint): number {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : Number.MAX_SAFE_INTEGER;
}
