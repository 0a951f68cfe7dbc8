import pg from 'pg';
import { inject } from 'vitest';

/**
 * Puts a job on one of the stack's real queues, with the queue's own settings but no retries, in
 * pg-boss's table (what pg-boss's send does), and waits until the stack's worker has run it and it
 * has failed. Journeys use it to make a job fail for real: a crafted payload its handler refuses.
 */
export async function failJobForReal(queue: string, data: Record<string, unknown>, timeoutMs = 30_000): Promise<{ id: string; error: string }> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `insert into pgboss.job (name, data, retry_limit, retry_delay, retry_backoff, retry_delay_max, expire_seconds, deletion_seconds, keep_until, dead_letter, policy, heartbeat_seconds)
       select name, $2::jsonb, 0, retry_delay, retry_backoff, retry_delay_max, expire_seconds, deletion_seconds, now() + retention_seconds * interval '1 second', dead_letter, policy, heartbeat_seconds
       from pgboss.queue where name = $1
       returning id::text as id`,
      [queue, JSON.stringify(data)],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error(`no queue ${queue} in the stack`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await client.query<{ state: string; error: string | null }>(
        `select state::text as state, output->>'message' as error from pgboss.job where name = $1 and id = $2::uuid`,
        [queue, id],
      );
      const row = job.rows[0];
      if (row?.state === 'failed') return { id, error: row.error ?? '' };
      if (Date.now() > deadline) throw new Error(`the job ${id} on ${queue} did not fail within ${timeoutMs} ms (state ${row?.state})`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await client.end();
  }
}
