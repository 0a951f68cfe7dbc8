import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFixtures } from './fixtures';
import { Tabs, type TabsProps } from './Tabs';

describeFixtures('tabs', (options) => <Tabs {...(options as unknown as TabsProps)} />);

const items = [
  { id: 'open', label: 'Open', panel: { text: 'Open opportunities' } },
  { id: 'closed', label: 'Closed', panel: { text: 'Closed opportunities' } },
  { id: 'draft', label: 'Drafts', panel: { children: <p>Draft opportunities</p> } },
];

const panel = (id: string) => document.getElementById(id)!;
const isShown = (id: string) => !panel(id).classList.contains('govuk-tabs__panel--hidden');

describe('Tabs', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('is a tab list in the browser, showing the first panel', () => {
    render(<Tabs items={items} />);
    expect(screen.getByRole('tablist')).toBeTruthy();
    const tab = screen.getByRole('tab', { name: 'Open', selected: true });
    expect(tab.getAttribute('aria-controls')).toBe('open');
    expect(tab.tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'Closed' }).tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel', { name: 'Open' }).textContent).toBe('Open opportunities');
    expect([isShown('open'), isShown('closed'), isShown('draft')]).toEqual([true, false, false]);
  });

  it('shows the panel of a tab clicked, and puts its id in the address', () => {
    render(<Tabs items={items} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Drafts' }));
    expect(screen.getByRole('tab', { name: 'Drafts', selected: true })).toBeTruthy();
    expect([isShown('open'), isShown('draft')]).toEqual([false, true]);
    expect(window.location.hash).toBe('#draft');
  });

  it('moves between tabs with the arrow keys, focusing the tab, and stops at either end', () => {
    render(<Tabs items={items} />);
    const open = screen.getByRole('tab', { name: 'Open' });
    fireEvent.keyDown(open, { key: 'ArrowLeft' });
    expect(open.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(open, { key: 'ArrowRight' });
    const closed = screen.getByRole('tab', { name: 'Closed', selected: true });
    expect(document.activeElement).toBe(closed);
    expect(isShown('closed')).toBe(true);
    fireEvent.keyDown(closed, { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Drafts' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Drafts', selected: true })).toBe(document.activeElement);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Closed', selected: true })).toBeTruthy();
  });

  it('opens the tab named by the address, and follows it when it changes', () => {
    window.history.replaceState(null, '', '/#closed');
    render(<Tabs items={items} />);
    expect(isShown('closed')).toBe(true);
    window.history.replaceState(null, '', '/#draft');
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(isShown('draft')).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Drafts' }));
  });

  it('shows every panel, without tab roles, below tablet width', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => {}, removeEventListener: () => {} }));
    render(<Tabs items={items} />);
    expect(screen.queryByRole('tablist')).toBeNull();
    expect([isShown('open'), isShown('closed'), isShown('draft')]).toEqual([true, true, true]);
  });
});
