import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { request } from 'node:http'
import {
  allProtobufRules, createProtobufValidator, docsExampleBytes, encodeMetricFamilies, validateProtobuf,
} from '../../src/exposition/protobuf/index.js'
import type { Finding } from '../../src/finding.js'
import { freePort } from '../tools.js'

const opts = { file: 'payload.pb' }
const rules = (fs: Finding[]) => [...new Set(fs.map((f) => f.rule))].sort()
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error')

// ---------------------------------------------------------------- an independent tiny encoder
// (not protobufjs) so the decoder is checked against bytes written by hand from metrics.proto.
function varint(n: number): number[] {
  const out: number[] = []
  while (n > 127) { out.push((n & 127) | 128); n = Math.floor(n / 128) }
  out.push(n)
  return out
}
const tag = (field: number, wire: number) => varint(field * 8 + wire)
const str = (field: number, s: string) => { const b = [...Buffer.from(s)]; return [...tag(field, 2), ...varint(b.length), ...b] }
const msg = (field: number, body: number[]) => [...tag(field, 2), ...varint(body.length), ...body]
const dbl = (field: number, v: number) => { const b = Buffer.alloc(8); b.writeDoubleLE(v); return [...tag(field, 1), ...b] }
const delimited = (...messages: number[][]) => Uint8Array.from(messages.flatMap((m) => [...varint(m.length), ...m]))

const goodGauge = [...str(1, 'temperature_celsius'), ...str(2, 'Temperature.'), ...tag(3, 0), 1,
  ...msg(4, [...msg(1, [...str(1, 'room'), ...str(2, 'kitchen')]), ...msg(2, dbl(1, 21.5))])]

// ---------------------------------------------------------------- valid payloads

const valid = [
  { name: 'http_requests_total', help: 'Requests.', type: 'COUNTER', metric: [
    { label: [{ name: 'code', value: '200' }], counter: { value: 1027, exemplar: { label: [{ name: 'trace_id', value: 'abc' }], value: 1 } } },
    { label: [{ name: 'code', value: '500' }], counter: { value: 3 }, timestampMs: 1700000000000 } ] },
  { name: 'queue_length', help: 'Jobs.', type: 'GAUGE', metric: [{ gauge: { value: -1 } }] },
  { name: 'rpc_duration_seconds', help: 'RPC latency.', type: 'SUMMARY', metric: [
    { summary: { sampleCount: 10, sampleSum: 2.5, quantile: [{ quantile: 0.5, value: 0.2 }, { quantile: 0.99, value: 0.9 }] } } ] },
  { name: 'legacy_value', help: 'Untyped.', type: 'UNTYPED', metric: [{ untyped: { value: 'NaN' } }] },
  { name: 'request_size_bytes', help: 'Sizes.', type: 'HISTOGRAM', metric: [
    { histogram: { sampleCount: 5, sampleSum: 900, bucket: [
      { upperBound: 100, cumulativeCount: 1 }, { upperBound: 1000, cumulativeCount: 4 }, { upperBound: 'Infinity', cumulativeCount: 5 } ] } },
    // classic buckets without +Inf are allowed in protobuf
    { label: [{ name: 'path', value: '/x' }], histogram: { sampleCount: 9, sampleSum: 1, bucket: [{ upperBound: 1, cumulativeCount: 2 }] } } ] },
  { name: 'latency_seconds', help: 'Native.', type: 'HISTOGRAM', metric: [
    // integer native histogram: buckets 1, 2, 4 (deltas 1, +1, +2) on two spans, plus 2 in the zero bucket and 1 negative
    { histogram: { sampleCount: 10, sampleSum: 4.2, schema: 3, zeroThreshold: 2.938735877055719e-39, zeroCount: 2,
      positiveSpan: [{ offset: -2, length: 2 }, { offset: 3, length: 1 }], positiveDelta: [1, 1, 2],
      negativeSpan: [{ offset: 0, length: 1 }], negativeDelta: [1] } },
    // float native histogram
    { label: [{ name: 'kind', value: 'float' }], histogram: { sampleCountFloat: 3.5, sampleSum: 1, schema: -4, zeroThreshold: 0, zeroCountFloat: 0.5,
      positiveSpan: [{ offset: 0, length: 2 }], positiveCount: [1, 2] } },
    // empty native histogram: the no-op span
    { label: [{ name: 'kind', value: 'empty' }], histogram: { sampleCount: 0, sampleSum: 0, schema: 8, positiveSpan: [{ offset: 0, length: 0 }] } } ] },
  { name: 'queue_wait_seconds', help: 'Gauge histogram.', type: 'GAUGE_HISTOGRAM', metric: [
    { histogram: { sampleCount: 2, sampleSum: 1, bucket: [{ upperBound: 1, cumulativeCount: 1 }, { upperBound: 'Infinity', cumulativeCount: 2 }] } } ] },
]

test('valid payload of every type: no findings, families and samples counted', () => {
  const r = validateProtobuf(encodeMetricFamilies(valid), opts)
  assert.deepEqual(r.findings, [])
  assert.equal(r.families, valid.length)
  // 2 counters + 1 gauge + (2 quantiles + 2) + 1 untyped + (3 + 2) + (1 + 1 implicit +Inf + 2) + 3 native + (2 + 2)
  assert.equal(r.samples, 2 + 1 + 4 + 1 + 5 + 4 + 3 + 4)
})

test('exemplars within the limits and created timestamps where Prometheus reads them: no findings', () => {
  const ok = [
    // 128 code points in 130 bytes: the limit counts code points
    fam({ metric: [{ counter: { value: 1, createdTimestamp: { seconds: 1700000000, nanos: 5 }, exemplar: { label: [{ name: 'a', value: '\u2603' + 'x'.repeat(126) }], value: 1, timestamp: { seconds: 1700000001, nanos: 999999999 } } } }] }),
    native({ exemplars: [{ label: [{ name: 'trace_id', value: 'abc' }], value: 0.5, timestamp: { seconds: 1700000000 } }] }),
    fam({ name: 's', type: 'SUMMARY', metric: [{ summary: { sampleCount: 1, sampleSum: 1, createdTimestamp: { seconds: 1700000000 } } }] }),
    fam({ name: 'c_seconds', type: 'HISTOGRAM', metric: [{ histogram: { sampleCount: 1, sampleSum: 1, bucket: [{ upperBound: 1, cumulativeCount: 1 }], createdTimestamp: { seconds: 1700000000 } } }] }),
  ]
  const r = validateProtobuf(encodeMetricFamilies(ok), opts)
  assert.deepEqual(r.findings.filter((f) => !f.rule.startsWith('exposition/lint-')), [])
})

test('hand-encoded bytes decode the same way (independent of protobufjs encoding)', () => {
  const r = validateProtobuf(delimited(goodGauge, goodGauge), opts)
  assert.equal(r.families, 2)
  assert.deepEqual(rules(r.findings), ['exposition/protobuf-duplicate-series'])
  const one = validateProtobuf(delimited(goodGauge), opts)
  assert.deepEqual(one.findings, [])
  assert.equal(one.samples, 1)
})

test('empty body is valid (no families)', () => {
  assert.deepEqual(validateProtobuf(new Uint8Array(), opts), { findings: [], samples: 0, families: 0, bytes: 0 })
})

// ---------------------------------------------------------------- each rule

const fam = (over: Record<string, unknown>) => ({ name: 'x_total', help: 'h', type: 'COUNTER', metric: [{ counter: { value: 1 } }], ...over })
const hist = (h: Record<string, unknown>) => fam({ name: 'h_seconds', type: 'HISTOGRAM', metric: [{ histogram: h }] })
const native = (h: Record<string, unknown>) => hist({ sampleCount: 1, sampleSum: 1, schema: 0, zeroThreshold: 0, positiveSpan: [{ offset: 0, length: 1 }], positiveDelta: [1], ...h })

const invalid: { title: string; families: unknown[]; expect: string[]; version?: string; severity?: string; message?: RegExp }[] = [
  { title: 'empty name', families: [fam({ name: '' })], expect: ['exposition/protobuf-invalid-name'] },
  { title: 'UTF-8 name on Prometheus 2', families: [fam({ name: 'http.requests_total' })], expect: ['exposition/protobuf-invalid-name'], version: '2.53', severity: 'error' },
  { title: 'UTF-8 name on Prometheus 3 is info', families: [fam({ name: 'http.requests_total' })], expect: ['exposition/protobuf-invalid-name'], version: '3.1', severity: 'info' },
  { title: 'empty label name', families: [fam({ metric: [{ label: [{ name: '', value: 'v' }], counter: { value: 1 } }] })], expect: ['exposition/protobuf-invalid-label-name'] },
  { title: '__name__ label', families: [fam({ metric: [{ label: [{ name: '__name__', value: 'v' }], counter: { value: 1 } }] })], expect: ['exposition/protobuf-invalid-label-name'] },
  { title: 'UTF-8 label name on 2.x', families: [fam({ metric: [{ label: [{ name: 'a-b', value: 'v' }], counter: { value: 1 } }] })], expect: ['exposition/protobuf-invalid-label-name'], version: '2.45', severity: 'error' },
  { title: 'duplicate label name', families: [fam({ metric: [{ label: [{ name: 'a', value: '1' }, { name: 'a', value: '2' }], counter: { value: 1 } }] })], expect: ['exposition/protobuf-duplicate-label-name'] },
  { title: 'unknown type', families: [fam({ type: 9 })], expect: ['exposition/protobuf-unknown-type'] },
  { title: 'gauge family with a counter field', families: [fam({ name: 'g', type: 'GAUGE' })], expect: ['exposition/protobuf-type-field-mismatch'] },
  { title: 'counter with an extra gauge field', families: [fam({ metric: [{ counter: { value: 1 }, gauge: { value: 2 } }] })], expect: ['exposition/protobuf-type-field-mismatch'], severity: 'warning' },
  { title: 'duplicate series across families', families: [fam({}), fam({})], expect: ['exposition/protobuf-duplicate-series'] },
  { title: 'duplicate series, labels in another order', families: [fam({ metric: [
    { label: [{ name: 'a', value: '1' }, { name: 'b', value: '2' }], counter: { value: 1 } },
    { label: [{ name: 'b', value: '2' }, { name: 'a', value: '1' }], counter: { value: 1 } }] })], expect: ['exposition/protobuf-duplicate-series'] },
  { title: 'quantile above 1', families: [fam({ name: 's', type: 'SUMMARY', metric: [{ summary: { sampleCount: 1, sampleSum: 1, quantile: [{ quantile: 99, value: 1 }] } }] })], expect: ['exposition/protobuf-summary-quantile-range'] },
  { title: 'buckets out of order', families: [hist({ sampleCount: 2, sampleSum: 1, bucket: [{ upperBound: 1, cumulativeCount: 1 }, { upperBound: 0.5, cumulativeCount: 2 }] })], expect: ['exposition/protobuf-histogram-bucket-order'] },
  { title: 'repeated bound', families: [hist({ sampleCount: 2, sampleSum: 1, bucket: [{ upperBound: 1, cumulativeCount: 1 }, { upperBound: 1, cumulativeCount: 2 }] })], expect: ['exposition/protobuf-histogram-bucket-order'] },
  { title: 'NaN bound', families: [hist({ sampleCount: 2, sampleSum: 1, bucket: [{ upperBound: 'NaN', cumulativeCount: 1 }] })], expect: ['exposition/protobuf-histogram-bucket-order'] },
  { title: 'not cumulative', families: [hist({ sampleCount: 3, sampleSum: 1, bucket: [{ upperBound: 1, cumulativeCount: 3 }, { upperBound: 2, cumulativeCount: 1 }] })], expect: ['exposition/protobuf-histogram-not-cumulative'] },
  { title: '+Inf differs from count', families: [hist({ sampleCount: 3, sampleSum: 1, bucket: [{ upperBound: 'Infinity', cumulativeCount: 2 }] })], expect: ['exposition/protobuf-histogram-not-cumulative'] },
  { title: 'count below last bucket', families: [hist({ sampleCount: 1, sampleSum: 1, bucket: [{ upperBound: 5, cumulativeCount: 2 }] })], expect: ['exposition/protobuf-histogram-not-cumulative'] },
  { title: 'negative float bucket', families: [hist({ sampleCountFloat: 1, sampleSum: 1, bucket: [{ upperBound: 5, cumulativeCountFloat: -2 }] })], expect: ['exposition/protobuf-histogram-not-cumulative'] },
  { title: 'schema 9', families: [native({ schema: 9 })], expect: ['exposition/protobuf-native-histogram-schema'] },
  { title: 'schema -5', families: [native({ schema: -5 })], expect: ['exposition/protobuf-native-histogram-schema'] },
  { title: 'schema -53 without custom bounds', families: [native({ schema: -53 })], expect: ['exposition/protobuf-native-histogram-schema'] },
  { title: 'spans cover more buckets than deltas', families: [native({ positiveSpan: [{ offset: 0, length: 2 }] })], expect: ['exposition/protobuf-native-histogram-spans'] },
  { title: 'negative offset on a later span', families: [native({ sampleCount: 2, positiveSpan: [{ offset: 0, length: 1 }, { offset: -1, length: 1 }], positiveDelta: [1, 0] })], expect: ['exposition/protobuf-native-histogram-spans'] },
  { title: 'deltas and counts on one side', families: [native({ positiveCount: [1] })], expect: ['exposition/protobuf-native-histogram-spans'] },
  { title: 'float histogram with deltas', families: [native({ sampleCount: 0, sampleCountFloat: 1 })], expect: ['exposition/protobuf-native-histogram-spans'] },
  { title: 'native fields but no span', families: [hist({ sampleCount: 0, sampleSum: 0, schema: 3 })], expect: ['exposition/protobuf-native-histogram-spans'] },
  { title: 'deltas go below zero', families: [native({ sampleCount: 0, positiveSpan: [{ offset: 0, length: 2 }], positiveDelta: [1, -2] })], expect: ['exposition/protobuf-native-histogram-negative-count'] },
  { title: 'negative zero count float', families: [native({ sampleCountFloat: 1, zeroCountFloat: -1, positiveDelta: [], positiveCount: [2] })], expect: ['exposition/protobuf-native-histogram-negative-count'] },
  { title: 'negative zero threshold', families: [native({ zeroThreshold: -1 })], expect: ['exposition/protobuf-native-histogram-zero-threshold'] },
  { title: 'NaN zero threshold', families: [native({ zeroThreshold: 'NaN' })], expect: ['exposition/protobuf-native-histogram-zero-threshold'] },
  { title: 'count differs from buckets', families: [native({ sampleCount: 5 })], expect: ['exposition/protobuf-native-histogram-count-mismatch'] },
  { title: 'float count below buckets', families: [native({ sampleCountFloat: 1, positiveDelta: [], positiveCount: [3] })], expect: ['exposition/protobuf-native-histogram-count-mismatch'] },
  // exemplars (counters, classic buckets, native histograms)
  { title: 'exemplar label set over 128 code points', families: [fam({ metric: [{ counter: { value: 1, exemplar: { label: [{ name: 'trace_id', value: 'a'.repeat(121) }], value: 1 } } }] })], expect: ['exposition/protobuf-invalid-exemplar'], severity: 'warning' },
  { title: 'exemplar of 129 code points in 65 glyphs', families: [fam({ metric: [{ counter: { value: 1, exemplar: { label: [{ name: 'a', value: 'e\u0301'.repeat(64) }], value: 1 } } }] })], expect: ['exposition/protobuf-invalid-exemplar'] },
  { title: 'exemplar repeats a label name', families: [fam({ metric: [{ counter: { value: 1, exemplar: { label: [{ name: 't', value: '1' }, { name: 't', value: '2' }], value: 1 } } }] })], expect: ['exposition/protobuf-invalid-exemplar'] },
  { title: 'exemplar label without a name', families: [fam({ metric: [{ counter: { value: 1, exemplar: { label: [{ name: '', value: '1' }], value: 1 } } }] })], expect: ['exposition/protobuf-invalid-exemplar'] },
  { title: 'exemplar label name with a dot on 2.x', families: [fam({ metric: [{ counter: { value: 1, exemplar: { label: [{ name: 'trace.id', value: '1' }], value: 1 } } }] })], expect: ['exposition/protobuf-invalid-exemplar'], version: '2.53' },
  { title: 'classic bucket exemplar too long', families: [hist({ sampleCount: 1, sampleSum: 1, bucket: [{ upperBound: 1, cumulativeCount: 1, exemplar: { label: [{ name: 'id', value: 'x'.repeat(127) }], value: 1 } }] })], expect: ['exposition/protobuf-invalid-exemplar'] },
  { title: 'native histogram exemplar without timestamp', families: [native({ exemplars: [{ label: [{ name: 'trace_id', value: 'abc' }], value: 0.5 }] })], expect: ['exposition/protobuf-invalid-exemplar'] },
  { title: 'exemplar timestamp nanos out of range', families: [fam({ metric: [{ counter: { value: 1, exemplar: { label: [{ name: 't', value: '1' }], value: 1, timestamp: { seconds: 1700000000, nanos: 1000000000 } } } }] })], expect: ['exposition/protobuf-invalid-exemplar'] },
  // created_timestamp
  // GAUGE_HISTOGRAM: protobufparse.go reads Histogram.created_timestamp as for HISTOGRAM (not ignored)
  { title: 'created_timestamp on a classic gauge histogram', families: [fam({ name: 'q_seconds', type: 'GAUGE_HISTOGRAM', metric: [{ histogram: { sampleCount: 2, sampleSum: 1, bucket: [{ upperBound: 1, cumulativeCount: 1 }, { upperBound: 'Infinity', cumulativeCount: 2 }], createdTimestamp: { seconds: 1700000000 } } }] })], expect: ['exposition/protobuf-created-timestamp-ignored'], severity: 'warning', message: /GAUGE_HISTOGRAM family "q_seconds" sets histogram\.created_timestamp: Prometheus \(2\.50\+\) reads it/ },
  { title: 'created_timestamp on a native gauge histogram', families: [fam({ name: 'q_seconds', type: 'GAUGE_HISTOGRAM', metric: [{ histogram: { sampleCount: 1, sampleSum: 1, schema: 0, positiveSpan: [{ offset: 0, length: 1 }], positiveDelta: [1], createdTimestamp: { seconds: 1700000000 } } }] })], expect: ['exposition/protobuf-created-timestamp-ignored'], severity: 'warning', message: /empty histogram at that time/ },
  { title: 'created_timestamp on a gauge family', families: [fam({ name: 'g', type: 'GAUGE', metric: [{ gauge: { value: 1 }, counter: { value: 1, createdTimestamp: { seconds: 1700000000 } } }] })], expect: ['exposition/protobuf-created-timestamp-ignored', 'exposition/protobuf-type-field-mismatch'] },
  // schema -53 (custom buckets), as Prometheus 3.x's Histogram.Validate
  { title: 'custom buckets with a zero count', families: [native({ schema: -53, sampleCount: 2, zeroCount: 1 })], expect: ['exposition/protobuf-native-histogram-custom-buckets', 'exposition/protobuf-native-histogram-schema'] },
  { title: 'custom buckets with a zero threshold', families: [native({ schema: -53, zeroThreshold: 0.001 })], expect: ['exposition/protobuf-native-histogram-custom-buckets', 'exposition/protobuf-native-histogram-schema'] },
  { title: 'custom buckets with negative buckets', families: [native({ schema: -53, sampleCount: 2, negativeSpan: [{ offset: 0, length: 1 }], negativeDelta: [1] })], expect: ['exposition/protobuf-native-histogram-custom-buckets', 'exposition/protobuf-native-histogram-schema'] },
  { title: 'custom buckets with a negative first offset', families: [native({ schema: -53, positiveSpan: [{ offset: -1, length: 1 }] })], expect: ['exposition/protobuf-native-histogram-custom-buckets', 'exposition/protobuf-native-histogram-schema'] },
]

for (const c of invalid) {
  test(`rule: ${c.title}`, () => {
    const bytes = encodeMetricFamilies(c.families)
    const r = validateProtobuf(bytes, { ...opts, prometheusVersion: c.version })
    const found = r.findings.filter((f) => !f.rule.startsWith('exposition/lint-'))
    assert.deepEqual(rules(found), [...c.expect].sort(), JSON.stringify(found.map((f) => f.message)))
    for (const f of found) {
      assert.ok(f.location.line === 1 && f.location.column >= 1 && f.location.endColumn <= bytes.length + 1 && f.location.endColumn >= f.location.column, JSON.stringify(f.location))
      assert.ok(!/\{\w+\}/.test(f.message + (f.hint ?? '')), f.message)
      assert.ok(f.verdict)
      if (c.severity) assert.equal(f.severity, c.severity)
      if (c.message) assert.match(f.message, c.message)
    }
  })
}

test('a metric-level finding points at that Metric sub-message', () => {
  const bytes = delimited(goodGauge, [...str(1, 'g'), ...str(2, 'h'), ...tag(3, 0), 1, ...msg(4, msg(3, dbl(1, 1)))])
  const f = validateProtobuf(bytes, opts).findings.find((x) => x.rule === 'exposition/protobuf-type-field-mismatch')!
  // second message: prefix byte, name (3), help (3), type (2), then the metric field's tag and length
  const secondStart = 1 + goodGauge.length + 1
  assert.equal(f.location.column, secondStart + 3 + 3 + 2 + 2 + 1)
  assert.equal(f.location.endColumn, bytes.length + 1)
})

// ---------------------------------------------------------------- framing

test('framing: truncated message, truncated varint, long varint, oversize, malformed body', () => {
  const good = delimited(goodGauge)
  const cut = validateProtobuf(good.subarray(0, good.length - 3), opts)
  assert.deepEqual(rules(cut.findings), ['exposition/protobuf-bad-framing'])
  assert.match(cut.findings[0]!.message, /declares \d+ bytes at byte 1, but only \d+ follow/)

  const varintCut = validateProtobuf(Uint8Array.from([...good, 0x80]), opts)
  assert.deepEqual(rules(varintCut.findings), ['exposition/protobuf-bad-framing'])
  assert.equal(varintCut.families, 1)
  assert.match(varintCut.findings[0]!.message, /ends inside the length prefix of message 1/)

  const long = validateProtobuf(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), opts)
  assert.match(long.findings[0]!.message, /longer than 5 bytes/)

  const big = validateProtobuf(Uint8Array.from([...varint(1000), 1, 2, 3]), { ...opts, maxMessageBytes: 100 })
  assert.match(big.findings[0]!.message, /declares 1000 bytes, more than the 100-byte limit/)

  // wire type 7 does not exist: the message is malformed, framing goes on to the next one
  const bad = validateProtobuf(delimited([0x0f, 0x00], goodGauge), opts)
  assert.deepEqual(rules(bad.findings), ['exposition/protobuf-malformed-message'])
  assert.equal(bad.families, 1)
  // a length-delimited field that runs past its message
  const overrun = validateProtobuf(delimited([0x0a, 0x05, 0x61]), opts)
  assert.deepEqual(rules(overrun.findings), ['exposition/protobuf-malformed-message'])
})

test('text served as protobuf is reported, not thrown', () => {
  const r = validateProtobuf(Buffer.from('# HELP up x\n# TYPE up gauge\nup 1\n'), opts)
  assert.ok(errors(r.findings).length > 0)
})

test('invalid UTF-8 is caught on the raw bytes', () => {
  const m = [...str(1, 'ok_total'), ...str(2, 'h'), ...tag(3, 0), 0,
    ...msg(4, [...msg(1, [...str(1, 'path'), ...tag(2, 2), 2, 0xc3, 0x28]), ...msg(3, dbl(1, 1))])]
  assert.deepEqual(rules(validateProtobuf(delimited(m), opts).findings), ['exposition/protobuf-invalid-utf8'])
})

test('chunked push gives the same result as one push, at every split point', () => {
  const bytes = encodeMetricFamilies([...valid, fam({}), fam({})])
  const whole = validateProtobuf(bytes, opts)
  for (let cut = 0; cut <= bytes.length; cut += 7) {
    const v = createProtobufValidator(opts)
    v.push(bytes.subarray(0, cut))
    v.push(bytes.subarray(cut))
    assert.deepEqual(v.end(), whole, `split at ${cut}`)
  }
  const v = createProtobufValidator(opts)
  for (let i = 0; i < bytes.length; i++) v.push(bytes.subarray(i, i + 1))
  assert.deepEqual(v.end(), whole, 'byte by byte')
})

test('lints run on protobuf families, with promtool wording', () => {
  const r = validateProtobuf(encodeMetricFamilies([fam({ name: 'requestCount', help: undefined })]), opts)
  assert.deepEqual(r.findings.map((f) => f.message).sort(), [
    'requestCount counter metrics should have "_total" suffix',
    "requestCount metric names should be written in 'snake_case' not 'camelCase'",
    'requestCount no help text',
  ])
  const off = validateProtobuf(encodeMetricFamilies([fam({ help: undefined })]), { ...opts, lintSeverities: { 'exposition/lint-missing-help': 'off' } })
  assert.deepEqual(off.findings, [])
})

test('findings are capped', () => {
  const many = Array.from({ length: 50 }, () => fam({}))
  const r = validateProtobuf(encodeMetricFamilies(many), { ...opts, maxFindings: 10 })
  assert.equal(r.findings.length, 10)
  assert.equal(r.families, 50)
  assert.ok(r.droppedFindings! > 0)
})

// ---------------------------------------------------------------- docs pages

test('docs pages: one per protobuf rule, Incorrect triggers it, Correct is clean', async () => {
  const { readFileSync, existsSync } = await import('node:fs')
  for (const meta of allProtobufRules) {
    const path = `docs/rules/${meta.id}.md`
    assert.ok(existsSync(path), `${path} missing`)
    const md = readFileSync(path, 'utf8')
    const headings = md.split('\n').filter((l) => /^#{1,2} /.test(l))
    assert.deepEqual(headings, [`# ${meta.id}`, '## Incorrect', '## Correct', '## How to fix', '## Options', '## Further reading'], meta.id)
    const blocks = [...md.matchAll(/```(json|hex)\n([\s\S]*?)```/g)].map((m) => docsExampleBytes(m[1]!, m[2]!))
    assert.equal(blocks.length, 2, meta.id)
    assert.ok(validateProtobuf(blocks[0]!, opts).findings.some((f) => f.rule === meta.id), `${meta.id}: Incorrect must trigger it`)
    assert.deepEqual(validateProtobuf(blocks[1]!, opts).findings, [], `${meta.id}: Correct must be clean`)
  }
})

// ---------------------------------------------------------------- a real client: node_exporter (client_golang)


function get(port: number, accept: string): Promise<{ type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/metrics', headers: { accept }, timeout: 5000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ type: String(res.headers['content-type']), body: Buffer.concat(chunks) }))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', reject)
    req.end()
  })
}

const PB = 'application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited'

test('real node_exporter protobuf scrape: no errors, and the lints equal promtool on its text', async (t) => {
  if (spawnSync('prometheus-node-exporter', ['--version']).error) return t.skip('prometheus-node-exporter not installed')
  const port = await freePort()
  const child = spawn('prometheus-node-exporter', [`--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' })
  t.after(() => child.kill())
  let pb: { type: string; body: Buffer } | undefined
  for (let i = 0; i < 50 && !pb; i++) {
    try { pb = await get(port, PB) } catch { await new Promise((r) => setTimeout(r, 100)) }
  }
  assert.ok(pb, 'node_exporter did not answer within 5 s')
  assert.match(pb.type, /application\/vnd\.google\.protobuf/)
  const r = validateProtobuf(pb.body, opts)
  assert.ok(r.families > 50, `families: ${r.families}`)
  assert.deepEqual(errors(r.findings), [])
  const text = await get(port, 'text/plain;version=0.0.4')
  if (spawnSync('promtool', ['--version']).error) return t.diagnostic('promtool not installed: lint comparison skipped')
  const p = spawnSync('promtool', ['check', 'metrics'], { input: text.body, encoding: 'utf8', timeout: 20_000 })
  const theirs = new Set(p.stderr.split('\n').filter(Boolean))
  const ours = new Set(r.findings.filter((f) => f.rule.startsWith('exposition/lint-')).map((f) => f.message))
  assert.deepEqual(ours, theirs)
})

test('job limits apply to protobuf payloads, with the text formats\' rule ids', () => {
  const families = [fam({ metric: [
    { label: [{ name: 'a', value: 'x'.repeat(50) }, { name: 'b'.repeat(20), value: '1' }], counter: { value: 1 } },
    { label: [{ name: 'a', value: '2' }], counter: { value: 1 } },
    { label: [{ name: 'a', value: '3' }], counter: { value: 1 } },
  ] })]
  const bytes = encodeMetricFamilies(families)
  const r = validateProtobuf(bytes, { ...opts, limits: { sampleLimit: 2, labelLimit: 4, labelNameLengthLimit: 10, labelValueLengthLimit: 10, bodySizeLimitBytes: 10 } })
  const by = new Map(r.findings.map((f) => [f.rule, f]))
  assert.match(by.get('exposition/sample-limit-exceeded')!.message, /exposes 3 samples; sample_limit is 2/)
  assert.match(by.get('exposition/label-limit-exceeded')!.message, /this sample has 5 labels .* label_limit is 4/)
  assert.match(by.get('exposition/label-name-length-limit-exceeded')!.message, /label name "bbbbbbbbbbbbbbbbbbbb" is 20 bytes/)
  assert.match(by.get('exposition/label-value-length-limit-exceeded')!.message, /is 50 bytes/)
  assert.match(by.get('exposition/body-size-limit-exceeded')!.message, new RegExp(`serves ${bytes.length} bytes`))
  for (const f of r.findings.filter((x) => x.rule.endsWith('limit-exceeded'))) assert.deepEqual(f.verdict, { kind: 'scrape-fails' })
  // the third metric crosses sample_limit 2
  assert.ok(by.get('exposition/sample-limit-exceeded')!.location.column > by.get('exposition/label-limit-exceeded')!.location.column)
  assert.deepEqual(validateProtobuf(bytes, { ...opts, limits: { sampleLimit: 3, labelLimit: 5 } }).findings, [])
  // body_size_limit: a body of exactly the limit already fails (Prometheus reads limit bytes and errors at n >= limit)
  const body = (limit: number) => validateProtobuf(bytes, { ...opts, limits: { bodySizeLimitBytes: limit } }).findings.map((f) => f.rule)
  assert.deepEqual(body(bytes.length), ['exposition/body-size-limit-exceeded'])
  assert.deepEqual(body(bytes.length + 1), [])
})
