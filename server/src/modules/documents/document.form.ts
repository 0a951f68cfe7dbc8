import { Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { FormQuestion } from '../frameworks/form.types.js';
import { questionRule } from './document.rules.js';

@ObjectType({ description: 'What an upload question takes.' })
export class FormUploadRule {
  @Field(() => [String], { description: 'pdf, odf (Open Document) or csv.' })
  kinds!: string[];

  @Field(() => Int)
  maxBytes!: number;

  @Field(() => String, { description: 'Shown when the file is of another kind.' })
  typeMessage!: string;

  @Field(() => String, { description: 'Shown when the file is too large.' })
  sizeMessage!: string;
}

@Resolver(() => FormQuestion)
export class FormUploadResolver {
  @FieldResolver(() => FormUploadRule, { nullable: true, description: 'Upload questions: the kinds and size of file the upload (POST /documents) takes.' })
  upload(@Root() question: FormQuestion): FormUploadRule | null {
    if (question.type !== 'upload') return null;
    const rule = questionRule({
      id: question.id,
      file: question.id,
      type: question.type,
      validations: question.validations.map((v) => ({ name: v.name, message: v.message ?? undefined })),
    });
    return { kinds: [...rule.kinds], maxBytes: rule.maxBytes, typeMessage: rule.typeMessage, sizeMessage: rule.sizeMessage };
  }
}
