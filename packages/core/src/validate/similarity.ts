// "Did you mean": the schema's names and values close to what was written. The cost is bounded by what
// a typo can be: a word longer than any name is not looked up at all, candidates whose length alone puts
// them too far away are skipped, and the distance is computed in a band of rolling rows, stopping once
// every cell of a row is too far. An unknown name of 200,000 characters costs no more than its parse.

/** Past this length a word is no typo of a schema's name or value: no suggestions are looked for. */
export const MAX_SUGGESTED_WORD = 128;

/** Counts the distance cells computed, for tests that hold the cost to the input's size. */
export interface SimilarityWork {
  cells: number;
}

/**
 * The optimal string alignment distance (Levenshtein plus adjacent transpositions) of `s` and `t`, or
 * `max + 1` when it is more than `max`. Only the band |i − j| ≤ max can be within `max`; three rows are
 * kept because a transposition looks two rows back.
 */
function boundedDistance(s: string, t: string, max: number, work: SimilarityWork | undefined): number {
  const over = max + 1;
  if (Math.abs(s.length - t.length) > max) return over;
  let twoBack = new Int32Array(t.length + 1).fill(over);
  let previous = new Int32Array(t.length + 1).map((_, j) => Math.min(j, over));
  let current = new Int32Array(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    current.fill(over);
    current[0] = Math.min(i, over);
    const from = Math.max(1, i - max);
    const to = Math.min(t.length, i + max);
    let rowMin = Math.min(i, over);
    for (let j = from; j <= to; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, (twoBack[j - 2] as number) + 1);
      current[j] = Math.min(best, over);
      rowMin = Math.min(rowMin, best);
    }
    if (work !== undefined) work.cells += to - from + 1;
    if (rowMin > max) return over;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[t.length] as number;
}

/** The candidates close enough to `word` to be what was meant, closest first (case-insensitive). */
export function closestMatches(word: string, candidates: readonly string[], limit = 3, work?: SimilarityWork): string[] {
  if (word.length > MAX_SUGGESTED_WORD) return [];
  const lower = word.toLowerCase();
  const threshold = Math.max(2, Math.floor(word.length / 3));
  const close: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const lowerCandidate = candidate.toLowerCase();
    // A candidate that contains the word (e.g. its prefix left off) is offered; its distance is the letters added.
    if (word.length >= 3 && lowerCandidate.includes(lower)) {
      close.push({ candidate, distance: lowerCandidate.length - lower.length });
      continue;
    }
    const distance = boundedDistance(lower, lowerCandidate, threshold, work);
    if (distance <= threshold) close.push({ candidate, distance });
  }
  return close
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
