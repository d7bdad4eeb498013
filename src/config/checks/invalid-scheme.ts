import { getPair } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'

/** Prometheus scrapes over http or https only; any other scheme fails every scrape of the job. */
export default defineConfigCheck({
  id: 'config/invalid-scheme',
  severity: 'warning',
  description: 'Set scheme to http or https.',
  messages: { invalid: 'scheme "{scheme}" is neither http nor https; every scrape of this job would fail' },
  hints: { invalid: 'Write `scheme: {fix}`.' },
  check(ctx) {
    for (const o of ctx.schema.objects) {
      if (o.name !== 'scrape_config' && o.name !== 'alertmanager_config') continue
      const p = getPair(o.node, 'scheme')
      if (!p || p.value.kind !== 'scalar' || p.value.isNull) continue
      const s = p.value.text
      if (s === 'http' || s === 'https') continue
      const fix = /^https/i.test(s) || /tls|ssl/i.test(s) ? 'https' : 'http'
      ctx.report({ messageId: 'invalid', at: p.value, data: { scheme: s, fix } })
    }
  },
})
