import { defineConfigCheck } from '../context.js'
import { suggestDuration } from '../values.js'

/** Prometheus durations: `[0-9]+(ms|s|m|h|d|w|y)` repeated from largest to smallest unit, e.g. 1h30m; `0` alone. */
export default defineConfigCheck({
  id: 'config/invalid-duration',
  severity: 'error',
  description: 'Write durations as Prometheus parses them, e.g. 15s, 1m, 1h30m.',
  messages: {
    invalid: '{field}: "{value}" is not a valid duration string (not a valid duration string: "{value}")',
    invalidSuggest: '{field}: "{value}" is not a valid duration string; did you mean "{suggestion}"? (not a valid duration string: "{value}")',
  },
  hints: {
    invalid: 'Use a number with a unit (ms, s, m, h, d, w, y), units from largest to smallest, no spaces or fractions: e.g. `{field}: 1m30s`.',
    invalidSuggest: 'Write `{field}: {suggestion}`.',
  },
  check(ctx) {
    for (const i of ctx.schema.issues) {
      if (i.kind !== 'invalid-duration') continue
      const suggestion = suggestDuration(i.text)
      if (suggestion) ctx.report({ messageId: 'invalidSuggest', at: i.node, data: { field: i.field, value: i.text, suggestion } })
      else ctx.report({ messageId: 'invalid', at: i.node, data: { field: i.field, value: i.text } })
    }
  },
})
