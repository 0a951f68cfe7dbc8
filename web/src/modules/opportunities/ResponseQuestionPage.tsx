import { useSaveAnswers } from '../../ui/forms/useFormMutation';
import { Navigate, useNavigate, useParams } from 'react-router';
import { flash } from '../../ui/app/flash';
import { QuestionPage } from '../../ui/forms/QuestionPage';
import { BackLink } from '../../ui/govuk/BackLink';
import { Link } from '../../ui/govuk/links';
import { PageNotFound } from '../../ui/pages/ErrorPages';
import { applicationPath, questionPath, startPath, UpdateBriefResponseDocument } from './queries';
import { nextPage, previousPage, resumePage } from './responseFlow';
import { ResponseFrame, type Responding } from './ResponseFrame';

/** Saves a page's changed answers; throws the API's refusal for the page to show. */
const useSaveResponse = (id: string) => useSaveAnswers(UpdateBriefResponseDocument, { id });

function QuestionForm({ r, questionId, editing }: { r: Responding; questionId: string; editing: boolean }) {
  const navigate = useNavigate();
  const save = useSaveResponse(r.response.id);
  // Only a question this opportunity asks, while applications are open.
  if (!r.live || !r.pages.includes(questionId)) return <PageNotFound />;
  const answersPage = applicationPath(r.brief.id, r.response.id);
  // From the answers page, or once submitted, a page goes back to the answers; otherwise on through the pages.
  const returns = editing || r.submitted;
  const previous = previousPage(r.pages, questionId);
  const back = returns ? answersPage : previous ? questionPath(r.brief.id, r.response.id, previous) : startPath(r.brief.id);
  const onSaved = async () => {
    if (returns) return navigate(answersPage, r.submitted ? flash('Your application has been updated') : undefined);
    const next = nextPage(r.pages, questionId);
    return navigate(next ? questionPath(r.brief.id, r.response.id, next) : answersPage);
  };
  return (
    <>
      <BackLink href={back} text={returns ? 'Back to your application' : 'Back to previous page'} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionPage
            key={questionId}
            form={r.form}
            questionIds={[questionId]}
            answers={r.answers}
            values={r.values}
            onSave={save}
            onSaved={onSaved}
            caption={<span className="govuk-caption-l">{r.title}</span>}
            submitText={returns ? 'Save and return' : 'Save and continue'}
            secondaryAction={
              returns ? (
                <Link className="govuk-link" href={answersPage}>
                  Cancel
                </Link>
              ) : undefined
            }
          />
        </div>
      </div>
    </>
  );
}

/** S11: one question of the application on its own page, saved with updateBriefResponse; `…/edit` returns to the answers. */
export function ResponseQuestionPage({ editing = false }: { editing?: boolean }) {
  const { questionId = '' } = useParams();
  return <ResponseFrame>{(r) => <QuestionForm key={questionId} r={r} questionId={questionId} editing={editing} />}</ResponseFrame>;
}

export function ResponseEditQuestionPage() {
  return <ResponseQuestionPage editing />;
}

/** Carrying on with an application: its first question not answered yet, or its answers page. */
export function ResponseResumePage() {
  return (
    <ResponseFrame>
      {(r) => {
        const page = r.live && !r.submitted ? resumePage(r.pages, r.answers, r.ctx) : null;
        return <Navigate replace to={page ? questionPath(r.brief.id, r.response.id, page) : applicationPath(r.brief.id, r.response.id)} />;
      }}
    </ResponseFrame>
  );
}
