import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122021729 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_cooperative_id_unique";`)
    this.addSql(`alter table if exists "artisan" drop constraint if exists "artisan_handle_unique";`)
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`)
    this.addSql(
      `create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name" text not null, "community" text not null, "municipality" text not null, "region" text check ("region" in ('Altos', 'Selva', 'Frailesca', 'Centro', 'Norte', 'Sierra', 'Costa', 'Soconusco', 'Fronteriza')) not null, "latitude" real not null, "longitude" real not null, "founded_year" integer null, "member_families" integer null, "languages" text[] not null default '{}', "crafts" text[] not null default '{}', "story_en" text not null default '', "story_es" text not null default '', "logo_url" text null, "cover_url" text null, "contact_email" text null, "contact_phone" text null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "artisan" ("id" text not null, "handle" text not null, "name" text not null, "craft" text not null, "bio_en" text not null default '', "bio_es" text not null default '', "portrait_url" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_handle_unique" ON "artisan" ("handle") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_cooperative_id" ON "artisan" ("cooperative_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_deleted_at" ON "artisan" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "exchange_rate" ("id" text not null, "from_currency" text not null, "to_currency" text not null, "rate" text not null, "set_by" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exchange_rate_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exchange_rate_deleted_at" ON "exchange_rate" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_exchange_rate_from_currency_to_currency_created_at" ON "exchange_rate" ("from_currency", "to_currency", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "payout_account" ("id" text not null, "method" text check ("method" in ('spei', 'stripe_connect')) not null default 'spei', "account_holder" text not null, "clabe" text null, "stripe_account_id" text null, "currency_code" text not null default 'mxn', "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_cooperative_id_unique" ON "payout_account" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "producer_price" ("id" text not null, "amount" numeric not null, "currency_code" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_price_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_price_deleted_at" ON "producer_price" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `alter table if exists "artisan" add constraint "artisan_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "payout_account" add constraint "payout_account_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "artisan" drop constraint if exists "artisan_cooperative_id_foreign";`)

    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_cooperative_id_foreign";`)

    this.addSql(`drop table if exists "cooperative" cascade;`)

    this.addSql(`drop table if exists "artisan" cascade;`)

    this.addSql(`drop table if exists "exchange_rate" cascade;`)

    this.addSql(`drop table if exists "payout_account" cascade;`)

    this.addSql(`drop table if exists "producer_price" cascade;`)
  }
}
