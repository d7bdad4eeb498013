// Hostile input: random and mutated rule files never crash the checker and never take long.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { checkRuleFileText } from '../../src/rules/check-rule-files.js'
import { analyzePromql } from '../../src/rules/promql/analyze.js'
import { checkTemplate } from '../../src/rules/template/check-template.js'
import { resolveOptions } from '../../src/rules/options.js'
import { PROMTOOL_DIR, RULES_DIR, haveCorpus } from './corpus-helpers.js'

const seeds: string[] = haveCorpus
  ? [...readdirSync(RULES_DIR).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(RULES_DIR, f), 'utf8')),
    readFileSync(join(PROMTOOL_DIR, 'rules.yml'), 'utf8')]
  : ['groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up == 0\n        annotations:\n          s: "{{ $labels.x }}"\n']

function wellFormed(text: string): void {
  const fs = checkRuleFileText(text, 'fuzz.yml')
  for (const f of fs) {
    assert.ok(f.location.line >= 1 && f.location.column >= 1, 'positions are 1-based')
    assert.ok(f.location.endLine > f.location.line || (f.location.endLine === f.location.line && f.location.endColumn >= f.location.column), 'end after start')
    assert.ok(f.message.length > 0 && f.hint)
  }
}

test('mutated corpus files: no crash, positions well-formed', () => {
  fc.assert(fc.property(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.string({ maxLength: 4 })), { maxLength: 6 }), (seed, edits) => {
    let t = seed
    for (const [pos, del, ins] of edits) {
      const p = pos % (t.length + 1)
      t = t.slice(0, p) + ins + t.slice(p + del)
    }
    wellFormed(t)
  }), { numRuns: 400 })
})

test('random text, random PromQL and random templates: no crash', () => {
  const o = resolveOptions({})
  const promqlChars = fc.constantFrom(...'abc_:(){}[]",\'`=~!<>+-*/%^@ 0159.mshdwy#\n\\'.split(''))
  fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => { wellFormed(s) }), { numRuns: 300 })
  fc.assert(fc.property(fc.array(promqlChars, { maxLength: 60 }).map((a) => a.join('')), (e) => { analyzePromql(e, o) }), { numRuns: 2000 })
  fc.assert(fc.property(fc.array(fc.constantFrom(...'{{}} $.|()"\'`-=:,abc1e_x/*\n\\'.split('')), { maxLength: 60 }).map((a) => a.join('')), (t) => { checkTemplate(t) }), { numRuns: 2000 })
})

test('an alias bomb is bounded (time and output)', () => {
  let t = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n'
  for (let i = 1; i < 10; i++) t += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`
  t += 'groups:\n  - name: g\n    labels: *a9\n    rules: *a9\n'
  const start = Date.now()
  const fs = checkRuleFileText(t, 'bomb.yml')
  assert.ok(Date.now() - start < 30_000, `took ${Date.now() - start} ms`)
  assert.ok(fs.length < 1000, `${fs.length} findings`)
})

test('deep nesting and very long expressions stay fast and give a finding, not a crash', () => {
  const deep = '('.repeat(5000) + 'up' + ')'.repeat(5000)
  const rule = (e: string) => `groups:\n  - name: g\n    rules:\n      - record: r\n        expr: '${e}'\n`
  let start = Date.now()
  checkRuleFileText(rule(deep), 'deep.yml')
  checkRuleFileText(rule('('.repeat(5000) + 'up'), 'deep2.yml')
  checkRuleFileText(rule('{{'.repeat(10) + 'x'), 'deep3.yml')
  assert.ok(Date.now() - start < 30_000, `took ${Date.now() - start} ms`)
  const long = Array.from({ length: 5000 }, (_, i) => `rate(m${i}[5m])`).join(' + ')
  start = Date.now()
  // lezer gives up on 300+ chained operators: an info finding says the rest was not checked
  assert.deepEqual(checkRuleFileText(rule(long), 'long.yml').map((f) => `${f.rule} ${f.severity}`), ['rules/promql-syntax info'])
  assert.deepEqual(checkRuleFileText(rule(long.split(' + ').slice(0, 180).join(' + ')), 'long.yml'), [])
  assert.ok(Date.now() - start < 30_000, `took ${Date.now() - start} ms`)
})

test('10,000 rules check in a few seconds (linear)', () => {
  const rules = Array.from({ length: 10_000 }, (_, i) => `      - record: job:m${i}:rate5m\n        expr: sum by (job) (rate(m${i}_total{env="prod"}[5m]))\n        labels:\n          team: t${i % 10}\n`).join('')
  const text = `groups:\n  - name: big\n    rules:\n${rules}`
  const start = Date.now()
  assert.deepEqual(checkRuleFileText(text, 'big.yml'), [])
  const ms = Date.now() - start
  assert.ok(ms < 20_000, `took ${ms} ms`)
})

test('CRLF line endings: positions are the same as with LF', () => {
  const lf = 'groups:\n  - name: a\n    rules:\n      - record: r\n        expr: |\n          sum(x)\n            + rate(hi)\n'
  const crlf = lf.replace(/\n/g, '\r\n')
  const at = (t: string) => checkRuleFileText(t, 'r.yml').map((f) => `${f.rule} ${f.location.line}:${f.location.column}-${f.location.endLine}:${f.location.endColumn}`)
  assert.deepEqual(at(crlf), at(lf))
  assert.deepEqual(at(lf), ['rules/promql-type 7:20-7:22'])
})
