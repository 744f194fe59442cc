/** "Did you mean": the closest candidate by edit distance, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>, normalise: (s: string) => string = (s) => s.toLowerCase()): string | undefined {
  const target = normalise(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(target, normalise(candidate), bestDistance);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(target.length, 3) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance, giving up early once it exceeds `cap`. */
export function distance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) > cap) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return Infinity;
    prev = cur;
  }
  return prev[b.length]!;
}
