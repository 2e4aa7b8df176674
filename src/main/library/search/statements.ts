/**
 * Prepared statements kept per connection, for queries run on every search: preparing costs more
 * than running them.
 */
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(db: Database.Database, sql: string): Database.Statement {
  let map = cache.get(db);
  if (!map) cache.set(db, (map = new Map()));
  let prepared = map.get(sql);
  if (!prepared) map.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
