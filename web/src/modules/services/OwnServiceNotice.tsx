import { Link } from 'react-router';
import { useMySupplierId } from './queries';

/** On a public service page, for the supplier that offers it only: where to see and manage it in their account. */
export function OwnServiceNotice({ serviceId, supplierId }: { serviceId: string; supplierId: string }) {
  const mine = useMySupplierId();
  if (mine.supplierId !== supplierId) return null;
  return (
    <div className="govuk-inset-text" data-testid="own-service">
      This is one of your services.{' '}
      <Link className="govuk-link" to={`/suppliers/services/${serviceId}`}>
        View it in your account
      </Link>
    </div>
  );
}
