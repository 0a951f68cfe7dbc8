// Each buyer operation asked alone, one request at a time (no other load): what one page costs.
import { percentile } from '../corpus.js';
import type { Persona } from './measure.js';
import { BUYER_MIX, type Visit } from './personas.js';

/**
 * The median time of `perOp` requests of each buyer operation, one after another, each with its own
 * visit (other variables each time, so answers are rarely repeated), after `warmUp` unmeasured ones.
 */
export async function alone(url: string, visits: Visit[], persona: (v: Visit[]) => Persona, perOp = 60, warmUp = 10): Promise<Map<string, number>> {
  const medians = new Map<string, number>();
  for (const [op] of BUYER_MIX) {
    const mine = visits.filter((v) => v.op === op).slice(0, perOp + warmUp);
    const p = persona(mine);
    const times: number[] = [];
    for (let i = 0; i < mine.length; i++) {
      const call = p.call(0, {});
      const t = performance.now();
      const res = await fetch(`${url}${call.path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...call.headers }, body: call.body });
      await res.arrayBuffer();
      if (i >= warmUp) times.push(performance.now() - t);
    }
    medians.set(op, percentile(times, 50));
  }
  return medians;
}
