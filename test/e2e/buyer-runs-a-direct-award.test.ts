import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { EndSearchPage, OutcomePages, ProjectPage, ResultsPage, SavedSearchesPage, SaveSearchPages } from './pages/DirectAwardPages.js';
import { ChooseCategoryPage, GCloudStartPage } from './pages/GCloudEntryPages.js';
import { HomePage } from './pages/HomePage.js';
import { SearchPage } from './pages/SearchPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { checkA11y } from './support/axe.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot, useBrowserPage } from './support/browser.js';
import { parseCsv, readOds, odsRows } from './support/spreadsheets.js';

const browser = useBrowserPage();
const webUrl = () => inject('webUrl');
const BUYER = 'direct-award@example.gov.uk';

describe('a buyer runs a G-Cloud direct award (§5)', () => {
  it('saves a search into a new project, narrows it, exports and downloads the results, and records the contract', async () => {
    const page = browser.page;
    const name = `Hosting for the payments platform ${Date.now()}`;

    // From the home page to the hosting services, as a person would.
    const home = new HomePage(page);
    await home.open(webUrl());
    await page.getByRole('link', { name: 'Find cloud hosting, software and support', exact: true }).click();
    const start = new GCloudStartPage(page);
    await start.waitForPage();
    await start.startANewSearch();
    const choose = new ChooseCategoryPage(page);
    await choose.waitForPage();
    await choose.search('Cloud hosting');
    const search = new SearchPage(page);
    const wide = await search.waitForSummary(/results? found in Cloud hosting$/);
    const wideCount = Number(/^(\d+)/.exec(wide)![1]);
    expect(wideCount).toBeGreaterThan(30);

    // Saving asks a visitor to sign in, then comes back to the save page.
    await page.getByRole('button', { name: 'Save your search' }).click();
    const signIn = new SignInPage(page);
    await signIn.waitForForm();
    await signIn.signIn(BUYER, DEMO_PASSWORD);
    const save = new SaveSearchPages(page);
    await save.waitForChoice();
    expect(await save.summary()).toBe(wide);
    expect((await save.choices()).at(-1)).toBe('Save a new search');
    await screenshot(page, 'buyer-direct-award-save-search');
    await save.choose('Save a new search');
    await save.waitForName();
    await save.name('');
    const nameErrors = await save.errors('save a new search: no name');
    expect(nameErrors.summary).toEqual(['Enter a name for your search']);
    expect(nameErrors.inline).toEqual(['Enter a name for your search']);
    expect(await page.title()).toMatch(/^Error: Save a new search/);
    await save.name(name);

    // The project's task list: too many results to export, so the search must be narrowed.
    const project = new ProjectPage(page);
    await project.waitFor(name, 'project page, too many results');
    expect(await project.successBanner()).toBe('Search saved.');
    expect(await project.errorSummary()).toEqual([
      `Your search finds ${wideCount} services. Change your search so that it finds 30 services or fewer before you export your results.`,
    ]);
    expect(await project.statuses()).toEqual(['', 'Cannot start yet', 'Cannot start yet', 'Cannot start yet', 'Cannot start yet']);
    await expect(project.step(2).getByRole('button', { name: 'Export your results' }).count()).resolves.toBe(0);
    await screenshot(page, 'buyer-direct-award-too-many-results');
    const projectId = project.id();

    // Back to the results, one category only, saved into the same project.
    await project.step(1).getByRole('link', { name: 'Edit your search and view results' }).click();
    await search.waitForSummary(/results? found in Cloud hosting$/);
    await search.categoryTree().getByRole('link', { name: 'Compute and application hosting' }).click();
    const narrow = await search.waitForSummary(/in the category Compute and application hosting|Compute and application hosting/);
    const count = Number(/^(\d+)/.exec(narrow)![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(30);
    await page.getByRole('button', { name: 'Save your search' }).click();
    await save.waitForChoice('save your search, an open project to choose');
    expect(await save.choices()).toContain(name);
    await save.choose();
    const chooseErrors = await save.errors('save your search: nothing chosen');
    expect(chooseErrors.summary).toEqual(['Choose where to save your search']);
    await save.choose(name);
    await project.waitFor(name, 'project page, a search to export');
    expect(project.id()).toBe(projectId);
    expect(await project.successBanner()).toBe('Search saved.');
    expect(await project.statuses()).toEqual(['Completed', '', 'Cannot start yet', 'Cannot start yet', 'Cannot start yet']);
    expect(await project.step(1).getByTestId('search-summary').innerText()).toBe(narrow);
    await screenshot(page, 'buyer-direct-award-task-list');

    // Export: the consequences first, a confirmation required.
    await project.step(2).getByRole('button', { name: 'Export your results' }).click();
    const end = new EndSearchPage(page);
    await end.waitFor();
    expect((await end.consequences()).join('\n')).toMatch(/cannot change it/);
    await screenshot(page, 'buyer-direct-award-end-search');
    await end.export(false);
    const endErrors = await end.errors('export: not confirmed');
    expect(endErrors.summary).toEqual(['Confirm that you have finished editing your search']);
    expect(endErrors.inline).toEqual(['Confirm that you have finished editing your search']);
    await end.export(true);

    // The frozen results, and both files.
    const results = new ResultsPage(page);
    await results.waitFor();
    expect(await results.successBanner()).toBe('Your results have been exported. Your files are ready to download.');
    const frozen = await results.services();
    expect(frozen).toHaveLength(count);
    await screenshot(page, 'buyer-direct-award-results');

    const dir = mkdtempSync(path.join(tmpdir(), 'direct-award-'));
    const csvDownload = await results.download('CSV');
    expect(csvDownload.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-hosting-for-the-payments-platform-\d+-results\.csv$/);
    const csvPath = path.join(dir, csvDownload.suggestedFilename());
    await csvDownload.saveAs(csvPath);
    const csv = parseCsv(readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c));
    expect(csv[0]).toEqual(['Framework', 'Search ended', 'Search summary']);
    expect(csv[1]![0]).toBe('G-Cloud 13');
    expect(csv[1]![2]).toBe(narrow);
    expect(csv[2]).toEqual(['Supplier name', 'Service name', 'Service description', 'Price', 'Service page URL', 'Contact name', 'Telephone', 'Email']);
    const csvServices = csv.slice(3);
    expect(csvServices.map((r) => [r[1], r[0], r[3]])).toEqual(frozen.map((s) => [s.name, s.supplier, s.price === 'Not given' ? '' : s.price]));
    for (const r of csvServices) expect(r[4]).toMatch(/\/g-cloud\/services\/\d+$/);

    const odsDownload = await results.download('ODS');
    expect(odsDownload.suggestedFilename()).toMatch(/-results\.ods$/);
    const odsPath = path.join(dir, odsDownload.suggestedFilename());
    await odsDownload.saveAs(odsPath);
    expect(readOds(odsPath).mimetype).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const contentXml = readOds(odsPath).contentXml;
    expect(contentXml).toContain('table:name="Search results"');
    const ods = odsRows(contentXml)
      .map((r) => r.filter((c, i) => c || i < 8))
      .filter((r) => r.some((c) => c));
    expect(ods[0]!.slice(0, 3)).toEqual(['Framework', 'Search ended', 'Search summary']);
    expect(ods[2]!.slice(0, 8)).toEqual(csv[2]);
    expect(ods.slice(3).map((r) => r[1])).toEqual(frozen.map((s) => s.name));

    // Back on the task list: exported, then the confirmation to read how to assess.
    await page.getByRole('link', { name: 'Return to your task list' }).click();
    await project.waitFor(name, 'project page, results exported');
    expect(await project.statuses()).toEqual(['Completed', 'Completed', '', 'Cannot start yet', 'Cannot start yet']);
    await expect(project.step(1).getByRole('link', { name: 'Edit your search and view results' }).count()).resolves.toBe(0);
    await project.step(3).getByRole('button', { name: 'Confirm you have read and understood how to assess services' }).click();
    expect(await project.successBanner()).toMatch(/read and understood how to assess services/);
    await checkA11y(page, 'project page, ready to assess');
    expect(await project.statuses()).toEqual(['Completed', 'Completed', 'Completed', '', 'Cannot start yet']);
    await screenshot(page, 'buyer-direct-award-ready-to-assess');

    // Tell us the outcome: a contract was awarded.
    await project.step(4).getByRole('button', { name: 'Tell us the outcome' }).click();
    const outcome = new OutcomePages(page);
    await outcome.waitForDidYouAward(name);
    await outcome.answer(null);
    expect((await outcome.errors('did you award: nothing chosen')).summary).toEqual([`Select whether you awarded a contract for ‘${name}’`]);
    await outcome.answer('Yes');
    await outcome.waitForWhichService();
    expect(await outcome.serviceChoices()).toEqual(frozen.map((s) => s.name));
    await outcome.answer(null);
    expect((await outcome.errors('which service: nothing chosen')).summary).toEqual(['Select the service that won the contract']);
    const winner = frozen.find((s) => frozen.filter((o) => o.name === s.name).length === 1)!;
    await outcome.answer(winner.name);
    await outcome.waitForContract();
    await screenshot(page, 'buyer-direct-award-contract-form');

    // Refused: dates missing a part and not real, no value or organisation.
    await outcome.contract({ start: ['1', '', '2027'], end: ['31', '2', '2028'], value: '', organisation: '' });
    const first = await outcome.errors('contract details: dates incomplete, nothing else');
    expect(first.summary).toEqual([
      'The start date must include a month',
      'The end date must be a real date',
      'Enter the value of the contract',
      'Enter the name of the organisation buying the service',
    ]);
    expect(first.inline).toEqual(first.summary);
    expect(await outcome.inputsInError()).toEqual(['startDate-month', 'endDate-day', 'endDate-month', 'endDate-year', 'value', 'awardingOrganisationName']);
    expect(await page.title()).toMatch(/^Error: Tell us about your contract/);
    await screenshot(page, 'buyer-direct-award-contract-errors');
    // Refused by the API: the end before the start, a value that is not money.
    await outcome.contract({ start: ['1', '4', '2027'], end: ['31', '3', '2027'], value: 'about ten grand', organisation: 'Department for Work and Pensions' });
    await page.locator('.govuk-error-summary').getByText('The end date must be after the start date').waitFor();
    const second = await outcome.errors('contract details: end before start, value not money');
    expect(second.summary[0]).toBe('The end date must be after the start date');
    expect(second.summary).toHaveLength(2);
    expect(second.summary[1]).toMatch(/pounds and pence|number|value/i);
    // Accepted.
    await outcome.contract({ start: ['1', '4', '2027'], end: ['31', '3', '2029'], value: '£125,000.50', organisation: 'Department for Work and Pensions' });
    await project.waitFor(name, 'project page, contract awarded');
    expect(await project.successBanner()).toBe(`You’ve updated ‘${name}’`);
    expect(await project.statuses()).toEqual(['Completed', 'Completed', 'Completed', `Contract awarded to ${winner.supplier}: ${winner.name}`, '']);
    await screenshot(page, 'buyer-direct-award-awarded');

    // Your saved searches: exported and awarded.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Your saved searches' }).click();
    const saved = new SavedSearchesPage(page);
    await saved.waitFor();
    const row = (await saved.rows('exported-projects')).find((r) => r[0] === name);
    expect(row?.[2]).toBe('Awarded');
    expect((await saved.rows('searching-projects')).some((r) => r[0] === name)).toBe(false);
    await screenshot(page, 'buyer-direct-award-saved-searches');

    // Another buyer is told the project does not exist.
    const other = await launchBrowser();
    try {
      const bea = await other.newPage();
      const otherSignIn = new SignInPage(bea);
      await otherSignIn.open(webUrl());
      await otherSignIn.signIn('buyer@example.gov.uk', DEMO_PASSWORD);
      await bea.getByRole('heading', { level: 1 }).first().waitFor();
      await bea.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
      await bea.goto(`${webUrl()}/buyers/direct-award/g-cloud/projects/${projectId}`);
      await bea.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      await checkA11y(bea, 'another buyer’s project');
    } finally {
      await other.close();
    }

    // The API has the contract.
    const api = await signInOverApi(webUrl(), BUYER);
    const { directAwardProject } = await api.gql<{
      directAwardProject: {
        stage: string;
        downloadedAt: string | null;
        outcome: {
          result: string;
          completed: boolean;
          startDate: string;
          endDate: string;
          awardValue: string;
          awardingOrganisationName: string;
          awardedService: { data: { serviceName: string } };
        };
      };
    }>(
      'query ($id: ID!) { directAwardProject(id: $id) { stage downloadedAt outcome { result completed startDate endDate awardValue awardingOrganisationName awardedService { data } } } }',
      { id: projectId },
    );
    expect(directAwardProject.stage).toBe('OUTCOME_RECORDED');
    expect(directAwardProject.downloadedAt).not.toBeNull();
    expect(directAwardProject.outcome).toMatchObject({
      result: 'AWARDED',
      completed: true,
      startDate: '2027-04-01',
      endDate: '2029-03-31',
      awardValue: '125000.50',
      awardingOrganisationName: 'Department for Work and Pensions',
      awardedService: { data: { serviceName: winner.name } },
    });
  });

  it('says it is still assessing, then that no suitable service was found', async () => {
    const page = browser.page;
    const name = `Containers for the data team ${Date.now()}`;
    // From the home page to one hosting category (signed in by the journey above, or asked to sign in now).
    const home = new HomePage(page);
    await home.open(webUrl());
    await page.getByRole('link', { name: 'Find cloud hosting, software and support', exact: true }).click();
    await new GCloudStartPage(page).startANewSearch();
    const choose = new ChooseCategoryPage(page);
    await choose.waitForPage();
    await choose.search('Cloud hosting');
    const search = new SearchPage(page);
    await search.waitForSummary(/results? found in Cloud hosting$/);
    await search.categoryTree().getByRole('link', { name: 'Container service' }).click();
    await search.waitForSummary(/Container service/);
    await screenshot(page, 'buyer-direct-award-search-with-save-button');
    await page.getByRole('button', { name: 'Save your search' }).click();
    await page.waitForURL(/\/(sign-in|buyers\/direct-award\/g-cloud\/save-search)\?/);
    if (new URL(page.url()).pathname === '/sign-in') {
      const signIn = new SignInPage(page);
      await signIn.waitForForm();
      await signIn.signIn(BUYER, DEMO_PASSWORD);
    }
    const save = new SaveSearchPages(page);
    await save.waitForChoice();
    await save.choose('Save a new search');
    await save.waitForName();
    await save.name(name);
    const project = new ProjectPage(page);
    await project.waitFor(name, 'project page, a second search');
    const projectId = project.id();

    // Exported but not downloaded: "Your saved searches" says to download.
    await project.step(2).getByRole('button', { name: 'Export your results' }).click();
    const end = new EndSearchPage(page);
    await end.waitFor();
    await end.export(true);
    const results = new ResultsPage(page);
    await results.waitFor();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Your saved searches' }).click();
    const saved = new SavedSearchesPage(page);
    await saved.waitFor('your saved searches, results not downloaded');
    expect((await saved.rows('exported-projects')).find((r) => r[0] === name)?.[2]).toBe(`Download results for ${name}`);
    await page
      .getByTestId('exported-projects')
      .getByRole('link', { name: `Download results for ${name}` })
      .click();
    await results.waitFor('download your results, from the saved searches');
    await results.download('CSV');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Your saved searches' }).click();
    await saved.waitFor('your saved searches, results downloaded');
    expect((await saved.rows('exported-projects')).find((r) => r[0] === name)?.[2]).toBe(`Tell us the outcome for ${name}`);
    await page.getByTestId('exported-projects').getByRole('link', { name, exact: true }).click();
    await project.waitFor(name, 'project page, results downloaded');
    await project.step(3).getByRole('button', { name: 'Confirm you have read and understood how to assess services' }).click();
    await project.successBanner();

    // Still assessing: back to the task list, the outcome still to tell.
    await project.step(4).getByRole('button', { name: 'Tell us the outcome' }).click();
    const outcome = new OutcomePages(page);
    await outcome.waitForDidYouAward(name);
    await outcome.answer('We are still assessing services');
    await project.waitFor(name, 'project page, still assessing');
    expect(await project.successBanner()).toMatch(/still need to tell us the outcome/);
    expect(await project.statuses()).toEqual(['Completed', 'Completed', 'Completed', '', 'Cannot start yet']);

    // No contract: nothing suitable.
    await project.step(4).getByRole('button', { name: 'Tell us the outcome' }).click();
    await outcome.waitForDidYouAward(name, 'did you award a contract, again');
    await outcome.answer('No');
    await page.getByRole('group', { name: `Why didn’t you award a contract for ‘${name}’?` }).waitFor();
    await checkA11y(page, 'why didn’t you award a contract');
    await outcome.answer(null);
    expect((await outcome.errors('why not: nothing chosen')).summary).toEqual(['Select why you did not award a contract']);
    await screenshot(page, 'buyer-direct-award-why-not-error');
    await outcome.answer('There were no suitable services');
    await project.waitFor(name, 'project page, no suitable services');
    expect(await project.successBanner()).toBe(`You’ve updated ‘${name}’`);
    expect(await project.statuses()).toEqual(['Completed', 'Completed', 'Completed', 'No suitable services found', '']);
    await expect(project.step(4).getByRole('button').count()).resolves.toBe(0);

    // The outcome cannot be told twice.
    await page.goto(`${webUrl()}/buyers/direct-award/g-cloud/projects/${projectId}/did-you-award-contract`);
    await page.getByRole('heading', { level: 1, name: 'You have already told us the outcome' }).waitFor();
    await checkA11y(page, 'outcome already told');

    const api = await signInOverApi(webUrl(), BUYER);
    const { directAwardProject } = await api.gql<{ directAwardProject: { stage: string; stillAssessingAt: string | null; outcome: { result: string; completed: boolean } } }>(
      'query ($id: ID!) { directAwardProject(id: $id) { stage stillAssessingAt outcome { result completed } } }',
      { id: projectId },
    );
    expect(directAwardProject).toMatchObject({ stage: 'OUTCOME_RECORDED', outcome: { result: 'NONE_SUITABLE', completed: true } });
    expect(directAwardProject.stillAssessingAt).not.toBeNull();
  });
});
