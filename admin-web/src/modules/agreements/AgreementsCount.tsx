import { useQuery } from '@apollo/client/react';
import { useViewer } from '@dm/web/ui';
import { graphql } from '../../gql';

const AgreementsToCountersignDocument = graphql(`
  query AgreementsToCountersignCount {
    agreementsToCountersign
  }
`);

function Count() {
  const { data } = useQuery(AgreementsToCountersignDocument, { fetchPolicy: 'cache-and-network' });
  const n = data?.agreementsToCountersign;
  if (n === undefined) return null;
  return (
    <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0" data-testid="task-count">
      {n === 0 ? 'No agreements to countersign' : n === 1 ? '1 agreement to countersign' : `${n} agreements to countersign`}
    </span>
  );
}

/** The home page's count beside the agreements task, for sourcing (who countersigns): "12 agreements to countersign". */
export function AgreementsCount() {
  const { data } = useViewer();
  return data?.viewer?.role === 'ADMIN_CCS_SOURCING' ? <Count /> : null;
}
