/**
 * Validator for `application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily;
 * encoding=delimited` payloads: a stream of MetricFamily messages, each preceded by its length
 * as a varint. Decoding is protobufjs (reflection, schema.ts); framing is ours, so that a cut or
 * corrupt stream is reported with its byte offset. Streaming: push chunks, then end(); memory
 * holds one message at a time plus the series identities.
 *
 * Positions: a protobuf payload has no lines, so a finding's location is line 1 and the 1-based
 * byte columns of the message (or of the Metric inside it) it is about.
 */
import { toFinding, type RuleMeta } from '../../check.js'
import type { Finding, Severity, Span } from '../../finding.js'
import type { FamilySummary, MetricType } from '../family.js'
import type { ValidationResult, Validator, ValidatorOptions } from '../index.js'
import { runLints } from '../lints/index.js'
import { rules as coreRules } from '../rules/index.js'
import badFraming from './checks/bad-framing.js'
import { familyChecks } from './checks/index.js'
import malformedMessage from './checks/malformed-message.js'
import type { ProtoContext } from './context.js'
import { isNative } from './native.js'
import { METRIC_TYPES, MetricFamilyType, Reader, Writer, type PbLabelPair, type PbMetricFamily } from './schema.js'
import { versionNumber } from '../../version.js'
import { EXPORTED_PREFIX_BYTES, labelLimitsSet, TargetLabels, targetLabelOrigin, type LongTargetLabel } from '../target-labels.js'

export interface ProtobufOptions extends Omit<ValidatorOptions, 'format'> {
  /** Per lint id (exposition/lint-*): a severity, or 'off'. Lints run on every family. */
  lintSeverities?: Record<string, Severity | 'off'>
  /** Largest accepted MetricFamily message (default 64 MiB). */
  maxMessageBytes?: number
}

/** Every protobuf rule's meta, sorted by id. */
export const allProtobufRules: RuleMeta[] = [badFraming, malformedMessage, ...familyChecks]
  .map(({ check: _c, verdict: _v, ...meta }: RuleMeta & { check?: unknown; verdict?: unknown }) => meta)
  .sort((a, b) => a.id.localeCompare(b.id))

const DEFAULT_MAX_MESSAGE = 64 * 1024 * 1024
/** Prometheus reads the length prefix as a varint of at most 5 bytes (binary.MaxVarintLen32). */
const MAX_VARINT_BYTES = 5

const lossy = new TextDecoder('utf-8')
/** A bytes field as text (lossy). Absent fields read as protobufjs's prototype default, which is not a Uint8Array. */
function text(b: unknown): string {
  return b instanceof Uint8Array && b.length > 0 ? lossy.decode(b) : ''
}

const TYPE_FOR_LINTS: Record<string, MetricType> = {
  COUNTER: 'counter', GAUGE: 'gauge', SUMMARY: 'summary', UNTYPED: 'untyped', HISTOGRAM: 'histogram', GAUGE_HISTOGRAM: 'gaugehistogram',
}

export function createProtobufValidator(options: ProtobufOptions): Validator {
  const file = options.file
  const major = Number.parseInt(options.prometheusVersion ?? '3', 10) || 3
  const maxMessage = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE
  const limits = createLimits(options, (f) => add(f))
  const maxFindings = options.maxFindings ?? 1000
  let dropped = 0
  const findings: Finding[] = []
  const state = new Map<string, unknown>()
  let samples = 0
  let families = 0
  /** Absolute offset of the next byte to read. */
  let pos = 0
  /** Message number of the next message (0-based). */
  let index = 0
  /** Length-prefix bytes read so far (while not in a message). */
  let varint: number[] = []
  let varintStart = 0
  /** The message being assembled across chunks. */
  let pending: { buf: Uint8Array; filled: number; start: number } | undefined
  let stopped = false

  const add = (f: Finding) => { if (findings.length < maxFindings) findings.push(f); else dropped++ }
  const span = (start: number, end: number): Span => ({ file, line: 1, column: start + 1, endLine: 1, endColumn: Math.max(end, start) + 1 })

  function frameError(messageId: keyof typeof badFraming.messages, data: Record<string, string | number>, start: number, end: number) {
    add(toFinding(badFraming, { messageId, data, location: span(start, end), extra: { verdict: { kind: 'scrape-fails' } } }))
    stopped = true
  }

  function processMessage(bytes: Uint8Array, start: number) {
    const n = index++
    let raw: PbMetricFamily
    try {
      raw = MetricFamilyType.decode(bytes) as unknown as PbMetricFamily
    } catch (e) {
      add(toFinding(malformedMessage, {
        messageId: 'malformed',
        data: { index: n, offset: start, error: e instanceof Error ? e.message : String(e) },
        location: span(start, start + bytes.length),
        extra: { verdict: { kind: 'scrape-fails' } },
      }))
      return
    }
    families++
    const metricSpans = metricOffsets(bytes)
    const familySpan = span(start, start + bytes.length)
    const name = text(raw.name)
    for (const check of familyChecks) {
      const ctx: ProtoContext = {
        raw, name, index: n, span: familySpan, major, state,
        metricSpan: (i) => { const s = metricSpans[i]; return s ? span(start + s[0], start + s[1]) : familySpan },
        decode: text,
        report(messageId, data, o = {}) {
          add(toFinding(check, {
            messageId, data, severity: o.severity, related: o.related,
            location: o.metric !== undefined ? ctx.metricSpan(o.metric) : familySpan,
            extra: { verdict: o.verdict ?? check.verdict },
          }))
        },
      }
      check.check(ctx)
    }
    limits.family(raw, (i) => (metricSpans[i] ? span(start + metricSpans[i]![0], start + metricSpans[i]![1]) : familySpan), samples)
    samples += countSamples(raw)
    if (name !== '') runLints(summaryOf(raw, name, familySpan), add, { file, severities: options.lintSeverities })
  }

  function push(chunk: Uint8Array) {
    let i = 0
    while (i < chunk.length && !stopped) {
      if (pending) {
        const take = Math.min(pending.buf.length - pending.filled, chunk.length - i)
        pending.buf.set(chunk.subarray(i, i + take), pending.filled)
        pending.filled += take
        i += take
        pos += take
        if (pending.filled === pending.buf.length) {
          const p = pending
          pending = undefined
          processMessage(p.buf, p.start)
        }
        continue
      }
      // Reading a length prefix.
      if (varint.length === 0) varintStart = pos
      const b = chunk[i++]!
      pos++
      varint.push(b)
      if (b & 0x80) {
        if (varint.length >= MAX_VARINT_BYTES) frameError('varintTooLong', { index, offset: varintStart }, varintStart, pos)
        continue
      }
      let length = 0
      for (let k = varint.length - 1; k >= 0; k--) length = length * 128 + (varint[k]! & 0x7f)
      varint = []
      if (length > maxMessage) {
        frameError('tooLarge', { index, offset: varintStart, length, limit: maxMessage }, varintStart, pos)
        break
      }
      if (chunk.length - i >= length) {
        // The whole message is in this chunk: no copy.
        processMessage(chunk.subarray(i, i + length), pos)
        i += length
        pos += length
      } else {
        pending = { buf: new Uint8Array(length), filled: 0, start: pos }
      }
    }
    if (stopped) pos += chunk.length - i
  }

  function end(): ValidationResult {
    if (!stopped) {
      if (varint.length > 0) frameError('truncatedVarint', { index, offset: varintStart }, varintStart, pos)
      else if (pending) {
        frameError('truncatedMessage', { index, length: pending.buf.length, offset: pending.start, remaining: pending.filled },
          pending.start, pending.start + pending.filled)
      }
    }
    limits.end(samples, pos, span(0, Math.min(pos, 1)))
    const result: ValidationResult = { findings, samples, families, bytes: pos }
    if (dropped) result.droppedFindings = dropped
    return result
  }

  return { push, end }
}

/**
 * The job's limits (sample_limit, label_limit, label_name_length_limit, label_value_length_limit,
 * body_size_limit) on a protobuf payload, with the same rule ids and wording as the text formats.
 * Each is reported once, at the first metric over it, with how many exceed it.
 */
function createLimits(options: ProtobufOptions, add: (f: Finding) => void) {
  const lim = options.limits ?? {}
  const tl = options.target && labelLimitsSet(lim) ? new TargetLabels(options.target, lim, versionNumber(options.prometheusVersion)) : undefined
  const targetLabels = options.targetLabels ?? 2
  const fmt = (n: number) => n.toLocaleString('en-US')
  const FAILS = { verdict: { kind: 'scrape-fails' as const } }
  let sampleAt: Span | undefined
  let label: { at: Span; count: number; own: number; added: number; names: string; n: number } | undefined
  let name: { at: Span; name: string; length: number; n: number } | undefined
  let value: { at: Span; name: string; length: number; n: number } | undefined
  let targetName: { at: Span; label: LongTargetLabel } | undefined
  let targetValue: { at: Span; label: LongTargetLabel } | undefined
  /** For each exposed label: the index of the target label named like it, or -1. */
  const conflictsOf = (labels: PbLabelPair[]): number[] => {
    const out: number[] = []
    for (const l of labels) out.push(tl !== undefined && l.name instanceof Uint8Array ? tl.find(l.name, 0, l.name.length) : -1)
    return out
  }
  return {
    /** `samplesBefore`: samples of the families before this one. */
    family(raw: PbMetricFamily, metricSpan: (i: number) => Span, samplesBefore: number) {
      let running = samplesBefore
      const metricName = raw.name instanceof Uint8Array ? raw.name.length : 0
      raw.metric.forEach((m, i) => {
        if (lim.sampleLimit && !sampleAt) {
          running += countSamples({ ...raw, metric: [m] })
          if (running > lim.sampleLimit) sampleAt = metricSpan(i)
        }
        const conflicts = tl !== undefined ? conflictsOf(m.label) : undefined
        if (lim.labelLimit) {
          // the labels with a value, __name__, the target labels (with honor_labels, those the
          // metric does not have), and le/quantile on bucket and quantile samples
          const extra = (m.histogram?.bucket.length ?? 0) > 0 || (m.summary?.quantile.length ?? 0) > 0 ? 1 : 0
          let own = 0
          for (const l of m.label) if (l.value instanceof Uint8Array && l.value.length > 0) own++
          let added = targetLabels
          if (tl !== undefined) added = tl.honor ? tl.count - new Set(conflicts!.filter((k) => k >= 0)).size : tl.count
          const count = own + extra + 1 + added
          if (count > lim.labelLimit) {
            if (label) label.n++
            else {
              const names = tl === undefined ? '' : tl.addedNames((k) => conflicts!.includes(k))
              label = { at: metricSpan(i), count, own: own + extra, added, names, n: 1 }
            }
          }
        }
        if (!lim.labelNameLengthLimit && !lim.labelValueLengthLimit) return
        // __name__ is checked too: an 8-byte name, the metric name as its value
        if (lim.labelNameLengthLimit && 8 > lim.labelNameLengthLimit) {
          if (name) name.n++
          else name = { at: metricSpan(i), name: '__name__', length: 8, n: 1 }
        }
        if (lim.labelValueLengthLimit && metricName > lim.labelValueLengthLimit) {
          if (value) value.n++
          else value = { at: metricSpan(i), name: '__name__', length: metricName, n: 1 }
        }
        // honor_labels: false keeps a label named like a target label as exported_<name>
        // (exported_exported_<name> when that is taken, ...)
        const prefixes = tl !== undefined && !tl.honor && lim.labelNameLengthLimit && conflicts!.some((k) => k >= 0)
          ? tl.exportedPrefixes(m.label.map((l) => text(l.name)), m.label.map((l) => !(l.value instanceof Uint8Array) || l.value.length === 0))
          : undefined
        m.label.forEach((l, j) => {
          const vlen = l.value instanceof Uint8Array ? l.value.length : 0
          if (vlen === 0) return // dropped before the limits apply
          const ln = text(l.name)
          const renames = prefixes?.[j] ?? 0
          const nlen = (l.name instanceof Uint8Array ? l.name.length : 0) + renames * EXPORTED_PREFIX_BYTES
          if (lim.labelNameLengthLimit && nlen > lim.labelNameLengthLimit) {
            if (name) name.n++
            else name = { at: metricSpan(i), name: ('exported_'.repeat(Math.min(renames, 4)) + ln).slice(0, 60), length: nlen, n: 1 }
          }
          if (lim.labelValueLengthLimit && vlen > lim.labelValueLengthLimit) {
            if (value) value.n++
            else value = { at: metricSpan(i), name: ln.slice(0, 60), length: vlen, n: 1 }
          }
        })
        if (tl !== undefined) {
          for (const long of tl.long) {
            if (long.kind === 'name' ? targetName : targetValue) continue
            if (tl.honor && conflicts!.includes(long.index)) continue
            if (long.kind === 'name') targetName = { at: metricSpan(i), label: long }
            else targetValue = { at: metricSpan(i), label: long }
          }
        }
      })
    },
    end(total: number, bodyBytes: number, start: Span) {
      if (lim.sampleLimit && sampleAt) {
        add(toFinding(coreRules.sampleLimitExceeded, { messageId: 'exceeded', data: { count: fmt(total), limit: fmt(lim.sampleLimit) }, location: sampleAt, extra: FAILS }))
      }
      if (lim.labelLimit && label) {
        if (tl) add(toFinding(coreRules.labelLimitExceeded, { messageId: 'exceededTarget', data: { count: fmt(label.count), own: fmt(label.own), added: fmt(label.added), names: label.names, limit: fmt(lim.labelLimit), samples: fmt(label.n) }, location: label.at, extra: FAILS }))
        else add(toFinding(coreRules.labelLimitExceeded, { messageId: 'exceeded', data: { count: fmt(label.count), limit: fmt(lim.labelLimit), samples: fmt(label.n) }, location: label.at, extra: FAILS }))
      }
      if (lim.labelNameLengthLimit && name) {
        add(toFinding(coreRules.labelNameLengthLimitExceeded, { messageId: 'exceeded', data: { name: name.name, length: fmt(name.length), limit: fmt(lim.labelNameLengthLimit), count: fmt(name.n) }, location: name.at, extra: FAILS }))
      }
      if (lim.labelValueLengthLimit && value) {
        add(toFinding(coreRules.labelValueLengthLimitExceeded, { messageId: 'exceeded', data: { name: value.name, length: fmt(value.length), limit: fmt(lim.labelValueLengthLimit), count: fmt(value.n) }, location: value.at, extra: FAILS }))
      }
      if (lim.labelNameLengthLimit && targetName) {
        const l = targetName.label
        add(toFinding(coreRules.labelNameLengthLimitExceeded, { messageId: 'target', data: { name: l.name, origin: targetLabelOrigin(l.name), length: fmt(l.length), limit: fmt(lim.labelNameLengthLimit) }, location: targetName.at, extra: FAILS }))
      }
      if (lim.labelValueLengthLimit && targetValue) {
        const l = targetValue.label
        add(toFinding(coreRules.labelValueLengthLimitExceeded, { messageId: 'target', data: { name: l.name, origin: targetLabelOrigin(l.name), length: fmt(l.length), limit: fmt(lim.labelValueLengthLimit) }, location: targetValue.at, extra: FAILS }))
      }
      if (lim.bodySizeLimitBytes && bodyBytes >= lim.bodySizeLimitBytes) { // as the text path: n >= limit fails
        add(toFinding(coreRules.bodySizeLimitExceeded, { messageId: 'exceeded', data: { size: fmt(bodyBytes), limit: fmt(lim.bodySizeLimitBytes) }, location: start, extra: FAILS }))
      }
    },
  }
}

/** Validate a whole delimited-protobuf payload. */
export function validateProtobuf(bytes: Uint8Array, options: ProtobufOptions): ValidationResult {
  const v = createProtobufValidator(options)
  v.push(bytes)
  return v.end()
}

/** [start, end) offsets of each `metric` (field 4) sub-message inside a decoded MetricFamily message. */
function metricOffsets(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = []
  const r = Reader.create(bytes)
  try {
    while (r.pos < r.len) {
      const tag = r.uint32()
      if (tag >>> 3 === 4 && (tag & 7) === 2) {
        const len = r.uint32()
        out.push([r.pos, r.pos + len])
        r.skip(len)
      } else r.skipType(tag & 7)
    }
  } catch {
    // decode() already succeeded, so this cannot happen; positions then fall back to the family.
  }
  return out
}

/** Samples as Prometheus counts them for sample_limit. */
function countSamples(raw: PbMetricFamily): number {
  let n = 0
  for (const m of raw.metric) {
    if (m.summary) n += m.summary.quantile.length + 2
    else if (m.histogram) {
      if (isNative(m.histogram)) n += 1
      else n += m.histogram.bucket.length + (m.histogram.bucket.at(-1)?.upperBound === Infinity ? 0 : 1) + 2
    } else n += 1
  }
  return n
}

/** What the lints need about a family (labels as promlint sees them: le/quantile are not labels here). */
function summaryOf(raw: PbMetricFamily, name: string, at: Span): FamilySummary {
  const labelNames = new Set<string>()
  for (const m of raw.metric) for (const l of m.label) labelNames.add(text(l.name))
  const type = TYPE_FOR_LINTS[METRIC_TYPES[raw.type ?? 0] ?? 'UNTYPED'] ?? 'untyped'
  const family: FamilySummary = {
    name, type, format: 'protobuf', firstLine: 1,
    sampleNames: new Set([name]), labelNames, samples: raw.metric.length,
    nameSpan: { line: 1, column: at.column, endColumn: at.endColumn },
  }
  if (raw.help instanceof Uint8Array) family.help = text(raw.help)
  if (raw.unit instanceof Uint8Array && raw.unit.length) family.unit = text(raw.unit)
  return family
}

/**
 * Encode MetricFamily objects (protobufjs JSON mapping: camelCase fields, strings for names,
 * numbers or "NaN"/"Infinity" for doubles) as a delimited payload. Used by tests and by the docs
 * examples of the protobuf rules, which are written as such JSON arrays.
 */
export function encodeMetricFamilies(families: unknown[]): Uint8Array {
  const w = Writer.create()
  for (const f of families) {
    const msg = MetricFamilyType.fromObject(withBytes(f) as Record<string, unknown>)
    w.fork()
    MetricFamilyType.encode(msg, w)
    w.ldelim()
  }
  return w.finish()
}

/** Names and label strings are bytes in our schema: turn JSON strings into UTF-8 bytes. */
function withBytes(f: unknown): unknown {
  const enc = new TextEncoder()
  const b = (s: unknown) => (typeof s === 'string' ? enc.encode(s) : s)
  const labels = (ls: unknown) => Array.isArray(ls) ? ls.map((l: Record<string, unknown>) => ({ ...l, name: b(l.name), value: b(l.value) })) : ls
  const ex = (e: Record<string, unknown> | undefined) => (e ? { ...e, label: labels(e.label) } : e)
  const fam = f as Record<string, unknown>
  return {
    ...fam, name: b(fam.name), help: b(fam.help), unit: b(fam.unit),
    metric: Array.isArray(fam.metric) ? fam.metric.map((m: Record<string, any>) => ({
      ...m,
      label: labels(m.label),
      ...(m.counter ? { counter: { ...m.counter, exemplar: ex(m.counter.exemplar) } } : {}),
      ...(m.histogram ? { histogram: {
        ...m.histogram,
        bucket: Array.isArray(m.histogram.bucket) ? m.histogram.bucket.map((x: any) => ({ ...x, exemplar: ex(x.exemplar) })) : m.histogram.bucket,
        exemplars: Array.isArray(m.histogram.exemplars) ? m.histogram.exemplars.map(ex) : m.histogram.exemplars,
      } } : {}),
    })) : fam.metric,
  }
}

/**
 * Bytes of a docs example: ```json blocks are a JSON array of MetricFamily objects (see
 * encodeMetricFamilies); ```hex blocks are raw bytes in hex (whitespace ignored), for framing.
 */
export function docsExampleBytes(lang: string, text: string): Uint8Array {
  if (lang === 'json') return encodeMetricFamilies(JSON.parse(text) as unknown[])
  if (lang === 'hex') return Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'))
  throw new Error(`docsExampleBytes: unknown block language ${lang}`)
}
