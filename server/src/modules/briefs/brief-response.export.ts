import type { Sheet } from '../../shared/spreadsheet.js';
import type { BriefResponse } from './brief-response.entity.js';
import type { Brief } from './brief.entity.js';

interface Row {
  response: BriefResponse;
  supplierName: string;
}

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const items = (v: unknown): Array<Record<string, unknown>> => (Array.isArray(v) ? (v as Array<Record<string, unknown>>) : []);
const niceMet = (r: BriefResponse) => items(r.data.niceToHaveRequirements).filter((i) => i.yesNo === true).length;

/**
 * The buyer's download (dm-journeys B12): a title row, then one row per question (each essential and
 * nice-to-have requirement on its own row) and one column per supplier, suppliers with the most
 * nice-to-have requirements met first.
 */
export function responsesSheet(brief: Brief, rows: Row[]): Sheet {
  const sorted = [...rows].sort((a, b) => niceMet(b.response) - niceMet(a.response) || a.supplierName.localeCompare(b.supplierName));
  const title = typeof brief.data.title === 'string' ? brief.data.title : `Opportunity ${brief.id}`;
  const column = (f: (r: BriefResponse) => unknown) => sorted.map(({ response }) => String(f(response) ?? ''));
  const sheet: Sheet = [
    [`Supplier evidence: ${title}`],
    ['Supplier', ...sorted.map((r) => r.supplierName)],
    ['Contact email', ...column((r) => r.data.respondToEmailAddress)],
    ['Earliest start date', ...column((r) => r.data.availability)],
  ];
  if (sorted.some(({ response }) => response.data.dayRate !== undefined)) sheet.push(['Day rate (£)', ...column((r) => r.data.dayRate)]);
  listOf(brief.data.essentialRequirements).forEach((requirement, i) => {
    sheet.push([`Essential: ${requirement}`, ...column((r) => items(r.data.essentialRequirements)[i]?.evidence)]);
  });
  listOf(brief.data.niceToHaveRequirements).forEach((requirement, i) => {
    sheet.push([
      `Nice-to-have: ${requirement}`,
      ...column((r) => {
        const item = items(r.data.niceToHaveRequirements)[i];
        return item?.yesNo === true ? `Yes: ${String(item.evidence ?? '')}` : item?.yesNo === false ? 'No' : '';
      }),
    ]);
  });
  return sheet;
}

/** `supplier-responses-<title as a slug>` */
export const exportFilename = (brief: Brief) =>
  `supplier-responses-${
    String(brief.data.title ?? brief.id)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || brief.id
  }`;
