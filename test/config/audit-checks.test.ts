// Rule tables for the checks added or extended from the audit of Prometheus's validation code (task H4).
import { runCases, yaml } from './run-cases.js'

const RW = 'remote_write:\n  - url: http://r/push\n    azuread:\n'

runCases('config/invalid-azuread', {
  valid: [
    `${RW}      managed_identity: { client_id: 00000000-0000-0000-0000-000000000001 }\n`,
    `${RW}      cloud: AzureChina\n      sdk: { tenant_id: contoso.onmicrosoft.com }\n`,
    `${RW}      oauth: { client_id: 00000000000000000000000000000001, client_secret: s, tenant_id: t }\n`,
    { input: `${RW}      workload_identity: { client_id: 00000000-0000-0000-0000-000000000001, tenant_id: 00000000-0000-0000-0000-000000000002 }\n`, options: { prometheusVersion: '3.5' } },
  ],
  invalid: [
    {
      input: `${RW}      cloud: AzureCloud\n      sdk: {}\n`,
      expect: [{ at: '4:14-4:24', message: 'must provide a cloud in the Azure AD config' }],
    },
    { input: `${RW}      cloud: AzurePublic\n      oauth: ~\n`, expect: [{ at: '4:7', message: 'azuread has no authentication method' }] },
    { input: `${RW}      cloud: AzurePublic\n`, expect: [{ at: '4:7', message: 'must provide an Azure Managed Identity, Azure OAuth, Azure SDK or Azure Workload Identity' }] },
    {
      input: yaml`
        remote_write:
          - url: http://r/push
            azuread:
              managed_identity: { client_id: 00000000-0000-0000-0000-000000000001 }
              oauth: { client_id: 00000000-0000-0000-0000-000000000001, client_secret: s, tenant_id: t }`,
      expect: [{ at: '5:7-5:12', message: 'cannot provide both Azure Managed Identity and Azure OAuth in the Azure AD config' }],
    },
    {
      input: `${RW}      oauth:\n        client_id: my-app\n        tenant_id: t\n`,
      expect: [{ at: '4:7', message: 'must provide an Azure OAuth client_secret' }, { at: '5:20', message: 'the provided Azure OAuth client_id is invalid' }],
    },
    {
      input: `${RW}      workload_identity: { client_id: 00000000-0000-0000-0000-000000000001 }\n`,
      options: { prometheusVersion: '3.5' },
      expect: [{ at: '4:7', message: 'must provide an Azure Workload Identity tenant_id' }],
    },
  ],
})

runCases('config/invalid-sd-config', {
  valid: [
    'scrape_configs:\n  - job_name: a\n    triton_sd_configs:\n      - { account: a, dns_suffix: b, endpoint: c, role: cn, refresh_interval: 1m }\n',
    'scrape_configs:\n  - job_name: a\n    serverset_sd_configs:\n      - { servers: [zk:2181], paths: [/a] }\n',
    'scrape_configs:\n  - job_name: a\n    dns_sd_configs:\n      - { names: [a], type: NS, port: 53 }\n',
    'scrape_configs:\n  - job_name: a\n    kubernetes_sd_configs:\n      - { role: pod, follow_redirects: true, tls_config: {} }\n',
  ],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    triton_sd_configs:\n      - { account: a, dns_suffix: b, endpoint: c, role: vm }\n', expect: [{ at: '4:57', message: "requires role to be 'container' or 'cn'" }] },
    { input: 'scrape_configs:\n  - job_name: a\n    kubernetes_sd_configs:\n      - { role: pod, enable_http2: false }\n', expect: [{ at: '4:22', message: "to use custom HTTP client configuration please provide the 'api_server' URL explicitly" }] },
    { input: 'scrape_configs:\n  - job_name: a\n    nerve_sd_configs:\n      - { servers: [zk], paths: [/a, b] }\n', expect: [{ at: '4:38-4:39', message: "nerve SD config paths must begin with '/': b" }] },
    { input: 'scrape_configs:\n  - job_name: a\n    docker_sd_configs:\n      - host: "tcp://a b:2375"\n', expect: [{ at: '4:15', message: 'invalid character " " in host name' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    dns_sd_configs:\n      - { names: [a], type: NS, port: 53 }\n', options: { prometheusVersion: '2.42' }, expect: [{ at: '4:29', message: 'invalid DNS-SD records type NS' }] },
    {
      input: 'scrape_configs:\n  - job_name: a\n    scaleway_sd_configs:\n      - { role: instance, project_id: p, access_key: SCWXXXXXXXXXXXXXXXXX, secret_key: not-a-uuid }\n',
      expect: [{ at: '4:39', message: "invalid project ID format 'p'" }, { at: '4:88', message: "invalid secret key format '<redacted>'" }],
    },
  ],
})

runCases('config/missing-required-field', {
  valid: [
    'remote_write:\n  - url: http://r/push\n    sigv4: { region: eu-west-1, access_key: AKIA, secret_key: s }\n',
    { input: 'scrape_configs:\n  - job_name: a\n    oauth2: { client_id: c, token_url: http://t/token }\n', options: { prometheusVersion: '3.5' } },
    { input: 'scrape_configs:\n  - job_name: a\n    http_sd_configs:\n      - url: http://sd/x\n        oauth2: { client_id: c }\n', options: { prometheusVersion: '2.42' } },
  ],
  invalid: [
    { input: 'remote_write:\n  - url: http://r/push\n    sigv4: { region: eu-west-1, access_key: AKIA }\n', expect: [{ at: '3:33', message: 'must provide a AWS SigV4 Access key and Secret Key' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    oauth2: { client_id: c, token_url: http://t/token }\n', options: { prometheusVersion: '2.42' }, expect: [{ at: '3:15', message: 'either oauth2 client_secret or client_secret_file must be configured' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    dns_sd_configs:\n      - { names: [a], type: MX, port: 0 }\n', expect: [{ at: '4:33', message: 'a port is required' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    uyuni_sd_configs:\n      - { server: https://u, username: u }\n', expect: [{ at: '4:11', message: 'Uyuni SD configuration requires a password' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    consul_sd_configs:\n      - { server: "" }\n', expect: [{ at: '4:11', message: 'consul SD configuration requires a server address' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    nomad_sd_configs:\n      - { server: "  " }\n', expect: [{ at: '4:11', message: 'nomad SD configuration requires a server address' }] },
  ],
})

runCases('config/mutually-exclusive-fields', {
  valid: [
    'scrape_configs:\n  - job_name: a\n    consul_sd_configs:\n      - { token_irrelevant: ~ }\n'.replace('token_irrelevant: ~ ', 'server: localhost:8500 '),
    { input: 'scrape_configs:\n  - job_name: a\n    http_sd_configs:\n      - { url: "http://sd/x", bearer_token: t, bearer_token_file: f }\n', options: { prometheusVersion: '2.42' } },
  ],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    consul_sd_configs:\n      - username: u\n        basic_auth: { username: v }\n', expect: [{ at: '5:9', message: 'at most one of consul SD configuration username and password and basic auth can be configured' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    consul_sd_configs:\n      - token: t\n        oauth2: { client_id: c, token_url: "http://t/token" }\n', expect: [{ at: '5:9', message: 'at most one of consul SD token, authorization, or oauth2 can be configured' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    vultr_sd_configs:\n      - { bearer_token: t, bearer_token_file: f }\n', options: { prometheusVersion: '2.42' }, expect: [{ at: '4:28', message: 'at most one of bearer_token & bearer_token_file' }] },
  ],
})

runCases('config/invalid-url', {
  valid: ['scrape_configs:\n  - job_name: a\n    kuma_sd_configs:\n      - server: http://kuma-control-plane:5676\n'],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    kuma_sd_configs:\n      - server: kuma-control-plane:5676\n', expect: [{ at: '4:17', message: 'kuma SD server must not be empty and have a scheme' }] },
  ],
})
