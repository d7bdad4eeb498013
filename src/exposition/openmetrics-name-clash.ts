/**
 * OpenMetrics 1.0, MetricFamily "Suffixes": the name of a MetricFamily MUST NOT result in a potential
 * clash for sample metric names with another MetricFamily of the MetricSet ("a gauge called foo_created
 * as a counter called foo could create a foo_created"). The reference parser rejects it ("Clashing name").
 *
 * Keeps each family's name, type and line (bounded: past `max` families, new ones are not remembered)
 * and checks a family when it starts and when its TYPE is read: its name against the sample names the
 * others' types allow, and the sample names its own type allows against the others' names. A family
 * that starts with a sample of an earlier family (x_sum after other families) is that family resuming.
 */
import type { MetricType } from './family.js'
import { rules } from './rules/index.js'
import { SPEC, type FindingSink, type LineRef } from './sink.js'

/** Sample-name suffixes each type adds to its family name (the empty suffix is the name itself). */
const SUFFIXES: Partial<Record<MetricType, string[]>> = {
  counter: ['_total', '_created'],
  summary: ['_count', '_sum', '_created'],
  histogram: ['_count', '_sum', '_bucket', '_created'],
  gaugehistogram: ['_gcount', '_gsum', '_bucket'],
  info: ['_info'],
}
const ALL = [...new Set(Object.values(SUFFIXES).flat())]

export class NameClash {
  private readonly families = new Map<string, { type: MetricType; line: number }>()

  constructor(private readonly out: FindingSink, private readonly max = 100_000) {}

  /**
   * A family `name` starts (type unknown until its TYPE line) or gets its TYPE. `fromSample`: it starts
   * with a sample and no metadata; a sample name of an earlier family is then that family resuming
   * (reported as interleaved), not a new family.
   */
  check(name: string, type: MetricType, line: LineRef, from: number, to: number, fromSample = false): void {
    const known = this.families.get(name)
    if (known) known.type = type
    else if (this.families.size < this.max) this.families.set(name, { type, line: line.no })
    // this name as a sample name of an earlier family
    for (const s of ALL) {
      if (!name.endsWith(s) || name.length === s.length) continue
      const base = name.slice(0, -s.length)
      const other = this.families.get(base)
      if (other && SUFFIXES[other.type]?.includes(s)) {
        if (fromSample) this.out.onLine(rules.interleavedFamily, 'interleaved', { name: base.slice(0, 100), line: other.line }, SPEC, line, line.start, line.end)
        else this.report(name, type, base, other, name, line, from, to)
        return
      }
    }
    // this family's sample names as the names of earlier families
    for (const s of SUFFIXES[type] ?? []) {
      const other = this.families.get(name + s)
      if (other && other.line !== line.no) {
        this.report(name, type, name + s, other, name + s, line, from, to)
        return
      }
    }
  }

  private report(name: string, type: MetricType, otherName: string, other: { type: MetricType; line: number }, sample: string, line: LineRef, from: number, to: number): void {
    this.out.onLine(rules.openmetricsFamilyNameClash, 'clash',
      { type, name: name.slice(0, 100), otherType: other.type, other: otherName.slice(0, 100), line: other.line, sample: sample.slice(0, 100), suggestion: name.slice(0, 100) + '_value' },
      SPEC, line, from, to)
  }
}
