import { formatDate } from '../../format';

/**
 * The few template constructs the framework content uses in its questions and messages, with the
 * values of the page (a brief, the item of a dynamic list, the lot): `{{ path|filter }}`,
 * `{% if %}…{% elif %}…{% else %}…{% endif %}` (comparisons with `==`, `!=`, `in`, `not`) and
 * `{% for x in path %}…{% endfor %}`. A `-` inside a tag's brace trims the whitespace on that side.
 * What is missing renders as nothing; nothing the content says is ever evaluated as code.
 */
export type TemplateValues = Record<string, unknown>;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'out'; expr: string }
  | { kind: 'if'; branches: Array<{ cond: string | null; body: Node[] }> }
  | { kind: 'for'; name: string; expr: string; body: Node[] };

interface Token {
  kind: 'text' | 'out' | 'tag';
  text: string;
}

const TOKEN = /\{\{(-?)([\s\S]*?)(-?)\}\}|\{%(-?)([\s\S]*?)(-?)%\}/g;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let trimNext = false;
  for (const m of source.matchAll(TOKEN)) {
    let text = source.slice(last, m.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (m[1] === '-' || m[4] === '-') text = text.replace(/\s+$/, '');
    if (text) tokens.push({ kind: 'text', text });
    tokens.push(m[2] !== undefined ? { kind: 'out', text: m[2].trim() } : { kind: 'tag', text: (m[5] ?? '').trim() });
    trimNext = m[3] === '-' || m[6] === '-';
    last = m.index + m[0].length;
  }
  let rest = source.slice(last);
  if (trimNext) rest = rest.replace(/^\s+/, '');
  if (rest) tokens.push({ kind: 'text', text: rest });
  return tokens;
}

function parse(tokens: Token[]): Node[] {
  let i = 0;
  const block = (ends: string[]): { nodes: Node[]; end: string } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const token = tokens[i++]!;
      if (token.kind === 'text') nodes.push({ kind: 'text', text: token.text });
      else if (token.kind === 'out') nodes.push({ kind: 'out', expr: token.text });
      else {
        const [word = '', ...rest] = token.text.split(/\s+/);
        if (ends.includes(word)) return { nodes, end: token.text };
        if (word === 'if') {
          const branches: Array<{ cond: string | null; body: Node[] }> = [];
          let cond: string | null = rest.join(' ');
          for (;;) {
            const { nodes: body, end } = block(['elif', 'else', 'endif']);
            branches.push({ cond, body });
            if (end.startsWith('elif')) cond = end.slice(4).trim();
            else if (end === 'else') cond = null;
            else break;
          }
          nodes.push({ kind: 'if', branches });
        } else if (word === 'for') {
          const [name = '', , ...expr] = rest;
          nodes.push({ kind: 'for', name, expr: expr.join(' '), body: block(['endfor']).nodes });
        }
      }
    }
    return { nodes, end: '' };
  };
  return block([]).nodes;
}

function lookup(path: string, values: TemplateValues): unknown {
  const literal = /^(['"])(.*)\1$/.exec(path);
  if (literal) return literal[2];
  if (/^-?\d+(\.\d+)?$/.test(path)) return Number(path);
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), values);
}

const FILTERS: Record<string, (value: unknown) => unknown> = {
  datetodatetimeformat: (value) => (typeof value === 'string' && value ? formatDate(value) : value),
};

function evaluate(expr: string, values: TemplateValues): unknown {
  const [path = '', ...filters] = expr.split('|').map((part) => part.trim());
  return filters.reduce((value, filter) => (FILTERS[filter] ? FILTERS[filter](value) : value), lookup(path, values));
}

function holds(cond: string, values: TemplateValues): boolean {
  const not = /^not\s+(.*)$/.exec(cond);
  if (not) return !holds(not[1]!, values);
  const compare = /^(.+?)\s*(==|!=|\bnot in\b|\bin\b)\s*(.+)$/.exec(cond);
  if (!compare) return truthy(evaluate(cond, values));
  const [, left = '', op, right = ''] = compare;
  const a = evaluate(left, values);
  const b = evaluate(right, values);
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  const inside = Array.isArray(b) ? b.includes(a) : typeof b === 'string' ? b.includes(String(a)) : b && typeof b === 'object' ? String(a) in b : false;
  return op === 'in' ? inside : !inside;
}

const truthy = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

function render(nodes: Node[], values: TemplateValues): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.kind === 'out') {
        const value = evaluate(node.expr, values);
        return value === undefined || value === null ? '' : String(value);
      }
      if (node.kind === 'if') {
        const branch = node.branches.find((b) => b.cond === null || holds(b.cond, values));
        return branch ? render(branch.body, values) : '';
      }
      const list = evaluate(node.expr, values);
      return Array.isArray(list) ? list.map((item) => render(node.body, { ...values, [node.name]: item })).join('') : '';
    })
    .join('');
}

/** The content's text with its template filled in from `values`. */
export function fillTemplate(source: string, values: TemplateValues): string {
  if (!source.includes('{')) return source;
  return render(parse(tokenize(source)), values);
}
