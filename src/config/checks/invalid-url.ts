import { getPair, scalarString } from '../check-helpers.js'
import { defineConfigCheck, type CheckContext } from '../context.js'
import type { YNode } from '../yaml-tree.js'

/** Go's net/url.Parse, reduced to the parts Prometheus relies on. */
export function parseGoUrl(s: string): { error?: string; scheme: string; host: string } {
  if (/[\x00-\x1f\x7f]/.test(s)) return { error: 'net/url: invalid control character in URL', scheme: '', host: '' }
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(s)
  if (s.startsWith(':')) return { error: 'missing protocol scheme', scheme: '', host: '' }
  const scheme = m ? m[1].toLowerCase() : ''
  const rest = m ? s.slice(m[0].length) : s
  let host = ''
  if (rest.startsWith('//')) {
    const auth = rest.slice(2).split(/[/?#]/)[0]
    host = auth.includes('@') ? auth.slice(auth.lastIndexOf('@') + 1) : auth
    const port = /^(?:\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(host)?.[1]
    if (port !== undefined && port !== '' && !/^\d+$/.test(port)) return { error: `invalid port ":${port}" after host`, scheme, host }
    if (/\s/.test(host)) return { error: 'invalid character " " in host name', scheme, host }
  }
  return { scheme, host }
}

interface UrlField {
  section: string
  field: string
  /** 'http': Prometheus requires http(s) and a host; 'parse': it must only parse; 'eureka' / 'endpoint': SD-specific. */
  rule: 'http' | 'parse' | 'eureka' | 'endpoint' | 'warnHttp' | 'kuma'
}

const FIELDS: UrlField[] = [
  { section: 'http_sd_config', field: 'url', rule: 'http' },
  { section: 'puppetdb_sd_config', field: 'url', rule: 'http' },
  { section: 'eureka_sd_config', field: 'server', rule: 'eureka' },
  { section: 'kuma_sd_config', field: 'server', rule: 'kuma' },
  { section: 'stackit_sd_config', field: 'endpoint', rule: 'endpoint' },
  { section: 'remote_write', field: 'url', rule: 'warnHttp' },
  { section: 'remote_read', field: 'url', rule: 'warnHttp' },
  { section: 'kubernetes_sd_config', field: 'api_server', rule: 'parse' },
]

/** URLs Prometheus parses and checks at load ("URL scheme must be 'http' or 'https'", "host is missing in URL"). */
export default defineConfigCheck({
  id: 'config/invalid-url',
  severity: 'error',
  description: 'Write URLs in full: http(s)://host[:port]/path.',
  messages: {
    scheme: "{field} \"{url}\": URL scheme must be 'http' or 'https'",
    host: '{field} "{url}": host is missing in URL',
    parse: '{field} "{url}" is not a valid URL: {error}',
    eureka: '{field} "{url}": invalid eureka server URL',
    endpoint: '{field} "{url}": invalid endpoint',
    kuma: '{field} "{url}": kuma SD server must not be empty and have a scheme',
  },
  hints: {
    scheme: 'Write the full URL, e.g. `{field}: http://{example}`.',
    host: 'Put the host after "//", e.g. `{field}: http://sd.example.com:8080/targets`.',
    parse: 'Write the full URL, e.g. `{field}: https://{example}`.',
    eureka: 'Write the full URL, e.g. `server: http://{example}/eureka`.',
    endpoint: 'Write the full URL, e.g. `endpoint: https://{example}`.',
    kuma: 'Write the full URL, e.g. `server: http://{example}:5676`.',
  },
  check(ctx) {
    const seen = new Set<YNode>()
    for (const o of ctx.schema.objects) {
      for (const f of FIELDS) {
        if (o.name !== f.section) continue
        const p = getPair(o.node, f.field)
        if (!p || p.value.kind !== 'scalar' || p.value.isNull || seen.has(p.value)) continue
        seen.add(p.value)
        checkUrl(ctx, p.value, f)
      }
    }
    for (const h of ctx.httpClients) {
      const p = getPair(h.node, 'proxy_url')
      if (!p || p.value.kind !== 'scalar' || p.value.isNull || seen.has(p.value)) continue
      seen.add(p.value)
      checkUrl(ctx, p.value, { section: h.where, field: 'proxy_url', rule: 'parse' })
    }
  },
})

function checkUrl(ctx: CheckContext, node: YNode, f: UrlField): void {
  const url = scalarString(node) ?? ''
  if (url === '') return
  const u = parseGoUrl(url)
  const example = url.replace(/^[a-z]*:?\/*/i, '').replace(/^$/, 'example.com') || 'example.com'
  const data = { field: f.field, url, example, error: u.error ?? '' }
  if (u.error) {
    const id = f.rule === 'eureka' ? 'eureka' : f.rule === 'endpoint' ? 'endpoint' : 'parse'
    ctx.report({ messageId: id, at: node, data })
    return
  }
  if (f.rule === 'http' || f.rule === 'warnHttp') {
    const severity = f.rule === 'warnHttp' ? 'warning' : undefined
    if (u.scheme !== 'http' && u.scheme !== 'https') ctx.report({ messageId: 'scheme', at: node, data, severity })
    else if (u.host === '') ctx.report({ messageId: 'host', at: node, data, severity })
  } else if ((f.rule === 'eureka' || f.rule === 'kuma') && (u.scheme === '' || u.host === '')) {
    ctx.report({ messageId: f.rule, at: node, data })
  }
}
