import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminServicesPages } from './pages/AdminServicesPages.js';
import { AdminSupplierPages } from './pages/AdminSupplierPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';

/**
 * The journey's own service: Wrenfield Cloud's second G-Cloud 13 service, which moves to Ashgrove
 * Digital (server/seeds/services-admin.ts); no other journey reads either supplier.
 */
const SERVICE_ID = '700000000000002';
const FROM = 'Wrenfield Cloud';
const TO = 'Ashgrove Digital';
const CATEGORY = 'category@crowncommercial.gov.uk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a category admin transfers a service to another supplier (novation, AD5, AD6)', () => {
  it(
    'finds the supplier’s services, chooses the new supplier, confirms with the reason; both lists follow; suspends and unsuspends the new supplier’s',
    { timeout: 240_000 },
    async () => {
      const adminUrl = inject('adminUrl');
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const signIn = new SignInPage(page);
        await signIn.open(adminUrl);
        await signIn.signIn(CATEGORY, DEMO_PASSWORD);
        const home = new AdminHomePage(page);
        await home.waitFor('category admin home');

        // AD5: the supplier's services, per framework, from its page.
        await home.task('Find a supplier').click();
        const suppliers = new AdminSupplierPages(page);
        await suppliers.waitForSearch('find a supplier');
        await suppliers.search('Name', 'Wrenfield');
        expect(await suppliers.results('suppliers named Wrenfield')).toEqual([FROM]);
        await suppliers.openSupplier(FROM);
        const services = new AdminServicesPages(page);
        await services.openSupplierServices(FROM);
        const before = await services.serviceRows('g-cloud-13');
        expect(before.map((r) => r[0])).toContain(SERVICE_ID);
        const row = before.find((r) => r[0] === SERVICE_ID)!;
        expect(row[3]).toBe('Live');
        const name = row[2]!;
        await expect(page.getByRole('button', { name: 'Suspend services on G-Cloud 13' }).count()).resolves.toBe(1);
        await screenshot(page, 'admin-supplier-services');

        // AD6: the service, then the transfer: search by name, and an ID with no supplier is an error.
        await page.getByRole('link', { name, exact: true }).click();
        await services.waitForService(name, 'the service to transfer');
        await services.start('Transfer to another supplier', 'Transfer this service to another supplier');
        await services.findNewSupplier('987654321');
        expect(await services.errors('a supplier ID with no supplier')).toEqual(['There is no supplier with the ID 987654321']);
        await services.findNewSupplier('Ashgrove');
        expect(await services.candidates('suppliers named Ashgrove')).toEqual([TO]);
        await screenshot(page, 'admin-service-transfer-choose');
        await services.choose(TO);
        expect(await services.transferSummary()).toMatchObject({ Service: `${name} (${SERVICE_ID})`, From: FROM });
        expect((await services.transferSummary()).To).toMatch(new RegExp(`^${TO} \\(supplier ID \\d+, DUNS 300000002\\)$`));

        // The reason is required; then the service belongs to the new supplier.
        await services.confirm('Transfer service');
        expect(await services.errors('a transfer without a reason')).toEqual(['Enter why you are transferring the service']);
        await services.giveReason('Novation agreement of 1 December 2026: Ashgrove Digital took over the contract');
        await screenshot(page, 'admin-service-transfer-confirm');
        await services.confirm('Transfer service');
        expect(await services.flash('the service after the transfer')).toBe(`‘${name}’ now belongs to ${TO}. Search results take a few minutes to catch up.`);
        await services.waitForService(name, 'the transferred service');
        expect(await services.caption().innerText()).toBe(TO);
        expect(await services.facts()).toMatchObject({ Supplier: TO, Status: 'Live' });
        await screenshot(page, 'admin-service-transferred');

        // Both suppliers' lists, through the pages.
        await page.getByRole('link', { name: 'Services', exact: true }).click();
        await services.waitForSupplierServices(TO, `services of ${TO} after the transfer`);
        expect((await services.serviceRows('g-cloud-13')).map((r) => r[0])).toContain(SERVICE_ID);

        // AD5: suspend all of the new supplier's G-Cloud 13 services, then publish them again.
        await services.suspendAll('Suspend services', 'G-Cloud 13', /suspend all of this supplier’s G-Cloud 13 services/);
        await screenshot(page, 'admin-supplier-services-suspend');
        await services.confirm('Suspend services');
        expect(await services.flash('services suspended')).toBe(`2 services of ${TO} on G-Cloud 13 suspended. Search results take a few minutes to catch up.`);
        expect((await services.serviceRows('g-cloud-13')).map((r) => r[3])).toEqual(['Removed by CCS', 'Removed by CCS']);
        await services.suspendAll('Unsuspend services', 'G-Cloud 13', /publish this supplier’s suspended G-Cloud 13 services again/);
        await services.confirm('Unsuspend services');
        expect(await services.flash('services published again')).toBe(`2 services of ${TO} on G-Cloud 13 published again. Search results take a few minutes to catch up.`);
        expect((await services.serviceRows('g-cloud-13')).map((r) => r[3])).toEqual(['Live', 'Live']);

        // The API confirms the service's supplier, both lists and the audit event with both suppliers.
        const api = await signInOverApi(adminUrl, CATEGORY);
        const { service } = await api.gql<{ service: { supplier: { id: string; name: string } } }>(`{ service(id: "${SERVICE_ID}") { supplier { id name } } }`);
        expect(service.supplier.name).toBe(TO);
        const found = await api.gql<{ suppliers: { nodes: Array<{ id: string; name: string; services: Array<{ id: string }> }> } }>(
          `{ suppliers(name: "${FROM}", first: 5) { nodes { id name services { id } } } }`,
        );
        const from = found.suppliers.nodes.find((s) => s.name === FROM)!;
        expect(from.services.map((s) => s.id)).not.toContain(SERVICE_ID);
        expect(from.services.map((s) => s.id)).toContain('700000000000001');
        const to = await api.gql<{ supplier: { services: Array<{ id: string; status: string }> } }>(`{ supplier(id: "${service.supplier.id}") { services { id status } } }`);
        expect(to.supplier.services.map((s) => s.id).sort()).toEqual(['700000000000002', '700000000000003']);
        expect(to.supplier.services.map((s) => s.status)).toEqual(['PUBLISHED', 'PUBLISHED']);
        const events = await api.gql<{ auditEvents: { nodes: Array<{ type: string; data: Record<string, unknown> }> } }>(
          `{ auditEvents(objectType: "Service", objectId: "${SERVICE_ID}", first: 20) { nodes { type data } } }`,
        );
        expect(events.auditEvents.nodes.find((e) => e.type === 'TRANSFER_SERVICE')?.data).toMatchObject({
          fromSupplierName: FROM,
          toSupplierName: TO,
          fromSupplierId: Number(from.id),
          toSupplierId: Number(service.supplier.id),
        });
      } finally {
        await context.close();
      }
    },
  );
});
