// Rule files are parsed under the config's global metric_name_validation_scheme (3.x): legacy refuses
// UTF-8 record and label names that the default utf8 scheme accepts.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load-config.js'
import { checkRuleFiles } from '../../src/rules/check-rule-files.js'

const RULES = 'groups:\n  - name: g\n    rules:\n      - record: "foo.bar"\n        expr: up\n      - alert: A\n        expr: up\n        labels:\n          "a.b": x\n'

function run(global: string, version: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-scheme-'))
  try {
    writeFileSync(join(dir, 'r.yml'), RULES)
    const src = `${global}rule_files: [r.yml]\n`
    const { config, findings } = loadConfig(Buffer.from(src), { file: 'prometheus.yml', configDir: dir, prometheusVersion: version })
    assert.deepEqual(findings.filter((f) => f.severity === 'error'), [])
    return checkRuleFiles(config).findings.map((f) => f.rule).sort()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test('3.x: the default utf8 scheme accepts dotted record and label names', () => {
  assert.deepEqual(run('', '3.5'), [])
})

test('3.x: global metric_name_validation_scheme: legacy refuses them, and says why', () => {
  assert.deepEqual(run('global:\n  metric_name_validation_scheme: legacy\n', '3.5'), ['rules/invalid-label-name', 'rules/invalid-record-name'])
  const dir = mkdtempSync(join(tmpdir(), 'promgate-scheme-'))
  try {
    writeFileSync(join(dir, 'r.yml'), RULES)
    const { config } = loadConfig(Buffer.from('global:\n  metric_name_validation_scheme: legacy\nrule_files: [r.yml]\n'), { file: 'prometheus.yml', configDir: dir, prometheusVersion: '3.5' })
    const rec = checkRuleFiles(config).findings.find((f) => f.rule === 'rules/invalid-record-name')
    assert.match(rec!.message, /metric_name_validation_scheme: legacy/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('2.x: legacy names always', () => {
  assert.deepEqual(run('', '2.42'), ['rules/invalid-label-name', 'rules/invalid-record-name'])
})
