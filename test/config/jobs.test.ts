import { runCases, yaml } from './run-cases.js'

runCases('config/missing-job-name', {
  valid: ['scrape_configs:\n  - job_name: a\n'],
  invalid: [
    { input: 'scrape_configs:\n  - metrics_path: /m\n', expect: [{ at: '2:5-2:17', message: 'has no job_name' }] },
    { input: 'scrape_configs:\n  - job_name: ""\n', expect: [{ at: '2:15', message: 'job_name is empty' }] },
    { input: 'scrape_configs:\n  - job_name:\n', expect: [{ at: '2:5', message: 'job_name is empty' }] },
  ],
})

runCases('config/duplicate-job-name', {
  valid: ['scrape_configs: [{ job_name: node }, { job_name: blackbox }]\n'],
  invalid: [
    {
      input: yaml`
        scrape_configs:
          - job_name: node
          - job_name: node`,
      expect: [{ at: '3:15-3:19', message: 'job_name "node" is already used on line 2' }],
    },
  ],
})

runCases('config/invalid-duration', {
  valid: ['global:\n  scrape_interval: 1h30m\n  scrape_timeout: 0s\n  evaluation_interval: 0\n'],
  invalid: [
    { input: 'global:\n  scrape_interval: 30\n', expect: [{ at: '2:20-2:22', message: 'did you mean "30s"' }] },
    { input: 'global:\n  scrape_interval: 1.5m\n', expect: [{ at: '2:20', message: 'did you mean "1m30s"' }] },
    { input: 'global:\n  scrape_interval: 30m1h\n', expect: [{ at: '2:20', message: 'not a valid duration string: "30m1h"' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    scrape_timeout: 10 s\n', expect: [{ at: '3:21', message: 'did you mean "10s"' }] },
    { input: 'global:\n  scrape_interval: -1h\n', expect: [{ at: '2:20', message: 'did you mean "1h"' }] },
  ],
})

runCases('config/scrape-timeout-exceeds-interval', {
  valid: [
    'global:\n  scrape_interval: 5s\nscrape_configs:\n  - job_name: a\n',
    'scrape_configs:\n  - job_name: a\n    scrape_interval: 10s\n    scrape_timeout: 10s\n',
  ],
  invalid: [
    {
      input: 'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: a\n    scrape_timeout: 20s\n',
      expect: [{ at: '5:21-5:24', message: 'scrape timeout greater than scrape interval for scrape config with job name "a"' }],
    },
    {
      input: 'scrape_configs:\n  - job_name: a\n    scrape_interval: 5s\n    scrape_timeout: 6s\n',
      expect: [{ at: '4:21', message: '6s > scrape_interval 5s' }],
    },
    { input: 'global:\n  scrape_interval: 5s\n  scrape_timeout: 6s\n', expect: [{ at: '3:19', message: 'global scrape timeout greater than scrape interval' }] },
  ],
})

runCases('config/invalid-metrics-path', {
  valid: ['scrape_configs:\n  - job_name: a\n    metrics_path: /metrics\n'],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    metrics_path: metrics\n', expect: [{ at: '3:19-3:26', severity: 'warning' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    metrics_path: /probe?module=http\n', expect: [{ at: '3:19', severity: 'warning', message: 'contains "?"' }] },
  ],
})

runCases('config/invalid-scheme', {
  valid: ['scrape_configs:\n  - job_name: a\n    scheme: https\n'],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    scheme: HTTPS\n', expect: [{ at: '3:13', severity: 'warning' }] },
    { input: 'scrape_configs:\n  - job_name: a\n    scheme: ftp\n', expect: [{ at: '3:13-3:16', severity: 'warning' }] },
  ],
})

runCases('config/long-scrape-interval', {
  valid: ['global:\n  scrape_interval: 2m\n'],
  invalid: [{ input: 'scrape_configs:\n  - job_name: a\n    scrape_interval: 5m\n    scrape_timeout: 10s\n', expect: [{ at: '3:22', severity: 'warning' }] }],
})

runCases('config/invalid-target', {
  valid: [
    'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: ["localhost:9100", "[::1]:9090", "10.0.0.1:80", "example.com", "h:09100"]\n',
    // Relabeling may drop the target: promtool then never checks its address.
    'scrape_configs:\n  - job_name: a\n    relabel_configs: [{ action: drop, source_labels: [__address__], regex: "http.*" }]\n    static_configs:\n      - targets: ["http://x/y"]\n',
    // Relabeling sets __address__: promtool checks the new address, not these.
    'scrape_configs:\n  - job_name: a\n    relabel_configs: [{ target_label: __address__, replacement: "h:1" }]\n    static_configs:\n      - targets: ["", "a b:1"]\n',
    // The blackbox pattern: URL targets, __address__ rewritten by relabeling (promtool accepts it too).
    yaml`
      scrape_configs:
        - job_name: blackbox
          metrics_path: /probe
          static_configs:
            - targets: ["https://example.com/health"]
          relabel_configs:
            - source_labels: [__address__]
              target_label: __param_target
            - target_label: __address__
              replacement: blackbox:9115`,
  ],
  invalid: [
    {
      input: 'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: ["http://bad"]\n',
      expect: [{ at: '4:19-4:31', message: '"http://bad" is not a valid hostname' }],
    },
    {
      input: 'scrape_configs:\n  - job_name: a\n    relabel_configs: [{ target_label: x, replacement: y }]\n    static_configs:\n      - targets: ["a/b"]\n',
      expect: [{ at: '5:19', message: 'not a valid hostname' }],
    },
    // Prometheus loads these (promtool 2.42 accepts them); only their scrapes fail: warnings.
    { input: 'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: ["host:port"]\n', expect: [{ at: '4:19', severity: 'warning', message: 'invalid port "port"' }] },
    {
      input: 'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: ["a:1:2", ":9100"]\n',
      expect: [{ at: '4:19', severity: 'warning', message: 'too many colons' }, { at: '4:28', severity: 'warning', message: 'no host' }],
    },
    {
      input: 'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: ["a b:1", "a\\tb:1"]\n',
      expect: [{ at: '4:19-4:26', severity: 'warning', message: 'contains a space' }, { at: '4:28', severity: 'warning', message: 'contains a tab' }],
    },
    {
      input: 'alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: [""]\n',
      expect: [{ at: '4:21-4:23', severity: 'warning', message: 'names no Alertmanager host' }],
    },
    // Empty: promtool refuses it ("no address"), an error.
    { input: 'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: ["", a:1]\n', expect: [{ at: '4:19-4:21', severity: 'error', message: 'no address' }] },
  ],
})

runCases('config/target-without-port', {
  valid: [
    'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: ["localhost:9100"]\n',
    { input: 'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: ["localhost"]\n', options: { prometheusVersion: '2.42' } },
  ],
  invalid: [
    { input: 'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: [localhost]\n', expect: [{ at: '4:19-4:28', severity: 'warning', message: 'port 80' }] },
  ],
})

runCases('config/invalid-label-name', {
  valid: ['global:\n  external_labels: { region: eu, _x: y }\n'],
  invalid: [
    { input: 'global:\n  external_labels:\n    foo-bar: x\n', options: { prometheusVersion: '2.42' }, expect: [{ at: '3:5-3:12', message: 'for Prometheus 2.42' }] },
    { input: 'global:\n  external_labels:\n    foo-bar: x\n', expect: [{ at: '3:5', severity: 'warning', message: 'valid only under Prometheus 3' }] },
    {
      input: 'global:\n  metric_name_validation_scheme: legacy\n  external_labels:\n    foo.bar: x\n',
      expect: [{ at: '4:5', message: 'legacy' }],
    },
    { input: 'global:\n  external_labels:\n    !!binary "/w==": value\n', expect: [{ at: '3:14', message: 'not valid UTF-8' }] },
    { input: 'global:\n  external_labels:\n    name: !!binary "/w=="\n', expect: [{ at: '3:20', message: 'not a valid label value' }] },
    {
      input: 'scrape_configs:\n  - job_name: a\n    metric_relabel_configs:\n      - source_labels: [a-b]\n        action: drop\n',
      options: { prometheusVersion: '2.42' },
      expect: [{ at: '4:25' }],
    },
  ],
})
