import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202024209 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "payment_decision" ("id" text not null, "cart_id" text not null, "payment_session_id" text null, "payment_intent_id" text null, "source" text check ("source" in ('store', 'webhook', 'job')) not null, "outcome" text check ("outcome" in ('order_placed', 'hold_released', 'payment_refunded', 'release_failed')) not null, "order_id" text null, "amount" integer null, "currency_code" text null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_decision_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_decision_deleted_at" ON "payment_decision" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_decision_cart_id" ON "payment_decision" ("cart_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_decision_created_at" ON "payment_decision" ("created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_decision" cascade;`)
  }
}
