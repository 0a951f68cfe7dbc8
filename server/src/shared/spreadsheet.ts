import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Downloads as CSV and OpenDocument spreadsheets (ODS, the GOV.UK open standard), written here so
 * the API needs no office library. Cells are text; a cell that a spreadsheet would read as a
 * formula (= + - @) is prefixed with an apostrophe (CSV injection).
 */
export type Sheet = string[][];

const safe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

export function toCsv(rows: Sheet): string {
  const quote = (cell: string) => {
    const v = safe(cell);
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return `${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function contentXml(name: string, rows: Sheet): string {
  const body = rows
    .map(
      (row) =>
        `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string"><text:p>${xml(safe(cell))}</text:p></table:table-cell>`).join('')}</table:table-row>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
    `<office:body><office:spreadsheet><table:table table:name="${xml(name)}">${body}</table:table></office:spreadsheet></office:body></office:document-content>`
  );
}

const MANIFEST =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
  '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '</manifest:manifest>';

interface ZipEntry {
  name: string;
  data: Buffer;
  store?: boolean;
}

function header(signature: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  b.writeUInt32LE(signature, 0);
  return b;
}

/** A minimal zip (the ODS container): `mimetype` first and stored, the rest deflated; UTF-8 names. */
function zip(files: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const body = f.store ? f.data : deflateRawSync(f.data);
    const crc = crc32(f.data) >>> 0;
    const method = f.store ? 0 : 8;
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = header(0x02014b50, 46);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(f.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = header(0x06054b50, 22);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

export function toOds(sheetName: string, rows: Sheet): Buffer {
  return zip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), store: true },
    { name: 'META-INF/manifest.xml', data: Buffer.from(MANIFEST) },
    { name: 'content.xml', data: Buffer.from(contentXml(sheetName, rows)) },
  ]);
}
