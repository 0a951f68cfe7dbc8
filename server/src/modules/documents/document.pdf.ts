import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** A generated document: a title, then headed rows of label and value, then paragraphs. */
export interface PdfContent {
  title: string;
  subtitle?: string;
  rows?: Array<[label: string, value: string]>;
  paragraphs?: string[];
  /** Set as the PDF's creation date (the service's clock, so a document is reproducible). */
  date: Date;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BLACK = rgb(0.04, 0.05, 0.05);

/** The standard fonts encode WinAnsi only: anything else (names in other scripts) is shown as '?'. */
const printable = (text: string): string => text.replace(/[^\x20-\x7e\xa0-\xff‘’“”–—£€•]/g, '?');

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Renders a short, accessible-by-structure PDF (title and metadata set, text not images). */
export async function renderPdf(content: PdfContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(printable(content.title));
  pdf.setAuthor('Digital Marketplace');
  pdf.setCreator('Digital Marketplace');
  pdf.setLanguage('en-GB');
  pdf.setCreationDate(content.date);
  pdf.setModificationDate(content.date);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = A4[0] - 2 * MARGIN;
  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const write = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const line of wrap(text, font, size, width)) {
      if (y - size < MARGIN) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      y -= size;
      page.drawText(line, { x: MARGIN, y, size, font, color: BLACK });
      y -= gap;
    }
  };
  write(content.title, bold, 20, 8);
  if (content.subtitle) write(content.subtitle, regular, 13, 12);
  y -= 8;
  for (const [label, value] of content.rows ?? []) {
    write(label, bold, 11, 2);
    write(value || '—', regular, 11, 10);
  }
  for (const paragraph of content.paragraphs ?? []) {
    y -= 4;
    write(paragraph, regular, 11, 6);
  }
  return pdf.save({ useObjectStreams: false });
}
