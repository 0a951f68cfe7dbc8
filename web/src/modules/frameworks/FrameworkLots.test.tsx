import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

afterEach(cleanup);
import { FrameworkLots } from './FrameworkLots';

describe('FrameworkLots', () => {
  it('names the framework and lists its lots in order, marking lots that take requirements', () => {
    render(
      <FrameworkLots
        framework={{
          slug: 'digital-outcomes-and-specialists-5',
          name: 'Digital Outcomes and Specialists 5',
          family: 'DIGITAL_OUTCOMES_AND_SPECIALISTS',
          status: 'LIVE',
          applicationsCloseAt: null,
          lots: [
            { slug: 'digital-outcomes', name: 'Digital outcomes', allowsBrief: true },
            { slug: 'user-research-studios', name: 'User research studios', allowsBrief: false },
          ],
        }}
      />,
    );
    const section = screen.getByRole('region', { name: 'Digital Outcomes and Specialists 5' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Digital outcomes — buyers can publish requirements', 'User research studios']);
  });
});

describe('FrameworkLots with links', () => {
  it('links the lots that have somewhere to go and leaves the rest as text', () => {
    render(
      <MemoryRouter>
        <FrameworkLots
          framework={{
            slug: 'digital-outcomes-and-specialists-5',
            name: 'Digital Outcomes and Specialists 5',
            family: 'DIGITAL_OUTCOMES_AND_SPECIALISTS',
            status: 'LIVE',
            applicationsCloseAt: null,
            lots: [
              { slug: 'digital-outcomes', name: 'Digital outcomes', allowsBrief: true },
              { slug: 'user-research-studios', name: 'User research studios', allowsBrief: false },
            ],
          }}
          lotHref={(lot) => (lot.allowsBrief ? `/opportunities?lot=${lot.slug}` : null)}
        />
      </MemoryRouter>,
    );
    const section = screen.getByRole('region', { name: 'Digital Outcomes and Specialists 5' });
    expect(
      within(section)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([['Digital outcomes', '/opportunities?lot=digital-outcomes']]);
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Digital outcomes — buyers can publish requirements', 'User research studios']);
  });
});
