import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Title } from '../../ui/app/Title';
import { Flash } from '../../ui/app/flash';
import { formatDateTime } from '../../ui/format';
import { Table } from '../../ui/govuk/Table';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import { CHOOSE_LOT_PATH } from '../gcloud/paths';
import { didYouAwardPath, projectPath, resultsPath, YOUR_ACCOUNT } from './paths';
import { DirectAwardProjectsDocument } from './queries';
import { exportedStatus } from './steps';

const byDesc = (key: (p: { createdAt: string; lockedAt?: string | null }) => string) => (a: { createdAt: string; lockedAt?: string | null }, b: typeof a) =>
  key(b).localeCompare(key(a));

function SavedSearches() {
  const found = useQuery(DirectAwardProjectsDocument, { fetchPolicy: 'cache-and-network' });
  if (found.error) return <ServiceProblem />;
  if (!found.data) return <p className="govuk-body">Loading…</p>;
  const all = found.data.myDirectAwardProjects;
  const searching = all.filter((p) => !p.lockedAt).sort(byDesc((p) => p.createdAt));
  const exported = all.filter((p) => p.lockedAt).sort(byDesc((p) => p.lockedAt!));
  const name = (p: (typeof all)[number]) => (
    <Link className="govuk-link" to={projectPath(p.id)}>
      {p.name || `Untitled project ${p.id}`}
    </Link>
  );
  return (
    <>
      <Title>Your saved searches</Title>
      <Breadcrumbs items={[{ label: 'Your account', to: YOUR_ACCOUNT }, { label: 'Your saved searches' }]} />
      <Flash />
      <span className="govuk-caption-l">G-Cloud</span>
      <h1 className="govuk-heading-l">Your saved searches</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to={CHOOSE_LOT_PATH}>
          Start a new search
        </Link>
      </p>

      <h2 className="govuk-heading-m">Searching</h2>
      {searching.length ? (
        <Table
          caption="Searches you can still change"
          captionClasses="govuk-visually-hidden"
          attributes={{ 'data-testid': 'searching-projects' }}
          head={[{ text: 'Name' }, { text: 'Saved' }]}
          rows={searching.map((p) => [{ text: name(p) }, { text: formatDateTime(p.createdAt) }])}
        />
      ) : (
        <p className="govuk-body">You have no saved searches that you are still changing.</p>
      )}

      <h2 className="govuk-heading-m">Results exported</h2>
      {exported.length ? (
        <Table
          caption="Searches whose results you exported"
          captionClasses="govuk-visually-hidden"
          attributes={{ 'data-testid': 'exported-projects' }}
          head={[{ text: 'Name' }, { text: 'Exported' }, { text: 'Status' }]}
          rows={exported.map((p) => {
            const status = exportedStatus(p);
            return [
              { text: name(p) },
              { text: formatDateTime(p.lockedAt) },
              {
                text:
                  'link' in status ? (
                    <Link className="govuk-link" to={status.link === 'download' ? resultsPath(p.id) : didYouAwardPath(p.id)}>
                      {status.label}
                      <span className="govuk-visually-hidden"> for {p.name}</span>
                    </Link>
                  ) : (
                    status.label
                  ),
              },
            ];
          })}
        />
      ) : (
        <p className="govuk-body">You have not exported the results of any search yet.</p>
      )}
    </>
  );
}

/** §5.4 "Your saved searches": the buyer's projects still searching, and those whose results were exported. */
export function SavedSearchesPage() {
  return <RequireViewer allow={isBuyer}>{() => <SavedSearches />}</RequireViewer>;
}
