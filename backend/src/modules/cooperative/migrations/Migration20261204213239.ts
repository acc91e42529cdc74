import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204213239 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative" add column if not exists "status" text check ("status" in ('draft', 'published', 'archived')) not null default 'draft';`
    )
    // Cooperatives that exist already were public: they stay so. New ones start as drafts.
    this.addSql(`update "cooperative" set "status" = 'published';`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop column if exists "status";`)
  }
}
