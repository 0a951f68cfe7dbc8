import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { Button } from '../../ui/govuk/Button';
import { InsetText } from '../../ui/govuk/InsetText';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import type { RequirementFrameworkQuery } from '../../gql/graphql';
import { errorCode, RequirementBreadcrumbs } from './RequirementFrame';
import { createHref, DASHBOARD_PATH } from './paths';
import { RequirementFrameworkDocument } from './queries';

type Framework = RequirementFrameworkQuery['framework'];
type Lot = Framework['lots'][number];

/** What each lot finds, in the words of its start page. */
const LOT_INTROS: Record<string, { heading: string; intro: string; who: string }> = {
  'digital-outcomes': {
    heading: 'Find a team to provide an outcome',
    intro: 'Publish your requirements to find a supplier team that can deliver a digital outcome: a service, a product or part of one, or support for one.',
    who: 'supplier teams',
  },
  'digital-specialists': {
    heading: 'Find an individual specialist',
    intro: 'Publish your requirements to find one specialist, such as a developer, a user researcher or a delivery manager, to work on a digital project.',
    who: 'specialists',
  },
  'user-research-participants': {
    heading: 'Find user research participants',
    intro: 'Publish your requirements to find a supplier who recruits people to take part in your user research, including people with access needs.',
    who: 'suppliers of research participants',
  },
};

function Loaded({ slug, children }: { slug: string; children: (framework: Framework) => ReactNode }) {
  const { data, loading, error } = useQuery(RequirementFrameworkDocument, { variables: { slug } });
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  if (error && !data) return errorCode(error) === 'NOT_FOUND' ? <PageNotFound /> : <ServiceProblem />;
  const framework = data!.framework;
  if (framework.family !== 'DIGITAL_OUTCOMES_AND_SPECIALISTS' || framework.status !== 'LIVE') return <PageNotFound />;
  return <>{children(framework)}</>;
}

/** The live DOS framework and the lot of the address (one that takes requirements), else the 404 page. */
export function WithRequirementLot({ children }: { children: (framework: Framework, lot: Lot) => ReactNode }) {
  const { framework: slug = '', lot: lotSlug = '' } = useParams();
  return (
    <RequireViewer allow={isBuyer}>
      {() => (
        <Loaded slug={slug}>
          {(framework) => {
            const lot = framework.lots.find((l) => l.slug === lotSlug && l.allowsBrief);
            return lot ? children(framework, lot) : <PageNotFound />;
          }}
        </Loaded>
      )}
    </RequireViewer>
  );
}

function Start({ framework, lot }: { framework: Framework; lot: Lot }) {
  const words = LOT_INTROS[lot.slug] ?? { heading: `Find ${lot.name.toLowerCase()}`, intro: `Publish your requirements for ${lot.name.toLowerCase()}.`, who: 'suppliers' };
  return (
    <>
      <Title>{words.heading}</Title>
      <RequirementBreadcrumbs trail={[{ label: words.heading }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{framework.name}</span>
          <h1 className="govuk-heading-xl">{words.heading}</h1>
          <p className="govuk-body-l">{words.intro}</p>
          <h2 className="govuk-heading-m">How it works</h2>
          <ol className="govuk-list govuk-list--number" data-testid="process">
            <li>Talk to {words.who} on the framework before you write anything: it helps you say clearly what you need.</li>
            <li>Get approval for your budget.</li>
            <li>Write your requirements and say how you will evaluate the {words.who} who apply.</li>
            <li>Publish your requirements for one or two weeks. Every supplier on the lot can read them.</li>
            <li>Answer the questions suppliers ask, and publish each question with its answer.</li>
            <li>When applications close, shortlist and evaluate the {words.who} who applied.</li>
            <li>Award the contract and tell us the outcome.</li>
          </ol>
          <InsetText>From writing your requirements to awarding a contract usually takes about 4 weeks.</InsetText>
          <p className="govuk-body">You can save your requirements as you go and come back to them from your requirements page.</p>
          <Button text="Create requirement" href={createHref(framework.slug, lot.slug)} isStartButton />
          <p className="govuk-body">
            <Link className="govuk-link" to={DASHBOARD_PATH}>
              View your requirements
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}

/** B3: the start page of a lot that takes requirements. */
export function StartPage() {
  return <WithRequirementLot>{(framework, lot) => <Start framework={framework} lot={lot} />}</WithRequirementLot>;
}

/** B3: user research studios are found offline: no requirement is published for them. */
export function StudiosPage() {
  const { framework: slug = '' } = useParams();
  return (
    <RequireViewer allow={isBuyer}>
      {() => (
        <Loaded slug={slug}>
          {(framework) =>
            framework.lots.some((l) => l.slug === 'user-research-studios') ? (
              <>
                <Title>Find a user research studio</Title>
                <RequirementBreadcrumbs trail={[{ label: 'Find a user research studio' }]} />
                <div className="govuk-grid-row">
                  <div className="govuk-grid-column-two-thirds">
                    <span className="govuk-caption-l">{framework.name}</span>
                    <h1 className="govuk-heading-xl">Find a user research studio</h1>
                    <p className="govuk-body-l">You do not publish requirements for a studio. You choose one from the studios on the framework and book it directly.</p>
                    <h2 className="govuk-heading-m">How it works</h2>
                    <ol className="govuk-list govuk-list--number">
                      <li>Ask the Crown Commercial Service for the list of user research studios on the framework.</li>
                      <li>Shortlist the studios that are near the people you want to research with.</li>
                      <li>Contact the shortlisted studios to check when they are free and what they cost.</li>
                      <li>Compare them on availability, location, facilities, accessibility and price.</li>
                      <li>Book the studio that suits you best and tell us about the contract.</li>
                    </ol>
                    <p className="govuk-body">
                      <Link className="govuk-link" to={DASHBOARD_PATH}>
                        View your requirements
                      </Link>
                    </p>
                  </div>
                </div>
              </>
            ) : (
              <PageNotFound />
            )
          }
        </Loaded>
      )}
    </RequireViewer>
  );
}
