import type { EntityManager } from '@mikro-orm/postgresql';
import { toCsv, type Sheet } from '../../shared/spreadsheet.js';

/**
 * The admin downloads (dm-journeys AD13), each one SQL statement whose rows are the CSV's rows,
 * already as text in the report's column order: no entity is loaded, so a report costs one round
 * trip and the rows' text, whatever the size of the tables behind it. toCsv quotes each cell and
 * defuses anything a spreadsheet would run as a formula.
 */
export interface Report {
  /** Each column's heading and the SQL expression of its cell (null becomes an empty cell). */
  columns: ReadonlyArray<readonly [heading: string, sql: string]>;
  /** The statement's `from … where … order by …`, with `?` parameters. */
  from: string;
}

const date = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;
const dateTime = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const yesNo = (column: string) => `(case when ${column} then 'Yes' else 'No' end)`;
const applicationResult = (column: string) => `(case ${column} when true then 'On framework' when false then 'Not on framework' end)`;

/** Suppliers that made a complete declaration for the framework (? = framework id), with the contacts they declared. */
export const OFFICIAL_DETAILS: Report = {
  columns: [
    ['Supplier ID', 's.id'],
    ['Trading name', 's.name'],
    ['Registered name', 's.registered_name'],
    ['DUNS number', 's.duns_number'],
    ['Companies House number', 's.companies_house_number'],
    ['Other registration number', 's.other_company_registration_number'],
    ['Primary contact name', "sf.declaration->>'primaryContact'"],
    ['Primary contact email', "sf.declaration->>'primaryContactEmail'"],
    ['Contract notice contact name', "sf.declaration->>'contactNameContractNotice'"],
    ['Contract notice contact email', "sf.declaration->>'contactEmailContractNotice'"],
    ['Application result', applicationResult('sf.on_framework')],
  ],
  from: `from supplier_frameworks sf join suppliers s on s.id = sf.supplier_id
    where sf.framework_id = ? and sf.declaration_status = 'complete'
    order by s.id`,
};

/** Every active user account of every supplier that registered interest in the framework (? = framework id). */
export const SUPPLIER_ACCOUNTS: Report = {
  columns: [
    ['Supplier ID', 's.id'],
    ['Trading name', 's.name'],
    ['User name', 'u.name'],
    ['Email address', 'u.email'],
    ['Declaration status', 'sf.declaration_status'],
    ['Application result', applicationResult('sf.on_framework')],
    ['Last signed in', dateTime('u.logged_in_at')],
  ],
  from: `from supplier_frameworks sf join suppliers s on s.id = sf.supplier_id join users u on u.supplier_id = s.id
    where sf.framework_id = ? and u.role = 'supplier' and u.active
    order by s.id, u.email`,
};

/** Supplier users who agreed to take part in user research, of suppliers interested in the framework (? = framework id). */
export const SUPPLIER_RESEARCH_PARTICIPANTS: Report = {
  columns: [
    ['Email address', 'u.email'],
    ['User name', 'u.name'],
    ['Supplier ID', 's.id'],
    ['Trading name', 's.name'],
  ],
  from: `from supplier_frameworks sf join suppliers s on s.id = sf.supplier_id join users u on u.supplier_id = s.id
    where sf.framework_id = ? and u.role = 'supplier' and u.active and u.user_research_opted_in
    order by u.email`,
};

const BUYER_COLUMNS: Report['columns'] = [
  ['Name', 'u.name'],
  ['Email address', 'u.email'],
  ['Phone number', 'u.phone_number'],
  ['Account created', date('u.created_at')],
  ['Active', yesNo('u.active')],
  ['User research', yesNo('u.user_research_opted_in')],
];

export const ALL_BUYERS: Report = { columns: BUYER_COLUMNS, from: `from users u where u.role = 'buyer' order by u.created_at, u.id` };

export const RESEARCH_BUYERS: Report = {
  columns: BUYER_COLUMNS,
  from: `from users u where u.role = 'buyer' and u.active and u.user_research_opted_in order by u.created_at, u.id`,
};

/** Direct-award projects whose outcome is a completed award, with the service, its supplier and the buyer who started the project. */
export const DIRECT_AWARD_OUTCOMES: Report = {
  columns: [
    ['ID', 'p.external_id'],
    ['Name', 'p.name'],
    ['Submitted at', dateTime('o.completed_at')],
    ['Result', 'o.result'],
    ['Award service ID', 'a.service_id'],
    ['Award service name', "a.data->>'serviceName'"],
    ['Award supplier ID', 's.id'],
    ['Award supplier name', 's.name'],
    ['Award value', 'o.award_value'],
    ['Awarding organisation name', 'o.awarding_organisation_name'],
    ['Award start date', 'o.start_date'],
    ['Award end date', 'o.end_date'],
    ['User ID', 'owner.id'],
    ['User name', 'owner.name'],
    ['User email', 'owner.email'],
  ],
  from: `from outcomes o
      join direct_award_projects p on p.id = o.direct_award_project_id
      left join archived_services a on a.id = o.direct_award_archived_service_id
      left join suppliers s on s.id = a.supplier_id
      left join lateral (select u.id, u.name, u.email from direct_award_project_users pu join users u on u.id = pu.user_id
        where pu.project_id = p.id order by pu.id limit 1) owner on true
    where o.result = 'awarded' and o.completed_at is not null
    order by o.completed_at, p.id`,
};

/** Every published DOS opportunity with its applications and award; `status` is the brief status SQL over `b` (its ? = now). */
export const dosOpportunities = (status: string): Report => ({
  columns: [
    ['ID', 'b.id'],
    ['Opportunity', "b.data->>'title'"],
    ['Framework', 'f.name'],
    ['Lot', 'l.name'],
    ['Organisation', "b.data->>'organisation'"],
    ['Location', "b.data->>'location'"],
    ['Published', date('b.published_at')],
    ['Closing date', date('b.applications_closed_at')],
    ['Status', status],
    ['Applications', '(select count(*) from brief_responses r where r.brief_id = b.id and r.submitted_at is not null)'],
    [
      'SME applications',
      "(select count(*) from brief_responses r join suppliers rs on rs.id = r.supplier_id where r.brief_id = b.id and r.submitted_at is not null and rs.organisation_size in ('micro', 'small', 'medium'))",
    ],
    ['Winning supplier', 'ws.name'],
    ['Winning supplier size', 'ws.organisation_size'],
    ['Contract amount', 'o.award_value'],
    ['Contract start date', 'o.start_date'],
  ],
  from: `from briefs b join frameworks f on f.id = b.framework_id join lots l on l.id = b.lot_id
      left join outcomes o on o.brief_id = b.id and o.result = 'awarded' and o.completed_at is not null
      left join brief_responses wr on wr.id = o.brief_response_id
      left join suppliers ws on ws.id = wr.supplier_id
    where f.family = 'digital-outcomes-and-specialists' and b.published_at is not null
    order by b.published_at, b.id`,
});

/** The statement: one text array per row, its cells in the columns' order. */
export const reportSql = (report: Report): string => `select array[${report.columns.map(([, sql]) => `coalesce((${sql})::text, '')`).join(', ')}] as cells ${report.from}`;

/** Runs a report's statement and writes the CSV, headings first. */
export async function reportCsv(em: EntityManager, report: Report, params: readonly unknown[]): Promise<string> {
  const rows = await em.getConnection().execute<Array<{ cells: string[] }>>(reportSql(report), [...params], 'all');
  const sheet: Sheet = [report.columns.map(([heading]) => heading), ...rows.map((row) => row.cells)];
  return toCsv(sheet);
}
