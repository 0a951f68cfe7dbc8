import PDFDocument from 'pdfkit';

/** A generated document: a title, then headed rows of label and value, then paragraphs. */
export interface PdfContent {
  title: string;
  subtitle?: string;
  rows?: Array<[label: string, value: string]>;
  paragraphs?: string[];
  /** Set as the PDF's creation date (the service's clock, so that the same content gives the same file). */
  date: Date;
}

/** The standard fonts encode WinAnsi only: anything else (names in other scripts) is shown as '?'. */
const printable = (text: string): string => text.replace(/[^\x20-\x7e\xa0-\xff‘’“”–—£€•\n]/g, '?');

/**
 * Renders a short PDF with PDFKit: A4, tagged (headings and paragraphs in a structure tree, the
 * language and title set, the title shown in the viewer), so that screen readers can follow it.
 */
export async function renderPdf(content: PdfContent): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: printable(content.title), Author: 'Digital Marketplace', Creator: 'Digital Marketplace', CreationDate: content.date, ModDate: content.date },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const body = doc.struct('Document');
  doc.addStructure(body);
  const block = (tag: string, font: string, size: number, text: string, gap: number) =>
    body.add(
      doc.struct(tag, {}, () => {
        doc.font(font).fontSize(size).text(printable(text), { paragraphGap: gap });
      }),
    );
  block('H1', 'Helvetica-Bold', 20, content.title, 6);
  if (content.subtitle) block('P', 'Helvetica', 13, content.subtitle, 12);
  for (const [label, value] of content.rows ?? []) {
    block('H2', 'Helvetica-Bold', 11, label, 2);
    block('P', 'Helvetica', 11, value || '—', 8);
  }
  for (const paragraph of content.paragraphs ?? []) block('P', 'Helvetica', 11, paragraph, 8);
  body.end();
  doc.end();
  return done;
}
