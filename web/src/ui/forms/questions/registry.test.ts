import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, questionType } from './registry';
import { FORMS } from './testing';

describe('the registry of question types', () => {
  it('has a renderer for every type the content uses', () => {
    const used = new Set(Object.values(FORMS).flatMap((form) => form.questions.map((q) => q.type)));
    for (const type of [
      'text',
      'textbox_large',
      'radios',
      'checkboxes',
      'checkbox_tree',
      'boolean',
      'list',
      'boolean_list',
      'date',
      'number',
      'pricing',
      'multiquestion',
      'dynamic_list',
      'upload',
      'service_id',
    ])
      used.add(type);
    expect([...used].filter((t) => !(t in QUESTION_TYPES))).toEqual([]);
  });

  it('refuses a type it does not know, never skipping the question', () => {
    expect(() => questionType({ ...FORMS.award.questions[0]!, type: 'hologram' })).toThrow('No renderer for questions of type "hologram"');
  });
});
