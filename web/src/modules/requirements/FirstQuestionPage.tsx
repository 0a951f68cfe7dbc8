import { Navigate } from 'react-router';
import { editHref } from './paths';
import { editableSections } from './progress';
import { isDraft, RequirementFrame } from './RequirementFrame';
import { ServiceProblem } from '../../ui/pages/ErrorPages';

/** A copy starts at its first question (its title, to change): the form says which that is. */
export function FirstQuestionPage() {
  return (
    <RequirementFrame allow={isDraft}>
      {({ requirement, form }) => {
        const section = editableSections(form)[0];
        if (!section) return <ServiceProblem />;
        return <Navigate replace to={editHref(requirement.framework.slug, requirement.lot.slug, requirement.id, section.slug, section.questionIds[0]!)} />;
      }}
    </RequirementFrame>
  );
}
