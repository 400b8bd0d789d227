/** Operations per second of `fn`: batches sized to take ~`roundMs`, the median of `rounds` rounds after a warm-up. */
export function opsPerSecond(fn: () => void, options: { roundMs?: number; rounds?: number } = {}): number {
  const roundMs = options.roundMs ?? 200;
  const rounds = options.rounds ?? 5;
  // Warm up and find a batch size that takes about a tenth of a round.
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    const elapsed = performance.now() - start;
    if (elapsed >= roundMs / 10 || batch >= 1 << 24) break;
    batch *= 2;
  }
  const results: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < roundMs) {
      for (let i = 0; i < batch; i++) fn();
      runs += batch;
      elapsed = performance.now() - start;
    }
    results.push((runs * 1000) / elapsed);
  }
  results.sort((a, b) => a - b);
  return results[Math.floor(results.length / 2)] as number;
}

/** Milliseconds one call of `fn` takes: the median of `runs` calls (for costly, stateful steps such as mounting). */
export function medianMs(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
