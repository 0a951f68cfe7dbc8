import { describe, expect, it } from 'vitest';
import { attemptsText, documents, emailStatusParam, indexRoles, jobActionPath, jobProblemsText, progressOf } from './operations';

describe('operations wording', () => {
  it('counts failed and stalled jobs, and says nothing when there are none', () => {
    expect(jobProblemsText(0, 0)).toBeNull();
    expect(jobProblemsText(1, 0)).toBe('1 failed job');
    expect(jobProblemsText(2, 1)).toBe('2 failed jobs, 1 stalled job');
    expect(jobProblemsText(0, 3)).toBe('3 stalled jobs');
  });

  it('describes a rebuild in progress, capped at 100%, and an empty one as done', () => {
    expect(progressOf(250, 1000)).toEqual({ text: '250 of 1,000 records processed (25%)', percent: 25 });
    expect(progressOf(12, 10).percent).toBe(100);
    expect(progressOf(0, 0)).toEqual({ text: '0 of 0 records processed (100%)', percent: 100 });
    expect(documents(1)).toBe('1 document');
    expect(documents(1204)).toBe('1,204 documents');
  });

  it('finds each index of an alias by its role', () => {
    const roles = indexRoles([
      { physicalName: 'b', state: 'building', createdAt: '', documents: 3 },
      { physicalName: 'a', state: 'active', createdAt: '', documents: 9 },
    ]);
    expect(roles.active?.physicalName).toBe('a');
    expect(roles.building?.physicalName).toBe('b');
    expect(roles.previous).toBeNull();
  });

  it('reads the outbox filter, refusing an unknown state', () => {
    expect(emailStatusParam(null)).toEqual({ status: null });
    expect(emailStatusParam('failed')).toEqual({ status: 'FAILED' });
    expect(emailStatusParam('lost')).toBe('invalid');
  });

  it('builds job paths and attempt counts', () => {
    expect(jobActionPath('email.send', '0b6f', 'retry')).toBe('/operations/jobs/email.send/0b6f/retry');
    expect(attemptsText(2, 6)).toBe('Run 2 of 6');
  });
});
