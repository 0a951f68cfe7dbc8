import type { ComponentType, ReactNode } from 'react';
import type { FieldErrors } from '../formErrors';
import type { FormQuestion } from '../frameworkForm';
import type { TemplateValues } from './template';

/** A question of a form, as the API serves it. */
export type Question = FormQuestion;

/** Answers by answer key, as the API stores them (a draft's data, a declaration, a brief). */
export type Answers = Record<string, unknown>;

/** Where an upload question's file goes (`POST /documents?purpose=&framework=&lot=&question=`). */
export interface UploadTarget {
  purpose: 'declaration' | 'service';
  framework: string;
  lot?: string | null;
  /** The supplier an admin uploads for (editing a supplier's live service); a supplier's own otherwise. */
  supplier?: string | null;
}

/** The questions of a form, found by id under their parent (ids repeat: two dynamic lists may both ask `evidence`). */
export interface QuestionIndex {
  /** A question that is not a child of another. */
  top(id: string): Question | undefined;
  /** A multiquestion's or dynamic list's questions, in order. */
  children(question: Question): Question[];
}

/** What a question needs besides its content and its state. */
export interface QuestionContext {
  index: QuestionIndex;
  /** Declarations number their questions across sections; `[[id]]` in the content says the number. */
  numbers?: ReadonlyMap<string, number>;
  /** What `depends` and the content's templates read: `lot`, `brief`, a dynamic list's `item`… */
  values: TemplateValues;
  upload?: UploadTarget;
}

/** How a question's own heading is drawn: the page's h1 when it is alone on its page. */
export interface Heading {
  size: 'l' | 'm' | 's';
  isPageHeading: boolean;
}

/** A state change: from the state as it is when applied (an upload ends while the user types elsewhere). */
export type Update<S> = (update: (previous: S) => S) => void;

export interface FieldProps<S> {
  question: Question;
  state: S;
  onChange: Update<S>;
  /** Errors by field id (`path` + answer key): the API's, and the browser's own. */
  errors: FieldErrors;
  ctx: QuestionContext;
  heading: Heading;
  /** Prefix of the field's ids and error keys: empty, or a dynamic list item's (`essentialRequirements-0-`). */
  path: string;
  /** Follow-up questions revealed under a choice, by the choice's value. */
  reveal: Record<string, ReactNode>;
}

export interface CheckOptions {
  /** Whether an answer is needed (the question is not optional, and the page asks for every answer). */
  required: boolean;
  path: string;
}

/**
 * One type of question of the framework content (ARCHITECTURE §7): how it renders, how its stored
 * answer becomes form state and back (with `null` for what is cleared), what the browser can check
 * before sending, where an error on one of its answer keys points, and how its answer reads in a
 * summary. The renderer knows nothing else about any type.
 */
export interface QuestionType<S> {
  /** The answer keys it writes: its id, a pricing question's fields, a multiquestion's children's keys. */
  keys(question: Question, ctx: QuestionContext): string[];
  toState(question: Question, answers: Answers, ctx: QuestionContext): S;
  toAnswers(question: Question, state: S, ctx: QuestionContext): Answers;
  /** The values chosen, as strings, which follow-up questions are asked by. */
  chosen?(question: Question, state: S): string[];
  /** What the browser finds before anything is sent (an answer missing, a date that is not one, a limit passed), by field id. */
  check(question: Question, state: S, ctx: QuestionContext, options: CheckOptions): FieldErrors;
  /** The id of the element an error on `key` links to from the error summary. */
  anchor(question: Question, key: string, path: string, ctx: QuestionContext): string;
  Field: ComponentType<FieldProps<S>>;
  /** The answer in a "check your answers" summary; null when it is not answered. */
  summary(question: Question, answers: Answers, ctx: QuestionContext): ReactNode | null;
}
