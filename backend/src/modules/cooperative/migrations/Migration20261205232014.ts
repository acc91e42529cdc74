import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205232014 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" add column if not exists "crafts_es" text[] not null default '{}';`)

    this.addSql(`alter table if exists "artisan" add column if not exists "craft_es" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop column if exists "crafts_es";`)

    this.addSql(`alter table if exists "artisan" drop column if exists "craft_es";`)
  }
}
