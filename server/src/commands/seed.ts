import type { MikroORM } from '@mikro-orm/postgresql';
import { seedDemo } from '../../seeds/demo.js';
import { seedReference } from '../../seeds/reference.js';
import type { Indexing } from '../modules/search/search.indices.js';
import { reindexAll } from '../modules/search/search.sync.js';
import type { DocumentStorage } from '../app/storage-port.js';

/** Reference data, then (when `demo`) the demo data, its documents written to `storage`; then the search index. */
export async function seedAll(orm: MikroORM, indexing: Indexing, demo: boolean, storage?: DocumentStorage): Promise<string[]> {
  const done: string[] = [];
  const ref = await seedReference(orm.em.fork());
  done.push(`reference data: ${ref.frameworks} frameworks, ${ref.lots} lots, ${ref.buyerEmailDomains} buyer email domains`);
  if (demo) {
    const result = await seedDemo(orm.em.fork(), indexing.clock, storage ? { storage, content: indexing.content } : undefined);
    done.push(result.created.length ? `demo data: ${result.created.join(', ')}` : 'demo data: already loaded');
  }
  // Data loads write rows directly: bring the search index up to date with them.
  const indexed = await reindexAll(orm.em.fork(), indexing);
  done.push(`search index: ${indexed.services} services and ${indexed.briefs} opportunities indexed`);
  return done;
}
