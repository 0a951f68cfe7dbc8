/** A run of text in a word diff: kept in both versions, only in the earlier one, or only in the later one. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * An answer as the reviewer reads it: text as it is, a list one item a line, yes/no for booleans,
 * "Not answered" for nothing; anything else (prices, nested answers) as compact key: value lines.
 */
export function answerText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(answerText).join('\n');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${answerText(v)}`)
      .join('\n');
  }
  return String(value as never);
}

/** Words and the whitespace between them, so that joining the tokens gives back the text. */
const tokens = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

/**
 * The word-level difference between two texts (longest common subsequence of tokens): joining
 * the `same` and `removed` parts gives `before`, the `same` and `added` parts gives `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Removals before additions, as a reader compares old with new.
      push('removed', a[i]!);
      i++;
    } else {
      push('added', b[j]!);
      j++;
    }
  }
  return tidy(parts);
}

/**
 * Whitespace alone between two changes reads better inside them: "old words" → "new words" shows
 * as one removal and one addition rather than alternating fragments.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const prev = out[out.length - 1];
    const next = parts[k + 1];
    if (p.kind === 'same' && !p.text.trim() && prev && prev.kind !== 'same' && next && next.kind !== 'same') {
      // Whitespace between changes belongs to both sides.
      const removed = out.findLast((x) => x.kind === 'removed');
      const added = out.findLast((x) => x.kind === 'added');
      if (removed) removed.text += p.text;
      if (added) added.text += p.text;
      continue;
    }
    const same = out.findLast((x) => x.kind === p.kind);
    // Merge into the open run of the same kind when only changes (no kept text) lie between.
    const lastSameIndex = out.findLastIndex((x) => x.kind === 'same');
    if (p.kind !== 'same' && same && out.lastIndexOf(same) > lastSameIndex) same.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** The parts a column shows: the earlier version keeps removals, the later one additions. */
export const sideParts = (parts: readonly DiffPart[], side: 'before' | 'after'): DiffPart[] =>
  parts.filter((p) => p.kind === 'same' || p.kind === (side === 'before' ? 'removed' : 'added'));
