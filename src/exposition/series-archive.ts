/**
 * Series identities of ended families, so that a family that resumes later (interleaved) is checked for
 * duplicate series against its earlier block too: the duplicate is reported at its second occurrence,
 * with the line of the first.
 *
 * The validator keeps series identities per family (the table stays small and in cache); when a family
 * ends, this archive copies its identities out of that table into one pool of (hi, lo, line) triples,
 * indexed by the family's identity: nothing is done per sample, 12 bytes are kept per series, and no
 * object per family. Memory is bounded by `maxEntries` series (default 131,072: 1.5 MiB): past it, families
 * are no longer archived, so in larger payloads a resumed family is still reported as interleaved but its
 * repeats of earlier series may not be.
 */
import { IdentitySet, type IdentityTable } from './hash-set.js'

export class SeriesArchive {
  /** (hi, lo, line) triples of the archived families, back to back. */
  private pool = new Uint32Array(3 * 1024)
  private used = 0
  /** Family identity → entry number + 1; entry k's triples start at offs[k] (count counts[k]). */
  private readonly index = new IdentitySet(256)
  private offs = new Uint32Array(256)
  private counts = new Uint32Array(256)
  private entries = 0

  constructor(private readonly maxEntries = 131_072) {}

  /** The current family (identity h1, h2) ends: keep the series identities `series` holds. */
  save(h1: number, h2: number, series: IdentityTable): void {
    const n = series.size
    if (n === 0 || this.used / 3 + n > this.maxEntries) return
    if (this.used + 3 * n > this.pool.length) {
      let cap = this.pool.length * 2
      while (cap < this.used + 3 * n) cap *= 2
      cap = Math.min(cap, 3 * this.maxEntries)
      const next = new Uint32Array(cap)
      next.set(this.pool.subarray(0, this.used))
      this.pool = next
    }
    const t = this.pool
    const off = this.used
    let k = off
    series.forEach((hi, lo, line) => { t[k++] = hi; t[k++] = lo; t[k++] = line })
    this.used = k
    let e = this.index.get(h1, h2)
    if (e === 0) {
      e = ++this.entries
      if (e > this.offs.length) {
        const o = new Uint32Array(this.offs.length * 2); o.set(this.offs); this.offs = o
        const c = new Uint32Array(this.counts.length * 2); c.set(this.counts); this.counts = c
      }
      this.index.add(h1, h2, e)
    }
    this.offs[e - 1] = off
    this.counts[e - 1] = n
  }

  /** A family that ended before starts again: put its earlier identities back into `series`. */
  restore(h1: number, h2: number, series: IdentityTable): void {
    const e = this.index.get(h1, h2)
    if (e === 0) return
    const t = this.pool
    const end = this.offs[e - 1]! + 3 * this.counts[e - 1]!
    for (let k = this.offs[e - 1]!; k < end; k += 3) series.add(t[k]!, t[k + 1]!, t[k + 2]!)
  }
}
