import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205232105 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stock_change" drop constraint if exists "stock_change_actor_id_client_mutation_id_unique";`)
    this.addSql(`alter table if exists "coordinator_invite" drop constraint if exists "coordinator_invite_token_hash_unique";`)
    this.addSql(`alter table if exists "coordinator" drop constraint if exists "coordinator_email_unique";`)
    this.addSql(
      `create table if not exists "coordinator" ("id" text not null, "name" text not null, "email" text not null, "phone" text null, "preferred_language" text check ("preferred_language" in ('es', 'en')) not null default 'es', "status" text check ("status" in ('invited', 'active', 'disabled')) not null default 'invited', "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coordinator_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coordinator_email_unique" ON "coordinator" ("email") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_cooperative_id" ON "coordinator" ("cooperative_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_deleted_at" ON "coordinator" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "coordinator_invite" ("id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "coordinator_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coordinator_invite_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coordinator_invite_token_hash_unique" ON "coordinator_invite" ("token_hash") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coordinator_invite_coordinator_id" ON "coordinator_invite" ("coordinator_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coordinator_invite_deleted_at" ON "coordinator_invite" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stock_change" ("id" text not null, "cooperative_id" text not null, "actor_type" text check ("actor_type" in ('coordinator', 'user')) not null, "actor_id" text not null, "client_mutation_id" text not null, "source" text check ("source" in ('portal', 'offline_sync', 'admin')) not null, "variant_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "outcome" text check ("outcome" in ('applied', 'refused', 'conflict')) not null, "previous_quantity" integer not null, "new_quantity" integer not null, "reserved_quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_change_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_change_deleted_at" ON "stock_change" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_change_actor_id_client_mutation_id_unique" ON "stock_change" ("actor_id", "client_mutation_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_change_cooperative_id_created_at" ON "stock_change" ("cooperative_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "coordinator" add constraint "coordinator_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "coordinator_invite" add constraint "coordinator_invite_coordinator_id_foreign" foreign key ("coordinator_id") references "coordinator" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "coordinator_invite" drop constraint if exists "coordinator_invite_coordinator_id_foreign";`)

    this.addSql(`drop table if exists "coordinator" cascade;`)

    this.addSql(`drop table if exists "coordinator_invite" cascade;`)

    this.addSql(`drop table if exists "stock_change" cascade;`)
  }
}
