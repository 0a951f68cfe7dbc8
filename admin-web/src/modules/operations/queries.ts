import { graphql } from '../../gql';

export const SearchIndicesDocument = graphql(`
  query OperationsSearchIndices {
    searchIndices {
      alias
      indices {
        physicalName
        state
        createdAt
        activatedAt
        documents
        total
        error
      }
    }
  }
`);

export const RebuildSearchIndexDocument = graphql(`
  mutation OperationsRebuildSearchIndex($alias: String!) {
    rebuildSearchIndex(alias: $alias) {
      alias
    }
  }
`);

export const RollbackSearchIndexDocument = graphql(`
  mutation OperationsRollbackSearchIndex($alias: String!) {
    rollbackSearchIndex(alias: $alias) {
      alias
    }
  }
`);

export const IndexProgressDocument = graphql(`
  subscription OperationsIndexProgress {
    searchIndexUpdates(objectType: "index") {
      index
      objectId
      action
      indexed
      total
      at
    }
  }
`);

export const BackgroundJobFields = graphql(`
  fragment OperationsJob on BackgroundJob {
    id
    queue
    state
    data
    attempts
    maxAttempts
    createdAt
    startedAt
    finishedAt
    lastError
    stalled
    sourceQueue
    sourceId
    deadLettered
  }
`);

export const BackgroundJobsDocument = graphql(`
  query OperationsBackgroundJobs {
    backgroundJobs {
      queues {
        name
        isDeadLetter
        deadLetter
        retryLimit
        created
        retry
        active
        stalled
        failed
      }
      failed {
        ...OperationsJob
      }
      stalled {
        ...OperationsJob
      }
      deadLettered {
        ...OperationsJob
      }
    }
  }
`);

export const BackgroundJobDocument = graphql(`
  query OperationsBackgroundJob($queue: String!, $id: ID!) {
    backgroundJob(queue: $queue, id: $id) {
      ...OperationsJob
    }
  }
`);

export const JobProblemsDocument = graphql(`
  query OperationsJobProblems {
    backgroundJobProblems {
      failed
      stalled
    }
  }
`);

export const RetryJobDocument = graphql(`
  mutation OperationsRetryJob($queue: String!, $id: ID!) {
    retryBackgroundJob(queue: $queue, id: $id) {
      ...OperationsJob
    }
  }
`);

export const DiscardJobDocument = graphql(`
  mutation OperationsDiscardJob($queue: String!, $id: ID!) {
    discardBackgroundJob(queue: $queue, id: $id)
  }
`);

export const EmailOutboxDocument = graphql(`
  query OperationsEmailOutbox($status: EmailStatus, $page: Int!) {
    emailOutbox(status: $status, page: $page) {
      totalCount
      page
      pageSize
      messages {
        id
        to
        subject
        template
        status
        attempts
        lastError
        createdAt
        sentAt
      }
    }
  }
`);

export const ResendEmailDocument = graphql(`
  mutation OperationsResendEmail($id: ID!) {
    resendEmail(id: $id) {
      id
      status
    }
  }
`);
