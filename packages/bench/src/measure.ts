/** How many calls of `fn` take about `ms` (doubling from 1), which also warms it up. */
function batchSize(fn: () => void, ms: number): number {
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - start >= ms || batch >= 1 << 24) return batch;
    batch *= 2;
  }
}

/** Calls per second of `fn` over one round of about `roundMs`, in batches of `batch`. */
function round(fn: () => void, batch: number, roundMs: number): number {
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < roundMs) {
    for (let i = 0; i < batch; i++) fn();
    runs += batch;
    elapsed = performance.now() - start;
  }
  return (runs * 1000) / elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Operations per second of `fn`: batches sized to take ~`roundMs`, the median of `rounds` rounds after a warm-up. */
export function opsPerSecond(fn: () => void, options: { roundMs?: number; rounds?: number } = {}): number {
  const roundMs = options.roundMs ?? 200;
  const batch = batchSize(fn, roundMs / 10);
  return median(Array.from({ length: options.rounds ?? 5 }, () => round(fn, batch, roundMs)));
}

/**
 * Operations per second of several functions measured side by side: their rounds take turns, so a
 * slow phase of the machine (or of the JIT) falls on all of them alike; the median round of each.
 */
export function interleavedOpsPerSecond(fns: Record<string, () => void>, options: { roundMs?: number; rounds?: number } = {}): Record<string, number> {
  const roundMs = options.roundMs ?? 200;
  const entries = Object.entries(fns);
  const batches = entries.map(([, fn]) => batchSize(fn, roundMs / 10));
  const results = entries.map((): number[] => []);
  for (let index = 0; index < (options.rounds ?? 5); index++) {
    entries.forEach(([, fn], which) => results[which]?.push(round(fn, batches[which] ?? 1, roundMs)));
  }
  return Object.fromEntries(entries.map(([name], which) => [name, median(results[which] ?? [])]));
}

/**
 * The median of as many runs as fit in `budgetMs` (at least `minRuns`): for cheap operations, whose single
 * runs a collection or a JIT phase can multiply, a fixed count of runs is too few.
 */
export function medianMsWithin(fn: () => void, budgetMs: number, minRuns: number): number {
  const times: number[] = [];
  const end = performance.now() + budgetMs;
  while (times.length < minRuns || performance.now() < end) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Milliseconds one call of `fn` takes: the median of `runs` calls (for costly, stateful steps such as mounting). */
export function medianMs(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
