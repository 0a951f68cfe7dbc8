import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import { requireViewer, type AppContext, type Viewer } from '../../app/context.js';
import { badInput, conflict } from '../../app/errors.js';
import { CONTRACT_VALUE, type MoneyRule } from '../../shared/money.js';
import { toCsv, toOds, type Sheet } from '../../shared/spreadsheet.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { priceText } from '../frameworks/content/display.js';
import { Framework } from '../frameworks/framework.entity.js';
import { checkServiceQuery, searchFramework } from '../frameworks/search-filters.js';
import { describeServiceSearch } from '../frameworks/search-summary.js';
import { cleanSearchQuery, type ServiceSearchQuery } from '../../app/search-port.js';
import { ArchivedService } from '../services/archived-service.entity.js';
import { newServiceId } from '../services/service-id.js';
import { ContactInformation } from '../suppliers/contact-information.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { User } from '../users/user.entity.js';
import { DirectAwardProject, DirectAwardProjectUser, DirectAwardSearch, DirectAwardSearchResultEntry } from './project.entity.js';
import { memberProject } from './project.policy.js';

/** A search can be ended (its results frozen) only when it finds this many services or fewer. */
export const MAX_RESULTS_TO_END_SEARCH = 30;

export async function getProject(ctx: AppContext, externalId: string): Promise<DirectAwardProject> {
  return memberProject(ctx.em, requireViewer(ctx), externalId);
}

export async function listMyProjects(ctx: AppContext): Promise<DirectAwardProject[]> {
  const viewer = requireViewer(ctx);
  const links = await ctx.em.find(DirectAwardProjectUser, { user: viewer.id });
  return ctx.em.find(DirectAwardProject, { id: { $in: links.map((l) => l.project.id) } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

export const activeSearchOf = (em: EntityManager, projectId: number) => em.findOne(DirectAwardSearch, { project: projectId, active: true });

function checkName(raw: string): string {
  const name = raw.trim();
  if (!name || name.length > 100) throw badInput('Enter a name of 100 characters or fewer', { name: 'Enter a name of 100 characters or fewer' });
  return name;
}

async function addSearch(em: EntityManager, now: Date, viewer: Viewer, project: DirectAwardProject, query: ServiceSearchQuery): Promise<DirectAwardSearch> {
  // One active search per project (the database holds to it too): the new one replaces the rest.
  await em.nativeUpdate(DirectAwardSearch, { project: project.id, active: true }, { active: false });
  const search = em.create(DirectAwardSearch, { project, createdBy: em.getReference(User, viewer.id), query: { ...query }, createdAt: now });
  await em.flush();
  recordAudit(em, now, {
    type: AuditType.CREATE_PROJECT_SEARCH,
    actor: viewer,
    objectType: 'DirectAwardSearch',
    objectId: search.id,
    data: { projectExternalId: project.externalId, searchId: search.id, query },
  });
  return search;
}

/** "Save a new search": a named project with the search as its first, active, search. */
export async function createProject(ctx: AppContext, rawName: string, rawQuery: ServiceSearchQuery): Promise<DirectAwardProject> {
  const viewer = requireViewer(ctx);
  const name = checkName(rawName);
  const query = cleanSearchQuery(rawQuery);
  checkServiceQuery(ctx.content, await searchFramework(ctx.content, ctx.em, 'services'), query);
  return ctx.em.transactional(async (em) => {
    const now = ctx.clock.now();
    let externalId = newServiceId();
    while (await em.findOne(DirectAwardProject, { externalId })) externalId = newServiceId();
    const project = em.create(DirectAwardProject, { externalId, name, createdAt: now });
    em.create(DirectAwardProjectUser, { project, user: em.getReference(User, viewer.id) });
    await em.flush();
    recordAudit(em, now, { type: AuditType.CREATE_PROJECT, actor: viewer, objectType: 'DirectAwardProject', objectId: externalId, data: { projectExternalId: externalId, name } });
    await addSearch(em, now, viewer, project, query);
    return project;
  });
}

/** Saves another search into a project that is still searching; it becomes the active one. */
export async function saveSearch(ctx: AppContext, externalId: string, rawQuery: ServiceSearchQuery): Promise<DirectAwardSearch> {
  const viewer = requireViewer(ctx);
  const query = cleanSearchQuery(rawQuery);
  checkServiceQuery(ctx.content, await searchFramework(ctx.content, ctx.em, 'services'), query);
  return ctx.em.transactional(async (em) => {
    const project = await memberProject(em, viewer, externalId, true);
    if (project.lockedAt) throw conflict('The search of this project has ended and cannot be changed', { lockedAt: project.lockedAt.toISOString() });
    return addSearch(em, ctx.clock.now(), viewer, project, query);
  });
}

/**
 * Ends the search: runs the active search against the search index now and freezes what it finds as
 * the exact versions (latest snapshots) of those services. Nothing about the search changes afterwards.
 */
export async function endSearch(ctx: AppContext, externalId: string): Promise<DirectAwardProject> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const project = await memberProject(em, viewer, externalId, true);
    if (project.lockedAt) throw conflict('The search of this project has already ended', { lockedAt: project.lockedAt.toISOString() });
    const search = await activeSearchOf(em, project.id);
    if (!search) throw conflict('Save a search before ending it');
    const found = await ctx.search.findServices(em, search.query as ServiceSearchQuery, MAX_RESULTS_TO_END_SEARCH + 1);
    if (found.total > MAX_RESULTS_TO_END_SEARCH) {
      throw conflict(`Refine your search to ${MAX_RESULTS_TO_END_SEARCH} results or fewer before exporting (it finds ${found.total})`, { resultCount: found.total });
    }
    const latest = found.serviceIds.length
      ? await em.execute<Array<{ id: number; service_id: string }>>(
          `select distinct on (service_id) id, service_id from archived_services where service_id in (${found.serviceIds.map(() => '?').join(', ')}) order by service_id, id desc`,
          found.serviceIds,
        )
      : [];
    const byService = new Map(latest.map((r) => [r.service_id, Number(r.id)]));
    for (const serviceId of found.serviceIds) {
      const archivedId = byService.get(serviceId);
      if (archivedId) em.create(DirectAwardSearchResultEntry, { search, archivedService: em.getReference(ArchivedService, archivedId) });
    }
    const now = ctx.clock.now();
    search.searchedAt = now;
    project.lockedAt = now;
    recordAudit(em, now, {
      type: AuditType.LOCK_PROJECT,
      actor: viewer,
      objectType: 'DirectAwardSearch',
      objectId: search.id,
      data: { projectExternalId: project.externalId, searchId: search.id, resultCount: found.serviceIds.length },
    });
    return project;
  });
}

export interface FrozenResult {
  entryId: number;
  archived: ArchivedService;
  supplier: Supplier;
  contact: ContactInformation | undefined;
}

/** The frozen results of a locked project, in the order the search found them. */
export async function frozenResults(em: EntityManager, project: DirectAwardProject): Promise<FrozenResult[]> {
  if (!project.lockedAt) return [];
  const search = await activeSearchOf(em, project.id);
  if (!search) return [];
  const entries = await em.find(DirectAwardSearchResultEntry, { search: search.id }, { orderBy: { id: 'asc' }, populate: ['archivedService'] });
  const supplierIds = [...new Set(entries.map((e) => e.archivedService.getEntity().supplier.id))];
  const suppliers = new Map((await em.find(Supplier, { id: { $in: supplierIds } })).map((s) => [s.id, s]));
  const contacts = await em.find(ContactInformation, { supplier: { $in: supplierIds } }, { orderBy: { id: 'asc' } });
  return entries.map((e) => {
    const archived = e.archivedService.getEntity();
    return { entryId: e.id, archived, supplier: suppliers.get(archived.supplier.id)!, contact: contacts.find((c) => c.supplier.id === archived.supplier.id) };
  });
}

/** "£10 to £20 a user a month", as the buyer's results show a price (as service pages do); empty without one. */
export const formatPrice = (data: Record<string, unknown>): string => priceText(data) ?? '';

/** The summary sentence of a saved search (dm-journeys §4.4, as text). */
export const searchSummary = (em: EntityManager, content: ContentCatalogue, query: ServiceSearchQuery, total: number): Promise<string> =>
  describeServiceSearch(em, content, query, total);

export interface ExportedFile {
  filename: string;
  contentType: string;
  base64: string;
}

/** Downloads the frozen results (dm-journeys §5.7 layout) and records the download. */
export async function downloadResults(ctx: AppContext, externalId: string, format: 'csv' | 'ods'): Promise<ExportedFile> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const project = await memberProject(em, viewer, externalId, true);
    if (!project.lockedAt) throw conflict('End the search before downloading its results');
    const search = (await activeSearchOf(em, project.id))!;
    const results = await frozenResults(em, project);
    const framework = results[0] ? await em.findOne(Framework, { id: results[0].archived.framework.id }) : null;
    const webUrl = (ctx.config.WEB_URL ?? '').replace(/\/$/, '');
    const sheet: Sheet = [
      ['Framework', 'Search ended', 'Search summary'],
      [framework?.name ?? 'G-Cloud', project.lockedAt.toISOString(), await searchSummary(em, ctx.content, search.query as ServiceSearchQuery, results.length)],
      [],
      ['Supplier name', 'Service name', 'Service description', 'Price', 'Service page URL', 'Contact name', 'Telephone', 'Email'],
      ...results.map((r) => [
        r.supplier.name,
        String(r.archived.data.serviceName ?? ''),
        String(r.archived.data.serviceDescription ?? ''),
        formatPrice(r.archived.data),
        `${webUrl}/g-cloud/services/${r.archived.serviceId}`,
        r.contact?.contactName ?? '',
        r.contact?.phoneNumber ?? '',
        r.contact?.email ?? '',
      ]),
    ];
    const now = ctx.clock.now();
    project.downloadedAt = now;
    recordAudit(em, now, {
      type: AuditType.DOWNLOADED_PROJECT,
      actor: viewer,
      objectType: 'DirectAwardProject',
      objectId: project.externalId,
      data: { projectExternalId: project.externalId, format },
    });
    const slug =
      project.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'project';
    const filename = `${project.lockedAt.toISOString().slice(0, 10)}-${slug}-results.${format}`;
    return format === 'csv'
      ? { filename, contentType: 'text/csv; header=present', base64: Buffer.from(toCsv(sheet)).toString('base64') }
      : { filename, contentType: 'application/vnd.oasis.opendocument.spreadsheet', base64: toOds('Search results', sheet).toString('base64') };
  });
}

/**
 * The assessment steps need the search ended. The project comes back locked, in the caller's
 * transaction: the outcomes module, which owns those steps, also checks that no outcome was recorded.
 */
export async function projectToAssess(em: EntityManager, viewer: Viewer, externalId: string): Promise<DirectAwardProject> {
  const project = await memberProject(em, viewer, externalId, true);
  if (!project.lockedAt) throw conflict('End the search before assessing services');
  return project;
}

/** The buyer confirms they read how to assess services (once), or says they are still assessing (each time). */
export function recordAssessment(em: EntityManager, now: Date, viewer: Viewer, project: DirectAwardProject, change: 'readyToAssess' | 'stillAssessing'): DirectAwardProject {
  if (change === 'readyToAssess') project.readyToAssessAt ??= now;
  else project.stillAssessingAt = now;
  recordAudit(em, now, {
    type: AuditType.UPDATE_PROJECT,
    actor: viewer,
    objectType: 'DirectAwardProject',
    objectId: project.externalId,
    data: { projectExternalId: project.externalId, [change]: true },
  });
  return project;
}

/** The contract value a buyer types: pounds and pence (a £ sign and thousands separators welcome), returned with two decimals. */
export const DIRECT_AWARD_VALUE: MoneyRule = { ...CONTRACT_VALUE, symbols: true };
