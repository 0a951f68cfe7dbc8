import { execFileSync } from 'node:child_process';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += c;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** An ODS file opened as a spreadsheet program would: it is a zip; its mimetype and content.xml, read with `unzip`. */
export function readOds(file: string): { mimetype: string; contentXml: string } {
  return {
    mimetype: execFileSync('unzip', ['-p', file, 'mimetype']).toString(),
    contentXml: execFileSync('unzip', ['-p', file, 'content.xml']).toString(),
  };
}

/** The text of each cell of each row of an ODS file's content.xml (repeated cells expanded, at most 50). */
export function odsRows(contentXml: string): string[][] {
  const unescape = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...contentXml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) =>
    [...row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].flatMap(([, attrs, inner]) => {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs!)?.[1] ?? 1);
      const text = [...(inner ?? '').matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map(([, p]) => unescape(p!)).join('\n');
      return Array.from({ length: Math.min(repeat, 50) }, () => text);
    }),
  );
}
