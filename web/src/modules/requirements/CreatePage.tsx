import { useMutation } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useFrameworkForm } from '../../ui/forms/frameworkForm';
import { QuestionPage } from '../../ui/forms/QuestionPage';
import { BackLink } from '../../ui/govuk/BackLink';
import { Link } from '../../ui/govuk/links';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import type { RequirementFrameworkQuery } from '../../gql/graphql';
import { RequirementBreadcrumbs } from './RequirementFrame';
import { requirementHref, startHref } from './paths';
import { editableSections } from './progress';
import { CreateRequirementDocument } from './queries';
import { WithRequirementLot } from './StartPage';

type Framework = RequirementFrameworkQuery['framework'];
type Lot = Framework['lots'][number];

function Create({ framework, lot }: { framework: Framework; lot: Lot }) {
  const { form, loading, error } = useFrameworkForm('BRIEF', framework.slug, lot.slug);
  const [create] = useMutation(CreateRequirementDocument, { refetchQueries: ['MyRequirements'] });
  const navigate = useNavigate();
  const created = useRef<string | null>(null);
  const onSave = useCallback(
    async (answers: Record<string, unknown>) => {
      const result = await create({ variables: { frameworkSlug: framework.slug, lotSlug: lot.slug, answers } });
      if (result.error) throw result.error;
      created.current = result.data?.createBrief.id ?? null;
    },
    [create, framework.slug, lot.slug],
  );
  if (loading && !form) return <p className="govuk-body">Loading…</p>;
  const first = form && editableSections(form)[0];
  if (error || !form || !first) return <ServiceProblem />;
  const back = startHref(framework.slug, lot.slug);
  return (
    <>
      <RequirementBreadcrumbs trail={[{ label: lot.name, to: back }, { label: 'Create requirement' }]} />
      <BackLink href={back}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionPage
            form={form}
            questionIds={first.questionIds.slice(0, 1)}
            answers={{}}
            onSave={onSave}
            onSaved={() => (created.current ? navigate(requirementHref(framework.slug, lot.slug, created.current)) : undefined)}
            caption={<span className="govuk-caption-l">{lot.name}</span>}
            secondaryAction={
              <Link className="govuk-link" href={back}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

/** B4: a requirement starts with its first question (its title); saving it creates the draft and shows its task list. */
export function CreatePage() {
  return <WithRequirementLot>{(framework, lot) => <Create framework={framework} lot={lot} />}</WithRequirementLot>;
}
