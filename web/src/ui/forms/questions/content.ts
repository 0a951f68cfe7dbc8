import { escapeHtml } from '../../govuk/props';
import { fillTemplate, type TemplateValues } from './template';

/**
 * The content's text as HTML. Questions, hints and advice are the framework content's own trusted
 * text: Markdown-like (paragraphs, "- " or "* " lists, "## " headings, [links](…)), sometimes HTML
 * already, with templates (a brief's values, a dynamic list's item) and references to other
 * questions by number (`[[conspiracy]]` in a declaration).
 */
export interface ContentValues {
  /** The values templates read (`brief`, `item`, `lot`…). */
  values?: TemplateValues;
  /** Question numbers, for `[[questionId]]`. */
  numbers?: ReadonlyMap<string, number>;
}

/** A block of rendered content: a paragraph's inline HTML, or a whole block (list, heading, HTML). */
type Block = { kind: 'p'; html: string } | { kind: 'block'; html: string };

const BLOCK_HTML = /^\s*<(p|ul|ol|div|h[1-6]|table|details)[\s>]/i;

/** `[[id]]` → the question's number (or the id, when the form does not number its questions). */
export const numberRefs = (text: string, numbers?: ReadonlyMap<string, number>) => text.replace(/\[\[([^\]]+)\]\]/g, (_, id: string) => String(numbers?.get(id) ?? id));

/** The content's inline Markdown: links and bold; HTML passes through. */
const inline = (text: string) =>
  text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => `<a class="govuk-link" href="${escapeHtml(href)}">${label}</a>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    // Markdown's backslash escapes: "##1\. View suppliers" is a heading "1. View suppliers", not a list.
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .trim();

function blocksOf(text: string): Block[] {
  if (BLOCK_HTML.test(text)) return htmlBlocks(text);
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim());
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: 'p', html: inline(paragraph.join(' ')) });
      if (items.length) blocks.push({ kind: 'block', html: `<ul class="govuk-list govuk-list--bullet">${items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>` });
      paragraph = [];
      items = [];
    };
    for (const line of lines) {
      const item = /^\s*[-*]\s+(.*)$/.exec(line);
      const heading = /^\s*#{1,6}\s*(.*)$/.exec(line);
      if (item) {
        if (paragraph.length) flush();
        items.push(item[1]!);
      } else if (heading) {
        flush();
        blocks.push({ kind: 'block', html: `<p class="govuk-body govuk-!-font-weight-bold">${inline(heading[1]!)}</p>` });
      } else if (items.length) {
        // A wrapped line continues the list's last item.
        items[items.length - 1] += ` ${line.trim()}`;
      } else paragraph.push(line.trim());
    }
    flush();
  }
  return blocks;
}

/** Content that is HTML already: its leading paragraph apart (it may be a label), the rest as it is. */
function htmlBlocks(html: string): Block[] {
  const first = /^\s*<p[^>]*>([\s\S]*?)<\/p>/i.exec(html);
  if (!first) return [{ kind: 'block', html: html.trim() }];
  const rest = html.slice(first[0].length).trim();
  return rest
    ? [
        { kind: 'p', html: first[1]!.trim() },
        { kind: 'block', html: rest },
      ]
    : [{ kind: 'p', html: first[1]!.trim() }];
}

/** Links in the content without a class of their own get GOV.UK's. */
const govukLinks = (html: string) => html.replace(/<a (?![^>]*\bclass=)/g, '<a class="govuk-link" ');

const prepare = (text: string, { values, numbers }: ContentValues) => govukLinks(numberRefs(fillTemplate(text, values ?? {}), numbers));

const joinBlocks = (blocks: Block[], paragraphClass: string) => blocks.map((b) => (b.kind === 'p' ? `<p class="${paragraphClass}">${b.html}</p>` : b.html)).join('\n');

/** Content as HTML blocks (paragraphs with `paragraphClass`). */
export function contentHtml(text: string | null | undefined, values: ContentValues = {}, paragraphClass = 'govuk-body'): string {
  if (!text) return '';
  return joinBlocks(blocksOf(prepare(text, values)), paragraphClass);
}

/**
 * A question's text split for a form: its first paragraph as inline HTML (for a label or legend,
 * which may hold no blocks) and anything after it as HTML blocks (shown with the hint).
 */
export function questionText(text: string | null | undefined, values: ContentValues = {}): { title: string; body: string } {
  if (!text) return { title: '', body: '' };
  const blocks = blocksOf(prepare(text, values));
  const [first, ...rest] = blocks;
  if (!first) return { title: '', body: '' };
  if (first.kind !== 'p') return { title: '', body: joinBlocks(blocks, 'govuk-hint') };
  return { title: first.html, body: joinBlocks(rest, 'govuk-hint') };
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", rsquo: '’', lsquo: '‘', ndash: '–', mdash: '—', pound: '£' };

/** Content as plain text: for the page title, error summaries and summary keys' accessible names. */
export function plainText(text: string | null | undefined, values: ContentValues = {}): string {
  if (!text) return '';
  return prepare(text, values)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : whole))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s*[-*#]+\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
