import { compileRelabel, LabelSet, relabel, type CompiledRelabel } from '../../targets/relabel.js'
import { buildRelabel } from '../build-model.js'
import { getValue, staticConfigs, text } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import type { YMap, YNode, YScalar } from '../yaml-tree.js'

// Module-level, not literals in the loop: a literal is a new RegExp object on every evaluation,
// and this loop sees every static target of the config (non-global regexes keep no state).
const URL_PARTS = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#]*)([^?#]*)/
const BRACKETED = /^\[([^\]]*)\](?::(.*))?$/
/**
 * Characters Go escapes when Prometheus turns the address into the scrape URL and then refuses
 * when it parses that URL back ("invalid URL escape \"%20\""): ASCII controls, space, '@', '#', '?'.
 * Checked against Prometheus 2.42: each of " ", "\t", "@", "#", "?" in a host leaves the target down.
 */
const URL_BREAKING_CHAR = /[\x00-\x20\x7f@#?]/
const DIGITS = /^\d+$/
/** Relabel actions after which the static address may not be the one checked or scraped. */
const REWRITES_OR_DROPS = new Set(['labelmap', 'keep', 'drop', 'keepequal', 'dropequal'])
/**
 * host:port with a host free of the characters the checks below look at (no brackets first, no
 * ':', '/', or URL-breaking character): such a target passes every test below when its port is 1 to 65535.
 */
const PLAIN_HOST_PORT = /^[^\x00-\x20\x7f@#?/:[][^\x00-\x20\x7f@#?/:]*:(\d{1,5})$/

/** Relabel actions whose outcome depends on every label of the target, not only on named ones. */
const ALL_LABEL_ACTIONS = new Set(['labelmap', 'labeldrop', 'labelkeep'])

/**
 * Whether a scrape job's relabel_configs keep the static target `address` with that address, as
 * promtool works it out (scrape.TargetsFromGroup runs relabeling before it checks the address):
 * true when kept unchanged, false when dropped or rewritten, undefined when that depends on labels
 * not written here (__scheme__, __metrics_path__, the intervals, __param_*: their defaults come
 * from elsewhere), on every label (labelmap, labeldrop, labelkeep), or on a regex RE2 refuses.
 */
function keptAsWritten(owner: YMap, item: YNode, address: string, v3: boolean): boolean | undefined {
  const rc = getValue(owner, 'relabel_configs')
  if (rc?.kind !== 'seq') return true
  // the group's labels, then the target's own __address__, then job where the group set none (PopulateLabels)
  const labels = new LabelSet()
  const own = getValue(item, 'labels')
  if (own?.kind === 'map') for (const p of own.pairs) if (p.value.kind === 'scalar') labels.set(p.name, p.value.text)
  labels.set('__address__', address)
  if (labels.get('job') === '') labels.set('job', text(owner, 'job_name') ?? '')
  const known = new Set(['__address__', 'job', ...labels.names()])
  const steps: CompiledRelabel[] = []
  for (const node of rc.items) {
    if (node.kind !== 'map') continue
    const config = buildRelabel(node)
    if (ALL_LABEL_ACTIONS.has(config.action)) return undefined
    if (!config.sourceLabels.every((n) => known.has(n))) return undefined
    if ((config.action === 'keepequal' || config.action === 'dropequal') && !known.has(config.targetLabel ?? '')) return undefined
    const compiled = compileRelabel(config, v3)
    if ('error' in compiled) return undefined
    steps.push(compiled)
  }
  if (relabel(labels, steps, { legacyLabelNames: !v3 }) >= 0) return false
  return labels.get('__address__') === address
}

function describeChar(c: string): string {
  if (c === ' ') return 'a space'
  if (c === '\t') return 'a tab'
  const code = c.charCodeAt(0)
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return `"${c}"`
}

/**
 * What Prometheus itself checks on a static target (config/config.go CheckTargetAddress, and
 * scrape/target.go PopulateLabels, which promtool check config also runs): the address is not
 * empty ("no address") and holds no "/" ("... is not a valid hostname"), the "/" test at config
 * load only when the job has no relabel_configs, after relabeling otherwise. Both are errors.
 * Every other malformed address loads and only fails when scraped: those are warnings that say why.
 */
export default defineConfigCheck({
  id: 'config/invalid-target',
  severity: 'error',
  description: 'Write static targets as host:port, without scheme or path.',
  messages: {
    url: '"{target}" is not a valid hostname: targets are host:port, not URLs',
    empty: 'empty target in {owner}: Prometheus refuses it ("no address")',
    emptyAlertmanager: 'empty target in {owner}: it names no Alertmanager host, so alerts sent to it are lost',
    badChar: 'target "{target}" contains {char}: Prometheus cannot build its scrape URL ("invalid URL escape"), so every scrape fails',
    colons: 'target "{target}" has too many colons: every scrape fails ("too many colons in address")',
    badPort: 'target "{target}" has an invalid port "{port}": every scrape fails',
    emptyPort: 'target "{target}" has an empty port: Prometheus scrapes it on port {port} ({scheme} default)',
    emptyHost: 'target "{target}" has no host: Prometheus scrapes port {port} of the machine it runs on',
  },
  hints: {
    url: 'Write `- "{hostport}"` here{extra}.',
    empty: 'Remove the empty entry or write "host:port".',
    emptyAlertmanager: 'Remove the empty entry or write the Alertmanager\'s "host:port".',
    badChar: 'Write the target as "host:port", e.g. "localhost:9100".',
    colons: 'Write the target as "host:port"; IPv6 addresses go in brackets: "[::1]:9100".',
    badPort: 'Use a port number from 1 to 65535, e.g. "{host}:9100".',
    emptyPort: 'Write the exporter\'s port, e.g. "{host}:9100".',
    emptyHost: 'Write the host, e.g. "localhost{target}".',
  },
  check(ctx) {
    for (const sc of staticConfigs(ctx)) {
      const { owner, item } = sc
      // Relabeling may replace __address__ (the blackbox pattern), and promtool then checks the
      // rewritten address, not this one; or it may drop the target, which is then never checked nor
      // scraped. Worked out only for a target that needs it (rare).
      const rewritesAddress = (): boolean => {
        const relabels = getValue(owner, 'relabel_configs')
        return relabels?.kind === 'seq' &&
          relabels.items.some((r) => text(r, 'target_label') === '__address__' || REWRITES_OR_DROPS.has((text(r, 'action') ?? '').toLowerCase()))
      }
      const targets = getValue(item, 'targets')
      if (targets?.kind !== 'seq') continue
      for (const t of targets.items) {
        if (t.kind !== 'scalar') continue
        const s: YScalar = t
        const target = s.text
        if (s.isNull || target === '') {
          // Scrape targets go through PopulateLabels ("no address"); Alertmanager targets do not
          // (notifier AlertmanagerFromGroup checks only the "/"), and promtool accepts them.
          if (!rewritesAddress()) {
            const at = s.end > s.start ? s : targets
            if (sc.isScrape) ctx.report({ messageId: 'empty', at, data: { owner: sc.ownerLabel } })
            else ctx.report({ messageId: 'emptyAlertmanager', at, severity: 'warning', data: { owner: sc.ownerLabel } })
          }
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
          // With relabeling, promtool checks the target it leads to: reported when it is this one.
          if (!rewritesAddress() || (sc.isScrape && keptAsWritten(owner, sc.item, target, ctx.isV3) === true)) {
            ctx.report({ messageId: 'url', at: s, data: { target, hostport, extra: extras.join('') } })
          }
          continue
        }
        // From here on Prometheus loads the target; only scraping it can fail.
        if (rewritesAddress()) continue
        const warn = { at: s, severity: 'warning' as const }
        const v6 = BRACKETED.exec(target)
        let host: string
        let port: string | undefined
        if (v6) {
          host = v6[1]
          port = v6[2]
        } else {
          const parts = target.split(':')
          if (parts.length > 2) {
            ctx.report({ ...warn, messageId: 'colons', data: { target } })
            continue
          }
          host = parts[0]
          port = parts[1]
        }
        const bad = URL_BREAKING_CHAR.exec(target)
        if (bad) {
          ctx.report({ ...warn, messageId: 'badChar', data: { target, char: describeChar(bad[0]) } })
          continue
        }
        const shownHost = v6 ? `[${host}]` : host
        if (port === undefined) continue // no port: config/target-without-port's concern
        if (port === '') {
          const https = text(owner, 'scheme') === 'https'
          ctx.report({ ...warn, messageId: 'emptyPort', data: { target, host: shownHost, port: https ? 443 : 80, scheme: https ? 'https' : 'http' } })
          continue
        }
        // Go reads the port as a decimal number: leading zeros are fine ("09100"), 0 and > 65535 are not.
        if (!DIGITS.test(port) || Number(port) < 1 || Number(port) > 65535) {
          ctx.report({ ...warn, messageId: 'badPort', data: { target, port, host: shownHost } })
          continue
        }
        if (host === '') ctx.report({ ...warn, messageId: 'emptyHost', data: { target, port } })
      }
    }
  },
})
