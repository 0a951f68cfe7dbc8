import { graphql } from '../../gql';
import { emailAddressError, type FieldErrors } from '@dm/web/ui';
import type { Role } from '../../gql/graphql';

/** Who changes a supplier's trading name (dm-journeys §3: support, data controllers, category). */
export const EDITS_SUPPLIER_NAME: readonly Role[] = ['ADMIN', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'];

/** Who corrects the registered name, registration number and registered address, and sees the DUNS page (AD9). */
export const EDITS_COMPANY_DETAILS: readonly Role[] = ['ADMIN_CCS_DATA_CONTROLLER'];

/** Who moves an existing user to a supplier (AD3: support and category). */
export const MOVES_SUPPLIER_USERS: readonly Role[] = ['ADMIN', 'ADMIN_CCS_CATEGORY'];

/** The pages of AD9, by the company detail they change (paths under /suppliers/:id/edit/). */
export const COMPANY_DETAIL_PAGES = {
  name: 'name',
  registeredName: 'registered-name',
  registrationNumber: 'registered-company-number',
  registeredAddress: 'registered-address',
  dunsNumber: 'duns-number',
} as const;

export const editHref = (supplierId: string, page: keyof typeof COMPANY_DETAIL_PAGES) => `/suppliers/${supplierId}/edit/${COMPANY_DETAIL_PAGES[page]}`;

/** The flash every AD9 page shows on the supplier page after a save. */
export const updatedFlash = (name: string) => `The details of ${name} have been updated`;

export const SupplierCompanyDetailsDocument = graphql(`
  query SupplierCompanyDetailsForAdmin($id: ID!) {
    supplier(id: $id) {
      id
      name
      companyDetails {
        registeredName
        dunsNumber
        companiesHouseNumber
        otherCompanyRegistrationNumber
        registrationCountry
        registeredAddress {
          address1
          city
          postcode
        }
      }
    }
  }
`);

export const AdminUpdateSupplierDocument = graphql(`
  mutation AdminUpdateSupplierDetails($id: ID!, $input: UpdateSupplierInput!) {
    updateSupplier(id: $id, input: $input) {
      id
      name
      contact {
        contactName
        email
        phoneNumber
      }
      companyDetails {
        registeredName
        dunsNumber
        companiesHouseNumber
        otherCompanyRegistrationNumber
        registrationCountry
        registeredAddress {
          address1
          city
          postcode
        }
      }
    }
  }
`);

export const MoveUserToSupplierDocument = graphql(`
  mutation MoveUserToSupplier($id: ID!, $email: String!) {
    moveUserToSupplier(id: $id, email: $email) {
      id
      email
      active
      supplier {
        id
      }
    }
  }
`);

export const COMPANIES_HOUSE = /^([0-9]{2}|[A-Z]{2})[0-9]{6}$/;

/** A name field: required, 255 characters at most. */
export function checkName(field: string, value: string, missing: string, what: string): FieldErrors {
  const v = value.trim();
  if (!v) return { [field]: missing };
  if (v.length > 255) return { [field]: `${what} must be 255 characters or fewer` };
  return {};
}

/** A Companies House number (8 characters) or another registration number: exactly one, by the radio chosen. */
export function checkRegistrationNumber(kind: string, companiesHouse: string, other: string): FieldErrors {
  if (kind === 'companies-house') {
    if (!companiesHouse) return { companiesHouseNumber: 'Enter the Companies House number' };
    if (!COMPANIES_HOUSE.test(companiesHouse)) return { companiesHouseNumber: 'A Companies House number is 8 characters: 2 digits or 2 letters, then 6 digits' };
    return {};
  }
  if (kind === 'other') {
    if (!other) return { otherCompanyRegistrationNumber: 'Enter the registration number' };
    if (other.length > 255) return { otherCompanyRegistrationNumber: 'The registration number must be 255 characters or fewer' };
    return {};
  }
  return { registrationKind: 'Choose whether the company is registered with Companies House' };
}

/** The registered address: every part required; the postcode 15 characters at most; a country from the list. */
export function checkAddress(address1: string, city: string, postcode: string, country: string, countries: ReadonlySet<string>): FieldErrors {
  const errors: FieldErrors = {};
  if (!address1) errors['registeredAddress.address1'] = 'Enter the building and street';
  else if (address1.length > 255) errors['registeredAddress.address1'] = 'The building and street must be 255 characters or fewer';
  if (!city) errors['registeredAddress.city'] = 'Enter the town or city';
  else if (city.length > 255) errors['registeredAddress.city'] = 'The town or city must be 255 characters or fewer';
  if (!postcode) errors['registeredAddress.postcode'] = 'Enter the postcode';
  else if (postcode.length > 15) errors['registeredAddress.postcode'] = 'The postcode must be 15 characters or fewer';
  if (!countries.has(country)) errors.registrationCountry = 'Choose the country the company is registered in';
  return errors;
}

/** The email of a user to move: required and well formed. */
export function checkEmail(value: string): FieldErrors {
  if (!value) return { moveEmail: 'Enter the email address of the user to move' };
  const problem = emailAddressError(value);
  return problem ? { moveEmail: problem } : {};
}
