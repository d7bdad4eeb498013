/**
 * Small helpers the config checks share: reading fields with their positions, and YAML snippets for hints.
 *
 * Loops over the config's lists (ctx.schema.objects, ctx.relabels, a map's pairs, ...) are index
 * loops here and in the checks: each check runs once, mostly before V8 has optimised it, and there
 * a for-of loop goes through the iterator protocol, 3-5x slower on a 10,000-job config.
 */
import type { CheckContext } from './context.js'
import { getPair, getValue, isNullNode, scalarString, type YMap, type YNode, type YPair } from './yaml-tree.js'

export { getPair, getValue, isNullNode, scalarString }

/** A field's pair when it is set to something other than null/empty. */
export function setPair(map: YNode | undefined, name: string): YPair | undefined {
  const p = getPair(map, name)
  if (!p || isNullNode(p.value)) return undefined
  if (p.value.kind === 'scalar' && p.value.text === '' && !p.value.plain) return undefined
  return p
}

export function isSet(map: YNode | undefined, name: string): boolean {
  return setPair(map, name) !== undefined
}

export function text(map: YNode | undefined, name: string): string | undefined {
  const v = getValue(map, name)
  const s = scalarString(v)
  return s === '' ? undefined : s
}

/** The label shown for a scrape config in messages: its job name, or its position. */
export function jobLabel(ref: { jobName?: { text: string }; index: number }): string {
  return ref.jobName ? `job "${ref.jobName.text}"` : `scrape config #${ref.index + 1}`
}

/** Where to point when a field is missing from a map: the map's first key, or the map itself. */
export function missingAt(map: YMap): YNode {
  return map.pairs[0]?.key ?? map
}

/** Every static_configs list item (scrape configs and alertmanagers), with the owner map. */
export function staticConfigs(ctx: CheckContext): { owner: YMap; item: YNode; ownerLabel: string; isScrape: boolean }[] {
  const out: { owner: YMap; item: YNode; ownerLabel: string; isScrape: boolean }[] = []
  for (const o of ctx.schema.objects) {
    if (o.name !== 'scrape_config' && o.name !== 'alertmanager_config') continue
    const sc = getValue(o.node, 'static_configs')
    if (sc?.kind !== 'seq') continue
    // The label is only read for a finding: worked out then (once per owner), not for every job.
    const node = o.node
    const isScrape = o.name === 'scrape_config'
    let label: string | undefined
    const ownerLabel = (): string => {
      if (label === undefined) {
        const jn = text(node, 'job_name')
        label = isScrape ? (jn ? `job "${jn}"` : 'a scrape config') : 'an alertmanager config'
      }
      return label
    }
    for (const item of sc.items) {
      out.push({
        owner: node,
        item,
        isScrape,
        get ownerLabel() {
          return ownerLabel()
        },
      })
    }
  }
  return out
}

export function objectsNamed(ctx: CheckContext, ...names: string[]): YMap[] {
  return ctx.schema.objects.filter((o) => names.includes(o.name)).map((o) => o.node)
}

export function quote(s: string): string {
  return JSON.stringify(s)
}
