import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** GOV.UK page template for the admin app, visibly distinct from the public service. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <section aria-label="Service information" className="govuk-service-navigation govuk-service-navigation--inverse">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to="/" className="govuk-service-navigation__link">
                Digital Marketplace admin
              </Link>
            </span>
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" role="main">
          {children}
        </main>
      </div>
    </>
  );
}
