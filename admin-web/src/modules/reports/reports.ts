import { useFormQuery } from '@dm/web/ui';
import { graphql } from '../../gql';
import type { FrameworkFamily, FrameworkStatus } from '../../gql/graphql';

export const SupplierListReportDocument = graphql(`
  query SupplierListReport($frameworkSlug: String!, $list: SupplierList!) {
    supplierListReport(frameworkSlug: $frameworkSlug, list: $list) {
      filename
      contentType
      base64
    }
  }
`);

export const SupplierResearchParticipantsReportDocument = graphql(`
  query SupplierResearchParticipantsReport($frameworkSlug: String!) {
    supplierResearchParticipantsReport(frameworkSlug: $frameworkSlug) {
      filename
      contentType
      base64
    }
  }
`);

export const BuyersReportDocument = graphql(`
  query BuyersReport($userResearchOnly: Boolean!) {
    buyersReport(userResearchOnly: $userResearchOnly) {
      filename
      contentType
      base64
    }
  }
`);

export const DirectAwardOutcomesReportDocument = graphql(`
  query DirectAwardOutcomesReport {
    directAwardOutcomesReport {
      filename
      contentType
      base64
    }
  }
`);

export const DosOpportunitiesReportDocument = graphql(`
  query DosOpportunitiesReport {
    dosOpportunitiesReport {
      filename
      contentType
      base64
    }
  }
`);

export interface ExportedFile {
  filename: string;
  contentType: string;
  base64: string;
}

/** Saves a file the API sent base64-encoded, as the browser's own download of it (its name kept). */
export function saveFile(file: ExportedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The first (only) file of a report query's answer. */
export const fileOf = (data: Record<string, unknown>): ExportedFile => Object.values(data).find((v): v is ExportedFile => typeof v === 'object' && v !== null && 'base64' in v)!;

/** A report's download as a form step: the API's refusals (a framework with no applications yet) show in the error summary. */
export const useReport = <TData extends Record<string, unknown>, TVariables extends Record<string, unknown>>(
  document: Parameters<typeof useFormQuery<TData, TVariables>>[0],
  field: string,
  /** Where the summary's line links: the field's input when it has one, else the download's section. */
  href = `#${field}`,
) =>
  useFormQuery(document, {
    fieldOrder: [field],
    hrefFor: () => href,
    refusalFields: (code, message) => (code === 'CONFLICT' || code === 'NOT_FOUND' ? { [field]: message } : undefined),
  });

/** Supplier lists exist once suppliers can apply (dm-journeys AD13: not for coming frameworks). */
export const hasSupplierLists = (status: FrameworkStatus) => status !== 'COMING';

/** Research participants are listed for frameworks suppliers applied to: not coming ones, and of expired ones only DOS. */
export const hasResearchParticipants = (f: { status: FrameworkStatus; family: FrameworkFamily }) =>
  f.status !== 'COMING' && (f.status !== 'EXPIRED' || f.family === 'DIGITAL_OUTCOMES_AND_SPECIALISTS');
