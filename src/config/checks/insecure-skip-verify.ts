import { getPair } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { asBool } from '../walk-schema.js'

/** insecure_skip_verify: true turns off certificate checks: anyone on the path can impersonate the target. */
export default defineConfigCheck({
  id: 'config/insecure-skip-verify',
  severity: 'warning',
  description: 'Verify TLS certificates instead of skipping verification.',
  messages: { insecure: 'insecure_skip_verify: true disables TLS certificate verification' },
  hints: { insecure: 'Remove it and set `ca_file: <the CA that signed the target\'s certificate>` (and `server_name:` if the certificate names another host).' },
  check(ctx) {
    for (const t of ctx.tlsConfigs) {
      const p = getPair(t.node, 'insecure_skip_verify')
      if (p && asBool(p.value) === true) ctx.report({ messageId: 'insecure', at: p.value })
    }
  },
})
