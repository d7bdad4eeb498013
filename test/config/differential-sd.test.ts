/**
 * Differential test for the service discovery, HTTP client and section checks added from the audit
 * of Prometheus's validation code (task H4): promtool 2.42 (Debian) is the oracle. Each case gives
 * the rule that must carry the rejection, so a reject for the wrong reason fails too.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { loadConfig } from '../../src/config/load-config.js'
import { promtool242 } from '../tools.js'

const { promtool, skip } = promtool242()

function runPromtool(dir: string, file: string): Promise<'accepts' | 'rejects'> {
  return new Promise((resolve, reject) => {
    execFile(promtool!, ['check', 'config', '--syntax-only', file], { cwd: dir, timeout: 20_000 }, (err, stdout) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ETIMEDOUT') return reject(new Error(`promtool timed out on ${file}`))
      if (err && typeof err.code !== 'number') return reject(err)
      resolve(err ? 'rejects' : /SUCCESS/.test(stdout) ? 'accepts' : 'rejects')
    })
  })
}

const sc = (body: string) => `scrape_configs:\n  - job_name: a\n${body}`
const SCW = '        project_id: 11111111-1111-1111-1111-111111111111\n        access_key: SCWXXXXXXXXXXXXXXXXX\n        secret_key: 11111111-1111-1111-1111-111111111111\n        role: instance\n'

/** [config, rule that must report the error, or '' when promtool accepts]. */
const CASES: [string, string][] = [
  // HTTP client config of SD mechanisms: validated by 2.42 for these ...
  ...['digitalocean_sd_configs:\n      - ', 'vultr_sd_configs:\n      - ', 'hetzner_sd_configs:\n      - role: hcloud\n        ', 'eureka_sd_configs:\n      - server: http://a\n        ',
    'docker_sd_configs:\n      - host: http://a\n        ', 'dockerswarm_sd_configs:\n      - host: http://a\n        role: tasks\n        ', 'ionos_sd_configs:\n      - datacenter_id: a\n        ']
    .map((p): [string, string] => [sc(`    ${p}bearer_token: a\n        bearer_token_file: b\n`), 'config/mutually-exclusive-fields']),
  [sc(`    scaleway_sd_configs:\n      -\n${SCW}        bearer_token: a\n        bearer_token_file: b\n`), 'config/mutually-exclusive-fields'],
  // ... and not for these.
  [sc('    http_sd_configs:\n      - url: http://a/\n        bearer_token: a\n        bearer_token_file: b\n'), ''],
  [sc('    ec2_sd_configs:\n      - region: r\n        bearer_token: a\n        bearer_token_file: b\n'), ''],
  [sc('    http_sd_configs:\n      - url: http://a/\n        oauth2:\n          client_id: a\n          client_secret: b\n'), ''],
  [sc('    puppetdb_sd_configs:\n      - url: https://p\n        query: q\n        oauth2: {client_id: a}\n'), ''],
  // ... nor their auth sections' own checks.
  [sc('    http_sd_configs:\n      - url: http://a/\n        basic_auth: {username: u, password: p, password_file: f}\n'), ''],
  [sc('    http_sd_configs:\n      - url: http://a/\n        authorization: {type: Basic, credentials: c}\n'), ''],
  [sc('    http_sd_configs:\n      - url: http://a/\n        oauth2: {client_id: c, client_secret: s, client_secret_file: f, token_url: "http://t"}\n'), ''],
  [sc('    vultr_sd_configs:\n      - basic_auth: {username: u, password: p, password_file: f}\n'), 'config/mutually-exclusive-fields'],
  // oauth2 needed a client secret before 2.48 at the earliest.
  [sc('    oauth2:\n      client_id: a\n      token_url: http://t\n'), 'config/missing-required-field'],
  [sc('    oauth2:\n      client_id: a\n      client_secret_file: s\n      token_url: http://t\n'), ''],
  [sc('    digitalocean_sd_configs:\n      - oauth2: {client_id: a, client_secret: b}\n'), 'config/missing-required-field'],
  // sigv4 keys come in pairs.
  ['remote_write:\n  - url: http://a/\n    sigv4:\n      access_key: x\n', 'config/missing-required-field'],
  ['remote_write:\n  - url: http://a/\n    sigv4:\n      secret_key: x\n', 'config/missing-required-field'],
  ['remote_write:\n  - url: http://a/\n    sigv4:\n      region: r\n      profile: p\n', ''],
  // Uyuni.
  [sc('    uyuni_sd_configs:\n      - server: https://u\n'), 'config/missing-required-field'],
  [sc('    uyuni_sd_configs:\n      - server: https://u\n        username: a\n'), 'config/missing-required-field'],
  [sc('    uyuni_sd_configs:\n      - server: "://bad"\n        username: a\n        password: b\n'), 'config/invalid-sd-config'],
  [sc('    uyuni_sd_configs:\n      - server: https://u\n        username: a\n        password: b\n'), ''],
  // DNS: port 0 is no port; MX needs one too; NS came after 2.42.
  [sc('    dns_sd_configs:\n      - names: [a]\n        type: A\n        port: 0\n'), 'config/missing-required-field'],
  [sc('    dns_sd_configs:\n      - names: [a]\n        type: MX\n'), 'config/missing-required-field'],
  [sc('    dns_sd_configs:\n      - names: [a]\n        type: MX\n        port: 25\n'), ''],
  [sc('    dns_sd_configs:\n      - names: [a]\n        type: NS\n        port: 53\n'), 'config/invalid-sd-config'],
  // Triton.
  [sc('    triton_sd_configs:\n      - account: a\n        dns_suffix: b\n        endpoint: c\n        role: bogus\n'), 'config/invalid-sd-config'],
  [sc('    triton_sd_configs:\n      - account: a\n        dns_suffix: b\n        endpoint: c\n        refresh_interval: 0s\n'), 'config/invalid-sd-config'],
  [sc('    triton_sd_configs:\n      - account: a\n        dns_suffix: b\n        endpoint: c\n        role: cn\n'), ''],
  // Zookeeper paths.
  [sc('    nerve_sd_configs:\n      - servers: [a]\n        paths: ["/a", "b"]\n'), 'config/invalid-sd-config'],
  [sc('    serverset_sd_configs:\n      - servers: [a]\n        paths: ["noslash"]\n'), 'config/invalid-sd-config'],
  [sc('    serverset_sd_configs:\n      - servers: [a]\n        paths: ["/a"]\n'), ''],
  // Docker hosts are URLs.
  [sc('    docker_sd_configs:\n      - host: "://bad"\n'), 'config/invalid-sd-config'],
  [sc('    docker_sd_configs:\n      - host: "tcp://a b"\n'), 'config/invalid-sd-config'],
  [sc('    dockerswarm_sd_configs:\n      - host: "://bad"\n        role: tasks\n'), 'config/invalid-sd-config'],
  [sc('    docker_sd_configs:\n      - host: unix:///var/run/docker.sock\n'), ''],
  // Scaleway SDK formats.
  [sc(`    scaleway_sd_configs:\n      -\n${SCW}`), ''],
  [sc(`    scaleway_sd_configs:\n      -\n${SCW.replace('SCWXXXXXXXXXXXXXXXXX', 'scwxxxxxxxxxxxxxxxxx')}`), 'config/invalid-sd-config'],
  [sc(`    scaleway_sd_configs:\n      -\n${SCW.replace('secret_key: 11111111-1111-1111-1111-111111111111', 'secret_key: s')}`), 'config/invalid-sd-config'],
  [sc(`    scaleway_sd_configs:\n      -\n${SCW.replace('project_id: 11111111-1111-1111-1111-111111111111', 'project_id: p')}`), 'config/invalid-sd-config'],
  [sc(`    scaleway_sd_configs:\n      -\n${SCW}        zone: bogus\n`), 'config/invalid-sd-config'],
  [sc(`    scaleway_sd_configs:\n      -\n${SCW}        zone: nl-ams-1\n`), ''],
  [sc(`    scaleway_sd_configs:\n      -\n${SCW}        api_url: "://x"\n`), 'config/invalid-sd-config'],
  // Relabeling: keepequal/dropequal need a label name as target (2.x lets `$` through for these).
  [sc('    relabel_configs:\n      - action: keepequal\n        source_labels: [a]\n        target_label: "foo-bar"\n'), 'config/invalid-relabel-config'],
  [sc('    relabel_configs:\n      - action: dropequal\n        source_labels: [a]\n        target_label: "1x"\n'), 'config/invalid-relabel-config'],
  [sc('    relabel_configs:\n      - action: keepequal\n        source_labels: [a]\n        target_label: "$1"\n'), ''],
  [sc('    relabel_configs:\n      - action: uppercase\n        source_labels: [a]\n        target_label: "$1"\n'), ''],
  // Go's regexp: repeated group names are fine; `(?<name>` only from Go 1.22.
  [sc('    relabel_configs:\n      - action: drop\n        source_labels: [a]\n        regex: "(?P<n>a)(?P<n>b)"\n'), ''],
  [sc('    relabel_configs:\n      - action: drop\n        source_labels: [a]\n        regex: "(?P<n>a)(?P<n>b"\n'), 'config/invalid-regex'],
  [sc('    relabel_configs:\n      - action: drop\n        source_labels: [a]\n        regex: "(?<n>a)"\n'), 'config/invalid-regex'],
  [sc('    relabel_configs:\n      - action: drop\n        source_labels: [a]\n        regex: "[(?<]a"\n'), ''],
  // Sections present but empty: `tracing: {}` lacks its endpoint; `url: ""` loads (warning only), `url: ~` does not.
  ['tracing: {}\n', 'config/missing-required-field'],
  ['tracing:\n', ''],
  ['remote_write:\n  - url: ~\n', 'config/missing-required-field'],
  ['remote_write:\n  - url: ""\n', ''],
  ['remote_read:\n  - url: ""\n', ''],
  // Values newer than 2.42.
  [sc('    azure_sd_configs:\n      - subscription_id: s\n        authentication_method: SDK\n'), 'config/invalid-sd-config'],
  [sc('    azure_sd_configs:\n      - subscription_id: s\n        authentication_method: WorkloadIdentity\n'), 'config/invalid-sd-config'],
  [sc('    openstack_sd_configs:\n      - role: loadbalancer\n        region: r\n'), 'config/invalid-sd-config'],
  [sc('    openstack_sd_configs:\n      - role: hypervisor\n        region: r\n'), ''],
  // Tracing and Alertmanager values Prometheus loads (warnings only) or refuses.
  ['tracing:\n  endpoint: a:1\n  client_type: ""\n', 'config/invalid-value'],
  ['tracing:\n  endpoint: a:1\n  sampling_fraction: 2\n', ''],
  ['tracing:\n  endpoint: a:1\n  tls_config:\n    cert_file: x\n', ''],
  ['alerting:\n  alertmanagers:\n    - timeout: 0s\n      static_configs: [{targets: [a:1]}]\n', ''],
]

test('differential: SD, HTTP client and section checks, same verdict and rule as promtool 2.42', { skip, timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-diff-sd-'))
  const mismatches: string[] = []
  let i = 0
  const work = CASES.map(([src, rule]) => ({ src, rule, file: `case${i++}.yml` }))
  let next = 0
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < work.length) {
      const { src, rule, file } = work[next++]
      writeFileSync(join(dir, file), src)
      const theirs = await runPromtool(dir, file)
      const r = loadConfig(Buffer.from(src), { file, configDir: dir, prometheusVersion: '2.42', syntaxOnly: true })
      const errors = r.findings.filter((f) => f.severity === 'error')
      const mine = errors.length ? 'rejects' : 'accepts'
      if (theirs !== mine) mismatches.push(`${JSON.stringify(src)}: promtool ${theirs}, promgate ${mine} (${errors.map((e) => e.rule).join(', ')})`)
      else if ((rule === '') !== (theirs === 'accepts')) mismatches.push(`${JSON.stringify(src)}: the table says ${rule || 'accepts'}, promtool ${theirs}`)
      else if (rule && !errors.some((e) => e.rule === rule)) mismatches.push(`${JSON.stringify(src)}: rejected by ${errors.map((e) => e.rule).join(', ')}, expected ${rule}`)
    }
  }))
  assert.deepEqual(mismatches, [])
})

test('secrets stay out of messages: a malformed Scaleway secret key is not echoed', () => {
  const src = sc(`    scaleway_sd_configs:\n      -\n${SCW.replace('secret_key: 11111111-1111-1111-1111-111111111111', 'secret_key: hunter2-not-a-uuid')}`)
  const r = loadConfig(Buffer.from(src), { file: 'p.yml', configDir: tmpdir(), prometheusVersion: '3.5', syntaxOnly: true })
  const f = r.findings.find((x) => x.rule === 'config/invalid-sd-config')
  assert.ok(f, 'reported')
  assert.ok(!JSON.stringify(r.findings).includes('hunter2'))
})

test('3.x: every SD validates its HTTP client config; oauth2 needs no secret', () => {
  const rules = (src: string, v: string) => loadConfig(Buffer.from(src), { file: 'p.yml', configDir: tmpdir(), prometheusVersion: v, syntaxOnly: true }).findings.filter((f) => f.severity === 'error').map((f) => f.rule)
  const httpSd = sc('    http_sd_configs:\n      - url: http://a/\n        bearer_token: a\n        bearer_token_file: b\n')
  assert.deepEqual(rules(httpSd, '2.42'), [])
  assert.deepEqual(rules(httpSd, '3.5'), ['config/mutually-exclusive-fields'])
  const noSecret = sc('    oauth2:\n      client_id: a\n      token_url: http://t\n')
  assert.deepEqual(rules(noSecret, '2.47'), ['config/missing-required-field'])
  assert.deepEqual(rules(noSecret, '3.5'), [])
  const named = sc('    relabel_configs:\n      - action: drop\n        source_labels: [a]\n        regex: "(?<n>a)"\n')
  assert.deepEqual(rules(named, '2.49'), ['config/invalid-regex'])
  assert.deepEqual(rules(named, '3.0'), [])
  const ns = sc('    dns_sd_configs:\n      - names: [a]\n        type: NS\n        port: 53\n')
  assert.deepEqual(rules(ns, '3.0'), [])
})
