import { useQuery } from '@apollo/client/react';
import { MyServiceDocument, MySupplierDocument } from './queries';
import { errorCode } from '../../ui/app/errors';

export const SERVICE_ID = /^\d{15,16}$/;

/**
 * One of the signed-in supplier's own services, in whatever status (but deleted): `missing` when
 * the id is not a service, or not theirs (the page then shows "Page not found").
 */
export function useMyService(id: string) {
  const valid = SERVICE_ID.test(id);
  const me = useQuery(MySupplierDocument);
  const service = useQuery(MyServiceDocument, { variables: { id }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const code = errorCode(service.error);
  const refused = code === 'NOT_FOUND' || code === 'GONE' || code === 'BAD_USER_INPUT';
  const loading = (me.loading && !me.data) || (service.loading && !service.data);
  const mine = service.data?.service && me.data?.viewer?.supplier && service.data.service.supplier.id === me.data.viewer.supplier.id ? service.data.service : null;
  return {
    service: mine,
    loading: valid && loading,
    missing: !valid || refused || (!loading && !service.error && !mine),
    failed: Boolean((service.error && !refused) || me.error),
  };
}
