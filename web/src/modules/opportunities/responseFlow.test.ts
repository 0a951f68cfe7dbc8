import { describe, expect, it } from 'vitest';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import { questionContext } from '../../ui/forms/questions/model';
import { FORMS } from '../../ui/forms/questions/testing';
import { fillTemplate } from '../../ui/forms/questions/template';
import { isAnswered, maximumDayRate, missingAnswers, nextPage, previousPage, responsePages, responseValues, resumePage, type ResponseBrief } from './responseFlow';

const specialist: ResponseBrief = {
  lot: { slug: 'digital-specialists' },
  data: {
    specialistRole: 'developer',
    startDate: '2024-06-03',
    essentialRequirements: ['Have done this role in a public sector digital team', 'Have worked in agile teams'],
    niceToHaveRequirements: ['Have worked in local government'],
  },
};
const form = FORMS.briefResponse;
const ctxOf = (brief: ResponseBrief, f: FrameworkForm = form) => questionContext(f, { values: responseValues(brief, '800') });
/** The same content served for another lot (the API serves each lot's form; the day rate depends on the lot). */
const outcomesForm: FrameworkForm = { ...form, lotSlug: 'digital-outcomes' };

describe('the pages of a response', () => {
  it('asks each question of the content on its own page, in order, the day rate of specialists only', () => {
    const pages = responsePages(form, ctxOf(specialist));
    expect(pages).toEqual(['availability', 'dayRate', 'essentialRequirementsMet', 'essentialRequirements', 'niceToHaveRequirements', 'respondToEmailAddress']);
    const outcomes = { ...specialist, lot: { slug: 'digital-outcomes' } };
    expect(responsePages(outcomesForm, ctxOf(outcomes, outcomesForm))).not.toContain('dayRate');
  });

  it('skips the nice-to-have page when the brief has no nice-to-have requirements', () => {
    const none = { ...specialist, data: { ...(specialist.data as object), niceToHaveRequirements: [] } };
    expect(responsePages(form, ctxOf(none))).toEqual(['availability', 'dayRate', 'essentialRequirementsMet', 'essentialRequirements', 'respondToEmailAddress']);
    const missing = { ...specialist, data: { ...(specialist.data as object), niceToHaveRequirements: undefined } };
    expect(responsePages(form, ctxOf(missing))).not.toContain('niceToHaveRequirements');
  });

  it('goes to the next page, then to the answers page after the last; back to the previous page, then the start page', () => {
    const pages = responsePages(form, ctxOf(specialist));
    expect(nextPage(pages, 'availability')).toBe('dayRate');
    expect(nextPage(pages, 'essentialRequirements')).toBe('niceToHaveRequirements');
    expect(nextPage(pages, 'respondToEmailAddress')).toBeNull();
    expect(nextPage(pages, 'notAPage')).toBeNull();
    expect(previousPage(pages, 'dayRate')).toBe('availability');
    expect(previousPage(pages, 'availability')).toBeNull();
  });

  it('carries on from the first question not answered, or the answers page when all are', () => {
    const ctx = ctxOf(specialist);
    const pages = responsePages(form, ctx);
    expect(resumePage(pages, {}, ctx)).toBe('availability');
    const some = { availability: '2024-07-01', dayRate: '650', essentialRequirementsMet: false };
    expect(isAnswered('essentialRequirementsMet', some, ctx)).toBe(true);
    expect(resumePage(pages, some, ctx)).toBe('essentialRequirements');
    const all = {
      ...some,
      essentialRequirementsMet: true,
      essentialRequirements: [{ evidence: 'a' }, { evidence: 'b' }],
      niceToHaveRequirements: [{ yesNo: false }],
      respondToEmailAddress: 'bids@example.com',
    };
    expect(resumePage(pages, all, ctx)).toBeNull();
    expect(resumePage(pages, { ...all, respondToEmailAddress: '' }, ctx)).toBe('respondToEmailAddress');
  });
});

describe('the values of the content’s templates', () => {
  it('gives the brief with its lot, and the supplier’s maximum day rate for the role', () => {
    const services = [
      { status: 'PUBLISHED', lot: { slug: 'digital-specialists' }, data: { developerLocations: ['London'], developerPriceMax: '750' } },
      { status: 'PUBLISHED', lot: { slug: 'digital-specialists' }, data: { developerLocations: ['Wales'], developerPriceMax: '820.50' } },
      // Not counted: removed, another lot, another role, no role offered.
      { status: 'ENABLED', lot: { slug: 'digital-specialists' }, data: { developerLocations: ['London'], developerPriceMax: '990' } },
      { status: 'PUBLISHED', lot: { slug: 'digital-outcomes' }, data: { developerLocations: ['London'], developerPriceMax: '995' } },
      { status: 'PUBLISHED', lot: { slug: 'digital-specialists' }, data: { designerLocations: ['London'], designerPriceMax: '999', developerPriceMax: '998' } },
    ];
    expect(maximumDayRate(specialist, services)).toBe('820.50');
    expect(maximumDayRate(specialist, services.slice(2))).toBeNull();
    expect(maximumDayRate({ ...specialist, lot: { slug: 'digital-outcomes' } }, services)).toBeNull();
    const values = responseValues(specialist, '820.50');
    expect(fillTemplate('{{ brief.lotSlug }} from {{ brief.startDate|datetodatetimeformat }}, up to £{{ max_day_rate }}', values)).toBe(
      'digital-specialists from 3 June 2024, up to £820.50',
    );
    expect(responseValues(specialist, null)).not.toHaveProperty('max_day_rate');
  });
});

describe('what stops a response being submitted', () => {
  it('lists the API’s refusals in the order of the pages, linking to each page, naming the question for a generic message', () => {
    const ctx = ctxOf(specialist);
    const pages = responsePages(form, ctx);
    const errors = missingAnswers(
      {
        summary: [],
        fields: {
          respondToEmailAddress: 'Enter an email address',
          essentialRequirements: 'Check your answer',
          availability: 'Enter a start date',
          _: 'Answer the follow-up questions',
        },
      },
      pages,
      ctx,
      (id) => `/edit/${id}`,
    );
    expect(errors.summary).toEqual([
      { text: 'Enter a start date', href: '/edit/availability' },
      { text: 'Essential skills and experience: you need to answer this question', href: '/edit/essentialRequirements' },
      { text: 'Enter an email address', href: '/edit/respondToEmailAddress' },
      { text: 'Answer the follow-up questions' },
    ]);
    // A refusal without fields (applications closed) is shown as it is.
    const closed = { summary: [{ text: 'Applications closed at 2024-06-01T12:00:00.000Z' }], fields: {} };
    expect(missingAnswers(closed, pages, ctx, (id) => id)).toBe(closed);
  });
});
