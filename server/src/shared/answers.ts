/**
 * Answers to framework questions (drafts, services, declarations, briefs, responses) as clients
 * send them: one JSON object keyed by question id. Strings are trimmed, as the original did on
 * every save, and `null` means "clear this answer" (dm-api §1.5: updates merge, then nulls go).
 */

const trimmed = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : Array.isArray(v) ? v.map(trimmed) : v);

/** Trims strings and drops empty (null) answers: for a new set of answers, where there is nothing to clear. */
export function cleanAnswers(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, trimmed(v)]),
  );
}

/** A save of some answers: those given a value, and those cleared with `null`. */
export interface AnswerChange {
  given: Record<string, unknown>;
  cleared: string[];
  /** Every question the save touches, given or cleared, in the order sent. */
  keys: string[];
}

export function answerChange(answers: Record<string, unknown>): AnswerChange {
  const entries = Object.entries(answers).filter(([, v]) => v !== undefined);
  return {
    given: cleanAnswers(answers),
    cleared: entries.filter(([, v]) => v === null).map(([k]) => k),
    keys: entries.map(([k]) => k),
  };
}

/** The stored answers after a save: the given ones replace (shallowly), the cleared ones are removed. */
export function applyAnswerChange(stored: Record<string, unknown>, change: AnswerChange): Record<string, unknown> {
  const next = { ...stored, ...change.given };
  for (const key of change.cleared) delete next[key];
  return next;
}
