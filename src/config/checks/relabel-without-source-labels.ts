import { RE2JS } from 're2js'
import { getPair, isSet, scalarString } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'

/**
 * keep/drop without source_labels match the regex against an empty string: with the default regex
 * every target (or series) is kept or dropped, which is rarely what was meant.
 */
export default defineConfigCheck({
  id: 'config/relabel-without-source-labels',
  severity: 'warning',
  description: 'Give keep and drop rules the source_labels they test.',
  messages: { missing: '{action} rule has no source_labels: its regex is matched against an empty string, so it {effect}' },
  hints: { missing: 'Add the labels to test, e.g. `source_labels: [__name__]` (metric_relabel_configs) or `source_labels: [__address__]`.' },
  check(ctx) {
    // One compile per distinct regex text (configs repeat the same rule in many jobs).
    const matchesEmptyOf = new Map<string, boolean>()
    for (const r of ctx.relabels) {
      const a = getPair(r.node, 'action')
      const action = (a ? scalarString(a.value) ?? '' : '').toLowerCase()
      if ((action !== 'keep' && action !== 'drop') || isSet(r.node, 'source_labels')) continue
      const regex = scalarString(getPair(r.node, 'regex')?.value) ?? '(.*)'
      let matchesEmpty = matchesEmptyOf.get(regex)
      if (matchesEmpty === undefined) {
        try {
          matchesEmpty = RE2JS.compile(`^(?s:${regex})$`).matches('')
        } catch {
          matchesEmpty = false
        }
        matchesEmptyOf.set(regex, matchesEmpty)
      }
      const effect = (action === 'keep') === matchesEmpty ? 'never removes anything' : `removes ${r.list === 'metric_relabel_configs' ? 'every series' : 'every target'}`
      ctx.report({ messageId: 'missing', at: a!.value, data: { action, effect } })
    }
  },
})
