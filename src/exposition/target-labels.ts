/**
 * The scrape target's labels as Prometheus merges them into every sample before the job's label
 * limits apply (scrape/scrape.go: mutateSampleLabels, then metric_relabel_configs, then
 * verifyLabelLimits over the whole label set, __name__ included):
 *
 * - the exposed labels go through labels.Builder, which drops every label with an empty value;
 * - honor_labels: false: each target label is set; an exposed label of the same name (non-empty)
 *   is kept renamed to exported_<name> (exported_exported_<name> if that is taken, ...), so the
 *   count is exposed + target labels, and the renamed label's name is 9 bytes longer;
 * - honor_labels: true: a target label is added only when the sample has no label of that name
 *   (even an empty one), so each conflict takes one off the count.
 *
 * metric_relabel_configs are not run here (see the rule docs): the counts assume they change nothing.
 */
import type { ScrapeTargetInfo, ValidatorLimits } from './index.js'

const enc = new TextEncoder()
export const EXPORTED_PREFIX_BYTES = 'exported_'.length

/** A target label over label_name_length_limit or label_value_length_limit. */
export interface LongTargetLabel {
  index: number
  name: string
  kind: 'name' | 'value'
  length: number
}

export class TargetLabels {
  readonly names: string[]
  readonly nameBytes: Uint8Array[]
  readonly honor: boolean
  readonly count: number
  /** Target labels over a length limit: each fails every sample that carries it. */
  readonly long: LongTargetLabel[] = []

  constructor(target: ScrapeTargetInfo, limits: ValidatorLimits | undefined) {
    // A target's labels never carry an empty value (relabeling drops them) nor __ names; skip them if given.
    const entries = Object.entries(target.labels).filter(([n, v]) => v !== '' && !n.startsWith('__')).slice(0, 1000)
    this.names = entries.map(([n]) => n)
    this.nameBytes = this.names.map((n) => enc.encode(n))
    this.honor = target.honorLabels === true
    this.count = entries.length
    entries.forEach(([n, v], index) => {
      const nl = this.nameBytes[index]!.length
      if (limits?.labelNameLengthLimit && nl > limits.labelNameLengthLimit) this.long.push({ index, name: n.slice(0, 60), kind: 'name', length: nl })
      const vl = enc.encode(v).length
      if (limits?.labelValueLengthLimit && vl > limits.labelValueLengthLimit) this.long.push({ index, name: n.slice(0, 60), kind: 'value', length: vl })
    })
  }

  /** Index of the target label named like bytes [s, e) of `b`, or -1. */
  find(b: Uint8Array, s: number, e: number): number {
    const len = e - s
    outer: for (let k = 0; k < this.nameBytes.length; k++) {
      const t = this.nameBytes[k]!
      if (t.length !== len) continue
      for (let j = 0; j < len; j++) if (t[j] !== b[s + j]) continue outer
      return k
    }
    return -1
  }

  /**
   * The target labels Prometheus adds to a sample, named for a message (at most 10). `has(k)`: the
   * sample carries a label named like target label k, which with honor_labels keeps it out.
   */
  addedNames(has: (k: number) => boolean): string {
    const names: string[] = []
    let more = 0
    for (let k = 0; k < this.names.length; k++) {
      if (this.honor && has(k)) continue
      if (names.length < 10) names.push(this.names[k]!.slice(0, 60))
      else more++
    }
    return (names.join(', ') || 'none') + (more > 0 ? ', …' : '')
  }
}

/** Does any limit the target's labels take part in apply? (Otherwise no per-sample work is done for them.) */
export function labelLimitsSet(limits: ValidatorLimits): boolean {
  return Boolean(limits.labelLimit || limits.labelNameLengthLimit || limits.labelValueLengthLimit)
}

/** Where a target label comes from, for messages. */
export function targetLabelOrigin(name: string): string {
  if (name === 'job') return 'set from job_name'
  if (name === 'instance') return 'set from the target address'
  return 'a static_configs / file_sd label of the target, or set by relabel_configs'
}
