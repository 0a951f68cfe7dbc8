import type { FormEvent, ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, isNotThere, PageNotFound, ServiceProblem, Title, type FormErrors } from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import type { Role, SupplierCompanyDetailsForAdminQuery } from '../../gql/graphql';
import { SupplierCompanyDetailsDocument } from './companyDetails';

export type EditedSupplier = SupplierCompanyDetailsForAdminQuery['supplier'];
export type EditedDetails = NonNullable<EditedSupplier['companyDetails']>;

const refused = isNotThere;

function Loaded({ children }: { children: (supplier: EditedSupplier, details: EditedDetails) => ReactNode }) {
  const { id = '' } = useParams();
  const { data, error } = useQuery(SupplierCompanyDetailsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && refused(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  if (!data.supplier.companyDetails) return <PageNotFound />;
  return <>{children(data.supplier, data.supplier.companyDetails)}</>;
}

/**
 * A page that changes one of a supplier's details (AD2, AD9): the supplier task's guard, then the
 * roles allowed this change ("not allowed" for the others), then the supplier (a 404 page for an
 * id that is none).
 */
export function SupplierEdit({ roles, children }: { roles: readonly Role[]; children: (supplier: EditedSupplier, details: EditedDetails) => ReactNode }) {
  return <RequireTask id="suppliers">{(viewer) => (roles.includes(viewer.role) ? <Loaded>{children}</Loaded> : <NotAllowedPage />)}</RequireTask>;
}

/** The page around an edit form: title, back link to the supplier, error summary, caption and the form with its button. */
export function EditForm({
  supplier,
  title,
  heading = true,
  errors,
  submission,
  loading,
  onSubmit,
  children,
  submitText = 'Save',
}: {
  supplier: EditedSupplier;
  title: string;
  /** Show the title as an h1 (false when the form's fieldset legend is the page heading). */
  heading?: boolean;
  errors: FormErrors;
  submission: number;
  loading: boolean;
  onSubmit: () => Promise<void>;
  children: ReactNode;
  submitText?: string;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={errors.summary.length > 0}>{`${title} – ${supplier.name}`}</Title>
        <BackLink href={`/suppliers/${supplier.id}`} text={`Back to ${supplier.name}`} />
        <FormErrorSummary errors={errors} submission={submission} />
        <span className="govuk-caption-l">{supplier.name}</span>
        {heading ? <h1 className="govuk-heading-l">{title}</h1> : null}
        <form noValidate onSubmit={submit}>
          {children}
          <Button type="submit" text={submitText} disabled={loading} />
        </form>
      </div>
    </div>
  );
}
