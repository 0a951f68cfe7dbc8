import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Breadcrumbs, Button, Flash, FormErrorSummary, NotificationBanner, ServiceProblem, SummaryList, Title, formatDateTime, useFormMutation } from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { documents, indexRoles, progressOf } from './operations';
import { IndexProgressDocument, RebuildSearchIndexDocument, SearchIndicesDocument } from './queries';

interface Progress {
  action: string;
  indexed: number;
  total: number | null;
}

function Indices() {
  const status = useQuery(SearchIndicesDocument, { fetchPolicy: 'cache-and-network' });
  const rebuild = useFormMutation(RebuildSearchIndexDocument);
  // The latest rebuild event of each alias, from the feed (any worker's rebuild, this admin's or another's).
  const [progress, setProgress] = useState<Record<string, Progress>>({});
  const [done, setDone] = useState<{ alias: string; text: string; failed: boolean } | null>(null);
  useSubscription(IndexProgressDocument, {
    onData: ({ data }) => {
      const u = data.data?.searchIndexUpdates;
      if (!u) return;
      setProgress((p) => ({ ...p, [u.index]: { action: u.action, indexed: u.indexed ?? 0, total: u.total ?? null } }));
      if (u.action === 'rebuild-complete') setDone({ alias: u.index, text: `The ${u.index} index was rebuilt. Searches now read the new index.`, failed: false });
      if (u.action === 'rebuild-failed') setDone({ alias: u.index, text: `The rebuild of ${u.index} failed. Searches still read the index they read before.`, failed: true });
      if (u.action !== 'rebuild-progress') void status.refetch();
    },
  });

  if (status.error && !status.data) return <ServiceProblem />;
  if (!status.data) return <p className="govuk-body">Loading…</p>;

  const start = async (alias: string) => {
    setDone(null);
    setProgress((p) => ({ ...p, [alias]: { action: 'requested', indexed: 0, total: null } }));
    if (await rebuild.submit({ alias })) void status.refetch();
  };

  return (
    <>
      <FormErrorSummary errors={rebuild.errors} submission={rebuild.submission} />
      {done ? (
        <NotificationBanner type={done.failed ? undefined : 'success'} titleText={done.failed ? 'Important' : 'Success'} attributes={{ 'data-testid': 'rebuild-outcome' }}>
          <p className="govuk-notification-banner__heading">{done.text}</p>
        </NotificationBanner>
      ) : null}
      {status.data.searchIndices.map(({ alias, indices }) => {
        const { active, previous, building, failed } = indexRoles(indices);
        const live = progress[alias];
        const running = building !== null || live?.action === 'requested' || live?.action === 'rebuild-progress';
        const shown = live && live.action !== 'requested' ? progressOf(live.indexed, live.total) : building ? progressOf(building.documents, building.total) : null;
        return (
          <section key={alias} aria-labelledby={`index-${alias}`} data-testid={`index-${alias}`} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id={`index-${alias}`}>
              {alias}
            </h2>
            <SummaryList
              rows={[
                { key: { text: 'Searches read' }, value: { text: active ? active.physicalName : 'No index yet: the first update creates one' } },
                { key: { text: 'Documents' }, value: { text: active ? documents(active.documents) : 'None' } },
                { key: { text: 'In use since' }, value: { text: active?.activatedAt ? formatDateTime(active.activatedAt) : 'Not in use' } },
                {
                  key: { text: 'Previous index' },
                  value: { text: previous ? `${previous.physicalName} (${documents(previous.documents)}), kept up to date for a rollback` : 'None' },
                },
                failed ? { key: { text: 'Last rebuild' }, value: { text: `Failed: ${failed.error ?? 'no error recorded'}` } } : false,
              ]}
            />
            <div role="status" aria-live="polite" data-testid="rebuild-progress">
              {running || live ? (
                <p className="govuk-body">
                  {live?.action === 'requested' && !building
                    ? 'Rebuild requested: waiting for a worker to start it.'
                    : live?.action === 'rebuild-complete'
                      ? `Rebuilt: ${shown?.text ?? ''}.`
                      : live?.action === 'rebuild-failed'
                        ? 'The rebuild failed.'
                        : `Rebuilding: ${shown?.text ?? ''}.`}
                </p>
              ) : null}
              {shown && running ? <progress max={100} value={shown.percent} aria-label={`Rebuild of ${alias}`} /> : null}
            </div>
            <div className="govuk-button-group">
              <Button
                type="button"
                text="Rebuild"
                classes="govuk-button--secondary"
                disabled={running || rebuild.loading}
                onClick={() => void start(alias)}
                attributes={{ 'aria-describedby': `index-${alias}` }}
              />
              {previous ? (
                <Link className="govuk-link" to={`/operations/search-indices/${encodeURIComponent(alias)}/roll-back`}>
                  Roll back<span className="govuk-visually-hidden"> {alias}</span> to the previous index
                </Link>
              ) : null}
            </div>
          </section>
        );
      })}
    </>
  );
}

/** Operations: the search indices, each alias's live and previous index, a rebuild with its progress, a rollback. */
export function SearchIndicesPage() {
  return (
    <RequireTask id="search-indices">
      {() => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <Title>Search indices</Title>
            <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Search indices' }]} />
            <Flash />
            <h1 className="govuk-heading-l">Search indices</h1>
            <p className="govuk-body">
              Each search reads an index through its name. A rebuild fills a new index from the database while searches carry on, then swaps it in. The index it replaces is kept,
              and kept up to date, so you can roll back to it.
            </p>
            <Indices />
          </div>
        </div>
      )}
    </RequireTask>
  );
}
