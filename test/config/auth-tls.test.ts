import { runCases, yaml } from './run-cases.js'

runCases('config/mutually-exclusive-fields', {
  valid: [
    'scrape_configs:\n  - job_name: a\n    basic_auth: { username: u, password_file: p }\n',
    'scrape_configs:\n  - job_name: a\n    proxy_url: http://p:3128\n    proxy_from_environment: false\n',
  ],
  invalid: [
    {
      input: yaml`
        scrape_configs:
          - job_name: a
            basic_auth:
              username: u
              password: p
              password_file: f`,
      expect: [{ at: '6:7-6:20', message: 'at most one of basic_auth password, password_file & password_ref must be configured' }],
    },
    {
      input: 'scrape_configs:\n  - job_name: a\n    bearer_token: t\n    bearer_token_file: f\n',
      expect: [{ at: '4:5', message: 'at most one of bearer_token & bearer_token_file must be configured' }],
    },
    {
      input: 'scrape_configs:\n  - job_name: a\n    basic_auth: { username: u }\n    authorization: { credentials_file: f }\n',
      expect: [{ at: '4:5', message: 'at most one of basic_auth, oauth2 & authorization must be configured' }],
    },
    {
      input: 'scrape_configs:\n  - job_name: a\n    authorization: { credentials_file: f }\n    bearer_token_file: g\n',
      expect: [{ at: '3:5', message: 'authorization is not compatible with bearer_token & bearer_token_file' }],
    },
    {
      input: 'scrape_configs:\n  - job_name: a\n    proxy_url: http://p:3128\n    proxy_from_environment: true\n',
      expect: [{ at: '4:5', message: 'if proxy_from_environment is configured, proxy_url must not be configured' }],
    },
    {
      input: 'scrape_configs:\n  - job_name: a\n    http_sd_configs:\n      - url: http://sd/x\n        bearer_token: t\n        bearer_token_file: f\n',
      expect: [{ at: '6:9' }],
    },
  ],
})

runCases('config/missing-required-field', {
  valid: ['remote_write:\n  - url: http://r/push\noauth2_irrelevant_comment: ~\n'.replace('oauth2_irrelevant_comment: ~\n', '')],
  invalid: [
    { input: 'remote_write:\n  - name: x\n', expect: [{ at: '2:5', message: 'url for remote_write is empty' }] },
    {
      input: 'scrape_configs:\n  - job_name: a\n    oauth2:\n      client_secret_file: s\n',
      expect: [{ at: '4:7', message: 'oauth2 client_id must be configured' }, { at: '4:7', message: 'oauth2 token_url must be configured' }],
    },
    { input: 'scrape_configs:\n  - job_name: a\n    tls_config:\n      cert_file: c\n', expect: [{ at: '4:7', message: 'exactly one of key or key_file' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    no_proxy: localhost\n', expect: [{ at: '3:5', message: 'if no_proxy is configured, proxy_url must also be configured' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    kubernetes_sd_configs:\n      - namespaces: { names: [x] }\n', expect: [{ at: '4:9', message: 'role missing' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    dns_sd_configs:\n      - names: [x]\n        type: A\n', expect: [{ at: '5:9', message: 'a port is required' }] },
    { input: 'tracing:\n  client_type: grpc\n', expect: [{ at: '2:3', message: 'tracing endpoint must be set' }] },
  ],
})

runCases('config/insecure-skip-verify', {
  valid: ['scrape_configs:\n  - job_name: a\n    tls_config: { insecure_skip_verify: false }\n'],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    tls_config:\n      insecure_skip_verify: true\n', expect: [{ at: '4:29-4:33', severity: 'warning' }] },
    { input: 'remote_write:\n  - url: https://r/push\n    oauth2:\n      client_id: c\n      token_url: https://t\n      client_secret_file: s\n      tls_config: { insecure_skip_verify: yes }\n', expect: [{ at: '7:43', severity: 'warning' }] },
  ],
})

runCases('config/tls-version-order', {
  valid: ['scrape_configs:\n  - job_name: a\n    tls_config: { min_version: TLS12, max_version: TLS12 }\n'],
  invalid: [
    {
      input: 'scrape_configs:\n  - job_name: a\n    tls_config:\n      min_version: TLS13\n      max_version: TLS12\n',
      // A lint (warning) in every version: loading never refuses it, only building the client does.
      expect: [{ at: '5:20-5:25', message: 'max_version TLS12 is below min_version TLS13', severity: 'warning' }],
    },
    {
      input: 'scrape_configs:\n  - job_name: a\n    tls_config:\n      min_version: TLS13\n      max_version: TLS12\n',
      options: { prometheusVersion: '2.42' },
      expect: [{ at: '5:20-5:25', severity: 'warning' }],
    },
  ],
})

runCases('config/plaintext-secret', {
  valid: [
    'scrape_configs:\n  - job_name: a\n    basic_auth: { username: u, password_file: /s/p }\n',
    'scrape_configs:\n  - job_name: a\n    authorization: { credentials: "<secret>" }\n',
  ],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    basic_auth: { username: u, password: hunter2 }\n', expect: [{ at: '3:42-3:49', severity: 'warning', message: 'password is written in plain text' }] },
    { input: 'remote_write:\n  - url: http://r\n    headers: { X-Api-Key: abc }\n', expect: [{ at: '3:27', severity: 'warning' }] },
  ],
})

runCases('config/reserved-header', {
  valid: ['scrape_configs:\n  - job_name: a\n    http_headers:\n      X-Team: { values: [obs] }\n'],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    http_headers:\n      user-Agent: { values: [x] }\n', expect: [{ at: '4:7-4:17', message: 'setting header "user-Agent" is not allowed' }] },
    { input: 'remote_write:\n  - url: http://r\n    headers: { Authorization: x }\n', expect: [{ at: '3:16', message: 'authorization header must be changed via' }] },
    { input: 'remote_read:\n  - url: http://r\n    headers: { X-Prometheus-Remote-Write-Version: x }\n', expect: [{ at: '3:16', message: 'is a reserved header' }] },
  ],
})

runCases('config/missing-file', {
  valid: [
    'scrape_configs:\n  - job_name: a\n    tls_config: { ca_file: ca.pem }\n',
    { input: 'scrape_configs:\n  - job_name: a\n    tls_config: { ca_file: /outside/workspace/ca.pem }\n', options: { syntaxOnly: false } },
  ],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    tls_config: { ca_file: ca.pem }\n', options: { syntaxOnly: false }, expect: [{ at: '3:28-3:34', message: 'ca_file "ca.pem" does not exist' }] },
    {
      input: 'scrape_configs:\n  - job_name: a\n    file_sd_configs: []\n    http_sd_configs:\n      - url: http://sd\n        bearer_token_file: tok\n',
      options: { syntaxOnly: false },
      expect: [{ at: '6:28', severity: 'warning' }],
    },
  ],
})

runCases('config/invalid-url', {
  valid: ['scrape_configs:\n  - job_name: a\n    http_sd_configs: [{ url: "https://sd.example.com/x" }]\n'],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    http_sd_configs: [{ url: "ftp://x" }]\n', expect: [{ at: '3:30', message: "URL scheme must be 'http' or 'https'" }] },
    { input: 'scrape_configs:\n  - job_name: a\n    http_sd_configs: [{ url: "http://" }]\n', expect: [{ at: '3:30', message: 'host is missing in URL' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    eureka_sd_configs: [{ server: eureka.com }]\n', expect: [{ at: '3:35', message: 'invalid eureka server URL' }] },
    { input: 'remote_write:\n  - url: remote:9009/push\n', expect: [{ at: '2:10', severity: 'warning' }] },
  ],
})

runCases('config/agent-mode-field', {
  valid: [{ input: 'remote_write: [{ url: "http://r" }]\nrule_files: []\n', options: { agentMode: true } }, 'rule_files: [a.yml]\n'],
  invalid: [{ input: 'rule_files: [a.yml]\nremote_read: [{ url: "http://r" }]\n', options: { agentMode: true }, expect: [{ at: '1:1' }, { at: '2:1' }] }],
})
