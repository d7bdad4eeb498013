// The sample-run kernel (AssemblyScript, compiled to WebAssembly by `npm run build`).
//
// It reads a run of plain sample lines of the family the JavaScript validator is in, and stops at
// the first line it cannot prove clean. The JavaScript side (src/exposition/kernel/index.ts) takes
// that line and everything else: the kernel only ever says "these N lines are clean and changed the
// state thus", never reports a finding. So its grammar is a strict subset of the line parser's
// (src/exposition/parser.ts), and its hashes are the parser's, bit for bit: a series the kernel adds
// to the table and one the parser adds must meet there.
//
// Memory layout (bytes):
//   [0, 256)        run state, shared with JavaScript (the S_* and F_* slots below)
//   [256, 3328)     the expected sample names: the run's, then its group's _sum and _count names
//   [3328, 3456)    label name hashes of the line being read
//   [3456, 3640)    powers of ten 1e0..1e22
//   [3840, 4096)    character classes
//   [4096, 5120)    the labels of the line before (see `sameBytes`): 32 bytes per label
//   [5120, 7680)    the groups a run started (NEW_GROUPS)
//   [8192, 8192 + WINDOW)  the payload window: complete lines copied from the chunk being read
//   [GKEYS, TABLE)  the group keys of the current family
//   [TABLE, ...)    the series table: 16-byte slots (u32 key hi, key lo, value, unused), as src/exposition/hash-set.ts
// No AssemblyScript data or heap: the module has no data segment, so nothing else is in memory.

// run state: i32 slots (JavaScript: src/exposition/kernel/index.ts keeps the same numbers)
const S_NAME_LEN: i32 = 0
const S_NAME_H1: i32 = 1
const S_NAME_H2: i32 = 2
const S_SIG: i32 = 3
const S_LINE_NO: i32 = 4
const S_MODE: i32 = 5
const S_OUT_END: i32 = 6
const S_OUT_LAST: i32 = 7
const S_GROUP_KEY: i32 = 8
const S_GROUP_K2: i32 = 9
const S_BUCKETS: i32 = 10
const S_INF_SEEN: i32 = 11
const S_NEG_OK: i32 = 12
const S_SUM_LEN: i32 = 13
const S_SUM_H1: i32 = 14
const S_SUM_H2: i32 = 15
const S_COUNT_LEN: i32 = 16
const S_COUNT_H1: i32 = 17
const S_COUNT_H2: i32 = 18
const S_OUT_KIND: i32 = 19
const S_OUT_SIG: i32 = 20
const S_SUM_SEEN: i32 = 21
const S_COUNT_SEEN: i32 = 22
const S_SIG_MAIN: i32 = 23
const S_GROUP_ROOM: i32 = 24
const S_NEW_GROUPS: i32 = 25
const S_OUT_MAIN_SIG: i32 = 26
const S_OUT_STOP: i32 = 27
// f64 slots (byte offsets)
const F_LAST_LE: usize = 192
const F_LAST_COUNT: usize = 200
const F_INF: usize = 208
const F_COUNT: usize = 216

const NAME: usize = 256
const SUM_NAME: usize = 1280
const COUNT_NAME: usize = 2304
// where JavaScript writes: the names and the window
export const NAME_AT: i32 = <i32>NAME
export const SUM_NAME_AT: i32 = <i32>SUM_NAME
export const COUNT_NAME_AT: i32 = <i32>COUNT_NAME
export const NAME_MAX: i32 = 1016
const NAMES: usize = 3328
const POW10: usize = 3456
const CLASS: usize = 3840
const PREV: usize = 4096
/**
 * The groups a run started (see `run`), GROUP_ENTRY bytes each: the new group's key, k2, line,
 * start and end (u32 at 0, 4, 8, 12, 16), and the state the group before it was left in:
 * buckets, +Inf seen, _sum seen, _count seen (i32 at 20..32), last le, last count, +Inf count,
 * _count (f64 at 40, 48, 56, 64).
 */
const NEW_GROUPS: usize = 5120
const GROUP_ENTRY: usize = 80
export const NEW_GROUPS_AT: i32 = <i32>NEW_GROUPS
export const GROUP_ENTRY_BYTES: i32 = <i32>GROUP_ENTRY
const MAX_NEW_GROUPS: i32 = 32
const PAY: usize = 8192
export const WINDOW_AT: i32 = <i32>PAY
export const WINDOW: i32 = 1 << 20
/** The current family's histogram/summary group keys (see `groupKeyAdd`): 1 MiB of slots and 256 KiB to grow through. */
const GKEYS: usize = PAY + <usize>WINDOW
const GKEYS_MAX: u32 = 1 << 18
const TABLE: usize = GKEYS + (<usize>GKEYS_MAX << 2) + (<usize>GKEYS_MAX)

// modes
const FLAT: i32 = 1 // gauge, counter, untyped: nothing per sample but the series table
const BUCKET: i32 = 2 // a histogram's groups: _bucket lines, _sum, _count
const QUANTILE: i32 = 3 // a summary's groups: quantile lines, _sum, _count

const NL: u32 = 0x0a, SP: u32 = 0x20, QUOTE: u32 = 0x22, COMMA: u32 = 0x2c, EQ: u32 = 0x3d,
  LBRACE: u32 = 0x7b, RBRACE: u32 = 0x7d, BSLASH: u32 = 0x5c, DOT: u32 = 0x2e, USCORE: u32 = 0x5f

@inline function st(k: i32): i32 { return load<i32>(<usize>k << 2) }
@inline function put(k: i32, v: i32): void { store<i32>(<usize>k << 2, v) }
@inline function at(p: usize): u32 { return <u32>load<u8>(PAY + p) }
@inline function cls(c: u32): u32 { return <u32>load<u8>(CLASS + <usize>c) }

/** murmur3's finaliser, as parser.ts `fmix`. */
@inline function fmix(h: u32): u32 {
  h ^= h >>> 16
  h *= 0x85ebca6b
  h ^= h >>> 13
  h *= 0xc2b2ae35
  return h ^ (h >>> 16)
}

// ------------------------------------------------------------------ the series table

let mask: u32 = 0
let size: u32 = 0
let zeroVal: u32 = 0
const INITIAL_SLOTS: u32 = 256
/** When cleared, the table keeps at most this many slots, and only as many as its last size needed. */
const HINT_SLOTS: u32 = 1 << 14

// key and value in one slot: an insert into a table larger than the cache misses once, not twice
const SLOT: usize = 16
@inline function keyAt(i: u32): usize { return TABLE + (<usize>i << 4) }
@inline function valAt(i: u32): usize { return TABLE + (<usize>i << 4) + 8 }

function ensureMemory(bytes: usize): void {
  const have = <usize>memory.size() << 16
  if (bytes > have) memory.grow(<i32>((bytes - have + 0xffff) >>> 16))
}

export function init(): void {
  for (let c: u32 = 0; c < 256; c++) {
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c == USCORE
    const digit = c >= 0x30 && c <= 0x39
    let v: u32 = 0
    if (letter || c == 0x3a) v |= 1 | 2
    if (digit) v |= 2 | 8
    if (letter) v |= 4 | 8
    store<u8>(CLASS + <usize>c, <u8>v)
  }
  let pow: f64 = 1
  for (let i: usize = 0; i <= 22; i++) {
    store<f64>(POW10 + (i << 3), pow)
    pow *= 10
  }
  mask = INITIAL_SLOTS - 1
  size = 0
  zeroVal = 0
  gmask = 255
  gsize = 0
  ensureMemory(TABLE + <usize>INITIAL_SLOTS * SLOT)
  memory.fill(TABLE, 0, <usize>INITIAL_SLOTS * SLOT)
}

/** The slot of (hi, lo), or of the empty slot where it would go. */
@inline function probe(hi: u32, lo: u32): u32 {
  let i = (hi ^ (lo * 0x9e3779b1)) & mask
  while (true) {
    const k = keyAt(i)
    const a = load<u32>(k), b = load<u32>(k, 4)
    if ((a | b) == 0 || (a == hi && b == lo)) break
    i = (i + 1) & mask
  }
  return i
}

/** As IdentitySet.get: the value stored for (hi, lo), 0 when absent. */
export function tableGet(hi: u32, lo: u32): u32 {
  if ((hi | lo) == 0) return zeroVal
  const i = probe(hi, lo)
  return load<u32>(keyAt(i)) | load<u32>(keyAt(i), 4) ? load<u32>(valAt(i)) : 0
}

/** As IdentitySet.add: 0 when added, else the value stored first. */
export function tableAdd(hi: u32, lo: u32, value: u32): u32 {
  if ((hi | lo) == 0) {
    if (zeroVal != 0) return zeroVal
    zeroVal = value
    size++
    return 0
  }
  const i = probe(hi, lo)
  const k = keyAt(i)
  if (load<u32>(k) | load<u32>(k, 4)) return load<u32>(valAt(i))
  store<u32>(k, hi)
  store<u32>(k, lo, 4)
  store<u32>(valAt(i), value)
  if (++size * 2 > mask) grow()
  return 0
}

/** Rehash into a table 4× (2× once large) the size: built above the old one, then moved down. */
function grow(): void {
  const oldSlots = mask + 1
  const slots = oldSlots * (mask < (1 << 16) ? 4 : 2)
  const oldBytes = <usize>oldSlots * SLOT
  const bytes = <usize>slots * SLOT
  const scratch = TABLE + oldBytes
  ensureMemory(scratch + bytes)
  memory.fill(scratch, 0, bytes)
  const nmask = slots - 1
  for (let i: u32 = 0; i < oldSlots; i++) {
    const o = TABLE + (<usize>i << 4)
    const hi = load<u32>(o), lo = load<u32>(o, 4)
    if ((hi | lo) == 0) continue
    let j = (hi ^ (lo * 0x9e3779b1)) & nmask
    while (load<u32>(scratch + (<usize>j << 4)) | load<u32>(scratch + (<usize>j << 4), 4)) j = (j + 1) & nmask
    const n = scratch + (<usize>j << 4)
    store<u32>(n, hi)
    store<u32>(n, lo, 4)
    store<u32>(n, load<u32>(o, 8), 8)
  }
  memory.copy(TABLE, scratch, bytes)
  mask = nmask
}

/**
 * Empties the table (a family ended). The next family is sized like the last one, up to HINT_SLOTS:
 * emptying and walking (forEach) a table costs its slots, not its entries.
 */
export function tableClear(): void {
  if (size == 0) return
  const last = size
  size = 0
  zeroVal = 0
  memory.fill(TABLE, 0, <usize>(mask + 1) * SLOT)
  let slots = INITIAL_SLOTS
  while (slots < HINT_SLOTS && slots * 2 <= mask + 1 && last * 2 > slots - 1) slots *= 2
  mask = slots - 1
}

export function tableSize(): u32 { return size }
export function tableSlots(): u32 { return mask + 1 }
export function tableBase(): usize { return TABLE }
export function tableZero(): u32 { return zeroVal }

// ------------------------------------------------------------------ group keys

// The 30-bit keys under which Semantics keeps the current family's histogram and summary groups
// (JavaScript adds those it makes, the kernel those it starts), stored +1 so 0 is an empty slot.
let gmask: u32 = 255
let gsize: u32 = 0

export function groupKeyAdd(key: u32): void {
  const k = (key & 0x3fffffff) + 1
  let i = (k * 0x9e3779b1) & gmask
  while (true) {
    const x = load<u32>(GKEYS + (<usize>i << 2))
    if (x == k) return
    if (x == 0) break
    i = (i + 1) & gmask
  }
  store<u32>(GKEYS + (<usize>i << 2), k)
  if (++gsize * 2 > gmask && gmask + 1 < GKEYS_MAX) {
    // grow 4x: park the old slots above the largest table, then put them back
    const old = gmask + 1
    const park = GKEYS + (<usize>GKEYS_MAX << 2)
    memory.copy(park, GKEYS, <usize>old << 2)
    gmask = old * 4 - 1
    memory.fill(GKEYS, 0, <usize>(gmask + 1) << 2)
    for (let j: u32 = 0; j < old; j++) {
      const x = load<u32>(park + (<usize>j << 2))
      if (x == 0) continue
      let t = (x * 0x9e3779b1) & gmask
      while (load<u32>(GKEYS + (<usize>t << 2)) != 0) t = (t + 1) & gmask
      store<u32>(GKEYS + (<usize>t << 2), x)
    }
  }
}

/** Whether `key` may be a group the family has (true also once the set is too full to tell). */
function groupKeyHas(key: u32): bool {
  if (gsize * 2 > gmask) return true
  const k = (key & 0x3fffffff) + 1
  let i = (k * 0x9e3779b1) & gmask
  while (true) {
    const x = load<u32>(GKEYS + (<usize>i << 2))
    if (x == k) return true
    if (x == 0) return false
    i = (i + 1) & gmask
  }
  return false
}

export function groupKeysClear(): void {
  if (gsize == 0) return
  memory.fill(GKEYS, 0, <usize>(gmask + 1) << 2)
  gsize = 0
  gmask = 255
}

// ------------------------------------------------------------------ values

let value: f64 = 0


/**
 * A plain decimal at `p` as parser.ts `plainDecimal` reads it, without a sign: digits, an optional
 * fraction, an optional exponent of 1–3 digits, at most 15 significant digits and a scale within
 * ±22 (Clinger's fast path: the result is the correctly rounded one). Sets `value`; returns the
 * index after it, or -1.
 */
function decimal(p: usize): isize {
  let mant: f64 = 0
  let sig = 0, digits = 0, frac = 0
  let d = at(p) - 0x30
  while (d <= 9) {
    if (sig > 0 || d != 0) sig++
    mant = mant * 10 + <f64>d
    digits++
    d = at(++p) - 0x30
  }
  if (at(p) == DOT) {
    d = at(++p) - 0x30
    while (d <= 9) {
      if (sig > 0 || d != 0) sig++
      mant = mant * 10 + <f64>d
      digits++
      frac++
      d = at(++p) - 0x30
    }
  }
  if (digits == 0 || sig > 15) return -1
  let scale = -frac
  if ((at(p) | 0x20) == 0x65) {
    p++
    let neg = false
    const c = at(p)
    if (c == 0x2b || c == 0x2d) {
      neg = c == 0x2d
      p++
    }
    let exp = 0, ed = 0
    d = at(p) - 0x30
    while (d <= 9 && ed < 4) {
      exp = exp * 10 + <i32>d
      ed++
      d = at(++p) - 0x30
    }
    if (ed == 0 || ed == 4) return -1
    scale += neg ? -exp : exp
  }
  if (scale < -22 || scale > 22) return -1
  value = scale >= 0 ? mant * load<f64>(POW10 + (<usize>scale << 3)) : mant / load<f64>(POW10 + (<usize>(-scale) << 3))
  return <isize>p
}

/**
 * A value Go's ParseFloat takes without error (parser.ts `parseGoFloat`), for the flat mode where
 * only that matters: [+-]digits[.digits][e[+-]digits] with a digit somewhere, finite for sure (at
 * most 300 decimal places above the point: more may overflow, which is an error), or NaN (no sign),
 * Inf, +Inf, -Inf. A leading "-" only when `negOk` (a negative counter is a finding). Returns the
 * index after the value, or -1.
 */
function flatValue(p: usize, negOk: bool): isize {
  const s = p
  let c = at(p)
  if (c == 0x2d) {
    if (!negOk) return -1
    c = at(++p)
  } else if (c == 0x2b) c = at(++p)
  if (c == 0x49) return at(p + 1) == 0x6e && at(p + 2) == 0x66 ? <isize>(p + 3) : -1 // Inf
  if (c == 0x4e) return p == s && at(p + 1) == 0x61 && at(p + 2) == 0x4e ? <isize>(p + 3) : -1 // NaN
  let digits = 0, above = 0
  while (c - 0x30 <= 9) {
    digits++
    above++
    c = at(++p)
  }
  if (c == DOT) {
    c = at(++p)
    while (c - 0x30 <= 9) {
      digits++
      c = at(++p)
    }
  }
  if (digits == 0) return -1
  if ((c | 0x20) == 0x65) {
    c = at(++p)
    let neg = false
    if (c == 0x2b || c == 0x2d) {
      neg = c == 0x2d
      c = at(++p)
    }
    let exp = 0, ed = 0
    while (c - 0x30 <= 9 && ed < 5) {
      exp = exp * 10 + <i32>(c - 0x30)
      ed++
      c = at(++p)
    }
    if (ed == 0 || ed == 5) return -1
    if (!neg && above + exp > 300) return -1
  } else if (above > 300) return -1
  return <isize>p
}

/** The bytes [s, e) of the window are "+Inf". */
@inline function isPlusInf(s: usize, e: usize): bool {
  return e - s == 4 && at(s) == 0x2b && at(s + 1) == 0x49 && at(s + 2) == 0x6e && at(s + 3) == 0x66
}

// ------------------------------------------------------------------ the run

/** Label name hashes kept per line (fmix'd FNV-1a, at NAMES): the duplicate check and the signature. */
const MAX_LABELS: i32 = 32

/**
 * The `len` window bytes at `a` equal those at `b`, compared 8 at a time. Consecutive lines mostly
 * repeat labels of the line before (`x_bucket{a="1",b="2",le="0.1"}` then `...,le="0.5"}`): comparing
 * a byte costs less than hashing it twice. Reads may go up to 7 bytes past either range (the
 * window is followed by the series table, so they stay inside memory).
 */
@inline function sameBytes(a: usize, b: usize, len: usize): bool {
  let i: usize = 0
  while (i + 8 <= len) {
    if (load<u64>(PAY + a + i) != load<u64>(PAY + b + i)) return false
    i += 8
  }
  while (i < len) {
    if (load<u8>(PAY + a + i) != load<u8>(PAY + b + i)) return false
    i++
  }
  return true
}

/** The line at `p` starts with the `len` bytes at `name`, followed by "{" or " ". */
@inline function named(p: usize, name: usize, len: usize): bool {
  let k: usize = 0
  while (k + 8 <= len) {
    if (load<u64>(PAY + p + k) != load<u64>(name + k)) return false
    k += 8
  }
  while (k < len) {
    if (at(p + k) != <u32>load<u8>(name + k)) return false
    k++
  }
  const c = at(p + len)
  return c == LBRACE || c == SP
}

// why a run stopped (S_OUT_STOP): at a line it cannot take, at the window's end, or with the new-group log full
const STOP_LINE: i32 = 0
const STOP_WINDOW: i32 = 1
const STOP_FULL: i32 = 2

// line kinds
const MAIN: i32 = 0 // the run's name: a flat sample, a bucket or a quantile
const SUM: i32 = 1 // the group's _sum
const COUNT: i32 = 2 // the group's _count

/**
 * Reads lines from window offset `pos` up to `end` (the byte after a newline; every line before
 * it ends in one). Returns the number of lines taken; S_OUT_END is then the offset after the last
 * of them, S_OUT_LAST its start, S_OUT_KIND its kind, S_OUT_SIG its label-name signature, and
 * S_OUT_STOP why the run stopped. A line is taken only when all of these hold:
 *   - `name{l="v",...} value\n` or `name value\n`: the name is exactly an expected one, one space
 *     before the value, no timestamp, no blanks elsewhere, no trailing comma, no empty braces;
 *   - label names are [a-zA-Z_][a-zA-Z0-9_]* not starting with "__", at most MAX_LABELS, with
 *     pairwise different hashes; values hold only printable ASCII other than \ and ";
 *   - the series is not in the table yet.
 * And by kind:
 *   - the run's name (MAIN): the label-name signature is one the family has had (S_SIG, its last,
 *     or S_SIG_MAIN, its last line with this name: Semantics.addLabelNames then adds nothing), and
 *     - FLAT: the value is one Go reads without error (see `flatValue`);
 *     - BUCKET: an le label, the le a plain decimal (see `decimal`) or +Inf above the group's last
 *       bound, the count a plain decimal not below the group's last count;
 *     - QUANTILE: a quantile label, the quantile a plain decimal within [0, 1], the value any
 *       `flatValue`;
 *     and in both, the labels other than le / quantile are the current group's, or a group the
 *     family does not have yet (see `groupKeyHas`): the run starts it (as Semantics.groupSample
 *     would) and logs it in NEW_GROUPS, at most MAX_NEW_GROUPS and S_GROUP_ROOM of them;
 *   - the group's _sum or _count (BUCKET and QUANTILE, when S_SUM_LEN / S_COUNT_LEN are set: the
 *     family has had them before): the labels are the current group's (the whole label set hashes
 *     to its key), the _sum value any `flatValue`, the _count a plain decimal.
 */
export function run(pos: i32, end: i32): i32 {
  const nameLen = <usize>st(S_NAME_LEN)
  const sumLen = <usize>st(S_SUM_LEN), countLen = <usize>st(S_COUNT_LEN)
  const sig0 = <u32>st(S_SIG)
  let sigMain = <u32>st(S_SIG_MAIN)
  const mode = st(S_MODE)
  const negOk = st(S_NEG_OK) != 0
  const groupRoom = st(S_GROUP_ROOM) < MAX_NEW_GROUPS ? st(S_GROUP_ROOM) : MAX_NEW_GROUPS
  // the current group (the one JavaScript had last, until a run starts a new one)
  let groupKey = <u32>st(S_GROUP_KEY), groupK2 = <u32>st(S_GROUP_K2)
  let buckets = st(S_BUCKETS), infSeen = st(S_INF_SEEN)
  let sumSeen = 0, countSeen = 0
  let lastLe = load<f64>(F_LAST_LE), lastCount = load<f64>(F_LAST_COUNT), inf = load<f64>(F_INF)
  let count: f64 = 0
  let newGroups = 0
  let stop = STOP_LINE
  let lineNo = <u32>st(S_LINE_NO)
  let taken = 0
  let p = <usize>pos
  const limit = <usize>end
  let lastStart = p
  let done = p
  let lastKind = MAIN
  let lastSig = sig0
  // labels [0, prevLabels) of PREV hold entries of earlier lines of this window (each parsed clean)
  let prevLabels = 0

  while (p < limit) {
    const start = p
    // the name, and the line's kind
    let kind = MAIN
    let nameH1 = <u32>st(S_NAME_H1), nameH2 = <u32>st(S_NAME_H2)
    if (named(p, NAME, nameLen)) p += nameLen
    else if (sumLen > 0 && named(p, SUM_NAME, sumLen)) {
      kind = SUM
      nameH1 = <u32>st(S_SUM_H1)
      nameH2 = <u32>st(S_SUM_H2)
      p += sumLen
    } else if (countLen > 0 && named(p, COUNT_NAME, countLen)) {
      kind = COUNT
      nameH1 = <u32>st(S_COUNT_H1)
      nameH2 = <u32>st(S_COUNT_H2)
      p += countLen
    } else break
    let c = at(p)
    let s1: u32 = 0, s2: u32 = 0
    let n = 0
    let specialP1: u32 = 0, specialP2: u32 = 0
    let specialS: usize = 0, specialE: usize = 0
    let hasSpecial = false
    if (c == LBRACE) {
      p++
      let ok = false
      for (;;) {
        c = at(p)
        if (!(cls(c) & 4) || (c == USCORE && at(p + 1) == USCORE) || n >= MAX_LABELS) break
        const ls = p
        const prev = PREV + (<usize>n << 5)
        let n1: u32, p1: u32, p2: u32, special: bool
        let vs: usize, ve: usize
        const plen = <usize>load<u32>(prev, 4)
        if (n < prevLabels && sameBytes(ls, <usize>load<u32>(prev), plen)) {
          // label n is byte for byte label n of the line before: same checks, same hashes
          p = ls + plen
          n1 = load<u32>(prev, 8)
          p1 = load<u32>(prev, 12)
          p2 = load<u32>(prev, 16)
          special = load<u32>(prev, 20) != 0
          vs = ls + <usize>load<u32>(prev, 24)
          ve = p - 1
        } else {
          let h1: u32 = 0x811c9dc5, h2: u32 = 0x2545f491
          while (cls(c) & 8) {
            h1 = (h1 ^ c) * 0x01000193
            h2 = h2 * 31 + c
            c = at(++p)
          }
          const nameBytes = p - ls
          if (c != EQ || at(p + 1) != QUOTE) break
          p += 2
          vs = p
          let v1: u32 = 0x811c9dc5, v2: u32 = 0x2545f491
          c = at(p)
          while (c >= SP && c < 0x7f && c != QUOTE && c != BSLASH) {
            v1 = (v1 ^ c) * 0x01000193
            v2 = v2 * 31 + c
            c = at(++p)
          }
          if (c != QUOTE) break
          ve = p
          p++
          n1 = fmix(h1)
          p1 = fmix((n1 * 0x9e3779b1) ^ fmix(v1))
          p2 = fmix(fmix(h2 ^ 0x7f4a7c15) * 0x85ebca6b + fmix(v2 ^ 0x1b873593))
          special = mode == BUCKET ? nameBytes == 2 && at(ls) == 0x6c && at(ls + 1) == 0x65
            : mode == QUANTILE && nameBytes == 8 && load<u64>(PAY + ls) == 0x656c69746e617571 // "quantile"
          store<u32>(prev, <u32>ls)
          store<u32>(prev, <u32>(p - ls), 4)
          store<u32>(prev, n1, 8)
          store<u32>(prev, p1, 12)
          store<u32>(prev, p2, 16)
          store<u32>(prev, special ? 1 : 0, 20)
          store<u32>(prev, <u32>(vs - ls), 24)
        }
        let dup = false
        for (let j = 0; j < n; j++) if (load<u32>(NAMES + (<usize>j << 2)) == n1) { dup = true; break }
        if (dup) break
        store<u32>(NAMES + (<usize>n << 2), n1)
        s1 += p1
        s2 += p2
        n++
        if (n > prevLabels) prevLabels = n
        if (special) {
          hasSpecial = true
          specialP1 = p1
          specialP2 = p2
          specialS = vs
          specialE = ve
        }
        c = at(p)
        if (c == COMMA) {
          p++
          continue
        }
        if (c == RBRACE) {
          p++
          ok = true
        }
        break
      }
      if (!ok || n == 0) break
    }
    if (at(p) != SP) break
    p++
    const exact = kind == COUNT || (kind == MAIN && mode == BUCKET)
    const after = exact ? decimal(p) : flatValue(p, negOk || kind == SUM)
    if (after < 0 || at(<usize>after) != NL) break
    const v = value
    // the label-name signature (Semantics.addLabelNames): a run's own lines keep to signatures
    // the family has had, so their label names are all in it already
    let sig = <u32>n
    for (let j = 0; j < n; j++) sig = sig * 31 + load<u32>(NAMES + (<usize>j << 2))
    if (kind == MAIN && sig != sig0 && sig != sigMain) break
    let q: f64 = 0
    let fresh = false
    let gkey: u32 = 0, gk2: u32 = 0
    if (mode == FLAT) {
      // nothing per sample
    } else if (kind != MAIN) {
      // Semantics.groupSample: a _sum or _count is grouped by all its labels
      if (((s1 ^ (s2 * 0x9e3779b1)) & 0x3fffffff) != groupKey || s2 != groupK2) break
    } else {
      if (!hasSpecial) break
      gk2 = s2 - specialP2
      gkey = ((s1 - specialP1) ^ (gk2 * 0x9e3779b1)) & 0x3fffffff
      if (mode == BUCKET && isPlusInf(specialS, specialE)) q = Infinity
      else {
        const qe = decimal(specialS)
        if (qe != <isize>specialE) break
        q = value
      }
      if (gkey != groupKey || gk2 != groupK2) {
        // another group: only a new one (Semantics.groupSample makes it), as many as the log and the family have room for
        if (gkey == groupKey || newGroups >= groupRoom || groupKeyHas(gkey)) {
          if (gkey != groupKey && newGroups >= MAX_NEW_GROUPS) stop = STOP_FULL
          break
        }
        fresh = true
      }
      if (mode == BUCKET) {
        const floorLe = fresh ? -Infinity : lastLe
        const floorCount = fresh ? -Infinity : lastCount
        if (!(q > floorLe) || v < floorCount) break
      } else if (!(q >= 0 && q <= 1)) break
    }
    // the series table last: nothing above may stop the line once it is in
    if (tableAdd(nameH1 + s1, nameH2 + s2, lineNo) != 0) break
    if (fresh) {
      // log the new group and the state the group before it is left in, and start the new one
      const e = NEW_GROUPS + <usize>newGroups * GROUP_ENTRY
      store<u32>(e, gkey)
      store<u32>(e, gk2, 4)
      store<u32>(e, lineNo, 8)
      store<u32>(e, <u32>start, 12)
      store<u32>(e, <u32>after, 16)
      store<i32>(e, buckets, 20)
      store<i32>(e, infSeen, 24)
      store<i32>(e, sumSeen, 28)
      store<i32>(e, countSeen, 32)
      store<f64>(e, lastLe, 40)
      store<f64>(e, lastCount, 48)
      store<f64>(e, inf, 56)
      store<f64>(e, count, 64)
      newGroups++
      groupKeyAdd(gkey)
      groupKey = gkey
      groupK2 = gk2
      buckets = 0
      infSeen = 0
      sumSeen = 0
      countSeen = 0
      lastLe = -Infinity
      lastCount = -Infinity
      inf = 0
      count = 0
    }
    if (kind == SUM) sumSeen = 1
    else if (kind == COUNT) {
      countSeen = 1
      count = v
    } else {
      sigMain = sig
      if (mode == BUCKET) {
        buckets++
        lastLe = q
        lastCount = v
        if (q == Infinity) {
          inf = v
          infSeen = 1
        }
      }
    }
    lineNo++
    taken++
    lastStart = start
    lastKind = kind
    lastSig = sig
    p = done = <usize>after + 1
  }
  if (p >= limit) stop = STOP_WINDOW
  put(S_OUT_STOP, stop)
  put(S_OUT_END, <i32>done)
  put(S_OUT_LAST, <i32>lastStart)
  put(S_OUT_KIND, lastKind)
  put(S_OUT_SIG, <i32>lastSig)
  put(S_OUT_MAIN_SIG, <i32>sigMain)
  put(S_NEW_GROUPS, newGroups)
  put(S_GROUP_KEY, <i32>groupKey)
  put(S_GROUP_K2, <i32>groupK2)
  put(S_BUCKETS, buckets)
  put(S_INF_SEEN, infSeen)
  put(S_SUM_SEEN, sumSeen)
  put(S_COUNT_SEEN, countSeen)
  store<f64>(F_LAST_LE, lastLe)
  store<f64>(F_LAST_COUNT, lastCount)
  store<f64>(F_INF, inf)
  store<f64>(F_COUNT, count)
  return taken
}
