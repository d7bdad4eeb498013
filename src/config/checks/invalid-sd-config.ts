import { getPair, getValue, isNullNode, isSet, scalarString, text } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { cmpVersion, parseDuration } from '../values.js'
import { asBool } from '../walk-schema.js'
import type { YMap, YNode } from '../yaml-tree.js'
import { parseGoUrl } from './invalid-url.js'

/**
 * Allowed values per SD field. `since` gives values newer than Prometheus 2.42 (which refuses them,
 * per promtool 2.42) their first version; where we do not know it exactly it is the earliest possible
 * one (a lower bound: better to miss an error on an in-between version than to invent one).
 */
const ENUMS: Record<string, Record<string, { values: string[]; prom: (v: string, allowed: string[]) => string; ci?: boolean; since?: Record<string, [number, number]> }>> = {
  kubernetes_sd_config: { role: { values: ['endpoints', 'endpointslice', 'service', 'pod', 'node', 'ingress'], prom: (v) => `unknown Kubernetes SD role "${v}"` } },
  hetzner_sd_config: { role: { values: ['robot', 'hcloud'], prom: (v) => `unknown role "${v}"` } },
  scaleway_sd_config: { role: { values: ['instance', 'baremetal'], prom: (v) => `unknown role "${v}"` } },
  dockerswarm_sd_config: { role: { values: ['services', 'tasks', 'nodes'], prom: (v) => `invalid role ${v}, expected tasks, services, or nodes` } },
  openstack_sd_config: {
    role: { values: ['instance', 'hypervisor', 'loadbalancer'], prom: (v) => `unknown OpenStack SD role "${v}"`, since: { loadbalancer: [2, 43] } },
    availability: { values: ['public', 'admin', 'internal'], prom: (v) => `unknown availability ${v}, must be one of admin, internal or public` },
  },
  // MX: CHANGELOG 2.38.0 "DNS SD: Support MX records for discovering targets. #10099"; NS: CHANGELOG 2.49.0
  // "SD: Add support for `NS` records to DNS SD. #13219" (promtool 2.42 refuses NS, as expected).
  dns_sd_config: { type: { values: ['SRV', 'A', 'AAAA', 'MX', 'NS'], ci: true, prom: (v) => `invalid DNS-SD records type ${v}`, since: { MX: [2, 38], NS: [2, 49] } } },
  // discovery/aws/aws.go: Role.UnmarshalYAML. The roles arrived together with or after aws_sd_configs (schema: ≥ 3.6).
  aws_sd_config: { role: { values: ['ec2', 'ecs', 'elasticache', 'lightsail', 'msk', 'rds'], prom: (v) => `unknown AWS SD role "${v}"` } },
  ovhcloud_sd_config: { service: { values: ['vps', 'dedicated_server'], prom: (v) => `unknown service: ${v}` } },
  oci_sd_config: { auth: { values: ['api_key', 'instance_principal'], prom: (v) => `oci_sd: unknown auth method "${v}", expected "api_key" or "instance_principal"` } },
  azure_sd_config: {
    authentication_method: {
      values: ['OAuth', 'ManagedIdentity', 'SDK', 'WorkloadIdentity'],
      prom: (v, a) => `unknown authentication_type "${v}". Supported types are ${a.slice(0, -1).map((x) => `"${x}"`).join(', ')} or "${a[a.length - 1]}"`,
      since: { SDK: [2, 43], WorkloadIdentity: [3, 0] },
    },
  },
  consul_sd_config: { scheme: { values: ['http', 'https'], prom: (v) => `unknown scheme "${v}"` } },
  triton_sd_config: { role: { values: ['container', 'cn'], prom: () => "triton SD configuration requires role to be 'container' or 'cn'" } },
}

/** Fields whose value Prometheus (or the SD's SDK) parses as a URL at load. */
const URL_FIELDS: Record<string, { field: string; prom: (v: string, e: string) => string }> = {
  docker_sd_config: { field: 'host', prom: (v, e) => `parse "${v}": ${e}` },
  dockerswarm_sd_config: { field: 'host', prom: (v, e) => `parse "${v}": ${e}` },
  uyuni_sd_config: { field: 'server', prom: (v, e) => `Uyuni Server URL is not valid: parse "${v}": ${e}` },
  scaleway_sd_config: { field: 'api_url', prom: (v) => `scaleway-sdk-go: invalid url ${v}` },
  stackit_sd_config: { field: 'endpoint', prom: (v, e) => `invalid endpoint "${v}": parse "${v}": ${e}` },
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
/** What the Scaleway SDK checks when Prometheus builds its client at load. */
const SCALEWAY: { field: string; ok: (v: string) => boolean; prom: (v: string) => string; fix: string }[] = [
  { field: 'access_key', ok: (v) => /^SCW[A-Z0-9]{17}$/.test(v), prom: (v) => `scaleway-sdk-go: invalid access key format '${v}', expected SCWXXXXXXXXXXXXXXXXX format`, fix: 'Copy the access key as Scaleway shows it: SCW followed by 17 upper-case letters or digits.' },
  { field: 'secret_key', ok: (v) => UUID.test(v), prom: (v) => `scaleway-sdk-go: invalid secret key format '${v}', expected a UUID: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, fix: 'The secret key is a UUID; better, move it to a file and use secret_key_file.' },
  { field: 'project_id', ok: (v) => UUID.test(v), prom: (v) => `scaleway-sdk-go: invalid project ID format '${v}', expected a UUID: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, fix: 'Write the project ID (a UUID) from the Scaleway console.' },
  { field: 'zone', ok: (v) => /^[a-z]{2}-[a-z]{3}-[1-9]$/.test(v), prom: (v) => `scaleway-sdk-go: invalid default zone format '${v}'`, fix: 'Write a zone such as fr-par-1, nl-ams-1 or pl-waw-1.' },
]

const HTTP_FIELDS = [
  'basic_auth', 'authorization', 'oauth2', 'bearer_token', 'bearer_token_file', 'tls_config', 'proxy_url', 'no_proxy',
  'proxy_from_environment', 'proxy_connect_header', 'http_headers', 'follow_redirects', 'enable_http2',
]

const OCI_KEY_FIELDS = ['tenancy', 'user', 'fingerprint', 'key_file', 'key_passphrase', 'key_passphrase_file']

/** discovery/oci/oci.go validate(): instance_principal takes no API key fields; compartments and refresh_interval. */
function oci(m: YMap, r: (at: YNode, section: string, problem: string, fix: string) => void): void {
  const auth = getPair(m, 'auth')
  if (auth && scalarString(auth.value) === 'instance_principal') {
    const set = OCI_KEY_FIELDS.map((k) => getPair(m, k)).find((p) => p && (scalarString(p.value) ?? '') !== '')
    if (set) r(set.key, 'oci_sd_config', 'oci_sd: instance_principal auth must not have tenancy, user, fingerprint, key_file, key_passphrase, or key_passphrase_file set', `Remove "${set.name}:" (instance principals authenticate without an API key), or use \`auth: api_key\`.`)
  }
  const comps = getValue(m, 'compartments')
  if (comps?.kind === 'seq') {
    comps.items.forEach((item, i) => {
      if ((scalarString(item) ?? '') === '') r(item, 'oci_sd_config', `oci_sd: compartments[${i}] must not be empty`, 'Write a compartment OCID, or remove the empty entry.')
    })
  }
  const ri = getPair(m, 'refresh_interval')
  if (ri && !isNullNode(ri.value) && parseDuration(scalarString(ri.value) ?? '') === 0) {
    r(ri.value, 'oci_sd_config', `oci_sd: refresh_interval must be positive, got ${scalarString(ri.value)}`, 'Write a positive duration, e.g. `refresh_interval: 60s`.')
  }
}

const ROLE_SELECTORS: Record<string, string[]> = {
  endpoints: ['pod', 'service', 'endpoints'],
  endpointslice: ['pod', 'service', 'endpointslice'],
  service: ['service'],
  pod: ['pod', 'node'],
  node: ['node'],
  ingress: ['ingress'],
}

/** Service discovery settings Prometheus refuses at load (roles, Kubernetes combinations, EC2 filters, ...). */
export default defineConfigCheck({
  id: 'config/invalid-sd-config',
  severity: 'error',
  description: 'Configure service discovery with the values and combinations Prometheus accepts.',
  messages: { invalid: '{section}: {problem}' },
  hints: { invalid: '{fix}' },
  check(ctx) {
    const r = (at: YNode, section: string, problem: string, fix: string) => ctx.report({ messageId: 'invalid', at, data: { section, problem, fix } })
    for (const o of ctx.schema.objects) {
      const enums = ENUMS[o.name]
      if (enums) {
        for (const [field, e] of Object.entries(enums)) {
          const p = getPair(o.node, field)
          const v = scalarString(p?.value) ?? ''
          if (!p || v === '') continue
          const allowed = e.since ? e.values.filter((x) => !e.since![x] || cmpVersion(ctx.version, e.since![x]) >= 0) : e.values
          const ok = e.ci ? allowed.some((x) => x.toLowerCase() === v.toLowerCase()) : allowed.includes(v)
          const later = !ok && allowed !== e.values && e.values.includes(v) ? ` (needs a newer Prometheus than ${ctx.versionText})` : ''
          if (!ok) r(p.value, o.name, e.prom(v, allowed) + later, later ? `Use one of: ${allowed.join(', ')}, or pass the version you deploy with --prometheus-version.` : `Write one of: ${allowed.join(', ')}.`)
        }
      }
      if (o.name === 'kubernetes_sd_config') kubernetes(o.node, r)
      const u = URL_FIELDS[o.name]
      const up = u && getPair(o.node, u.field)
      const uv = scalarString(up?.value) ?? ''
      if (up && uv !== '') {
        const e = parseGoUrl(uv).error
        if (e) r(up.value, o.name, u.prom(uv, e), `Write a full URL, e.g. \`${u.field}: ${o.name.startsWith('docker') ? 'unix:///var/run/docker.sock' : 'https://host.example.com'}\`.`)
      }
      if (o.name === 'nerve_sd_config' || o.name === 'serverset_sd_config') {
        const paths = getValue(o.node, 'paths')
        if (paths?.kind === 'seq') for (const item of paths.items) {
          const v = scalarString(item) ?? ''
          if (!v.startsWith('/')) r(item, o.name, `${o.name === 'nerve_sd_config' ? 'nerve' : 'serverset'} SD config paths must begin with '/': ${v}`, `Write the Zookeeper path from the root: \`- /${v}\`.`)
        }
      }
      if (o.name === 'triton_sd_config') {
        const ri = getPair(o.node, 'refresh_interval')
        if (ri && parseDuration(scalarString(ri.value) ?? '') === 0) r(ri.value, o.name, 'triton SD configuration requires RefreshInterval to be a positive integer', 'Write e.g. `refresh_interval: 60s`, or remove it.')
      }
      if (o.name === 'scaleway_sd_config') {
        for (const f of SCALEWAY) {
          const p = getPair(o.node, f.field)
          const v = scalarString(p?.value) ?? ''
          if (p && v !== '' && !f.ok(v)) r(p.value, o.name, f.prom(f.field === 'secret_key' ? '<redacted>' : v), f.fix)
        }
      }
      if (o.name === 'oci_sd_config') oci(o.node, r)
      if (o.name === 'aws_sd_config') {
        // An absent or empty role reaches the role switch in SDConfig.UnmarshalYAML: unknown AWS SD role "".
        const p = getPair(o.node, 'role')
        if (!p || isNullNode(p.value) || scalarString(p.value) === '') r(p?.key ?? o.node, o.name, 'unknown AWS SD role ""', 'Write the AWS service to discover, e.g. `role: ec2` (ec2, ecs, elasticache, lightsail, msk or rds).')
      }
      if (o.name === 'ec2_sd_config') {
        const f = getValue(o.node, 'filters')
        if (f?.kind === 'seq') for (const item of f.items) {
          const vals = getPair(item, 'values')
          if (!vals || vals.value.kind !== 'seq' || vals.value.items.length === 0) {
            r(vals?.key ?? item, o.name, 'EC2 SD configuration filter values cannot be empty', 'Give the filter at least one value, e.g. `values: [running]`.')
          }
        }
      }
    }
  },
})

type Reporter = (at: YNode, section: string, problem: string, fix: string) => void

function kubernetes(n: YMap, r: Reporter): void {
  const s = 'kubernetes_sd_config'
  const api = getPair(n, 'api_server')
  const kubeconfig = getPair(n, 'kubeconfig_file')
  const ownNs = getPair(getValue(n, 'namespaces'), 'own_namespace')
  const own = asBool(ownNs?.value) === true
  const hasApi = isSet(n, 'api_server')
  const hasKube = isSet(n, 'kubeconfig_file')
  // Prometheus compares the HTTP client config with its default (reflect.DeepEqual): any auth section,
  // a TLS setting, a proxy setting, headers, or follow_redirects/enable_http2 turned off makes it custom.
  const customHttp = HTTP_FIELDS.find((k) => {
    const v = getPair(n, k)?.value
    if (!v) return false
    if (k === 'follow_redirects' || k === 'enable_http2') return asBool(v) === false
    if (k === 'proxy_from_environment') return asBool(v) === true
    if (k === 'tls_config') return v.kind === 'map' && v.pairs.some((p) => !isNullNode(p.value) && asBool(p.value) !== false && scalarString(p.value) !== '')
    return isSet(n, k) || v.kind === 'map'
  })
  if (hasKube && hasApi) r(api!.key, s, "cannot use 'kubeconfig_file' and 'api_server' simultaneously", 'Remove api_server: the kubeconfig names the cluster.')
  else if (hasKube && customHttp) r(getPair(n, customHttp)!.key, s, "cannot use a custom HTTP client configuration together with 'kubeconfig_file'", `Remove ${customHttp}: the kubeconfig carries credentials.`)
  else if (!hasKube && !hasApi && customHttp) r(getPair(n, customHttp)!.key, s, "to use custom HTTP client configuration please provide the 'api_server' URL explicitly", 'Add `api_server: https://<cluster>:6443`, or remove the HTTP settings to use the in-cluster config.')
  if (own && hasApi) r(ownNs!.key, s, "cannot use 'api_server' and 'namespaces.own_namespace' simultaneously", 'Remove own_namespace, or list the namespace under names:.')
  if (own && hasKube) r(ownNs!.key, s, "cannot use 'kubeconfig_file' and 'namespaces.own_namespace' simultaneously", 'Remove own_namespace, or list the namespace under names:.')
  const role = text(n, 'role') ?? ''
  const sel = getValue(n, 'selectors')
  if (sel?.kind !== 'seq' || !ROLE_SELECTORS[role]) return
  const seen = new Set<string>()
  for (const item of sel.items) {
    const rp = getPair(item, 'role')
    const sr = scalarString(rp?.value) ?? ''
    const fp = getPair(item, 'field')
    const fs = scalarString(fp?.value) ?? ''
    if (fp && fs !== '') {
      const bad = splitTerms(fs).find((t) => t.length > 600 || !/^[^=!]+(=|==|!=)[^=]*$/.test(t))
      if (bad !== undefined) r(fp.value, s, `invalid selector: '${fs}'; can't understand '${bad}'`, 'Write field selectors as key=value, key==value or key!=value, separated by commas.')
    }
    const lp = getPair(item, 'label')
    const ls = scalarString(lp?.value) ?? ''
    if (lp && ls !== '') {
      const bad = splitTerms(ls).find((t) => t.length > 600 || !LABEL_TERM.test(t.trim()))
      if (bad !== undefined) r(lp.value, s, `invalid label selector "${ls}": can't understand "${bad.trim()}"`, 'Write label selectors as key=value, key!=value, key in (a,b), key notin (a), key or !key, separated by commas.')
    }
    if (!rp) continue
    if (seen.has(sr)) r(rp.value, s, `duplicated selector role: ${sr}`, 'Merge the selectors for this role into one entry.')
    seen.add(sr)
    if (!ROLE_SELECTORS[sr]) r(rp.value, s, `invalid selector role: ${sr}`, `Use one of: ${Object.keys(ROLE_SELECTORS).join(', ')}.`)
    else if (!ROLE_SELECTORS[role].includes(sr)) r(rp.value, s, `${role} role supports only ${ROLE_SELECTORS[role].join(', ')} selectors`, `Use a selector role among: ${ROLE_SELECTORS[role].join(', ')}.`)
  }
}

const K8S_KEY = String.raw`(?:[a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?`
const K8S_VAL = String.raw`(?:[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?)?`
const LABEL_TERM = new RegExp(
  String.raw`^(?:!?\s*${K8S_KEY}|${K8S_KEY}\s*(?:=|==|!=)\s*${K8S_VAL}|${K8S_KEY}\s+(?:in|notin)\s*\(\s*${K8S_VAL}(?:\s*,\s*${K8S_VAL})*\s*\)|${K8S_KEY}\s*(?:<|>)\s*-?\d+)$`,
)

/** Split a selector on commas that are not inside parentheses (label selector sets) or escaped. */
function splitTerms(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\' && i + 1 < s.length) {
      cur += c + s[++i]
      continue
    }
    if (c === '(') depth++
    if (c === ')') depth--
    if (c === ',' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}
