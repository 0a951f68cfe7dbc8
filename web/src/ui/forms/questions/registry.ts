import { boolean } from './boolean';
import { booleanList } from './booleanList';
import { checkboxes } from './checkboxes';
import { checkboxTree } from './checkboxTree';
import { date } from './date';
import { dynamicList } from './dynamicList';
import { list } from './list';
import { multiquestion } from './multiquestion';
import { number } from './number';
import { pricing } from './pricing';
import { radios } from './radios';
import { serviceId, text } from './text';
import { textboxLarge } from './textboxLarge';
import type { Question, QuestionType } from './types';
import { upload } from './upload';

/** Every question type of the framework content (dm-frameworks §2.3): a new type is one file and one line here. */
// Each type has its own state; the registry holds them side by side.
export const QUESTION_TYPES = {
  text,
  email: text,
  service_id: serviceId,
  textbox_large: textboxLarge,
  radios,
  checkboxes,
  checkbox_tree: checkboxTree,
  boolean,
  list,
  boolean_list: booleanList,
  date,
  number,
  pricing,
  multiquestion,
  dynamic_list: dynamicList,
  upload,
} as unknown as Record<string, QuestionType<unknown>>;

/** The type of a question; a type the renderer does not know is a mistake in the content or here, never skipped. */
export function questionType(question: Question): QuestionType<unknown> {
  const type = QUESTION_TYPES[question.type];
  if (!type) throw new Error(`No renderer for questions of type "${question.type}" (${question.id})`);
  return type;
}
