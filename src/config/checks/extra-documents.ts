import { defineConfigCheck } from '../context.js'

/** Prometheus reads only the first YAML document; anything after `---` is silently ignored. */
export default defineConfigCheck({
  id: 'config/extra-documents',
  severity: 'warning',
  description: 'Keep prometheus.yml to one YAML document.',
  messages: { extra: 'this file has {count} YAML document(s) after the first; Prometheus ignores them' },
  hints: { extra: 'Remove the "---" separator and merge the sections into the first document, or move them to their own file.' },
  check(ctx) {
    for (const i of ctx.parseIssues) {
      if (i.kind === 'extra-documents') ctx.report({ messageId: 'extra', at: i.span, data: { count: i.message.replace(/\D/g, '') || 1 } })
    }
  },
})
