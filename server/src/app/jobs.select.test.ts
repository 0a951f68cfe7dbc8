import { describe, expect, it } from 'vitest';
import { selectWork } from './jobs.js';

const NAMES = ['documents.scan', 'documents.scan-waiting', 'documents.rescan', 'email.send', 'search.rebuild'];
const chosen = (spec: string) => {
  const s = selectWork(spec, NAMES);
  return { jobs: [...s.jobs].sort(), events: s.events };
};

describe('WORKER_JOBS', () => {
  it('runs everything by default, and splits the work between workers', () => {
    expect(chosen('all')).toEqual({ jobs: [...NAMES].sort(), events: true });
    expect(chosen('all,-documents.scan')).toEqual({ jobs: NAMES.filter((n) => n !== 'documents.scan').sort(), events: true });
    expect(chosen('documents.scan')).toEqual({ jobs: ['documents.scan'], events: false });
    expect(chosen('documents.*, events')).toEqual({ jobs: ['documents.rescan', 'documents.scan', 'documents.scan-waiting'], events: true });
    expect(chosen('all,-events')).toEqual({ jobs: [...NAMES].sort(), events: false });
  });

  it('refuses a name that matches no job, so that no queue is left without a worker by a typo', () => {
    expect(() => selectWork('documents.scna', NAMES)).toThrow(/"documents.scna", which matches no job/);
    expect(() => selectWork('nothing.*', NAMES)).toThrow(/matches no job/);
  });
});
