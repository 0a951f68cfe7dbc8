import { useQuery } from '@apollo/client/react';
import { useFormMutation, type FieldErrors } from '@dm/web/ui';
import { graphql } from '../../gql';
import type { FrameworkStatus } from '../../gql/graphql';

export const FrameworkStatusDocument = graphql(`
  query AdminFrameworkStatus($slug: String!) {
    framework(slug: $slug) {
      slug
      name
      status
      clarificationQuestionsOpen
    }
  }
`);

export const ChangeFrameworkStatusDocument = graphql(`
  mutation ChangeFrameworkStatus($slug: String!, $status: FrameworkStatus!) {
    updateFramework(slug: $slug, input: { status: $status }) {
      slug
      name
      status
      clarificationQuestionsOpen
    }
  }
`);

export const useFrameworkStatus = (slug: string) => useQuery(FrameworkStatusDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });

/** The API refuses a change the lifecycle does not allow with CONFLICT: its message is the field's error. */
export const useChangeFrameworkStatus = () =>
  useFormMutation(ChangeFrameworkStatusDocument, {
    fieldOrder: ['status'],
    refusalFields: (code, message) => (code === 'CONFLICT' || code === 'BAD_USER_INPUT' ? { status: message } : undefined),
    refetchQueries: ['AdminFrameworks'],
  });

/** The lifecycle in order, with what each status lets people do (the radios' hints). */
export const STATUSES: ReadonlyArray<{ value: FrameworkStatus; label: string; hint: string }> = [
  { value: 'COMING', label: 'Coming', hint: 'Announced. Suppliers can register interest but cannot apply yet.' },
  { value: 'OPEN', label: 'Open', hint: 'Suppliers make their declaration and add services.' },
  { value: 'PENDING', label: 'Pending', hint: 'Applications are closed while they are evaluated.' },
  { value: 'STANDSTILL', label: 'Standstill', hint: 'Results are out; successful suppliers sign their framework agreements.' },
  { value: 'LIVE', label: 'Live', hint: 'Buyers find services or publish requirements.' },
  { value: 'EXPIRED', label: 'Expired', hint: 'No new buying on this framework.' },
];

export const statusLabel = (status: FrameworkStatus) => STATUSES.find((s) => s.value === status)?.label ?? status;

/** What the browser can tell: a status was chosen, and it is a change. */
export function checkStatus(chosen: string, current: FrameworkStatus, name: string): FieldErrors {
  if (!STATUSES.some((s) => s.value === chosen)) return { status: 'Select a status' };
  if (chosen === current) return { status: `${name} is already ${statusLabel(current).toLowerCase()}: select a different status` };
  return {};
}
