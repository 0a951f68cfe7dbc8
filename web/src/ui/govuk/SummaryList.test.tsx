import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { LinkProvider, type LinkProps } from './links';
import { SummaryList, type SummaryListProps } from './SummaryList';

describeFixtures('summary-list', (options) => <SummaryList {...(options as unknown as SummaryListProps)} />);

describe('SummaryList', () => {
  afterEach(cleanup);

  it('names each action by its row and card for screen readers', () => {
    const row = { key: { text: 'Name' }, value: { text: 'Acme Ltd' }, actions: { items: [{ href: '/name', text: 'Change', visuallyHiddenText: 'name' }] } };
    render(<SummaryList card={{ title: { text: 'Your company' } }} rows={[row]} />);
    expect(screen.getByRole('link', { name: /^Change ?name \(Your company\)$/ }).getAttribute('href')).toBe('/name');
  });

  it('renders its links with the component the LinkProvider gives', () => {
    const RouterLink = (props: LinkProps) => <a data-router="yes" {...props} />;
    const row = { key: { text: 'Name' }, value: { text: 'Acme Ltd' }, actions: { items: [{ href: '/name', text: 'Change' }] } };
    render(
      <LinkProvider value={RouterLink}>
        <SummaryList rows={[row]} />
      </LinkProvider>,
    );
    expect(screen.getByRole('link', { name: 'Change' }).dataset.router).toBe('yes');
  });
});
