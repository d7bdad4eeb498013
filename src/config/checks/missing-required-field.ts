import { getPair, getValue, isSet, missingAt, scalarString, text } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { cmpVersion, parseVersion } from '../values.js'
import { asBool, asInt } from '../walk-schema.js'
import type { YMap, YNode } from '../yaml-tree.js'
import { uncheckedAuthSections, V2_VALIDATED, validatesEveryHttpClient } from './mutually-exclusive-fields.js'

interface Requirement {
  /** Any one of these fields satisfies the requirement. */
  anyOf: string[]
  prom: string
  example: string
  when?: (m: YMap) => boolean
  /** Report on this key when present (the field that makes the requirement apply). */
  anchor?: string[]
  /** First Prometheus version that no longer requires it. */
  until?: string
  /** A number field set to 0 counts as missing (Go's zero value). */
  nonZero?: boolean
  /** Blank text counts as missing (Go's strings.TrimSpace). */
  trim?: boolean
}

const dnsNeedsPort = (m: YMap) => ['A', 'AAAA', 'MX', 'NS'].includes((text(m, 'type') ?? 'SRV').toUpperCase())
/** Set explicitly (possibly to ""): fields with a default that Prometheus checks only for emptiness. */
const present = (k: string) => (m: YMap) => getPair(m, k) !== undefined
const sigv4Creds = (m: YMap) => isSet(m, 'access_key') || isSet(m, 'secret_key')
/** OCI SD authenticates with an API key unless `auth: instance_principal`. */
const ociApiKey = (m: YMap) => (text(m, 'auth') ?? 'api_key') === 'api_key'
const azureOAuth = (m: YMap) => (text(m, 'authentication_method') ?? 'OAuth') === 'OAuth'

/** Fields without which Prometheus refuses a section, by schema object name. */
const REQUIRED: Record<string, Requirement[]> = {
  remote_write: [{ anyOf: ['url'], prom: 'url for remote_write is empty', example: 'url: http://remote.example:9090/api/v1/write' }],
  remote_read: [{ anyOf: ['url'], prom: 'url for remote_read is empty', example: 'url: http://remote.example:9090/api/v1/read' }],
  oauth2: [
    { anyOf: ['client_id'], prom: 'oauth2 client_id must be configured', example: 'client_id: my-client' },
    // prometheus/common made the secret optional (common#528, opened 2023-10, so not before Prometheus 2.48).
    { anyOf: ['client_secret', 'client_secret_file'], prom: 'either oauth2 client_secret or client_secret_file must be configured', example: 'client_secret_file: oauth2-secret', until: '2.48' },
    { anyOf: ['token_url'], prom: 'oauth2 token_url must be configured', example: 'token_url: https://auth.example.com/oauth2/token' },
  ],
  tracing: [{ anyOf: ['endpoint'], prom: 'tracing endpoint must be set', example: 'endpoint: localhost:4317' }],
  tls_config: [
    { anyOf: ['key', 'key_file', 'key_ref'], prom: 'exactly one of key or key_file must be configured when a client certificate is configured', example: 'key_file: client.key', when: (m) => ['cert', 'cert_file', 'cert_ref'].some((k) => isSet(m, k)), anchor: ['cert_file', 'cert', 'cert_ref'] },
    { anyOf: ['cert', 'cert_file', 'cert_ref'], prom: 'exactly one of cert or cert_file must be configured when a client key is configured', example: 'cert_file: client.crt', when: (m) => ['key', 'key_file', 'key_ref'].some((k) => isSet(m, k)), anchor: ['key_file', 'key', 'key_ref'] },
  ],
  file_sd_config: [{ anyOf: ['files'], prom: 'file service discovery config must contain at least one path name', example: 'files: [targets/*.json]' }],
  dns_sd_config: [
    { anyOf: ['names'], prom: 'DNS-SD config must contain at least one SRV record name', example: 'names: [_prometheus._tcp.example.com]' },
    { anyOf: ['port'], prom: 'a port is required in DNS-SD configs for all record types except SRV', example: 'port: 9100', when: dnsNeedsPort, anchor: ['type'], nonZero: true },
  ],
  http_sd_config: [{ anyOf: ['url'], prom: 'URL is missing', example: 'url: http://sd.example.com/targets' }],
  puppetdb_sd_config: [
    { anyOf: ['url'], prom: 'URL is missing', example: 'url: https://puppetdb.example.com' },
    { anyOf: ['query'], prom: 'query missing', example: "query: 'resources { type = \"Class\" }'" },
  ],
  kubernetes_sd_config: [{ anyOf: ['role'], prom: 'role missing (one of: pod, service, endpoints, endpointslice, node, ingress)', example: 'role: pod' }],
  azure_sd_config: [
    { anyOf: ['subscription_id'], prom: 'azure SD configuration requires a subscription_id', example: 'subscription_id: <uuid>' },
    { anyOf: ['tenant_id'], prom: 'azure SD configuration requires a tenant_id', example: 'tenant_id: <uuid>', when: azureOAuth },
    { anyOf: ['client_id'], prom: 'azure SD configuration requires a client_id', example: 'client_id: <uuid>', when: azureOAuth },
    { anyOf: ['client_secret'], prom: 'azure SD configuration requires a client_secret', example: 'client_secret: <secret>', when: azureOAuth },
  ],
  eureka_sd_config: [{ anyOf: ['server'], prom: 'eureka_sd: empty or null eureka server', example: 'server: http://eureka.example.com:8761/eureka' }],
  marathon_sd_config: [{ anyOf: ['servers'], prom: 'marathon_sd: must contain at least one Marathon server', example: 'servers: [http://marathon.example.com:8080]' }],
  uyuni_sd_config: [
    { anyOf: ['server'], prom: 'Uyuni SD configuration requires server host', example: 'server: https://uyuni.example.com' },
    { anyOf: ['username'], prom: 'Uyuni SD configuration requires a username', example: 'username: prometheus' },
    { anyOf: ['password'], prom: 'Uyuni SD configuration requires a password', example: 'password: <secret>' },
  ],
  consul_sd_config: [{ anyOf: ['server'], prom: 'consul SD configuration requires a server address', example: 'server: localhost:8500', when: present('server'), trim: true }],
  nomad_sd_config: [{ anyOf: ['server'], prom: 'nomad SD configuration requires a server address', example: 'server: http://localhost:4646', when: present('server'), trim: true }],
  kuma_sd_config: [{ anyOf: ['server'], prom: 'kuma SD server must not be empty and have a scheme', example: 'server: http://kuma-control-plane:5676' }],
  sigv4: [
    { anyOf: ['secret_key'], prom: 'must provide a AWS SigV4 Access key and Secret Key if credentials are specified in the SigV4 config', example: 'secret_key: <secret>', when: sigv4Creds, anchor: ['access_key'] },
    { anyOf: ['access_key'], prom: 'must provide a AWS SigV4 Access key and Secret Key if credentials are specified in the SigV4 config', example: 'access_key: AKIA...', when: sigv4Creds, anchor: ['secret_key'] },
  ],
  // discovery/oci/oci.go validate(): region always; the API key fields unless auth is instance_principal.
  oci_sd_config: [
    { anyOf: ['region'], prom: 'oci_sd: region is required', example: 'region: eu-frankfurt-1' },
    { anyOf: ['tenancy'], prom: 'oci_sd: api_key auth requires tenancy', example: 'tenancy: ocid1.tenancy.oc1..<id>', when: ociApiKey },
    { anyOf: ['user'], prom: 'oci_sd: api_key auth requires user', example: 'user: ocid1.user.oc1..<id>', when: ociApiKey },
    { anyOf: ['fingerprint'], prom: 'oci_sd: api_key auth requires fingerprint', example: 'fingerprint: aa:bb:...', when: ociApiKey },
    { anyOf: ['key_file'], prom: 'oci_sd: api_key auth requires key_file', example: 'key_file: oci_api_key.pem', when: ociApiKey },
  ],
  // discovery/stackit/stackit.go: region defaults to eu01, so only an explicit empty region without endpoint fails.
  stackit_sd_config: [{ anyOf: ['endpoint', 'region'], prom: 'endpoint or region missing', example: 'region: eu01', when: present('region') }],
  ionos_sd_config: [{ anyOf: ['datacenter_id'], prom: "datacenter id can't be empty", example: 'datacenter_id: <uuid>' }],
  outscale_sd_config: [
    { anyOf: ['region'], prom: 'outscale SD configuration requires a region', example: 'region: eu-west-2' },
    { anyOf: ['secret_key', 'secret_key_file'], prom: 'one of secret_key & secret_key_file must be configured', example: 'secret_key_file: outscale.key' },
  ],
  scaleway_sd_config: [
    { anyOf: ['secret_key', 'secret_key_file'], prom: 'one of secret_key & secret_key_file must be configured', example: 'secret_key_file: scaleway.key' },
    { anyOf: ['project_id'], prom: 'project_id is mandatory', example: 'project_id: <uuid>' },
    { anyOf: ['access_key'], prom: 'access_key is mandatory', example: 'access_key: SCW...' },
    { anyOf: ['role'], prom: 'role missing (one of: instance, baremetal)', example: 'role: instance' },
  ],
  ovhcloud_sd_config: [
    { anyOf: ['endpoint'], prom: "endpoint can not be empty", example: 'endpoint: ovh-eu' },
    { anyOf: ['application_key'], prom: "application key can not be empty", example: 'application_key: <key>' },
    { anyOf: ['application_secret'], prom: 'application secret can not be empty', example: 'application_secret: <secret>' },
    { anyOf: ['consumer_key'], prom: "consumer key can not be empty", example: 'consumer_key: <key>' },
    { anyOf: ['service'], prom: 'service can not be empty', example: 'service: vps' },
  ],
  gce_sd_config: [
    { anyOf: ['project'], prom: 'GCE SD configuration requires a project', example: 'project: my-project' },
    { anyOf: ['zone'], prom: 'GCE SD configuration requires a zone', example: 'zone: europe-west1-b' },
  ],
  openstack_sd_config: [
    { anyOf: ['role'], prom: 'role missing (one of: instance, hypervisor, loadbalancer)', example: 'role: instance' },
    { anyOf: ['region'], prom: 'openstack SD configuration requires a region', example: 'region: RegionOne' },
  ],
  triton_sd_config: [
    { anyOf: ['account'], prom: 'triton SD configuration requires an account', example: 'account: my-account' },
    { anyOf: ['dns_suffix'], prom: 'triton SD configuration requires a dns_suffix', example: 'dns_suffix: triton.example.com' },
    { anyOf: ['endpoint'], prom: 'triton SD configuration requires an endpoint', example: 'endpoint: triton.example.com' },
  ],
  nerve_sd_config: [
    { anyOf: ['servers'], prom: 'nerve SD config must contain at least one Zookeeper server', example: 'servers: [zk1.example.com]' },
    { anyOf: ['paths'], prom: 'nerve SD config must contain at least one path', example: 'paths: [/monitoring]' },
  ],
  serverset_sd_config: [
    { anyOf: ['servers'], prom: 'serverset SD config must contain at least one Zookeeper server', example: 'servers: [zk1.example.com]' },
    { anyOf: ['paths'], prom: 'serverset SD config must contain at least one path', example: 'paths: [/aurora/server]' },
  ],
  hetzner_sd_config: [{ anyOf: ['role'], prom: 'role missing (one of: robot, hcloud)', example: 'role: hcloud' }],
  docker_sd_config: [{ anyOf: ['host'], prom: 'host missing', example: 'host: unix:///var/run/docker.sock' }],
  dockerswarm_sd_config: [
    { anyOf: ['host'], prom: 'host missing', example: 'host: unix:///var/run/docker.sock' },
    { anyOf: ['role'], prom: 'role missing (one of: tasks, services, nodes)', example: 'role: tasks' },
  ],
}

/** Proxy settings that need a proxy, in every HTTP client config (and oauth2). */
const PROXY: Requirement[] = [
  { anyOf: ['proxy_url'], prom: 'if no_proxy is configured, proxy_url must also be configured', example: 'proxy_url: http://proxy.example.com:3128', when: (m) => isSet(m, 'no_proxy'), anchor: ['no_proxy'] },
  {
    anyOf: ['proxy_url', 'proxy_from_environment'], prom: 'if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured',
    example: 'proxy_url: http://proxy.example.com:3128', when: (m) => isSet(m, 'proxy_connect_header') && asBool(getPair(m, 'proxy_from_environment')?.value) !== true,
    anchor: ['proxy_connect_header'],
  },
]

/** Prometheus refuses a section without the fields it needs ("url for remote_write is empty", ...). */
export default defineConfigCheck({
  id: 'config/missing-required-field',
  severity: 'error',
  description: 'Set the fields each section requires.',
  messages: {
    missing: '{section} needs "{field}" ({prom})',
    emptyUrl: '{section} has an empty "url": Prometheus loads it, but every request to it fails',
  },
  hints: { missing: 'Add `{example}` to this section.', emptyUrl: 'Write the endpoint, e.g. `{example}`.' },
  check(ctx) {
    // Prometheus 2.x never validated some sections' HTTP client config, and before 2.43 it had no
    // TLS config validation of its own (promtool checked the scrape configs' cert/key files only).
    const unchecked = uncheckedAuthSections(ctx)
    const uncheckedHttp = new Set<YNode>()
    if (!validatesEveryHttpClient(ctx)) {
      for (const h of ctx.httpClients) if (!V2_VALIDATED.has(h.where)) uncheckedHttp.add(h.node)
      if (cmpVersion(ctx.version, [2, 43]) < 0) {
        const t = getValue(getValue(ctx.root, 'tracing'), 'tls_config')
        if (t) unchecked.add(t)
      }
    }
    // The requirements depend on the type name and whether the HTTP client's are checked: one list
    // per pair of them, not a new one for each of the config's objects.
    const reqsOf = [new Map<string, Requirement[]>(), new Map<string, Requirement[]>()]
    for (const o of ctx.schema.objects) {
      const http = (o.http && !uncheckedHttp.has(o.node)) || o.name === 'oauth2'
      const byName = reqsOf[http ? 1 : 0]
      let reqs = byName.get(o.name)
      if (!reqs) byName.set(o.name, (reqs = [...(REQUIRED[o.name] ?? []), ...(http ? PROXY : [])]))
      if (!reqs.length || unchecked.has(o.node)) continue
      // `tracing:` (null) is no section; `tracing: {}` is one, without its endpoint.
      if (o.name === 'tracing' && o.node.pairs.length === 0 && getValue(ctx.root, 'tracing')?.kind !== 'map') continue
      for (const r of reqs) {
        if (r.when && !r.when(o.node)) continue
        if (r.until && cmpVersion(ctx.version, parseVersion(r.until, [0, 0])) >= 0) continue
        const has = (f: string) => {
          const v = getPair(o.node, f)?.value
          if (!isSet(o.node, f) || (v?.kind === 'seq' && v.items.length === 0)) return false
          if (r.trim && (scalarString(v) ?? 'x').trim() === '') return false
          return !(r.nonZero && asInt(v) === 0)
        }
        if (r.anyOf.some(has)) continue
        const anchor = r.anchor?.map((k) => getPair(o.node, k)?.key).find((k) => k !== undefined)
        // `url: ""` parses to an empty URL: Prometheus loads it, and every request then fails.
        const emptyUrl = r.anyOf[0] === 'url' && (o.name === 'remote_write' || o.name === 'remote_read') && isEmptyString(getValue(o.node, 'url'))
        ctx.report({
          messageId: emptyUrl ? 'emptyUrl' : 'missing', at: getPair(o.node, r.anyOf[0])?.key ?? anchor ?? missingAt(o.node),
          data: { section: o.name, field: r.anyOf.join('" or "'), prom: r.prom, example: r.example }, ...(emptyUrl ? { severity: 'warning' as const } : {}),
        })
      }
    }
  },
})

function isEmptyString(v: YNode | undefined): boolean {
  return v?.kind === 'scalar' && !v.isNull && scalarString(v) === ''
}
