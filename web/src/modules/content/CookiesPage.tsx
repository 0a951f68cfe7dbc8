import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../ui/forms/formErrors';
import { useFormAction } from '../../ui/forms/useFormMutation';
import { Button } from '../../ui/govuk/Button';
import { NotificationBanner } from '../../ui/govuk/NotificationBanner';
import { Radios } from '../../ui/govuk/Radios';
import { Table } from '../../ui/govuk/Table';
import { saveCookiePolicy, useCookiePolicy } from './cookiePolicy';

type Answer = 'yes' | 'no' | '';

/** Saving happens in the browser: the action only checks that a choice was made. */
const useSaveCookieSettings = () =>
  useFormAction(
    async (analytics: boolean) => {
      saveCookiePolicy(analytics);
      return true;
    },
    { fieldOrder: ['analytics'] },
  );

/** The same-site path a linking page asked to come back to, if any. */
const returnPath = (state: unknown): string | null => {
  const value = (state as { returnTo?: unknown } | null)?.returnTo;
  return typeof value === 'string' && /^\/(?!\/)/.test(value) ? value : null;
};

/** A8 cookies: what the site stores, and the analytics choice the banner also asks for. */
export function CookiesPage() {
  const policy = useCookiePolicy();
  // A page that links here with `state={{ returnTo }}` (a dashboard's account settings) is offered again once saved.
  const returnTo = returnPath(useLocation().state);
  const save = useSaveCookieSettings();
  // The form starts from the recorded choice; after that it is the visitor's until they save.
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [saved, setSaved] = useState(0);
  const chosen: Answer = answer ?? (policy ? (policy.analytics ? 'yes' : 'no') : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = chosen ? {} : { analytics: 'Select yes if you want to accept analytics cookies' };
    if (await save.submit(chosen === 'yes', errors)) {
      setSaved((n) => n + 1);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={save.hasErrors}>Cookies</Title>
        <FormErrorSummary errors={save.errors} submission={save.submission} />
        {saved && !save.hasErrors ? (
          <NotificationBanner key={saved} type="success" titleText="Success">
            <p className="govuk-notification-banner__heading">You’ve set your cookie preferences.</p>
            {returnTo ? (
              <p className="govuk-body">
                <Link className="govuk-notification-banner__link" to={returnTo}>
                  Go back to the page you were looking at
                </Link>
              </p>
            ) : null}
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Cookies</h1>
        <p className="govuk-body">Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>
        <p className="govuk-body">We use cookies to make the Digital Marketplace work and to remember your settings.</p>

        <h2 className="govuk-heading-m">Essential cookies</h2>
        <p className="govuk-body">Essential cookies keep your information secure while you use the Digital Marketplace. We do not need to ask permission to use them.</p>
        <Table
          caption="Essential cookies we use"
          captionClasses="govuk-table__caption--s"
          firstCellIsHeader
          head={[{ text: 'Name' }, { text: 'Purpose' }, { text: 'Expires' }]}
          rows={[
            [{ text: 'dm_session' }, { text: 'Keeps you signed in' }, { text: 'When you close your browser, or after 8 hours without using the service' }],
            [{ text: 'dm_cookies_policy' }, { text: 'Saves your cookie consent settings' }, { text: '1 year' }],
          ]}
        />

        <h2 className="govuk-heading-m">Analytics cookies (optional)</h2>
        <p className="govuk-body">
          Analytics cookies would tell us how you use the Digital Marketplace, such as the pages you visit, so that we can make it better. The Digital Marketplace does not set any
          analytics cookies at the moment, whatever you choose here.
        </p>
        <p className="govuk-body">We save your choice so that, if we start using analytics, we only set analytics cookies if you said yes.</p>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Radios
            name="analytics"
            idPrefix="analytics"
            fieldset={{ legend: { text: 'Do you want to accept analytics cookies?', classes: 'govuk-fieldset__legend--s' } }}
            value={chosen}
            onChange={(value) => setAnswer(value as Answer)}
            errorMessage={inlineError(save.errors, 'analytics')}
            items={[
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
            ]}
          />
          <Button type="submit" text="Save cookie settings" />
        </form>
      </div>
    </div>
  );
}
