import { describe, expect, inject, it } from 'vitest';
import { RequirementPages } from './pages/RequirementPages.js';
import { checkA11y } from './support/axe.js';
import { signInOverApi } from './support/api.js';
import { screenshot, useBrowserPage } from './support/browser.js';
import { fillAndSubmitByKeyboard } from './support/keyboard.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const WRITER = 'writer@example.gov.uk';
const FRAMEWORK = 'digital-outcomes-and-specialists-5';
// Titles unique to this run: the journeys share one stack.
const RUN = Date.now().toString(36);

/** A deadline as the pages show it: the day it falls on (23:59:59 UTC), "11:59pm GMT on Monday 14 December 2026". */
const utcDay = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const deadline = (iso: string) => `11:59pm GMT on ${utcDay.format(new Date(iso)).replace(',', '')}`;

interface Lot {
  slug: string;
  link: string;
  title: string;
  /** Questions the preview lists before anything but the title is answered (some of them). */
  someMissing: string[];
}

const LOTS: Record<string, Lot> = {
  specialists: {
    slug: 'digital-specialists',
    link: 'Find an individual specialist',
    title: `Senior developer for case management ${RUN}`,
    someMissing: ['Specialist role', 'Location', 'Summary of the work', 'Evaluation weighting', 'Set how long your requirements will be open for'],
  },
  outcomes: {
    slug: 'digital-outcomes',
    link: 'Find a team to provide an outcome',
    title: `Move case management to the cloud ${RUN}`,
    someMissing: ['Location', 'Problem to be solved', 'Evaluation weighting'],
  },
  participants: {
    slug: 'user-research-participants',
    link: 'Find user research participants',
    title: `Recruit benefit claimants for research ${RUN}`,
    someMissing: ['Location', 'Research dates', 'Evaluation weighting'],
  },
};

const MY_BRIEFS = `{ myBriefs { id status data lot { slug } publishedAt applicationsClosedAt clarificationQuestionsClosedAt clarificationQuestionsPublishedBy } }`;
interface MyBrief {
  id: string;
  status: string;
  data: Record<string, unknown>;
  lot: { slug: string };
  publishedAt: string | null;
  applicationsClosedAt: string | null;
  clarificationQuestionsClosedAt: string | null;
  clarificationQuestionsPublishedBy: string | null;
}

/**
 * From the home page to a published requirement on one lot: start page, create (with a refused
 * answer first when `refuseTitle`), the task list, the preview listing what is missing, every
 * required question page by page, the preview, the publish page's dates, publishing, the dates
 * page and the public opportunity page; then the API says it is live with those dates.
 */
async function publishOnLot(lot: Lot, options: { refuseTitle?: boolean; keyboardTitle?: boolean; onQuestion?: (pages: RequirementPages, heading: string) => Promise<void> }) {
  const pages = new RequirementPages(browser.page);
  const { page } = pages;
  await pages.homeSignedIn(webUrl(), WRITER);
  await page.getByTestId('requirement-start-links').getByRole('link', { name: lot.link, exact: true }).click();
  await pages.waitForHeading(lot.link, `${lot.slug}: start page`);
  await screenshot(page, `buyer-requirement-start-${lot.slug}`);
  await pages.button('Create requirement').click();
  const titleQuestion = await pages.waitForQuestion(`${lot.slug}: create, the title`);
  expect(titleQuestion).toBe('What you want to call your requirements');

  if (options.refuseTitle) {
    await page.getByLabel(titleQuestion, { exact: true }).fill('A'.repeat(101));
    await pages.save();
    const errors = await pages.errors(`${lot.slug}: create, a title too long`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/100 characters/);
    expect(await pages.inlineError(titleQuestion)).toBe(errors[0]);
    await screenshot(page, `buyer-requirement-title-too-long`);
  }
  if (options.keyboardTitle) {
    await fillAndSubmitByKeyboard(page, { [titleQuestion]: lot.title }, 'Save and continue');
  } else {
    await page.getByLabel(titleQuestion, { exact: true }).fill(lot.title);
    await pages.save();
  }
  await pages.waitForOverview(lot.title, `${lot.slug}: task list of a new draft`);
  const first = await pages.tasks();
  expect(first[0]).toEqual({ task: 'Title', status: 'Done', linked: true });
  expect(first.find((t) => t.task === 'Location')?.status).toBe('To do');
  expect(first.find((t) => t.task === 'Describe question and answer session')?.status).toBe('Optional');
  expect(first.find((t) => t.task === 'Publish your requirements')).toEqual({ task: 'Publish your requirements', status: 'Cannot start yet', linked: false });
  await screenshot(page, `buyer-requirement-task-list-${lot.slug}`);

  // The preview lists what is still to answer, each a link.
  await pages.task('Preview your requirements').click();
  await pages.waitForHeading('You cannot preview your requirements yet', `${lot.slug}: preview with questions missing`);
  const required = await pages.missingQuestions();
  expect(required).toEqual(expect.arrayContaining(lot.someMissing));
  expect(required).not.toContain('What you want to call your requirements');
  await screenshot(page, `buyer-requirement-preview-missing-${lot.slug}`);
  await pages.link('Return to overview').click();
  await pages.waitForOverview(lot.title, `${lot.slug}: task list again`);

  await pages.answerRequired(lot.title, lot.slug, required, options.onQuestion && ((heading) => options.onQuestion!(pages, heading)));
  const done = await pages.tasks();
  expect(done.filter((t) => t.status === 'To do' || t.status === 'In progress')).toEqual([{ task: 'Publish your requirements', status: 'To do', linked: true }]);
  await screenshot(page, `buyer-requirement-task-list-complete-${lot.slug}`);

  // The preview shows the requirement as suppliers will read it.
  await pages.task('Preview your requirements').click();
  await pages.waitForHeading('Preview your requirements', `${lot.slug}: preview`);
  const preview = page.getByTestId('preview');
  await preview.getByRole('heading', { name: lot.title }).waitFor();
  expect(await preview.innerText()).toContain('Summary of the work');
  await screenshot(page, `buyer-requirement-preview-${lot.slug}`);
  await pages.button('Confirm your requirements and publish').click();

  await pages.waitForHeading('Publish your requirements and evaluation criteria', `${lot.slug}: publish page`);
  const planned = await pages.timetable();
  expect(planned.map(([key]) => key)).toEqual(['Today', 'Last day suppliers can ask questions', 'Last day to publish answers to their questions', 'Closing date for applications']);
  const openFor = (await page.getByTestId('open-for').innerText()).trim();
  expect(openFor).toMatch(/open for (1 week|2 weeks)\./);
  await screenshot(page, `buyer-requirement-publish-${lot.slug}`);
  await pages.button('Publish requirements').click();

  await pages.waitForOverview(lot.title, `${lot.slug}: task list of a live requirement`);
  expect(await pages.successBanner()).toMatch(/^Your requirements have been published\. Suppliers can apply until 11:59pm GMT on /);
  const api = await signInOverApi(webUrl(), WRITER);
  const brief = (await api.gql<{ myBriefs: MyBrief[] }>(MY_BRIEFS)).myBriefs.find((b) => b.data.title === lot.title)!;
  expect(brief).toMatchObject({ status: 'LIVE', lot: { slug: lot.slug } });
  // The dates shown before publishing are exactly the ones it was published with.
  expect(planned.slice(1)).toEqual([
    ['Last day suppliers can ask questions', deadline(brief.clarificationQuestionsClosedAt!)],
    ['Last day to publish answers to their questions', deadline(brief.clarificationQuestionsPublishedBy!)],
    ['Closing date for applications', deadline(brief.applicationsClosedAt!)],
  ]);
  expect(openFor).toContain(deadline(brief.applicationsClosedAt!));
  await screenshot(page, `buyer-requirement-live-${lot.slug}`);

  await pages.link('View question and answer dates').click();
  await pages.waitForHeading('Question and answer dates', `${lot.slug}: question and answer dates`);
  expect((await pages.timetable()).slice(1)).toEqual(planned.slice(1));
  await pages.link('Return to overview').click();
  await pages.waitForOverview(lot.title, `${lot.slug}: task list of a live requirement, again`);
  await pages.link('View your published requirements').click();
  await page.getByRole('heading', { level: 1, name: lot.title }).waitFor();
  await checkA11y(page, `${lot.slug}: public opportunity page`);
  expect(await page.getByTestId('opportunity-state').innerText()).toMatch(/^Open for applications until /);
  return { pages, brief };
}

describe('a buyer writes, previews and publishes a requirement on each DOS lot (B3–B8)', () => {
  it('digital specialists: refuses weightings that do not add up to 100, then publishes for the length chosen', async () => {
    let refused = false;
    const { brief } = await publishOnLot(LOTS.specialists!, {
      onQuestion: async (pages, heading) => {
        if (heading !== 'Evaluation weighting' || refused) return;
        refused = true;
        await pages.answer({ technicalWeighting: '70', culturalWeighting: '20', priceWeighting: '20' });
        await pages.save();
        const errors = await pages.errors('specialists: weightings that add up to 110');
        expect(errors).toEqual(['The weightings must add up to 100%', 'The weightings must add up to 100%', 'The weightings must add up to 100%']);
        expect(await pages.inlineError('Technical competence')).toBe('The weightings must add up to 100%');
        await screenshot(pages.page, 'buyer-requirement-weightings-refused');
        await pages.page.getByLabel('Technical competence', { exact: true }).fill('60');
        await pages.page.getByLabel('Cultural fit', { exact: true }).fill('10');
        await pages.page.getByLabel('Price', { exact: true }).fill('30');
      },
    });
    expect(refused).toBe(true);
    expect(brief.data).toMatchObject({ technicalWeighting: 60, culturalWeighting: 10, priceWeighting: 30 });
  }, 300_000);

  it('digital outcomes: refuses a title that is too long, then publishes for two weeks', async () => {
    const { brief } = await publishOnLot(LOTS.outcomes!, { refuseTitle: true });
    expect(new Date(brief.applicationsClosedAt!).getTime() - new Date(brief.publishedAt!).getTime()).toBeGreaterThan(13 * 86_400_000);
  }, 300_000);

  it('user research participants: the title typed with the keyboard only, a number out of range refused, then published', async () => {
    let refused = false;
    const { pages } = await publishOnLot(LOTS.participants!, {
      keyboardTitle: true,
      onQuestion: async (p, heading) => {
        if (!/^How many suppliers/.test(heading) || refused) return;
        refused = true;
        await p.page.getByLabel(heading, { exact: true }).fill('20');
        await p.save();
        const errors = await p.errors('participants: too many suppliers to evaluate');
        expect(errors).toHaveLength(1);
        expect(await p.inlineError(heading)).toBe(errors[0]);
        await p.page.getByLabel(heading, { exact: true }).fill('');
      },
    });
    expect(refused).toBe(true);

    // Another buyer's requirement is not found here.
    const bea = await signInOverApi(webUrl(), 'buyer@example.gov.uk');
    const theirs = (await bea.gql<{ myBriefs: Array<{ id: string; lot: { slug: string } }> }>('{ myBriefs { id lot { slug } } }')).myBriefs[0]!;
    await pages.page.goto(`${webUrl()}/buyers/frameworks/${FRAMEWORK}/requirements/${theirs.lot.slug}/${theirs.id}`);
    await pages.waitForHeading('Page not found', 'another buyer’s requirement');
  }, 300_000);
});
