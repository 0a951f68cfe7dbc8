import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import { useFormMutation, useSaveAnswers } from '../../ui/forms/useFormMutation';

/** The framework's lots (whether a supplier may offer only one service on each) and its family. */
export const SubmissionLotsDocument = graphql(`
  query SubmissionLots($slug: String!) {
    framework(slug: $slug) {
      id
      slug
      family
      lots {
        id
        slug
        name
        oneServiceLimit
        unitSingular
        unitPlural
      }
    }
  }
`);

/** The application's draft services, with what each still needs. */
export const SubmissionDraftsDocument = graphql(`
  query SubmissionDrafts($slug: String!) {
    draftServices(frameworkSlug: $slug) {
      id
      status
      data
      missingAnswers
      updatedAt
      copiedFromServiceId
      lot {
        id
        slug
        name
      }
    }
  }
`);

/** One draft service of the viewer's (NOT_FOUND for anyone else's). */
export const SubmissionDraftDocument = graphql(`
  query SubmissionDraft($id: ID!) {
    draftService(id: $id) {
      id
      status
      data
      missingAnswers
      updatedAt
      copiedFromServiceId
      lot {
        id
        slug
        name
        oneServiceLimit
      }
      framework {
        id
        slug
      }
    }
  }
`);

/** The viewer's live services on the previous iteration of one lot that can still be copied. */
export const ServicesToCopyDocument = graphql(`
  query ServicesToCopy($frameworkSlug: String!, $lotSlug: String!) {
    servicesToCopy(frameworkSlug: $frameworkSlug, lotSlug: $lotSlug) {
      id
      data
      framework {
        id
        slug
        name
      }
      lot {
        id
        slug
      }
    }
  }
`);

const CreateDraftDocument = graphql(`
  mutation CreateSubmissionDraft($frameworkSlug: String!, $lotSlug: String!) {
    createDraftService(frameworkSlug: $frameworkSlug, lotSlug: $lotSlug) {
      id
      status
      data
      missingAnswers
      updatedAt
      lot {
        id
        slug
      }
    }
  }
`);

const UpdateDraftDocument = graphql(`
  mutation UpdateSubmissionDraft($id: ID!, $answers: JSONObject!) {
    updateDraftService(id: $id, answers: $answers) {
      id
      status
      data
      missingAnswers
      updatedAt
    }
  }
`);

const SubmitDraftDocument = graphql(`
  mutation SubmitSubmissionDraft($id: ID!) {
    submitDraftService(id: $id) {
      id
      status
      data
      missingAnswers
      updatedAt
    }
  }
`);

const DeleteDraftDocument = graphql(`
  mutation DeleteSubmissionDraft($id: ID!) {
    deleteDraftService(id: $id)
  }
`);

const CopyDraftDocument = graphql(`
  mutation CopySubmissionDraft($id: ID!) {
    copyDraftService(id: $id) {
      id
      status
      data
      missingAnswers
      updatedAt
    }
  }
`);

export const CopyServiceDocument = graphql(`
  mutation CopyPreviousService($frameworkSlug: String!, $serviceId: ID!) {
    copyServiceToDraft(frameworkSlug: $frameworkSlug, serviceId: $serviceId) {
      id
      status
      data
      missingAnswers
      updatedAt
    }
  }
`);

const CopyAllServicesDocument = graphql(`
  mutation CopyAllPreviousServices($frameworkSlug: String!, $lotSlug: String!) {
    copyAllServicesToDrafts(frameworkSlug: $frameworkSlug, lotSlug: $lotSlug) {
      id
    }
  }
`);

// Whatever adds or removes a draft changes the lists (and what is left to copy).
const LISTS = { refetchQueries: [SubmissionDraftsDocument, ServicesToCopyDocument], awaitRefetchQueries: true };

export const useSubmitDraft = () => useFormMutation(SubmitDraftDocument, { refetchQueries: [SubmissionDraftsDocument], awaitRefetchQueries: true });
export const useDeleteDraft = () => useFormMutation(DeleteDraftDocument, LISTS);
export const useCopyDraft = () => useFormMutation(CopyDraftDocument, LISTS);
export const useCopyService = () => useFormMutation(CopyServiceDocument, LISTS);
export const useCopyAllServices = () => useFormMutation(CopyAllServicesDocument, LISTS);
export const useCreateDraft = () => useFormMutation(CreateDraftDocument, LISTS);

/** A draft page's save, as QuestionPage takes it: resolves when saved, throws the API's refusal. */
export const useSaveDraftAnswers = (id: string) => useSaveAnswers(UpdateDraftDocument, { id }, { refetchQueries: [SubmissionDraftsDocument] });

/**
 * The create page's save: a new draft, then its first answers. Should the API refuse the answers,
 * the empty draft is removed again, so that a refused name leaves nothing behind.
 */
export function useCreateDraftWithAnswers(frameworkSlug: string, lotSlug: string) {
  const [create] = useMutation(CreateDraftDocument);
  const [update] = useMutation(UpdateDraftDocument);
  const [remove] = useMutation(DeleteDraftDocument);
  return useCallback(
    async (answers: Record<string, unknown>) => {
      const created = await create({ variables: { frameworkSlug, lotSlug } });
      if (created.error || !created.data) throw created.error;
      const id = created.data.createDraftService.id;
      const saved = await update({ variables: { id, answers }, refetchQueries: [SubmissionDraftsDocument], awaitRefetchQueries: true });
      if (saved.error) {
        await remove({ variables: { id }, refetchQueries: [SubmissionDraftsDocument] });
        throw saved.error;
      }
      return id;
    },
    [create, update, remove, frameworkSlug, lotSlug],
  );
}

export const useSubmissionLots = (slug: string) => useQuery(SubmissionLotsDocument, { variables: { slug } });
export const useSubmissionDrafts = (slug: string) => useQuery(SubmissionDraftsDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
