/**
 * Semantics over parsed lines: metric families (contiguity, metadata placement, OpenMetrics type
 * rules), duplicate series, histogram/summary/counter rules, exemplar placement, timestamps and the
 * job's limits. Memory stays small: the current family, per-series state only for histogram and
 * summary groups of the current family, and 64-bit identities for series and ended families.
 */
import type { RuleMeta } from '../check.js'
import type { FamilySummary, MetricType } from './family.js'
import { hashString, IdentitySet, type IdentityTable } from './hash-set.js'
import { LineKind, RunMode, type GroupState, type SampleRunKernel } from './kernel/index.js'
import { checkOmSum, checkOmSumAtEnd, type SumState } from './histogram-sum.js'
import { NameClash } from './openmetrics-name-clash.js'
import { checkOmQuantileValue, checkOmUnitForType } from './openmetrics-type-rules.js'
import type { ExpositionFormat, ScrapeTargetInfo, ValidatorLimits } from './index.js'
import { bytesEqual, floatResult, latin1, nameHashes, parseGoFloat, plainDecimal, type LineParser, type LineSink, type MetaKind } from './parser.js'
import { rules } from './rules/index.js'
import { SeriesArchive } from './series-archive.js'
import { columnOf, FAILS, fails, firstLineEnd, lineText, SPEC, WRONG, type FindingSink, type LineRef } from './sink.js'
import type { Verdict } from '../finding.js'
import { EXPORTED_PREFIX_BYTES, labelLimitsSet, TargetLabels, targetLabelOrigin, type LongTargetLabel } from './target-labels.js'

interface Group extends SumState {
  k2: number
  line: number
  /** Where the bytes of the group's first line are in `Semantics.firstLines` (decoded only for a finding). */
  rawAt: number
  rawLen: number
  /** Histogram: last bucket bound and count; +Inf count. */
  lastLe: number
  lastCount: number
  buckets: number
  inf: number | undefined
  sum: boolean
  count: number | undefined
}

interface Family {
  name: string
  /** Identity for contiguity: the name, or for a text family without TYPE its name less _sum/_count/_bucket. */
  base: string
  type: MetricType
  typeSeen: boolean
  help?: string
  unit?: string
  typeLine?: number
  helpLine?: number
  unitLine?: number
  firstLine: number
  firstSampleLine: number
  nameSpan?: { line: number; column: number; endColumn: number }
  /** Text of the line `nameSpan` is on (for the payload part of lint findings). */
  nameLineText?: string
  samples: number
  sampleNames: Set<string>
  labelNames: Set<string>
  /** Last label-name signature added to labelNames (skips re-adding the same names). */
  lastSig: number
  /** The signature of the last histogram bucket or summary quantile line (the kernel's runs keep to it). */
  mainSig: number
  lastName: string
  lastSuffix: string
  /** Sample name → suffix in this family ('-' = not part of it). */
  suffixes: Map<string, string>
  lastKey: number
  lastGroup: Group | undefined
  groups: Map<number, Group> | undefined
}

const TEXT_SUFFIXES: Partial<Record<MetricType, string[]>> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['_sum', '_count'],
}

/** OpenMetrics 1.0: the sample names each type allows ('' = the family name itself). */
const OM_SUFFIXES: Record<MetricType, string[]> = {
  counter: ['_total', '_created'],
  gauge: [''],
  histogram: ['_bucket', '_count', '_sum', '_created'],
  gaugehistogram: ['_bucket', '_gcount', '_gsum'],
  summary: ['', '_count', '_sum', '_created'],
  info: ['_info'],
  stateset: [''],
  unknown: [''],
  untyped: [''],
}

const dec = new TextDecoder()
/** A family keeps state for at most this many histogram / summary groups (series less le / quantile). */
const MAX_GROUPS = 100000

const TYPES: readonly MetricType[] = ['counter', 'gauge', 'histogram', 'gaugehistogram', 'summary', 'info', 'stateset', 'unknown', 'untyped']

/**
 * The type as one of the string literals above. Every sample compares its family's type with them
 * (`t === 'counter'`): against the same string object that is a pointer compare, against a string
 * decoded from the payload it is a character compare.
 */
function canonicalType(text: string): MetricType {
  for (const t of TYPES) if (t === text) return t
  return text as MetricType
}

export interface SemanticsOptions {
  format: ExpositionFormat
  limits?: ValidatorLimits
  /** Labels Prometheus adds to every sample (job, instance) for label_limit when `target` is absent; default 2. */
  targetLabels?: number
  /** The scrape target: its labels and honor_labels (see target-labels.ts). */
  target?: ScrapeTargetInfo
  /** The Prometheus the verdicts are for, as major * 1000 + minor (see versionNumber in src/version.ts); default 3.x. */
  promVersion?: number
  onFamily?: (f: FamilySummary) => void
  /** The sample-run kernel, when it reads runs: its series table is then the semantics' too. */
  kernel?: SampleRunKernel
}

export class Semantics implements LineSink {
  readonly om: boolean
  samples = 0
  families = 0
  /** The name line of the family being closed (lint findings point at it). */
  lastNameLine: { line: number; text: string } | undefined
  sawEof = false
  eofLine = 0
  afterEofReported = false
  private fam: Family | undefined
  private readonly series: IdentityTable
  private readonly ended = new IdentitySet(256)
  /** Series of ended families, for duplicates across the blocks of an interleaved family. */
  private readonly archive = new SeriesArchive()
  /** OpenMetrics: family names that clash with another family's sample names. */
  private readonly clash: NameClash | undefined
  private lastNameH1 = 0
  private lastNameH2 = 0
  private lastName = ''
  private readonly nameCache = new Map<number, string>()
  private readonly nameCacheH2 = new Map<number, number>()
  private readonly labelNameCache = new Map<number, string>()
  private limitState = {
    sampleLine: 0, sampleText: '', sampleEnd: 1,
    labelCount: 0, labelFirst: undefined as undefined | { line: number; col: number; end: number; text: string; count: number; own: number; added: number; names: string },
    /** The first sample carrying a target label over a length limit (name, value). */
    targetName: undefined as undefined | { line: number; end: number; text: string; label: LongTargetLabel },
    targetValue: undefined as undefined | { line: number; end: number; text: string; label: LongTargetLabel },
    nameLen: 0, nameFirst: undefined as undefined | { line: number; col: number; end: number; text: string; name: string; length: number },
    valueLen: 0, valueFirst: undefined as undefined | { line: number; col: number; end: number; text: string; name: string; length: number },
  }

  private readonly target: TargetLabels | undefined

  constructor(private readonly opts: SemanticsOptions, private readonly out: FindingSink) {
    this.om = opts.format === 'openmetrics-1.0.0'
    this.series = opts.kernel ?? new IdentitySet(1024)
    this.target = opts.target && opts.limits && labelLimitsSet(opts.limits) ? new TargetLabels(opts.target, opts.limits, opts.promVersion) : undefined
    this.clash = this.om ? new NameClash(out) : undefined
  }

  // ------------------------------------------------------------------ metadata

  meta(kind: MetaKind, p: LineParser, line: LineRef): void {
    if (this.checkAfterEof(line)) return
    const b = line.buf
    let f = this.fam
    // HELP then TYPE (then samples) of one name: compare bytes with the current family's name
    // before building a string (one per family instead of one per line).
    const name = p.metaNameQuoted ? unescapeName(b, p.metaNameStart, p.metaNameEnd)
      : f && bytesEqual(b, p.metaNameStart, p.metaNameEnd, f.name) ? f.name : latin1(b, p.metaNameStart, p.metaNameEnd)
    if (!f || f.name !== name) {
      f = this.startFamily(name, line)
      if (kind !== 'TYPE') this.clash?.check(name, f.type, line, p.metaNameStart, p.metaNameEnd)
      f.nameSpan = { line: line.no, column: columnOf(b, line.start, p.metaNameStart), endColumn: columnOf(b, line.start, p.metaNameEnd) }
      f.nameLineText = lineText(b, line.start, line.end)
    }
    const text = kind === 'TYPE' ? latin1(b, p.metaTextStart, p.metaTextEnd)
      : dec.decode(b.subarray(p.metaTextStart, p.metaTextEnd))
    const prevLine = kind === 'HELP' ? f.helpLine : kind === 'TYPE' ? f.typeLine : f.unitLine
    const prevValue = kind === 'HELP' ? f.help : kind === 'TYPE' ? f.type : f.unit
    if (prevLine !== undefined) {
      const same = prevValue === text
      this.out.onLine(rules.duplicateMetadata, same ? 'duplicate' : 'conflicting',
        { kind, name, line: prevLine, value: text.slice(0, 100), first: String(prevValue).slice(0, 100) },
        SPEC, line, line.start, line.end)
      return
    }
    // The text format lets HELP come anywhere in its family; TYPE (and in OpenMetrics all metadata) must come first.
    if (f.samples > 0 && (this.om || kind === 'TYPE')) {
      this.out.onLine(rules.metadataAfterSamples, 'after', { kind, name, line: f.firstSampleLine }, SPEC, line, line.start, line.end)
    }
    if (kind === 'HELP') {
      f.help = text
      f.helpLine = line.no
    } else if (kind === 'TYPE') {
      f.type = canonicalType(text)
      f.typeSeen = true
      f.typeLine = line.no
      if (this.om) this.checkOmFamilyName(f, line, p)
      if (this.om) checkOmUnitForType(this.out, name, f.type, true, f.unit, line, p.metaTextStart, p.metaTextEnd)
      this.clash?.check(name, f.type, line, p.metaNameStart, p.metaNameEnd)
    } else {
      f.unit = text
      f.unitLine = line.no
      if (text !== '' && !(name === text || name.endsWith('_' + text))) {
        this.out.onLine(rules.openmetricsInvalidUnit, 'suffix', { unit: text, name }, FAILS, line, p.metaTextStart, p.metaTextEnd)
      }
      if (this.om) checkOmUnitForType(this.out, name, f.type, f.typeSeen, text, line, p.metaTextStart, p.metaTextEnd)
    }
  }

  private checkOmFamilyName(f: Family, line: LineRef, p: LineParser): void {
    const reserved: Partial<Record<MetricType, string[]>> = {
      counter: ['_total', '_created'], info: ['_info'],
      histogram: ['_bucket', '_count', '_sum', '_created'], summary: ['_count', '_sum', '_created'],
      gaugehistogram: ['_bucket', '_gcount', '_gsum'],
    }
    for (const suffix of reserved[f.type] ?? []) {
      if (f.name.endsWith(suffix) && f.name.length > suffix.length) {
        this.out.onLine(rules.openmetricsInvalidFamilyName, 'reserved',
          { type: f.type, name: f.name, suffix, base: f.name.slice(0, -suffix.length) }, SPEC, line, p.metaNameStart, p.metaNameEnd)
        return
      }
    }
  }

  eof(line: LineRef): void {
    if (this.checkAfterEof(line)) return
    this.sawEof = true
    this.eofLine = line.no
  }

  /** OpenMetrics: anything after `# EOF` is an error (reported once). */
  private checkAfterEof(line: LineRef): boolean {
    if (!this.sawEof) return false
    if (!this.afterEofReported) {
      this.afterEofReported = true
      this.out.onLine(rules.openmetricsContentAfterEof, 'after', { line: this.eofLine }, FAILS, line, line.start, line.end)
    }
    return true
  }

  // ------------------------------------------------------------------ samples

  sample(p: LineParser, line: LineRef): void {
    if (this.om && this.checkAfterEof(line)) return
    const b = line.buf
    const name = this.sampleName(p, b)
    let f = this.fam
    let suffix = ''
    if (f) {
      if (name === f.lastName) suffix = f.lastSuffix
      else {
        const cached = f.suffixes.get(name)
        suffix = cached ?? this.suffixIn(f, name)
        if (cached === undefined && f.suffixes.size < 64) f.suffixes.set(name, suffix)
      }
      if (suffix === '-') {
        if (this.om && f.typeSeen && f.samples === 0 && name.startsWith(f.name)) {
          // A declared OpenMetrics family whose sample has a suffix its type does not allow.
          this.out.onLine(rules.openmetricsInvalidSampleName, 'suffix',
            { name, type: f.type, family: f.name, allowed: OM_SUFFIXES[f.type].map((s) => f!.name + s).join(', ') },
            SPEC, line, p.nameStart, p.nameEnd)
          suffix = name.slice(f.name.length)
        } else if (this.om && f.typeSeen && name.startsWith(f.name) && !this.ended.get(...hashString(name))) {
          this.out.onLine(rules.openmetricsInvalidSampleName, 'suffix',
            { name, type: f.type, family: f.name, allowed: OM_SUFFIXES[f.type].map((s) => f!.name + s).join(', ') },
            SPEC, line, p.nameStart, p.nameEnd)
          suffix = name.slice(f.name.length)
        } else {
          f = undefined
        }
      }
    }
    if (!f) {
      f = this.startFamily(name, line, true)
      this.clash?.check(name, f.type, line, p.nameStart, p.nameEnd, true)
      f.nameSpan = { line: line.no, column: columnOf(b, line.start, p.nameStart), endColumn: columnOf(b, line.start, p.nameEnd) }
      f.nameLineText = lineText(b, line.start, line.end)
      suffix = ''
    }
    if (f.samples === 0) f.firstSampleLine = line.no
    f.samples++
    this.samples++
    if (name !== f.lastName) {
      f.lastName = name
      f.lastSuffix = suffix
      f.sampleNames.add(name)
    }
    this.addLabelNames(f, p, b)

    // duplicate series (name + label set, order-insensitive)
    const h1 = (p.nameH1 + p.setH1) | 0, h2 = (p.nameH2 + p.setH2) | 0
    const first = this.series.add(h1, h2, line.no)
    if (first !== 0) {
      this.out.onLine(rules.duplicateSeries, 'duplicate', { series: seriesText(b, p, -1), line: first }, WRONG, line, line.start, p.valueStart > line.start ? p.valueStart - 1 : line.end)
    }
    this.checkLabels(p, line)
    this.checkLimits(p, line)
    this.checkTypeRules(f, suffix, name, p, line)
    if (p.hasTs) this.checkTimestamp(p, line)
    if (p.exStart >= 0) this.checkExemplarPlacement(f, suffix, name, p, line)
  }

  /**
   * Whether the kernel may read the lines that follow, told what it must agree with (see
   * kernel/index.ts). Only where `sample` would do nothing per line but what the kernel mirrors:
   * text formats, no per-sample limits, the last sample was of the current family, and that family
   * is flat (gauge, counter, untyped: the run keeps to the last sample's name) or a histogram or
   * summary whose last line was one of a group's (the run goes on in that group, its _sum and
   * _count, and new groups).
   */
  prepareRun(k: SampleRunKernel): boolean {
    const f = this.fam
    if (f === undefined || f.samples === 0 || this.om || f.lastName !== this.lastName || this.perSampleLimits) return false
    const t = f.type
    if (t === 'gauge' || t === 'counter' || t === 'untyped') {
      return k.expect(RunMode.Flat, f.lastName, this.lastNameH1, this.lastNameH2, f.lastSig, f.lastSig, t !== 'counter')
    }
    // a histogram or summary: the run goes on from the group of the last line (a bucket or
    // quantile, or the group's _sum or _count), through its lines and into new groups
    const hist = t === 'histogram'
    if (!(hist || t === 'summary') || f.lastGroup === undefined) return false
    const sfx = f.lastSuffix
    if (sfx !== (hist ? '_bucket' : '') && sfx !== '_sum' && sfx !== '_count') return false
    const r = this.runNames(f)
    if (!f.sampleNames.has(r.main)) return false
    if (!k.expect(hist ? RunMode.Bucket : RunMode.Quantile, r.main, r.mainH[0], r.mainH[1], f.lastSig, f.mainSig, true)) return false
    const g = f.lastGroup
    k.group(f.lastKey, g.k2, g.buckets, g.inf, g.lastLe, g.lastCount, MAX_GROUPS - (f.groups?.size ?? 0))
    // _sum and _count once the family has had them (their first sight adds them to sampleNames,
    // which the kernel does not do)
    k.groupNames(f.sampleNames.has(r.sum) ? r.sum : '', r.sumH[0], r.sumH[1], f.sampleNames.has(r.count) ? r.count : '', r.countH[0], r.countH[1])
    return true
  }

  /** The kernel took `n` sample lines of the current family (after `prepareRun`) from `chunk`. */
  afterRun(k: SampleRunKernel, n: number, chunk: Uint8Array): void {
    const f = this.fam!
    f.samples += n
    this.samples += n
    const t = f.type
    if (t !== 'histogram' && t !== 'summary') return
    const hist = t === 'histogram'
    let g = f.lastGroup!
    // the run may have finished the group it began with and started others (as groupSample would)
    for (const ng of k.startedGroups()) {
      this.applyRun(g, ng.before, hist)
      const rawAt = this.keepFirstLine(chunk, ng.start, Math.min(ng.end, ng.start + 800))
      g = {
        k2: ng.k2, line: ng.line, rawAt, rawLen: this.firstLinesUsed - rawAt,
        lastLe: -Infinity, lastCount: -Infinity, buckets: 0, inf: undefined, sum: false, count: undefined, negLe: undefined, pending: undefined,
      }
      f.groups!.set(ng.key, g)
      f.lastKey = ng.key
      f.lastGroup = g
    }
    this.applyRun(g, k.current(), hist)
    f.mainSig = k.mainSig
    f.lastSig = k.lastSig
    // what `sample` leaves after the run's last line
    const r = this.runNames(f)
    const kind = k.lastKind
    const name = kind === LineKind.Main ? r.main : kind === LineKind.Sum ? r.sum : r.count
    const h = kind === LineKind.Main ? r.mainH : kind === LineKind.Sum ? r.sumH : r.countH
    f.lastName = this.lastName = name
    f.lastSuffix = kind === LineKind.Main ? (hist ? '_bucket' : '') : kind === LineKind.Sum ? '_sum' : '_count'
    this.lastNameH1 = h[0]
    this.lastNameH2 = h[1]
  }

  private applyRun(g: Group, s: GroupState, hist: boolean): void {
    if (hist) {
      g.buckets = s.buckets
      g.lastLe = s.lastLe
      g.lastCount = s.lastCount
      g.inf = s.inf
    }
    if (s.sumSeen) g.sum = true
    if (s.countSeen) g.count = s.count
  }

  private runNamesOf: Family | undefined
  private runNamesCache = { main: '', sum: '', count: '', mainH: [0, 0], sumH: [0, 0], countH: [0, 0] }
  /** The current family's bucket (or quantile), _sum and _count names and their hashes (once per family). */
  private runNames(f: Family): { main: string; sum: string; count: string; mainH: number[]; sumH: number[]; countH: number[] } {
    if (this.runNamesOf !== f) {
      this.runNamesOf = f
      const main = f.type === 'histogram' ? f.name + '_bucket' : f.name, sum = f.name + '_sum', count = f.name + '_count'
      this.runNamesCache = { main, sum, count, mainH: nameHashes(main), sumH: nameHashes(sum), countH: nameHashes(count) }
    }
    return this.runNamesCache
  }

  private get perSampleLimits(): boolean {
    const lim = this.opts.limits
    return lim !== undefined && !!(lim.sampleLimit || lim.labelLimit || lim.labelNameLengthLimit || lim.labelValueLengthLimit)
  }

  /** The sample's name as a string, without allocating for names seen before (keyed by the name hashes). */
  private sampleName(p: LineParser, b: Uint8Array): string {
    if (p.nameH1 === this.lastNameH1 && p.nameH2 === this.lastNameH2) return this.lastName
    const key = p.nameH1 & 0x3fffffff
    let name = this.nameCache.get(key)
    if (name === undefined || this.nameCacheH2.get(key) !== p.nameH2) {
      const f = this.fam
      name = p.nameQuoted ? unescapeName(b, p.nameStart, p.nameEnd)
        : f && bytesEqual(b, p.nameStart, p.nameEnd, f.name) ? f.name : latin1(b, p.nameStart, p.nameEnd)
      if (this.nameCache.size < 50000) {
        this.nameCache.set(key, name)
        this.nameCacheH2.set(key, p.nameH2)
      }
    }
    this.lastNameH1 = p.nameH1
    this.lastNameH2 = p.nameH2
    this.lastName = name
    return name
  }

  /** The suffix `name` has within family `f` ('' = the family name), or '-' when it is not part of it. */
  private suffixIn(f: Family, name: string): string {
    if (this.om) {
      const allowed = OM_SUFFIXES[f.type] ?? ['']
      if (!name.startsWith(f.name)) return '-'
      const rest = name.slice(f.name.length)
      return allowed.includes(rest) ? rest : '-'
    }
    if (name === f.name) return ''
    if (!f.typeSeen) {
      // Without a TYPE line, x, x_sum, x_count and x_bucket are read as one (untyped) family.
      const base = stripSuffix(name)
      return base === f.base ? name.slice(base.length) : '-'
    }
    const allowed = TEXT_SUFFIXES[f.type]
    if (!allowed || !name.startsWith(f.name)) return '-'
    const rest = name.slice(f.name.length)
    return allowed.includes(rest) ? rest : '-'
  }

  private addLabelNames(f: Family, p: LineParser, b: Uint8Array): void {
    let sig = p.nLabels
    for (let i = 0; i < p.nLabels; i++) sig = (Math.imul(sig, 31) + p.labN1[i]) | 0
    if (sig === f.lastSig && f.samples > 1) return
    f.lastSig = sig
    for (let i = 0; i < p.nLabels; i++) {
      const key = p.labN1[i]
      let s = this.labelNameCache.get(key)
      const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1]
      if (s === undefined || s.length !== ne - ns) {
        s = p.labFlags[i] & 1 ? unescapeName(b, ns, ne) : latin1(b, ns, ne)
        if (this.labelNameCache.size < 10000) this.labelNameCache.set(key, s)
      }
      if (f.labelNames.size < 1000) f.labelNames.add(s)
    }
  }

  /** Duplicate label names in one sample (Prometheus: "label name ... is not unique": the scrape fails). */
  private checkLabels(p: LineParser, line: LineRef): void {
    const n = p.nLabels
    if (n < 2 && !(n === 1 && isNameLabel(line.buf, p, 0))) return
    const b = line.buf
    if (n <= 16) {
      for (let i = 0; i < n; i++) {
        if (isNameLabel(b, p, i)) { this.reportDupLabel(p, line, i); return }
        for (let j = 0; j < i; j++) {
          if (p.labN1[i] === p.labN1[j] && sameBytes(b, p.lab[i * 4], p.lab[i * 4 + 1], p.lab[j * 4], p.lab[j * 4 + 1])) {
            this.reportDupLabel(p, line, i)
            return
          }
        }
      }
      return
    }
    const seen = new Map<number, number>()
    for (let i = 0; i < n; i++) {
      if (isNameLabel(b, p, i)) { this.reportDupLabel(p, line, i); return }
      const j = seen.get(p.labN1[i])
      if (j !== undefined && sameBytes(b, p.lab[i * 4], p.lab[i * 4 + 1], p.lab[j * 4], p.lab[j * 4 + 1])) {
        this.reportDupLabel(p, line, i)
        return
      }
      seen.set(p.labN1[i], i)
    }
  }

  private reportDupLabel(p: LineParser, line: LineRef, i: number): void {
    const b = line.buf
    const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1]
    const name = latin1(b, ns, Math.min(ne, ns + 100))
    if (isNameLabel(b, p, i)) {
      this.out.onLine(rules.duplicateLabelName, 'duplicate', { name }, FAILS, line, ns, ne)
      return
    }
    // Prometheus builds the sample's labels with labels.Builder, whose Reset drops every label
    // named like one with an empty value: when one of the repeated labels is empty, all of them
    // go and the scrape succeeds (the other values are lost); otherwise it fails.
    let empty = 0, total = 0
    for (let k = 0; k < p.nLabels; k++) {
      if (p.labN1[k] !== p.labN1[i] || !sameBytes(b, p.lab[k * 4], p.lab[k * 4 + 1], ns, ne)) continue
      total++
      if (p.lab[k * 4 + 2] === p.lab[k * 4 + 3]) empty++
    }
    if (empty === 0) this.out.onLine(rules.duplicateLabelName, 'duplicate', { name }, FAILS, line, ns, ne)
    else if (empty === total) this.out.onLine(rules.duplicateLabelName, 'duplicateEmpty', { name }, SPEC, line, ns, ne)
    else this.out.onLine(rules.duplicateLabelName, 'duplicateDropped', { name }, WRONG, line, ns, ne)
  }

  private checkLimits(p: LineParser, line: LineRef): void {
    const lim = this.opts.limits
    if (!lim) return
    const st = this.limitState
    if (lim.sampleLimit && this.samples === lim.sampleLimit + 1) {
      st.sampleLine = line.no
      st.sampleText = lineText(line.buf, line.start, line.end)
      st.sampleEnd = columnOf(line.buf, line.start, firstLineEnd(line.buf, line.start, line.end))
    }
    const b = line.buf
    const tl = this.target
    if (lim.labelLimit) {
      // Prometheus counts the sample's labels after the target's are merged in (len(lset)):
      // labels with an empty value are dropped; with honor_labels a target label the sample
      // already has (by name) is not added.
      let own = 0, conflicts = 0
      for (let i = 0; i < p.nLabels; i++) {
        if (p.labVLen[i] > 0) own++
        if (tl !== undefined && tl.honor && tl.find(b, p.lab[i * 4], p.lab[i * 4 + 1]) >= 0) conflicts++
      }
      const added = tl !== undefined ? tl.count - conflicts : (this.opts.targetLabels ?? 2)
      const count = own + 1 + added
      if (count > lim.labelLimit) {
        st.labelCount++
        if (!st.labelFirst) {
          st.labelFirst = { line: line.no, col: 1, end: columnOf(b, line.start, firstLineEnd(b, line.start, line.end)), text: lineText(b, line.start, line.end), count, own, added, names: tl ? tl.addedNames((k) => sampleHas(tl, p, b, k)) : '' }
        }
      }
    }
    if (lim.labelNameLengthLimit || lim.labelValueLengthLimit) {
      // Prometheus checks every label of the sample, __name__ too: its name is 8 bytes and its
      // value is the metric name (scrape.go verifyLabelLimits; checked against 2.42). The raw bytes
      // of a quoted name stand for its length.
      const ms = p.nameStart, me = p.nameEnd
      if (me > ms) {
        if (lim.labelNameLengthLimit && 8 > lim.labelNameLengthLimit) {
          st.nameLen++
          if (!st.nameFirst) st.nameFirst = { line: line.no, col: columnOf(b, line.start, ms), end: columnOf(b, line.start, me), text: lineText(b, line.start, line.end), name: '__name__', length: 8 }
        }
        if (lim.labelValueLengthLimit && me - ms > lim.labelValueLengthLimit) {
          st.valueLen++
          if (!st.valueFirst) st.valueFirst = { line: line.no, col: columnOf(b, line.start, ms), end: columnOf(b, line.start, me), text: lineText(b, line.start, line.end), name: '__name__', length: me - ms }
        }
      }
      // honor_labels: false keeps an exposed label named like a target label as exported_<name>
      // (exported_exported_<name> when that is taken, ...): the prefixes each label gets
      const prefixes = tl !== undefined && !tl.honor && lim.labelNameLengthLimit ? exportedPrefixes(tl, p, b) : undefined
      for (let i = 0; i < p.nLabels; i++) {
        // a label with an empty value is dropped before the limits apply
        if (p.labVLen[i] === 0) continue
        const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1], vs = p.lab[i * 4 + 2], ve = p.lab[i * 4 + 3]
        const renames = prefixes?.[i] ?? 0
        const nameLen = ne - ns + renames * EXPORTED_PREFIX_BYTES
        if (lim.labelNameLengthLimit && nameLen > lim.labelNameLengthLimit) {
          st.nameLen++
          if (!st.nameFirst) st.nameFirst = { line: line.no, col: columnOf(b, line.start, ns), end: columnOf(b, line.start, Math.min(ne, firstLineEnd(b, line.start, line.end))), text: lineText(b, line.start, line.end), name: 'exported_'.repeat(Math.min(renames, 4)) + latin1(b, ns, Math.min(ne, ns + 60)), length: nameLen }
        }
        if (lim.labelValueLengthLimit && p.labVLen[i] > lim.labelValueLengthLimit) {
          st.valueLen++
          if (!st.valueFirst) st.valueFirst = { line: line.no, col: columnOf(b, line.start, vs), end: columnOf(b, line.start, Math.min(ve, firstLineEnd(b, line.start, line.end))), text: lineText(b, line.start, line.end), name: latin1(b, ns, Math.min(ne, ns + 60)), length: p.labVLen[i] }
        }
      }
      if (tl !== undefined && tl.long.length > 0 && (st.targetName === undefined || st.targetValue === undefined)) this.checkLongTargetLabels(tl, p, line)
    }
  }

  /** A target label over a length limit fails the first sample it is added to: note that sample once. */
  private checkLongTargetLabels(tl: TargetLabels, p: LineParser, line: LineRef): void {
    const st = this.limitState
    const b = line.buf
    for (const long of tl.long) {
      if (long.kind === 'name' ? st.targetName !== undefined : st.targetValue !== undefined) continue
      if (tl.honor && sampleHas(tl, p, b, long.index)) continue
      const at = { line: line.no, end: columnOf(b, line.start, firstLineEnd(b, line.start, line.end)), text: lineText(b, line.start, line.end), label: long }
      if (long.kind === 'name') st.targetName = at
      else st.targetValue = at
    }
  }

  private checkTypeRules(f: Family, suffix: string, name: string, p: LineParser, line: LineRef): void {
    const t = f.type
    const v = p.value
    const b = line.buf
    const wrong: Verdict = this.om ? SPEC : WRONG
    if (this.om && suffix !== '_created' && suffix !== '' ) this.checkCounterLike(t, suffix, name, p, line)
    if (t === 'counter') {
      if (v < 0 && suffix !== '_created') {
        this.out.onLine(rules.counterNegative, 'negative', { name, value: latin1(b, p.valueStart, p.valueEnd) }, wrong, line, p.valueStart, p.valueEnd)
      }
      if (suffix === '_created') this.checkCreated(name, p, line)
      return
    }
    if (t === 'histogram' || t === 'gaugehistogram' || t === 'summary') {
      if (suffix === '_created') return this.checkCreated(name, p, line)
      this.groupSample(f, suffix, name, p, line)
      return
    }
    if (this.om && t === 'stateset') {
      let has = false
      for (let i = 0; i < p.nLabels; i++) {
        const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1]
        if (bytesEqual(b, ns, ne, f.name)) { has = true; break }
      }
      if (!has) this.out.onLine(rules.openmetricsInvalidStateset, 'label', { name: f.name }, SPEC, line, p.nameStart, p.nameEnd)
      if (v !== 0 && v !== 1) this.out.onLine(rules.openmetricsInvalidStateset, 'value', { value: latin1(b, p.valueStart, p.valueEnd) }, SPEC, line, p.valueStart, p.valueEnd)
      return
    }
    if (this.om && t === 'info' && v !== 1) {
      this.out.onLine(rules.openmetricsInvalidInfo, 'value', { name, value: latin1(b, p.valueStart, p.valueEnd) }, SPEC, line, p.valueStart, p.valueEnd)
    }
  }

  /** OpenMetrics (as the reference parser): counter-like values are never NaN or negative; counts are whole. */
  private checkCounterLike(t: MetricType, suffix: string, name: string, p: LineParser, line: LineRef): void {
    const v = p.value
    const counterLike = (t === 'counter' && suffix === '_total') ||
      ((t === 'histogram' || t === 'summary') && (suffix === '_bucket' || suffix === '_count' || suffix === '_sum')) ||
      (t === 'gaugehistogram' && (suffix === '_bucket' || suffix === '_gcount'))
    if (!counterLike) return
    const whole = suffix === '_bucket' || suffix === '_count' || suffix === '_gcount'
    const at = (id: 'nan' | 'negative' | 'notInteger'): void =>
      this.out.onLine(rules.invalidCount, id, { name, type: t, value: latin1(line.buf, p.valueStart, Math.min(p.valueEnd, p.valueStart + 60)) }, SPEC, line, p.valueStart, p.valueEnd)
    if (Number.isNaN(v)) return at(whole ? 'notInteger' : 'nan')
    if (v < 0) {
      // counter-negative covers counters; a histogram's negative _sum is openmetrics-invalid-histogram-sum's
      // (it can say whether negative buckets explain it); a summary's _sum is a counter (spec)
      if (whole || (t === 'summary' && suffix === '_sum')) at('negative')
      return
    }
    if (whole && !Number.isInteger(v)) at('notInteger')
  }

  private checkCreated(name: string, p: LineParser, line: LineRef): void {
    if (!(p.value >= 0) || !Number.isFinite(p.value)) {
      this.out.onLine(rules.openmetricsInvalidCreated, 'invalid', { name, value: latin1(line.buf, p.valueStart, p.valueEnd) }, SPEC, line, p.valueStart, p.valueEnd)
    }
  }

  /**
   * The first lines of the current family's histogram and summary groups, one after the other (a
   * copy each: the chunk they came from is gone by the family's end). Emptied when the family ends.
   */
  private firstLines = new Uint8Array(4096)
  private firstLinesUsed = 0
  private keepFirstLine(b: Uint8Array, s: number, e: number): number {
    const at = this.firstLinesUsed, n = e - s
    if (at + n > this.firstLines.length) {
      let cap = this.firstLines.length * 2
      while (cap < at + n) cap *= 2
      const next = new Uint8Array(cap)
      next.set(this.firstLines.subarray(0, at))
      this.firstLines = next
    }
    this.firstLines.set(b.subarray(s, e), at)
    this.firstLinesUsed = at + n
    return at
  }

  /** Histogram / summary per-series state (grouped by the labels other than le / quantile). */
  private groupSample(f: Family, suffix: string, name: string, p: LineParser, line: LineRef): void {
    const b = line.buf
    const hist = f.type !== 'summary'
    const special = hist ? 'le' : 'quantile'
    let idx = -1
    for (let i = 0; i < p.nLabels; i++) {
      const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1]
      if (hist ? ne - ns === 2 && b[ns] === 0x6c && b[ns + 1] === 0x65 : bytesEqual(b, ns, ne, special)) { idx = i; break }
    }
    const isBucket = hist ? suffix === '_bucket' : suffix === ''
    let k1 = p.setH1, k2 = p.setH2
    if (idx >= 0 && isBucket) {
      k1 = (k1 - p.labP1[idx]) | 0
      k2 = (k2 - p.labP2[idx]) | 0
    }
    // 30-bit key (a Smi, no allocation); k2 tells colliding groups apart
    const key = (k1 ^ Math.imul(k2, 0x9e3779b1)) & 0x3fffffff
    const groups = f.groups ?? (f.groups = new Map())
    let g = key === f.lastKey ? f.lastGroup : groups.get(key)
    if (g && g.k2 !== k2) return // a 30-bit collision between two series: skip rather than mix them
    if (!g) {
      if (groups.size >= MAX_GROUPS) return
      const rawAt = this.keepFirstLine(b, line.start, Math.min(firstLineEnd(b, line.start, line.end), line.start + 800))
      g = {
        k2, line: line.no, rawAt, rawLen: this.firstLinesUsed - rawAt,
        lastLe: -Infinity, lastCount: -Infinity, buckets: 0, inf: undefined, sum: false, count: undefined, negLe: undefined, pending: undefined,
      }
      groups.set(key, g)
      this.opts.kernel?.groupKeyAdd(key)
    }
    f.lastKey = key
    f.lastGroup = g
    if (isBucket) f.mainSig = f.lastSig
    const wrong: Verdict = this.om ? SPEC : WRONG
    if (!isBucket) {
      if (suffix === '_sum' || suffix === '_gsum') {
        g.sum = true
        if (this.om && hist) checkOmSum(this.out, f.type, () => seriesText(b, p, -1, f.name), name, p, line, g)
      }
      else if (suffix === '_count' || suffix === '_gcount') g.count = p.value
      return
    }
    if (idx < 0) {
      if (hist) this.out.onLine(rules.histogramMissingLe, 'missing', { name }, wrong, line, p.nameStart, p.nameEnd)
      else this.out.onLine(rules.summaryInvalidQuantile, 'missing', { name }, wrong, line, p.nameStart, p.nameEnd)
      return
    }
    const vs = p.lab[idx * 4 + 2], ve = p.lab[idx * 4 + 3]
    // most bounds are plain decimals (one pass, the value parseGoFloat gives); the rest take the full parse
    const r = plainDecimal(b, vs, ve, this.om) === ve ? 0 : parseGoFloat(b, vs, ve)
    const q = floatResult
    // the bound's text only for a finding (this runs once per bucket and quantile line)
    const text = r !== 0 || (hist ? q <= g.lastLe || p.value < g.lastCount : !(q >= 0 && q <= 1)) ? latin1(b, vs, Math.min(ve, vs + 100)) : ''
    if (!hist) {
      // OpenMetrics requires a float; Prometheus keeps a quantile it cannot parse as written (the scrape goes on).
      if (r !== 0) this.out.onLine(rules.summaryInvalidQuantile, 'invalid', { q: text }, this.om ? SPEC : WRONG, line, vs, ve)
      else if (!(q >= 0 && q <= 1)) this.out.onLine(rules.summaryInvalidQuantile, 'range', { q: text }, wrong, line, vs, ve)
      else if (this.om) checkOmQuantileValue(this.out, name, p, line, vs, ve)
      return
    }
    if (r !== 0 || Number.isNaN(q)) {
      // OpenMetrics requires a float; Prometheus keeps an le it cannot parse as written (the scrape goes on).
      this.out.onLine(rules.histogramInvalidLe, 'invalid', { le: text }, this.om ? SPEC : WRONG, line, vs, ve)
      return
    }
    if (this.om && q < 0 && g.negLe === undefined) g.negLe = latin1(b, vs, Math.min(ve, vs + 100))
    if (this.om && q === Infinity && !bytesEqual(b, vs, ve, '+Inf')) this.out.onLine(rules.histogramInvalidLe, 'infSpelling', { le: latin1(b, vs, Math.min(ve, vs + 100)) }, SPEC, line, vs, ve)
    g.buckets++
    const v = p.value
    if (q === g.lastLe) {
      this.out.onLine(rules.histogramBucketsOutOfOrder, 'duplicate', { le: text, series: seriesText(b, p, idx) }, wrong, line, vs, ve)
    } else if (q < g.lastLe) {
      this.out.onLine(rules.histogramBucketsOutOfOrder, 'order', { le: text, prevLe: leText(g.lastLe) }, wrong, line, vs, ve)
    } else if (v < g.lastCount) {
      this.out.onLine(rules.histogramBucketsNotCumulative, 'decreasing',
        { le: text, count: latin1(b, p.valueStart, p.valueEnd), prev: String(g.lastCount), prevLe: leText(g.lastLe) }, wrong, line, p.valueStart, p.valueEnd)
    }
    if (q > g.lastLe) {
      g.lastLe = q
      g.lastCount = v
    }
    if (q === Infinity) g.inf = v
  }

  private checkTimestamp(p: LineParser, line: LineRef): void {
    const ts = p.ts
    if (this.om) {
      if (ts > 1e11) this.out.onLine(rules.timestampInSeconds, 'millis', { value: latin1(line.buf, p.tsStart, p.tsEnd) }, WRONG, line, p.tsStart, p.tsEnd)
      return
    }
    // 1e8..1e11 ms is 1973-03-03 .. 1973-03-03+; as seconds it is 1973..5138: almost surely seconds.
    if (ts >= 1e8 && ts < 1e11) {
      this.out.onLine(rules.timestampInSeconds, 'seconds', { value: latin1(line.buf, p.tsStart, p.tsEnd), date: new Date(ts).toISOString() }, WRONG, line, p.tsStart, p.tsEnd)
    }
  }

  private checkExemplarPlacement(f: Family, suffix: string, name: string, p: LineParser, line: LineRef): void {
    // Prometheus before 2.43 (openmetricsparse.go validateNameForExemplar, removed by #11984) fails
    // the scrape on an exemplar whose sample name ends in neither _total nor _bucket, whatever the type.
    if ((this.opts.promVersion ?? 3999) < 2043 && !name.endsWith('_total') && !name.endsWith('_bucket')) {
      this.out.onLine(rules.invalidExemplar, 'nameBefore243', { name }, fails('<2.43'), line, p.exStart, p.exEnd)
      return
    }
    const ok = (f.type === 'counter' && suffix === '_total') ||
      ((f.type === 'histogram' || f.type === 'gaugehistogram') && suffix === '_bucket')
    if (!ok) this.out.onLine(rules.invalidExemplar, 'placement', { name }, SPEC, line, p.exStart, p.exEnd)
  }

  // ------------------------------------------------------------------ families

  private startFamily(name: string, line: LineRef, fromSample = false): Family {
    this.endFamily()
    const base = fromSample && !this.om ? stripSuffix(name) : name
    const [h1, h2] = hashString(base)
    const first = this.ended.get(h1, h2)
    if (first) {
      this.out.onLine(rules.interleavedFamily, 'interleaved', { name: base, line: first }, SPEC, line, line.start, line.end)
      this.archive.restore(h1, h2, this.series)
    }
    this.fam = {
      name, base, type: this.om ? 'unknown' : 'untyped', typeSeen: false, firstLine: line.no, firstSampleLine: 0,
      samples: 0, sampleNames: new Set(), labelNames: new Set(), lastSig: 0, mainSig: 0, lastName: '', lastSuffix: '', suffixes: new Map(), lastKey: -1, lastGroup: undefined, groups: undefined,
    }
    return this.fam
  }

  /** Close the current family: histogram/summary checks, FamilySummary hook. */
  endFamily(): void {
    const f = this.fam
    if (!f) return
    this.fam = undefined
    this.families++
    // Series identities are kept per family: a series belongs to one family, and a family that
    // resumes later is reported as interleaved. This keeps the table small and in cache.
    const [h1, h2] = hashString(f.base)
    this.archive.save(h1, h2, this.series)
    this.series.clear()
    this.ended.add(h1, h2, f.firstLine)
    if (f.groups) this.checkGroups(f)
    this.opts.kernel?.groupKeysClear()
    this.firstLinesUsed = 0
    if (this.firstLines.length > 1 << 20) this.firstLines = new Uint8Array(4096)
    this.lastNameLine = f.nameSpan ? { line: f.nameSpan.line, text: f.nameLineText ?? '' } : undefined
    this.opts.onFamily?.({
      name: f.name, type: f.type, format: this.opts.format, help: f.help, unit: f.unit,
      typeLine: f.typeLine, helpLine: f.helpLine, firstLine: f.firstLine, nameSpan: f.nameSpan,
      sampleNames: f.sampleNames, labelNames: f.labelNames, samples: f.samples,
    })
  }

  private checkGroups(f: Family): void {
    const wrong: Verdict = this.om ? SPEC : WRONG
    const textOf = (g: Group): string => lineText(this.firstLines, g.rawAt, g.rawAt + g.rawLen)
    const at = (rule: RuleMeta, id: string, data: Record<string, string | number>, g: Group, severity?: 'warning'): void => {
      const text = textOf(g)
      this.out.at(rule, id, data, wrong, g.line, 1, endColOf(text), text, severity)
    }
    for (const g of f.groups!.values()) {
      if (f.type === 'summary') {
        if (!this.om) {
          if (!g.sum) at(rules.histogramMissingSumOrCount, 'missingSum', { type: 'summary', series: seriesOf(textOf(g)), sample: f.name + '_sum' }, g)
          if (g.count === undefined) at(rules.histogramMissingSumOrCount, 'missingCount', { type: 'summary', series: seriesOf(textOf(g)), sample: f.name + '_count' }, g)
        }
        continue
      }
      if (g.inf === undefined) at(rules.histogramMissingInf, 'missing', { series: seriesOf(textOf(g)), name: f.name }, g)
      else if (g.count !== undefined && g.count !== g.inf) {
        at(rules.histogramCountMismatch, 'mismatch', { name: f.name, count: String(g.count), inf: String(g.inf) }, g)
      }
      if (this.om) checkOmSumAtEnd(this.out, f.type, g)
      if (!this.om) {
        if (!g.sum) at(rules.histogramMissingSumOrCount, 'missingSum', { type: 'histogram', series: seriesOf(textOf(g)), sample: f.name + '_sum' }, g)
        if (g.count === undefined) at(rules.histogramMissingSumOrCount, 'missingCount', { type: 'histogram', series: seriesOf(textOf(g)), sample: f.name + '_count' }, g)
      } else if (g.sum !== (g.count !== undefined)) {
        // OpenMetrics: _sum and _count come together (the reference parser rejects one without the other).
        const gauge = f.type === 'gaugehistogram'
        this.out.at(rules.histogramMissingSumOrCount, g.sum ? 'missingCount' : 'missingSum',
          { type: f.type, series: seriesOf(textOf(g)), sample: f.name + (gauge ? (g.sum ? '_gcount' : '_gsum') : (g.sum ? '_count' : '_sum')) },
          SPEC, g.line, 1, endColOf(textOf(g)), textOf(g), 'error')
      }
    }
  }

  /** End of payload: the last family, limits. */
  finish(bodyBytes: number, lastLine: LineRef | undefined): void {
    this.endFamily()
    const lim = this.opts.limits
    if (!lim) return
    const st = this.limitState
    if (lim.sampleLimit && this.samples > lim.sampleLimit) {
      this.out.at(rules.sampleLimitExceeded, 'exceeded', { count: fmt(this.samples), limit: fmt(lim.sampleLimit) }, FAILS, st.sampleLine, 1, st.sampleEnd, st.sampleText)
    }
    if (st.labelFirst) {
      const x = st.labelFirst
      if (this.target) {
        this.out.at(rules.labelLimitExceeded, 'exceededTarget', { count: fmt(x.count), own: fmt(x.own), added: fmt(x.added), names: x.names, limit: fmt(lim.labelLimit!), samples: fmt(st.labelCount) }, FAILS, x.line, x.col, x.end, x.text)
      } else {
        this.out.at(rules.labelLimitExceeded, 'exceeded', { count: fmt(x.count), limit: fmt(lim.labelLimit!), samples: fmt(st.labelCount) }, FAILS, x.line, x.col, x.end, x.text)
      }
    }
    if (st.nameFirst) {
      const x = st.nameFirst
      this.out.at(rules.labelNameLengthLimitExceeded, 'exceeded', { name: x.name, length: fmt(x.length), limit: fmt(lim.labelNameLengthLimit!), count: fmt(st.nameLen) }, FAILS, x.line, x.col, x.end, x.text)
    }
    if (st.valueFirst) {
      const x = st.valueFirst
      this.out.at(rules.labelValueLengthLimitExceeded, 'exceeded', { name: x.name, length: fmt(x.length), limit: fmt(lim.labelValueLengthLimit!), count: fmt(st.valueLen) }, FAILS, x.line, x.col, x.end, x.text)
    }
    if (st.targetName) {
      const x = st.targetName
      this.out.at(rules.labelNameLengthLimitExceeded, 'target', { name: x.label.name, origin: targetLabelOrigin(x.label.name), length: fmt(x.label.length), limit: fmt(lim.labelNameLengthLimit!) }, FAILS, x.line, 1, x.end, x.text)
    }
    if (st.targetValue) {
      const x = st.targetValue
      this.out.at(rules.labelValueLengthLimitExceeded, 'target', { name: x.label.name, origin: targetLabelOrigin(x.label.name), length: fmt(x.label.length), limit: fmt(lim.labelValueLengthLimit!) }, FAILS, x.line, 1, x.end, x.text)
    }
    // Prometheus reads at most body_size_limit bytes and fails when it got that many (n >= limit):
    // a body of exactly the limit fails too (checked against 2.42).
    if (lim.bodySizeLimitBytes && bodyBytes >= lim.bodySizeLimitBytes) {
      const no = lastLine?.no ?? 1
      this.out.at(rules.bodySizeLimitExceeded, 'exceeded', { size: fmt(bodyBytes), limit: fmt(lim.bodySizeLimitBytes) }, FAILS, no, 1, 1, '')
    }
  }
}

/** The series part of a group's first line, without its le / quantile label. */
/** Whether the sample carries a label named like target label k. */
/** honor_labels: false: the "exported_" prefixes of the sample's labels (see TargetLabels.exportedPrefixes); undefined when none is displaced. */
function exportedPrefixes(tl: TargetLabels, p: LineParser, b: Uint8Array): number[] | undefined {
  let any = false
  for (let i = 0; i < p.nLabels && !any; i++) any = p.labVLen[i] > 0 && tl.find(b, p.lab[i * 4], p.lab[i * 4 + 1]) >= 0
  if (!any) return undefined
  const names: string[] = [], empty: boolean[] = []
  for (let i = 0; i < p.nLabels; i++) {
    names.push(p.labFlags[i] & 1 ? unescapeName(b, p.lab[i * 4], p.lab[i * 4 + 1]) : latin1(b, p.lab[i * 4], p.lab[i * 4 + 1]))
    empty.push(p.labVLen[i] === 0)
  }
  return tl.exportedPrefixes(names, empty)
}

function sampleHas(tl: TargetLabels, p: LineParser, b: Uint8Array, k: number): boolean {
  for (let i = 0; i < p.nLabels; i++) if (tl.find(b, p.lab[i * 4], p.lab[i * 4 + 1]) === k) return true
  return false
}

function seriesOf(text: string): string {
  const m = /^\s*([^\s{]*(?:\{(?:[^"}]|"(?:[^"\\]|\\.)*")*\})?)/.exec(text)
  const s = m ? m[1] : text
  return s.replace(/(?<=[{,])\s*(?:le|quantile)\s*=\s*"(?:[^"\\]|\\.)*"\s*,?/, '').replace(/,\}$/, '}').replace(/\{\}$/, '').replace(/_bucket(?=\{|$)/, '')
}

function stripSuffix(name: string): string {
  for (const s of ['_bucket', '_count', '_sum']) if (name.endsWith(s) && name.length > s.length) return name.slice(0, -s.length)
  return name
}

/** Column one past a line's stored text, in code points (a truncated text ends inside the line). */
function endColOf(text: string): number {
  let n = 1
  for (const ch of text) if (ch !== '…') n++
  return n
}

function leText(v: number): string {
  return v === Infinity ? '+Inf' : String(v)
}

function fmt(n: number): string {
  return n.toLocaleString('en-US')
}

function isNameLabel(b: Uint8Array, p: LineParser, i: number): boolean {
  const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1]
  return bytesEqual(b, ns, ne, '__name__')
}

function sameBytes(b: Uint8Array, s1: number, e1: number, s2: number, e2: number): boolean {
  if (e1 - s1 !== e2 - s2) return false
  for (let i = 0; i < e1 - s1; i++) if (b[s1 + i] !== b[s2 + i]) return false
  return true
}

/** Unescape a quoted name's inner bytes (\\ \" \n). */
function unescapeName(b: Uint8Array, s: number, e: number): string {
  const raw = dec.decode(b.subarray(s, e))
  return raw.includes('\\') ? raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)) : raw
}

/** `name{a="1",b="2"}` for messages, leaving out label `skip`; at most ~200 characters. */
function seriesText(b: Uint8Array, p: LineParser, skip: number, name?: string): string {
  const parts: string[] = []
  let len = 0
  for (let i = 0; i < p.nLabels && len < 200; i++) {
    if (i === skip) continue
    const t = dec.decode(b.subarray(p.lab[i * 4], p.lab[i * 4 + 1])) + '="' + dec.decode(b.subarray(p.lab[i * 4 + 2], Math.min(p.lab[i * 4 + 3], p.lab[i * 4 + 2] + 100))) + '"'
    parts.push(t)
    len += t.length
  }
  const n = name ?? (p.nameQuoted ? unescapeName(b, p.nameStart, p.nameEnd) : latin1(b, p.nameStart, p.nameEnd))
  return parts.length ? `${n}{${parts.join(',')}}` : n
}
