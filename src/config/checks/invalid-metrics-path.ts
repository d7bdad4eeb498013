import { getPair } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'

/** Prometheus joins metrics_path onto the target URL as written; without a leading "/" the URL is wrong. */
export default defineConfigCheck({
  id: 'config/invalid-metrics-path',
  severity: 'warning',
  description: 'Start metrics_path with "/".',
  messages: {
    noSlash: 'metrics_path "{path}" does not start with "/"',
    hasQuery: 'metrics_path "{path}" contains "?"; Prometheus escapes it into the path instead of sending query parameters',
  },
  hints: {
    noSlash: 'Write `metrics_path: /{path}`.',
    hasQuery: 'Keep `metrics_path: {base}` and move the query into params:, as `params:` with the line `{param}: [{value}]` under it.',
  },
  check(ctx) {
    for (const o of ctx.schema.objects) {
      if (o.name !== 'scrape_config') continue
      const p = getPair(o.node, 'metrics_path')
      if (!p || p.value.kind !== 'scalar' || p.value.isNull) continue
      const path = p.value.text
      if (path === '') continue
      if (!path.startsWith('/')) ctx.report({ messageId: 'noSlash', at: p.value, data: { path } })
      else if (path.includes('?')) {
        const [base, q] = path.split('?', 2)
        const [param, value = ''] = (q ?? '').split('&')[0].split('=')
        ctx.report({ messageId: 'hasQuery', at: p.value, data: { path, base, param: param || 'name', value: JSON.stringify(value) } })
      }
    }
  },
})
