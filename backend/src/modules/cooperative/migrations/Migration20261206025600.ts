import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206025600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_parcel" drop constraint if exists "cooperative_parcel_order_id_cooperative_id_unique";`)
    this.addSql(
      `create table if not exists "cooperative_parcel" ("id" text not null, "order_id" text not null, "cooperative_id" text not null, "status" text check ("status" in ('pending', 'ready', 'handed_to_carrier')) not null default 'pending', "ready_at" timestamptz null, "ready_by" text null, "ready_mutation_id" text null, "handed_at" timestamptz null, "handed_by" text null, "handed_mutation_id" text null, "carrier" text null, "tracking_number" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_parcel_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_parcel_deleted_at" ON "cooperative_parcel" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_parcel_order_id_cooperative_id_unique" ON "cooperative_parcel" ("order_id", "cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_parcel_cooperative_id_status" ON "cooperative_parcel" ("cooperative_id", "status") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_parcel" cascade;`)
  }
}
