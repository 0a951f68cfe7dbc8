import type { ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useSignOut, useViewer } from '../modules/users/session';

function AccountLinks() {
  const { data } = useViewer();
  const [signOut] = useSignOut();
  const navigate = useNavigate();
  if (!data) return null;
  if (!data.viewer) {
    return (
      <li className="govuk-service-navigation__item">
        <Link to="/sign-in" className="govuk-service-navigation__link">
          Sign in
        </Link>
      </li>
    );
  }
  return (
    <>
      <li className="govuk-service-navigation__item">
        <span className="govuk-service-navigation__text" data-testid="signed-in-as">
          {data.viewer.name}
        </span>
      </li>
      <li className="govuk-service-navigation__item">
        <a
          href="/sign-out"
          className="govuk-service-navigation__link"
          onClick={(e) => {
            e.preventDefault();
            void signOut().then(() => navigate('/'));
          }}
        >
          Sign out
        </a>
      </li>
    </>
  );
}

interface Props {
  children: ReactNode;
}

/** GOV.UK page template: skip link, header, service navigation, main content, footer. */
export function Layout({ children }: Props) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <a href="https://www.gov.uk/" className="govuk-header__homepage-link">
              <strong className="govuk-!-font-size-24 govuk-!-font-weight-bold">GOV.UK</strong>
            </a>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to="/" className="govuk-service-navigation__link">
                Digital Marketplace
              </Link>
            </span>
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                <li className="govuk-service-navigation__item">
                  <NavLink to="/" end className="govuk-service-navigation__link">
                    Home
                  </NavLink>
                </li>
                <AccountLinks />
              </ul>
            </nav>
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
            <span className="govuk-phase-banner__text">This is a new service.</span>
          </p>
        </div>
        <main className="govuk-main-wrapper" id="main-content" role="main">
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <span className="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
            </div>
            <div className="govuk-footer__meta-item">© Crown copyright</div>
          </div>
        </div>
      </footer>
    </>
  );
}
