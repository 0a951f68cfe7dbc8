import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useFormAction, useFormMutation, type FieldErrors } from '@dm/web/ui';
import { graphql } from '../../gql';
import type { DocumentPurpose, FrameworkStatus, ScanStatus } from '../../gql/graphql';

export const ManagedCommunicationsDocument = graphql(`
  query ManagedCommunications($frameworkSlug: String!) {
    framework(slug: $frameworkSlug) {
      slug
      name
      status
    }
    frameworkCommunications(frameworkSlug: $frameworkSlug) {
      id
      purpose
      fileName
      contentType
      size
      createdAt
      scanStatus
      scanDetail
      downloadUrl
    }
  }
`);

export const DeleteCommunicationDocument = graphql(`
  mutation DeleteCommunication($id: ID!) {
    deleteFrameworkDocument(id: $id) {
      id
      deletedAt
    }
  }
`);

const POLL_MS = 2000;

/** A framework's published documents; asked again every few seconds while one waits for its virus scan. */
export function useManagedCommunications(frameworkSlug: string) {
  const result = useQuery(ManagedCommunicationsDocument, { variables: { frameworkSlug }, fetchPolicy: 'cache-and-network' });
  const { startPolling, stopPolling } = result;
  const waiting = result.data?.frameworkCommunications.some((d) => d.scanStatus === 'PENDING') ?? false;
  useEffect(() => {
    if (!waiting) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [waiting, startPolling, stopPolling]);
  return result;
}

export const useDeleteCommunication = () => useFormMutation(DeleteCommunicationDocument, { refetchQueries: ['ManagedCommunications'], awaitRefetchQueries: true });

/** The two kinds of document a framework manager publishes, with what each must be (dm-journeys AD12). */
export interface Kind {
  purpose: DocumentPurpose;
  /** The upload endpoint's name for it. */
  apiPurpose: string;
  /** The input's id (and the field its errors are for). */
  field: string;
  heading: string;
  singular: string;
  label: string;
  button: string;
  hint: string;
  extensions: readonly string[];
  typeMessage: string;
  none: string;
}

export const KINDS: readonly Kind[] = [
  {
    purpose: 'COMMUNICATION',
    apiPurpose: 'communication',
    field: 'communication',
    heading: 'Communications',
    singular: 'communication',
    label: 'Choose a communication to publish',
    button: 'Upload communication',
    hint: 'An Open Document Format file (for example .odt or .ods) or a CSV file, smaller than 5MB.',
    extensions: ['.odt', '.ods', '.odp', '.odg', '.csv'],
    typeMessage: 'The communication must be an Open Document Format file (eg .odt, .ods) or a CSV file.',
    none: 'No communications have been published for this framework.',
  },
  {
    purpose: 'CLARIFICATION_ANSWERS',
    apiPurpose: 'clarification-answers',
    field: 'clarificationAnswers',
    heading: 'Clarification answers',
    singular: 'clarification answers file',
    label: 'Choose clarification answers to publish',
    button: 'Upload clarification answers',
    hint: 'A PDF file, smaller than 5MB.',
    extensions: ['.pdf'],
    typeMessage: 'Clarification answers must be a PDF file.',
    none: 'No clarification answers have been published for this framework.',
  },
];

export const MAX_BYTES = 5 * 1024 * 1024;

/** What the browser can tell before sending: a file was chosen, of an allowed type and size. */
export function checkFile(kind: Kind, file: File | null | undefined): FieldErrors {
  if (!file) return { [kind.field]: `Select a ${kind.singular} to upload` };
  const name = file.name.toLowerCase();
  if (!kind.extensions.some((e) => name.endsWith(e))) return { [kind.field]: kind.typeMessage };
  if (file.size > MAX_BYTES) return { [kind.field]: 'The file must be smaller than 5MB.' };
  return {};
}

/** The scan state of a published document, as its tag says it. */
export function scanTag(status: ScanStatus): { text: string; classes: string } {
  switch (status) {
    case 'PENDING':
      return { text: 'Waiting for virus scan', classes: 'govuk-tag--yellow' };
    case 'CLEAN':
      return { text: 'Published', classes: 'govuk-tag--green' };
    case 'INFECTED':
      return { text: 'Virus found', classes: 'govuk-tag--red' };
    default:
      return { text: 'Could not be scanned', classes: 'govuk-tag--red' };
  }
}

/** The frameworks whose communications a manager looks after: any not expired. */
export const hasCommunications = (status: FrameworkStatus) => status !== 'EXPIRED';

interface Uploaded {
  id: string;
  fileName: string;
  scanStatus: string;
}

/** A refusal of the upload endpoint, in the GraphQL error shape the form hooks read. */
class UploadRefused extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors,
  ) {
    super(message);
  }
}

/**
 * Sends one file to `POST /documents` as multipart (the header proves it comes from our pages):
 * resolves to the new document (waiting for its scan), rejects with the endpoint's field errors.
 */
export async function uploadDocument(file: File, kind: Kind, frameworkSlug: string): Promise<Uploaded> {
  const body = new FormData();
  body.append('file', file);
  const query = new URLSearchParams({ purpose: kind.apiPurpose, framework: frameworkSlug });
  let response: Response;
  try {
    response = await fetch(`/documents?${query.toString()}`, { method: 'POST', body, headers: { 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' });
  } catch {
    throw new UploadRefused('The file could not be uploaded', { [kind.field]: 'The selected file could not be uploaded - try again.' });
  }
  const answer = (await response.json().catch(() => ({}))) as {
    document?: Uploaded;
    errors?: Array<{ message: string; extensions?: { fieldErrors?: Record<string, string> } }>;
  };
  if (response.status === 201 && answer.document) return answer.document;
  const refusal = answer.errors?.[0];
  const fields = refusal?.extensions?.fieldErrors ?? {};
  const message = fields.file ?? Object.values(fields)[0] ?? refusal?.message ?? 'The selected file could not be uploaded - try again.';
  throw new UploadRefused(message, { [kind.field]: message });
}

const noRequest = async (): Promise<null> => null;

/**
 * The upload as a form submission: the browser's checks first, then the endpoint's refusal, each
 * shown as the field's error in the summary and inline. Resolves to the document, or null.
 */
export function useUploadDocument(kind: Kind, frameworkSlug: string) {
  // The form hook shows errors; the request itself is the endpoint's, not a GraphQL operation.
  const form = useFormAction(noRequest, { fieldOrder: [kind.field] });
  const [loading, setLoading] = useState(false);
  const submit = async (file: File | null | undefined): Promise<Uploaded | null> => {
    const errors = checkFile(kind, file);
    if (!file || Object.keys(errors).length) return form.submit(undefined, errors);
    setLoading(true);
    try {
      const uploaded = await uploadDocument(file, kind, frameworkSlug);
      form.clear();
      return uploaded;
    } catch (e) {
      return form.submit(undefined, e instanceof UploadRefused ? e.fieldErrors : { [kind.field]: 'The selected file could not be uploaded - try again.' });
    } finally {
      setLoading(false);
    }
  };
  return { ...form, loading, submit };
}
