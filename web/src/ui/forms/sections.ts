import type { FormSection, FrameworkForm } from './frameworkForm';
import { dependsMet } from './questions/group';
import { questionContext } from './questions/model';

/** A section of a live-edit form that may be edited, by its slug; undefined for any other (the page is then not found). */
export const editableSection = (form: FrameworkForm, slug: string): FormSection | undefined => form.sections.find((s) => s.slug === slug && s.editable && s.pages.length > 0);

/** The questions a section's edit page asks: its pages', but those that do not apply to the service's lot. */
export function sectionQuestionIds(form: FrameworkForm, section: FormSection): string[] {
  const ctx = questionContext(form);
  return section.pages
    .flatMap((p) => p.questionIds)
    .filter((id) => {
      const question = ctx.index.top(id);
      return question ? dependsMet(question, ctx) : false;
    });
}
