import type { Role } from '../../gql/graphql';

/** The three ways to find a supplier (AD1): part of a name, or a whole DUNS or company registration number. */
export type SearchBy = 'name' | 'duns' | 'number';

export const SEARCH_BY: ReadonlyArray<{ value: SearchBy; label: string; hint: string }> = [
  { value: 'name', label: 'Name', hint: 'Any part of the trading or registered name' },
  { value: 'duns', label: 'DUNS number', hint: 'The whole 9-digit number' },
  { value: 'number', label: 'Company registration number', hint: 'The whole Companies House or other registration number' },
];

export interface SupplierSearch {
  by: SearchBy;
  query: string;
}

/** The search in the page's address (`?by=duns&q=…`), or null when there is none to run. */
export function searchFromParams(params: URLSearchParams): SupplierSearch | null {
  const by = params.get('by');
  const query = params.get('q')?.trim() ?? '';
  if (!query || !SEARCH_BY.some((s) => s.value === by)) return null;
  return { by: by as SearchBy, query };
}

export const searchParams = ({ by, query }: SupplierSearch) => new URLSearchParams({ by, q: query.trim() }).toString();

/** The `suppliers` query's arguments for a search. */
export function searchVariables({ by, query }: SupplierSearch): { name?: string; dunsNumber?: string; companyRegistrationNumber?: string } {
  const q = query.trim();
  return by === 'name' ? { name: q } : by === 'duns' ? { dunsNumber: q } : { companyRegistrationNumber: q };
}

/** What is wrong with a search before it is sent, per field ('by', 'q'), or nothing. */
export function searchErrors(by: string | undefined, query: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const q = query.trim();
  if (!SEARCH_BY.some((s) => s.value === by)) errors.by = 'Choose what to search by';
  if (!q) errors.q = by === 'duns' ? 'Enter a DUNS number' : by === 'number' ? 'Enter a company registration number' : 'Enter a name, DUNS number or company registration number';
  else if (by === 'duns' && !/^\d{9}$/.test(q.replace(/\s+/g, ''))) errors.q = 'A DUNS number is 9 digits';
  return errors;
}

/** What the results say they are ("for the DUNS number 100000004"). */
export function describeSearch({ by, query }: SupplierSearch): string {
  return by === 'name' ? `with a name containing ‘${query}’` : by === 'duns' ? `with the DUNS number ${query}` : `with the company registration number ${query}`;
}

/** The roles that see a supplier's users (dm-journeys §3: not sourcing). */
export const VIEWS_SUPPLIER_USERS: readonly Role[] = ['ADMIN', 'ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'];

/** The roles that invite a contributor to a supplier (admin, category). */
export const INVITES_SUPPLIER_USERS: readonly Role[] = ['ADMIN', 'ADMIN_CCS_CATEGORY'];
