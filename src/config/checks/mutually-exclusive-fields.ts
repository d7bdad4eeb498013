import { getPair, getValue, isSet } from '../check-helpers.js'
import { defineConfigCheck, type CheckContext } from '../context.js'
import { cmpVersion } from '../values.js'
import { asBool } from '../walk-schema.js'
import type { YMap, YNode } from '../yaml-tree.js'

/**
 * prometheus/common and Prometheus refuse settings that exclude each other ("at most one of
 * basic_auth password & password_file must be configured", ...). Reported on the second field.
 */
const GROUPS: { section: string[]; fields: string[]; prom: string }[] = [
  { section: ['basic_auth'], fields: ['password', 'password_file', 'password_ref'], prom: 'at most one of basic_auth password, password_file & password_ref must be configured' },
  { section: ['basic_auth'], fields: ['username', 'username_file', 'username_ref'], prom: 'at most one of basic_auth username, username_file & username_ref must be configured' },
  { section: ['authorization'], fields: ['credentials', 'credentials_file', 'credentials_ref'], prom: 'at most one of authorization credentials & credentials_file must be configured' },
  { section: ['oauth2'], fields: ['client_secret', 'client_secret_file', 'client_secret_ref'], prom: 'at most one of oauth2 client_secret, client_secret_file & client_secret_ref must be configured' },
  { section: ['oauth2'], fields: ['client_certificate_key', 'client_certificate_key_file', 'client_certificate_key_ref'], prom: 'at most one of oauth2 client_certificate_key, client_certificate_key_file & client_certificate_key_ref must be configured using grant-type=urn:ietf:params:oauth:grant-type:jwt-bearer' },
  { section: ['tls_config'], fields: ['ca', 'ca_file', 'ca_ref'], prom: 'at most one of ca, ca_file & ca_ref must be configured' },
  { section: ['tls_config'], fields: ['cert', 'cert_file', 'cert_ref'], prom: 'at most one of cert, cert_file & cert_ref must be configured' },
  { section: ['tls_config'], fields: ['key', 'key_file', 'key_ref'], prom: 'at most one of key, key_file & key_ref must be configured' },
  { section: ['oci_sd_config'], fields: ['key_passphrase', 'key_passphrase_file'], prom: 'oci_sd: at most one of key_passphrase and key_passphrase_file must be configured' },
  { section: ['marathon_sd_config'], fields: ['auth_token', 'auth_token_file'], prom: 'marathon_sd: at most one of auth_token & auth_token_file must be configured' },
  { section: ['scaleway_sd_config', 'outscale_sd_config'], fields: ['secret_key', 'secret_key_file'], prom: 'at most one of secret_key & secret_key_file must be configured' },
]

const SECTIONS = new Set(GROUPS.flatMap((g) => g.section))

/**
 * On 2.x, the auth sections (basic_auth, authorization, oauth2) of HTTP client configs Prometheus never
 * validated: their own checks do not apply either (promtool 2.42 accepts them).
 */
export function uncheckedAuthSections(ctx: CheckContext): Set<YNode> {
  const out = new Set<YNode>()
  if (validatesEveryHttpClient(ctx)) return out
  for (const h of ctx.httpClients) {
    if (V2_VALIDATED.has(h.where)) continue
    for (const k of ['basic_auth', 'authorization', 'oauth2']) {
      const v = getValue(h.node, k)
      if (v) out.add(v)
    }
  }
  return out
}

/**
 * Sections whose inlined HTTP client config Prometheus validated at load before 2.48 (promtool 2.42
 * checked: http_sd, puppetdb, uyuni, ec2, lightsail and azure did not). From 2.48 every one is validated:
 * CHANGELOG 2.48.0 "SD: Validate HTTP client configuration in HTTP, EC2, Azure, Uyuni, PuppetDB, and
 * Lightsail SDs. #12762 #12811 #12812 #12815 #12814 #12816".
 */
export const V2_VALIDATED = new Set([
  'scrape_config', 'alertmanager_config', 'remote_write', 'remote_read', 'kubernetes_sd_config', 'marathon_sd_config',
  'consul_sd_config', 'digitalocean_sd_config', 'docker_sd_config', 'dockerswarm_sd_config', 'eureka_sd_config',
  'hetzner_sd_config', 'ionos_sd_config', 'kuma_sd_config', 'linode_sd_config', 'nomad_sd_config', 'scaleway_sd_config',
  'vultr_sd_config',
])

/** Whether this version validates the HTTP client config of every section (2.48+, see V2_VALIDATED). */
export function validatesEveryHttpClient(ctx: CheckContext): boolean {
  return cmpVersion(ctx.version, [2, 48]) >= 0
}

export default defineConfigCheck({
  id: 'config/mutually-exclusive-fields',
  severity: 'error',
  description: 'Configure each credential or setting in one way only.',
  messages: { exclusive: '"{second}" cannot be set together with "{first}" ({prom})' },
  hints: { exclusive: 'Keep one of them: remove "{second}:" or "{first}:"{tip}.' },
  check(ctx) {
    // One pass over all objects for the few sections the groups name, not one pass per group.
    const unchecked = uncheckedAuthSections(ctx)
    const sections = ctx.schema.objects.filter((o) => SECTIONS.has(o.name) && !unchecked.has(o.node))
    for (const g of GROUPS) {
      for (const o of sections) if (g.section.includes(o.name)) pair(ctx, o.node, g.fields, g.prom)
    }
    for (const h of ctx.httpClients) {
      // Before 3.0 most SD mechanisms never validated their inlined HTTP client config.
      if (!validatesEveryHttpClient(ctx) && !V2_VALIDATED.has(h.where)) continue
      httpClient(ctx, h.node, h.where)
    }
  },
})

function pair(ctx: CheckContext, node: YMap, fields: string[], prom: string): void {
  const set = fields.filter((f) => isSet(node, f))
  if (set.length < 2) return
  const tip = set.some((f) => f.endsWith('_file')) ? ' (prefer the _file variant: it keeps the secret out of the repository)' : ''
  ctx.report({
    messageId: 'exclusive', at: getPair(node, set[1])!.key, data: { first: set[0], second: set[1], prom, tip },
    related: [{ at: getPair(node, set[0])!.key, label: 'also set here' }],
  })
}

/** Every field httpClient() tests: each report there needs two different ones set. */
const HTTP_CLIENT_FIELDS = new Set([
  'bearer_token', 'bearer_token_file', 'basic_auth', 'oauth2', 'authorization', 'sigv4', 'azuread', 'google_iam',
  'proxy_from_environment', 'proxy_url', 'no_proxy', 'auth_token', 'auth_token_file', 'username', 'password', 'token',
])

function httpClient(ctx: CheckContext, node: YMap, where: string): void {
  // Most configs set at most one of these fields per client: nothing to compare, and no lists
  // and closures to make for each of thousands of jobs.
  let first: string | undefined
  let two = false
  for (const p of node.pairs) {
    if (!HTTP_CLIENT_FIELDS.has(p.name)) continue
    if (first === undefined) first = p.name
    else if (p.name !== first) {
      two = true
      break
    }
  }
  if (!two) return
  const has = (k: string) =>
    k === 'proxy_from_environment' ? asBool(getPair(node, k)?.value) === true : isSet(node, k) || getPair(node, k)?.value.kind === 'map'
  const report = (first: string, second: string, prom: string) =>
    ctx.report({
      messageId: 'exclusive', at: getPair(node, second)!.key, data: { first, second, prom, tip: '' },
      related: [{ at: getPair(node, first)!.key, label: 'also set here' }],
    })
  const bearer = ['bearer_token', 'bearer_token_file'].filter(has)
  if (bearer.length === 2) report('bearer_token', 'bearer_token_file', 'at most one of bearer_token & bearer_token_file must be configured')
  const auths = ['basic_auth', 'oauth2'].filter(has)
  if (auths.length && bearer.length) report(auths[0], bearer[0], 'at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured')
  if (has('authorization') && bearer.length) report(bearer[0], 'authorization', 'authorization is not compatible with bearer_token & bearer_token_file')
  const all = ['basic_auth', 'oauth2', 'authorization'].filter(has)
  if (all.length > 1) report(all[0], all[1], 'at most one of basic_auth, oauth2 & authorization must be configured')
  // A field the version does not know is an unknown-field error only (sigv4 on Alertmanagers: 2.48;
  // azuread: 2.45; google_iam: 3.0), not also a conflict.
  const known = (k: string) =>
    k === 'sigv4' ? where !== 'alertmanager_config' || cmpVersion(ctx.version, [2, 48]) >= 0
      : k === 'azuread' ? cmpVersion(ctx.version, [2, 45]) >= 0
        : k === 'google_iam' ? ctx.isV3 : true
  if (has('sigv4') && known('sigv4') && all.length) {
    report(all[0], 'sigv4', where === 'remote_write' ? 'at most one of basic_auth, authorization, oauth2, sigv4, azuread or google_iam must be configured' : 'at most one of basic_auth, authorization, oauth2, & sigv4 must be configured')
  }
  if (where === 'remote_write') {
    const rw = ['basic_auth', 'authorization', 'oauth2', 'sigv4', 'azuread', 'google_iam'].filter((k) => has(k) && known(k))
    if (rw.length > 1 && !(rw.length === 2 && rw.includes('sigv4') && all.length)) {
      if (!(all.length > 1)) report(rw[0], rw[1], 'at most one of basic_auth, authorization, oauth2, sigv4, azuread or google_iam must be configured')
    }
  }
  if (has('proxy_from_environment') && has('proxy_url')) report('proxy_url', 'proxy_from_environment', 'if proxy_from_environment is configured, proxy_url must not be configured')
  if (has('proxy_from_environment') && has('no_proxy')) report('proxy_from_environment', 'no_proxy', 'if proxy_from_environment is configured, no_proxy must not be configured')
  if (where === 'consul_sd_config') {
    const up = ['username', 'password'].find(has)
    if (up && has('basic_auth')) report(up, 'basic_auth', 'at most one of consul SD configuration username and password and basic auth can be configured')
    const other = ['authorization', 'oauth2'].find(has)
    if (has('token') && other) report('token', other, 'at most one of consul SD token, authorization, or oauth2 can be configured')
  }
  if (where === 'marathon_sd_config') {
    const tok = ['auth_token', 'auth_token_file'].filter(has)
    if (tok.length && has('basic_auth')) report('basic_auth', tok[0], 'marathon_sd: at most one of basic_auth, auth_token & auth_token_file must be configured')
    if (tok.length && bearer.length) report(bearer[0], tok[0], 'marathon_sd: at most one of bearer_token, bearer_token_file, auth_token & auth_token_file must be configured')
    if (tok.length && has('authorization')) report('authorization', tok[0], 'marathon_sd: at most one of auth_token, auth_token_file & authorization must be configured')
  }
}
