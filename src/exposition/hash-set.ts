/**
 * A compact open-addressing set of 64-bit identities (two 32-bit halves) with one 32-bit payload
 * each (the payload line where the identity was first seen). 12 bytes per slot, grows at 50 % load:
 * a million series cost ~24 MB, not a million strings.
 */
const SMALL = 32

export class IdentitySet {
  /** Interleaved slots [hi, lo, value, unused]: one cache line per probe. */
  private t: Uint32Array
  private mask: number
  size = 0
  /** Slot offsets of the first SMALL entries: clear() of a small set zeroes only those. */
  private readonly touched = new Int32Array(SMALL)

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
    const t = this.t
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask
    for (;;) {
      const k = i << 2
      const v = t[k + 2]
      if (v === 0) {
        t[k] = hi
        t[k + 1] = lo
        t[k + 2] = value
        if (this.size < SMALL) this.touched[this.size] = k
        if (++this.size * 2 > this.mask) this.grow()
        return 0
      }
      if (t[k] === hi && t[k + 1] === lo) return v
      i = (i + 1) & this.mask
    }
  }

  /** The payload stored for (hi, lo), or 0. */
  get(hi: number, lo: number): number {
    hi >>>= 0
    lo >>>= 0
    const t = this.t
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask
    for (;;) {
      const k = i << 2
      const v = t[k + 2]
      if (v === 0) return 0
      if (t[k] === hi && t[k + 1] === lo) return v
      i = (i + 1) & this.mask
    }
  }

  /** Empty the set in time proportional to what it held (shrinks a table left large by an earlier use). */
  clear(): void {
    if (this.size === 0) return
    if (this.size <= SMALL && this.mask >= 2 * SMALL) {
      // Most families hold a few series: zero their slots, not the whole table (one clear per family).
      // (A table that never grew past 2*SMALL slots has not rehashed, so `touched` is exact.)
      const t = this.t
      for (let n = 0; n < this.size; n++) {
        const k = this.touched[n]
        t[k] = 0
        t[k + 1] = 0
        t[k + 2] = 0
      }
      this.size = 0
      return
    }
    const want = Math.max(1024, this.size * 2)
    if (this.mask + 1 > want * 4) {
      let cap = 16
      while (cap < want * 2) cap *= 2
      this.t = new Uint32Array(cap * 4)
      this.mask = cap - 1
    } else {
      this.t.fill(0)
    }
    this.size = 0
  }

  /** Calls `fn` with each (hi, lo, value) held, in table order (for copying a family's series out before clear()). */
  forEach(fn: (hi: number, lo: number, value: number) => void): void {
    const t = this.t
    if (this.size <= SMALL && this.mask >= 2 * SMALL) {
      for (let n = 0; n < this.size; n++) { const k = this.touched[n]; fn(t[k], t[k + 1], t[k + 2]) }
      return
    }
    for (let k = 0; k < t.length; k += 4) if (t[k + 2] !== 0) fn(t[k], t[k + 1], t[k + 2])
  }

  private grow(): void {
    const old = this.t
    const cap = (this.mask + 1) * 2
    this.t = new Uint32Array(cap * 4)
    this.mask = cap - 1
    this.size = 0
    for (let k = 0; k < old.length; k += 4) if (old[k + 2] !== 0) this.add(old[k], old[k + 1], old[k + 2])
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
