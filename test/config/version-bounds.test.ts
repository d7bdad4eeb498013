// Version boundaries read from Prometheus's CHANGELOG.md (task H5): one version below the release that
// introduced a field or behaviour is refused (unknown field / invalid value), the release itself accepts it.
import { runCases } from './run-cases.js'

const sc = (body: string) => `scrape_configs:\n  - job_name: a\n${body}`
const at = (v: string) => ({ prometheusVersion: v })

runCases('config/unknown-field', {
  valid: [
    // CHANGELOG 2.45.0: "Consul SD: Added support for `path_prefix`. #12372"
    { input: sc('    consul_sd_configs:\n      - { server: "c:8500", path_prefix: /consul }\n'), options: at('2.45') },
    // CHANGELOG 2.40.0: "Adds `partition` config in `consul_sd_config`. #11482"
    { input: sc('    consul_sd_configs:\n      - { server: "c:8500", partition: p }\n'), options: at('2.40') },
    // CHANGELOG 2.36.0: "SD: Add Vultr integration. #10714"
    { input: sc('    vultr_sd_configs:\n      - { port: 80 }\n'), options: at('2.36') },
    // CHANGELOG 2.37.0: "Nomad SD: New service discovery for Nomad built-in service discovery. #10915"
    { input: sc('    nomad_sd_configs:\n      - { server: "http://n:4646" }\n'), options: at('2.37') },
    // CHANGELOG 2.50.0: "Kuma SD: Extend configuration to allow users to specify client ID. #13278"
    { input: sc('    kuma_sd_configs:\n      - { server: "http://k:5676", client_id: p }\n'), options: at('2.50') },
    // CHANGELOG 2.41.0: "Add support for HTTP proxy headers. #11712"
    { input: sc('    proxy_url: http://p:3128\n    proxy_connect_header: { X: [y] }\n'), options: at('2.41') },
    // CHANGELOG 2.48.0: "Alerting: Add AWS SigV4 authentication support for Alertmanager endpoints. #12774"
    { input: 'alerting:\n  alertmanagers:\n    - sigv4: { region: eu-west-1 }\n      static_configs: [{ targets: ["am:9093"] }]\n', options: at('2.48') },
    // CHANGELOG 2.48.0: "Remote-write: Add Azure AD OAuth authentication support ... #12572"
    { input: 'remote_write:\n  - url: http://r/push\n    azuread:\n      oauth: { client_id: 00000000-0000-0000-0000-000000000001, client_secret: s, tenant_id: t }\n', options: at('2.48') },
    // v3.5.0 LTS notes: "Hetzner SD: `label_selector` filtering"
    { input: sc('    hetzner_sd_configs:\n      - { role: hcloud, label_selector: env=prod, authorization: { credentials: x } }\n'), options: at('3.5') },
    // aws_sd_configs: lower bound 3.6 (see schema.ts)
    { input: sc('    aws_sd_configs:\n      - { role: ecs, region: eu-west-1, clusters: [c] }\n'), options: at('3.6') },
  ],
  invalid: [
    { input: sc('    consul_sd_configs:\n      - { server: "c:8500", path_prefix: /consul }\n'), options: at('2.44'), expect: [{ at: '4:29-4:40', message: 'field "path_prefix" in consul_sd_config needs Prometheus 2.45 or later' }] },
    { input: sc('    consul_sd_configs:\n      - { server: "c:8500", partition: p }\n'), options: at('2.39'), expect: [{ at: '4:29-4:38', message: 'needs Prometheus 2.40 or later' }] },
    { input: sc('    vultr_sd_configs:\n      - { port: 80 }\n'), options: at('2.35'), expect: [{ at: '3:5-3:21', message: 'vultr_sd_configs' }] },
    { input: sc('    nomad_sd_configs:\n      - { server: "http://n:4646" }\n'), options: at('2.36'), expect: [{ at: '3:5-3:21', message: 'nomad_sd_configs' }] },
    { input: sc('    kuma_sd_configs:\n      - { server: "http://k:5676", client_id: p }\n'), options: at('2.49'), expect: [{ at: '4:36-4:45', message: 'needs Prometheus 2.50 or later' }] },
    { input: sc('    proxy_url: http://p:3128\n    proxy_connect_header: { X: [y] }\n'), options: at('2.40'), expect: [{ at: '4:5-4:25', message: 'proxy_connect_header' }] },
    { input: 'alerting:\n  alertmanagers:\n    - sigv4: { region: eu-west-1 }\n      static_configs: [{ targets: ["am:9093"] }]\n', options: at('2.47'), expect: [{ at: '3:7-3:12', message: 'field "sigv4" in alertmanager_config needs Prometheus 2.48 or later' }] },
    { input: 'remote_write:\n  - url: http://r/push\n    azuread:\n      oauth: { client_id: 00000000-0000-0000-0000-000000000001, client_secret: s, tenant_id: t }\n', options: at('2.47'), expect: [{ at: '4:7-4:12', message: 'field "oauth" in azuread needs Prometheus 2.48 or later' }] },
    { input: sc('    hetzner_sd_configs:\n      - { role: hcloud, label_selector: env=prod, authorization: { credentials: x } }\n'), options: at('3.4'), expect: [{ at: '4:25-4:39', message: 'needs Prometheus 3.5 or later' }] },
    { input: sc('    aws_sd_configs:\n      - { role: ecs, region: eu-west-1, clusters: [c] }\n'), options: at('3.5'), expect: [{ at: '3:5-3:19', message: 'aws_sd_configs' }] },
  ],
})

runCases('config/invalid-sd-config', {
  valid: [
    // CHANGELOG 2.49.0: "SD: Add support for `NS` records to DNS SD. #13219"
    { input: sc('    dns_sd_configs:\n      - { names: [a], type: NS, port: 53 }\n'), options: at('2.49') },
    // CHANGELOG 2.38.0: "DNS SD: Support MX records for discovering targets. #10099"
    { input: sc('    dns_sd_configs:\n      - { names: [a], type: MX, port: 25 }\n'), options: at('2.38') },
    { input: sc('    aws_sd_configs:\n      - { role: rds, region: eu-west-1 }\n'), options: at('3.9') },
  ],
  invalid: [
    { input: sc('    dns_sd_configs:\n      - { names: [a], type: NS, port: 53 }\n'), options: at('2.48'), expect: [{ at: '4:29-4:31', message: 'invalid DNS-SD records type NS (needs a newer Prometheus than 2.48)' }] },
    { input: sc('    dns_sd_configs:\n      - { names: [a], type: MX, port: 25 }\n'), options: at('2.37'), expect: [{ at: '4:29-4:31', message: 'invalid DNS-SD records type MX' }] },
    { input: sc('    aws_sd_configs:\n      - { role: ec3, region: eu-west-1 }\n'), options: at('3.9'), expect: [{ at: '4:17-4:20', message: 'unknown AWS SD role "ec3"' }] },
    { input: sc('    aws_sd_configs:\n      - { region: eu-west-1 }\n'), options: at('3.9'), expect: [{ at: '4:9', message: 'unknown AWS SD role ""' }] },
  ],
})

// CHANGELOG 2.51.0: "This version is built with Go 1.22.1" (Go 1.22 brought `(?<name>` to regexp/syntax).
runCases('config/invalid-regex', {
  valid: [{ input: sc('    relabel_configs:\n      - { action: drop, source_labels: [a], regex: "(?<n>a)" }\n'), options: at('2.51') }],
  invalid: [{ input: sc('    relabel_configs:\n      - { action: drop, source_labels: [a], regex: "(?<n>a)" }\n'), options: at('2.50'), expect: [{ at: '4:52', message: '(?<' }] }],
})

// CHANGELOG 2.48.0: "SD: Validate HTTP client configuration in HTTP, EC2, Azure, Uyuni, PuppetDB, and Lightsail SDs."
runCases('config/mutually-exclusive-fields', {
  valid: [
    { input: sc('    http_sd_configs:\n      - { url: "http://a/", bearer_token: a, bearer_token_file: b }\n'), options: at('2.47') },
    // Before 2.48 an Alertmanager's sigv4 is an unknown field, not also a conflict with basic_auth.
    { input: 'alerting:\n  alertmanagers:\n    - sigv4: { region: eu-west-1 }\n      basic_auth: { username: u, password_file: p }\n', options: at('2.47') },
  ],
  invalid: [
    { input: sc('    http_sd_configs:\n      - { url: "http://a/", bearer_token: a, bearer_token_file: b }\n'), options: at('2.48'), expect: [{ at: '4:46', message: 'bearer_token_file' }] },
    { input: 'alerting:\n  alertmanagers:\n    - sigv4: { region: eu-west-1 }\n      basic_auth: { username: u, password_file: p }\n', options: at('2.48'), expect: [{ at: '3:7-3:12', message: 'at most one of basic_auth, authorization, oauth2, & sigv4' }] },
  ],
})

// Release notes of 3.4.0: "OTLP translate: Add option to receive OTLP metrics without translating names or attributes. #16441"
runCases('config/invalid-value', {
  valid: [{ input: 'otlp:\n  translation_strategy: NoTranslation\n', options: at('3.4') }],
  invalid: [{ input: 'otlp:\n  translation_strategy: NoTranslation\n', options: at('3.3'), expect: [{ at: '2:25-2:38', message: 'unsupported OTLP translation strategy "NoTranslation" (needs a newer Prometheus than 3.3)' }] }],
})

// Older bounds from the same CHANGELOG (2.29-2.35).
const OAUTH = '    oauth2:\n      client_id: c\n      client_secret_file: s\n      token_url: http://t/\n'
runCases('config/unknown-field', {
  valid: [
    // CHANGELOG 2.35.0 "OAuth2: Support for using a proxy URL to fetch OAuth2 tokens. #10492" (promtool 2.42 accepts it)
    { input: sc(`${OAUTH}      proxy_url: http://p:3128\n`), options: at('2.42') },
    // CHANGELOG 2.29.0 "Allow configuring exemplar storage via file ... #8974"
    { input: 'storage:\n  exemplars: { max_exemplars: 10 }\n', options: at('2.29') },
    // CHANGELOG 2.29.0 "Add Kuma service discovery. #8844"
    { input: sc('    kuma_sd_configs:\n      - { server: "http://k:5676" }\n'), options: at('2.29') },
    // CHANGELOG 2.31.0 "SD: Add Uyuni service discovery. #8190"
    { input: sc('    uyuni_sd_configs:\n      - { server: "https://u", username: u, password: p }\n'), options: at('2.31') },
    // CHANGELOG 2.35.0 "Config: Support overriding minimum TLS version. #10610"
    { input: sc('    tls_config: { min_version: TLS12 }\n'), options: at('2.35') },
  ],
  invalid: [
    { input: sc(`${OAUTH}      proxy_connect_header: { X: [y] }\n`), options: at('2.42'), expect: [{ at: '7:7-7:27', message: 'field "proxy_connect_header" in oauth2 needs Prometheus 2.43 or later' }] },
    { input: 'storage:\n  exemplars: { max_exemplars: 10 }\n', options: at('2.28'), expect: [{ at: '2:3-2:12', message: 'needs Prometheus 2.29 or later' }] },
    { input: sc('    kuma_sd_configs:\n      - { server: "http://k:5676" }\n'), options: at('2.28'), expect: [{ at: '3:5-3:20', message: 'needs Prometheus 2.29 or later' }] },
    { input: sc('    uyuni_sd_configs:\n      - { server: "https://u", username: u, password: p }\n'), options: at('2.30'), expect: [{ at: '3:5-3:21', message: 'needs Prometheus 2.31 or later' }] },
    { input: sc('    tls_config: { min_version: TLS12 }\n'), options: at('2.34'), expect: [{ at: '3:19-3:30', message: 'needs Prometheus 2.35 or later' }] },
  ],
})
