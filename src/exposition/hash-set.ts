/**
 * A compact open-addressing set of 64-bit identities (two 32-bit halves) with one 32-bit payload
 * each (the payload line where the identity was first seen). Keys take 8 bytes per slot and the
 * payloads sit in their own array, read only when an identity is already there: a probe touches
 * one 8-byte slot, so a family of ~4,000 series probes a 64 KiB table that stays in L1/L2 while
 * the payload streams past. Grows at 50 % load: a million series cost ~24 MB, not a million strings.
 *
 * The semantics clear the set once per metric family, and families differ in size by orders of
 * magnitude. An empty slot is all zeros (the identity (0, 0) is kept aside), so clear() zeroes the
 * part of the table in use — work proportional to the family that just ended — and sizes the table
 * for the next family from the last one's size: a small family probes memory that is in cache, not
 * a table a large family left behind. Growing rehashes into a second buffer kept from earlier growth
 * (no fresh, page-faulting allocation per family).
 */
/** Buffers above this many key words are given back on clear(). */
const KEEP_WORDS = 1 << 22
/** clear() sizes the table for the next family from the last one's size, up to this many slots (128 KiB of keys). */
const HINT_SLOTS = 1 << 14

/** What the semantics needs of a series table (IdentitySet, or the kernel's table in WebAssembly memory). */
export interface IdentityTable {
  readonly size: number
  add(hi: number, lo: number, value: number): number
  get(hi: number, lo: number): number
  clear(): void
  forEach(fn: (hi: number, lo: number, value: number) => void): void
}

export class IdentitySet implements IdentityTable {
  /** Slots [hi, lo]; slots 0..mask in use; (0, 0) = empty. */
  private keys: Uint32Array
  /** Payload per slot. */
  private vals: Uint32Array
  /** The other buffers: where the next grow() rehashes to. */
  private spareKeys: Uint32Array = new Uint32Array(0)
  private spareVals: Uint32Array = new Uint32Array(0)
  private mask: number
  /** Payload of the identity (0, 0), 0 when absent (it cannot live in a slot: zero marks an empty one). */
  private zeroVal = 0
  private readonly initialSlots: number
  size = 0

  constructor(initialCapacity = 1024) {
    let cap = 16
    while (cap < initialCapacity * 2) cap *= 2
    this.initialSlots = cap
    this.keys = new Uint32Array(cap * 2)
    this.vals = new Uint32Array(cap)
    this.mask = cap - 1
  }

  /** Add (hi, lo); returns 0 when new, else the payload stored by the first add. `value` must be > 0. */
  add(hi: number, lo: number, value: number): number {
    hi >>>= 0
    lo >>>= 0
    if ((hi | lo) === 0) {
      if (this.zeroVal !== 0) return this.zeroVal
      this.zeroVal = value
      this.size++
      return 0
    }
    const t = this.keys
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask
    for (;;) {
      const k = i << 1
      const a = t[k], b = t[k + 1]
      if ((a | b) === 0) {
        t[k] = hi
        t[k + 1] = lo
        this.vals[i] = value
        if (++this.size * 2 > this.mask) this.grow()
        return 0
      }
      if (a === hi && b === lo) return this.vals[i]
      i = (i + 1) & this.mask
    }
  }

  /** The payload stored for (hi, lo), or 0. */
  get(hi: number, lo: number): number {
    hi >>>= 0
    lo >>>= 0
    if ((hi | lo) === 0) return this.zeroVal
    const t = this.keys
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask
    for (;;) {
      const k = i << 1
      const a = t[k], b = t[k + 1]
      if ((a | b) === 0) return 0
      if (a === hi && b === lo) return this.vals[i]
      i = (i + 1) & this.mask
    }
  }

  /** Empty the set: zero the slots in use, then size the table for the next family. */
  clear(): void {
    if (this.size === 0) return
    const last = this.size
    this.size = 0
    this.zeroVal = 0
    if (this.keys.length > KEEP_WORDS) {
      this.keys = new Uint32Array(this.initialSlots * 2)
      this.vals = new Uint32Array(this.initialSlots)
      this.spareKeys = new Uint32Array(0)
      this.spareVals = new Uint32Array(0)
      this.mask = this.initialSlots - 1
      return
    }
    this.keys.fill(0, 0, (this.mask + 1) * 2)
    // The next family is often as large as this one (one family per target or replica): start at the
    // table size that holds `last` without growing, up to HINT_SLOTS (a table that still fits in L2).
    // Never more than the current table, so it is a prefix of `keys` (zeroed just now).
    let cap = this.initialSlots
    while (cap < HINT_SLOTS && cap * 2 <= this.mask + 1 && last * 2 > cap - 1) cap *= 2
    this.mask = cap - 1
  }

  /** Calls `fn` with each (hi, lo, value) held, in table order (for copying a family's series out before clear()). */
  forEach(fn: (hi: number, lo: number, value: number) => void): void {
    if (this.zeroVal !== 0) fn(0, 0, this.zeroVal)
    const t = this.keys, v = this.vals
    const slots = this.mask + 1
    for (let i = 0; i < slots; i++) {
      const k = i << 1
      if ((t[k] | t[k + 1]) !== 0) fn(t[k], t[k + 1], v[i])
    }
  }

  private grow(): void {
    const oldKeys = this.keys, oldVals = this.vals, oldSlots = this.mask + 1
    // 4x while the table is small (fewer rehashes of a family that keeps growing), then 2x
    const cap = oldSlots * (this.mask < 1 << 16 ? 4 : 2)
    let keys = this.spareKeys, vals = this.spareVals
    if (keys.length < cap * 2) {
      keys = new Uint32Array(cap * 2)
      vals = new Uint32Array(cap)
    } else {
      keys.fill(0, 0, cap * 2)
    }
    this.spareKeys = oldKeys
    this.spareVals = oldVals
    this.keys = keys
    this.vals = vals
    this.mask = cap - 1
    const mask = this.mask
    for (let i = 0; i < oldSlots; i++) {
      const hi = oldKeys[i << 1], lo = oldKeys[(i << 1) + 1]
      if ((hi | lo) === 0) continue
      let j = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask
      while ((keys[j << 1] | keys[(j << 1) + 1]) !== 0) j = (j + 1) & mask
      keys[j << 1] = hi
      keys[(j << 1) + 1] = lo
      vals[j] = oldVals[i]
    }
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
