import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { Banner, Status } from './ProjectPage';
import { directAwardSteps } from './steps';
import { transitionBanner, type FrameworkFacts } from './transition';

afterEach(cleanup);

const g13: FrameworkFacts = { slug: 'g-cloud-13', name: 'G-Cloud 13', status: 'LIVE', liveAt: '2022-11-09T00:00:00Z', expiresAt: '2026-11-09T00:00:00Z' };
const g14 = (status: FrameworkFacts['status']): FrameworkFacts => ({ slug: 'g-cloud-14', name: 'G-Cloud 14', status, liveAt: '2026-06-02T00:00:00Z' });

const banner = (current: FrameworkFacts, following: FrameworkFacts, locked: boolean) => {
  render(
    <MemoryRouter>
      <Banner banner={transitionBanner(current, following, locked)!} />
    </MemoryRouter>,
  );
  return screen.getByTestId('transition-banner');
};

describe('the task list statuses', () => {
  it('shows each step’s state as GOV.UK tags, and none where a step has no state', () => {
    const steps = directAwardSteps({
      locked: true,
      resultCount: 4,
      liveFramework: true,
      readyToAssess: true,
      outcome: { result: 'AWARDED', supplierName: 'Kestrel Platforms', serviceName: 'Private cloud' },
    });
    const { container } = render(
      <>
        {steps.map((s, i) => (
          <p key={i}>
            <Status status={s.status} />
          </p>
        ))}
      </>,
    );
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Completed',
      'Completed',
      'Completed',
      'Contract awarded to Kestrel Platforms: Private cloud',
      '',
    ]);
    expect(container.querySelectorAll('.govuk-tag--green')).toHaveLength(1);
  });

  it('greys out the steps that cannot start yet', () => {
    const [, exportStep] = directAwardSteps({ locked: false, resultCount: 45, liveFramework: true, readyToAssess: false, outcome: null });
    render(<Status status={exportStep.status} />);
    expect(screen.getByText('Cannot start yet').className).toBe('govuk-tag govuk-tag--grey');
  });
});

describe('the framework transition banners', () => {
  it('tells a buyer still searching that the next framework’s services replace these on its live date', () => {
    expect(banner(g13, g14('STANDSTILL'), false).textContent).toMatch(/Services on G-Cloud 14 will replace the current services on 2 June 2026/);
  });

  it('tells a buyer still searching that the services were replaced', () => {
    expect(banner(g13, g14('LIVE'), false).textContent).toMatch(/replaced by G-Cloud 14 services on 2 June 2026/);
  });

  it('tells a buyer with exported results to award now, with a link to search again once the new framework is live', () => {
    expect(banner(g13, g14('STANDSTILL'), true).textContent).toMatch(/start a new search for G-Cloud 14 services from 2 June 2026/);
    cleanup();
    const live = banner(g13, g14('LIVE'), true);
    expect(live.querySelector('a')?.getAttribute('href')).toBe('/buyers/direct-award/g-cloud/choose-lot');
    cleanup();
    const expired = banner({ ...g13, status: 'EXPIRED' }, g14('LIVE'), true);
    expect(expired.textContent).toMatch(/have expired\. If you did not award a contract by 9 November 2026, start a new search/);
  });
});
