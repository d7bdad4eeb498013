/**
 * Differential test against the real `promtool check config` (Debian prometheus 2.42): the same
 * accept/reject verdict as promtool on YAML-semantics cases and on a sample of the corpus, with
 * prometheusVersion "2.42". Known differences are listed with their reason.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { loadConfig } from '../../src/config/load-config.js'
import { promtool242 } from '../tools.js'

const PROM = join(import.meta.dirname, '../../../shared/corpus/prom-config-testdata')

const { promtool, skip } = promtool242()

function runPromtool(dir: string, file: string, flags: string[]): Promise<'accepts' | 'rejects'> {
  return new Promise((resolve, reject) => {
    execFile(promtool!, ['check', 'config', ...flags, file], { cwd: dir, timeout: 20_000 }, (err, stdout) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ETIMEDOUT') return reject(new Error(`promtool timed out on ${file}`))
      if (err && typeof err.code !== 'number') return reject(err)
      resolve(err ? 'rejects' : /SUCCESS/.test(stdout) ? 'accepts' : 'rejects')
    })
  })
}

function ours(dir: string, file: string, opts: { syntaxOnly: boolean; agentMode?: boolean }): 'accepts' | 'rejects' {
  const r = loadConfig(readFileSync(join(dir, file)), { file, configDir: dir, prometheusVersion: '2.42', ...opts })
  return r.findings.some((f) => f.severity === 'error') ? 'rejects' : 'accepts'
}

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) await fn(items[i++])
  }))
}

/** YAML semantics and value syntax as yaml.v2 / Prometheus read them. */
const SYNTHETIC = [
  'scrape_configs:\n  - job_name: a\n    honor_labels: yes\n',
  'scrape_configs:\n  - job_name: a\n    honor_labels: "true"\n',
  'scrape_configs:\n  - job_name: a\n    honor_labels: On\n    follow_redirects: no\n    enable_http2: off\n',
  'scrape_configs:\n  - job_name: a\n    honor_labels: tRue\n',
  'scrape_configs:\n  - job_name: a\n    honor_labels: 1\n',
  'scrape_configs:\n  - job_name: 123\n',
  'scrape_configs:\n  - job_name: a\n    sample_limit: "10"\n',
  'scrape_configs:\n  - job_name: a\n    sample_limit: 0x10\n    label_limit: 1_000\n    target_limit: 010\n',
  'scrape_configs:\n  - job_name: a\n    sample_limit: 1.5\n',
  'scrape_configs:\n  - job_name: a\n    sample_limit: -1\n',
  'scrape_configs:\n  - job_name: a\n    sample_limit: 1e30\n',
  'scrape_configs:\n  - job_name: a\n    sample_limit: 1:30\n',
  'scrape_configs:\n  - job_name: a\n    scrape_interval: 30\n',
  'scrape_configs:\n  - job_name: a\n    scrape_interval: 01m\n',
  'scrape_configs:\n  - job_name: a\n    scrape_interval: 1m1m\n',
  'scrape_configs:\n  - job_name: a\n    scrape_interval: 90000000000000h\n',
  'global:\n  scrape_interval: 1h30m\n  evaluation_interval: 0\n',
  'global:\n  scrape_interval: 1.5m\n',
  'global: {}\n---\nfoo: bar\n',
  'x: &x {job_name: a}\nscrape_configs: [*x]\n',
  'scrape_configs:\n  - &j {job_name: a}\n  - {job_name: b, <<: *j}\n',
  'global:\n  external_labels:\n    a: 1\n    a: 2\n',
  'global:\n  external_labels:\n    foo-bar: x\n',
  'global:\n  external_labels: {a: 1, b: true, c: ~}\n',
  'global:\n  external_labels: {a: [1]}\n',
  'scrape_configs:\n  - job_name: a\n    params:\n      module: http\n',
  'scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - action: Drop\n        source_labels: [a]\n',
  'scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - target_label: "foo-bar"\n        replacement: x\n',
  'scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - target_label: "${1}x"\n        replacement: x\n',
  'scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - action: hashmod\n        target_label: x\n',
  'scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - regex: "a(b"\n',
  'scrape_configs:\n  - job_name: a\n    scrape_timeout: 15s\n    scrape_interval: 10s\n',
  'global:\n  scrape_interval: 10s\nscrape_configs:\n  - job_name: a\n    scrape_timeout: 15s\n',
  'scrape_configs:\n  - job_name: a\n    body_size_limit: 10mb\n',
  'scrape_configs:\n  - job_name: a\n    body_size_limit: 1.5MB\n    sample_limit: 0\n',
  'scrape_configs:\n  - job_name: a\n    body_size_limit: 1GB512MB\n',
  'scrape_configs:\n  - job_name: a\n    tls_config:\n      min_version: TLS14\n',
  // max below min: only building the client refuses it, so promtool accepts the file (promgate: a warning).
  'scrape_configs:\n  - job_name: a\n    tls_config:\n      min_version: TLS13\n      max_version: TLS12\n',
  // Bounds from the CHANGELOG: sigv4 on Alertmanagers came in 2.48, consul path_prefix in 2.45, vultr in 2.36.
  'alerting:\n  alertmanagers:\n    - sigv4: { region: eu-west-1 }\n',
  'scrape_configs:\n  - job_name: a\n    vultr_sd_configs:\n      - { port: 80 }\n',
  // oauth2 proxy_url exists since 2.35; its other proxy settings only from 2.43.
  'scrape_configs:\n  - job_name: a\n    oauth2: { client_id: c, client_secret: s, token_url: "http://t/", proxy_url: "http://p:3128" }\n',
  'scrape_configs:\n  - job_name: a\n    oauth2: { client_id: c, client_secret: s, token_url: "http://t/", proxy_url: "http://p:3128", proxy_connect_header: { X: [y] } }\n',
  'scrape_configs:\n  - job_name: a\n    dns_sd_configs:\n      - { names: [a], type: MX, port: 25 }\n',
  'scrape_configs:\n  - job_name: a\n    http_sd_configs:\n      - { url: "http://a/", bearer_token: a, bearer_token_file: b }\n',
  'scrape_configs:\n  - job_name: a\n    basic_auth: {username: u, password: p, password_file: f}\n',
  'scrape_configs:\n  - job_name: a\n    authorization: {type: Basic, credentials: x}\n',
  'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: ["http://bad"]\n',
  'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: [1, true]\n',
  // Static targets: config load refuses only "/" (config.go CheckTargetAddress) and promtool's
  // target building (scrape.TargetsFromGroup) only an empty address; the rest load and fail when scraped.
  ...[
    '"a b:1"', '"a\\tb:1"', '":1"', '"host:9090/path"', '"http://x:1"', '"[::1]:9090"', '"a:99999"', '"a:abc"',
    '"a:b:c"', '"::1"', '"a@b:1"', '"a:"', '"a:0"', '"[::1]:x"', '"a?b:1"', '""', '~',
  ].map((t) => `scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets: [${t}]\n`),
  'scrape_configs:\n  - job_name: a\n    relabel_configs: [{ target_label: __address__, replacement: "h:1" }]\n    static_configs:\n      - targets: ["", "a b:1", "http://x/y"]\n',
  'scrape_configs:\n  - job_name: a\n    relabel_configs: [{ target_label: x, replacement: y }]\n    static_configs:\n      - targets: ["a/b"]\n',
  // A relabel rule that drops the target: promtool never checks its address.
  'scrape_configs:\n  - job_name: a\n    relabel_configs: [{ action: drop, source_labels: [__address__], regex: "http.*" }]\n    static_configs:\n      - targets: ["http://x/y"]\n',
  // promtool runs the relabel rules first: a URL target they keep as it is is still refused.
  ...[
    '{ action: drop, source_labels: [__address__], regex: "nomatch" }', '{ action: keep, source_labels: [__address__], regex: "http.*" }',
    '{ action: keep, source_labels: [__address__], regex: "nomatch" }', '{ action: drop, source_labels: [job], regex: "a" }',
    '{ action: drop, source_labels: [team], regex: "x" }', '{ action: drop, source_labels: [team], regex: "y" }',
    '{ action: dropequal, source_labels: [team], target_label: job }', '{ source_labels: [team], target_label: x }',
  ].map((r) => `scrape_configs:\n  - job_name: a\n    relabel_configs: [${r}]\n    static_configs:\n      - targets: ["http://x/y"]\n        labels: { team: y }\n`),
  // Alertmanager targets: "/" refused at load, an empty one accepted (no "no address" check there).
  'alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ["http://x/y"]\n',
  'alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ["", ~, "a b:1"]\n',
  'scrape_configs:\n  - job_name: a\n    metric_path: /x\n',
  'scrape_configs:\n  - job_name: a\n  - job_name: a\n',
  'scrape_configs:\n  -\n',
  'scrape_configs: ~\nglobal: ~\n',
  'scrape_configs:\n\t- job_name: a\n',
  'scrape_configs:\n  - job_name: a\n    enable_compression: false\n',
  'scrape_config_files: [x.yml]\n',
]

/** Where promgate and Debian's promtool 2.42 knowingly disagree (file → reason). */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'rules_abs_path.good.yml': 'rule_files existence is checked by the rules stage (checkRuleFiles), not by loadConfig',
  'rules_abs_path_windows.good.yml': 'rule_files existence is checked by the rules stage (checkRuleFiles), not by loadConfig',
  'scrape_configs/scrape_config_files2.good.yml': 'its cert_file is "../valid_cert_file", outside the workspace: promgate never probes such paths',
  'ec2_token_file.bad.yml': 'promtool 2.42 does not stat SD-level credential files; promgate reports the missing file (warning on 3.x, error here)',
  'http_token_file.bad.yml': 'as ec2_token_file: SD-level bearer_token_file reported missing',
  'lightsail_token_file.bad.yml': 'as ec2_token_file: SD-level bearer_token_file reported missing',
  'puppetdb_token_file.bad.yml': 'as ec2_token_file: SD-level bearer_token_file reported missing',
  'uyuni_token_file.bad.yml': 'as ec2_token_file: SD-level bearer_token_file reported missing',
}
const DEBIAN_COMPILED_OUT = /^(kubernetes|kuma|linode|nomad|consul)_/

test('differential: YAML semantics cases, same verdict as promtool 2.42', { skip, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-diff-'))
  const mismatches: string[] = []
  await pool(SYNTHETIC.map((src, i) => ({ src, file: `case${i}.yml` })), 4, async ({ src, file }) => {
    writeFileSync(join(dir, file), src)
    const theirs = await runPromtool(dir, file, ['--syntax-only'])
    const mine = ours(dir, file, { syntaxOnly: true })
    if (theirs !== mine) mismatches.push(`${JSON.stringify(src)}: promtool ${theirs}, promgate ${mine}`)
  })
  assert.deepEqual(mismatches, [])
})

test('differential: corpus sample, same verdict as promtool 2.42', { skip, timeout: 120_000 }, async () => {
  const rows = readFileSync(join(PROM, 'EXPECTED.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'))
  // Every third file (deterministic sample), without the SD mechanisms Debian compiled out of promtool.
  const sample = rows.filter((r, i) => i % 3 === 0 && !DEBIAN_COMPILED_OUT.test(r[0]))
  const mismatches: string[] = []
  let same = 0
  await pool(sample, 4, async ([file, , , , , flags]) => {
    const agent = flags === '--agent'
    const theirs = await runPromtool(PROM, file, agent ? ['--agent'] : [])
    const mine = ours(PROM, file, { syntaxOnly: false, agentMode: agent })
    if (theirs === mine) same++
    else if (!KNOWN_DIFFERENCES[file]) mismatches.push(`${file}: promtool ${theirs}, promgate ${mine}`)
  })
  console.log(`differential corpus sample: ${same}/${sample.length} same verdict`)
  assert.deepEqual(mismatches, [])
  assert.ok(sample.length > 50)
})
