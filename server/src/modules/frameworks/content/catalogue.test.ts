import { describe, expect, it } from 'vitest';
import { ANY_FRAMEWORK } from '../../../app/content-port.js';
import { FrameworkContent } from './catalogue.js';
import { manifestOf } from './framework-content.js';

const G13 = 'g-cloud-13';
const display = (content: FrameworkContent, framework = G13) => manifestOf(content, framework, 'display_service', 'services', 'cloud-hosting');

describe('the framework content catalogue', () => {
  it('parses a manifest once per instance: the same sections every time', () => {
    const content = new FrameworkContent();
    const first = display(content);
    expect(first.length).toBeGreaterThan(0);
    expect(display(content)).toBe(first);
  });

  it('keeps nothing between instances (each process, each test app, has its own)', () => {
    const one = new FrameworkContent();
    const other = new FrameworkContent();
    const sections = display(one);
    expect(display(other)).not.toBe(sections);
    expect(display(other)).toEqual(sections);
  });

  it('derives a value once, and remembers missing content instead of looking for it again', () => {
    const content = new FrameworkContent();
    let derived = 0;
    const value = () => content.cached(G13, 'test:value', () => ({ n: ++derived }));
    expect(value()).toBe(value());
    expect(derived).toBe(1);
    let tries = 0;
    const missing = () =>
      content.cached('g-cloud-4', 'test:missing', () => {
        tries++;
        return display(content, 'g-cloud-4');
      });
    expect(missing).toThrow();
    expect(missing).toThrow();
    expect(tries).toBe(1);
  });

  it('drops what it holds for a framework on refresh, and only that (with what spans frameworks)', () => {
    const content = new FrameworkContent();
    const g13 = display(content);
    const dos = manifestOf(content, 'digital-outcomes-and-specialists-5', 'display_brief', 'briefs', 'digital-specialists');
    const shared = content.cached(ANY_FRAMEWORK, 'test:shared', () => ({}));
    content.refresh(G13);
    const again = display(content);
    expect(again).not.toBe(g13);
    expect(again).toEqual(g13);
    expect(manifestOf(content, 'digital-outcomes-and-specialists-5', 'display_brief', 'briefs', 'digital-specialists')).toBe(dos);
    expect(content.cached(ANY_FRAMEWORK, 'test:shared', () => ({}))).not.toBe(shared);
  });

  it('refreshes the content a framework borrows (G-Cloud 14 reads G-Cloud 13’s), and everything with no framework named', () => {
    const content = new FrameworkContent();
    const g13 = display(content);
    content.refresh('g-cloud-14');
    const afterBorrower = display(content);
    expect(afterBorrower).not.toBe(g13);
    content.refresh();
    expect(display(content)).not.toBe(afterBorrower);
  });

  it('shares one load of reference data between callers until a refresh, and does not keep a failed load', async () => {
    const content = new FrameworkContent();
    let loads = 0;
    const live = () => content.cachedAsync(ANY_FRAMEWORK, 'test:live', async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([live(), live()]);
    expect(a).toBe(b);
    expect(await live()).toBe(a);
    expect(loads).toBe(1);
    content.refresh(G13);
    expect(await live()).toEqual({ n: 2 });

    let attempts = 0;
    const flaky = () =>
      content.cachedAsync(ANY_FRAMEWORK, 'test:flaky', async () => {
        if (++attempts === 1) throw new Error('database unavailable');
        return attempts;
      });
    await expect(flaky()).rejects.toThrow('database unavailable');
    expect(await flaky()).toBe(2);
    expect(await flaky()).toBe(2);
  });
});
