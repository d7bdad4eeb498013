/**
 * A compact open-addressing set of 64-bit identities (two 32-bit halves) with one 32-bit payload
 * each (the payload line where the identity was first seen). 16 bytes per slot, grows at 50 % load:
 * a million series cost ~32 MB, not a million strings.
 *
 * A slot belongs to the set when its generation word equals the set's generation: clear() starts a
 * new generation in O(1) and keeps the table (the semantics clear the set once per metric family;
 * emptying or shrinking and regrowing the table there cost more than the lookups themselves).
 */
/** Tables above this many slots are given back on clear() when the set used little of them. */
const KEEP_SLOTS = 1 << 18

export class IdentitySet {
  /** Interleaved slots [hi, lo, value, generation]: one cache line per probe. */
  private t: Uint32Array
  private mask: number
  private gen = 1
  size = 0

  constructor(initialCapacity = 1024) {
    let cap = 16
    while (cap < initialCapacity * 2) cap *= 2
    this.t = new Uint32Array(cap * 4)
    this.mask = cap - 1
  }

  /** Add (hi, lo); returns 0 when new, else the payload stored by the first add. `value` must be > 0. */
  add(hi: number, lo: number, value: number): number {
    hi >>>= 0
    lo >>>= 0
    const t = this.t, gen = this.gen
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask
    for (;;) {
      const k = i << 2
      if (t[k + 3] !== gen) {
        t[k] = hi
        t[k + 1] = lo
        t[k + 2] = value
        t[k + 3] = gen
        if (++this.size * 2 > this.mask) this.grow()
        return 0
      }
      if (t[k] === hi && t[k + 1] === lo) return t[k + 2]
      i = (i + 1) & this.mask
    }
  }

  /** The payload stored for (hi, lo), or 0. */
  get(hi: number, lo: number): number {
    hi >>>= 0
    lo >>>= 0
    const t = this.t, gen = this.gen
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask
    for (;;) {
      const k = i << 2
      if (t[k + 3] !== gen) return 0
      if (t[k] === hi && t[k + 1] === lo) return t[k + 2]
      i = (i + 1) & this.mask
    }
  }

  /** Empty the set: O(1), except that a very large table the set used little of is given back. */
  clear(): void {
    if (this.size === 0) return
    if (this.mask + 1 > KEEP_SLOTS && this.size * 16 < this.mask + 1) {
      let cap = 16
      while (cap < Math.max(1024, this.size * 2) * 2) cap *= 2
      this.t = new Uint32Array(cap * 4)
      this.mask = cap - 1
      this.gen = 1
    } else if (this.gen >= 0xfffffff0) {
      this.t.fill(0)
      this.gen = 1
    } else {
      this.gen++
    }
    this.size = 0
  }

  private grow(): void {
    const old = this.t, gen = this.gen
    const cap = (this.mask + 1) * 2
    this.t = new Uint32Array(cap * 4)
    this.mask = cap - 1
    this.size = 0
    for (let k = 0; k < old.length; k += 4) if (old[k + 3] === gen) this.add(old[k], old[k + 1], old[k + 2])
  }
}

/** Two independent 32-bit hashes of a JS string's UTF-16 units (for family names). */
export function hashString(s: string): [number, number] {
  let h1 = 0x811c9dc5, h2 = 0x2545f491
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15)
  }
  return [h1 >>> 0, h2 >>> 0]
}
