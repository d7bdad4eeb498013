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
  /** See `exportedPrefixes`: before 2.44 an exposed label with an empty value still takes its name. */
  private readonly emptyTakesName: boolean

  /** `promVersion`: the Prometheus the verdicts are for, as versionNumber gives it (default 3.x). */
  constructor(target: ScrapeTargetInfo, limits: ValidatorLimits | undefined, promVersion = 3999) {
    this.emptyTakesName = promVersion < 2044
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
   * honor_labels: false. For each of a sample's labels (`names`; `empty`: its value is empty), how
   * many "exported_" prefixes Prometheus gives it: 0 unless a target label of the same name
   * displaces it. As scrape.go's resolveConflictingExposedLabels: the displaced labels, shortest
   * name first (equal lengths in target label order, which is by name), are each prefixed until the
   * name is free among the sample's labels, the target's labels and the names given before. Since
   * 2.44 (#12084, which made it ask labels.Builder.Get) a sample label with an empty value leaves its
   * name free; before, its name alone took it (checked against 2.42 in scrape-oracle.test.ts).
   */
  exportedPrefixes(names: string[], empty: boolean[]): number[] {
    const out = names.map(() => 0)
    const conflicts: number[] = []
    const taken = new Set<string>(this.names)
    names.forEach((n, i) => {
      if (empty[i]) {
        if (this.emptyTakesName) taken.add(n)
        return
      }
      taken.add(n)
      if (this.names.includes(n)) conflicts.push(i)
    })
    conflicts.sort((x, y) => names[x]!.length - names[y]!.length || (names[x]! < names[y]! ? -1 : names[x]! > names[y]! ? 1 : 0))
    for (const i of conflicts) {
      let name = names[i]!, n = 0
      // ends: each further prefix needs a taken name one prefix longer, and there are finitely many
      do {
        name = 'exported_' + name
        n++
      } while (taken.has(name) && n <= taken.size)
      taken.add(name)
      out[i] = n
    }
    return out
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
