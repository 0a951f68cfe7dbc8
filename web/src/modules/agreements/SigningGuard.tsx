import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorPage, PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { RequireViewer } from '../../ui/session/guards';
import { contractTitle, useAgreementSigning, type SigningData } from './agreement';

const SIGNABLE = new Set(['STANDSTILL', 'LIVE']);

export interface Signing {
  data: SigningData;
  framework: SigningData['framework'];
  agreement: NonNullable<SigningData['frameworkApplication']['agreement']> | null;
}

function BackToAccount() {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/suppliers">
        Return to your account
      </Link>
    </p>
  );
}

/** The supplier is not on the framework (or never applied to it): nothing to sign. */
function NotOnFramework({ name, resultKnown = true }: { name: string; resultKnown?: boolean }) {
  return (
    <ErrorPage title={`You cannot sign the ${name} agreement`}>
      <p className="govuk-body">
        {resultKnown
          ? `Your company is not on ${name}, so there is no agreement for you to sign.`
          : `The results of ${name} are not known yet. You can only sign the agreement once your company is on ${name}.`}
      </p>
      <p className="govuk-body">If you think this is wrong, contact the support team.</p>
      <BackToAccount />
    </ErrorPage>
  );
}

/** The framework's agreements are not signed online, or not at this stage. */
function NotSignableOnline({ name }: { name: string }) {
  return (
    <ErrorPage title={`You cannot sign the ${name} agreement online`}>
      <p className="govuk-body">Agreements for {name} cannot be signed on the Digital Marketplace at the moment.</p>
      <BackToAccount />
    </ErrorPage>
  );
}

const errorPath = (error: unknown) => (CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined);

function Loaded({ frameworkSlug, signed, children }: { frameworkSlug: string; signed: 'allow' | 'refuse'; children: (signing: Signing) => ReactNode }) {
  const { data, error } = useAgreementSigning(frameworkSlug);
  if (error && !data) {
    const first = errorPath(error);
    const code = first?.extensions?.code;
    if (code === 'NOT_FOUND' && first?.path?.[0] === 'frameworkApplication') return <NotOnFrameworkByName frameworkSlug={frameworkSlug} />;
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? <PageNotFound /> : <ServiceProblem />;
  }
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { framework, frameworkApplication: application } = data;
  if (application.onFramework !== true) return <NotOnFramework name={framework.name} resultKnown={application.onFramework === false} />;
  const agreement = application.agreement ?? null;
  if (agreement && signed === 'refuse') return <AlreadySigned framework={framework} />;
  if (!agreement && (!framework.isESignatureSupported || !SIGNABLE.has(framework.status))) return <NotSignableOnline name={framework.name} />;
  return <>{children({ data, framework, agreement })}</>;
}

const FrameworkNameDocument = graphql(`
  query FrameworkName($slug: String!) {
    framework(slug: $slug) {
      id
      slug
      name
    }
  }
`);

/** No application to the framework: its name comes from the public framework (none → the 404 page). */
function NotOnFrameworkByName({ frameworkSlug }: { frameworkSlug: string }) {
  const { data, error } = useQuery(FrameworkNameDocument, { variables: { slug: frameworkSlug } });
  if (error && !data) return errorPath(error)?.extensions?.code === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  return <NotOnFramework name={data.framework.name} />;
}

function AlreadySigned({ framework }: { framework: SigningData['framework'] }) {
  return (
    <ErrorPage title={`You have already signed the ${framework.name} ${contractTitle(framework)}`}>
      <p className="govuk-body">Someone in your company has already signed it. You can see who signed it, and its progress, in your account.</p>
      <BackToAccount />
    </ErrorPage>
  );
}

/**
 * The frame of the signing pages: supplier users only (others get sign-in or the 404 page), on the
 * framework, and (unless `signed` allows it) not yet signed.
 */
export function SigningGuard({ signed = 'refuse', children }: { signed?: 'allow' | 'refuse'; children: (signing: Signing) => ReactNode }) {
  const { framework = '' } = useParams();
  return (
    <RequireViewer allow={(v) => v.role === 'SUPPLIER'}>
      {() => (
        <Loaded frameworkSlug={framework} signed={signed}>
          {children}
        </Loaded>
      )}
    </RequireViewer>
  );
}
