/**
 * The sample-run kernel: WebAssembly (built from wasm/sample-run.ts) that reads runs of plain sample
 * lines of the current family, where a payload spends most of its bytes. The line parser and the
 * semantics stay the only judges: the kernel takes a line only when it can prove the parser and
 * the semantics would find nothing on it, and stops at the first line it cannot (see `run` in the
 * kernel's source for the exact subset). It also holds the current family's series table, so a
 * series it took and one the semantics adds later meet in one table.
 *
 * Why WebAssembly: on the node_exporter payload, a JavaScript loop that only splits lines, hashes
 * them and looks them up already takes ~0.3 s per 50 MB on Node 24; the same loop compiled to
 * WebAssembly takes ~0.1 s (measured while choosing this design; `npm run bench` shows the result).
 */
import type { IdentityTable } from '../hash-set.js'
import { KERNEL_WASM } from './wasm-bytes.js'

// run state slots: keep in step with wasm/sample-run.ts (i32 slot numbers; f64 byte offsets / 8)
const S_NAME_LEN = 0, S_NAME_H1 = 1, S_NAME_H2 = 2, S_SIG = 3, S_LINE_NO = 4, S_MODE = 5, S_OUT_END = 6, S_OUT_LAST = 7,
  S_GROUP_KEY = 8, S_GROUP_K2 = 9, S_BUCKETS = 10, S_INF_SEEN = 11, S_NEG_OK = 12,
  S_SUM_LEN = 13 /* then _H1, _H2 */, S_COUNT_LEN = 16 /* then _H1, _H2 */,
  S_OUT_KIND = 19, S_OUT_SIG = 20, S_SUM_SEEN = 21, S_COUNT_SEEN = 22, S_SIG_MAIN = 23, S_GROUP_ROOM = 24,
  S_NEW_GROUPS = 25, S_OUT_MAIN_SIG = 26, S_OUT_STOP = 27
const F_LAST_LE = 24, F_LAST_COUNT = 25, F_INF = 26, F_COUNT = 27

const LEGACY_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/

/** What the kernel checks per line besides the grammar and the series table (see wasm/sample-run.ts). */
export const RunMode = { Flat: 1, Bucket: 2, Quantile: 3 } as const
export type RunMode = (typeof RunMode)[keyof typeof RunMode]

/** The kind of the last line a run took: the run's own name, or its group's _sum or _count. */
export const LineKind = { Main: 0, Sum: 1, Count: 2 } as const

interface KernelExports {
  memory: WebAssembly.Memory
  NAME_MAX: WebAssembly.Global
  WINDOW: WebAssembly.Global
  NAME_AT: WebAssembly.Global
  SUM_NAME_AT: WebAssembly.Global
  COUNT_NAME_AT: WebAssembly.Global
  WINDOW_AT: WebAssembly.Global
  NEW_GROUPS_AT: WebAssembly.Global
  GROUP_ENTRY_BYTES: WebAssembly.Global
  init(): void
  run(pos: number, end: number): number
  tableAdd(hi: number, lo: number, value: number): number
  tableGet(hi: number, lo: number): number
  tableClear(): void
  tableSize(): number
  tableSlots(): number
  tableBase(): number
  tableZero(): number
  groupKeyAdd(key: number): void
  groupKeysClear(): void
}

let compiled: WebAssembly.Module | null | undefined

/** The compiled module, or null where WebAssembly is not available (the JavaScript path then does all). */
function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(Buffer.from(KERNEL_WASM, 'base64'))
    } catch {
      compiled = null
    }
  }
  return compiled
}

/** A group's state as a run left it (Semantics copies it into its Group). */
export interface GroupState {
  buckets: number
  inf: number | undefined
  lastLe: number
  lastCount: number
  sumSeen: boolean
  countSeen: boolean
  count: number
}

/** A group a run started: where its first line is, and the state it left the group before it in. */
export interface StartedGroup {
  key: number
  k2: number
  line: number
  /** The first line's bytes in the chunk. */
  start: number
  end: number
  before: GroupState
}

/** One per validator: its own memory, window and series table. */
export class SampleRunKernel implements IdentityTable {
  /** After `run`: the chunk offset after the last line taken, and where that line starts. */
  end = 0
  lastStart = 0
  private readonly ex: KernelExports
  private readonly nameMax: number
  private readonly window: number
  /** Where the names and the window go in the kernel's memory (its exports say). */
  private readonly nameAt: number
  private readonly windowAt: number
  private readonly newGroupsAt: number
  private readonly groupEntry: number
  private buf: ArrayBuffer
  private u8: Uint8Array
  private i32: Int32Array
  private f64: Float64Array
  /** The chunk part in the window: chunk[wStart, wEnd), whole lines. */
  private wChunk: Uint8Array | undefined
  private wSearch: Buffer | undefined
  private wStart = 0
  private wEnd = 0
  private name = ''
  private nameOk = false

  /** A kernel, or undefined when WebAssembly is not there or cannot give one more instance its memory (the parser then reads every line). */
  static create(): SampleRunKernel | undefined {
    const m = kernelModule()
    if (!m) return undefined
    try {
      return new SampleRunKernel(new WebAssembly.Instance(m, {}).exports as unknown as KernelExports)
    } catch {
      return undefined
    }
  }

  private constructor(ex: KernelExports) {
    this.ex = ex
    ex.init()
    this.nameMax = ex.NAME_MAX.value as number
    this.window = ex.WINDOW.value as number
    this.nameAt = ex.NAME_AT.value as number
    this.sum.at = ex.SUM_NAME_AT.value as number
    this.count.at = ex.COUNT_NAME_AT.value as number
    this.windowAt = ex.WINDOW_AT.value as number
    this.newGroupsAt = ex.NEW_GROUPS_AT.value as number
    this.groupEntry = ex.GROUP_ENTRY_BYTES.value as number
    this.buf = ex.memory.buffer
    this.u8 = new Uint8Array(this.buf)
    this.i32 = new Int32Array(this.buf, 0, 64)
    this.f64 = new Float64Array(this.buf, 0, 32)
  }

  /** Memory grows when the series table does: the views must follow. */
  private views(): void {
    if (this.ex.memory.buffer === this.buf) return
    this.buf = this.ex.memory.buffer
    this.u8 = new Uint8Array(this.buf)
    this.i32 = new Int32Array(this.buf, 0, 64)
    this.f64 = new Float64Array(this.buf, 0, 32)
  }

  /**
   * Sets what the next runs expect: the sample name (latin1, as the semantics decoded it; false when
   * too long), its hashes as the parser makes them, the label-name signatures its lines may have
   * (the family's last, and that of its last line with this name), and whether a negative value is
   * fine (not in a counter).
   */
  expect(mode: RunMode, name: string, nameH1: number, nameH2: number, sig: number, mainSig: number, negativeOk: boolean): boolean {
    this.views()
    if (name !== this.name) {
      this.nameOk = this.fits(name)
      if (this.nameOk) this.write(this.nameAt, name)
      this.name = name
    }
    if (!this.nameOk) return false
    const s = this.i32
    s[S_NAME_LEN] = name.length
    s[S_NAME_H1] = nameH1
    s[S_NAME_H2] = nameH2
    s[S_SIG] = sig
    s[S_SIG_MAIN] = mainSig
    s[S_MODE] = mode
    s[S_NEG_OK] = negativeOk ? 1 : 0
    s[S_SUM_LEN] = 0
    s[S_COUNT_LEN] = 0
    return true
  }

  /**
   * After `expect` in the bucket and quantile modes: the group's _sum and _count names the run may
   * also take (each only when the family has had it: '' otherwise), with their hashes.
   */
  groupNames(sum: string, sumH1: number, sumH2: number, count: string, countH1: number, countH2: number): void {
    this.extraName(this.sum, sum, sumH1, sumH2)
    this.extraName(this.count, count, countH1, countH2)
  }

  private readonly sum = { at: 0, len: S_SUM_LEN, name: '', ok: false }
  private readonly count = { at: 0, len: S_COUNT_LEN, name: '', ok: false }
  /** Writes a group's _sum or _count name (when it changed) and sets its length and hashes (slots len, len+1, len+2). */
  private extraName(slot: { at: number; len: number; name: string; ok: boolean }, name: string, h1: number, h2: number): void {
    if (name !== slot.name) {
      slot.ok = this.fits(name)
      if (slot.ok) this.write(slot.at, name)
      slot.name = name
    }
    if (!slot.ok) return
    const s = this.i32
    s[slot.len] = name.length
    s[slot.len + 1] = h1
    s[slot.len + 2] = h2
  }

  /** A name the kernel's grammar reads unquoted (a quoted name may hold any character), and short enough. */
  private fits(name: string): boolean {
    return name.length > 0 && name.length <= this.nameMax && LEGACY_NAME.test(name)
  }

  private write(at: number, name: string): void {
    for (let i = 0; i < name.length; i++) this.u8[at + i] = name.charCodeAt(i)
  }

  /**
   * The histogram or summary group the run continues (see Semantics.groupSample), and how many new
   * groups the family has room for.
   */
  group(key: number, k2: number, buckets: number, inf: number | undefined, lastLe: number, lastCount: number, room: number): void {
    const s = this.i32, f = this.f64
    s[S_GROUP_KEY] = key
    s[S_GROUP_K2] = k2
    s[S_BUCKETS] = buckets
    s[S_INF_SEEN] = inf === undefined ? 0 : 1
    s[S_GROUP_ROOM] = room
    f[F_INF] = inf ?? 0
    f[F_LAST_LE] = lastLe
    f[F_LAST_COUNT] = lastCount
  }

  /** After `run`: the state of the group it ended in (the one it began with, or the last it started). */
  current(): GroupState {
    const s = this.i32, f = this.f64
    return {
      buckets: s[S_BUCKETS], inf: s[S_INF_SEEN] ? f[F_INF] : undefined, lastLe: f[F_LAST_LE], lastCount: f[F_LAST_COUNT],
      sumSeen: s[S_SUM_SEEN] !== 0, countSeen: s[S_COUNT_SEEN] !== 0, count: f[F_COUNT],
    }
  }

  /** After `run`: the groups it started, in order (usually none). */
  startedGroups(): StartedGroup[] {
    const n = this.i32[S_NEW_GROUPS]
    const out: StartedGroup[] = []
    if (n === 0) return out
    const dv = new DataView(this.buf)
    for (let i = 0; i < n; i++) {
      const e = this.newGroupsAt + i * this.groupEntry
      out.push({
        key: dv.getUint32(e, true), k2: dv.getInt32(e + 4, true), line: dv.getUint32(e + 8, true),
        start: dv.getUint32(e + 12, true) + this.wStart, end: dv.getUint32(e + 16, true) + this.wStart,
        before: {
          buckets: dv.getInt32(e + 20, true), inf: dv.getInt32(e + 24, true) ? dv.getFloat64(e + 56, true) : undefined,
          lastLe: dv.getFloat64(e + 40, true), lastCount: dv.getFloat64(e + 48, true),
          sumSeen: dv.getInt32(e + 28, true) !== 0, countSeen: dv.getInt32(e + 32, true) !== 0, count: dv.getFloat64(e + 64, true),
        },
      })
    }
    return out
  }

  /** After `run`: the kind of the last line taken (LineKind), its label-name signature, and that of the last line with the run's name. */
  get lastKind(): number { return this.i32[S_OUT_KIND] }
  get lastSig(): number { return this.i32[S_OUT_SIG] }
  get mainSig(): number { return this.i32[S_OUT_MAIN_SIG] }
  /** After `run`: whether it stopped at a line it cannot take (false: at the window's end or with its group log full, so it may go on). */
  get refused(): boolean { return this.i32[S_OUT_STOP] === 0 }

  /** A group Semantics made itself: the kernel must not start one under the same key. */
  groupKeyAdd(key: number): void { this.ex.groupKeyAdd(key) }
  /** The family ended: its groups are gone. */
  groupKeysClear(): void { this.ex.groupKeysClear() }

  /**
   * Takes the lines of `chunk` from `pos` (a line start) that the kernel can; `lineNo` is the number
   * of the first. Returns how many it took (0: the line at `pos` needs the parser); `end` and
   * `lastStart` then say where they ended.
   */
  /** A new chunk is being read: the window's copy may be stale (callers may refill a buffer). */
  newChunk(): void {
    this.wChunk = undefined
    this.wSearch = undefined
  }

  run(chunk: Uint8Array, pos: number, lineNo: number): number {
    this.views()
    if (chunk !== this.wChunk || pos < this.wStart || pos >= this.wEnd) {
      if (!this.fill(chunk, pos)) {
        // no whole line from `pos` fits the window: the parser's
        this.i32[S_OUT_STOP] = 0
        return 0
      }
    }
    this.i32[S_LINE_NO] = lineNo
    const n = this.ex.run(pos - this.wStart, this.wEnd - this.wStart)
    this.views()
    this.end = this.i32[S_OUT_END] + this.wStart
    this.lastStart = this.i32[S_OUT_LAST] + this.wStart
    return n
  }

  /** Copies the whole lines of chunk from `pos` that fit into the window. */
  private fill(chunk: Uint8Array, pos: number): boolean {
    if (chunk !== this.wChunk) {
      this.wChunk = chunk
      this.wSearch = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
    }
    const upTo = Math.min(chunk.length, pos + this.window)
    const nl = this.wSearch!.lastIndexOf(0x0a, upTo - 1)
    if (nl < pos) {
      this.wEnd = this.wStart = 0
      return false
    }
    this.views()
    this.u8.set(chunk.subarray(pos, nl + 1), this.windowAt)
    this.wStart = pos
    this.wEnd = nl + 1
    return true
  }

  // ---------------------------------------------------------------- IdentityTable (the series table)

  get size(): number { return this.ex.tableSize() }
  add(hi: number, lo: number, value: number): number { return this.ex.tableAdd(hi, lo, value) >>> 0 }
  get(hi: number, lo: number): number { return this.ex.tableGet(hi, lo) >>> 0 }
  clear(): void { this.ex.tableClear() }
  forEach(fn: (hi: number, lo: number, value: number) => void): void {
    this.views()
    const zero = this.ex.tableZero() >>> 0
    if (zero !== 0) fn(0, 0, zero)
    // 16-byte slots: key hi, key lo, value, unused
    const slots = this.ex.tableSlots(), t = new Uint32Array(this.buf, this.ex.tableBase(), slots * 4)
    for (let i = 0; i < slots * 4; i += 4) {
      const a = t[i], b = t[i + 1]
      if ((a | b) !== 0) fn(a, b, t[i + 2])
    }
  }
}
