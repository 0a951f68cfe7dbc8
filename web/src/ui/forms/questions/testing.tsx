import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { useState } from 'react';
import type { FieldErrors } from '../formErrors';
import type { FrameworkForm } from '../frameworkForm';
import award from './fixtures/dos-5-award-specialists.json';
import briefResponse from './fixtures/dos-5-brief-response-specialists.json';
import brief from './fixtures/dos-5-brief-specialists.json';
import cloudHosting from './fixtures/g-cloud-13-cloud-hosting.json';
import declaration from './fixtures/g-cloud-13-declaration.json';
import single from './fixtures/g-cloud-13-single-questions.json';
import { groupAnswers, groupCheck, groupState, QuestionGroup, type GroupState } from './group';
import { questionContext } from './model';
import { questionType } from './registry';
import type { TemplateValues } from './template';
import type { Answers, Question, QuestionContext } from './types';

// Helpers for the question types' tests: real forms of the content (fixtures/, printed from the
// server's form builder), a question rendered in a group as a page renders it, its answers read back.

export const FORMS = {
  declaration: declaration as FrameworkForm,
  cloudHosting: cloudHosting as FrameworkForm,
  brief: brief as FrameworkForm,
  briefResponse: briefResponse as FrameworkForm,
  award: award as FrameworkForm,
};

/** A form made of questions that no fixture form holds together (a checkbox tree cut short, the service id). */
export const SINGLE = single as unknown as Record<'serviceCategories' | 'id', Question>;

export const formOf = (questions: Question[], base: FrameworkForm = FORMS.cloudHosting): FrameworkForm => ({ ...base, sections: [], questions });

/** A top-level question of a form, failing the test when the content has no such question. */
export function questionOf(form: FrameworkForm, id: string): Question {
  const question = form.questions.find((q) => q.id === id && !q.parentId);
  if (!question) throw new Error(`No question ${id} in ${form.name} ${form.frameworkSlug}`);
  return question;
}

/** Answers → form state → answers, as a page does without the user changing anything. */
export function roundTrip(form: FrameworkForm, id: string, answers: Answers, values?: TemplateValues): Answers {
  const ctx = questionContext(form, { values });
  const questions = [questionOf(form, id)];
  return groupAnswers(questions, groupState(questions, answers, ctx), ctx);
}

/** What the browser finds with the question's state from `answers`. */
export function checkOf(form: FrameworkForm, id: string, answers: Answers, values?: TemplateValues, required = true): FieldErrors {
  const ctx = questionContext(form, { values });
  const questions = [questionOf(form, id)];
  return groupCheck(questions, groupState(questions, answers, ctx), ctx, { required, path: '' });
}

export function summaryOf(form: FrameworkForm, id: string, answers: Answers, values?: TemplateValues) {
  const ctx: QuestionContext = questionContext(form, { values });
  const question = questionOf(form, id);
  return questionType(question).summary(question, answers, ctx);
}

interface RenderOptions {
  answers?: Answers;
  errors?: FieldErrors;
  values?: TemplateValues;
  mocks?: MockedResponse[];
  alone?: boolean;
}

/** Renders one question as a page does; `answers()` reads what the page would send. */
export function renderQuestion(form: FrameworkForm, id: string, { answers = {}, errors = {}, values, mocks = [], alone = true }: RenderOptions = {}) {
  const ctx = questionContext(form, { values });
  const questions = [questionOf(form, id)];
  let current: GroupState = groupState(questions, answers, ctx);
  function Harness() {
    const [state, setState] = useState<GroupState>(current);
    current = state;
    return (
      <QuestionGroup
        questions={questions}
        state={state}
        onChange={setState}
        errors={errors}
        ctx={ctx}
        heading={alone ? { size: 'l', isPageHeading: true } : { size: 'm', isPageHeading: false }}
        path=""
      />
    );
  }
  const view = render(
    <MockedProvider mocks={mocks}>
      <Harness />
    </MockedProvider>,
  );
  return { ...view, answers: () => groupAnswers(questions, current, ctx), check: (required = true) => groupCheck(questions, current, ctx, { required, path: '' }) };
}
