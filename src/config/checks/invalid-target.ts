import { getValue, staticConfigs, text } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import type { YScalar } from '../yaml-tree.js'

// Module-level, not literals in the loop: a literal is a new RegExp object on every evaluation,
// and this loop sees every static target of the config (non-global regexes keep no state).
const URL_PARTS = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#]*)([^?#]*)/
const BRACKETED = /^\[([^\]]*)\](?::(.*))?$/
const BAD_HOST_CHAR = /[\s@]/
const PORT_DIGITS = /^\d{1,5}$/
/**
 * host:port with a host free of the characters the checks below look at (no brackets first, no
 * ':', '/', '@' or space): such a target passes every test below when its port is 1 to 65535.
 */
const PLAIN_HOST_PORT = /^[^\s@/:[][^\s@/:]*:(\d{1,5})$/

/**
 * A static target is "host:port". Prometheus refuses a target with "/" when the job has no
 * relabel_configs ("... is not a valid hostname"); other malformed addresses fail every scrape.
 */
export default defineConfigCheck({
  id: 'config/invalid-target',
  severity: 'error',
  description: 'Write static targets as host:port, without scheme or path.',
  messages: {
    url: '"{target}" is not a valid hostname: targets are host:port, not URLs',
    empty: 'empty target in {owner}',
    badPort: 'target "{target}" has an invalid port "{port}"',
    badHost: 'target "{target}" is not host:port',
  },
  hints: {
    url: 'Write `- "{hostport}"` here{extra}.',
    empty: 'Remove the empty entry or write "host:port".',
    badPort: 'Use a port number from 1 to 65535, e.g. "{host}:9100".',
    badHost: 'Write the target as "host:port", e.g. "localhost:9100"; IPv6 addresses go in brackets: "[::1]:9100".',
  },
  check(ctx) {
    for (const sc of staticConfigs(ctx)) {
      const { owner, item } = sc
      // Like promtool, accept URL-shaped targets when relabeling rewrites __address__ (the blackbox pattern).
      // Worked out only for a URL-shaped target (rare): it reads every relabel rule of the job.
      const rewritesAddress = (): boolean => {
        const relabels = getValue(owner, 'relabel_configs')
        return relabels?.kind === 'seq' &&
          relabels.items.some((r) => text(r, 'target_label') === '__address__' || (text(r, 'action') ?? '').toLowerCase() === 'labelmap')
      }
      const targets = getValue(item, 'targets')
      if (targets?.kind !== 'seq') continue
      for (const t of targets.items) {
        if (t.kind !== 'scalar') continue
        const s: YScalar = t
        const target = s.text
        if (s.isNull || target === '') {
          ctx.report({ messageId: 'empty', at: s.end > s.start ? s : targets, data: { owner: sc.ownerLabel } })
          continue
        }
        const plain = PLAIN_HOST_PORT.exec(target)
        if (plain) {
          const port = Number(plain[1])
          if (port >= 1 && port <= 65535) continue
        }
        if (target.includes('/')) {
          const m = URL_PARTS.exec(target)
          const scheme = m?.[1]
          const hostport = m?.[2] || target.split('/')[0]
          const path = m?.[3] ?? ''
          const extras: string[] = []
          if (scheme === 'https') extras.push(' and `scheme: https` in the job')
          if (path && path !== '/') extras.push(` and \`metrics_path: ${path}\` in the job`)
          if (!rewritesAddress()) ctx.report({ messageId: 'url', at: s, data: { target, hostport, extra: extras.join('') } })
          continue
        }
        const v6 = BRACKETED.exec(target)
        let host: string
        let port: string | undefined
        if (v6) {
          host = v6[1]
          port = v6[2]
        } else {
          const parts = target.split(':')
          if (parts.length > 2) {
            ctx.report({ messageId: 'badHost', at: s, data: { target } })
            continue
          }
          host = parts[0]
          port = parts[1]
        }
        if (host === '' || BAD_HOST_CHAR.test(host)) {
          ctx.report({ messageId: 'badHost', at: s, data: { target } })
          continue
        }
        if (port !== undefined && (!PORT_DIGITS.test(port) || Number(port) < 1 || Number(port) > 65535)) {
          ctx.report({ messageId: 'badPort', at: s, data: { target, port, host: v6 ? `[${host}]` : host } })
        }
      }
    }
  },
})
