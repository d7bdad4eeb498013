// Property-based fuzzing of the exposition validators (fast-check): on random and mutated payloads
// they never throw, never hang (bounded input, a per-run time budget), every finding position is
// inside the input, and pushing the payload in chunks gives exactly what one push gives.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { createValidator, validatePayload, type ExpositionFormat, type ValidationResult } from '../../src/exposition/index.js'
import { createProtobufValidator, encodeMetricFamilies, validateProtobuf } from '../../src/exposition/protobuf/index.js'
import type { Finding, Span } from '../../src/finding.js'

const TEXT_FORMATS: ExpositionFormat[] = ['text-0.0.4', 'text-1.0.0', 'openmetrics-1.0.0']
const SEED = Number(process.env.FUZZ_SEED ?? 20261122)
const RUNS = Number(process.env.FUZZ_RUNS ?? 150)
/** A validation of a few KB taking longer than this is a hang (or quadratic behaviour). */
const BUDGET_MS = 1000

const CORPUS = '../shared/corpus/exposition-extra'
const SEEDS = [
  readFileSync(`${CORPUS}/promtool-testdata/metrics-test.prom`),
  readFileSync(`${CORPUS}/prometheus-textparse-testdata/1histogram.om.txt`),
  Buffer.from([
    '# HELP a_total Things "done" \\\\ \\n.', '# TYPE a_total counter', 'a_total{x="é\\"\\\\\\n",y=""} 1 1700000000000',
    '# TYPE h histogram', 'h_bucket{le="1"} 1 # {trace_id="x"} 0.5 1.5', 'h_bucket{le="+Inf"} 2', 'h_sum 3', 'h_count 2',
    '# TYPE s summary', 's{quantile="0.5"} NaN', 's_sum 1', 's_count 1', '{"utf8.name",x="1"} 2', '# EOF', '',
  ].join('\n')),
]

// ------------------------------------------------------------------ generators

/** Tokens that matter to the grammar, so random payloads reach deep into the parser. */
const TOKENS = [
  '# HELP ', '# TYPE ', '# UNIT ', '# EOF', '# ', 'counter', 'gauge', 'histogram', 'summary', 'untyped', 'info', 'stateset',
  'gaugehistogram', 'unknown', 'metric', 'metric_total', 'metric_bucket', 'metric_sum', 'metric_count', 'metric_created',
  '{', '}', '=', ',', '"', '\\', '\\n', '\\"', '\\\\', 'le', 'quantile', '+Inf', '-Inf', 'NaN', '1', '0', '-1', '1.5e3',
  '0x1p3', '1_000', ' ', '  ', '\t', '\n', '\r\n', '\u0000', 'é', '😀', '\uFFFD', ' # {a="b"} 1', '1700000000', '.5',
]
const tokenPayload = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((ts) => Buffer.from(ts.join('')))
const rawBytes = fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b))
const lineStructured = fc.array(
  fc.tuple(
    fc.constantFrom('metric', 'metric_bucket', 'm_total', 'x:y', '"quoted.name"', ''),
    fc.array(fc.tuple(fc.constantFrom('le', 'quantile', 'a', 'b', '__name__', '1x'), fc.constantFrom('1', '+Inf', '0.5', '', 'a\\"b', 'é')), { maxLength: 4 }),
    fc.constantFrom('1', '-1', 'NaN', '+Inf', '1e400', 'x', ''),
    fc.constantFrom('', ' 1700000000000', ' 1.5', ' -5', ' # {t="1"} 1'),
  ).map(([n, ls, v, tail]) => `${n}${ls.length ? '{' + ls.map(([k, x]) => `${k}="${x}"`).join(',') + '}' : ''} ${v}${tail}`),
  { maxLength: 30 },
).chain((lines) => fc.constantFrom('', '# EOF\n', '# EOF').map((end) => Buffer.from(lines.join('\n') + '\n' + end)))

/** A corpus seed with a few byte-level edits (insert, delete, replace with interesting bytes). */
const mutatedSeed = fc.tuple(
  fc.constantFrom(...SEEDS),
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(0x0a, 0x20, 0x22, 0x5c, 0x7b, 0x7d, 0x2c, 0x3d, 0x23, 0x00, 0xff, 0xc3, 0x09, 0x0d, 0x31)), { minLength: 1, maxLength: 6 }),
).map(([seed, edits]) => {
  const b = [...seed]
  for (const [pos, op, byte] of edits) {
    const i = pos % (b.length + 1)
    if (op === 'insert') b.splice(i, 0, byte)
    else if (op === 'delete') b.splice(i, 1)
    else if (i < b.length) b[i] = byte
  }
  return Buffer.from(b)
})

const anyPayload = fc.oneof(tokenPayload, rawBytes, lineStructured, mutatedSeed)

// ------------------------------------------------------------------ properties

/** Code points per line, counted as the validator counts them (bytes that are not UTF-8 continuation bytes). */
function lineLengths(b: Uint8Array): number[] {
  const out: number[] = []
  let n = 0
  for (const c of b) {
    if (c === 0x0a) { out.push(n); n = 0 } else if ((c & 0xc0) !== 0x80) n++
  }
  out.push(n)
  return out
}

function assertSpanInside(s: Span, lens: number[], what: string): void {
  const msg = `${what} ${JSON.stringify(s)} (line lengths ${lens.length} lines)`
  assert.ok(Number.isInteger(s.line) && s.line >= 1 && s.line <= lens.length, msg)
  assert.ok(Number.isInteger(s.endLine) && s.endLine >= s.line && s.endLine <= lens.length, msg)
  assert.ok(Number.isInteger(s.column) && s.column >= 1 && s.column <= lens[s.line - 1]! + 1, msg)
  // endColumn is one past the last character; a span may cover the line's end (its newline)
  assert.ok(Number.isInteger(s.endColumn) && s.endColumn >= 1 && s.endColumn <= lens[s.endLine - 1]! + 2, msg)
  if (s.endLine === s.line) assert.ok(s.endColumn >= s.column, msg)
}

function checkFindings(findings: Finding[], payload: Uint8Array): void {
  const lens = lineLengths(payload)
  const payloadText = new TextDecoder().decode(payload)
  for (const f of findings) {
    assert.ok(f.rule && f.message && ['error', 'warning', 'info'].includes(f.severity), JSON.stringify(f))
    // a {word} left in a message is an unfilled placeholder, unless the payload holds it (it is quoted from there)
    for (const m of f.message.match(/\{\w+\}/g) ?? []) assert.ok(payloadText.includes(m), `unfilled placeholder: ${f.message}`)
    assertSpanInside(f.location, lens, f.rule)
    for (const r of f.related ?? []) assertSpanInside(r.span, lens, `${f.rule} related`)
    if (f.payload) assert.ok(f.payload.line >= 1 && f.payload.line <= lens.length, `${f.rule} payload.line ${f.payload.line}`)
  }
}

function timed<T>(f: () => T): T {
  const t0 = performance.now()
  const r = f()
  const ms = performance.now() - t0
  assert.ok(ms < BUDGET_MS, `validation took ${ms.toFixed(0)} ms`)
  return r
}

function chunked(payload: Uint8Array, cuts: number[], format: ExpositionFormat): ValidationResult {
  const v = createValidator({ format, file: 'fuzz' })
  let prev = 0
  for (const c of [...new Set(cuts.map((x) => x % (payload.length + 1)))].sort((a, b) => a - b)) {
    v.push(payload.subarray(prev, c))
    prev = c
  }
  v.push(payload.subarray(prev))
  return v.end()
}

const params = { seed: SEED, numRuns: RUNS, endOnFailure: true }

for (const format of TEXT_FORMATS) {
  test(`fuzz ${format}: never throws, never hangs, positions inside the input`, { timeout: 60_000 }, () => {
    fc.assert(fc.property(anyPayload, (payload) => {
      const r = timed(() => validatePayload(payload, { format, file: 'fuzz' }))
      assert.ok(Number.isInteger(r.samples) && r.samples >= 0 && Number.isInteger(r.families) && r.families >= 0)
      checkFindings(r.findings, payload)
    }), params)
  })

  test(`fuzz ${format}: chunked push gives the same result as one push`, { timeout: 60_000 }, () => {
    fc.assert(fc.property(anyPayload, fc.array(fc.nat(), { maxLength: 8 }), (payload, cuts) => {
      const whole = validatePayload(payload, { format, file: 'fuzz' })
      assert.deepEqual(chunked(payload, cuts, format), whole)
    }), params)
  })
}

test('fuzz text-0.0.4: byte-by-byte push equals one push on the seeds', () => {
  for (const seed of SEEDS) {
    for (const format of TEXT_FORMATS) {
      const v = createValidator({ format, file: 'fuzz' })
      for (let i = 0; i < seed.length; i++) v.push(seed.subarray(i, i + 1))
      assert.deepEqual(v.end(), validatePayload(seed, { format, file: 'fuzz' }))
    }
  }
})

// ------------------------------------------------------------------ protobuf

const pbFamily = fc.record({
  name: fc.constantFrom('', 'a_total', 'x.y', 'h_seconds', 'g'),
  help: fc.option(fc.constantFrom('h', ''), { nil: undefined }),
  type: fc.integer({ min: 0, max: 7 }),
  metric: fc.array(fc.record({
    label: fc.array(fc.record({ name: fc.constantFrom('a', 'le', '', '__name__', 'b-c'), value: fc.constantFrom('1', '', 'é') }), { maxLength: 3 }),
    counter: fc.option(fc.record({ value: fc.double() }), { nil: undefined }),
    gauge: fc.option(fc.record({ value: fc.double() }), { nil: undefined }),
    histogram: fc.option(fc.record({
      sampleCount: fc.nat(20),
      sampleSum: fc.double(),
      bucket: fc.array(fc.record({ upperBound: fc.double(), cumulativeCount: fc.nat(20) }), { maxLength: 4 }),
      schema: fc.integer({ min: -60, max: 12 }),
      zeroThreshold: fc.double(),
      positiveSpan: fc.array(fc.record({ offset: fc.integer({ min: -5, max: 5 }), length: fc.nat(4) }), { maxLength: 3 }),
      positiveDelta: fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 6 }),
    }, { requiredKeys: ['sampleCount'] }), { nil: undefined }),
  }, { requiredKeys: ['label'] }), { maxLength: 4 }),
})

const pbPayload = fc.oneof(
  fc.array(pbFamily, { maxLength: 4 }).map((fs) => encodeMetricFamilies(fs)),
  fc.uint8Array({ maxLength: 400 }),
  fc.tuple(fc.array(pbFamily, { minLength: 1, maxLength: 3 }), fc.nat(), fc.nat(255)).map(([fs, pos, byte]) => {
    const b = encodeMetricFamilies(fs).slice()
    if (b.length) b[pos % b.length] = byte
    return b
  }),
)

test('fuzz protobuf: never throws, positions inside the input, chunked equals one push', { timeout: 60_000 }, () => {
  fc.assert(fc.property(pbPayload, fc.array(fc.nat(), { maxLength: 6 }), (payload, cuts) => {
    const whole = timed(() => validateProtobuf(payload, { file: 'fuzz' }))
    for (const f of whole.findings) {
      assert.equal(f.location.line, 1)
      assert.ok(f.location.column >= 1 && f.location.endColumn >= f.location.column && f.location.endColumn <= payload.length + 1, JSON.stringify(f.location))
      assert.ok(!/\{\w+\}/.test(f.message), f.message)
    }
    const v = createProtobufValidator({ file: 'fuzz' })
    let prev = 0
    for (const c of [...new Set(cuts.map((x) => x % (payload.length + 1)))].sort((a, b) => a - b)) {
      v.push(payload.subarray(prev, c))
      prev = c
    }
    v.push(payload.subarray(prev))
    assert.deepEqual(v.end(), whole)
  }), params)
})
