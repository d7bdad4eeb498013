import { getPair } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { isNullNode, type YNode } from '../yaml-tree.js'

/** A "-" with nothing after it in a list of sections: Prometheus refuses it ("empty or null ..."). */
const LISTS: Record<string, string> = {
  scrape_configs: 'empty or null scrape config section',
  static_configs: 'empty or null section in static_configs',
  relabel_configs: 'empty or null target relabeling rule',
  metric_relabel_configs: 'empty or null metric relabeling rule',
  write_relabel_configs: 'empty or null relabeling rule in remote write config',
  alert_relabel_configs: 'empty or null alert relabeling rule',
  remote_write: 'empty or null remote write config section',
  remote_read: 'empty or null remote read config section',
  alertmanagers: 'empty or null Alertmanager config section',
}

const LIST_ENTRIES = Object.entries(LISTS)
const LIST_NAMES = new Set(Object.keys(LISTS))

export default defineConfigCheck({
  id: 'config/empty-section',
  severity: 'error',
  description: 'Do not leave empty items in lists of sections.',
  messages: { empty: 'empty item in {list} ({prom})' },
  hints: { empty: 'Remove the lone "-", or fill in the item.' },
  check(ctx) {
    const seen = new Set<YNode>()
    const visit = (owner: YNode | undefined, ownerName: string) => {
      // One pass over the owner's keys finds the lists it holds (most objects, relabel rules and
      // static configs, hold none); the loop below keeps the report order of LISTS.
      if (owner?.kind !== 'map') return
      let held: string[] | undefined
      const pairs = owner.pairs
      for (let k = 0; k < pairs.length; k++) if (LIST_NAMES.has(pairs[k].name)) (held ??= []).push(pairs[k].name)
      if (!held) return
      // Index loop, no [list, prom] destructuring: this runs for every scrape config.
      for (let e = 0; e < LIST_ENTRIES.length; e++) {
        const list = LIST_ENTRIES[e][0]
        const prom0 = LIST_ENTRIES[e][1]
        if (!held.includes(list)) continue
        const p = getPair(owner, list)
        if (!p || p.value.kind !== 'seq' || seen.has(p.value)) continue
        seen.add(p.value)
        let prom = prom0
        if (list === 'relabel_configs' && ownerName === 'alertmanager_config') prom = 'empty or null Alertmanager target relabeling rule'
        if (list === 'alert_relabel_configs' && ownerName === 'alertmanager_config') prom = 'empty or null Alertmanager alert relabeling rule'
        for (const item of p.value.items) {
          if (!isNullNode(item)) continue
          ctx.report({ messageId: 'empty', at: item, data: { list, prom } })
        }
      }
    }
    visit(ctx.root, 'config')
    for (const o of ctx.schema.objects) visit(o.node, o.name)
  },
})
