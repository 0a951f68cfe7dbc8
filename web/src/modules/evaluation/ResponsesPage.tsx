import { useApolloClient } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useFrameworkForm } from '../../ui/forms/frameworkForm';
import { SectionSummary } from '../../ui/forms/SectionSummary';
import { Title } from '../../ui/app/Title';
import { formatDate, formatDateTime } from '../../ui/format';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { ErrorSummary } from '../../ui/govuk/ErrorSummary';
import { InsetText } from '../../ui/govuk/InsetText';
import { Link } from '../../ui/govuk/links';
import { Table } from '../../ui/govuk/Table';
import { Tag } from '../../ui/govuk/Tag';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import type { ExportFormat } from '../../gql/graphql';
import { questionContext } from '../../ui/forms/questions/model';
import { responsePages, responseValues } from '../opportunities/responseFlow';
import { saveFile } from './download';
import { evaluationPath, niceToHavesMet, requirementPath, responseCounts } from './evaluation';
import { AFTER_CLOSING, EvaluationFrame, type EvaluationBrief, type Evaluating } from './EvaluationFrame';
import { BriefResponsesExportDocument } from './queries';

const STATUS_TAGS: Record<string, { text: string; classes?: string }> = {
  SUBMITTED: { text: 'Submitted', classes: 'govuk-tag--blue' },
  PENDING_AWARDED: { text: 'Chosen as the winner', classes: 'govuk-tag--yellow' },
  AWARDED: { text: 'Awarded the contract', classes: 'govuk-tag--green' },
};

const niceCount = (brief: EvaluationBrief) => {
  const nice = (brief.data as Record<string, unknown>).niceToHaveRequirements;
  return Array.isArray(nice) ? nice.length : 0;
};

function Downloads({ brief }: { brief: EvaluationBrief }) {
  const client = useApolloClient();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setFailed(false);
    try {
      const { data } = await client.query({ query: BriefResponsesExportDocument, variables: { briefId: brief.id, format }, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('no file');
      saveFile(data.briefResponsesExport);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {failed ? <ErrorSummary titleText="The download did not work" errorList={[{ text: 'Try downloading the responses again.' }]} /> : null}
      <h2 className="govuk-heading-m">Download the responses</h2>
      <p className="govuk-body">
        One spreadsheet with every supplier’s evidence for each requirement, a column for each supplier, those who meet the most nice-to-have requirements first. Use it to choose
        who to shortlist and evaluate.
      </p>
      <div className="govuk-button-group">
        <Button classes="govuk-button--secondary" text="Download responses (ODS)" disabled={busy !== null} onClick={() => void download('ODS')} />
        <Button classes="govuk-button--secondary" text="Download responses (CSV)" disabled={busy !== null} onClick={() => void download('CSV')} />
      </div>
    </>
  );
}

function Responses({ brief, title }: Evaluating) {
  const back = requirementPath(brief);
  if (brief.status === 'LIVE') {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title>{`Responses – ${title}`}</Title>
          <BackLink href={back} text="Back to your requirement" />
          <span className="govuk-caption-l">{title}</span>
          <h1 className="govuk-heading-l">Responses</h1>
          <InsetText>Applications close on {formatDateTime(brief.applicationsClosedAt)}. You can read the responses once they have closed.</InsetText>
          <p className="govuk-body" data-testid="responses-so-far">
            {brief.responseCount === 1 ? '1 supplier has' : `${brief.responseCount} suppliers have`} applied so far.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" href={back}>
              Return to overview
            </Link>
          </p>
        </div>
      </div>
    );
  }
  const responses = brief.responses ?? [];
  const { eligible, ineligible } = responseCounts(responses);
  const nice = niceCount(brief);
  const heading = responses.length ? 'Shortlist suppliers' : 'There were no applications';
  const sorted = [...responses].sort((a, b) => niceToHavesMet(b.data) - niceToHavesMet(a.data) || a.supplier.name.localeCompare(b.supplier.name));
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title>{`${heading} – ${title}`}</Title>
          <BackLink href={back} text="Back to your requirement" />
          <span className="govuk-caption-l">{title}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">Applications closed on {formatDateTime(brief.applicationsClosedAt)}.</p>
          <ul className="govuk-list govuk-list--bullet" data-testid="response-counts">
            <li>
              {eligible} {eligible === 1 ? 'supplier' : 'suppliers'} met all your essential requirements
            </li>
            <li>
              {ineligible} {ineligible === 1 ? 'supplier' : 'suppliers'} did not meet them (they have been told they were unsuccessful)
            </li>
          </ul>
          {eligible > 0 ? (
            <>
              <h2 className="govuk-heading-m">What to do next</h2>
              <ol className="govuk-list govuk-list--number">
                <li>Read the responses and compare the evidence for each requirement.</li>
                <li>Shortlist the suppliers who best meet your nice-to-have requirements.</li>
                <li>Evaluate the shortlisted suppliers in the way your requirement said you would.</li>
                <li>Tell us the outcome, so that every supplier who applied hears it.</li>
              </ol>
            </>
          ) : (
            <InsetText>No supplier met all your essential requirements. Talk to suppliers about why, rewrite your requirements and publish them again.</InsetText>
          )}
        </div>
      </div>
      {responses.length ? (
        <Table
          caption="Responses"
          captionClasses="govuk-table__caption--m"
          attributes={{ 'data-testid': 'responses' }}
          head={[{ text: 'Supplier' }, { text: 'Submitted' }, { text: 'Nice-to-have requirements met' }, { text: 'Status' }]}
          rows={sorted.map((r) => [
            {
              text: (
                <Link className="govuk-link" href={evaluationPath(brief, `responses/${r.id}`)}>
                  {r.supplier.name}
                </Link>
              ),
            },
            { text: formatDate(r.submittedAt) },
            { text: nice ? `${niceToHavesMet(r.data)} of ${nice}` : 'None asked for' },
            { text: <Tag text={STATUS_TAGS[r.status]?.text ?? r.status} classes={STATUS_TAGS[r.status]?.classes} /> },
          ])}
        />
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {responses.length ? <Downloads brief={brief} /> : null}
          <ul className="govuk-list">
            {brief.status === 'CLOSED' ? (
              <li>
                <Link className="govuk-link" href={evaluationPath(brief, 'award')}>
                  Let suppliers know the outcome
                </Link>
              </li>
            ) : null}
            <li>
              <Link className="govuk-link" href={back}>
                Return to overview
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </>
  );
}

function Response({ brief, title }: Evaluating) {
  const { responseId = '' } = useParams();
  const response = brief.responses?.find((r) => r.id === responseId);
  const { form, error } = useFrameworkForm('BRIEF_RESPONSE', brief.framework.slug, brief.lot.slug);
  const values = useMemo(() => responseValues(brief, null), [brief]);
  // The questions this requirement asked (no nice-to-have list when it had none).
  const asked = useMemo(() => (form ? new Set(responsePages(form, questionContext(form, { values }))) : null), [form, values]);
  if (!response) return <PageNotFound />;
  if (error) return <ServiceProblem />;
  if (!form) return <p className="govuk-body">Loading…</p>;
  const back = evaluationPath(brief, 'responses');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{`${response.supplier.name}’s response – ${title}`}</Title>
        <BackLink href={back} text="Back to the responses" />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">{response.supplier.name}’s response</h1>
        <p className="govuk-body">
          Submitted on {formatDateTime(response.submittedAt)}. <Tag text={STATUS_TAGS[response.status]?.text ?? response.status} classes={STATUS_TAGS[response.status]?.classes} />
        </p>
        {form.sections.map((section) => (
          <SectionSummary
            key={section.slug}
            form={form}
            section={{ ...section, questionIds: section.questionIds.filter((id) => !asked || asked.has(id)) }}
            answers={response.data as Record<string, unknown>}
            values={values}
          />
        ))}
        <p className="govuk-body">
          <Link className="govuk-link" href={back}>
            Back to the responses
          </Link>
        </p>
      </div>
    </div>
  );
}

/** After closing: the response page says when they can be read. */
const RESPONSES = (status: string) => status === 'LIVE' || AFTER_CLOSING.includes(status);

/** B12: the submitted responses once applications have closed (counts, a table, ODS and CSV downloads). */
export function ResponsesPage() {
  return <EvaluationFrame allow={RESPONSES}>{(e) => <Responses {...e} />}</EvaluationFrame>;
}

/** B12: one supplier's response, every answer. */
export function ResponsePage() {
  return <EvaluationFrame allow={(s) => AFTER_CLOSING.includes(s)}>{(e) => <Response {...e} />}</EvaluationFrame>;
}
