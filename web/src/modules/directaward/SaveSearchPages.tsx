import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { flash } from '../../ui/app/flash';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { Input } from '../../ui/govuk/Input';
import { InsetText } from '../../ui/govuk/InsetText';
import { Radios } from '../../ui/govuk/Radios';
import { ErrorPage, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import { SearchSummary } from '../search/SearchParts';
import { projectPath, saveNewSearchHref, saveSearchHref, SEARCH } from './paths';
import { CreateDirectAwardProjectDocument, DirectAwardProjectsDocument, DirectAwardSearchCountDocument, SaveDirectAwardSearchDocument } from './queries';
import { parseSearchQuery, searchQueryString, searchVariables, type SavedSearchQuery } from './searchQuery';

const NEW = 'new';
const SAVED = 'Search saved.';

/** Without a search to save there is nothing to do here (the original answered 400). */
function NoSearch() {
  return (
    <ErrorPage title="There is no search to save">
      <p className="govuk-body">
        Save a search from the{' '}
        <Link className="govuk-link" to={SEARCH}>
          G-Cloud search results
        </Link>
        .
      </p>
    </ErrorPage>
  );
}

/** The search being saved, in words, as the results page says it. */
function SearchBeingSaved({ query }: { query: SavedSearchQuery }) {
  const found = useQuery(DirectAwardSearchCountDocument, { variables: searchVariables(query) });
  return (
    <InsetText>
      <p className="govuk-body govuk-!-margin-bottom-1">Your search:</p>
      {found.data ? <SearchSummary parts={found.data.serviceSearch.summary.parts} /> : <p className="govuk-body">Finding services…</p>}
      <p className="govuk-body govuk-!-margin-bottom-0">
        <Link className="govuk-link" to={`${SEARCH}${searchQueryString(query)}`}>
          Go back to the search results
        </Link>
      </p>
    </InsetText>
  );
}

function ChooseProject({ raw, query }: { raw: string; query: SavedSearchQuery }) {
  const projects = useQuery(DirectAwardProjectsDocument, { fetchPolicy: 'cache-and-network' });
  const navigate = useNavigate();
  const save = useFormMutation(SaveDirectAwardSearchDocument, { fieldOrder: ['project'], hrefFor: () => '#project' });
  const [choice, setChoice] = useState<string | null>(null);
  if (projects.error) return <ServiceProblem />;
  if (!projects.data) return <p className="govuk-body">Loading…</p>;
  const open = projects.data.myDirectAwardProjects.filter((p) => !p.lockedAt).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const chosen = choice ?? (open.length ? null : NEW);
  const submit = async () => {
    if (!chosen) return void save.submit({ id: '', search: {} }, { project: 'Choose where to save your search' });
    if (chosen === NEW) return void navigate(saveNewSearchHref(raw));
    const done = await save.submit({ id: chosen, search: query });
    if (done) await navigate(projectPath(chosen), flash(SAVED));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={save.hasErrors}>Save your search</Title>
        <BackLink href={`${SEARCH}${searchQueryString(query)}`} text="Back" />
        <FormErrorSummary errors={save.errors} submission={save.submission} />
        <span className="govuk-caption-l">G-Cloud</span>
        <h1 className="govuk-heading-l">Save your search</h1>
        <SearchBeingSaved query={query} />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Radios
            name="project"
            idPrefix="project"
            fieldset={{ legend: { text: 'Where do you want to save this search?', classes: 'govuk-fieldset__legend--m' } }}
            hint={{ text: 'Add it to a saved search you are still working on, or start a new one. A saved search you add it to keeps only this search.' }}
            errorMessage={inlineError(save.errors, 'project')}
            value={chosen}
            onChange={setChoice}
            items={[
              ...open.map((p) => ({ value: p.id, text: p.name || `Untitled project ${p.id}` })),
              ...(open.length ? [{ divider: 'or' }] : []),
              { value: NEW, text: 'Save a new search' },
            ]}
          />
          <Button type="submit" text="Save and continue" disabled={save.loading} />
        </form>
      </div>
    </div>
  );
}

/** §5.3 step 2: "Save your search" into one of the buyer's open projects, or a new one. */
export function SaveSearchPage() {
  const [params] = useSearchParams();
  const raw = params.get('search_query');
  const query = parseSearchQuery(raw);
  return <RequireViewer allow={isBuyer}>{() => (query && raw !== null ? <ChooseProject raw={raw} query={query} /> : <NoSearch />)}</RequireViewer>;
}

function NameProject({ raw, query }: { raw: string; query: SavedSearchQuery }) {
  const navigate = useNavigate();
  const create = useFormMutation(CreateDirectAwardProjectDocument, { fieldOrder: ['name'], refetchQueries: [DirectAwardProjectsDocument] });
  const [name, setName] = useState('');
  const submit = async () => {
    const trimmed = name.trim();
    const problem = !trimmed ? 'Enter a name for your search' : trimmed.length > 100 ? 'The name must be 100 characters or fewer' : null;
    const done = await create.submit({ name: trimmed, search: query }, problem ? { name: problem } : undefined);
    if (done) await navigate(projectPath(done.createDirectAwardProject.id), flash(SAVED));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={create.hasErrors}>Save a new search</Title>
        <BackLink href={saveSearchHref(raw)} text="Previous page" />
        <FormErrorSummary errors={create.errors} submission={create.submission} />
        <span className="govuk-caption-l">G-Cloud</span>
        <h1 className="govuk-heading-l">Save a new search</h1>
        <SearchBeingSaved query={query} />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Input
            id="name"
            name="name"
            label={{ text: 'Name your search', classes: 'govuk-label--m' }}
            hint={{ text: 'Use up to 100 characters. A reference number or a few words about what you are buying will help you find it later.' }}
            value={name}
            onChange={(e) => setName(e.target.value)}
            errorMessage={inlineError(create.errors, 'name')}
            spellcheck={false}
          />
          <Button type="submit" text="Save and continue" disabled={create.loading} />
        </form>
      </div>
    </div>
  );
}

/** §5.3 step 3: names a new project and saves the search as its first. */
export function SaveNewSearchPage() {
  const [params] = useSearchParams();
  const raw = params.get('search_query');
  const query = parseSearchQuery(raw);
  return <RequireViewer allow={isBuyer}>{() => (query && raw !== null ? <NameProject raw={raw} query={query} /> : <NoSearch />)}</RequireViewer>;
}
