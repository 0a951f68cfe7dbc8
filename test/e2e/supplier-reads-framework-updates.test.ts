import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { FrameworkUpdatesPage } from './pages/FrameworkUpdatesPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { waitForEmail } from './support/outbox.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const G14 = { slug: 'g-cloud-14', name: 'G-Cloud 14' };

describe('a supplier reads a framework’s updates and asks a clarification question (S8)', () => {
  it('downloads the published communications and answers, and asks a question once an empty one is refused', async () => {
    const page = browser.page;
    const since = new Date();
    const updates = new FrameworkUpdatesPage(page);
    await updates.open(webUrl(), G14.slug);
    const signIn = new SignInPage(page);
    await signIn.waitForForm();
    await signIn.signIn('supplier@example.com', DEMO_PASSWORD);
    await updates.waitFor(G14.name, 'framework updates');
    await screenshot(page, 'supplier-framework-updates');

    // What CCS published: the timetable (a CSV communication) and the clarification answers (a PDF).
    const communications = await updates.rows(updates.communications());
    expect(communications).toEqual([[expect.stringMatching(/^g-cloud-14-timetable\.csv \(CSV, \d+ bytes\)$/), expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)]]);
    const answers = await updates.rows(updates.clarificationAnswers());
    expect(answers[0]![0]).toMatch(/^g-cloud-14-clarification-answers\.pdf \(PDF, \d+ KB\)$/);
    const csv = await updates.download(updates.communications(), 'g-cloud-14-timetable.csv');
    expect(csv.suggestedFilename()).toBe('g-cloud-14-timetable.csv');
    expect(readFileSync(await csv.path(), 'utf8')).toMatch(/^"Event","Date"\r\n"Deadline for clarification questions","\d{1,2} [A-Z][a-z]+ \d{4}"/);
    const pdf = await updates.download(updates.clarificationAnswers(), 'g-cloud-14-clarification-answers.pdf');
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // Clarification questions are open: an empty question is refused, then one is sent.
    await updates.ask('   ');
    expect(await updates.errorSummary('clarification question with errors')).toEqual(['Enter your question']);
    await expect(page.title()).resolves.toBe('Error: G-Cloud 14 updates – Digital Marketplace');
    await screenshot(page, 'supplier-framework-updates-error');
    const question = `Can one service be offered on both the cloud hosting and cloud software lots? (${Date.now()})`;
    await updates.ask(question);
    await updates.successBanner().getByText('Your clarification question has been sent').waitFor();
    await updates.waitFor(G14.name, 'framework updates, question sent');
    await expect(page.getByLabel('Your question').inputValue()).resolves.toBe('');
    await screenshot(page, 'supplier-framework-question-sent');

    // CCS gets the question under an anonymous reference; the supplier a confirmation.
    const toCcs = await waitForEmail('clarification-questions@marketplace.localhost', { subject: /^G-Cloud 14 clarification question/, since });
    expect(toCcs.subject).toMatch(/^G-Cloud 14 clarification question \d{4}-\d{2}-\d{2}-[A-Z0-9]{6}$/);
    expect(toCcs.text).toContain(question);
    const confirmation = await waitForEmail('supplier@example.com', { subject: /^Your G-Cloud 14 clarification question$/, since });
    expect(confirmation.text).toContain(question);
    expect(confirmation.text).toContain(`${webUrl()}/suppliers/frameworks/g-cloud-14/updates`);
  });
});
