import { describe, expect, inject, it } from 'vitest';
import { HomePage } from './pages/HomePage.js';
import { checkA11y } from './support/axe.js';
import { useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();

describe('the accessibility check (axe-core, WCAG 2.2 A and AA) fails a journey on a violation', () => {
  it('throws on a plain page with an image without alternative text, naming the rule, impact, selector and HTML', async () => {
    await browser.page.setContent('<!doctype html><html lang="en"><head><title>A page</title></head><body><main><h1>A page</h1><img src="data:,"></main></body></html>');
    const failure = checkA11y(browser.page, 'a page with an unlabelled image');
    await expect(failure).rejects.toThrow(/^Accessibility violations in "a page with an unlabelled image"/);
    await expect(failure).rejects.toThrow(/- image-alt \[critical\] Images must have alternative text\n\s+at img\n\s+<img src="data:,">/);
  });

  it('runs under the app’s strict CSP (an inline script tag is refused there) and catches what a page adds', async () => {
    await new HomePage(browser.page).open(inject('webUrl')); // checked, and clean
    await browser.page.addScriptTag({ content: 'window.inlineRan = true' }).catch(() => undefined);
    expect(await browser.page.evaluate(() => 'inlineRan' in window)).toBe(false);
    await browser.page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<input id="unlabelled" type="text"><img src="/assets/images/favicon.svg">'));
    const failure = checkA11y(browser.page, 'home page with additions');
    await expect(failure).rejects.toThrow(/- label \[critical\] Form elements must have labels\n\s+at #unlabelled/);
    await expect(failure).rejects.toThrow(/- image-alt \[critical\]/);
  });
});
