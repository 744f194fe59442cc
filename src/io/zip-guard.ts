/**
 * Checks a workbook's zip container before any library touches it. exceljs (through JSZip) inflates every entry
 * in full and only then compares the size with what the archive declared, so a zip bomb would already have cost
 * its memory. Here the central directory is parsed by hand, the declared sizes are summed against a cap, and each
 * entry is then inflated with an output limit of its declared size: an entry that lies about its size is refused
 * after producing at most that many bytes. Only what survives this reaches exceljs.
 */
import { OkrError } from '../errors.js';
import { inflateEntry, isCfb, isZip, zipDirectory, ZipError, type ZipEntry } from '../util/zip.js';

export { isCfb, isZip, type ZipEntry } from '../util/zip.js';

/** The sum of uncompressed entry sizes a workbook may unpack to; real OKR workbooks are a few megabytes. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** A workbook has a few dozen parts; thousands are only seen in crafted archives. */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * Throws the OkrError that says why `data` cannot be a workbook we will open, or returns its entries. `file` is
 * only used to name the file in the error.
 */
export function guardWorkbookZip(file: string, data: Buffer): ZipEntry[] {
  if (isCfb(data)) throw new OkrError('workbook-encrypted', { file });
  if (!isZip(data)) throw new OkrError('not-a-workbook', { file });
  try {
    const entries = zipDirectory(data, { maxEntries: MAX_ZIP_ENTRIES, maxTotal: MAX_UNCOMPRESSED_BYTES });
    if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new OkrError('not-a-workbook', { file });
    for (const entry of entries) inflateEntry(data, entry);
    return entries;
  } catch (e) {
    if (!(e instanceof ZipError)) throw e;
    switch (e.kind) {
      case 'encrypted':
        throw new OkrError('workbook-encrypted', { file });
      case 'too-many-entries':
        throw new OkrError('workbook-too-large', { file, limit: `${MAX_ZIP_ENTRIES} entries` });
      case 'too-large':
        throw new OkrError('workbook-too-large', { file, limit: `${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB` });
      default:
        throw new OkrError('workbook-corrupt', { file, reason: e.message });
    }
  }
}
