import { describe, expect, inject, it } from 'vitest';
import { RequirementPages } from './pages/RequirementPages.js';
import { signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const WRITER = 'writer@example.gov.uk';
const RUN = Date.now().toString(36);
const TITLE = `Content designer for benefits letters ${RUN}`;

const MY_BRIEFS = '{ myBriefs { id status withdrawnReason data users { email } } }';
interface MyBrief {
  id: string;
  status: string;
  withdrawnReason: string | null;
  data: Record<string, unknown>;
  users: Array<{ email: string }>;
}

describe('a buyer withdraws a live requirement, copies it, shares the copy and deletes it (B10, B11)', () => {
  it('publishes a requirement, withdraws it with a reason, makes a copy from “Your requirements”, shares the copy, then deletes it', async () => {
    const pages = new RequirementPages(browser.page);
    const { page } = pages;
    await pages.homeSignedIn(webUrl(), WRITER);

    // User research studios are found offline: their page says how, and no requirement is written.
    await page.getByTestId('requirement-start-links').getByRole('link', { name: 'Find a user research studio', exact: true }).click();
    await pages.waitForHeading('Find a user research studio', 'user research studios page');
    expect(await pages.button('Create requirement').count()).toBe(0);
    await screenshot(page, 'buyer-requirement-studios');
    await page.goBack();
    await page.getByTestId('requirement-start-links').waitFor();

    // A live requirement to withdraw, written through the pages.
    await page.getByTestId('requirement-start-links').getByRole('link', { name: 'Find an individual specialist', exact: true }).click();
    await pages.waitForHeading('Find an individual specialist', 'start page');
    await pages.button('Create requirement').click();
    const titleQuestion = await pages.waitForQuestion('create, the title');
    await page.getByLabel(titleQuestion, { exact: true }).fill(TITLE);
    await pages.save();
    await pages.waitForOverview(TITLE, 'task list of a new draft');
    await pages.task('Preview your requirements').click();
    await pages.waitForHeading('You cannot preview your requirements yet', 'preview with questions missing');
    const required = await pages.missingQuestions();
    await pages.link('Return to overview').click();
    await pages.waitForOverview(TITLE, 'task list');
    await pages.answerRequired(TITLE, 'to withdraw', required);
    await pages.task('Publish your requirements').click();
    await pages.waitForHeading('Publish your requirements and evaluation criteria', 'publish page');
    await pages.button('Publish requirements').click();
    await pages.waitForOverview(TITLE, 'task list of a live requirement');

    // "Your requirements" lists it as published.
    await page.getByRole('link', { name: 'Your requirements', exact: true }).click();
    await pages.waitForDashboard('your requirements with a live one');
    expect((await pages.dashboardRows('published')).find((r) => r[0] === TITLE)).toBeDefined();
    await screenshot(page, 'buyer-your-requirements');
    await page.getByTestId('published').getByRole('link', { name: TITLE, exact: true }).click();
    await pages.waitForOverview(TITLE, 'task list of a live requirement, from your requirements');

    // Withdraw: a reason is needed.
    await pages.link('Withdraw requirements').click();
    await pages.waitForHeading('Are you sure you want to withdraw these requirements?', 'withdraw page');
    await pages.button('Withdraw requirements').click();
    expect(await pages.errors('withdraw without a reason')).toEqual(['Enter why you are withdrawing your requirements']);
    expect(await pages.inlineError('Why are you withdrawing them?')).toBe('Enter why you are withdrawing your requirements');
    await screenshot(page, 'buyer-requirement-withdraw-error');
    await page.getByLabel('Why are you withdrawing them?', { exact: true }).fill('Our budget for this year was cut.');
    await pages.button('Withdraw requirements').click();
    await pages.waitForDashboard('your requirements after withdrawing');
    expect(await pages.successBanner()).toBe(`You have withdrawn ‘${TITLE}’.`);
    const closedRow = (await pages.dashboardRows('closed')).find((r) => r[0] === TITLE)!;
    expect(closedRow[1]).toMatch(/^Withdrawn \d{1,2} \w+ \d{4}$/);
    expect((await pages.dashboardRows('published')).find((r) => r[0] === TITLE)).toBeUndefined();
    await screenshot(page, 'buyer-your-requirements-withdrawn');

    // Make a copy: a new draft, at its first question with the title to change.
    await page
      .getByTestId('closed')
      .getByRole('button', { name: `Make a copy of ${TITLE}`, exact: true })
      .click();
    const copyQuestion = await pages.waitForQuestion('the copy’s first question');
    expect(copyQuestion).toBe(titleQuestion);
    expect(await page.getByLabel(titleQuestion, { exact: true }).inputValue()).toBe(`${TITLE} copy`);
    const copyTitle = `${TITLE} (again)`;
    await page.getByLabel(titleQuestion, { exact: true }).fill(copyTitle);
    await pages.save();
    await pages.waitForOverview(copyTitle, 'task list of the copy');
    // The copy keeps the answers but not the timetable's: the start date is asked again.
    const tasks = await pages.tasks();
    expect(tasks.find((t) => t.task === 'Title')?.status).toBe('Done');
    expect(tasks.find((t) => t.task === 'Description of work')?.status).toBe('In progress');
    await screenshot(page, 'buyer-requirement-copy-task-list');

    // Share the copy with a colleague (an address with no buyer account is refused).
    await pages.link('Share with colleagues').click();
    await pages.waitForHeading('Share with colleagues', 'share page');
    await page.getByLabel('Email address of a colleague', { exact: true }).fill('nobody@example.gov.uk');
    await pages.button('Add colleague').click();
    expect(await pages.errors('share with an address that is not a buyer')).toEqual(['Enter the email address of a buyer account']);
    await page.getByLabel('Email address of a colleague', { exact: true }).fill('direct-award@example.gov.uk');
    await pages.button('Add colleague').click();
    await pages.waitForOverview(copyTitle, 'task list after sharing');
    expect(await pages.successBanner()).toBe(`direct-award@example.gov.uk can now see and change ‘${copyTitle}’.`);

    // Delete the copy (a draft).
    await pages.link('Delete draft requirements').click();
    await pages.waitForHeading('Are you sure you want to delete these requirements?', 'delete page');
    await screenshot(page, 'buyer-requirement-delete');
    await pages.button('Yes, delete').click();
    await pages.waitForDashboard('your requirements after deleting the copy');
    expect(await pages.successBanner()).toBe(`Your requirements ‘${copyTitle}’ were deleted.`);
    expect((await pages.dashboardRows('unpublished')).find((r) => r[0] === copyTitle)).toBeUndefined();

    const api = await signInOverApi(webUrl(), WRITER);
    const mine = (await api.gql<{ myBriefs: MyBrief[] }>(MY_BRIEFS)).myBriefs;
    expect(mine.find((b) => b.data.title === TITLE)).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: 'Our budget for this year was cut.' });
    expect(mine.find((b) => b.data.title === copyTitle)).toBeUndefined();
    const dara = await signInOverApi(webUrl(), 'direct-award@example.gov.uk');
    expect((await dara.gql<{ myBriefs: MyBrief[] }>(MY_BRIEFS)).myBriefs.find((b) => b.data.title === copyTitle)).toBeUndefined();
  }, 300_000);
});
