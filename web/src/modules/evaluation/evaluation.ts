import { formatDate } from '../../ui/format';

/** B11: the buyer's requirements (helper pages link back to it). */
export const REQUIREMENTS_DASHBOARD = '/buyers/requirements/digital-outcomes-and-specialists';

export interface RequirementRef {
  id: string;
  framework: { slug: string };
  lot: { slug: string };
}

/** B5: the requirement's overview (task list), `/buyers/frameworks/:framework/requirements/:lot/:id`. */
export const requirementPath = (b: RequirementRef) => `/buyers/frameworks/${b.framework.slug}/requirements/${b.lot.slug}/${b.id}`;

/** A page of the evaluation under the requirement: `supplier-questions`, `responses`, `award`… */
export const evaluationPath = (b: RequirementRef, tail: string) => `${requirementPath(b)}/${tail}`;

/** The public opportunity page (A7). */
export const opportunityPath = (id: string) => `/digital-outcomes-and-specialists/opportunities/${id}`;

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export const briefTitle = (data: unknown) => {
  const title = record(data).title;
  return typeof title === 'string' && title.trim() ? title : 'Untitled requirement';
};

/**
 * Whether a response met every essential requirement: it said so (`essentialRequirementsMet`), and
 * none of its essential requirement answers is a "no" (the yes/no items of older frameworks).
 */
export function metEssentials(data: unknown): boolean {
  const d = record(data);
  if (d.essentialRequirementsMet === false) return false;
  const items = Array.isArray(d.essentialRequirements) ? d.essentialRequirements : [];
  return !items.some((item) => item === false || record(item).yesNo === false);
}

/** How many responses met the essential requirements ("eligible"), and how many did not. */
export function responseCounts(responses: ReadonlyArray<{ data: unknown }>): { eligible: number; ineligible: number } {
  const eligible = responses.filter((r) => metEssentials(r.data)).length;
  return { eligible, ineligible: responses.length - eligible };
}

/** How many nice-to-have requirements a response says it meets (the shortlist is sorted by it). */
export function niceToHavesMet(data: unknown): number {
  const items = record(data).niceToHaveRequirements;
  return Array.isArray(items) ? items.filter((i) => i === true || record(i).yesNo === true).length : 0;
}

/** "£87,500" or "£125,000.50": pounds with thousands separators, pence only when there are some. */
export function formatMoney(value: string | null | undefined): string {
  if (!value || !/^\d+(\.\d+)?$/.test(value.trim())) return value ?? '';
  const [pounds = '0', pence = ''] = value.trim().split('.');
  const whole = Number(pounds).toLocaleString('en-GB');
  const p = pence.padEnd(2, '0').slice(0, 2);
  return `£${whole}${p && p !== '00' ? `.${p}` : ''}`;
}

/** SME (micro, small or medium) or large, as the marketplace publishes a company's size. */
export function companySize(size: string | null | undefined): string {
  if (!size) return 'Not given';
  return size === 'LARGE' ? 'Large' : 'SME';
}

export interface OutcomeBrief {
  status: string;
  applicationsClosedAt?: string | null;
  withdrawnAt?: string | null;
  cancelledAt?: string | null;
  unsuccessfulAt?: string | null;
  outcome?: {
    result: string;
    awardValue?: string | null;
    startDate?: string | null;
    completedAt?: string | null;
    awardedSupplier?: { name: string; organisationSize?: string | null } | null;
  } | null;
}

/** What the public opportunity page says of how an opportunity ended (or that it is closed): a heading, what happened, and the award's details. */
export interface OutcomeView {
  kind: 'closed' | 'withdrawn' | 'cancelled' | 'unsuccessful' | 'awarded';
  heading: string;
  body: string[];
  details: Array<[string, string]>;
}

/** The outcome of an opportunity that is no longer live; null while it is (or was never published). */
export function outcomeView(b: OutcomeBrief): OutcomeView | null {
  const o = b.outcome;
  switch (b.status) {
    case 'CLOSED':
      return {
        kind: 'closed',
        heading: 'This opportunity is closed for applications',
        body: [`Applications closed on ${formatDate(b.applicationsClosedAt)}. The buyer is evaluating the applications and will publish the outcome here.`],
        details: [],
      };
    case 'WITHDRAWN':
      return {
        kind: 'withdrawn',
        heading: 'This opportunity was withdrawn',
        body: [`The buyer withdrew this opportunity on ${formatDate(b.withdrawnAt)}, before applications closed. They may publish it again later.`],
        details: [],
      };
    case 'CANCELLED':
      return {
        kind: 'cancelled',
        heading: 'This opportunity was cancelled',
        body: [
          `The buyer cancelled this requirement on ${formatDate(b.cancelledAt ?? o?.completedAt)}, after applications closed, and did not award a contract.`,
          'This can happen when the work is no longer needed or the money for it is no longer available.',
        ],
        details: [],
      };
    case 'UNSUCCESSFUL':
      return {
        kind: 'unsuccessful',
        heading: 'No suitable suppliers',
        body: [`The buyer did not award a contract: on ${formatDate(b.unsuccessfulAt ?? o?.completedAt)} they said that none of the suppliers who applied was suitable.`],
        details: [],
      };
    case 'AWARDED': {
      const winner = o?.awardedSupplier;
      return {
        kind: 'awarded',
        heading: winner ? `Awarded to ${winner.name}` : 'Contract awarded',
        body: [],
        details: [
          ...(winner ? ([['Supplier', winner.name]] as Array<[string, string]>) : []),
          ...(winner ? ([['Company size', companySize(winner.organisationSize)]] as Array<[string, string]>) : []),
          ['Contract start date', formatDate(o?.startDate)],
          ['Contract value', formatMoney(o?.awardValue)],
        ],
      };
    }
    default:
      return null;
  }
}
