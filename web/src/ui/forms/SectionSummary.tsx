import { useMemo } from 'react';
import { Link } from '../govuk/links';
import { SummaryList, type SummaryCard, type SummaryListRow } from '../govuk/SummaryList';
import type { FormSection, FrameworkForm } from './frameworkForm';
import { dependsMet } from './questions/group';
import { questionContext } from './questions/model';
import { questionType } from './questions/registry';
import { contentValues, numberOf, questionName } from './questions/shared';
import { plainText } from './questions/content';
import type { TemplateValues } from './questions/template';
import type { Answers, Question } from './questions/types';

export interface SectionSummaryProps {
  form: FrameworkForm;
  section: FormSection;
  answers: Answers;
  /** Where a question is answered or changed (its page of the section); null for no link. */
  changeHref?: (pageSlug: string, question: Question) => string | null;
  /** Answers offered from an earlier declaration and not saved yet: their rows say "Review answer". */
  prefilled?: Answers;
  values?: TemplateValues;
  numbered?: boolean;
  /** A card around the list (a title, actions for the whole section). */
  card?: SummaryCard;
}

const answered = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * A section's "check your answers": a summary list of its questions, each with its answer as its
 * type shows it, and a link to the page that asks it (Change; or "Answer question" in place of an
 * answer not given yet). Everything comes from the content.
 */
export function SectionSummary({ form, section, answers, changeHref, prefilled, values, numbered, card }: SectionSummaryProps) {
  const ctx = useMemo(() => questionContext(form, { values, numbered }), [form, values, numbered]);
  // The content gives some questions the same short name ("Essential skills and experience" for the
  // yes/no and for the evidence): those rows say their question in full, so each reads (and is
  // announced with its Change link) as what it asks.
  const shown = section.questionIds.map((id) => ctx.index.top(id)).filter((q): q is Question => Boolean(q && dependsMet(q, ctx)));
  const names = shown.map((q) => questionName(q, ctx));
  const repeated = new Set(names.filter((n, i) => names.indexOf(n) !== i));
  const rows: SummaryListRow[] = section.questionIds.flatMap((id): SummaryListRow[] => {
    const question = ctx.index.top(id);
    if (!question || !dependsMet(question, ctx)) return [];
    const type = questionType(question);
    const short = questionName(question, ctx);
    const name = repeated.has(short) && question.question ? plainText(question.question, contentValues(ctx)) : short;
    const number = numberOf(question, ctx);
    const page = section.pages.find((p) => p.questionIds.includes(id));
    const href = page && changeHref ? changeHref(page.slug, question) : null;
    const value = type.summary(question, answers, ctx);
    const offered = !value && prefilled && type.keys(question, ctx).some((key) => answered(prefilled[key]));
    const key = { text: number ? `${number}. ${name}` : name };
    if (value === null)
      return [
        {
          key,
          value: {
            text: href ? (
              <Link href={href} className="govuk-link">
                {offered ? 'Review answer' : 'Answer question'} <span className="govuk-visually-hidden">{name}</span>
              </Link>
            ) : (
              <span className="govuk-hint govuk-!-margin-0">Not answered</span>
            ),
          },
        },
      ];
    return [{ key, value: { text: value }, actions: href ? { items: [{ href, text: 'Change', visuallyHiddenText: name }] } : undefined }];
  });
  return <SummaryList rows={rows} card={card} classes={card ? undefined : 'govuk-!-margin-bottom-9'} />;
}
