import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Breadcrumbs, Button, Flash, FormErrorSummary, PageNotFound, Pagination, ServiceProblem, Table, Title, flash, formatDateTime, useFormMutation } from '@dm/web/ui';
import type { EmailStatus } from '../../gql/graphql';
import { RequireTask } from '../../app/RequireTask';
import { EMAIL_STATUS, emailStatusParam } from './operations';
import { EmailOutboxDocument, ResendEmailDocument } from './queries';

const FILTERS: ReadonlyArray<{ status: EmailStatus | null; text: string }> = [
  { status: null, text: 'All emails' },
  { status: 'QUEUED', text: 'Queued' },
  { status: 'SENT', text: 'Sent' },
  { status: 'KEPT', text: 'Kept' },
  { status: 'FAILED', text: 'Failed' },
];

const href = (status: EmailStatus | null, page = 1) => {
  const q = new URLSearchParams();
  if (status) q.set('status', status.toLowerCase());
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return `/operations/emails${s ? `?${s}` : ''}`;
};

function Outbox({ status, page }: { status: EmailStatus | null; page: number }) {
  const { data, error } = useQuery(EmailOutboxDocument, { variables: { status, page }, fetchPolicy: 'cache-and-network' });
  const resend = useFormMutation(ResendEmailDocument, { refetchQueries: [EmailOutboxDocument] });
  const navigate = useNavigate();
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { totalCount, pageSize, messages } = data.emailOutbox;
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  if (page > pages) return <PageNotFound />;
  const label = FILTERS.find((f) => f.status === status)!.text.toLowerCase();

  const sendAgain = async (id: string, to: string) => {
    if (await resend.submit({ id })) await navigate(href(status, page), flash(`The email to ${to} is queued to be sent again`));
  };

  return (
    <>
      <FormErrorSummary errors={resend.errors} submission={resend.submission} />
      <p className="govuk-body" data-testid="outbox-count">
        {totalCount === 0
          ? `No ${status ? `${label} ` : ''}emails.`
          : `${totalCount.toLocaleString('en-GB')} ${status ? `${label} ` : ''}${totalCount === 1 ? 'email' : 'emails'}, newest first.`}
      </p>
      {messages.length ? (
        <Table
          caption={status ? `${FILTERS.find((f) => f.status === status)!.text} emails` : 'Emails'}
          captionClasses="govuk-visually-hidden"
          classes="govuk-!-font-size-16"
          attributes={{ 'data-testid': 'outbox' }}
          head={[{ text: 'To' }, { text: 'Subject' }, { text: 'Created' }, { text: 'Delivery' }, { text: <span className="govuk-visually-hidden">Action</span> }]}
          rows={messages.map((m) => [
            { text: <span style={{ wordBreak: 'break-all' }}>{m.to}</span> },
            {
              text: (
                <>
                  {m.subject}
                  <br />
                  <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-0">Template {m.template}</span>
                </>
              ),
            },
            { text: formatDateTime(m.createdAt) },
            {
              text: (
                <>
                  <strong className={`govuk-tag ${EMAIL_STATUS[m.status].tag}`}>{EMAIL_STATUS[m.status].label}</strong>
                  <br />
                  <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-0">
                    {m.sentAt ? `Sent ${formatDateTime(m.sentAt)}. ` : ''}
                    {m.status === 'KEPT' ? 'Not sent: no mail server is set up. ' : ''}
                    {m.attempts === 1 ? '1 attempt' : `${m.attempts} attempts`}
                    {m.lastError ? `. Last error: ${m.lastError}` : ''}
                  </span>
                </>
              ),
            },
            {
              text:
                m.status === 'FAILED' ? (
                  <Button
                    type="button"
                    text="Send again"
                    classes="govuk-button--secondary govuk-!-margin-bottom-0"
                    disabled={resend.loading}
                    onClick={() => void sendAgain(m.id, m.to)}
                    attributes={{ 'aria-label': `Send the email to ${m.to} again` }}
                  />
                ) : null,
            },
          ])}
        />
      ) : null}
      {pages > 1 ? (
        <Pagination
          previous={page > 1 ? { href: href(status, page - 1) } : undefined}
          next={page < pages ? { href: href(status, page + 1) } : undefined}
          items={Array.from({ length: pages }, (_, i) => ({ number: i + 1, href: href(status, i + 1), current: i + 1 === page }))}
        />
      ) : null}
    </>
  );
}

function Page() {
  const [params] = useSearchParams();
  const filter = emailStatusParam(params.get('status'));
  const page = Number(params.get('page') ?? '1');
  if (filter === 'invalid' || !Number.isInteger(page) || page < 1) return <PageNotFound />;
  return (
    <>
      <Title>Email outbox</Title>
      <Breadcrumbs items={[{ text: 'Admin home', href: '/' }, { text: 'Email outbox' }]} />
      <Flash />
      <h1 className="govuk-heading-l">Email outbox</h1>
      <p className="govuk-body">
        Every email the service sends is queued here first, then delivered by a background job that retries for several hours before the email is marked failed.
      </p>
      <nav aria-label="Filter by delivery state">
        <ul className="govuk-list" style={{ display: 'flex', flexWrap: 'wrap', gap: '0 20px' }}>
          {FILTERS.map((f) => (
            <li key={f.text}>
              {f.status === filter.status ? (
                <strong aria-current="page">{f.text}</strong>
              ) : (
                <Link className="govuk-link" to={href(f.status)}>
                  {f.text}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <Outbox status={filter.status} page={page} />
    </>
  );
}

/** Operations: the email outbox with each message's delivery state; a failed email can be sent again. */
export function EmailsPage() {
  return <RequireTask id="email-outbox">{() => <Page />}</RequireTask>;
}
