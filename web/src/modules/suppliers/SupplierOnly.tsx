import type { FormEvent, ReactNode } from 'react';
import type { OwnSupplierQuery } from '../../gql/graphql';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import type { FormErrors } from '../../ui/forms/formErrors';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { RequireViewer } from '../../ui/session/guards';
import { useOwnSupplier } from './supplier';

export type OwnSupplier = NonNullable<NonNullable<OwnSupplierQuery['viewer']>['supplier']>;
export type CompanyDetails = NonNullable<OwnSupplier['companyDetails']>;

function Loaded({ children }: { children: (supplier: OwnSupplier, details: CompanyDetails) => ReactNode }) {
  const { data, error } = useOwnSupplier();
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const supplier = data.viewer?.supplier;
  if (!supplier?.companyDetails) return <PageNotFound />;
  return <>{children(supplier, supplier.companyDetails)}</>;
}

/** A page for supplier users about their own company: anyone else is sent to sign in, or gets the 404 page. */
export function SupplierOnly({ children }: { children: (supplier: OwnSupplier, details: CompanyDetails) => ReactNode }) {
  return <RequireViewer allow={(v) => v.role === 'SUPPLIER'}>{() => <Loaded>{children}</Loaded>}</RequireViewer>;
}

/** The frame of a company details edit page: back link, error summary, the form and its button. */
export function EditForm({
  title,
  form,
  onSubmit,
  children,
  heading = true,
}: {
  title: string;
  form: { errors: FormErrors; submission: number; hasErrors: boolean; loading: boolean };
  onSubmit: () => Promise<void>;
  children: ReactNode;
  /** False when a field's label or legend is the page heading. */
  heading?: boolean;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={form.hasErrors}>{title}</Title>
        <BackLink href="/suppliers/details" text="Back to your company details" />
        <FormErrorSummary errors={form.errors} submission={form.submission} />
        {heading ? <h1 className="govuk-heading-l">{title}</h1> : null}
        <form noValidate onSubmit={submit}>
          {children}
          <div className="govuk-button-group">
            <Button type="submit" text="Save and return" disabled={form.loading} />
          </div>
        </form>
      </div>
    </div>
  );
}
