import { getPair } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'

/** prometheus/common refuses these in http_headers ("setting header ... is not allowed"). */
const HTTP_RESERVED = new Set([
  'authorization', 'host', 'content-encoding', 'content-length', 'content-type', 'user-agent', 'connection', 'keep-alive',
  'proxy-authenticate', 'proxy-authorization', 'www-authenticate', 'accept-encoding', 'x-prometheus-remote-write-version',
  'x-prometheus-remote-read-version', 'x-prometheus-scrape-timeout-seconds', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256',
])
/** config.go reservedHeaders for remote_write/remote_read/tracing `headers`. */
const REMOTE_RESERVED = new Set([
  'host', 'content-encoding', 'content-length', 'content-type', 'user-agent', 'connection', 'keep-alive', 'proxy-authenticate',
  'proxy-authorization', 'www-authenticate', 'accept-encoding', 'x-prometheus-remote-write-version', 'x-prometheus-remote-read-version',
  'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256',
])

export default defineConfigCheck({
  id: 'config/reserved-header',
  severity: 'error',
  description: 'Do not set headers Prometheus manages itself.',
  messages: {
    httpHeaders: 'setting header "{name}" is not allowed',
    remote: '{name} is a reserved header. It must not be changed',
    remoteAuth: 'authorization header must be changed via the basic_auth, authorization, oauth2, sigv4, azuread or google_iam parameter',
    tracingAuth: 'custom authorization header configuration is not yet supported',
  },
  hints: {
    httpHeaders: 'Remove "{name}"; configure it through the matching setting (basic_auth, authorization, ...) if there is one.',
    remote: 'Remove "{name}" from headers:.',
    remoteAuth: 'Remove the header and use `authorization:` (or basic_auth/oauth2/sigv4) instead.',
    tracingAuth: 'Remove the Authorization header from tracing headers:.',
  },
  check(ctx) {
    for (const h of ctx.httpClients) {
      const hh = getPair(h.node, 'http_headers')?.value
      if (hh?.kind !== 'map') continue
      for (const p of hh.pairs) if (HTTP_RESERVED.has(p.name.toLowerCase())) ctx.report({ messageId: 'httpHeaders', at: p.key, data: { name: p.name } })
    }
    for (const o of ctx.schema.objects) {
      if (o.name !== 'remote_write' && o.name !== 'remote_read' && o.name !== 'tracing') continue
      const hs = getPair(o.node, 'headers')?.value
      if (hs?.kind !== 'map') continue
      for (const p of hs.pairs) {
        const lower = p.name.toLowerCase()
        if (lower === 'authorization') ctx.report({ messageId: o.name === 'tracing' ? 'tracingAuth' : 'remoteAuth', at: p.key })
        else if (REMOTE_RESERVED.has(lower)) ctx.report({ messageId: 'remote', at: p.key, data: { name: p.name } })
      }
    }
  },
})
