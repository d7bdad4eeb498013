/**
 * The shortcuts the config stage takes for speed must not change what it reports: linting without
 * building the jobs, the decoded text handed back to the gate, memoised lookups.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { gate } from '../../src/gate.js'
import { loadConfig } from '../../src/config/load-config.js'

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/prom-config-testdata')
const corpus = (() => {
  try {
    return readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f) && statSync(join(CORPUS, f)).isFile())
  } catch {
    return []
  }
})()

const MIXED = `global:
  scrape_interval: 30s
scrape_configs:
  - job_name: a
    static_configs: [{targets: ['h:1', 'http://x/y', '']}]
    relabel_configs:
      - source_labels: [__address__]
        regex: '([^:]+):\\d+'
        target_label: host
      - action: labeldrop
        regex: 'tmp_(.*'
  - job_name: b
    scrape_interval: 5m
    scrape_timeout: 10m
    tls_config: {min_version: TLS13, max_version: TLS12}
    basic_auth: {username: u, password: p}
  - job_name: a
    metrics_path: nope
`

test('buildJobs: false reports exactly the same findings and builds no jobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-perf-'))
  const texts = [MIXED, ...corpus.map((f) => readFileSync(join(CORPUS, f), 'utf8'))]
  assert.ok(texts.length > 1 || corpus.length === 0)
  for (const t of texts) {
    const bytes = new TextEncoder().encode(t)
    const full = loadConfig(bytes, { file: 'prometheus.yml', configDir: dir, syntaxOnly: true, prometheusVersion: '2.42' })
    const lint = loadConfig(bytes, { file: 'prometheus.yml', configDir: dir, syntaxOnly: true, prometheusVersion: '2.42', buildJobs: false })
    assert.deepEqual(lint.findings, full.findings, t.slice(0, 200))
    assert.deepEqual(lint.config.jobs, [])
    assert.deepEqual(lint.config.ruleFiles, full.config.ruleFiles)
  }
  const mixed = loadConfig(new TextEncoder().encode(MIXED), { file: 'prometheus.yml', configDir: dir, syntaxOnly: true })
  assert.ok(mixed.findings.length >= 5, 'the mixed config has findings')
  const good = new TextEncoder().encode('scrape_configs:\n  - job_name: ok\n    static_configs: [{targets: [h:1]}]\n')
  assert.equal(loadConfig(good, { file: 'prometheus.yml', configDir: dir }).config.jobs.length, 1)
  assert.equal(loadConfig(good, { file: 'prometheus.yml', configDir: dir, buildJobs: false }).config.jobs.length, 0)
})

test('the loader hands back the text it decoded (BOM dropped, invalid UTF-8 as U+FFFD)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-perf-'))
  const cases: Uint8Array[] = [
    new TextEncoder().encode('scrape_configs: []\n'),
    new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('global: {}\n')]),
    new Uint8Array([...new TextEncoder().encode('global:\n  external_labels: {a: "'), 0xff, 0xfe, ...new TextEncoder().encode('"}\n')]),
    new TextEncoder().encode('# only a comment\n'),
  ]
  for (const bytes of cases) {
    const r = loadConfig(bytes, { file: 'prometheus.yml', configDir: dir })
    assert.equal(r.text, new TextDecoder().decode(bytes))
  }
})

test('gate lint: sources hold the decoded config, findings as before', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-perf-'))
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(MIXED)])
  writeFileSync(join(dir, 'prometheus.yml'), bytes)
  const r = await gate({ configPath: 'prometheus.yml', mode: 'lint', allow: [], workspace: dir, syntaxOnly: true, prometheusVersion: '2.42' })
  assert.equal(r.sources['prometheus.yml'], new TextDecoder().decode(bytes))
  const direct = loadConfig(bytes, { file: 'prometheus.yml', configDir: dir, workspaceDir: dir, syntaxOnly: true, prometheusVersion: '2.42' })
  assert.deepEqual(r.findings.map((f) => `${f.rule}@${f.location.line}:${f.location.column}`), direct.findings.map((f) => `${f.rule}@${f.location.line}:${f.location.column}`))
  assert.ok(r.findings.some((f) => f.rule === 'config/invalid-regex'))
})

test('fast-path pair keys: made on first read, then the same node; same as the yaml path', async () => {
  const { parseYaml, keyIsScalar } = await import('../../src/config/yaml-tree.js')
  const text = 'a: 1\n"q": 2\n~: 3\nm: {k: v, "x y": [1], k: w}\n'
  const fast = parseYaml(text, 'f.yml')
  const slow = parseYaml(text, 'f.yml', { fast: false })
  assert.equal(fast.tree, true)
  const pairs = (r: typeof fast) => {
    const root = r.root!
    assert.equal(root.kind, 'map')
    const m = root.kind === 'map' ? root.pairs.find((p) => p.name === 'm')!.value : undefined
    return [...(root.kind === 'map' ? root.pairs : []), ...(m?.kind === 'map' ? m.pairs : [])]
  }
  const f = pairs(fast)
  const s = pairs(slow)
  assert.equal(f.length, s.length)
  for (let k = 0; k < f.length; k++) {
    assert.equal(keyIsScalar(f[k]), true)
    const key = f[k].key
    assert.equal(f[k].key, key, 'memoised')
    assert.equal(key.kind, 'scalar')
    const sk = s[k].key
    assert.ok(key.kind === 'scalar' && sk.kind === 'scalar')
    assert.deepEqual([f[k].name, key.text, key.value, key.plain, key.isNull, key.start, key.end, key.span], [s[k].name, sk.text, sk.value, sk.plain, sk.isNull, sk.start, sk.end, sk.span])
  }
  // The duplicate "k" in the flow map: same issue and positions on both paths.
  const issues = (r: typeof fast) => r.issues.map((i) => [i.kind, i.message, i.span, i.related?.[0]?.span])
  assert.deepEqual(issues(fast), issues(slow))
  assert.equal(fast.issues.length, 1)
})

test('invalid-target: the plain host:port shortcut keeps every port and host verdict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-perf-'))
  // Every one of these loads in Prometheus (promtool 2.42 accepts them): warnings only.
  const cases: [string, RegExp | undefined][] = [
    ['h:1', undefined], ['h:65535', undefined], ['10.0.0.1:9100', undefined], ['[::1]:9090', undefined], ['[abc:80', undefined],
    ['h:09100', undefined], ['h', undefined],
    ['h:0', /invalid port/], ['h:65536', /invalid port/], ['h:99999', /invalid port/], ['h:123456', /invalid port/], ['h:x', /invalid port/],
    ['h:', /empty port/], ['a:b:c', /too many colons/], [':80', /no host/], ['u@h:80', /contains "@"/], ['a b:1', /contains a space/],
    ['a?b:1', /contains "\?"/], ['a#b:1', /contains "#"/],
  ]
  for (const [target, want] of cases) {
    const cfg = `scrape_configs:\n  - job_name: j\n    static_configs: [{targets: ['${target}']}]\n`
    const r = loadConfig(new TextEncoder().encode(cfg), { file: 'prometheus.yml', configDir: dir, syntaxOnly: true })
    const got = r.findings.filter((f) => f.rule === 'config/invalid-target')
    if (want === undefined) assert.deepEqual(got, [], target)
    else {
      assert.equal(got.length, 1, target)
      assert.match(got[0].message, want, target)
      assert.equal(got[0].severity, 'warning', target)
    }
  }
})

test('invalid-relabel-config: plain target labels need no RE2, $-references still checked (legacy names)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-perf-'))
  const cases: [string, boolean][] = [['host', false], ['_x9', false], ['${1}_x', false], ['a$1', false], ['9x', true], ['a-b', true], ['$', true]]
  for (const [target, bad] of cases) {
    const cfg = `scrape_configs:\n  - job_name: j\n    static_configs: [{targets: ['h:1']}]\n    relabel_configs:\n      - {source_labels: [a], target_label: '${target}'}\n`
    const r = loadConfig(new TextEncoder().encode(cfg), { file: 'prometheus.yml', configDir: dir, syntaxOnly: true, prometheusVersion: '2.42' })
    assert.equal(r.findings.some((f) => f.rule === 'config/invalid-relabel-config'), bad, target)
  }
})
