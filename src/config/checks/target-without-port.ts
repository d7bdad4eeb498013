import { getValue, staticConfigs } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'

/**
 * Prometheus 3 no longer appends the scheme's default port to a target without one: the target
 * label stays "host" and the scrape goes to port 80/443, not to the exporter's port.
 */
export default defineConfigCheck({
  id: 'config/target-without-port',
  severity: 'warning',
  description: 'Give every static target a port.',
  messages: { noPort: 'target "{target}" has no port: Prometheus {version} scrapes it on port {port} ({scheme} default)' },
  hints: { noPort: 'Write the exporter\'s port explicitly, e.g. `- "{target}:9100"`.' },
  check(ctx) {
    if (!ctx.isV3) return
    for (const { owner, item } of staticConfigs(ctx)) {
      const targets = getValue(item, 'targets')
      if (targets?.kind !== 'seq') continue
      const scheme = getValue(owner, 'scheme')
      const https = scheme?.kind === 'scalar' && scheme.text === 'https'
      for (const t of targets.items) {
        if (t.kind !== 'scalar' || t.isNull || t.text === '' || t.text.includes('/')) continue
        const s = t.text
        const hasPort = s.startsWith('[') ? /\]:/.test(s) : s.includes(':')
        if (!hasPort) ctx.report({ messageId: 'noPort', at: t, data: { target: s, version: ctx.versionText, port: https ? 443 : 80, scheme: https ? 'https' : 'http' } })
      }
    }
  },
})
