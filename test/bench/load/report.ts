// The load benchmark's Markdown table: per mix, connections and operation, ours beside the baseline.
import { summary, type Measured, type OpStats } from './measure.js';

export interface Phase {
  mix: string;
  connections: number;
  ours: Measured;
  baseline?: Measured;
  /** CPU the API process used per answered request, ms. */
  apiCpuPerRequest: number;
}

const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : n.toFixed(0)) : '–');
const rate = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '–');

const all = (m: Measured): OpStats => {
  const ops = [...m.ops.values()];
  return { times: ops.flatMap((s) => s.times), errors: ops.reduce((n, s) => n + s.errors, 0) };
};

export const HEADER = [
  'Mix',
  'Conn.',
  'Operation',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'Errors',
  'Baseline req/s',
  'Baseline p50 / p95 / p99 ms',
  'Ours ÷ baseline: p50 / p99 / req/s',
];

export function rows(phase: Phase): string[][] {
  const out: string[][] = [];
  const line = (op: string, s: OpStats, b: OpStats | undefined) => {
    const o = summary(s, phase.ours.seconds);
    const base = b && phase.baseline ? summary(b, phase.baseline.seconds) : null;
    const errors = s.errors ? `${s.errors} (${((100 * s.errors) / s.times.length).toFixed(1)}%)` : '0';
    out.push([
      phase.mix,
      String(phase.connections),
      op,
      rate(o.rate),
      ms(o.p50),
      ms(o.p95),
      ms(o.p99),
      errors,
      base ? rate(base.rate) : '–',
      base ? `${ms(base.p50)} / ${ms(base.p95)} / ${ms(base.p99)}` : '–',
      base ? `${ratio(o.p50, base.p50)} / ${ratio(o.p99, base.p99)} / ${ratio(o.rate, base.rate)}` : '–',
    ]);
  };
  for (const [op, s] of [...phase.ours.ops.entries()].sort()) line(op, s, phase.baseline?.ops.get(op));
  line(
    `**all** (API CPU ${phase.apiCpuPerRequest.toFixed(1)} ms/req${phase.ours.unanswered ? `, ${phase.ours.unanswered} unanswered` : ''})`,
    all(phase.ours),
    phase.baseline ? all(phase.baseline) : undefined,
  );
  return out;
}

/** The first error of each operation that had any, to show below the table. */
export function errorNotes(phases: Phase[]): string[] {
  const notes: string[] = [];
  for (const p of phases) for (const [op, s] of p.ours.ops) if (s.firstError) notes.push(`- ${p.mix} ×${p.connections}, ${op}: ${s.errors} errors; first: ${s.firstError}`);
  return notes;
}
