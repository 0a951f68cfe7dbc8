import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { Title } from '../../ui/app/Title';
import { PageNotFound } from '../../ui/pages/ErrorPages';
import { movedGuide } from './guides';

/** How the page leaves for GOV.UK (replacing the old address in the history). Tests record it instead: jsdom cannot leave. */
export const browserExit = { go: (url: string) => window.location.replace(url) };

/** An old guide address: sends the browser on to the guidance on GOV.UK, with a link in case it does not go. */
export function MovedGuidePage() {
  const guide = movedGuide(useLocation().pathname);
  useEffect(() => {
    if (guide) browserExit.go(guide.to);
  }, [guide]);
  if (!guide) return <PageNotFound />;
  const heading = `The ${guide.name} is now on GOV.UK`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{heading}</Title>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">We are taking you there now.</p>
        <p className="govuk-body">
          If nothing happens,{' '}
          <a className="govuk-link" href={guide.to} data-testid="moved-guide-link">
            go to the {guide.name} on GOV.UK
          </a>
          .
        </p>
      </div>
    </div>
  );
}

/** A page taken down for good (the old "410 Gone"): says so and offers the home page. */
export function PageGone() {
  const heading = 'This page has been removed';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{heading}</Title>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">The page you are looking for is no longer on the Digital Marketplace, and it has not been replaced.</p>
        <p className="govuk-body">
          You can{' '}
          <Link className="govuk-link" to="/">
            find cloud services and digital specialists from the home page
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
