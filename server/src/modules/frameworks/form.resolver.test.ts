import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const QUESTION = `id type name question hint questionAdvice optional options { label value description parentValue } followup depends { on being }
  limits { maxLength maxWords minValue maxValue integerOnly maxItems format } unit unitPosition fields optionalFields decimalPlaceRestriction dynamicField anyOf
  validations { name message field } upload { kinds maxBytes typeMessage sizeMessage } parentId childIds`;
const FORM = `query ($name: FormName!, $f: String!, $l: String) { form(name: $name, frameworkSlug: $f, lotSlug: $l) {
  name frameworkSlug lotSlug sections { name slug description editable prefill step questionIds pages { slug questionIds } } questions { ${QUESTION} } } }`;

interface Q {
  id: string;
  type: string;
  optional: boolean;
  options: Array<{ label: string; value: string; parentValue: string | null }>;
  followup: Record<string, unknown> | null;
  limits: Record<string, unknown>;
  fields: Record<string, string> | null;
  optionalFields: string[];
  decimalPlaceRestriction: boolean;
  dynamicField: string | null;
  anyOf: string | null;
  unit: string | null;
  validations: Array<{ name: string; message: string | null; field: string | null }>;
  upload: { kinds: string[]; maxBytes: number; typeMessage: string } | null;
  parentId: string | null;
  childIds: string[];
}
interface F {
  form: {
    sections: Array<{
      name: string;
      slug: string;
      editable: boolean;
      prefill: boolean;
      step: number | null;
      questionIds: string[];
      pages: Array<{ slug: string; questionIds: string[] }>;
    }>;
    questions: Q[];
  };
}
const all = (f: F) => f.form.questions;

describe('the forms of the framework content', () => {
  it('serve a G-Cloud 13 service as sections edited a question a page, with every property a renderer needs', async () => {
    const res = await app.gql<F>(FORM, { name: 'SERVICE_SUBMISSION', f: 'g-cloud-13', l: 'cloud-hosting' });
    expect(res.errors).toBeUndefined();
    const questions = all(res.data!);
    const byId = new Map(questions.map((q) => [q.id, q]));
    expect(new Set(questions.map((q) => q.type))).toEqual(
      new Set(['text', 'textbox_large', 'checkboxes', 'checkbox_tree', 'multiquestion', 'boolean', 'radios', 'list', 'pricing', 'upload']),
    );
    expect(byId.get('serviceName')).toMatchObject({ type: 'text', optional: false, limits: { maxLength: 100 } });
    expect(byId.get('pricingDocumentURL')).toMatchObject({
      type: 'upload',
      upload: { kinds: ['pdf', 'odf'], maxBytes: 5 * 1024 * 1024, typeMessage: expect.stringMatching(/open format/) },
    });
    const price = questions.find((q) => q.type === 'pricing')!;
    expect(price.fields).toMatchObject({ minimum_price: 'priceMin', maximum_price: 'priceMax', price_unit: 'priceUnit' });
    // A pricing question's messages name the part they are about.
    expect(price.validations).toContainEqual({ name: 'answer_required', field: 'priceUnit', message: expect.stringMatching(/^Pricing unit requires an answer/) });
    expect(byId.get('serviceName')!.validations.every((v) => v.field === null)).toBe(true);
    const checkboxTree = questions.find((q) => q.type === 'checkbox_tree');
    expect(checkboxTree?.options.length).toBeGreaterThan(0);
    expect(questions.some((q) => q.followup && Object.keys(q.followup).length)).toBe(true);
    // Only this lot's questions; sections with edit_questions have one page per question.
    expect(questions.filter((q) => q.id === 'serviceCategories')).toHaveLength(1);
    const section = res.data!.form.sections.find((s) => s.pages.length > 1)!;
    expect(section.pages.map((p) => p.slug)).toEqual(section.questionIds);
    // Every id a section, page or question names is a question of the form; children name their parent.
    const named = res.data!.form.sections.flatMap((s) => [...s.questionIds, ...s.pages.flatMap((p) => p.questionIds)]).concat(questions.flatMap((q) => q.childIds));
    expect(named.filter((id) => !byId.has(id))).toEqual([]);
    for (const q of questions) for (const c of q.childIds) expect(byId.get(c)!.parentId).toBe(q.id);
    // Checkbox trees arrive flat, each nested choice naming its parent (cloud software's categories nest).
    const software = all((await app.gql<F>(FORM, { name: 'SERVICE_SUBMISSION', f: 'g-cloud-13', l: 'cloud-software' })).data!);
    const tree = software.find((q) => q.type === 'checkbox_tree')!;
    const nested = tree.options.filter((o) => o.parentValue !== null);
    expect(nested.length).toBeGreaterThan(0);
    for (const o of nested) expect(tree.options.map((p) => p.value)).toContain(o.parentValue);
  });

  it('serve a DOS 5 brief response with its dynamic lists, and brief sections with their steps', async () => {
    const response = await app.gql<F>(FORM, { name: 'BRIEF_RESPONSE', f: 'digital-outcomes-and-specialists-5', l: 'digital-specialists' });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(all(response.data!).find((q) => q.type === 'dynamic_list')).toMatchObject({ dynamicField: expect.stringMatching(/Requirements$/) });
    const brief = await app.gql<F>(FORM, { name: 'BRIEF', f: 'digital-outcomes-and-specialists-5', l: 'digital-outcomes' });
    expect(brief.errors).toBeUndefined();
    expect(new Set(brief.data!.form.sections.map((s) => s.step))).toEqual(new Set([1, 2, 3]));
    const declaration = await app.gql<F>(FORM, { name: 'DECLARATION', f: 'g-cloud-13' });
    expect(declaration.data!.form.sections.some((s) => s.prefill)).toBe(true);
    expect(all(declaration.data!).find((q) => q.id === 'modernSlaveryStatement')?.upload).not.toBeNull();
  });

  it('is NOT_FOUND for a framework, lot or form that does not exist', async () => {
    for (const variables of [
      { name: 'SERVICE_SUBMISSION', f: 'g-cloud-99', l: 'cloud-hosting' },
      { name: 'SERVICE_SUBMISSION', f: 'g-cloud-13', l: 'no-such-lot' },
      { name: 'BRIEF', f: 'g-cloud-13', l: 'cloud-hosting' },
    ]) {
      const res = await app.gql(FORM, variables);
      expect(res.errors![0]!.extensions!.code, JSON.stringify(variables)).toBe('NOT_FOUND');
    }
  });
});
