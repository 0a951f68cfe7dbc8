import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerDiff } from './AnswerDiff';
import { answerText, diffWords, sideParts } from './wordDiff';
import { editNarrative } from './ServiceEditsPage';

afterEach(cleanup);

const join = (parts: Array<{ text: string }>) => parts.map((p) => p.text).join('');

describe('a word diff of two answers', () => {
  it('keeps the shared words and marks only the words removed and added', () => {
    const parts = diffWords('Private cloud hosting we run for you.', 'Private cloud hosting we run for you, with UK support.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Private cloud hosting we run for ' },
      { kind: 'removed', text: 'you.' },
      { kind: 'added', text: 'you, with UK support.' },
    ]);
  });

  it('joins a run of changed words into one removal and one addition', () => {
    const parts = diffWords('fast and cheap hosting', 'slow but reliable hosting');
    expect(parts).toEqual([
      { kind: 'removed', text: 'fast and cheap' },
      { kind: 'added', text: 'slow but reliable' },
      { kind: 'same', text: ' hosting' },
    ]);
  });

  it('gives back each version from its side', () => {
    for (const [a, b] of [
      ['one two three four', 'one three four five'],
      ['', 'all new'],
      ['all gone', ''],
      ['same text', 'same text'],
      ['a\nlist of\nlines', 'a\nlist with\nmore lines'],
    ] as const) {
      const parts = diffWords(a, b);
      expect(join(sideParts(parts, 'before')).trim(), `${a} → ${b}`).toBe(a.trim());
      expect(join(sideParts(parts, 'after')).trim(), `${a} → ${b}`).toBe(b.trim());
    }
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
  });

  it('reads answers of every shape as text', () => {
    expect(answerText(['Windows', 'Linux'])).toBe('Windows\nLinux');
    expect(answerText(true)).toBe('Yes');
    expect(answerText(false)).toBe('No');
    expect(answerText(null)).toBe('');
    expect(answerText(12.5)).toBe('12.5');
    expect(answerText({ minimum: 10, unit: 'user' })).toBe('minimum: 10\nunit: user');
  });
});

describe('the diff of one answer', () => {
  it('strikes through removed words and underlines added ones, each named in words, not by colour alone', () => {
    render(<AnswerDiff change={{ questionId: 'serviceDescription', question: 'Service description', before: 'Hosting for you.', after: 'Hosting for you, day and night.' }} />);
    const table = screen.getByRole('table', { name: 'Service description' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Previously approved version', 'Current version']);
    const before = within(table).getByTestId('before');
    const after = within(table).getByTestId('after');
    const del = before.querySelector('del')!;
    const ins = after.querySelector('ins')!;
    expect(del.textContent).toBe('removed: you. (end of removed text)');
    expect(ins.textContent).toBe('added: you, day and night. (end of added text)');
    expect(del.querySelector('.govuk-visually-hidden')!.textContent).toBe('removed: ');
    expect(ins.querySelector('.govuk-visually-hidden')!.textContent).toBe('added: ');
    // Each side shows only its own change.
    expect(before.querySelector('ins')).toBeNull();
    expect(after.querySelector('del')).toBeNull();
    expect(before.textContent).toContain('Hosting for ');
  });

  it('says "Not answered" for a side with no answer', () => {
    render(<AnswerDiff change={{ questionId: 'serviceBenefits', question: 'Service benefits', before: null, after: ['Quick to set up'] }} />);
    expect(screen.getByTestId('before').textContent).toBe('Not answered');
    expect(screen.getByTestId('after').querySelector('ins')!.textContent).toBe('added: Quick to set up (end of added text)');
  });
});

describe('who edited a service', () => {
  const edit = (id: string, createdAt: string, actorEmail: string) => ({ id, createdAt, actorEmail, data: {} });
  it('names the one editor, or warns of several', () => {
    expect(editNarrative([edit('1', '2026-05-01T10:00:00Z', 'sam@example.com')]).sentence).toMatch(/^sam@example.com made 1 edit at 11am on 1 May 2026\.$/);
    const two = editNarrative([edit('1', '2026-05-01T10:00:00Z', 'sam@example.com'), edit('2', '2026-05-03T10:00:00Z', 'sam@example.com')]);
    expect(two.sentence).toBe('sam@example.com made 2 edits between 1 May 2026 and 3 May 2026.');
    const several = editNarrative([edit('1', '2026-05-01T10:00:00Z', 'sam@example.com'), edit('2', '2026-05-01T11:00:00Z', 'jo@example.com')]);
    expect(several.sentence).toBe('2 users made 2 edits on 1 May 2026.');
    expect(several.editors).toEqual(['sam@example.com', 'jo@example.com']);
  });
});
