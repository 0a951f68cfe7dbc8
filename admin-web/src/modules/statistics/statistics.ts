import { graphql } from '../../gql';
import type { FrameworkStatus } from '../../gql/graphql';

/** The frameworks whose applications are counted for this page: those open or being assessed first, then standstill and live for history. */
export const STATISTICS_FRAMEWORK_STATUSES: readonly FrameworkStatus[] = ['OPEN', 'PENDING', 'STANDSTILL', 'LIVE'];

export const StatisticsFrameworksDocument = graphql(`
  query StatisticsFrameworks {
    frameworks {
      slug
      name
      status
    }
  }
`);

export const ApplicationStatisticsDocument = graphql(`
  query ApplicationStatistics($frameworkSlug: String!) {
    applicationStatistics(frameworkSlug: $frameworkSlug) {
      framework {
        slug
        name
        status
      }
      refreshedAt
      totals {
        interestedSuppliers
        declarationsStarted
        declarationsComplete
        servicesStarted
        servicesSubmitted
        completeApplications
      }
      lots {
        lotSlug
        lotName
        servicesStarted
        servicesSubmitted
        suppliersSubmitted
      }
      days {
        day
        interestedSuppliers
        declarationsStarted
        declarationsComplete
        servicesStarted
        servicesSubmitted
      }
    }
  }
`);

export const RefreshApplicationStatisticsDocument = graphql(`
  mutation RefreshApplicationStatistics($frameworkSlug: String!) {
    refreshApplicationStatistics(frameworkSlug: $frameworkSlug) {
      refreshedAt
    }
  }
`);

export interface Totals {
  interestedSuppliers: number;
  declarationsStarted: number;
  declarationsComplete: number;
  servicesStarted: number;
  servicesSubmitted: number;
  completeApplications: number;
}

/** The summary's rows: what each figure counts, in the order an application goes. */
export const SUMMARY: ReadonlyArray<{ key: keyof Totals; label: string; hint: string }> = [
  { key: 'interestedSuppliers', label: 'Suppliers interested', hint: 'Registered interest in the framework' },
  { key: 'declarationsStarted', label: 'Declarations started', hint: 'At least one answer given, complete ones included' },
  { key: 'declarationsComplete', label: 'Declarations complete', hint: 'Every question answered and the declaration made' },
  { key: 'servicesStarted', label: 'Services started', hint: 'Draft services, submitted ones included' },
  { key: 'servicesSubmitted', label: 'Services submitted', hint: 'Draft services marked as complete' },
  { key: 'completeApplications', label: 'Complete applications', hint: 'A complete declaration and at least one submitted service' },
];

/** The series' columns, after the day. */
export const SERIES_COLUMNS: ReadonlyArray<{ key: Exclude<keyof Totals, 'completeApplications'>; label: string }> = [
  { key: 'interestedSuppliers', label: 'Suppliers interested' },
  { key: 'declarationsStarted', label: 'Declarations started' },
  { key: 'declarationsComplete', label: 'Declarations complete' },
  { key: 'servicesStarted', label: 'Services started' },
  { key: 'servicesSubmitted', label: 'Services submitted' },
];

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A series day ("2024-06-03") as the page shows it ("3 June 2024"): a calendar day, so no time zone moves it. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? DAY.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : day;
}

/** A count with its thousands separated ("1,204"). */
export const formatCount = (n: number) => n.toLocaleString('en-GB');

/** The frameworks listed, open and pending first, newest first within each status (the API lists oldest first). */
export function statisticsFrameworks<T extends { status: FrameworkStatus }>(frameworks: readonly T[]): T[] {
  return frameworks
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => STATISTICS_FRAMEWORK_STATUSES.includes(f.status))
    .sort((a, b) => STATISTICS_FRAMEWORK_STATUSES.indexOf(a.f.status) - STATISTICS_FRAMEWORK_STATUSES.indexOf(b.f.status) || b.i - a.i)
    .map(({ f }) => f);
}
