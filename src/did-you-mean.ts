/**
 * "Did you mean" for both stages: config keys, relabel actions, rule file keys, PromQL functions and
 * template functions. Bounded edit distance (hostile keys cost little), then two fallbacks for typos
 * an edit distance misses: containment (`rule_groups` → `groups`) and prefixes (`static` → `static_configs`).
 */

/** Longest word compared at all: longer ones get no suggestion. */
const MAX_WORD = 200

/** Levenshtein distance, or `max + 1` as soon as it is known to exceed `max`. */
export function editDistance(a: string, b: string, max = 4): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a.length > MAX_WORD || b.length > MAX_WORD) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      cur.push(v)
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    prev = cur
  }
  return prev[b.length]
}

/** How many edits a suggestion may be away: more for longer words. */
function limitFor(word: string, cand: string): number {
  const byWord = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3
  return Math.max(byWord, Math.floor(cand.length / 3))
}

/** The closest known word to `word`, if one is close enough to be the one meant. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_WORD) return undefined
  const known = [...candidates]
  const w = word.toLowerCase().replace(/-/g, '_')
  let best: string | undefined
  let bestD = Infinity
  for (const c of known) {
    const d = editDistance(w, c.toLowerCase(), Math.max(4, limitFor(w, c)))
    if (d < bestD || (d === bestD && c.startsWith(w) && !best?.startsWith(w))) {
      best = c
      bestD = d
    }
  }
  if (best !== undefined && bestD <= limitFor(w, best)) return best
  // Containment: `rule_groups` → `groups`, `annotation` → `annotations`.
  const parts = w.split(/[_.]/)
  const contained = known.filter((c) => c.length >= 3 && (parts.includes(c) || (c.startsWith(w) && w.length >= 4)))
  if (contained.length === 1) return contained[0]
  if (w.startsWith('expr') && known.includes('expr')) return 'expr'
  // Prefix or plural of a longer name.
  for (const c of known) {
    if (c.length >= 5 && (c.startsWith(w) || w.startsWith(c)) && Math.abs(c.length - w.length) <= 5) return c
  }
  return undefined
}
