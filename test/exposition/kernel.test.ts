// The sample-run kernel (src/exposition/kernel, wasm/sample-run.ts) is a speed path: these tests say
// that it is really taken on the payloads it is for (a regression that quietly sends every line back
// to the parser would pass every other test), where exactly it stops, and that its series table
// keeps working as it grows. That the findings are the same with it and without it is
// kernel-differential.test.ts's.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { createValidator, type ValidationResult } from '../../src/exposition/index.js'
import { kernelLinesTaken } from './helpers.js'

const GEN = '../shared/bench/gen-exposition.mjs'

/** Validates `bytes` (in `chunk`-byte pushes) and counts the lines the kernel took. */
function measure(bytes: Uint8Array, kernel = true, chunk = 65536): { result: ValidationResult; taken: number } {
  const before = kernelLinesTaken()
  const v = createValidator({ format: 'text-0.0.4', file: 'payload', kernel, lints: false })
  for (let o = 0; o < bytes.length; o += chunk) v.push(bytes.subarray(o, Math.min(bytes.length, o + chunk)))
  const result = v.end()
  return { result, taken: kernelLinesTaken() - before }
}

const lines = (...l: string[]): Uint8Array => new TextEncoder().encode(l.join('\n') + '\n')

test('kernel: takes nearly every sample line of the bench payloads, with the same result', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-kernel-'))
  try {
    const file = join(dir, 'synthetic.prom')
    const gen = spawnSync(process.execPath, [GEN, '--size', '2MB', '--out', file], { encoding: 'utf8', timeout: 60_000 })
    assert.equal(gen.status, 0, gen.stderr)
    const bytes = readFileSync(file)
    const on = measure(bytes)
    const off = measure(bytes, false)
    assert.deepEqual(on.result, off.result)
    assert.equal(off.taken, 0)
    // histograms and summaries included: only metadata, each family's first lines and odd values go to the parser
    assert.ok(on.taken > 0.85 * on.result.samples, `kernel took ${on.taken} of ${on.result.samples} samples`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  // a node_exporter-like payload: gauges and counters with several labels, replicated
  const out: string[] = []
  for (const [name, type] of [['node_cpu_seconds_total', 'counter'], ['node_filesystem_avail_bytes', 'gauge'], ['node_network_speed_bytes', 'gauge']]) {
    out.push(`# HELP ${name} Help.`, `# TYPE ${name} ${type}`)
    for (let r = 0; r < 200; r++) {
      for (let c = 0; c < 4; c++) out.push(`${name}{cpu="${c}",mode="idle",replica="${r}"} ${type === 'counter' ? 1.5e9 + r : -125000 * c}`)
    }
  }
  const node = measure(lines(...out))
  assert.deepEqual(node.result, measure(lines(...out), false).result)
  assert.ok(node.taken > 0.99 * node.result.samples, `kernel took ${node.taken} of ${node.result.samples} samples`)
})

test('kernel: stops at the first line it cannot prove clean, and the parser judges it', () => {
  const base = ['# TYPE g gauge', 'g{a="1"} 1', 'g{a="2"} 2', 'g{a="3"} 3']
  // the family's first sample is the parser's; the next two are the kernel's
  assert.equal(measure(lines(...base)).taken, 2)
  // a timestamp: the parser's line (and every line after it that the kernel skips)
  const ts = measure(lines(...base, 'g{a="4"} 4 1700000000000', 'g{a="5"} 5'))
  assert.equal(ts.result.samples, 5)
  assert.equal(ts.taken, 2 + 1)
  // a duplicate of a series the kernel took: the parser reports it, naming the kernel's line as the first
  const dup = measure(lines(...base, 'g{a="2"} 9'))
  assert.equal(dup.taken, 2)
  assert.deepEqual(dup.result.findings.map((f) => [f.rule, f.location.line]), [['exposition/duplicate-series', 5]])
  assert.match(dup.result.findings[0].message, /line 3/)
  // a negative counter is a finding: the kernel leaves it to the parser
  const neg = measure(lines('# TYPE c counter', 'c{a="1"} 1', 'c{a="2"} 2', 'c{a="3"} -3', 'c{a="4"} 4'))
  assert.deepEqual(neg.result.findings.map((f) => [f.rule, f.location.line]), [['exposition/counter-negative', 4]])
  assert.equal(neg.taken, 1 + 1)
})

test('kernel: a histogram run checks buckets as the semantics does and goes on into new groups', () => {
  const out = ['# TYPE h histogram']
  for (let g = 0; g < 40; g++) {
    out.push(`h_bucket{g="${g}",le="0.1"} 1`, `h_bucket{g="${g}",le="1"} 2`, `h_bucket{g="${g}",le="+Inf"} 3`, `h_sum{g="${g}"} 4.5`, `h_count{g="${g}"} 3`)
  }
  const ok = measure(lines(...out))
  assert.deepEqual(ok.result.findings, [])
  // the first group's lines and the first sight of _sum and _count are the parser's
  assert.ok(ok.taken >= 40 * 5 - 4, `kernel took ${ok.taken} of ${40 * 5}`)
  // a bucket count going down in group 20, and a _count that is not the +Inf count in group 30
  const bad = out.slice()
  bad[1 + 20 * 5 + 1] = 'h_bucket{g="20",le="1"} 0'
  bad[1 + 30 * 5 + 4] = 'h_count{g="30"} 7'
  const r = measure(lines(...bad))
  assert.deepEqual(r.result, measure(lines(...bad), false).result)
  assert.deepEqual(r.result.findings.map((f) => f.rule).sort(), ['exposition/histogram-buckets-not-cumulative', 'exposition/histogram-count-mismatch'])
})

test('kernel: its series table grows past its first sizes and still finds a duplicate of its first series', () => {
  const out = ['# TYPE big gauge']
  for (let i = 0; i < 60000; i++) out.push(`big{id="${i}"} 1`)
  out.push('big{id="0"} 2')
  const r = measure(lines(...out))
  // lines split across two pushes are the parser's
  assert.ok(r.taken >= 59900, `kernel took ${r.taken}`)
  assert.deepEqual(r.result.findings.map((f) => [f.rule, f.location.line]), [['exposition/duplicate-series', 60002]])
  assert.match(r.result.findings[0].message, /line 2\b/)
  // the next family starts with an emptied table: the same label set under another name is no duplicate
  const two = measure(lines(...out.slice(0, 3000), '# TYPE other gauge', ...out.slice(1, 3000).map((l) => l.replace('big', 'other'))))
  assert.deepEqual(two.result.findings, [])
})

test('kernel: without WebAssembly (node --jitless) the parser reads every line, with the same findings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-jitless-'))
  try {
    const file = join(dir, 'payload.prom')
    const gen = spawnSync(process.execPath, [GEN, '--size', '300KB', '--out', file], { encoding: 'utf8', timeout: 60_000 })
    assert.equal(gen.status, 0, gen.stderr)
    const cli = (flags: string[]) => spawnSync(process.execPath, [...flags, '--import', 'tsx', 'src/cli/index.ts', 'metrics', file, '--format', 'json'],
      { encoding: 'utf8', timeout: 120_000 })
    // the probe: in this mode there really is no WebAssembly
    const probe = spawnSync(process.execPath, ['--jitless', '-e', 'process.stdout.write(typeof WebAssembly)'], { encoding: 'utf8', timeout: 30_000 })
    assert.equal(probe.stdout, 'undefined')
    const plain = cli([]), jitless = cli(['--jitless'])
    assert.equal(jitless.status, plain.status, jitless.stderr)
    assert.ok(JSON.parse(plain.stdout).summary, plain.stdout.slice(0, 200))
    assert.equal(jitless.stdout, plain.stdout)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
