import { graphql } from '../../gql';

/** A requirement as the evaluation pages read it: its dates, status, questions, responses and outcome (its buyers only see `users`). */
export const EvaluationBriefDocument = graphql(`
  query EvaluationBrief($id: ID!) {
    brief(id: $id) {
      id
      status
      data
      publishedAt
      applicationsClosedAt
      clarificationQuestionsClosedAt
      clarificationQuestionsPublishedBy
      clarificationQuestionsAreClosed
      responseCount
      lot {
        slug
        name
      }
      framework {
        slug
        name
      }
      users {
        id
      }
      clarificationQuestions {
        id
        question
        answer
        publishedAt
      }
      receivedClarificationQuestions {
        question
        askedAt
      }
      responses {
        id
        status
        submittedAt
        data
        awardDetails
        supplier {
          id
          name
        }
      }
      outcome {
        id
        result
      }
    }
  }
`);

export const PublishClarificationQuestionDocument = graphql(`
  mutation PublishClarificationQuestion($id: ID!, $question: String!, $answer: String!) {
    publishClarificationQuestion(id: $id, question: $question, answer: $answer) {
      id
      question
      answer
      publishedAt
    }
  }
`);

export const BriefResponsesExportDocument = graphql(`
  query BriefResponsesExport($briefId: ID!, $format: ExportFormat!) {
    briefResponsesExport(briefId: $briefId, format: $format) {
      filename
      contentType
      base64
    }
  }
`);

export const ChooseWinningResponseDocument = graphql(`
  mutation ChooseWinningResponse($briefId: ID!, $responseId: ID!) {
    chooseWinningResponse(briefId: $briefId, responseId: $responseId) {
      id
      status
      awardDetails
    }
  }
`);

export const AwardContractDocument = graphql(`
  mutation AwardContract($briefId: ID!, $responseId: ID!, $startDate: String!, $value: String!) {
    awardContract(briefId: $briefId, responseId: $responseId, startDate: $startDate, value: $value) {
      id
      status
      awardDetails
      brief {
        id
        status
      }
    }
  }
`);

export const CancelBriefDocument = graphql(`
  mutation CancelBrief($id: ID!) {
    cancelBrief(id: $id) {
      id
      status
      cancelledAt
    }
  }
`);

export const MarkBriefUnsuccessfulDocument = graphql(`
  mutation MarkBriefUnsuccessful($id: ID!) {
    markBriefUnsuccessful(id: $id) {
      id
      status
      unsuccessfulAt
    }
  }
`);
