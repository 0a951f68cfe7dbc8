// What both benchmarks generate and report alike: the buyer search terms, a corpus of G-Cloud 13
// suppliers and live services (each valid against its lot's JSON Schema), percentiles and the
// machine line.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { initOrm } from '../../server/src/app/db.js';
import { schemasDir } from '../../server/src/commands/schemas.js';
import type { SchemaRegistry } from '../../server/src/modules/frameworks/content/schema-registry.js';
import { Framework } from '../../server/src/modules/frameworks/framework.entity.js';
import { Lot } from '../../server/src/modules/frameworks/lot.entity.js';
import { newServiceId } from '../../server/src/modules/services/service-id.js';
import { Service, ServiceStatus } from '../../server/src/modules/services/service.entity.js';
import { Supplier } from '../../server/src/modules/suppliers/supplier.entity.js';
import { rng, validAnswers } from '../../server/seeds/answers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The real buyer search terms of the original service. */
export const TERMS = readFileSync(path.join(here, 'search-terms.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .map((t) => t.trim())
  .filter(Boolean);
export const LOTS = ['cloud-hosting', 'cloud-software', 'cloud-support'];
const NOUNS = ['platform', 'service', 'hosting', 'software', 'support', 'suite', 'system', 'portal', 'toolkit', 'cloud'];
const titleCase = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());

export const percentile = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

export const machineLine = (engines: string) =>
  `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${engines}`;

export interface CorpusOptions {
  services: number;
  suppliers: number;
  seed: number;
  /** A supplier's name from its number. */
  supplierName: (i: number, term: string) => string;
  /** Turns the generated description into the stored one (default: cut to 500 characters). */
  description?: (text: string) => string;
  onBatch?: (done: number) => void;
}

/** Suppliers and live G-Cloud 13 services spread over the three lots, inserted 1,000 at a time; returns each service's description. */
export async function generateCorpus(orm: Awaited<ReturnType<typeof initOrm>>, registry: SchemaRegistry, opts: CorpusOptions): Promise<Map<string, string>> {
  const em = orm.em.fork();
  const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
  const lots = await em.find(Lot, { slug: { $in: LOTS } });
  const now = new Date();
  const suppliers = Array.from({ length: opts.suppliers }, (_, i) =>
    em.create(Supplier, { name: opts.supplierName(i, titleCase(TERMS[i % TERMS.length]!)), dunsNumber: String(100_000_000 + i), createdAt: now, updatedAt: now }),
  );
  await em.flush();
  const r = rng(opts.seed);
  const schemas = Object.fromEntries(LOTS.map((l) => [l, JSON.parse(readFileSync(path.join(schemasDir, `services-g-cloud-13-${l}.json`), 'utf8')) as Record<string, unknown>]));
  const describe = opts.description ?? ((text: string) => text.slice(0, 500));
  const descriptions = new Map<string, string>();
  let invalid = 0;
  for (let done = 0; done < opts.services;) {
    const rows = [];
    for (let k = 0; k < 1000 && done < opts.services; k++, done++) {
      const lot = lots[done % lots.length]!;
      const data = validAnswers(schemas[lot.slug] as never, r);
      const term = r.pick(TERMS);
      data.serviceName = `${titleCase(term)} ${r.pick(NOUNS)}`.slice(0, 100);
      data.serviceDescription = describe(`${term} ${r.pick(NOUNS)} for public sector organisations: ${r.pick(TERMS)}, ${r.pick(TERMS)} and ${r.pick(TERMS)}.`);
      if (Object.keys(registry.validate('services', 'g-cloud-13', lot.slug, data)).length) invalid++;
      const serviceId = newServiceId();
      descriptions.set(serviceId, String(data.serviceDescription));
      rows.push({
        serviceId,
        supplier: suppliers[done % suppliers.length]!.id,
        framework: g13.id,
        lot: lot.id,
        data,
        status: ServiceStatus.PUBLISHED,
        createdAt: now,
        updatedAt: now,
      });
    }
    await orm.em.fork().insertMany(Service, rows as never);
    opts.onBatch?.(done);
  }
  if (invalid) throw new Error(`${invalid} generated services are not valid against their schema`);
  return descriptions;
}

/** Runs a benchmark's main function as the process: exit 0 when it ends, 1 with its stack when it fails. */
export function runBenchmark(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`${name} failed: ${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
