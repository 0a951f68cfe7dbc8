import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api.js';
import { linkIn, waitForEmail } from '../support/outbox.js';
import { FormPages } from './FormPages.js';
import { HomePage } from './HomePage.js';
import { SignInPage } from './SignInPage.js';

/** A person opening a buyer account in a journey: a unique address on a public sector domain. */
export interface NewBuyer {
  email: string;
  name: string;
  password: string;
}

export function newBuyer(label: string): NewBuyer {
  const n = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const slug = `${label}-${n}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { email: `${slug}@council.example.gov.uk`, name: `${label} Buyer`, password: 'a long buyer passphrase' };
}

/** A9: "Create a buyer account", "Check your email", and the emailed link's "Create your buyer account". */
export class CreateBuyerAccountPages extends FormPages {
  constructor(
    page: Page,
    private readonly webUrl: string,
  ) {
    super(page);
  }

  async requestAccount(email: string): Promise<void> {
    await this.page.getByLabel('Your work email address').fill(email);
    await this.button('Create account').click();
  }

  /** The explanation shown when the address's domain is not on the public sector list. */
  notRecognised(): Locator {
    return this.page.getByTestId('domain-not-recognised');
  }

  /** The emailed link to create the account. */
  async accountLink(email: string, since: Date): Promise<string> {
    const mail = await waitForEmail(email, { subject: /^Create your Digital Marketplace buyer account$/, since });
    return linkIn(mail, `${this.webUrl}/create-account/`);
  }

  async fillAccount(b: Pick<NewBuyer, 'name' | 'password'>, confirm = b.password): Promise<void> {
    await this.page.getByLabel('Your name').fill(b.name);
    await this.page.getByLabel('Create a password').fill(b.password);
    await this.page.getByLabel('Confirm your password').fill(confirm);
    await this.button('Create account').click();
  }
}

/** B1 and B15: the buyer dashboard, its heading the buyer's name. */
export class BuyerDashboardPage extends FormPages {
  constructor(
    page: Page,
    private readonly webUrl: string,
  ) {
    super(page);
  }

  async waitForDashboard(name: string, state = 'buyer dashboard'): Promise<void> {
    await this.page.waitForURL(`${this.webUrl}/buyers`);
    await this.page.getByTestId('account-settings').waitFor();
    await this.waitForHeading(name, state);
  }

  /**
   * From the home page to the dashboard as a person gets there: signed out, the header's "Sign in"
   * and the form (a buyer lands on the dashboard); signed in already, the header's "Your account".
   */
  async openFromHome(email: string, name: string, state: string): Promise<void> {
    const home = new HomePage(this.page);
    await home.open(this.webUrl);
    const nav = this.page.getByRole('navigation');
    await nav
      .getByRole('link', { name: /^(Sign in|Your account)$/ })
      .first()
      .waitFor();
    if (await nav.getByRole('link', { name: 'Sign in', exact: true }).count()) {
      await nav.getByRole('link', { name: 'Sign in', exact: true }).click();
      const signIn = new SignInPage(this.page);
      await signIn.waitForForm();
      await signIn.signIn(email, DEMO_PASSWORD);
    } else {
      await nav.getByRole('link', { name: 'Your account', exact: true }).click();
    }
    await this.waitForDashboard(name, state);
  }

  /** A requirement's next-step link in a stage's table ("View progress", "View responses"…), by the requirement's title. */
  nextStep(key: 'drafts' | 'live' | 'closed' | 'done', title: string, step: string): Locator {
    return this.stage(key).getByRole('link', { name: `${step} for ${title}`, exact: true });
  }

  async signedInEmail(): Promise<string> {
    return (await this.page.getByTestId('signed-in-email').innerText()).trim();
  }

  requirements(): Locator {
    return this.page.getByTestId('requirements');
  }

  savedSearches(): Locator {
    return this.page.getByTestId('saved-searches');
  }

  accountSettings(): Locator {
    return this.page.getByTestId('account-settings');
  }

  /** The sentence counting the requirements in each stage. */
  async requirementCounts(): Promise<string> {
    return (await this.page.getByTestId('requirement-counts').innerText()).trim();
  }

  /** A stage's table ("drafts", "live", "closed", "done"). */
  stage(key: 'drafts' | 'live' | 'closed' | 'done'): Locator {
    return this.page.getByTestId(`stage-${key}`);
  }

  async stageCaption(key: 'drafts' | 'live' | 'closed' | 'done'): Promise<string> {
    return (await this.stage(key).locator('caption').innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Each row of a stage: the requirement's title, and its next-step links with where they go. */
  async stageRows(key: 'drafts' | 'live' | 'closed' | 'done'): Promise<Array<{ title: string; links: Array<[string, string]> }>> {
    return this.stage(key)
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => ({
          title: (row.querySelector('td .govuk-\\!-font-weight-bold')?.textContent ?? '').trim(),
          links: Array.from(row.querySelectorAll('a')).map((a) => [(a.textContent ?? '').replace(/\s+/g, ' ').trim(), a.getAttribute('href') ?? ''] as [string, string]),
        })),
      );
  }
}
