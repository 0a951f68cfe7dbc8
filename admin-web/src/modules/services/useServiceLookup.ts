import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useFormAction } from '@dm/web/ui';
import { AdminServiceLookupDocument } from './queries';
import { serviceHref, serviceIdError } from './serviceAdmin';

/**
 * AD1 "Service ID": looks the id up and goes to the admin service page; an id with no service is
 * an error on the search form's `field` (summary and inline), not a page of its own.
 */
export function useServiceLookup(field: string) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const asked = useRef('');
  const run = useCallback(
    async (id: string) => {
      const result = await client.query({ query: AdminServiceLookupDocument, variables: { id }, fetchPolicy: 'network-only' });
      if (result.error) throw result.error;
      return result.data!;
    },
    [client],
  );
  const action = useFormAction(run, {
    fieldOrder: [field],
    refusalFields: (code) => (code === 'NOT_FOUND' || code === 'GONE' ? { [field]: `There is no service with the ID ${asked.current}` } : undefined),
  });
  const { submit } = action;
  const find = useCallback(
    async (raw: string) => {
      const id = raw.replace(/\s+/g, '');
      asked.current = id;
      const wrong = serviceIdError(id);
      const data = await submit(id, wrong ? { [field]: wrong } : undefined);
      if (data) await navigate(serviceHref(data.service.id));
    },
    [submit, navigate, field],
  );
  return { ...action, find };
}
