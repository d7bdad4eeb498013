import { getPair, getValue, isSet, scalarString, text } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { asBool } from '../walk-schema.js'
import type { YMap, YNode } from '../yaml-tree.js'

const ENUMS: Record<string, Record<string, { values: string[]; prom: (v: string) => string; ci?: boolean }>> = {
  kubernetes_sd_config: { role: { values: ['endpoints', 'endpointslice', 'service', 'pod', 'node', 'ingress'], prom: (v) => `unknown Kubernetes SD role "${v}"` } },
  hetzner_sd_config: { role: { values: ['robot', 'hcloud'], prom: (v) => `unknown role "${v}"` } },
  scaleway_sd_config: { role: { values: ['instance', 'baremetal'], prom: (v) => `unknown role "${v}"` } },
  dockerswarm_sd_config: { role: { values: ['services', 'tasks', 'nodes'], prom: (v) => `invalid role ${v}, expected tasks, services, or nodes` } },
  openstack_sd_config: {
    role: { values: ['instance', 'hypervisor', 'loadbalancer'], prom: (v) => `unknown OpenStack SD role "${v}"` },
    availability: { values: ['public', 'admin', 'internal'], prom: (v) => `unknown availability ${v}, must be one of admin, internal or public` },
  },
  dns_sd_config: { type: { values: ['SRV', 'A', 'AAAA', 'MX', 'NS'], ci: true, prom: (v) => `invalid DNS-SD records type ${v}` } },
  ovhcloud_sd_config: { service: { values: ['vps', 'dedicated_server'], prom: (v) => `unknown service: ${v}` } },
  oci_sd_config: { auth: { values: ['api_key', 'instance_principal'], prom: (v) => `oci_sd: unknown auth method "${v}", expected "api_key" or "instance_principal"` } },
  azure_sd_config: {
    authentication_method: {
      values: ['OAuth', 'ManagedIdentity', 'SDK', 'WorkloadIdentity'],
      prom: (v) => `unknown authentication_type "${v}". Supported types are "OAuth", "ManagedIdentity", "SDK" or "WorkloadIdentity"`,
    },
  },
  consul_sd_config: { scheme: { values: ['http', 'https'], prom: (v) => `unknown scheme "${v}"` } },
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
    for (let i1_ = 0, a1_ = ctx.schema.objects; i1_ < a1_.length; i1_++) {
      const o = a1_[i1_]
      const enums = ENUMS[o.name]
      if (enums) {
        for (const [field, e] of Object.entries(enums)) {
          const p = getPair(o.node, field)
          const v = scalarString(p?.value) ?? ''
          if (!p || v === '') continue
          const ok = e.ci ? e.values.some((x) => x.toLowerCase() === v.toLowerCase()) : e.values.includes(v)
          if (!ok) r(p.value, o.name, e.prom(v), `Write one of: ${e.values.join(', ')}.`)
        }
      }
      if (o.name === 'kubernetes_sd_config') kubernetes(o.node, r)
      if (o.name === 'ec2_sd_config') {
        const f = getValue(o.node, 'filters')
        if (f?.kind === 'seq') for (let i2_ = 0, a2_ = f.items; i2_ < a2_.length; i2_++) {
          const item = a2_[i2_]
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
  const customHttp = ['basic_auth', 'authorization', 'oauth2', 'bearer_token', 'bearer_token_file', 'tls_config', 'proxy_url'].find((k) => isSet(n, k) || getPair(n, k)?.value.kind === 'map')
  if (hasKube && hasApi) r(api!.key, s, "cannot use 'kubeconfig_file' and 'api_server' simultaneously", 'Remove api_server: the kubeconfig names the cluster.')
  else if (hasKube && customHttp) r(getPair(n, customHttp)!.key, s, "cannot use a custom HTTP client configuration together with 'kubeconfig_file'", `Remove ${customHttp}: the kubeconfig carries credentials.`)
  else if (!hasKube && !hasApi && customHttp) r(getPair(n, customHttp)!.key, s, "to use custom HTTP client configuration please provide the 'api_server' URL explicitly", 'Add `api_server: https://<cluster>:6443`, or remove the HTTP settings to use the in-cluster config.')
  if (own && hasApi) r(ownNs!.key, s, "cannot use 'api_server' and 'namespaces.own_namespace' simultaneously", 'Remove own_namespace, or list the namespace under names:.')
  if (own && hasKube) r(ownNs!.key, s, "cannot use 'kubeconfig_file' and 'namespaces.own_namespace' simultaneously", 'Remove own_namespace, or list the namespace under names:.')
  const role = text(n, 'role') ?? ''
  const sel = getValue(n, 'selectors')
  if (sel?.kind !== 'seq' || !ROLE_SELECTORS[role]) return
  const seen = new Set<string>()
  for (let i3_ = 0, a3_ = sel.items; i3_ < a3_.length; i3_++) {
    const item = a3_[i3_]
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
