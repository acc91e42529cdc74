import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206023342 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_earning_line_item_id_unique";`)
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_entry_key_unique";`)
    this.addSql(
      `create table if not exists "ledger_entry" ("id" text not null, "entry_key" text not null, "cooperative_id" text not null, "type" text check ("type" in ('earning', 'reversal', 'advance', 'advance_recoupment', 'payout', 'payout_failed', 'adjustment')) not null, "amount" integer not null, "currency_code" text not null, "order_id" text null, "line_item_id" text null, "return_id" text null, "refund_id" text null, "payout_id" text null, "snapshot" jsonb null, "actor_type" text check ("actor_type" in ('system', 'user')) not null, "actor_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_entry_key_unique" ON "ledger_entry" ("entry_key");`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_earning_line_item_id_unique" ON "ledger_entry" ("line_item_id") WHERE type = 'earning' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_cooperative_id_created_at" ON "ledger_entry" ("cooperative_id", "created_at");`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_payout_id" ON "ledger_entry" ("payout_id");`)

    // Written by hand (db:generate cannot express these): the ledger's rules, kept by the database itself.
    // Amounts are bigint centavos: no ceiling of 21 million pesos on one entry.
    this.addSql(`alter table "ledger_entry" alter column "amount" type bigint;`)
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_amount_not_zero" check ("amount" <> 0);`)
    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_amount_sign" check (
        ("type" not in ('earning', 'payout_failed') or "amount" > 0) and ("type" not in ('reversal', 'payout') or "amount" < 0));`
    )
    // Append-only: every UPDATE (soft delete and restore are UPDATEs of deleted_at) and DELETE is refused.
    this.addSql(
      `create or replace function "ledger_entry_refuse_change"() returns trigger language plpgsql as $$
       begin
         raise exception 'ledger_entry is append-only: % refused; a correction is a new entry', tg_op
           using errcode = 'restrict_violation';
       end $$;`
    )
    this.addSql(`drop trigger if exists "ledger_entry_append_only" on "ledger_entry";`)
    this.addSql(
      `create trigger "ledger_entry_append_only" before update or delete on "ledger_entry"
       for each row execute function "ledger_entry_refuse_change"();`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`)
    this.addSql(`drop function if exists "ledger_entry_refuse_change"();`)
  }
}
