import { Checkboxes } from '../../govuk/Checkboxes';
import { optionLabel } from './options';
import { AnswerList, errorOf, legendOf, messageFor, questionHeading } from './shared';
import type { FieldProps, Question, QuestionType } from './types';

type Option = Question['options'][number];

const childrenOf = (q: Question, parent: string | null): Option[] => q.options.filter((o) => (o.parentValue ?? null) === parent);
const hasChildren = (q: Question, value: string) => q.options.some((o) => o.parentValue === value);
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The chosen leaves whose every parent is still ticked, once each, sorted (how the API stores a tree). */
function leaves(q: Question, state: string[]): string[] {
  const ticked = new Set(state);
  const byValue = new Map(q.options.map((o) => [o.value, o]));
  const open = (o: Option | undefined): boolean => !o || ((!o.parentValue || ticked.has(o.parentValue)) && open(o.parentValue ? byValue.get(o.parentValue) : undefined));
  return [...new Set(state.filter((v) => byValue.has(v) && !hasChildren(q, v) && open(byValue.get(v))))].sort();
}

function TreeField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<string[]>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  const max = question.limits.maxItems;
  const hintHtml = [hint?.html, max ? `<p class="govuk-hint govuk-!-margin-bottom-0">Select up to ${max}.</p>` : ''].filter(Boolean).join('\n');

  // A level of the tree: its choices, each parent opening its own choices beneath it when ticked.
  const level = (parent: string | null, prefix: string, nested: boolean) => {
    const options = childrenOf(question, parent);
    const own = new Set(options.map((o) => o.value));
    return (
      <Checkboxes
        name={id}
        idPrefix={prefix}
        small={nested}
        fieldset={nested ? { legend: { text: `${parent} categories`, classes: 'govuk-visually-hidden' } } : { legend: legendOf(title, heading) }}
        hint={nested ? undefined : hintHtml ? { html: hintHtml } : undefined}
        formGroup={!nested && advice ? { beforeInputs: { children: advice } } : undefined}
        errorMessage={nested ? undefined : errorOf(errors, id)}
        items={options.map((o) => ({
          value: o.value,
          html: o.label,
          conditional: hasChildren(question, o.value) ? { children: level(o.value, `${id}-${slug(o.value)}`, true) } : undefined,
        }))}
        values={state.filter((v) => own.has(v))}
        onChange={(values) => onChange((previous) => [...previous.filter((v) => !own.has(v)), ...values])}
      />
    );
  };
  return level(null, id, false);
}

const answered = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** `checkbox_tree`: choices nested under others (a parent opens its own); the answer is the chosen leaves only. */
export const checkboxTree: QuestionType<string[]> = {
  keys: (q) => [q.id],
  toState(q, answers) {
    // The parents of stored leaves are ticked again, so that the leaves show.
    const byValue = new Map(q.options.map((o) => [o.value, o]));
    const ticked = new Set<string>();
    for (const leaf of answered(answers[q.id])) {
      for (let o = byValue.get(leaf); o; o = o.parentValue ? byValue.get(o.parentValue) : undefined) ticked.add(o.value);
    }
    return q.options.map((o) => o.value).filter((v) => ticked.has(v));
  },
  toAnswers: (q, state) => {
    const chosen = leaves(q, state);
    return { [q.id]: chosen.length ? chosen : null };
  },
  check(q, state, ctx, { required, path }) {
    const id = path + q.id;
    const chosen = leaves(q, state);
    if (!chosen.length) return required ? { [id]: messageFor(q, 'answer_required', ctx) } : {};
    const max = q.limits.maxItems;
    return max && chosen.length > max ? { [id]: messageFor(q, 'max_items_limit', ctx, undefined, `Select no more than ${max}.`) } : {};
  },
  anchor: (q, _key, path) => path + q.id,
  Field: TreeField,
  summary: (q, answers) => {
    const values = answered(answers[q.id]);
    return values.length ? <AnswerList items={values.map((v) => optionLabel(q, v))} /> : null;
  },
};
