/**
 * A compact open-addressing set of 64-bit identities (two 32-bit halves) with one 32-bit payload
 * each (the payload line where the identity was first seen). 16 bytes per slot, grows at 50 % load:
 * a million series cost ~32 MB, not a million strings.
 *
 * The semantics clear the set once per metric family, and families differ in size by orders of
 * magnitude. So: a slot belongs to the set when its generation word equals the set's generation
 * (clear() is O(1)); after clear() the table is a small prefix of its buffer again, so a small
 * family probes memory that is in cache, not a table a large family left behind; growing rehashes
 * into a second buffer kept from earlier growth (no fresh, page-faulting allocation per family).
 */
const GEN_LIMIT = 0xfffffff0
/** Buffers above this many words are given back on clear(). */
const KEEP_WORDS = 1 << 22
/** clear() sizes the table for the next family from the last one's size, up to this many slots (256 KiB). */
const HINT_SLOTS = 1 << 14

export class IdentitySet {
  /** Interleaved slots [hi, lo, value, generation] (one cache line per probe); slots 0..mask in use. */
  private t: Uint32Array
  /** The other buffer: where the next grow() rehashes to. */
  private spare: Uint32Array = new Uint32Array(0)
  private mask: number
  private gen = 1
  private readonly initialSlots: number
  size = 0

  constructor(initialCapacity = 1024) {
    let cap = 16
    while (cap < initialCapacity * 2) cap *= 2
    this.initialSlots = cap
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

  /** Empty the set in O(1) (a new generation over a small prefix of the buffer). */
  clear(): void {
    if (this.size === 0) return
    const last = this.size
    this.size = 0
    // The next family is often as large as this one (one family per target or replica): start at the
    // table size that holds `last` without growing, up to HINT_SLOTS (a table that still fits in L2).
    // Never more than the current table, so it is a prefix of `t`.
    let cap = this.initialSlots
    while (cap < HINT_SLOTS && last * 2 > cap - 1) cap *= 2
    this.mask = cap - 1
    if (this.t.length > KEEP_WORDS) {
      this.t = new Uint32Array(this.initialSlots * 4)
      this.spare = new Uint32Array(0)
      this.mask = this.initialSlots - 1
      this.gen = 1
    } else if (this.gen + 1 >= GEN_LIMIT) {
      this.t.fill(0)
      this.spare.fill(0)
      this.gen = 1
    } else {
      this.gen++
    }
  }

  /** Calls `fn` with each (hi, lo, value) held, in table order (for copying a family's series out before clear()). */
  forEach(fn: (hi: number, lo: number, value: number) => void): void {
    const t = this.t
    const gen = this.gen
    const words = (this.mask + 1) * 4
    for (let k = 0; k < words; k += 4) if (t[k + 3] === gen) fn(t[k], t[k + 1], t[k + 2])
  }

  private grow(): void {
    const old = this.t, oldWords = (this.mask + 1) * 4, oldGen = this.gen
    // 4x while the table is small (fewer rehashes of a family that keeps growing), then 2x
    const cap = (this.mask + 1) * (this.mask < 1 << 16 ? 4 : 2)
    let next = this.spare
    if (next.length < cap * 4) next = new Uint32Array(cap * 4)
    this.spare = old
    this.t = next
    this.mask = cap - 1
    this.size = 0
    // a new generation: whatever `next` held from earlier use is empty now
    let wrap = false
    if (oldGen + 1 >= GEN_LIMIT) {
      next.fill(0)
      this.gen = 1
      wrap = true
    } else {
      this.gen = oldGen + 1
    }
    for (let k = 0; k < oldWords; k += 4) if (old[k + 3] === oldGen) this.add(old[k], old[k + 1], old[k + 2])
    if (wrap) old.fill(0)
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
