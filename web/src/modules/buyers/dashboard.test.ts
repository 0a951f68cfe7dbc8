import { describe, expect, it } from 'vitest';
import { notPublicSector } from './account';
import {
  latestLive,
  nextSteps,
  outcomeReminder,
  projectNextStep,
  projectSummary,
  requirementStages,
  startLinks,
  stageOf,
  type DashboardBrief,
  type DashboardProject,
} from './dashboard';

const brief = (id: string, status: string, extra: Partial<DashboardBrief> = {}): DashboardBrief => ({
  id,
  title: `Requirement ${id}`,
  status,
  frameworkSlug: 'digital-outcomes-and-specialists-5',
  lotSlug: 'digital-outcomes',
  lotName: 'Digital outcomes',
  createdAt: '2026-05-01T10:00:00Z',
  publishedAt: null,
  applicationsClosedAt: null,
  withdrawnAt: null,
  outcomeResult: null,
  outcomeCompletedAt: null,
  ...extra,
});

const project = (id: string, stage: string, extra: Partial<DashboardProject> = {}): DashboardProject => ({
  id,
  name: `Project ${id}`,
  stage,
  createdAt: `2026-05-0${id}T10:00:00Z`,
  lockedAt: null,
  outcomeCompleted: false,
  ...extra,
});

describe('the requirements on the buyer dashboard (B1)', () => {
  it('puts each status in the stage the buyer is at with it', () => {
    expect(['DRAFT', 'LIVE', 'CLOSED', 'AWARDED', 'CANCELLED', 'UNSUCCESSFUL', 'WITHDRAWN'].map(stageOf)).toEqual(['drafts', 'live', 'closed', 'done', 'done', 'done', 'done']);
  });

  it('groups requirements by stage in the order they go through them, counts each and leaves empty stages out', () => {
    const stages = requirementStages([
      brief('1', 'AWARDED', { outcomeCompletedAt: '2026-04-01T10:00:00Z' }),
      brief('2', 'DRAFT'),
      brief('3', 'CLOSED', { applicationsClosedAt: '2026-05-10T23:59:59Z' }),
      brief('4', 'WITHDRAWN', { withdrawnAt: '2026-05-02T10:00:00Z' }),
      brief('5', 'DRAFT', { createdAt: '2026-05-03T10:00:00Z' }),
    ]);
    expect(stages.map((s) => [s.key, s.count, s.rows.map((r) => r.id)])).toEqual([
      ['drafts', 2, ['5', '2']],
      ['closed', 1, ['3']],
      ['done', 2, ['4', '1']],
    ]);
    expect(stages.map((s) => s.describe(s.count))).toEqual([
      '2 requirements being written',
      '1 requirement closed: tell us the outcome',
      '2 requirements with an outcome, or withdrawn',
    ]);
  });

  it('lists live requirements closing soonest first, and keeps only the first few of a stage while counting them all', () => {
    const live = ['2026-05-20', '2026-05-09', '2026-05-30', '2026-05-12'].map((day, i) => brief(String(i + 1), 'LIVE', { applicationsClosedAt: `${day}T23:59:59Z` }));
    const [stage] = requirementStages(live, 3);
    expect(stage!.count).toBe(4);
    expect(stage!.rows.map((r) => [r.id, r.dateLabel])).toEqual([
      ['2', 'Closes'],
      ['4', 'Closes'],
      ['1', 'Closes'],
    ]);
  });

  it('shows fewer finished requirements than those still to act on', () => {
    const briefs = ['1', '2', '3', '4', '5', '6'].flatMap((id) => [brief(`1${id}`, 'CLOSED'), brief(`2${id}`, 'CANCELLED')]);
    expect(requirementStages(briefs).map((s) => [s.key, s.rows.length, s.count])).toEqual([
      ['closed', 5, 6],
      ['done', 3, 6],
    ]);
  });

  it('names an untitled draft, and says how a finished requirement ended', () => {
    const stages = requirementStages([
      brief('1', 'DRAFT', { title: '  ' }),
      brief('2', 'UNSUCCESSFUL', { outcomeCompletedAt: '2026-05-04T10:00:00Z' }),
      brief('3', 'CANCELLED', { outcomeCompletedAt: '2026-05-03T10:00:00Z' }),
    ]);
    expect(stages[0]!.rows[0]!.title).toBe('Untitled requirement');
    expect(stages[1]!.count).toBe(2);
    expect(stages[1]!.rows.map((r) => [r.dateLabel, r.result])).toEqual([
      ['No suitable supplier', 'No suitable supplier'],
      ['Cancelled', 'Cancelled'],
    ]);
  });

  it('links each requirement to the next thing to do at its stage', () => {
    const base = '/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-outcomes/7';
    expect(nextSteps(brief('7', 'DRAFT'))).toEqual([{ text: 'Continue writing', href: base }]);
    expect(nextSteps(brief('7', 'LIVE'))).toEqual([
      { text: 'Answer supplier questions', href: `${base}/supplier-questions` },
      { text: 'View progress', href: base },
    ]);
    expect(nextSteps(brief('7', 'CLOSED'))).toEqual([
      { text: 'View responses', href: `${base}/responses` },
      { text: 'Tell us the outcome', href: `${base}/award` },
    ]);
    expect(nextSteps(brief('7', 'AWARDED'))).toEqual([{ text: 'View the outcome', href: '/digital-outcomes-and-specialists/opportunities/7' }]);
    expect(nextSteps(brief('7', 'WITHDRAWN'))).toEqual([{ text: 'View the withdrawn requirement', href: '/digital-outcomes-and-specialists/opportunities/7' }]);
  });
});

describe('the saved searches on the buyer dashboard (B1)', () => {
  it('counts the ended searches with no outcome yet, as the reminder says', () => {
    const summary = projectSummary([
      project('1', 'SEARCHING'),
      project('2', 'SEARCH_ENDED', { lockedAt: '2026-05-05T10:00:00Z' }),
      project('3', 'ASSESSING', { lockedAt: '2026-05-05T10:00:00Z' }),
      project('4', 'OUTCOME_RECORDED', { lockedAt: '2026-05-05T10:00:00Z', outcomeCompleted: true }),
      project('5', 'OUTCOME_RECORDED', { outcomeCompleted: true }),
    ]);
    expect(summary).toMatchObject({ awaitingOutcome: 2, inProgressCount: 3, finished: 2, total: 5 });
    expect(outcomeReminder(summary.awaitingOutcome)).toBe('You need to tell us the outcome for 2 saved searches.');
    expect(outcomeReminder(1)).toBe('You need to tell us the outcome for 1 saved search.');
    expect(outcomeReminder(0)).toBeNull();
  });

  it('lists the searches in progress newest first, each with its next step on its task list', () => {
    const summary = projectSummary([project('1', 'SEARCHING'), project('3', 'DOWNLOADED', { lockedAt: '2026-05-05T10:00:00Z', name: ' ' }), project('2', 'SEARCH_ENDED')]);
    expect(summary.inProgress).toEqual([
      { id: '3', name: 'Untitled project 3', stage: 'Results downloaded', next: { text: 'Start assessing services', href: '/buyers/direct-award/g-cloud/projects/3' } },
      { id: '2', name: 'Project 2', stage: 'Results exported', next: { text: 'Download your results', href: '/buyers/direct-award/g-cloud/projects/2' } },
      { id: '1', name: 'Project 1', stage: 'Searching', next: { text: 'Export your results', href: '/buyers/direct-award/g-cloud/projects/1' } },
    ]);
  });

  it('has nothing left to do once the outcome is recorded', () => {
    expect(projectNextStep({ stage: 'ASSESSING', lockedAt: '2026-05-05T10:00:00Z', outcomeCompleted: false }).next).toBe('Tell us the outcome');
    expect(projectNextStep({ stage: 'OUTCOME_RECORDED', lockedAt: null, outcomeCompleted: true })).toEqual({ stage: 'Outcome recorded', next: null });
  });
});

describe('starting a requirement', () => {
  const frameworks = [
    { slug: 'digital-outcomes-and-specialists-4', family: 'DIGITAL_OUTCOMES_AND_SPECIALISTS', status: 'EXPIRED', liveAt: '2019-01-01T00:00:00Z' },
    { slug: 'digital-outcomes-and-specialists-5', family: 'DIGITAL_OUTCOMES_AND_SPECIALISTS', status: 'LIVE', liveAt: '2021-01-19T00:00:00Z' },
    { slug: 'g-cloud-13', family: 'G_CLOUD', status: 'LIVE', liveAt: '2022-11-28T00:00:00Z' },
  ];

  it('uses the latest live framework of the family, or none', () => {
    expect(latestLive(frameworks, 'DIGITAL_OUTCOMES_AND_SPECIALISTS')?.slug).toBe('digital-outcomes-and-specialists-5');
    expect(latestLive(frameworks.slice(0, 1), 'DIGITAL_OUTCOMES_AND_SPECIALISTS')).toBeNull();
  });

  it('links to the start page of each lot the framework has', () => {
    const fw = { slug: 'digital-outcomes-and-specialists-5', lots: [{ slug: 'digital-specialists' }, { slug: 'digital-outcomes' }, { slug: 'user-research-studios' }] };
    expect(startLinks(fw)).toEqual([
      { text: 'Find a team to provide an outcome', href: '/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-outcomes' },
      { text: 'Find an individual specialist', href: '/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-specialists' },
      { text: 'Find a user research studio', href: '/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/user-research-studios' },
    ]);
    expect(startLinks(null)).toEqual([]);
  });
});

describe('creating a buyer account (A9)', () => {
  it('tells a refused domain from a malformed address', () => {
    expect(notPublicSector('Enter an email address from a public sector organisation. If your organisation is not recognised, contact support.')).toBe(true);
    expect(notPublicSector('Enter an email address in the correct format, like name@example.gov.uk')).toBe(false);
    expect(notPublicSector(undefined)).toBe(false);
  });
});
