import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuyerDashboardPage } from './pages/BuyerAccountPages.js';
import { DetailPages } from './pages/DetailPages.js';
import { OutcomePages, ResponsesPages } from './pages/EvaluationPages.js';
import { OpportunityPage } from './pages/OpportunityPage.js';
import { RequirementPages } from './pages/RequirementPages.js';
import { signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { startStack, type RunningStack } from './support/stack.js';
import { parseCsv, readOds } from './support/spreadsheets.js';

const browser = useBrowserPage();

/** The evaluating buyer's live requirement with 2 responses, closing about 4 days after the first load (server/seeds/demo-buyer.ts). */
const TITLE = 'Accessible benefits eligibility checker';
const BUYER = 'evaluator@example.gov.uk';
const BUYER_NAME = 'Eve Evaluator';
const SUPPLIERS = ['Agile Delivery Partners', 'Bright Research Studio'];
const DAY = 86_400_000;

async function requirementId(stack: RunningStack): Promise<string> {
  const res = await fetch(`${stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ opportunities(first: 100) { nodes { id data } } }' }),
  });
  const body = (await res.json()) as { data: { opportunities: { nodes: Array<{ id: string; data: { title: string } }> } } };
  return body.data.opportunities.nodes.find((n) => n.data.title === TITLE)!.id;
}

describe('a buyer reads the responses once applications close, downloads them and awards the contract (B12, B13)', () => {
  it(
    'before closing the responses wait; after (the clock moved on) they show, download as ODS and CSV, and the winner is chosen, changed and awarded',
    { timeout: 900_000 },
    async () => {
      const page = browser.page;
      const responses = new ResponsesPages(page);
      // A stack of its own whose clock starts now; it is restarted later on the same data, 6 days on.
      let stack = await startStack({ env: { CLOCK_START: new Date().toISOString() } });
      try {
        const id = await requirementId(stack);
        const base = `/buyers/frameworks/digital-outcomes-and-specialists-5/requirements/digital-outcomes/${id}`;

        // Applications still open: home → sign in → the dashboard lists it as live → its task list,
        // where the shortlist waits for applications to close.
        let dashboard = new BuyerDashboardPage(page, stack.webUrl);
        await dashboard.openFromHome(BUYER, BUYER_NAME, 'buyer dashboard, applications open');
        await dashboard.nextStep('live', TITLE, 'View progress').click();
        await page.waitForURL((u) => u.pathname === base);
        const requirement = new RequirementPages(page);
        await requirement.waitForOverview(TITLE, 'task list, applications open');
        await expect(requirement.step(5).innerText()).resolves.toContain('When applications close, you can see the suppliers who applied');
        // While applications are open, step 5 shows how many have applied, and when they can be read.
        await requirement.step(5).getByRole('link', { name: 'See how many suppliers have applied so far' }).click();
        await page.waitForURL((u) => u.pathname === `${base}/responses`);
        await responses.waitForHeading('Responses', 'responses before applications close');
        await page.getByText('You can read the responses once they have closed.').waitFor();
        await expect(page.getByTestId('responses-so-far').innerText()).resolves.toBe('2 suppliers have applied so far.');
        await screenshot(page, 'buyer-responses-before-closing');
        await page.getByRole('link', { name: 'Return to overview' }).click();
        await requirement.waitForOverview(TITLE, 'task list, back from the responses before closing');
        expect(await stack.stop()).toBe(0);

        // Six days later applications have closed.
        stack = await startStack({ dataDir: stack.dataDir, env: { CLOCK_START: new Date(Date.now() + 6 * DAY).toISOString() } });
        // Home → sign in → the dashboard lists it as closed, with its responses as the next step.
        await page.context().clearCookies();
        dashboard = new BuyerDashboardPage(page, stack.webUrl);
        await dashboard.openFromHome(BUYER, BUYER_NAME, 'buyer dashboard, applications closed');
        await dashboard.nextStep('closed', TITLE, 'View responses').click();
        await page.waitForURL((u) => u.pathname === `${base}/responses`);
        await responses.waitForHeading('Shortlist suppliers', 'responses after applications closed');
        expect(await responses.counts()).toEqual(['2 suppliers met all your essential requirements', '0 suppliers did not meet them (they have been told they were unsuccessful)']);
        const rows = await responses.rows();
        expect(rows.map((r) => r[0]).sort()).toEqual(SUPPLIERS);
        expect(rows.every((r) => r[3] === 'Submitted')).toBe(true);
        await screenshot(page, 'buyer-responses');

        // One response, every answer.
        await responses.openResponse('Bright Research Studio');
        await responses.waitForHeading('Bright Research Studio’s response', 'one supplier’s response');
        const answers = await responses.answers();
        expect(answers['Email address']).toBe('opportunities+2@example.com');
        await screenshot(page, 'buyer-one-response');
        await page.getByRole('link', { name: 'Back to the responses' }).first().click();
        await responses.waitForHeading('Shortlist suppliers', 'responses, back from one');

        // Both downloads: the ODS is a zip whose content.xml has the evidence; the CSV parses into a column per supplier.
        const dir = mkdtempSync(path.join(tmpdir(), 'responses-'));
        const ods = await responses.download('ODS');
        expect(ods.suggestedFilename()).toBe('supplier-responses-accessible-benefits-eligibility-checker.ods');
        const odsFile = path.join(dir, ods.suggestedFilename());
        await ods.saveAs(odsFile);
        expect(readOds(odsFile).mimetype).toBe('application/vnd.oasis.opendocument.spreadsheet');
        const content = readOds(odsFile).contentXml;
        expect(content).toContain(`<text:p>Supplier evidence: ${TITLE}</text:p>`);
        for (const name of SUPPLIERS) expect(content).toContain(`<text:p>${name}</text:p>`);
        expect(content).toMatch(/<text:p>Essential: Have [^<]+<\/text:p>/);
        const csv = await responses.download('CSV');
        expect(csv.suggestedFilename()).toBe('supplier-responses-accessible-benefits-eligibility-checker.csv');
        const csvFile = path.join(dir, csv.suggestedFilename());
        await csv.saveAs(csvFile);
        const table = parseCsv(await readFile(csvFile, 'utf8'));
        expect(table[0]).toEqual([`Supplier evidence: ${TITLE}`]);
        expect(table[1]![0]).toBe('Supplier');
        expect(table[1]!.slice(1).sort()).toEqual(SUPPLIERS);
        const emails = table.find((r) => r[0] === 'Contact email')!;
        expect(emails.slice(1).sort()).toEqual(['opportunities+1@example.com', 'opportunities+2@example.com']);
        expect(table.filter((r) => r[0]!.startsWith('Essential: ')).length).toBeGreaterThanOrEqual(2);

        // Let suppliers know the outcome: a choice is needed.
        const outcome = new OutcomePages(page);
        await page.getByRole('link', { name: 'Let suppliers know the outcome' }).click();
        const awardQuestion = `Have you awarded a contract for ‘${TITLE}’?`;
        await outcome.waitForHeading(awardQuestion, 'have you awarded a contract');
        await outcome.submit('Save and continue');
        expect(await outcome.errorSummary('have you awarded a contract, nothing chosen')).toEqual(['Select yes if you have awarded a contract']);
        await screenshot(page, 'buyer-award-question-error');
        await outcome.choose('Yes');
        await outcome.submit('Save and continue');

        // The winner: chosen, then changed before the contract details are given.
        const winnerQuestion = `Who won the ‘${TITLE}’ contract?`;
        await outcome.waitForHeading(winnerQuestion, 'who won the contract');
        expect(await outcome.supplierChoices()).toEqual(SUPPLIERS);
        await outcome.submit('Save and continue');
        expect(await outcome.errorSummary('who won the contract, nothing chosen')).toEqual(['Select the supplier who won the contract']);
        await outcome.choose('Bright Research Studio');
        await outcome.submit('Save and continue');
        await outcome.waitForHeading('Tell us about your contract with Bright Research Studio', 'contract details (first choice)');
        await page.getByRole('link', { name: 'Previous page' }).click();
        await outcome.waitForHeading(winnerQuestion, 'who won the contract, one chosen');
        expect(await outcome.chosen()).toBe('Bright Research Studio');
        await screenshot(page, 'buyer-choose-winner');
        await outcome.choose('Agile Delivery Partners');
        await outcome.submit('Save and continue');

        // The contract: both answers needed, the value in pounds and pence.
        await outcome.waitForHeading('Tell us about your contract with Agile Delivery Partners', 'contract details');
        await outcome.submit('Update requirements');
        expect(await outcome.errorSummary('contract details, nothing given')).toHaveLength(2);
        const start = new Date(Date.now() + 6 * DAY + 30 * DAY);
        await outcome.fillContract(String(start.getUTCDate()), String(start.getUTCMonth() + 1), String(start.getUTCFullYear()), '12000.5.5');
        await outcome.submit('Update requirements');
        await page.locator('.govuk-error-summary').getByText('pounds and pence').waitFor();
        expect(await outcome.errorSummary('contract details, value not money')).toEqual(['Enter the value in pounds and pence, using numbers and decimals only.']);
        await screenshot(page, 'buyer-contract-details-error');
        // More than a contract can be worth: the API refuses it, against the field.
        await page.locator('input[name="awardedContractValue"]').fill('1000000000.00');
        await outcome.submit('Update requirements');
        await page.locator('.govuk-error-summary').getByText('or less').waitFor();
        expect(await outcome.errorSummary('contract details, value refused by the API')).toEqual([expect.stringMatching(/^Enter a value of £[\d,.]+ or less$/)]);
        expect(await outcome.inlineError('awardedContractValue')).toMatch(/or less$/);
        await page.locator('input[name="awardedContractValue"]').fill('96,500.00');
        await outcome.submit('Update requirements');

        // Recorded: the outcome, then the public page with the winner, the start date and the value.
        await outcome.waitForHeading('You have told us the outcome', 'outcome recorded (awarded)');
        expect(await outcome.successBanner()).toContain(`You’ve updated ‘${TITLE}’: the contract was awarded to Agile Delivery Partners.`);
        expect(await outcome.recordedOutcome()).toContain('You awarded the contract to Agile Delivery Partners.');
        await screenshot(page, 'buyer-outcome-recorded');
        await page.getByRole('link', { name: 'View the published outcome' }).click();
        const opportunity = new OpportunityPage(page);
        await opportunity.waitFor(TITLE, 'opportunity awarded');
        const published = page.getByTestId('opportunity-outcome');
        await expect(published.locator('.govuk-notification-banner__heading').innerText()).resolves.toBe('Awarded to Agile Delivery Partners');
        const startText = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start);
        await expect(published.innerText()).resolves.toMatch(new RegExp(`Company size\\s+SME[\\s\\S]*Contract start date\\s+${startText}[\\s\\S]*Contract value\\s+£96,500`));
        await screenshot(page, 'opportunity-awarded');

        // The award pages of an awarded requirement: the winner cannot be chosen again.
        await new DetailPages(page).expectNotFound(`${stack.webUrl}${base}/award-contract`);

        // Through the API: awarded, with the outcome published.
        const api = await signInOverApi(stack.webUrl, BUYER);
        const final = await api.gql<{ brief: { status: string; outcome: { result: string; awardValue: string; startDate: string; awardedSupplier: { name: string } } } }>(
          'query ($id: ID!) { brief(id: $id) { status outcome { result awardValue startDate awardedSupplier { name } } } }',
          { id },
        );
        expect(final.brief).toEqual({
          status: 'AWARDED',
          outcome: { result: 'AWARDED', awardValue: '96500.00', startDate: start.toISOString().slice(0, 10), awardedSupplier: { name: 'Agile Delivery Partners' } },
        });
      } finally {
        await stack.stop();
      }
    },
  );
});
