import type { Viewer } from '../../app/context.js';
import { Role } from '../../shared/role.js';
import type { Supplier } from './supplier.entity.js';

const is = (viewer: Viewer | null, ...roles: Role[]) => viewer !== null && roles.includes(viewer.role as Role);
export const isOwnSupplier = (viewer: Viewer | null, supplier: Pick<Supplier, 'id'>) => viewer?.role === Role.SUPPLIER && viewer.supplierId === supplier.id;

/** The admins who search for and look at suppliers (dm-journeys §3: every admin role but admin-manager). */
export const worksOnSuppliers = (viewer: Viewer | null) =>
  is(viewer, Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY);

/** Registered details, users and applications: the supplier's own users and the admins who work on suppliers. */
export const canViewPrivateDetails = (viewer: Viewer | null, supplier: Pick<Supplier, 'id'>) => isOwnSupplier(viewer, supplier) || worksOnSuppliers(viewer);

/** Which fields of a supplier a viewer may change (dm-journeys §2.3 S3 and §3). */
export function editableFields(viewer: Viewer | null, supplier: Pick<Supplier, 'id' | 'companyDetailsConfirmed'>): ReadonlySet<string> {
  const buyerFacing = ['name', 'description', 'contactName', 'contactEmail', 'contactPhone'];
  const company = ['registeredAddress', 'registrationCountry', 'tradingStatus', 'organisationSize', 'vatNumber'];
  const registration = ['registeredName', 'companiesHouseNumber', 'otherCompanyRegistrationNumber'];
  if (isOwnSupplier(viewer, supplier)) {
    return new Set([...buyerFacing, ...company, ...(supplier.companyDetailsConfirmed ? [] : registration)]);
  }
  if (is(viewer, Role.ADMIN_CCS_DATA_CONTROLLER)) return new Set(['name', ...registration, 'registeredAddress', 'registrationCountry']);
  if (is(viewer, Role.ADMIN, Role.ADMIN_CCS_CATEGORY)) return new Set(['name']);
  return new Set();
}
