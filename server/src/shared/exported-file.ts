import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportFormat {
  CSV = 'csv',
  ODS = 'ods',
}
registerEnumType(ExportFormat, { name: 'ExportFormat', description: 'CSV, or an OpenDocument spreadsheet.' });

@ObjectType({ description: 'A file to download, base64-encoded.' })
export class ExportedFile {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => String)
  base64!: string;
}
