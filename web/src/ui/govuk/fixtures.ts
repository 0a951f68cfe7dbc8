import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

/** One example of a component from GOV.UK Frontend's own test suite: the macro options and the HTML they give. */
export interface Fixture {
  name: string;
  options: Record<string, unknown>;
  html: string;
  hidden?: boolean;
}

const require = createRequire(import.meta.url);
const componentsDir = path.join(path.dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk', 'components');

export function componentFixtures(component: string): Fixture[] {
  return (JSON.parse(readFileSync(path.join(componentsDir, component, 'fixtures.json'), 'utf8')) as { fixtures: Fixture[] }).fixtures;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * A canonical text form of an HTML fragment, so that two renderings compare equal when they differ
 * only in whitespace, attribute order or the order of class names: elements with their sorted
 * attributes, text with whitespace collapsed (and dropped where it is only whitespace between tags).
 */
export function normaliseHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    const pad = '  '.repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      const text = collapse(node.textContent ?? '').trim();
      if (text) out.push(`${pad}"${text}"`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const attrs = [...el.attributes]
      .map((a) => {
        let value = collapse(a.value).trim();
        if (a.name === 'class') value = value.split(' ').filter(Boolean).sort().join(' ');
        if (a.name === 'style') value = value.replace(/;$/, '').replace(/\s*([:;])\s*/g, '$1');
        return `${a.name}="${value}"`;
      })
      .sort();
    out.push(`${pad}<${el.tagName.toLowerCase()}${attrs.length ? ' ' + attrs.join(' ') : ''}>`);
    const children = el instanceof HTMLTemplateElement ? el.content.childNodes : el.childNodes;
    children.forEach((child) => walk(child, depth + 1));
  };
  template.content.childNodes.forEach((child) => walk(child, 0));
  return out.join('\n');
}

export const renderHtml = (element: ReactElement) => renderToStaticMarkup(element);

/**
 * Renders a kit component with every fixture GOV.UK Frontend ships for it and compares the HTML.
 * `unsupported` names each fixture the kit does not render, with the reason; the list is checked
 * too, so that it cannot go stale (a fixture that now passes, or one that no longer exists, fails).
 */
export function describeFixtures(component: string, render: (options: Record<string, unknown>, fixture: Fixture) => ReactElement, unsupported: Record<string, string> = {}) {
  const fixtures = componentFixtures(component);
  describe(`${component} (GOV.UK Frontend fixtures)`, () => {
    for (const fixture of fixtures) {
      if (fixture.name in unsupported) continue;
      it(fixture.name, () => {
        expect(normaliseHtml(renderHtml(render(fixture.options, fixture)))).toBe(normaliseHtml(fixture.html));
      });
    }
    it('lists each fixture it does not render, with a reason, and only those', () => {
      const names = new Set(fixtures.map((f) => f.name));
      for (const [name, reason] of Object.entries(unsupported)) {
        expect(names.has(name), `unknown fixture "${name}"`).toBe(true);
        expect(reason.length, `a reason for "${name}"`).toBeGreaterThan(10);
        const fixture = fixtures.find((f) => f.name === name)!;
        let matches: boolean;
        try {
          matches = normaliseHtml(renderHtml(render(fixture.options, fixture))) === normaliseHtml(fixture.html);
        } catch {
          matches = false;
        }
        expect(matches, `"${name}" is listed as unsupported but renders as GOV.UK Frontend does`).toBe(false);
      }
    });
  });
}
