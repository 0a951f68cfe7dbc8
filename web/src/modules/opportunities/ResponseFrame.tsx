import { useQuery } from '@apollo/client/react';
import { useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useFrameworkForm, type FrameworkForm } from '../../ui/forms/frameworkForm';
import { questionContext } from '../../ui/forms/questions/model';
import type { TemplateValues } from '../../ui/forms/questions/template';
import type { Answers, QuestionContext } from '../../ui/forms/questions/types';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import type { BriefResponsePageQuery } from '../../gql/graphql';
import { briefTitle, BriefResponsePageDocument, ResponseRateServicesDocument } from './queries';
import { maximumDayRate, responsePages, responseValues } from './responseFlow';
import { errorCode } from '../../ui/app/errors';

export interface Responding {
  brief: BriefResponsePageQuery['brief'];
  response: BriefResponsePageQuery['briefResponse'];
  answers: Answers;
  title: string;
  /** Applications are open: answers can still change. */
  live: boolean;
  submitted: boolean;
  form: FrameworkForm;
  values: TemplateValues;
  ctx: QuestionContext;
  /** The question ids asked, one a page, in order. */
  pages: string[];
}

const notFound = (error: unknown) => {
  const code = errorCode(error);
  return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT';
};

function Loaded({ id, responseId, children }: { id: string; responseId: string; children: (r: Responding) => ReactNode }) {
  const { data, error } = useQuery(BriefResponsePageDocument, { variables: { id, responseId }, fetchPolicy: 'cache-and-network' });
  if (error) return notFound(error) ? <PageNotFound /> : <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  // A response is reached under its own opportunity only.
  if (data.briefResponse.brief.id !== data.brief.id) return <PageNotFound />;
  return <WithForm brief={data.brief} response={data.briefResponse} children={children} />;
}

function WithForm({ brief, response, children }: Pick<Responding, 'brief' | 'response'> & { children: (r: Responding) => ReactNode }) {
  const specialists = brief.lot.slug === 'digital-specialists';
  const rates = useQuery(ResponseRateServicesDocument, { variables: { frameworkSlug: brief.framework.slug }, skip: !specialists });
  const { form, error } = useFrameworkForm('BRIEF_RESPONSE', brief.framework.slug, brief.lot.slug);
  const maxRate = rates.data ? maximumDayRate(brief, rates.data.viewer?.supplier?.services ?? []) : null;
  const values = useMemo(() => responseValues(brief, maxRate), [brief, maxRate]);
  const ctx = useMemo(() => (form ? questionContext(form, { values }) : null), [form, values]);
  if (error || rates.error) return <ServiceProblem />;
  if (!form || !ctx || (specialists && !rates.data)) return <p className="govuk-body">Loading…</p>;
  return (
    <>
      {children({
        brief,
        response,
        answers: response.data as Answers,
        title: briefTitle(brief.data),
        live: brief.status === 'LIVE',
        submitted: response.status !== 'DRAFT',
        form,
        values,
        ctx,
        pages: responsePages(form, ctx),
      })}
    </>
  );
}

/** The response of the URL (`/suppliers/opportunities/:id/responses/:responseId/…`), its opportunity and its form, for a signed-in supplier. */
export function ResponseFrame({ children }: { children: (r: Responding) => ReactNode }) {
  const { id = '', responseId = '' } = useParams();
  const valid = /^\d{1,9}$/.test(id) && /^\d{1,9}$/.test(responseId);
  return <RequireViewer allow={isSupplier}>{() => (valid ? <Loaded id={id} responseId={responseId} children={children} /> : <PageNotFound />)}</RequireViewer>;
}
