/**
 * OpenMetrics 1.0 rules that need the family's type together with another line (spec, "Metric Types"):
 * - Info and StateSet MetricFamilies MUST have an empty Unit string (checked on whichever of TYPE and
 *   UNIT comes second).
 * - Summary quantile values MUST NOT be negative (NaN is allowed: no observations).
 */
import type { MetricType } from './family.js'
import { latin1, type LineParser } from './parser.js'
import { rules } from './rules/index.js'
import { SPEC, type FindingSink, type LineRef } from './sink.js'

/** TYPE or UNIT line of family `name`: a non-empty unit on an info or stateset family. */
export function checkOmUnitForType(out: FindingSink, name: string, type: MetricType, typeSeen: boolean, unit: string | undefined, line: LineRef, from: number, to: number): void {
  if (!typeSeen || !unit || (type !== 'info' && type !== 'stateset')) return
  out.onLine(rules.openmetricsInvalidUnit, 'type', { type, name, unit: unit.slice(0, 100) }, SPEC, line, from, to)
}

/** A summary quantile sample whose quantile label is a valid fraction: its value is not negative. */
export function checkOmQuantileValue(out: FindingSink, name: string, p: LineParser, line: LineRef, vs: number, ve: number): void {
  if (!(p.value < 0)) return
  out.onLine(rules.summaryInvalidQuantile, 'negativeValue',
    { q: latin1(line.buf, vs, Math.min(ve, vs + 100)), name, value: latin1(line.buf, p.valueStart, Math.min(p.valueEnd, p.valueStart + 60)) },
    SPEC, line, p.valueStart, p.valueEnd)
}
