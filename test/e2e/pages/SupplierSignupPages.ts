import type { Page } from 'playwright-core';
import { linkIn, waitForEmail } from '../support/outbox.js';
import { FormPages } from './FormPages.js';

/** A company opening a supplier account in a journey: unique, so that journeys never share one. */
export interface NewSupplier {
  company: string;
  duns: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  loginEmail: string;
  userName: string;
  password: string;
}

/** A new company and first user, named after the journey (`label`) and made unique. */
export function newSupplier(label: string): NewSupplier {
  const n = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const slug = `${label}-${n}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    company: `${label} ${n.toUpperCase()} Ltd`,
    duns: String(300_000_000 + Math.floor(Math.random() * 699_999_999)),
    contactName: 'Sam Sales',
    contactEmail: `sales@${slug}.example.com`,
    contactPhone: '01632 960 123',
    loginEmail: `first.user@${slug}.example.com`,
    userName: 'Alex Owner',
    password: 'a long supplier passphrase',
  };
}

/**
 * S1, opening a supplier account: the steps from the start page, and the first user's account from
 * the emailed link. The happy path, for journeys about what a supplier does next.
 */
export class SupplierSignupPages extends FormPages {
  constructor(
    page: Page,
    private readonly webUrl: string,
  ) {
    super(page);
  }

  async fillDuns(duns: string): Promise<void> {
    await this.page.getByLabel('Enter your DUNS number').fill(duns);
    await this.button('Continue').click();
  }

  async fillCompanyDetails(s: Pick<NewSupplier, 'company' | 'contactName' | 'contactEmail' | 'contactPhone'>): Promise<void> {
    await this.page.getByLabel('Company name').fill(s.company);
    await this.page.getByLabel('Contact name').fill(s.contactName);
    await this.page.getByLabel('Contact email address').fill(s.contactEmail);
    await this.page.getByLabel('Contact phone number').fill(s.contactPhone);
    await this.button('Continue').click();
  }

  async fillLoginEmail(email: string): Promise<void> {
    await this.page.getByLabel('What email address will you sign in with?').fill(email);
    await this.button('Continue').click();
  }

  /** Every step from /suppliers/create to "Activate your account", each page checked. */
  async createAccount(s: NewSupplier): Promise<void> {
    await this.page.goto(`${this.webUrl}/suppliers/create`);
    await this.waitForHeading('Create a supplier account', 'create a supplier account: start');
    await this.button('Start now').click();
    await this.waitForHeading('Enter your DUNS number', 'DUNS number step');
    await this.fillDuns(s.duns);
    await this.waitForHeading('Your company details', 'company details step');
    await this.fillCompanyDetails(s);
    await this.waitForHeading('What email address will you sign in with?', 'login email step');
    await this.fillLoginEmail(s.loginEmail);
    await this.waitForHeading('Check your information', 'check your information');
    await this.button('Create account').click();
    await this.waitForHeading('Activate your account', 'activate your account');
  }

  /** The emailed link to the first user's account (or a colleague's invitation). */
  async accountLink(email: string, company: string): Promise<string> {
    const mail = await waitForEmail(email, { subject: new RegExp(`^Join ${company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    return linkIn(mail, `${this.webUrl}/create-account/`);
  }

  /** From the emailed link: name and password, then the supplier dashboard. */
  async createLogin(link: string, name: string, password: string, company: string): Promise<void> {
    await this.page.goto(link);
    await this.waitForHeading('Add your name and create a password', 'create your login');
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByLabel('Create a password').fill(password);
    await this.page.getByLabel('Confirm your password').fill(password);
    await this.button('Create account').click();
    await this.waitForDashboard(company);
  }

  /** The supplier dashboard (S2), its heading the company's name. */
  async waitForDashboard(company: string, state = 'supplier dashboard'): Promise<void> {
    await this.page.waitForURL(`${this.webUrl}/suppliers`);
    await this.waitForHeading(company, state);
  }

  /** A new supplier, signed in as its first user on the dashboard. */
  async createSignedInSupplier(s: NewSupplier): Promise<void> {
    await this.createAccount(s);
    await this.createLogin(await this.accountLink(s.loginEmail, s.company), s.userName, s.password, s.company);
  }
}
