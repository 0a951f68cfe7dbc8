import { describe, expect, it } from 'vitest';
import { questionContext } from '../../ui/forms/questions/model';
import { FORMS } from '../../ui/forms/questions/testing';
import { draftName, editableSections, missingCount, missingInSection, nextPageOf, progressText } from './progress';

const form = FORMS.cloudHosting;
const ctx = questionContext(form);
const section = (slug: string) => form.sections.find((s) => s.slug === slug)!;

describe('what a draft service still needs', () => {
  it('counts each question once however many of its answers are missing (a price’s fields), and anything no question asks', () => {
    const missing = { priceMin: 'answer_required', priceUnit: 'answer_required', serviceName: 'answer_required', serviceFeatures: 'answer_required', somethingElse: 'x' };
    expect(missingCount(form, ctx, missing)).toBe(3 + 1);
    expect(missingInSection(section('pricing'), ctx, missing)).toEqual(['price']);
    // A multiquestion's part names the multiquestion.
    expect(missingInSection(section('service-features-and-benefits'), ctx, missing)).toEqual(['multiqServiceFeaturesAndBenefits']);
    expect(missingCount(form, ctx, {})).toBe(0);
  });

  it('reads as the lot page lists drafts', () => {
    expect(progressText('NOT_SUBMITTED', 3)).toBe('3 unanswered questions');
    expect(progressText('NOT_SUBMITTED', 1)).toBe('1 unanswered question');
    expect(progressText('NOT_SUBMITTED', 0)).toBe('Service can be marked as complete');
    expect(progressText('SUBMITTED', 0)).toBe('Marked as complete');
  });

  it('names a draft by its service name, or by its lot until it has one', () => {
    expect(draftName({ serviceName: 'Backup as a service' }, 'Cloud hosting')).toBe('Backup as a service');
    expect(draftName({ serviceName: '  ' }, 'Cloud hosting')).toBe('Unnamed Cloud hosting service');
    expect(draftName({}, 'Cloud hosting')).toBe('Unnamed Cloud hosting service');
  });
});

describe('the page after a saved page', () => {
  const support = section('user-support');

  it('is the section’s next page on G-Cloud, and the summary (null) after its last', () => {
    expect(support.pages.length).toBeGreaterThan(2);
    expect(nextPageOf(support, support.pages[0]!.slug, true)).toBe(support.pages[1]!.slug);
    expect(nextPageOf(support, support.pages.at(-1)!.slug, true)).toBeNull();
  });

  it('is always the summary on frameworks that return after each page, or for a page the section has not', () => {
    expect(nextPageOf(support, support.pages[0]!.slug, false)).toBeNull();
    expect(nextPageOf(support, 'no-such-page', true)).toBeNull();
  });

  it('only sections with pages are edited', () => {
    expect(editableSections(form).map((s) => s.slug)).toEqual(form.sections.filter((s) => s.pages.length).map((s) => s.slug));
    expect(editableSections({ ...form, sections: [{ ...section('pricing'), pages: [] }] })).toEqual([]);
  });
});
