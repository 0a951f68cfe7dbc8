import type { ReactNode } from 'react';
import { formatDate } from '../../ui/format';
import { Button } from '../../ui/govuk/Button';
import { Link } from '../../ui/govuk/links';
import { applicationHref } from './ApplicationFrame';
import { lede, mustSign, submissionsByLot, type OutcomeApplication, type OutcomeFramework, type SubmittedDraft } from './outcome';
import { plural } from './progress';

export interface OutcomeViewProps {
  framework: OutcomeFramework & { slug: string; lots: ReadonlyArray<{ slug: string; name: string }>; clarificationQuestionsOpen: boolean };
  application: OutcomeApplication;
  /** What the framework calls its agreement ("Framework Agreement"). */
  contract: string;
  drafts: readonly SubmittedDraft[];
  /** When the newest communication was published; null when there is none. */
  communicationsUpdatedAt: string | null;
  /** The signed agreement's documents (the agreements module's block), once signed. */
  legalDocuments?: ReactNode;
}

/**
 * The body of a supplier's application page once the framework has closed for applications: the
 * result so far, the agreement to sign, what was submitted, and the framework's documents that exist.
 */
export function OutcomeView({ framework, application, contract, drafts, communicationsUpdatedAt, legalDocuments }: OutcomeViewProps) {
  const lots = submissionsByLot(framework.lots, drafts);
  const submitted = lots.reduce((n, lot) => n + lot.drafts.length, 0);
  const declared = application.declarationStatus === 'COMPLETE';
  const signing = mustSign(framework, application);
  const nothingElse = !signing && !legalDocuments && !lots.length && !declared && !communicationsUpdatedAt;
  return (
    <>
      <div data-testid="application-outcome">
        {lede(framework, application, submitted).map((p) => (
          <p key={p} className="govuk-body-l">
            {p}
          </p>
        ))}
      </div>
      {nothingElse ? <p className="govuk-body">There are no documents about {framework.name} for you to see here yet.</p> : null}
      {signing ? (
        <>
          <p className="govuk-body">You need to sign and return your {contract} before buyers can buy your services.</p>
          <Button href={applicationHref(framework.slug, '/start-framework-agreement-signing')} text={`Sign and return your ${framework.name} ${contract}`} />
        </>
      ) : null}
      {legalDocuments}
      {lots.length || declared ? (
        <section aria-labelledby="submitted-heading" data-testid="you-submitted">
          <h2 className="govuk-heading-m" id="submitted-heading">
            Your application
          </h2>
          {lots.length ? (
            <>
              <p className="govuk-body">You submitted:</p>
              <ul className="govuk-list govuk-list--bullet">
                {lots.map((lot) => (
                  <li key={lot.slug}>
                    {lot.name}: {plural(lot.drafts.length, 'service')}
                    <ul className="govuk-list govuk-!-margin-top-1">
                      {lot.drafts.map((d) => (
                        <li key={d.id}>
                          <Link className="govuk-link" href={applicationHref(framework.slug, `/submissions/${lot.slug}/${d.id}`)}>
                            {d.name}
                          </Link>
                          {d.status === 'FAILED' ? <span className="govuk-body-s"> (not accepted)</span> : null}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {declared ? (
            <p className="govuk-body">
              <Link className="govuk-link" href={applicationHref(framework.slug, '/declaration')}>
                View your supplier declaration
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
      {communicationsUpdatedAt ? (
        <section aria-labelledby="communications-heading" data-testid="communications">
          <h2 className="govuk-heading-m" id="communications-heading">
            Communications
          </h2>
          <p className="govuk-body">
            <Link className="govuk-link" href={applicationHref(framework.slug, '/updates')}>
              {framework.clarificationQuestionsOpen ? 'View communications and ask clarification questions' : 'View communications'}
              <span className="govuk-visually-hidden"> about {framework.name}</span>
            </Link>
          </p>
          <p className="govuk-body-s">Last updated {formatDate(communicationsUpdatedAt)}</p>
        </section>
      ) : null}
    </>
  );
}
