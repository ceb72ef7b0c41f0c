// "Did you mean" helpers: edit distance for typos, word overlap for renamed constants.

/** Edit distance counting an adjacent swap as one edit (`pritn` → `print`), capped at max+1. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Candidates close to `wrong`, best first: same text ignoring case, then small edit
 * distance (one edit per four characters, at least one), then one name's words contained in the other's
 * (`ORG_NAME` ~ `ORG_ENTITY_NAME`).
 */
export function closeMatches(wrong: string, candidates: readonly string[], limit = 3): string[] {
  const scored: { c: string; score: number }[] = [];
  const lw = wrong.toLowerCase();
  for (const c of new Set(candidates)) {
    if (c === wrong) continue;
    const lc = c.toLowerCase();
    const max = Math.max(1, Math.floor(Math.max(wrong.length, c.length) / 4));
    if (lc === lw) {
      scored.push({ c, score: 0 });
      continue;
    }
    // One edit turns any 1-2 letter name into another: too short to guess from.
    const d = Math.min(lw.length, lc.length) < 3 ? max + 1 : editDistance(lw, lc, max);
    if (d <= max) {
      scored.push({ c, score: d });
      continue;
    }
    if (wordsOverlap(lw, lc)) scored.push({ c, score: max + 1 });
  }
  scored.sort((x, y) => x.score - y.score || x.c.localeCompare(y.c));
  return scored.slice(0, limit).map((s) => s.c);
}

const words = (s: string) => s.split(/[^a-z0-9]+/).filter(Boolean);

/** One name's words all appear in the other's, first word shared (ORG_NAME ⊂ ORG_ENTITY_NAME). */
function wordsOverlap(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0 || wa[0] !== wb[0]) return false;
  const [small, big] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small.length >= 2 && small.every((w) => big.includes(w));
}
