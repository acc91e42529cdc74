import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206025947 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_stripe_transfer_id_unique";`)
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_batch_id_cooperative_id_unique";`)
    this.addSql(
      `create table if not exists "payout_batch" ("id" text not null, "note" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_deleted_at" ON "payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "payout" ("id" text not null, "batch_id" text not null, "cooperative_id" text not null, "method" text check ("method" in ('spei', 'stripe_connect')) not null, "amount" integer not null, "currency_code" text not null, "status" text check ("status" in ('pending', 'paid', 'failed')) not null default 'pending', "account_holder" text not null, "clabe" text null, "stripe_account_id" text null, "reference" text not null, "tracking_key" text null, "stripe_transfer_id" text null, "failure_reason" text null, "paid_at" timestamptz null, "failed_at" timestamptz null, "settled_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_id" ON "payout" ("batch_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_batch_id_cooperative_id_unique" ON "payout" ("batch_id", "cooperative_id");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_cooperative_id_created_at" ON "payout" ("cooperative_id", "created_at");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_status" ON "payout" ("status");`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_stripe_transfer_id_unique" ON "payout" ("stripe_transfer_id") WHERE stripe_transfer_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "payout" add constraint "payout_batch_id_foreign" foreign key ("batch_id") references "payout_batch" ("id") on update cascade;`
    )

    // Written by hand (db:generate cannot express these): a payout's rules, kept by the database itself.
    // Amounts are bigint centavos, as in the ledger.
    this.addSql(`alter table "payout" alter column "amount" type bigint;`)
    this.addSql(`alter table "payout" add constraint "payout_amount_positive" check ("amount" > 0);`)
    this.addSql(`alter table "payout" add constraint "payout_destination" check (
      ("method" <> 'spei' or "clabe" ~ '^[0-9]{18}$') and ("method" <> 'stripe_connect' or "stripe_account_id" like 'acct\\_%'));`)
    // A paid payout names its proof (the bank's tracking key or the Stripe transfer); a failed one says why.
    this.addSql(`alter table "payout" add constraint "payout_settlement" check (
      ("status" <> 'paid' or ("paid_at" is not null and coalesce("tracking_key", "stripe_transfer_id") is not null))
      and ("status" <> 'failed' or ("failed_at" is not null and "failure_reason" is not null))
      and ("status" <> 'pending' or ("paid_at" is null and "failed_at" is null)));`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_batch_id_foreign";`)

    this.addSql(`drop table if exists "payout_batch" cascade;`)

    this.addSql(`drop table if exists "payout" cascade;`)
  }
}
