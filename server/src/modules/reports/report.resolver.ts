import { Arg, Authorized, Ctx, Query, Resolver, registerEnumType } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { conflict, notFound } from '../../app/errors.js';
import { ExportedFile } from '../../shared/exported-file.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { briefStatusSql } from '../briefs/brief.status.js';
import { Framework, FrameworkFamily, FrameworkStatus } from '../frameworks/framework.entity.js';
import {
  ALL_BUYERS,
  DIRECT_AWARD_OUTCOMES,
  OFFICIAL_DETAILS,
  RESEARCH_BUYERS,
  SUPPLIER_ACCOUNTS,
  SUPPLIER_RESEARCH_PARTICIPANTS,
  dosOpportunities,
  reportCsv,
  type Report,
} from './report.sql.js';

export enum SupplierList {
  OFFICIAL_DETAILS = 'official-details',
  ACCOUNTS = 'accounts',
}
registerEnumType(SupplierList, {
  name: 'SupplierList',
  valuesConfig: {
    OFFICIAL_DETAILS: { description: 'Suppliers with a complete declaration and the contacts they declared.' },
    ACCOUNTS: { description: 'Every active user account of every supplier that registered interest.' },
  },
});

/** "2024-06-03T09-00-00Z": a timestamp that is safe in a file name. */
const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');

async function csvFile(ctx: AppContext, report: Report, params: readonly unknown[], filename: string): Promise<ExportedFile> {
  const csv = await reportCsv(ctx.em, report, params);
  return { filename, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(csv).toString('base64') };
}

async function frameworkOf(ctx: AppContext, slug: string): Promise<Framework> {
  const framework = await ctx.em.findOne(Framework, { slug });
  if (!framework) throw notFound(`Framework '${slug}'`);
  return framework;
}

/** The admin reports and downloads of dm-journeys AD13, each a CSV built by one SQL statement. */
@Resolver()
export class ReportResolver {
  @Authorized(rolesFor(Permission.DOWNLOAD_SUPPLIER_LISTS))
  @Query(() => ExportedFile, {
    description: "A framework's supplier list as CSV: official details or every supplier account (not while the framework is coming: no one has applied).",
  })
  async supplierListReport(
    @Arg('frameworkSlug', () => String) frameworkSlug: string,
    @Arg('list', () => SupplierList) list: SupplierList,
    @Ctx() ctx: AppContext,
  ): Promise<ExportedFile> {
    const framework = await frameworkOf(ctx, frameworkSlug);
    if (framework.status === FrameworkStatus.COMING) throw conflict(`${framework.name} is coming: no supplier has applied yet`, { frameworkStatus: framework.status });
    const report = list === SupplierList.OFFICIAL_DETAILS ? OFFICIAL_DETAILS : SUPPLIER_ACCOUNTS;
    return csvFile(
      ctx,
      report,
      [framework.id],
      `${list === SupplierList.OFFICIAL_DETAILS ? 'official-details' : 'supplier-accounts'}-${framework.slug}-${stamp(ctx.clock.now())}.csv`,
    );
  }

  @Authorized(rolesFor(Permission.DOWNLOAD_USER_LISTS))
  @Query(() => ExportedFile, {
    description: 'Supplier users who agreed to take part in user research, of suppliers interested in a framework (open to pending, live, and expired DOS frameworks).',
  })
  async supplierResearchParticipantsReport(@Arg('frameworkSlug', () => String) frameworkSlug: string, @Ctx() ctx: AppContext): Promise<ExportedFile> {
    const framework = await frameworkOf(ctx, frameworkSlug);
    if (!hasResearchParticipants(framework))
      throw conflict(`User research participants are not listed for ${framework.name} while it is ${framework.status}`, { frameworkStatus: framework.status });
    return csvFile(ctx, SUPPLIER_RESEARCH_PARTICIPANTS, [framework.id], `user-research-suppliers-on-${framework.slug}-${stamp(ctx.clock.now())}.csv`);
  }

  @Authorized(rolesFor(Permission.DOWNLOAD_USER_LISTS))
  @Query(() => ExportedFile, { description: 'Every buyer account, or only the active buyers who agreed to take part in user research, as CSV.' })
  async buyersReport(@Arg('userResearchOnly', () => Boolean, { defaultValue: false }) userResearchOnly: boolean, @Ctx() ctx: AppContext): Promise<ExportedFile> {
    const when = stamp(ctx.clock.now());
    return userResearchOnly ? csvFile(ctx, RESEARCH_BUYERS, [], `user-research-buyers-on-${when}.csv`) : csvFile(ctx, ALL_BUYERS, [], `all-buyers-on-${when}.csv`);
  }

  @Authorized(rolesFor(Permission.DOWNLOAD_OUTCOMES))
  @Query(() => ExportedFile, { description: 'The awarded direct-award projects with their service, supplier, value and buyer, as CSV.' })
  async directAwardOutcomesReport(@Ctx() ctx: AppContext): Promise<ExportedFile> {
    return csvFile(ctx, DIRECT_AWARD_OUTCOMES, [], `direct-award-outcomes-${stamp(ctx.clock.now())}.csv`);
  }

  @Authorized(rolesFor(Permission.DOWNLOAD_OUTCOMES))
  @Query(() => ExportedFile, { description: 'Every published Digital Outcomes and Specialists opportunity with its applications and award, as CSV.' })
  async dosOpportunitiesReport(@Ctx() ctx: AppContext): Promise<ExportedFile> {
    return csvFile(ctx, dosOpportunities(briefStatusSql('b')), [ctx.clock.now()], `opportunity-data-${stamp(ctx.clock.now())}.csv`);
  }
}

/** Research participants are listed for frameworks suppliers have applied to: not coming ones, and of expired ones only DOS. */
export const hasResearchParticipants = (f: Pick<Framework, 'status' | 'family'>): boolean =>
  f.status !== FrameworkStatus.COMING && (f.status !== FrameworkStatus.EXPIRED || f.family === FrameworkFamily.DIGITAL_OUTCOMES_AND_SPECIALISTS);
