import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from '../../shared/json.js';

/** The forms of the service, each one of the framework content's manifests (dm-frameworks §2.5). */
export enum FormName {
  SERVICE_SUBMISSION = 'edit_submission',
  SERVICE_LIVE_EDIT = 'edit_service',
  SERVICE_ADMIN_EDIT = 'edit_service_as_admin',
  DECLARATION = 'declaration',
  BRIEF = 'edit_brief',
  BRIEF_RESPONSE = 'edit_brief_response',
  BRIEF_AWARD = 'award_brief',
}
registerEnumType(FormName, {
  name: 'FormName',
  description: 'A form of the service, as the framework content defines it.',
  valuesConfig: {
    SERVICE_SUBMISSION: { description: "A draft service of a supplier's application (edit_submission)." },
    SERVICE_LIVE_EDIT: { description: 'What a supplier may change on a live service (edit_service).' },
    SERVICE_ADMIN_EDIT: { description: 'Every question of a live service, for admins (edit_service_as_admin).' },
    DECLARATION: { description: "A supplier's declaration for a framework." },
    BRIEF: { description: "A buyer's requirements (edit_brief)." },
    BRIEF_RESPONSE: { description: "A supplier's response to requirements (edit_brief_response)." },
    BRIEF_AWARD: { description: 'The details of a contract awarded (award_brief).' },
  },
});

@ObjectType({ description: 'A choice of a radios, checkboxes or checkbox-tree question (a tree flattened in order, each choice naming its parent).' })
export class FormOption {
  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'What the answer stores (the label when the content gives no value).' })
  value!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Checkbox trees: the value of the choice this one is nested under.' })
  parentValue?: string | null;
}

@ObjectType({ description: 'A question shown only for some lots (or other answers).' })
export class FormDependency {
  @Field(() => String)
  on!: string;

  @Field(() => [String])
  being!: string[];
}

@ObjectType({ description: 'What an answer may be: lengths, word counts, numbers, list sizes, formats.' })
export class FormLimits {
  @Field(() => Int, { nullable: true, description: 'Most characters.' })
  maxLength?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most words.' })
  maxWords?: number | null;

  @Field(() => Number, { nullable: true })
  minValue?: number | null;

  @Field(() => Number, { nullable: true })
  maxValue?: number | null;

  @Field(() => Boolean, { nullable: true })
  integerOnly?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Most items (lists, checkboxes).' })
  maxItems?: number | null;

  @Field(() => String, { nullable: true, description: 'A format the answer must have, e.g. email.' })
  format?: string | null;
}

@ObjectType({ description: 'A named validation of the content and the message a person sees when it fails.' })
export class FormValidation {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => String, { nullable: true, description: 'The answer key it checks, when not the question’s own (a part of a pricing question).' })
  field?: string | null;
}

@ObjectType({ description: 'A question of a form. Question, hint and advice are the content’s trusted HTML.' })
export class FormQuestion {
  @Field(() => String, { description: 'Its answer key (a multiquestion or pricing question stores its children’s keys instead).' })
  id!: string;

  @Field(() => String, {
    description: 'text, textbox_large, radios, checkboxes, checkbox_tree, boolean, list, boolean_list, date, number, pricing, upload, multiquestion, dynamic_list, service_id.',
  })
  type!: string;

  @Field(() => String, { nullable: true, description: 'A short name (summary rows, error messages).' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  question?: string | null;

  @Field(() => String, { nullable: true })
  hint?: string | null;

  @Field(() => String, { nullable: true, description: 'Longer guidance, shown in a details component.' })
  questionAdvice?: string | null;

  @Field(() => Boolean)
  optional!: boolean;

  @Field(() => [FormOption])
  options!: FormOption[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Follow-up question ids → the answers of this question that show them.' })
  followup?: Record<string, unknown> | null;

  @Field(() => [FormDependency])
  depends!: FormDependency[];

  @Field(() => FormLimits)
  limits!: FormLimits;

  @Field(() => String, { nullable: true, description: 'A unit shown beside a number (e.g. %).' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'before or after' })
  unitPosition?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Pricing: its parts (price_min, price_max, price_unit, …) → the answer keys they store.' })
  fields?: Record<string, string> | null;

  @Field(() => [String], { description: 'Pricing: the parts that may be left empty.' })
  optionalFields!: string[];

  @Field(() => Boolean, { description: 'Pricing: pounds and pence only.' })
  decimalPlaceRestriction!: boolean;

  @Field(() => String, { nullable: true, description: 'Dynamic lists: the field of the object whose items each get a copy of the questions (e.g. brief.essentialRequirements).' })
  dynamicField?: string | null;

  @Field(() => String, { nullable: true, description: 'A group of optional multiquestions of which at least one must be answered.' })
  anyOf?: string | null;

  @Field(() => [FormValidation])
  validations!: FormValidation[];

  @Field(() => String, { nullable: true, description: 'The multiquestion or dynamic list it belongs to.' })
  parentId?: string | null;

  @Field(() => [String], { description: 'Multiquestion and dynamic-list children, in order (their questions are in the form’s list too).' })
  childIds!: string[];
}

@ObjectType({ description: 'One page of a form: the questions saved together by "Save and continue".' })
export class FormPage {
  @Field(() => String, { description: 'Its place in the address, unique in the form.' })
  slug!: string;

  @Field(() => [String], { description: 'Its top-level questions, in order.' })
  questionIds!: string[];
}

@ObjectType({ description: 'A section of a form, summarised on one "check your answers" page.' })
export class FormSection {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  summaryPageDescription?: string | null;

  @Field(() => Boolean, { description: 'Whether it can be changed at all (its pages are empty when not).' })
  editable!: boolean;

  @Field(() => Boolean, { description: 'Declarations: answers may be copied from an earlier declaration.' })
  prefill!: boolean;

  @Field(() => Int, { nullable: true, description: 'Briefs: the step of the overview it belongs to (1 write, 2 shortlist and evaluate, 3 publish).' })
  step?: number | null;

  @Field(() => [String], { description: 'Its top-level questions, in order (for the summary).' })
  questionIds!: string[];

  @Field(() => [FormPage], { description: 'The pages it is edited on: the whole section on one, or one per question.' })
  pages!: FormPage[];
}

@ObjectType({ description: 'A form of the service for a framework (and lot): the content a renderer needs.' })
export class Form {
  @Field(() => FormName)
  name!: FormName;

  @Field(() => String)
  frameworkSlug!: string;

  @Field(() => String, { nullable: true })
  lotSlug?: string | null;

  @Field(() => [FormSection])
  sections!: FormSection[];

  @Field(() => [FormQuestion], { description: 'Every question of the form, children included, in order; sections and pages name them by id.' })
  questions!: FormQuestion[];
}
