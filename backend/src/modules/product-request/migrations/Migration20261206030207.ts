import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206030207 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_request" drop constraint if exists "product_request_coordinator_id_client_request_id_unique";`
    )
    this.addSql(
      `create table if not exists "product_request" ("id" text not null, "cooperative_id" text not null, "coordinator_id" text not null, "client_request_id" text not null, "status" text check ("status" in ('pending', 'returned', 'approved')) not null default 'pending', "title_es" text not null, "story_es" text not null, "materials" text not null, "technique" text not null, "producer_price_amount" integer not null, "producer_price_currency" text not null, "stock" integer not null, "revision" integer not null default 1, "staff_comment" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "product_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_request_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_request_deleted_at" ON "product_request" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_request_coordinator_id_client_request_id_unique" ON "product_request" ("coordinator_id", "client_request_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_request_cooperative_id_status" ON "product_request" ("cooperative_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_request_status_created_at" ON "product_request" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "product_request_image" ("id" text not null, "cooperative_id" text not null, "coordinator_id" text not null, "file_id" text not null, "url" text not null, "mime_type" text not null, "width" integer not null, "height" integer not null, "size_bytes" integer not null, "sha256" text not null, "position" integer not null default 0, "request_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_request_image_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_request_image_request_id" ON "product_request_image" ("request_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_request_image_deleted_at" ON "product_request_image" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_request_image_coordinator_id_sha256" ON "product_request_image" ("coordinator_id", "sha256") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_request_image_cooperative_id" ON "product_request_image" ("cooperative_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "product_request_image" add constraint "product_request_image_request_id_foreign" foreign key ("request_id") references "product_request" ("id") on update cascade on delete cascade;`
    )

    // Written by hand (db:generate cannot express them): a request's numbers are sane whoever writes them.
    this.addSql(
      `alter table "product_request" add constraint "product_request_producer_price_positive" check ("producer_price_amount" > 0);`
    )
    this.addSql(`alter table "product_request" add constraint "product_request_stock_not_negative" check ("stock" >= 0);`)
    this.addSql(`alter table "product_request" add constraint "product_request_revision_positive" check ("revision" >= 1);`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_request_image" drop constraint if exists "product_request_image_request_id_foreign";`)

    this.addSql(`drop table if exists "product_request" cascade;`)

    this.addSql(`drop table if exists "product_request_image" cascade;`)
  }
}
