import { Migration } from '@mikro-orm/migrations';

/**
 * Rate-limit counters are written on every request: unlogged, they cost no WAL and no flush at
 * commit. They need not survive a crash (a restart forgets at most a minute's counts) and are not
 * replicated, which suits them: each primary counts for itself.
 */
export class Migration20261202070000_rate_limits_unlogged extends Migration {
  override name = 'Migration20261202070000_rate_limits_unlogged';

  override up(): void | Promise<void> {
    this.addSql(`alter table "rate_limits" set unlogged;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "rate_limits" set logged;`);
  }
}
