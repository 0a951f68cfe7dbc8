import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What a document is for: it decides who may upload it, its type and size rules, and who may read it. */
export enum DocumentPurpose {
  /** A supplier's answer to an upload question of a service (pricing document, terms, SFIA rate card…). */
  SERVICE = 'service',
  /** A supplier's answer to an upload question of a framework declaration (modern slavery statement). */
  DECLARATION = 'declaration',
  /** A framework manager's communication to suppliers (Open Document or CSV). */
  COMMUNICATION = 'communication',
  /** A framework manager's published clarification answers (PDF). */
  CLARIFICATION_ANSWERS = 'clarification-answers',
  /** The supplier's signature page, generated when it signs its framework agreement. */
  SIGNATURE_PAGE = 'signature-page',
  /** The countersigned framework agreement, generated when CCS countersigns. */
  COUNTERSIGNED_AGREEMENT = 'countersigned-agreement',
}
registerEnumType(DocumentPurpose, { name: 'DocumentPurpose', description: 'What a document is for.' });

/** Where a document is in its scan: only a clean one can ever be downloaded. */
export enum ScanStatus {
  /** In quarantine, waiting for the virus scanner (or for it to come back). */
  PENDING = 'pending',
  CLEAN = 'clean',
  /** The scanner found a virus: the file was deleted and is never served. */
  INFECTED = 'infected',
  /** The scanner could not read the file (too large for it, malformed archive…): never served. */
  FAILED = 'failed',
}
registerEnumType(ScanStatus, { name: 'ScanStatus', description: 'Where a document is in its virus scan.' });

/** A file someone uploaded or the service generated, with its scan verdict. The bytes are in the document storage. */
@ObjectType({ description: 'An uploaded or generated file. It can be downloaded only once scanned clean.' })
@Entity({ tableName: 'documents' })
@Index({ properties: ['purpose', 'objectId'] })
export class Document {
  [OptionalProps]?: 'scanStatus' | 'scanAttempts';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => DocumentPurpose)
  @Enum({ items: () => DocumentPurpose, nativeEnumName: 'document_purpose' })
  purpose!: DocumentPurpose;

  /** The file name as shown and offered for saving (made safe on upload). */
  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** The type the content was recognised as (not the one the browser claimed). */
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** The supplier whose document it is (service, declaration and agreement documents). */
  @Property({ type: 'integer', nullable: true })
  @Index()
  supplierId?: number | null;

  @Property({ type: 'integer', nullable: true })
  frameworkId?: number | null;

  /** The question it answers (service and declaration documents). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  questionId?: string | null;

  /** The object it belongs to, when not a question's answer (the agreement of a signature page). */
  @Property({ type: 'string', length: 50, nullable: true })
  objectId?: string | null;

  /** Null for generated documents. */
  @Property({ type: 'integer', nullable: true })
  uploadedByUserId?: number | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => ScanStatus)
  @Enum({ items: () => ScanStatus, nativeEnumName: 'scan_status', default: ScanStatus.PENDING })
  @Index()
  scanStatus: ScanStatus = ScanStatus.PENDING;

  /** The signature clamd named (infected), or why the scan failed. */
  @Field(() => String, { nullable: true, description: 'The virus found, or why the file could not be scanned.' })
  @Property({ type: 'string', length: 255, nullable: true })
  scanDetail?: string | null;

  /** The engine and signature database version that gave the verdict ("generated" for our own files). */
  @Property({ type: 'string', length: 255, nullable: true })
  scanEngine?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  scannedAt?: Date | null;

  @Property({ type: 'smallint', default: 0 })
  scanAttempts: number = 0;

  /** When the clean file was moved out of quarantine: downloadable from then on. */
  @Property({ type: 'datetime', nullable: true })
  storedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;
}
