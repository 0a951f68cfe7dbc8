import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { isNotThere, PageNotFound, ServiceProblem, useFrameworkForm, type FrameworkForm } from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import type { AdminDeclarationQuery } from '../../gql/graphql';
import { AdminDeclarationDocument, DECLARATION_VIEWABLE, VIEWS_DECLARATIONS } from './declarations';

export interface Declaring {
  supplier: AdminDeclarationQuery['supplier'];
  application: AdminDeclarationQuery['frameworkApplication'];
  form: FrameworkForm;
}

const refused = isNotThere;

function WithForm({ frameworkSlug, children }: { frameworkSlug: string; children: (form: FrameworkForm) => ReactNode }) {
  const { form, error, loading } = useFrameworkForm('DECLARATION', frameworkSlug);
  if (loading && !form) return <p className="govuk-body">Loading…</p>;
  if (error && refused(error)) return <PageNotFound />;
  if (error || !form) return <ServiceProblem />;
  return <>{children(form)}</>;
}

function Loaded({ children }: { children: (declaring: Declaring) => ReactNode }) {
  const { id = '', framework = '' } = useParams();
  const { data, error } = useQuery(AdminDeclarationDocument, { variables: { supplierId: id, frameworkSlug: framework }, fetchPolicy: 'cache-and-network' });
  if (error && refused(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  // Before applications close, a declaration is the supplier's own business (AD10).
  if (!DECLARATION_VIEWABLE.includes(data.frameworkApplication.framework.status)) return <PageNotFound />;
  return <WithForm frameworkSlug={framework}>{(form) => children({ supplier: data.supplier, application: data.frameworkApplication, form })}</WithForm>;
}

/** A page of a supplier's declaration: sourcing only ("not allowed" for other admins), a 404 page for none. */
export function DeclarationFrame({ children }: { children: (declaring: Declaring) => ReactNode }) {
  return <RequireTask id="suppliers">{(viewer) => (VIEWS_DECLARATIONS.includes(viewer.role) ? <Loaded>{children}</Loaded> : <NotAllowedPage />)}</RequireTask>;
}
