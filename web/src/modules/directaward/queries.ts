import { graphql } from '../../gql';

export const DirectAwardProjectsDocument = graphql(`
  query DirectAwardProjects {
    myDirectAwardProjects {
      id
      name
      createdAt
      lockedAt
      downloadedAt
      outcome {
        id
        result
      }
    }
  }
`);

export const DirectAwardProjectDocument = graphql(`
  query DirectAwardProject($id: ID!) {
    directAwardProject(id: $id) {
      id
      name
      createdAt
      lockedAt
      downloadedAt
      readyToAssessAt
      stillAssessingAt
      stage
      searchSummary
      activeSearch {
        id
        query
        createdAt
        searchedAt
      }
      outcome {
        id
        result
        completed
        awardedService {
          id
          serviceId
          data
        }
      }
      results {
        serviceId
        supplierName
        price
        service {
          id
          data
        }
      }
    }
    frameworks(family: G_CLOUD) {
      id
      slug
      name
      status
      liveAt
      expiresAt
    }
  }
`);

/** What a saved search finds now, and its summary sentence (the project page before the export, and the save pages). */
export const DirectAwardSearchCountDocument = graphql(`
  query DirectAwardSearchCount($q: String, $lot: String, $filters: JSONObject, $page: Int) {
    serviceSearch(q: $q, lot: $lot, filters: $filters, page: $page) {
      total
      summary {
        text
        parts {
          text
          kind
        }
      }
    }
  }
`);

export const CreateDirectAwardProjectDocument = graphql(`
  mutation CreateDirectAwardProject($name: String!, $search: ServiceSearchInput!) {
    createDirectAwardProject(name: $name, search: $search) {
      id
      name
    }
  }
`);

export const SaveDirectAwardSearchDocument = graphql(`
  mutation SaveDirectAwardSearch($id: ID!, $search: ServiceSearchInput!) {
    saveDirectAwardSearch(id: $id, search: $search) {
      id
    }
  }
`);

export const EndDirectAwardSearchDocument = graphql(`
  mutation EndDirectAwardSearch($id: ID!) {
    endDirectAwardSearch(id: $id) {
      id
      lockedAt
    }
  }
`);

export const DownloadDirectAwardResultsDocument = graphql(`
  mutation DownloadDirectAwardResults($id: ID!, $format: ExportFormat!) {
    downloadDirectAwardResults(id: $id, format: $format) {
      filename
      contentType
      base64
    }
  }
`);

export const ConfirmReadyToAssessDocument = graphql(`
  mutation ConfirmReadyToAssess($id: ID!) {
    confirmReadyToAssess(id: $id) {
      id
      readyToAssessAt
    }
  }
`);

export const MarkStillAssessingDocument = graphql(`
  mutation MarkStillAssessing($id: ID!) {
    markStillAssessing(id: $id) {
      id
      stillAssessingAt
    }
  }
`);

export const ChooseDirectAwardServiceDocument = graphql(`
  mutation ChooseDirectAwardService($id: ID!, $serviceId: ID!) {
    chooseDirectAwardService(id: $id, serviceId: $serviceId) {
      id
    }
  }
`);

export const CompleteDirectAwardOutcomeDocument = graphql(`
  mutation CompleteDirectAwardOutcome($outcomeId: ID!, $startDate: String!, $endDate: String!, $value: String!, $awardingOrganisationName: String!) {
    completeDirectAwardOutcome(outcomeId: $outcomeId, startDate: $startDate, endDate: $endDate, value: $value, awardingOrganisationName: $awardingOrganisationName) {
      id
      completed
    }
  }
`);

export const RecordDirectAwardWithoutContractDocument = graphql(`
  mutation RecordDirectAwardWithoutContract($id: ID!, $result: NoAwardResult!) {
    recordDirectAwardWithoutContract(id: $id, result: $result) {
      id
      result
    }
  }
`);
