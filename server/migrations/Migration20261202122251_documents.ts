import { Migration } from '@mikro-orm/migrations';

export class Migration20261202122251_documents extends Migration {

  override name = 'Migration20261202122251_documents';

  override up(): void | Promise<void> {
    this.addSql(`create type "document_purpose" as enum ('service', 'declaration', 'communication', 'clarification-answers', 'signature-page', 'countersigned-agreement');`);
    this.addSql(`create type "scan_status" as enum ('pending', 'clean', 'infected', 'failed');`);
    this.addSql(`create table "documents" ("id" uuid not null, "purpose" "document_purpose" not null, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "supplier_id" int null, "framework_id" int null, "question_id" varchar(100) null, "object_id" varchar(50) null, "uploaded_by_user_id" int null, "created_at" timestamptz not null, "scan_status" "scan_status" not null default 'pending', "scan_detail" varchar(255) null, "scan_engine" varchar(255) null, "scanned_at" timestamptz null, "scan_attempts" smallint not null default 0, "stored_at" timestamptz null, "deleted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "documents_supplier_id_index" on "documents" ("supplier_id");`);
    this.addSql(`create index "documents_scan_status_index" on "documents" ("scan_status");`);
    this.addSql(`create index "documents_purpose_object_id_index" on "documents" ("purpose", "object_id");`);

    this.addSql(`create table "document_rescans" ("id" serial primary key, "requested_by_user_id" int not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "total" int not null, "scanned" int not null default 0, "infected" int not null default 0, "cursor" uuid null);`);

    this.addSql(`alter type "audit_type" add value if not exists 'upload_document' after 'brief_applications_closed';`);
    this.addSql(`alter type "audit_type" add value if not exists 'scan_document' after 'upload_document';`);
    this.addSql(`alter type "audit_type" add value if not exists 'generate_document' after 'scan_document';`);
    this.addSql(`alter type "audit_type" add value if not exists 'download_agreement_document' after 'generate_document';`);
    this.addSql(`alter type "audit_type" add value if not exists 'delete_document' after 'download_agreement_document';`);
    this.addSql(`alter type "audit_type" add value if not exists 'rescan_documents' after 'delete_document';`);

    this.addSql(`alter table "email_messages" add "attachments" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "documents" cascade;`);
    this.addSql(`drop table if exists "document_rescans" cascade;`);

    this.addSql(`alter table "email_messages" drop column "attachments";`);

    this.addSql(`drop type "document_purpose";`);
    this.addSql(`drop type "scan_status";`);
  }

}
