/**
 * Series identities of ended families, so that a family that resumes later (interleaved) is checked for
 * duplicate series against its earlier block too: the duplicate is reported at its second occurrence,
 * with the line of the first.
 *
 * The validator keeps series identities per family (the table stays small and in cache); when a family
 * ends, this archive copies its identities out of that table into a flat Uint32Array of (hi, lo, line)
 * triples keyed by the family's identity: nothing is done per sample, and 12 bytes are kept per series.
 * Memory is bounded by `maxEntries`: past it, families are no longer archived (a resumed family is still
 * reported as interleaved, but its repeats of earlier series are not).
 */
import type { IdentitySet } from './hash-set.js'

export class SeriesArchive {
  private stored = 0
  private readonly families = new Map<string, Uint32Array>()

  constructor(private readonly maxEntries = 1_000_000) {}

  /** The current family (identity h1, h2) ends: keep the series identities `series` holds. */
  save(h1: number, h2: number, series: IdentitySet): void {
    const n = series.size
    if (n === 0) return
    const key = `${h1}:${h2}`
    const prev = this.families.get(key)
    const prevN = prev ? prev.length / 3 : 0
    if (this.stored - prevN + n > this.maxEntries) return
    const t = new Uint32Array(n * 3)
    let k = 0
    series.forEach((hi, lo, line) => { t[k++] = hi; t[k++] = lo; t[k++] = line })
    this.families.set(key, t)
    this.stored += n - prevN
  }

  /** A family that ended before starts again: put its earlier identities back into `series`. */
  restore(h1: number, h2: number, series: IdentitySet): void {
    const prev = this.families.get(`${h1}:${h2}`)
    if (!prev) return
    for (let k = 0; k < prev.length; k += 3) series.add(prev[k]!, prev[k + 1]!, prev[k + 2]!)
  }
}
