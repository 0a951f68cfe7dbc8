import { describe, expect, it } from 'vitest';
import { ManualClock, offsetClock } from './clock.js';

describe('clocks', () => {
  it('a manual clock moves only when told', () => {
    const clock = new ManualClock('2024-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2024-01-01T00:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2024-01-01T00:01:30.000Z');
    clock.set('2025-02-03T04:05:06Z');
    expect(clock.now().toISOString()).toBe('2025-02-03T04:05:06.000Z');
  });

  it('an offset clock starts at the chosen instant and then runs with its base', () => {
    const base = new ManualClock('2026-11-22T10:00:00Z');
    const clock = offsetClock(new Date('2024-05-01T09:00:00Z'), base);
    expect(clock.now().toISOString()).toBe('2024-05-01T09:00:00.000Z');
    base.advance(60_000);
    expect(clock.now().toISOString()).toBe('2024-05-01T09:01:00.000Z');
  });
});
