/**
 * OpenMetrics 1.0 rules on a histogram's sum (spec, "Histogram" and "GaugeHistogram"):
 * - Negative threshold buckets MAY be used, but then the Histogram MetricPoint MUST NOT contain a sum.
 * - A histogram's Sum is a counter: never negative (NaN is invalid-count's).
 * - A GaugeHistogram's Gsum MUST NOT be NaN; it MAY be negative only when negative threshold buckets
 *   are present (the reference parser: "Cannot have negative _gsum with non-negative buckets").
 * Buckets come in increasing `le` order, so a bucket below zero comes first: when the sum follows a
 * bucket the verdict is known on the sum's line; otherwise it is given when the series ends.
 */
import type { MetricType } from './family.js'
import { latin1, type LineParser } from './parser.js'
import { rules } from './rules/index.js'
import { lineText, SPEC, type FindingSink, type LineRef } from './sink.js'

/** What a histogram series (group) remembers for these rules. */
export interface SumState {
  buckets: number
  /** The first bucket bound below zero, as written (undefined: none yet); set by the caller per bucket. */
  negLe: string | undefined
  /** A sum whose verdict waits for the buckets: its line, the line's text, and the sample name. */
  pending: { line: number; text: string; sample: string; series: string; value: string | undefined } | undefined
}

const rule = rules.openmetricsInvalidHistogramSum

/** A `_sum` or `_gsum` sample of an OpenMetrics histogram or gauge histogram series. */
export function checkOmSum(out: FindingSink, type: MetricType, series: () => string, sample: string, p: LineParser, line: LineRef, g: SumState): void {
  const v = p.value
  const text = (): string => lineText(line.buf, line.start, line.end)
  const value = (): string => latin1(line.buf, p.valueStart, Math.min(p.valueEnd, p.valueStart + 60))
  if (type === 'histogram') {
    if (g.negLe !== undefined) {
      out.onLine(rule, 'sumWithNegativeBuckets', { series: series(), le: g.negLe, sample }, SPEC, line, p.nameStart, p.nameEnd)
    } else if (g.buckets === 0) g.pending = { line: line.no, text: text(), sample, series: series(), value: v < 0 ? value() : undefined }
    else if (v < 0) out.onLine(rule, 'sumNegative', { sample, value: value() }, SPEC, line, p.valueStart, p.valueEnd)
    return
  }
  if (type !== 'gaugehistogram') return
  if (Number.isNaN(v)) {
    out.onLine(rule, 'gsumNaN', { sample }, SPEC, line, p.valueStart, p.valueEnd)
  } else if (v < 0 && g.negLe === undefined) {
    if (g.buckets > 0) out.onLine(rule, 'gsumNegative', { sample, value: value() }, SPEC, line, p.valueStart, p.valueEnd)
    else g.pending = { line: line.no, text: text(), sample, series: '', value: value() }
  }
}

/** The series ended: a sum that came before every bucket. */
export function checkOmSumAtEnd(out: FindingSink, type: MetricType, g: SumState): void {
  const x = g.pending
  if (!x) return
  const endColumn = [...x.text].length + 1
  if (type === 'histogram' && g.negLe !== undefined) {
    out.at(rule, 'sumWithNegativeBuckets', { series: x.series, le: g.negLe, sample: x.sample }, SPEC, x.line, 1, endColumn, x.text)
  } else if (type === 'histogram' && x.value !== undefined) {
    out.at(rule, 'sumNegative', { sample: x.sample, value: x.value }, SPEC, x.line, 1, endColumn, x.text)
  } else if (type === 'gaugehistogram' && x.value !== undefined && g.negLe === undefined) {
    out.at(rule, 'gsumNegative', { sample: x.sample, value: x.value }, SPEC, x.line, 1, endColumn, x.text)
  }
}
