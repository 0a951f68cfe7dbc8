/**
 * Keywords in the original's simple query syntax (dm-search §3.2: an OpenSearch `simple_query_string`
 * with only the OR, AND, NOT, PHRASE, WHITESPACE and ESCAPE operators, every word required by
 * default). The OpenSearch adapter hands the keywords to the engine as they are; the Postgres adapter
 * reads them here, with the same rules, into a `to_tsquery` expression:
 *
 * - words are separated by whitespace; `a | b` is either, `+` (or nothing) both, `-word` excludes;
 * - `|` and `+` are operators wherever they stand (`a |b` is `a | b`); `-` only at the start of a term;
 * - operators apply left to right, without precedence: `a b | c` is `(a b) | c`, `a | b c` is `(a | b) c`;
 * - `"…"` is a phrase; a quote that is never closed counts as a space;
 * - `\` makes the next character ordinary; everything else (`~ * ( ) : /` …) is ordinary text;
 * - a term is split into words as the engine's standard tokenizer does (Unicode word boundaries),
 *   so `citizen/appointment` is both words, and a term without any word (`!!!`) is left out.
 */
export type Keywords = { kind: 'words'; words: string[]; phrase: boolean } | { kind: 'not'; of: Keywords } | { kind: 'and' | 'or'; of: Keywords[] };

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The words of a text as the standard tokenizer finds them (Unicode word boundaries, punctuation dropped). */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment);
  return words;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Builds the query tree as the original's parser does: each change of operator wraps what came before. */
class Tree {
  top: Keywords | null = null;
  /** The operator before the next term, and the group the last one joined. */
  private operator: 'and' | 'or' | null = null;
  private group: { kind: 'and' | 'or'; of: Keywords[] } | null = null;

  /** An explicit `|` or `+` counts only between two terms, and only the first of a run. */
  operatorSeen(op: 'and' | 'or'): void {
    if (this.operator === null && this.top !== null) this.operator = op;
  }

  add(term: Keywords | null, negated: boolean): void {
    if (!term) return; // a term without words changes nothing, not even a pending operator
    const node: Keywords = negated ? { kind: 'not', of: term } : term;
    if (!this.top) {
      this.top = node;
    } else {
      const op = this.operator ?? 'and';
      if (this.group?.kind !== op) this.top = this.group = { kind: op, of: [this.top] };
      this.group.of.push(node);
    }
    this.operator = null;
  }
}

const termOf = (text: string, phrase: boolean): Keywords | null => {
  const words = searchWords(text);
  return words.length ? { kind: 'words', words, phrase: phrase && words.length > 1 } : null;
};

/** The keywords as a query tree; null when they hold no word (they then match nothing). */
export function parseKeywords(q: string): Keywords | null {
  const tree = new Tree();
  let i = 0;
  let nots = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (c === '-') {
      // Negation binds to the term that follows at once; anything else in between cancels it.
      nots++;
      i++;
      continue;
    }
    if (c === '"') {
      const phrase = readPhrase(q, i + 1);
      if (phrase) {
        tree.add(termOf(phrase.text, true), nots % 2 === 1);
        i = phrase.end;
      } else {
        i++; // never closed: the quote is a space
      }
    } else if (c === '|' || c === '+') {
      tree.operatorSeen(c === '|' ? 'or' : 'and');
      i++;
    } else if (WHITESPACE.has(c)) {
      i++;
    } else {
      const token = readToken(q, i);
      tree.add(termOf(token.text, false), nots % 2 === 1);
      i = token.end;
    }
    nots = 0;
  }
  return tree.top;
}

/** A phrase from just after its opening quote to its closing one; null when it is never closed. */
function readPhrase(q: string, from: number): { text: string; end: number } | null {
  let text = '';
  for (let i = from; i < q.length; i++) {
    const c = q[i]!;
    if (c === '\\' && i + 1 < q.length) text += q[++i];
    else if (c === '"') return { text, end: i + 1 };
    else if (c !== '\\') text += c;
  }
  return null;
}

/** A term: up to the next unescaped space, quote, `|` or `+`; a backslash keeps the next character. */
function readToken(q: string, from: number): { text: string; end: number } {
  let text = '';
  let i = from;
  while (i < q.length) {
    const c = q[i]!;
    if (c === '\\') {
      if (i + 1 < q.length) text += q[i + 1];
      i += 2;
      continue;
    }
    if (c === '"' || c === '|' || c === '+' || WHITESPACE.has(c)) break;
    text += c;
    i++;
  }
  return { text, end: Math.min(i, q.length) };
}

/** A word as a `to_tsquery` operand: quoted, so that the text search parser reads it as text, never syntax. */
const lexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The keywords as a Postgres `to_tsquery` expression (to be read with the same configuration as the
 * indexed text, whose words are stored as `searchWords` finds them); null when they hold no word.
 * A term of several words needs them all, a phrase needs them in order.
 */
export function toTsquery(q: string): string | null {
  const render = (k: Keywords): string => {
    if (k.kind === 'words') return k.words.length === 1 ? lexeme(k.words[0]!) : `(${k.words.map(lexeme).join(k.phrase ? ' <-> ' : ' & ')})`;
    if (k.kind === 'not') return `!${render(k.of)}`;
    return `(${k.of.map(render).join(k.kind === 'and' ? ' & ' : ' | ')})`;
  };
  const tree = parseKeywords(q);
  return tree ? render(tree) : null;
}
