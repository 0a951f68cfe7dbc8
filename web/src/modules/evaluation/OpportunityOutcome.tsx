import { NotificationBanner } from '../../ui/govuk/NotificationBanner';
import { outcomeView, type OutcomeBrief } from './evaluation';

/**
 * A7: how an opportunity that is no longer open ended, at the top of its public page: closed (the
 * date), withdrawn (the date), cancelled or no suitable suppliers (the reason and date), or awarded
 * (to whom, the company's size, the contract's start date and value). Nothing while it is live.
 */
export function OpportunityOutcome({ brief }: { brief: OutcomeBrief }) {
  const view = outcomeView(brief);
  if (!view) return null;
  return (
    <NotificationBanner
      titleText={view.kind === 'closed' ? 'Closed' : 'Outcome'}
      titleId="opportunity-outcome-title"
      attributes={{ 'data-testid': 'opportunity-outcome', 'data-outcome': view.kind }}
    >
      <h3 className="govuk-notification-banner__heading">{view.heading}</h3>
      {view.body.map((line) => (
        <p key={line} className="govuk-body">
          {line}
        </p>
      ))}
      {view.details.length ? (
        <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-0">
          {view.details.map(([key, value]) => (
            <div key={key} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </NotificationBanner>
  );
}
