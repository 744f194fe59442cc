import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/io/load.js';
import { OkrError, type OkrErrorCode } from '../../src/errors.js';
import { MAX_ZIP_ENTRIES } from '../../src/io/zip-guard.js';
import { workbookBuffer } from '../helpers/workbook.js';

interface ZipPart {
  readonly name: string;
  readonly data: Buffer;
  readonly deflate?: boolean;
  /** What the directory claims the entry unpacks to, when it should lie. */
  readonly declaredSize?: number;
}

/** A minimal zip writer, so tests can state sizes and counts that no honest zip library would write. */
function zip(parts: readonly ZipPart[], forcedEntryCount?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const body = part.deflate ? deflateRawSync(part.data) : part.data;
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(forcedEntryCount ?? parts.length, 0xfffe), 8);
  end.writeUInt16LE(Math.min(forcedEntryCount ?? parts.length, 0xfffe), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORKBOOK_XML = Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'okr2skp-corrupt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, data: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

async function rejection(path: string): Promise<OkrError> {
  const error = await readDocument(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OkrError);
  return error as OkrError;
}

async function expectCode(path: string, code: OkrErrorCode): Promise<OkrError> {
  const error = await rejection(path);
  expect(error.code).toBe(code);
  expect(error.data.file).toBe(path);
  return error;
}

describe('unreadable workbooks fail with an operational error naming the file', () => {
  it('random bytes named .xlsx', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0, x = 7; i < bytes.length; i++) bytes[i] = x = (x * 73 + 41) & 0xff;
    await expectCode(await file('random.xlsx', bytes), 'not-a-workbook');
  });

  it('a truncated workbook (its first half)', async () => {
    const whole = await workbookBuffer([{ name: 'Pegawai', rows: [['NIP', 'Nama'], ['198503152010121002', 'Andi']] }]);
    const error = await expectCode(await file('truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2))), 'workbook-corrupt');
    expect(String(error.data.reason)).not.toBe('');
  });

  it('an empty file', async () => {
    await expectCode(await file('empty.xlsx', Buffer.alloc(0)), 'file-empty');
  });

  it('a directory', async () => {
    const path = join(dir, 'folder.xlsx');
    await mkdir(path);
    await expectCode(path, 'file-is-directory');
  });

  it('a missing file', async () => {
    await expectCode(join(dir, 'nowhere', 'plan.xlsx'), 'file-missing');
  });

  it('an encrypted workbook or legacy .xls (CFB signature)', async () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048, 0)]);
    await expectCode(await file('protected.xlsx', cfb), 'workbook-encrypted');
    await expectCode(await file('legacy.xls', cfb), 'workbook-encrypted');
  });

  it('a zip whose directory claims more than 200 MB uncompressed, refused before inflating anything', async () => {
    const bomb = zip([
      { name: 'xl/workbook.xml', data: WORKBOOK_XML },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('x'), declaredSize: 150 * 1024 * 1024 },
      { name: 'xl/worksheets/sheet2.xml', data: Buffer.from('y'), declaredSize: 100 * 1024 * 1024 },
    ]);
    expect(bomb.length).toBeLessThan(1024);
    const error = await expectCode(await file('bomb.xlsx', bomb), 'workbook-too-large');
    expect(error.data.limit).toBe('200 MB');
  });

  it('a zip whose entry unpacks to more than it declares', async () => {
    const liar = zip([
      { name: 'xl/workbook.xml', data: WORKBOOK_XML },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5 * 1024 * 1024, 0x41), deflate: true, declaredSize: 1000 },
    ]);
    const error = await expectCode(await file('liar.xlsx', liar), 'workbook-corrupt');
    expect(error.data.reason).toContain('xl/worksheets/sheet1.xml');
  });

  it('a zip with more entries than any workbook has', async () => {
    await expectCode(await file('many.xlsx', zip([{ name: 'xl/workbook.xml', data: WORKBOOK_XML }], MAX_ZIP_ENTRIES + 1)), 'workbook-too-large');
  });

  it('a zip that is not a workbook', async () => {
    const other = zip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>'), deflate: true }]);
    await expectCode(await file('letter.xlsx', other), 'not-a-workbook');
    await expectCode(await file('renamed.yaml', other), 'not-a-workbook');
  });

  it('a zip with a workbook part exceljs cannot parse', async () => {
    const broken = zip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types'), deflate: true },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId9"/></sheets>'), deflate: true },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('\u0000\u0001 not xml <<<'), deflate: true },
    ]);
    const error = await expectCode(await file('broken.xlsx', broken), 'workbook-corrupt');
    // The user sees what is wrong with the file, not a JavaScript internals message.
    expect(error.data.reason).toBe('workbook content cannot be read');
  });

  it('a valid workbook still opens after all these checks', async () => {
    const good = await workbookBuffer([{ name: 'Pegawai', rows: [['NIP', 'Nama'], ['198503152010121002', 'Andi']] }]);
    const doc = await readDocument(await file('good.xlsx', good));
    expect(doc.kind).toBe('xlsx');
    expect(doc.tables.employees).toHaveLength(1);
  });
});
