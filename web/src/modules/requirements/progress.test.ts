import { describe, expect, it } from 'vitest';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import { questionContext } from '../../ui/forms/questions/model';
import participantsForm from './fixtures/dos-5-brief-user-research-participants.json';
import specialistsForm from './fixtures/dos-5-brief-digital-specialists.json';
import { findQuestion, missingList, requirementTitle, sectionHref, sectionsOfStep, sectionTag, unansweredCounts } from './progress';
import { tagStatus } from './tasks';

// The brief forms of two lots, printed from the server's form builder (server/src/modules/frameworks/form.ts).
const specialists = specialistsForm as unknown as FrameworkForm;
const participants = participantsForm as unknown as FrameworkForm;
const ctx = questionContext(specialists);
const section = (slug: string) => specialists.sections.find((s) => s.slug === slug)!;

describe('the task list of a draft requirement', () => {
  it('puts each section in its step: write, evaluate, publish', () => {
    expect(sectionsOfStep(specialists, 1).map((s) => s.slug)).toEqual([
      'title',
      'specialist-role',
      'location',
      'description-of-work',
      'off-payroll-working-rules-ir35-determination',
    ]);
    expect(sectionsOfStep(specialists, 2).map((s) => s.slug)).toEqual(['shortlist-and-evaluation-process']);
    expect(sectionsOfStep(specialists, 3).map((s) => s.slug)).toEqual(['set-how-long-your-requirements-will-be-open-for', 'describe-question-and-answer-session']);
    // Participants are not asked for a specialist role, an IR35 determination or a length.
    expect(sectionsOfStep(participants, 1).map((s) => s.slug)).toEqual(['title', 'location', 'description-of-work']);
    expect(sectionsOfStep(participants, 3).map((s) => s.slug)).toEqual(['describe-question-and-answer-session']);
  });

  it('tags a section Done, To do, In progress or Optional from its answers and what the API finds missing', () => {
    const missing = { specialistRole: 'answer_required', organisation: 'answer_required', summary: 'answer_required', technicalWeighting: 'The weightings must add up to 100%' };
    const data = { title: 'Developer', specialistWork: 'Build things', numberOfSuppliers: 3 };
    expect(sectionTag(section('title'), ctx, data, missing)).toBe('Done');
    expect(sectionTag(section('specialist-role'), ctx, data, missing)).toBe('To do');
    expect(sectionTag(section('description-of-work'), ctx, data, missing)).toBe('In progress');
    // A multiquestion's part (a weighting) keeps its section in progress.
    expect(sectionTag(section('shortlist-and-evaluation-process'), ctx, data, missing)).toBe('In progress');
    // The question and answer session is optional: untouched it says so; answered it is done.
    expect(sectionTag(section('describe-question-and-answer-session'), ctx, data, missing)).toBe('Optional');
    expect(sectionTag(section('describe-question-and-answer-session'), ctx, { questionAndAnswerSessionDetails: 'Tuesday at 10am' }, missing)).toBe('Done');
  });

  it('shows Done as text and the others as coloured tags, as the GOV.UK task list does', () => {
    expect(tagStatus('Done')).toEqual({ text: 'Done' });
    expect(tagStatus('To do').tag).toEqual({ text: 'To do', classes: 'govuk-tag--blue' });
    expect(tagStatus('In progress').tag?.classes).toBe('govuk-tag--light-blue');
    expect(tagStatus('Optional').tag?.classes).toBe('govuk-tag--grey');
  });

  it('links a one-question section to its question and a longer one to its summary', () => {
    expect(sectionHref('7', 'dos', 'digital-specialists', section('title'))).toBe('/buyers/frameworks/dos/requirements/digital-specialists/7/edit/title/title');
    expect(sectionHref('7', 'dos', 'digital-specialists', section('description-of-work'))).toBe('/buyers/frameworks/dos/requirements/digital-specialists/7/description-of-work');
  });
});

describe('what is still to answer', () => {
  it('lists each missing question once, in the form’s order, linked to its page', () => {
    const missing = { summary: 'x', technicalWeighting: 'x', culturalWeighting: 'x', priceWeighting: 'x', specialistRole: 'x' };
    const list = missingList(specialists, missing, '12');
    expect(list.map((q) => q.id)).toEqual(['specialistRole', 'summary', 'weightingSpecialists']);
    expect(list[1]).toMatchObject({
      name: 'Summary of the work',
      href: '/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-specialists/12/edit/description-of-work/summary',
    });
    expect(missingList(specialists, {}, '12')).toEqual([]);
  });

  it('counts required questions missing and optional ones left empty (the dashboard’s “Unanswered questions”)', () => {
    const optionalIds = specialists.sections.flatMap((s) => s.questionIds).filter((id) => specialists.questions.find((q) => q.id === id && !q.parentId)!.optional);
    expect(unansweredCounts(specialists, {}, { summary: 'x', technicalWeighting: 'x', priceWeighting: 'x' })).toEqual({ required: 2, optional: optionalIds.length });
    expect(unansweredCounts(specialists, { questionAndAnswerSessionDetails: 'Yes' }, {}).optional).toBe(optionalIds.length - 1);
  });

  it('finds an edit page’s question only in its own section', () => {
    expect(findQuestion(specialists, 'description-of-work', 'summary')?.question.id).toBe('summary');
    expect(findQuestion(specialists, 'title', 'summary')).toBeNull();
    expect(findQuestion(participants, 'specialist-role', 'specialistRole')).toBeNull();
  });

  it('names a requirement by its title, or a stand-in', () => {
    expect(requirementTitle({ title: 'Delivery manager' })).toBe('Delivery manager');
    expect(requirementTitle({ title: ' ' })).toBe('Untitled requirement');
  });
});
