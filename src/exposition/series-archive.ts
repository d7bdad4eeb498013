/**
 * Series identities of ended families, so that a family that resumes later (interleaved) is checked for
 * duplicate series against its earlier block too: Prometheus's scrape fails on both the interleaving and
 * the duplicate, and the duplicate is reported at its second occurrence.
 *
 * The validator keeps series identities per family (the table stays small and in cache); this archive
 * keeps a copy of each ended family's identities as a flat Uint32Array of (hi, lo, line) triples keyed by
 * the family's identity. Appending to the log is a few typed-array writes per new series; a family's log
 * is copied out once when it ends. Memory is bounded by `maxEntries` (12 bytes each): past it, families
 * are no longer archived, and a resumed family is still reported as interleaved.
 */
import type { IdentitySet } from './hash-set.js'

export class SeriesArchive {
  /** (hi, lo, line) of the current family's distinct series. */
  private log = new Uint32Array(3 * 256)
  private n = 0
  private overflow = false
  private stored = 0
  private readonly families = new Map<string, Uint32Array>()

  constructor(private readonly maxEntries = 2_000_000) {}

  /** A new distinct series of the current family. */
  add(hi: number, lo: number, line: number): void {
    if (this.overflow) return
    if (this.stored + this.n >= this.maxEntries) { this.overflow = true; return }
    let k = this.n * 3
    if (k + 3 > this.log.length) {
      const next = new Uint32Array(this.log.length * 2)
      next.set(this.log)
      this.log = next
    }
    const t = this.log
    t[k++] = hi
    t[k++] = lo
    t[k] = line
    this.n++
  }

  /** The current family ended: keep its identities under the family identity (h1, h2). */
  save(h1: number, h2: number): void {
    if (!this.overflow && this.n > 0) {
      const key = `${h1}:${h2}`
      const prev = this.families.get(key)
      if (prev) this.stored -= prev.length / 3
      this.families.set(key, this.log.slice(0, this.n * 3))
      this.stored += this.n
    }
    this.n = 0
    if (this.log.length > 3 * 65536) this.log = new Uint32Array(3 * 256)
  }

  /**
   * A family that ended before starts again: put its earlier identities into `series` (and into the log,
   * so that the family's archive holds both blocks when it ends again).
   */
  restore(h1: number, h2: number, series: IdentitySet): void {
    const prev = this.families.get(`${h1}:${h2}`)
    if (!prev) return
    for (let k = 0; k < prev.length; k += 3) {
      series.add(prev[k]!, prev[k + 1]!, prev[k + 2]!)
      this.add(prev[k]!, prev[k + 1]!, prev[k + 2]!)
    }
  }
}
