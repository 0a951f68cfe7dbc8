import { graphql } from '../../gql';

export const FindSuppliersDocument = graphql(`
  query FindSuppliers($name: String, $dunsNumber: String, $companyRegistrationNumber: String) {
    suppliers(name: $name, dunsNumber: $dunsNumber, companyRegistrationNumber: $companyRegistrationNumber, first: 50) {
      totalCount
      nodes {
        id
        name
        companyDetails {
          registeredName
          dunsNumber
          companiesHouseNumber
          otherCompanyRegistrationNumber
        }
      }
    }
  }
`);

export const AdminSupplierDocument = graphql(`
  query AdminSupplier($id: ID!) {
    supplier(id: $id) {
      id
      name
      description
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
      services {
        id
        status
        framework {
          slug
          name
          status
        }
      }
      frameworkApplications {
        id
        onFramework
        declarationStatus
        applicationStatus
        framework {
          slug
          name
          status
        }
      }
    }
  }
`);

export const AdminSupplierUsersDocument = graphql(`
  query AdminSupplierUsers($id: ID!) {
    supplier(id: $id) {
      id
      name
      users(includeDeactivated: true) {
        id
        name
        email
        role
        active
        locked
        loggedInAt
        passwordChangedAt
      }
    }
  }
`);

export const InviteContributorDocument = graphql(`
  mutation InviteContributor($id: ID!, $email: String!) {
    inviteSupplierUser(id: $id, email: $email)
  }
`);
