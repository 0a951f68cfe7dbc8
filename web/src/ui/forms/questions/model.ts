import type { FrameworkForm } from '../frameworkForm';
import type { TemplateValues } from './template';
import type { Question, QuestionContext, QuestionIndex, UploadTarget } from './types';

const indexes = new WeakMap<FrameworkForm, QuestionIndex>();
const numberings = new WeakMap<FrameworkForm, ReadonlyMap<string, number>>();

/** A form's questions by parent and id (built once per form). */
export function questionIndex(form: FrameworkForm): QuestionIndex {
  let index = indexes.get(form);
  if (!index) {
    const byKey = new Map(form.questions.map((q) => [`${q.parentId ?? ''}/${q.id}`, q]));
    index = {
      top: (id) => byKey.get(`/${id}`),
      children: (question: Question) => question.childIds.map((id) => byKey.get(`${question.id}/${id}`)).filter((q): q is Question => Boolean(q)),
    };
    indexes.set(form, index);
  }
  return index;
}

/** The numbers a declaration gives its questions: one after another through every section. */
export function questionNumbers(form: FrameworkForm): ReadonlyMap<string, number> {
  let numbers = numberings.get(form);
  if (!numbers) {
    numbers = new Map(form.sections.flatMap((s) => s.questionIds).map((id, i) => [id, i + 1]));
    numberings.set(form, numbers);
  }
  return numbers;
}

/** Where a form's uploads go: a declaration's, or a service's of its lot (other forms take no files). */
export function uploadTarget(form: FrameworkForm): UploadTarget | undefined {
  if (form.name === 'DECLARATION') return { purpose: 'declaration', framework: form.frameworkSlug };
  if (form.name.startsWith('SERVICE_')) return { purpose: 'service', framework: form.frameworkSlug, lot: form.lotSlug };
  return undefined;
}

const withSupplier = (target: UploadTarget | undefined, supplier: string | undefined): UploadTarget | undefined => (target && supplier ? { ...target, supplier } : target);

export interface ContextOptions {
  /** Values the content's templates and `depends` read besides the lot: `brief` for a brief response. */
  values?: TemplateValues;
  /** Number the questions (declarations do). Defaults to whether the form is a declaration. */
  numbered?: boolean;
  /** The supplier whose answers these are, when an admin edits them (uploads are then made for it). */
  uploadFor?: string;
}

/** What the form's questions need to render: the index, numbers, the lot and other values, where files go. */
export function questionContext(form: FrameworkForm, options: ContextOptions = {}): QuestionContext {
  const numbered = options.numbered ?? form.name === 'DECLARATION';
  return {
    index: questionIndex(form),
    numbers: numbered ? questionNumbers(form) : undefined,
    values: { lot: form.lotSlug ?? undefined, lotSlug: form.lotSlug ?? undefined, ...options.values },
    upload: withSupplier(uploadTarget(form), options.uploadFor),
  };
}
