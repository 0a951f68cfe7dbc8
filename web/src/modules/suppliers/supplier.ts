import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { OrganisationSize, TradingStatus } from '../../gql/graphql';
import { useFormMutation } from '../../ui/forms/useFormMutation';

/** The signed-in supplier user's company: what the company details pages show and change. */
export const OwnSupplierDocument = graphql(`
  query OwnSupplier {
    viewer {
      id
      email
      supplier {
        id
        name
        description
        contact {
          contactName
          email
          phoneNumber
        }
        companyDetails {
          dunsNumber
          registeredName
          registeredAddress {
            address1
            city
            postcode
          }
          registrationCountry
          companiesHouseNumber
          otherCompanyRegistrationNumber
          vatNumber
          tradingStatus
          organisationSize
          confirmed
          missing
        }
      }
    }
  }
`);

export const useOwnSupplier = () => useQuery(OwnSupplierDocument, { fetchPolicy: 'cache-and-network' });

const UpdateSupplierDocument = graphql(`
  mutation UpdateSupplier($id: ID!, $input: UpdateSupplierInput!) {
    updateSupplier(id: $id, input: $input) {
      id
    }
  }
`);

/** Saves some of the supplier's details; the company details are read again afterwards. */
export const useUpdateSupplier = (fieldOrder: readonly string[]) =>
  useFormMutation(UpdateSupplierDocument, { fieldOrder, refetchQueries: [OwnSupplierDocument], awaitRefetchQueries: true });

export const TRADING_STATUSES: ReadonlyArray<readonly [TradingStatus, string]> = [
  ['LIMITED_COMPANY', 'Limited company (LTD)'],
  ['LIMITED_LIABILITY_COMPANY', 'Limited liability company (LLC)'],
  ['PUBLIC_LIMITED_COMPANY', 'Public limited company (PLC)'],
  ['LIMITED_LIABILITY_PARTNERSHIP', 'Limited liability partnership (LLP)'],
  ['SOLE_TRADER', 'Sole trader'],
  ['PUBLIC_BODY', 'Public body'],
  ['OTHER', 'Other'],
];

/** The EU's size definitions, which the frameworks use. */
export const ORGANISATION_SIZES: ReadonlyArray<readonly [OrganisationSize, string, string]> = [
  ['MICRO', 'Micro', 'Fewer than 10 employees, and an annual turnover or balance sheet total of 2 million euros or less'],
  ['SMALL', 'Small', 'Fewer than 50 employees, and an annual turnover or balance sheet total of 10 million euros or less'],
  ['MEDIUM', 'Medium', 'Fewer than 250 employees, and an annual turnover of 50 million euros or less or a balance sheet total of 43 million euros or less'],
  ['LARGE', 'Large', '250 or more employees, or an annual turnover over 50 million euros and a balance sheet total over 43 million euros'],
];

export const tradingStatusLabel = (status: TradingStatus | null | undefined) => TRADING_STATUSES.find(([s]) => s === status)?.[1] ?? '';
export const organisationSizeLabel = (size: OrganisationSize | null | undefined) => ORGANISATION_SIZES.find(([s]) => s === size)?.[1] ?? '';

export const PHONE = /^\+?[\d\s()-]{9,20}$/;
export const COMPANIES_HOUSE = /^([0-9]{2}|[A-Za-z]{2})[0-9]{6}$/;

/** Words as the 50-word limit counts them. */
export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
