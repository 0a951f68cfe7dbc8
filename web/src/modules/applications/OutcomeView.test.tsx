import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { hidden, lede, mustSign, submissionsByLot } from './outcome';
import { OutcomeView, type OutcomeViewProps } from './OutcomeView';

afterEach(cleanup);

const LOTS = [
  { slug: 'cloud-hosting', name: 'Cloud hosting' },
  { slug: 'cloud-software', name: 'Cloud software' },
  { slug: 'cloud-support', name: 'Cloud support' },
];
const framework = (status: string, extra: Partial<OutcomeViewProps['framework']> = {}): OutcomeViewProps['framework'] => ({
  slug: 'g-cloud-14',
  name: 'G-Cloud 14',
  status,
  isESignatureSupported: true,
  intentionToAwardAt: '2026-03-02T12:00:00Z',
  liveAt: '2026-04-01T00:00:00Z',
  clarificationQuestionsOpen: false,
  lots: LOTS,
  ...extra,
});
const applied = { recorded: true, applicationStatus: 'APPLICATION', declarationStatus: 'COMPLETE', onFramework: null, signed: false };
const draft = (id: string, lot: string, status = 'SUBMITTED') => ({ id, status, name: `Service ${id}`, lot: { slug: lot } });
const DRAFTS = [draft('1', 'cloud-hosting'), draft('2', 'cloud-hosting'), draft('3', 'cloud-support', 'FAILED'), draft('4', 'cloud-software', 'NOT_SUBMITTED')];

describe('the lede once applications have closed', () => {
  it('says the supplier did not apply when the application was not made', () => {
    expect(lede(framework('PENDING'), { ...applied, applicationStatus: 'INTEREST', declarationStatus: 'STARTED' }, 0)).toEqual([
      'You did not make an application to G-Cloud 14 before the deadline.',
    ]);
  });

  it('says how many services were submitted and when the result comes while pending', () => {
    expect(lede(framework('PENDING'), applied, 3)).toEqual([
      'You submitted 3 services to G-Cloud 14.',
      'You will find out whether your application was successful by 2 March 2026.',
    ]);
    expect(lede(framework('PENDING', { intentionToAwardAt: null }), applied, 1)).toEqual([
      'You submitted 1 service to G-Cloud 14.',
      'We will email you when the results are known.',
    ]);
  });

  it('says the application was successful in standstill, and when the framework goes live', () => {
    expect(lede(framework('STANDSTILL'), { ...applied, onFramework: true }, 3)).toEqual([
      'Your application to G-Cloud 14 was successful.',
      'G-Cloud 14 goes live on 1 April 2026: from then buyers can find and buy your services.',
    ]);
    expect(lede(framework('LIVE'), { ...applied, onFramework: true }, 3)).toEqual(['Your company is on G-Cloud 14.']);
    expect(lede(framework('STANDSTILL'), { ...applied, onFramework: false }, 2)).toEqual([
      'You submitted 2 services to G-Cloud 14.',
      'Your application to G-Cloud 14 was not successful.',
    ]);
  });
});

describe('what the page offers', () => {
  it('asks for the agreement only from a supplier on the framework, signed online, in standstill or live, not yet signed', () => {
    const on = { ...applied, onFramework: true };
    expect(mustSign(framework('STANDSTILL'), on)).toBe(true);
    expect(mustSign(framework('LIVE'), on)).toBe(true);
    expect(mustSign(framework('PENDING'), on)).toBe(false);
    expect(mustSign(framework('LIVE'), { ...on, signed: true })).toBe(false);
    expect(mustSign(framework('LIVE'), { ...on, onFramework: null })).toBe(false);
    expect(mustSign(framework('LIVE', { isESignatureSupported: false }), on)).toBe(false);
    // On the framework by its services alone, without an application: nothing to sign online.
    expect(mustSign(framework('LIVE'), { ...on, recorded: false })).toBe(false);
  });

  it('hides a live framework never applied to, but not one the supplier is on', () => {
    const never = { recorded: true, applicationStatus: 'INTEREST', declarationStatus: 'UNSTARTED', onFramework: null, signed: false };
    expect(hidden(framework('LIVE'), never)).toBe(true);
    expect(hidden(framework('PENDING'), never)).toBe(false);
    expect(hidden(framework('LIVE'), { ...never, onFramework: true })).toBe(false);
    expect(hidden(framework('LIVE'), { ...never, declarationStatus: 'STARTED' })).toBe(false);
  });

  it('groups the submitted services by lot in the framework’s order, leaving out drafts never completed', () => {
    expect(submissionsByLot(LOTS, DRAFTS).map((l) => [l.name, l.drafts.map((d) => d.id)])).toEqual([
      ['Cloud hosting', ['1', '2']],
      ['Cloud support', ['3']],
    ]);
  });
});

describe('the outcome view', () => {
  const view = (props: Partial<OutcomeViewProps>) =>
    render(<OutcomeView framework={framework('PENDING')} application={applied} contract="Framework Agreement" drafts={DRAFTS} communicationsUpdatedAt={null} {...props} />);

  it('pending: the submitted services by lot, each linked, the declaration, and no agreement to sign', () => {
    view({});
    expect(screen.getByTestId('application-outcome').textContent).toContain('You submitted 3 services to G-Cloud 14.');
    const submitted = screen.getByTestId('you-submitted');
    expect(submitted.textContent).toContain('Cloud hosting: 2 services');
    expect(submitted.textContent).toContain('Cloud support: 1 service');
    expect(submitted.textContent).not.toContain('Cloud software');
    expect(within(submitted).getByRole('link', { name: 'Service 1' }).getAttribute('href')).toBe('/suppliers/frameworks/g-cloud-14/submissions/cloud-hosting/1');
    expect(within(submitted).getByRole('link', { name: 'View your supplier declaration' }).getAttribute('href')).toBe('/suppliers/frameworks/g-cloud-14/declaration');
    expect(screen.queryByRole('button', { name: /Sign and return/ })).toBeNull();
    expect(screen.queryByTestId('communications')).toBeNull();
  });

  it('standstill on the framework: the action to sign and return the agreement', () => {
    view({ framework: framework('STANDSTILL'), application: { ...applied, onFramework: true } });
    const sign = screen.getByRole('button', { name: 'Sign and return your G-Cloud 14 Framework Agreement' });
    expect(sign.getAttribute('href')).toBe('/suppliers/frameworks/g-cloud-14/start-framework-agreement-signing');
  });

  it('live and signed: the legal documents instead of the action, and the communications when there are some', () => {
    view({
      framework: framework('LIVE', { clarificationQuestionsOpen: false }),
      application: { ...applied, onFramework: true, signed: true },
      legalDocuments: <section data-testid="legal">Legal documents</section>,
      communicationsUpdatedAt: '2026-01-15T10:00:00Z',
    });
    expect(screen.queryByRole('button', { name: /Sign and return/ })).toBeNull();
    expect(screen.getByTestId('legal')).toBeTruthy();
    const comms = screen.getByTestId('communications');
    expect(within(comms).getByRole('link').getAttribute('href')).toBe('/suppliers/frameworks/g-cloud-14/updates');
    expect(within(comms).getByRole('link').textContent).toBe('View communications about G-Cloud 14');
    expect(comms.textContent).toContain('Last updated 15 January 2026');
  });

  it('a supplier that did not apply: no submissions and no declaration link', () => {
    view({ application: { ...applied, applicationStatus: 'INTEREST', declarationStatus: 'STARTED' }, drafts: [draft('4', 'cloud-software', 'NOT_SUBMITTED')] });
    expect(screen.getByTestId('application-outcome').textContent).toBe('You did not make an application to G-Cloud 14 before the deadline.');
    expect(screen.queryByTestId('you-submitted')).toBeNull();
    expect(screen.getByText('There are no documents about G-Cloud 14 for you to see here yet.')).toBeTruthy();
  });

  it('says there is nothing to see only when there is nothing', () => {
    view({ framework: framework('LIVE'), application: { ...applied, onFramework: true, recorded: false, declarationStatus: 'UNSTARTED' }, drafts: [] });
    expect(screen.getByText('There are no documents about G-Cloud 14 for you to see here yet.')).toBeTruthy();
    cleanup();
    view({});
    expect(screen.queryByText(/There are no documents/)).toBeNull();
  });
});
