import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFixtures } from './fixtures';
import { domAttributes } from './props';
import { ServiceNavigation, type ServiceNavigationProps } from './ServiceNavigation';

// The fixtures give slots as HTML; the kit takes React content, so they are turned into elements here.
function nodes(html: string): ReactNode[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const convert = (node: Node, key: number): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (!(node instanceof Element)) return null;
    const attributes = Object.fromEntries([...node.attributes].map((a) => [a.name, a.value]));
    return createElement(node.tagName.toLowerCase(), { key, ...domAttributes(attributes) }, ...[...node.childNodes].map(convert));
  };
  return [...template.content.childNodes].map(convert);
}

function withSlotNodes(options: Record<string, unknown>) {
  const slots = options.slots as Record<string, string | { html: string; align?: 'inline' }> | undefined;
  if (!slots) return options as ServiceNavigationProps;
  const converted = Object.fromEntries(Object.entries(slots).map(([name, slot]) => [name, typeof slot === 'string' ? nodes(slot) : { ...slot, html: nodes(slot.html) }]));
  return { ...options, slots: converted } as ServiceNavigationProps;
}

describeFixtures('service-navigation', (options) => <ServiceNavigation {...withSlotNodes(options)} />);

const navigation = [
  { href: '/opportunities', text: 'Opportunities', current: true },
  { href: '/services', text: 'Services' },
];

describe('ServiceNavigation', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('marks the current page and names the region by the service', () => {
    render(<ServiceNavigation serviceName="Digital Marketplace" serviceUrl="/" navigation={navigation} />);
    expect(screen.getByRole('region', { name: 'Service information' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Opportunities' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Services' }).hasAttribute('aria-current')).toBe(false);
  });

  it('hides the menu button and shows the list from tablet width', () => {
    render(<ServiceNavigation navigation={navigation} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('list').hidden).toBe(false);
  });

  it('collapses the list behind the menu button on small screens', () => {
    const listeners = new Set<() => void>();
    const media = { matches: false, addEventListener: (_: string, f: () => void) => listeners.add(f), removeEventListener: (_: string, f: () => void) => listeners.delete(f) };
    vi.stubGlobal('matchMedia', () => media);
    render(<ServiceNavigation navigation={navigation} />);
    const button = screen.getByRole('button', { name: 'Menu' });
    const list = document.getElementById('navigation')!;
    expect([button.getAttribute('aria-expanded'), list.hidden]).toEqual(['false', true]);
    fireEvent.click(button);
    expect([button.getAttribute('aria-expanded'), list.hidden]).toEqual(['true', false]);
    fireEvent.click(button);
    expect(list.hidden).toBe(true);
    // Widening the window shows the list again, without the button.
    media.matches = true;
    act(() => listeners.forEach((f) => f()));
    expect([screen.queryByRole('button'), list.hidden]).toEqual([null, false]);
  });
});
