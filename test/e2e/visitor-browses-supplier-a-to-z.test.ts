import { describe, expect, inject, it } from 'vitest';
import { DetailPages } from './pages/DetailPages.js';
import { HomePage } from './pages/HomePage.js';
import { SupplierAToZPage } from './pages/SupplierAToZPage.js';
import { checkA11y } from './support/axe.js';
import { screenshot, useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();
const url = (path: string) => `${inject('webUrl')}${path}`;

describe('a visitor browses the G-Cloud supplier A to Z', () => {
  it('goes from the footer to a letter, its second page, a supplier and one of their services', async () => {
    const home = new HomePage(browser.page);
    const az = new SupplierAToZPage(browser.page);
    await home.open(inject('webUrl'));
    await screenshot(browser.page, 'visitor-home-page');

    await home.footerLink('G-Cloud supplier A to Z').click();
    await az.waitForLetter('A', 'supplier A to Z, letter A');
    expect(await az.currentLetter()).toBe('A');
    expect(await az.supplierNames()).toContain('Agile Delivery Partners');
    await screenshot(browser.page, 'visitor-browses-suppliers-a');

    await az.letter('S').click();
    await browser.page.waitForURL((u) => u.searchParams.get('prefix') === 'S');
    await az.waitForLetter('S', 'supplier A to Z, letter S');
    const firstPage = await az.supplierNames();
    expect(firstPage).toHaveLength(30);
    expect(firstPage.every((n) => n.startsWith('S'))).toBe(true);
    expect([...firstPage].sort((a, b) => a.localeCompare(b))).toEqual(firstPage);
    expect(await az.countText()).toMatch(/^Showing 1 to 30 of (3[1-9]|[4-9]\d) suppliers$/);
    await expect(browser.page.title()).resolves.toMatch(/^G-Cloud suppliers starting with S \(page 1 of \d+\) – Digital Marketplace$/);
    await screenshot(browser.page, 'visitor-browses-suppliers-s');

    await az.pagination().getByRole('link', { name: 'Page 2', exact: true }).click();
    await browser.page.waitForURL((u) => u.searchParams.get('page') === '2');
    await az.waitForLetter('S', 'supplier A to Z, letter S, page 2');
    const secondPage = await az.supplierNames();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.some((n) => firstPage.includes(n))).toBe(false);
    expect(secondPage[0]!.localeCompare(firstPage[firstPage.length - 1]!)).toBeGreaterThan(0);
    await expect(browser.page.title()).resolves.toMatch(/\(page 2 of \d+\)/);
    await expect(az.pagination().locator('[aria-current="page"]').innerText()).resolves.toBe('2');
    await screenshot(browser.page, 'visitor-browses-suppliers-s-page-2');

    const supplier = secondPage[0]!;
    await az.openSupplier(supplier);
    await browser.page.waitForURL(/\/g-cloud\/supplier\/\d+$/);
    await expect(browser.page.locator('.govuk-caption-l').innerText()).resolves.toBe('Digital Marketplace supplier');
    expect(await az.contactText()).toMatch(/^Sales team 01632 960 \d{3} \S+@\S+\.example\.com$/);
    const services = await az.servicesByLot();
    const [lot, names] = Object.entries(services)[0]!;
    expect(['Cloud hosting', 'Cloud software', 'Cloud support']).toContain(lot);
    await screenshot(browser.page, 'visitor-views-a-supplier');

    await browser.page.getByRole('main').getByRole('link', { name: names[0]!, exact: true }).click();
    await browser.page.waitForURL(/\/g-cloud\/services\/\d{15,16}$/);
    const pages = new DetailPages(browser.page);
    await pages.waitForHeading(names[0]!, 'service page from the supplier page');
    await expect(browser.page.locator('.govuk-caption-l').innerText()).resolves.toBe(supplier);

    // Back to the supplier: the page is the same when loaded afresh.
    await browser.page.goBack();
    await browser.page.getByRole('heading', { level: 1, name: supplier, exact: true }).waitFor();
    await browser.page.reload();
    await browser.page.getByRole('heading', { level: 1, name: supplier, exact: true }).waitFor();
    await checkA11y(browser.page, 'supplier page reloaded');
    expect(await az.servicesByLot()).toEqual(services);
  });

  it('lists names not starting with a letter under 1–9, says when a letter has none, and answers not found past the last page', async () => {
    const az = new SupplierAToZPage(browser.page);
    await browser.page.goto(url('/g-cloud/suppliers?prefix=s'));
    await az.waitForLetter('S', 'supplier A to Z, lower-case letter in the address');
    await az.letter('1–9').click();
    await az.waitForLetter('1–9', 'supplier A to Z, names not starting with a letter');
    expect(await az.supplierNames()).toContain('24/7 Support Desk');
    await expect(az.countText()).resolves.toMatch(/^\d+ suppliers?$/);

    await az.letter('X').click();
    await az.waitForLetter('X', 'supplier A to Z, a letter with no suppliers');
    await expect(browser.page.getByRole('main').innerText()).resolves.toMatch(/There are no G-Cloud suppliers starting with X\./);
    await screenshot(browser.page, 'visitor-browses-suppliers-none');

    const pages = new DetailPages(browser.page);
    await pages.expectNotFound(url('/g-cloud/suppliers?prefix=S&page=99'));
    await pages.expectNotFound(url('/g-cloud/suppliers?prefix=S&page=0'));
    await pages.expectNotFound(url('/g-cloud/supplier/999999'));
    await pages.expectNotFound(url('/g-cloud/supplier/not-a-number'));
  });
});
