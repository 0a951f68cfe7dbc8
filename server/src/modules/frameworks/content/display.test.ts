import { describe, expect, it } from 'vitest';
import { FrameworkContent } from './catalogue.js';
import { displaySections, priceText } from './display.js';

const content = new FrameworkContent();

describe('answers in words from the display manifests', () => {
  it('shows a G-Cloud service in its sections, numbered, with labels and Yes/No, leaving out empty ones', () => {
    const sections = displaySections(content, 'g-cloud-13', 'display_service', 'cloud-hosting', {
      resellingType: 'not_reseller',
      backup: true,
      scalingType: ['automatic'],
      priceMin: '10.50',
      priceMax: '20',
      priceUnit: 'Instance',
      priceInterval: 'Month',
    });
    const rows = Object.fromEntries(sections.flatMap((s) => s.rows.map((r) => [r.label, r.values])));
    expect(sections.every((s) => /^\d{2}-[a-z0-9-]+$/.test(s.slug) && s.rows.length > 0)).toBe(true);
    expect(Object.values(rows)).toContainEqual(['I’m not a reseller']);
    expect(Object.values(rows)).toContainEqual(['£10.50 to £20 an instance a month']);
    expect(priceText({ priceMin: '5', priceUnit: 'User', priceInterval: 'Hour' })).toBe('£5 a user an hour');
    expect(JSON.stringify(rows)).toContain('"Yes"');
    expect(sections.find((s) => s.name === 'Planning')).toBeUndefined(); // nothing answered there
  });

  it('shows a DOS requirement in its sections, and says nothing for content it does not have', () => {
    const sections = displaySections(content, 'digital-outcomes-and-specialists-5', 'display_brief', 'digital-specialists', {
      specialistRole: 'agileCoach',
      summary: 'Coach three teams',
      organisation: 'Ministry',
    });
    expect(sections[0]!.name).toBe('Overview');
    expect(sections[0]!.rows.map((r) => r.values[0])).toEqual(['Agile coach', 'Coach three teams', 'Ministry']);
    expect(displaySections(content, 'g-cloud-4', 'display_service', 'iaas', { serviceName: 'x' })).toEqual([]);
    expect(priceText({})).toBeNull();
  });
});
