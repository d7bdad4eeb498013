// checkRuleFiles over a real folder: globs, paths relative to the config, the workspace boundary, limits.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkRuleFiles } from '../../src/rules/check-rule-files.js'
import type { PrometheusConfig } from '../../src/config/model.js'

const GOOD = 'groups:\n  - name: a\n    rules:\n      - record: r\n        expr: up\n'
const BAD = 'groups:\n  - name: b\n    rules:\n      - record: r\n        expr: rate(up)\n'

function workspace(): { root: string; ws: string; done: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'promgate-rf-'))
  const ws = join(root, 'ws')
  mkdirSync(join(ws, 'rules', 'sub'), { recursive: true })
  writeFileSync(join(ws, 'rules', 'a.yml'), GOOD)
  writeFileSync(join(ws, 'rules', 'b.yml'), BAD)
  writeFileSync(join(ws, 'rules', '.hidden.yml'), GOOD)
  writeFileSync(join(ws, 'rules', 'sub', 'c.yml'), GOOD)
  writeFileSync(join(root, 'outside.yml'), GOOD)
  return { root, ws, done: () => rmSync(root, { recursive: true, force: true }) }
}

function config(ws: string, entries: string[], version = '3.5'): PrometheusConfig {
  return {
    file: join(ws, 'prometheus.yml'), prometheusVersion: version, jobs: [], scrapeConfigFiles: [],
    ruleFiles: entries.map((value, i) => ({ value, span: { file: 'prometheus.yml', line: i + 2, column: 5, endLine: i + 2, endColumn: 5 + value.length } })),
  }
}

const brief = (r: ReturnType<typeof checkRuleFiles>) => r.findings.map((f) => `${f.rule} ${f.location.file}:${f.location.line}`)

test('globs expand like Go (no recursion, hidden files match *), paths shown relative to the config', () => {
  const { ws, done } = workspace()
  try {
    const r = checkRuleFiles(config(ws, ['rules/*.yml']))
    assert.deepEqual(Object.keys(r.sources).sort(), ['rules/.hidden.yml', 'rules/a.yml', 'rules/b.yml'])
    assert.deepEqual(brief(r), ['rules/promql-type rules/b.yml:5'])
    assert.equal(r.sources['rules/b.yml'], BAD)
    const loc = r.findings[0].location
    assert.deepEqual([loc.line, loc.column, loc.endColumn], [5, 20, 22])
  } finally { done() }
})

test('character classes and ? work; a glob that matches nothing is a warning (Prometheus accepts it)', () => {
  const { ws, done } = workspace()
  try {
    assert.deepEqual(Object.keys(checkRuleFiles(config(ws, ['rules/[a]?yml', 'rules/?.yml'])).sources).sort(), ['rules/a.yml', 'rules/b.yml'])
    // Prometheus accepts a pattern that matches nothing; promgate warns (not under --syntax-only)
    const none = checkRuleFiles(config(ws, ['nothing/*.yml']))
    assert.deepEqual(none.findings.map((f) => `${f.rule} ${f.severity}`), ['rules/glob-matches-nothing warning'])
    assert.deepEqual(brief(checkRuleFiles(config(ws, ['nothing/*.yml']), { syntaxOnly: true })), [])
  } finally { done() }
})

test('a missing file is a finding on its rule_files entry; --syntax-only skips it', () => {
  const { ws, done } = workspace()
  try {
    const r = checkRuleFiles(config(ws, ['rules/a.yml', 'rules/missing.yml']))
    assert.deepEqual(brief(r), ['rules/file-not-found prometheus.yml:3'])
    assert.match(r.findings[0].message, /"rules\/missing.yml" does not point to an existing file/)
    assert.deepEqual(brief(checkRuleFiles(config(ws, ['rules/missing.yml']), { syntaxOnly: true })), [])
  } finally { done() }
})

test('absolute paths, .. escapes and symlinks leading outside are refused, nothing outside is read', () => {
  const { root, ws, done } = workspace()
  try {
    symlinkSync(join(root, 'outside.yml'), join(ws, 'rules', 'link.yml'))
    symlinkSync(root, join(ws, 'up'))
    const r = checkRuleFiles(config(ws, [join(root, 'outside.yml'), '../outside.yml', 'rules/../../outside.yml', 'rules/link.yml', 'up/outside.yml', 'rules/l*.yml']))
    assert.deepEqual(brief(r), [
      'rules/unsafe-path prometheus.yml:2', 'rules/unsafe-path prometheus.yml:3', 'rules/unsafe-path prometheus.yml:4',
      'rules/unsafe-path prometheus.yml:5', 'rules/unsafe-path prometheus.yml:6', 'rules/unsafe-path prometheus.yml:7',
    ])
    assert.deepEqual(r.sources, {})
  } finally { done() }
})

test('a symlink that stays inside the workspace is followed; a file named twice is read once', () => {
  const { ws, done } = workspace()
  try {
    symlinkSync(join(ws, 'rules', 'b.yml'), join(ws, 'rules', 'alias.yaml'))
    const r = checkRuleFiles(config(ws, ['rules/alias.yaml', 'rules/b.yml', 'rules/*.yml']))
    assert.equal(r.findings.filter((f) => f.rule === 'rules/promql-type').length, 1)
  } finally { done() }
})

test('limits: file size and number of files', () => {
  const { ws, done } = workspace()
  try {
    assert.deepEqual(brief(checkRuleFiles(config(ws, ['rules/a.yml']), { maxFileBytes: 10 })), ['rules/file-limit prometheus.yml:2'])
    const many = checkRuleFiles(config(ws, ['rules/*.yml']), { maxFiles: 2 })
    assert.ok(brief(many).includes('rules/file-limit prometheus.yml:2'))
    assert.equal(Object.keys(many.sources).length, 2)
  } finally { done() }
})

test('a directory, a bad glob and a file that is not UTF-8 are findings, not crashes', () => {
  const { ws, done } = workspace()
  try {
    writeFileSync(join(ws, 'rules', 'latin1.yml'), Buffer.from([0x67, 0x72, 0x6f, 0x75, 0x70, 0x73, 0x3a, 0x20, 0xe9, 0x0a]))
    const r = checkRuleFiles(config(ws, ['rules/sub', 'rules/[', 'rules/latin1.yml']))
    assert.deepEqual(brief(r), ['rules/file-not-found prometheus.yml:2', 'rules/file-not-found prometheus.yml:3', 'rules/yaml-syntax rules/latin1.yml:1'])
    assert.match(r.findings[0].message, /directory/)
    assert.match(r.findings[1].message, /not a valid glob pattern/)
    assert.match(r.findings[2].message, /not valid UTF-8/)
  } finally { done() }
})

test('the config\'s Prometheus version decides name rules (2.x: legacy names)', () => {
  const { ws, done } = workspace()
  try {
    writeFileSync(join(ws, 'rules', 'utf8.yml'), 'groups:\n  - name: a\n    rules:\n      - record: hola\n        expr: 1\n        labels:\n          ins-tance: x\n')
    assert.deepEqual(brief(checkRuleFiles(config(ws, ['rules/utf8.yml'], '3.5'))), [])
    assert.deepEqual(brief(checkRuleFiles(config(ws, ['rules/utf8.yml'], '2.42'))), ['rules/invalid-label-name rules/utf8.yml:7'])
  } finally { done() }
})

test('workspace option: the boundary and the base of shown paths (repo-relative annotations)', () => {
  const { ws, done } = workspace()
  try {
    mkdirSync(join(ws, 'mon', 'rules'), { recursive: true })
    writeFileSync(join(ws, 'mon', 'rules', 'm.yml'), BAD)
    const cfg = config(join(ws, 'mon'), ['../rules/b.yml', 'rules/*.yml'])
    // without a workspace, the config's folder is the boundary
    assert.deepEqual(brief(checkRuleFiles(cfg)), ['rules/promql-type rules/m.yml:5', 'rules/unsafe-path prometheus.yml:2'])
    // with the checkout as workspace, ../rules is inside, and paths are shown from the checkout
    const r = checkRuleFiles(cfg, { workspace: ws })
    assert.deepEqual(brief(r), ['rules/promql-type mon/rules/m.yml:5', 'rules/promql-type rules/b.yml:5'])
    assert.deepEqual(Object.keys(r.sources).sort(), ['mon/rules/m.yml', 'rules/b.yml'])
    assert.deepEqual(brief(checkRuleFiles(config(join(ws, 'mon'), ['../../outside.yml']), { workspace: ws })), ['rules/unsafe-path prometheus.yml:2'])
  } finally { done() }
})

test('many costly patterns share one bound on directory listing', () => {
  const { ws, done } = workspace()
  try {
    // a repeated pattern is expanded once, however often it is written: 50,000 copies of it list
    // rules/ (4 entries) once, well inside a 40-entry budget that a second listing per copy would exhaust
    const same = checkRuleFiles(config(ws, Array.from({ length: 50_000 }, () => 'rules/*.yml')), { maxGlobEntries: 40 })
    assert.deepEqual(brief(same), ['rules/promql-type rules/b.yml:5'])
    // distinct patterns share the listing budget: rules/ has 4 entries, so 40 entries run out at the 11th pattern
    const distinct = checkRuleFiles(config(ws, ['rules/b.yml', ...Array.from({ length: 1000 }, (_, i) => `rules/*${i}.yml`)]), { maxGlobEntries: 40 })
    assert.equal(distinct.findings.filter((f) => f.rule === 'rules/file-limit').length, 1)
    assert.equal(distinct.findings.find((f) => f.rule === 'rules/file-limit')?.location.line, 13)
    assert.equal(distinct.findings.filter((f) => f.rule === 'rules/glob-matches-nothing').length, 10)
  } finally { done() }
})
