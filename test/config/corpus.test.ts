/**
 * Truth: Prometheus's own config test data (../shared/corpus). Every bad file must be rejected with an
 * error finding whose message conveys Prometheus's expected error; every good file must be accepted.
 * Cases not handled are listed in KNOWN_GAPS with the reason (none are skipped silently).
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { loadConfig } from '../../src/config/load-config.js'

const CORPUS = join(import.meta.dirname, '../../../shared/corpus')
const PROM = join(CORPUS, 'prom-config-testdata')
const COMMON = join(CORPUS, 'common-http-config-testdata')

/** Files knowingly not handled, with why. Keep empty when possible; each entry is asserted to still fail. */
export const KNOWN_GAPS: Record<string, string> = {}

const norm = (s: string) => s.toLowerCase().replace(/[`'"]/g, '').replace(/\s+/g, ' ').trim()

function tsv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n')
  const cols = head.split('\t')
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v])))
}

/** True when one of the error findings conveys the expected Prometheus error ("a | b" = any of them). */
export function conveys(messages: string[], expected: string): boolean {
  if (expected === '' || expected.startsWith('(any error')) return messages.length > 0
  const alternatives = expected.split(' | ').map(norm)
  return messages.some((m) => alternatives.some((a) => norm(m).includes(a)))
}

function verdict(dir: string, file: string, expectation: string, expected: string, opts: { agentMode?: boolean; syntaxOnly?: boolean; warningSuffices?: boolean }) {
  const r = loadConfig(readFileSync(join(dir, file)), { file, configDir: dir, syntaxOnly: opts.syntaxOnly ?? true, agentMode: opts.agentMode })
  const errors = r.findings.filter((f) => f.severity === 'error' || (opts.warningSuffices && expectation === 'bad' && f.severity === 'warning'))
  const ok = expectation === 'good' ? errors.length === 0 : conveys(errors.map((f) => f.message), expected)
  return { ok, errors }
}

const haveCorpus = existsSync(join(PROM, 'EXPECTED.tsv'))

test('prom-config-testdata: every bad file rejected with the expected error, every good file accepted', { skip: haveCorpus ? false : 'corpus not found at ../shared/corpus' }, () => {
  const rows = tsv(join(PROM, 'EXPECTED.tsv'))
  const failures: string[] = []
  let pass = 0
  for (const row of rows) {
    const file = row.file
    const { ok, errors } = verdict(PROM, file, row.v3_expectation, row.expected_error_substring_v3, { agentMode: row.promtool_flags === '--agent' })
    if (KNOWN_GAPS[file]) {
      assert.ok(!ok, `${file} is listed as a known gap but now passes: remove it from KNOWN_GAPS`)
      continue
    }
    if (ok) pass++
    else failures.push(`${row.v3_expectation} ${file}: want "${row.expected_error_substring_v3}", got ${errors.map((f) => `${f.rule}: ${f.message}`).join(' / ') || 'no error'}`)
  }
  console.log(`prom-config-testdata: ${pass}/${rows.length} pass, ${Object.keys(KNOWN_GAPS).length} known gaps`)
  assert.deepEqual(failures, [])
  assert.ok(rows.length >= 217)
})

test('common-http-config-testdata (wrapped in a scrape config): same verdicts as prometheus/common', { skip: haveCorpus ? false : 'corpus not found' }, () => {
  const rows = tsv(join(COMMON, 'EXPECTED.tsv'))
  const failures: string[] = []
  let pass = 0
  for (const row of rows) {
    const expected = row['expected_error_substring (prometheus/common HEAD)'].replace(/\s*\(derived.*$/, '')
    // The one case whose error is about a missing file needs the file check (no --syntax-only).
    const syntaxOnly = !row.file.includes('invalid-bearer-token-file')
    // Refused only when the HTTP client is built, never when the file loads (promtool accepts it): a
    // warning that conveys the error is the right verdict there.
    const warningSuffices = row.source_test.includes('client construction')
    const { ok, errors } = verdict(COMMON, row.wrapper_checked_with_promtool, row.expectation, expected, { syntaxOnly, warningSuffices })
    if (ok) pass++
    else failures.push(`${row.expectation} ${row.file}: want "${expected}", got ${errors.map((f) => f.message).join(' / ') || 'no error'}`)
  }
  console.log(`common-http-config-testdata: ${pass}/${rows.length} pass`)
  assert.deepEqual(failures, [])
})

test('findings on corpus files point inside the file and carry a hint', { skip: haveCorpus ? false : 'corpus not found' }, () => {
  for (const row of tsv(join(PROM, 'EXPECTED.tsv'))) {
    const text = readFileSync(join(PROM, row.file), 'utf8').split('\n')
    const r = loadConfig(readFileSync(join(PROM, row.file)), { file: row.file, configDir: PROM, syntaxOnly: true })
    for (const f of r.findings) {
      if (f.location.file !== row.file) continue
      assert.ok(f.location.line >= 1 && f.location.line <= text.length, `${row.file}: ${f.rule} line ${f.location.line}`)
      assert.ok(f.hint, `${row.file}: ${f.rule} has no hint`)
    }
  }
})
