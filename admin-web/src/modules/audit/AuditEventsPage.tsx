import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  Breadcrumbs,
  Button,
  DateInput,
  FormErrorSummary,
  Input,
  NO_ERRORS,
  Pagination,
  Select,
  ServiceProblem,
  Table,
  Title,
  apiFormErrors,
  fieldFormErrors,
  formatDateTime,
  inlineError,
  type FormErrors,
} from '@dm/web/ui';
import { RequireTask } from '../../app/RequireTask';
import { formatDay } from '../statistics/statistics';
import {
  AUDIT_TYPES,
  AuditEventsDocument,
  OBJECT_TYPES,
  PAGE_SIZE,
  describeFilters,
  eventsHref,
  eventsVariables,
  filtersFromParams,
  objectTypeLabel,
  pagesFromParams,
  partsOf,
  readFilterForm,
  typeLabel,
  type AuditFilters,
  type DateParts,
} from './audit';

const FIELD_ORDER = ['type', 'objectType', 'objectId', 'user', 'from', 'to'];
/** The error summary links a date group's error to its first box. */
const hrefFor = (field: string) => (field === 'from' || field === 'to' ? `#${field}-day` : `#${field}`);

function Results({ filters, pages }: { filters: AuditFilters; pages: string[] }) {
  const { data, error } = useQuery(AuditEventsDocument, { variables: eventsVariables(filters, pages), fetchPolicy: 'cache-and-network' });
  if (error && !data) {
    const refused = apiFormErrors(error, { fieldOrder: FIELD_ORDER, hrefFor });
    return refused.summary.length && Object.keys(refused.fields).length ? <FormErrorSummary errors={refused} submission={0} /> : <ServiceProblem />;
  }
  if (!data) return <p className="govuk-body">Loading events…</p>;
  const { nodes, totalCount, pageInfo } = data.auditEvents;
  const described = describeFilters(filters, formatDay);
  const pageNumber = pages.length + 1;
  const pageCount = Math.max(1, Math.ceil(totalCount / PAGE_SIZE));
  return (
    <section aria-labelledby="events-heading" data-testid="audit-events">
      <h2 className="govuk-heading-m" id="events-heading" aria-live="polite">
        {totalCount === 0 ? 'No events found' : totalCount === 1 ? '1 event' : `${totalCount.toLocaleString('en-GB')} events`}
      </h2>
      <p className="govuk-body">
        {described ? `Events ${described}, newest first.` : 'Every event, newest first.'}
        {pageCount > 1 ? ` Page ${pageNumber} of ${pageCount}.` : null}
      </p>
      {nodes.length ? (
        <Table
          caption="Audit events"
          captionClasses="govuk-visually-hidden"
          head={[{ text: 'When' }, { text: 'Event' }, { text: 'User' }, { text: 'Object' }]}
          rows={nodes.map((e) => [
            { text: formatDateTime(e.createdAt) },
            {
              text: (
                <Link className="govuk-link" to={`/audit-events/${e.id}`}>
                  {typeLabel(e.type)}
                  <span className="govuk-visually-hidden"> (event {e.id})</span>
                </Link>
              ),
            },
            { text: e.actorEmail ?? 'No signed-in user' },
            { text: e.objectType ? `${objectTypeLabel(e.objectType)} ${e.objectId ?? ''}`.trim() : '' },
          ])}
        />
      ) : (
        <p className="govuk-body">Try fewer filters or a wider date range.</p>
      )}
      <Pagination
        landmarkLabel="Pages of events"
        previous={pages.length ? { href: eventsHref(filters, pages.slice(0, -1)), text: 'Newer events' } : undefined}
        next={pageInfo.hasNextPage && pageInfo.endCursor ? { href: eventsHref(filters, [...pages, pageInfo.endCursor]), text: 'Older events' } : undefined}
      />
    </section>
  );
}

function Browser({ params }: { params: URLSearchParams }) {
  const navigate = useNavigate();
  const filters = filtersFromParams(params);
  const pages = pagesFromParams(params);
  const [type, setType] = useState<string>(filters.type ?? '');
  const [objectType, setObjectType] = useState(filters.objectType ?? '');
  const [objectId, setObjectId] = useState(filters.objectId ?? '');
  const [user, setUser] = useState(filters.user ?? '');
  const [from, setFrom] = useState<DateParts>(partsOf(filters.from));
  const [to, setTo] = useState<DateParts>(partsOf(filters.to));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submission, setSubmission] = useState(0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readFilterForm({ type, objectType, objectId, user, from, to });
    if (Object.keys(read.errors).length) {
      setErrors(fieldFormErrors(read.errors, FIELD_ORDER, hrefFor));
      setSubmission((n) => n + 1);
      return;
    }
    setErrors(NO_ERRORS);
    void navigate(eventsHref(read.filters));
  };
  const hasErrors = errors.summary.length > 0;
  const dateParts = (values: DateParts, set: (v: DateParts) => void, prefix: string) => ({
    values: { [`${prefix}-day`]: values.day, [`${prefix}-month`]: values.month, [`${prefix}-year`]: values.year },
    onChange: (next: Record<string, string>) => set({ day: next[`${prefix}-day`] ?? '', month: next[`${prefix}-month`] ?? '', year: next[`${prefix}-year`] ?? '' }),
  });

  return (
    <>
      <Title error={hasErrors}>Audit events</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Audit events' }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} submission={submission} />
          <h1 className="govuk-heading-l">Audit events</h1>
          <p className="govuk-body">Every change made through the marketplace is recorded as an event: who made it, to what, and when. Filter them to find one.</p>
          <form noValidate onSubmit={submit} role="search" aria-label="Audit events">
            <Select
              id="type"
              name="type"
              label={{ text: 'Type of event', classes: 'govuk-label--s' }}
              value={type}
              onChange={(e) => setType(e.target.value)}
              errorMessage={inlineError(errors, 'type')}
              items={[{ value: '', text: 'Any type' }, ...AUDIT_TYPES.map((t) => ({ value: t, text: typeLabel(t) }))]}
            />
            <Select
              id="objectType"
              name="objectType"
              label={{ text: 'What the event is about', classes: 'govuk-label--s' }}
              value={objectType}
              onChange={(e) => setObjectType(e.target.value)}
              errorMessage={inlineError(errors, 'objectType')}
              items={[{ value: '', text: 'Anything' }, ...OBJECT_TYPES.map((o) => ({ value: o.value, text: o.label }))]}
            />
            <Input
              id="objectId"
              name="objectId"
              classes="govuk-input--width-20"
              label={{ text: 'Its id (optional)', classes: 'govuk-label--s' }}
              hint={{ text: 'For example a supplier id such as 712345 or a service id' }}
              spellcheck={false}
              autocomplete="off"
              value={objectId}
              onChange={(e) => setObjectId(e.target.value)}
              errorMessage={inlineError(errors, 'objectId')}
            />
            <Input
              id="user"
              name="user"
              type="email"
              label={{ text: 'Email address of the user who acted (optional)', classes: 'govuk-label--s' }}
              spellcheck={false}
              autocomplete="off"
              value={user}
              onChange={(e) => setUser(e.target.value)}
              errorMessage={inlineError(errors, 'user')}
            />
            <DateInput
              id="from"
              namePrefix="from"
              fieldset={{ legend: { text: 'From (optional)', classes: 'govuk-fieldset__legend--s' } }}
              hint={{ text: 'The first day to include, for example 27 3 2024 (UK time)' }}
              errorMessage={inlineError(errors, 'from')}
              {...dateParts(from, setFrom, 'from')}
            />
            <DateInput
              id="to"
              namePrefix="to"
              fieldset={{ legend: { text: 'To (optional)', classes: 'govuk-fieldset__legend--s' } }}
              hint={{ text: 'The last day to include (UK time)' }}
              errorMessage={inlineError(errors, 'to')}
              {...dateParts(to, setTo, 'to')}
            />
            <div className="govuk-button-group">
              <Button type="submit" text="Filter events" />
              {Object.keys(filters).length ? (
                <Link className="govuk-link" to="/audit-events">
                  Clear the filters
                </Link>
              ) : null}
            </div>
          </form>
        </div>
      </div>
      <Results key={params.toString()} filters={filters} pages={pages} />
    </>
  );
}

/** The audit event browser: every recorded change, filtered by type, object, user and dates, newest first. */
export function AuditEventsPage() {
  const [params] = useSearchParams();
  // The form starts from the address each time it changes (a search, a page, "Clear the filters").
  return <RequireTask id="audit-events">{() => <Browser key={params.toString()} params={params} />}</RequireTask>;
}
