import { test } from 'node:test'
import assert from 'node:assert/strict'
import { brief, run, runChunked } from './helpers.js'

interface Case { name: string; input: string; expect: string[]; verdict?: string }

/** Text 0.0.4 grammar: each case lists every finding as rule@line:column. */
const cases: Case[] = [
  { name: 'valid sample lines', input: '# HELP a h\n# TYPE a gauge\na 1\nb{x="y",z="w"} -Inf 123\nc{} NaN\n', expect: [] },
  { name: 'leading blanks before a metric name (2.x fails, 3.x keeps them in the name)', input: '  d 2\n\te{x="y"} 1\n', expect: ['unexpected-token@1:1', 'unexpected-token@2:1'] },
  { name: 'trailing comma is allowed', input: 'a{b="c",} 1\n', expect: [] },
  { name: 'missing comma', input: 'a{b="c" d="e"} 1\n', expect: ['missing-comma-between-labels@1:9'], verdict: 'spec' },
  { name: 'invalid metric name char', input: 'a-b 1\n', expect: ['invalid-metric-name@1:2'], verdict: 'scrape-fails' },
  { name: 'digit starts a line', input: '0a 1\n', expect: ['invalid-metric-name@1:1'] },
  { name: 'label name starts with digit', input: 'a{0="x"} 1\n', expect: ['invalid-label-name@1:3'] },
  { name: 'unquoted label value', input: "a{b='c'} 1\n", expect: ['invalid-label-value@1:5'] },
  { name: 'unterminated label value', input: 'a{b="c} 1\n', expect: ['invalid-label-value@1:5'] },
  { name: 'unknown escape', input: 'a{b="\\t"} 1\n', expect: ['invalid-escape-sequence@1:6'], verdict: 'spec' },
  { name: 'missing value', input: 'a\n', expect: ['invalid-value@1:2'] },
  { name: 'bad value', input: 'a true\n', expect: ['invalid-value@1:3'] },
  { name: 'hex float', input: 'a 0x1p3\n', expect: ['invalid-value@1:3'] },
  { name: 'underscore in value', input: 'a 1_000\n', expect: ['invalid-value@1:3'] },
  { name: 'Go float forms', input: 'a 1e3\nb .5\nc 5.\nd +Inf\ne -inf\nf Infinity\ng nan\nh +1.5E-3\n', expect: [] },
  { name: 'signed NaN', input: 'a -NaN\n', expect: ['invalid-value@1:3'] },
  { name: 'value out of range', input: 'a 1e309\n', expect: ['invalid-value@1:3'] },
  { name: 'negative timestamp', input: 'a 1 -1\n', expect: ['invalid-timestamp@1:5'], verdict: 'scrape-fails' },
  { name: 'float timestamp', input: 'a 1 1.5\n', expect: ['invalid-timestamp@1:5'] },
  { name: 'garbage after timestamp', input: 'a 1 2 3\n', expect: ['unexpected-token@1:7'] },
  { name: 'exemplar in text', input: 'a 1 # {t="1"} 1\n', expect: ['invalid-exemplar@1:5'] },
  { name: 'invalid type', input: '# TYPE a foo\na 1\n', expect: ['invalid-type@1:10'] },
  { name: 'OpenMetrics type in text', input: '# TYPE a info\na 1\n', expect: ['invalid-type@1:10'] },
  { name: 'CRLF', input: 'a 1\r\nb 2\r\n', expect: ['crlf-line-ending@1:4'] },
  { name: 'duplicate label', input: 'a{b="1",b="2"} 1\n', expect: ['duplicate-label-name@1:9'], verdict: 'scrape-fails' },
  { name: 'duplicate label, both empty (Prometheus drops empty labels)', input: 'a{b="",b=""} 1\n', expect: ['duplicate-label-name@1:8'], verdict: 'spec' },
  { name: 'duplicate label, one empty (Prometheus drops both)', input: 'a{b="",b="x"} 1\nc{d="x",d=""} 1\n', expect: ['duplicate-label-name@1:8', 'duplicate-label-name@2:9'], verdict: 'accepted-but-wrong' },
  { name: 'invalid UTF-8 in label value', input: 'a{b="\xff"} 1\n', expect: [] },
  { name: 'raw newline in a label value (Prometheus accepts)', input: 'a{b="x\ny"} 1\nc 2\n', expect: ['invalid-label-value@1:5'], verdict: 'spec' },
  { name: 'unterminated label value, later lines still read', input: 'a{b="x} 1\nc 2\nd x\n', expect: ['invalid-label-value@1:5', 'invalid-value@3:3'], verdict: 'scrape-fails' },
  { name: 'leading blanks before a comment, blank between name and brace', input: '  # HELP a x\na {b="1"} 1\n', expect: [] },
  { name: 'HELP after samples is allowed in text', input: 'a 1\n# HELP a x\n', expect: [] },
  { name: 'no final line feed', input: 'a 1', expect: ['missing-final-newline@1:4'], verdict: 'spec' },
  { name: 'untyped x, x_sum, x_count are one family', input: 'x{quantile="0.5"} 1\nx_sum 1\nx_count 1\nx{quantile="0.9"} 1\ny 1\nx_sum{a="b"} 1\n', expect: ['interleaved-family@6:1'] },
  { name: 'quoted name in text 0.0.4 is a warning on Prometheus 3', input: '{"a.b"} 1\n', expect: ['quoted-name@1:2'] },
  { name: 'OpenMetrics-looking body served as text', input: '# UNIT a_seconds seconds\na_seconds 1\n', expect: ['format-mismatch@1:1'] },
  { name: 'comment lines and blank lines', input: '# just a comment\n\n#another\na 1\n', expect: [] },
  { name: 'errors on several lines are all reported', input: 'a{ 1\nb 2\nc x\n', expect: ['invalid-label-name@1:4', 'invalid-value@3:3'] },
]

for (const c of cases) {
  test(`text 0.0.4: ${c.name}`, () => {
    const findings = run(c.input)
    assert.deepEqual(brief(findings), c.expect)
    if (c.verdict) assert.equal(findings[0].verdict?.kind, c.verdict)
    for (const f of findings) {
      assert.ok(f.payload && typeof f.payload.text === 'string')
      assert.ok(f.location.endColumn > f.location.column)
    }
  })
}

test('invalid UTF-8 bytes in a label value fail the scrape', () => {
  const bytes = new Uint8Array([...Buffer.from('a{b="'), 0xff, ...Buffer.from('"} 1\n')])
  assert.deepEqual(brief(run(bytes)), ['invalid-utf8@1:6'])
})

const semantic: Case[] = [
  { name: 'duplicate series (label order ignored)', input: 'a{x="1",y="2"} 1\na{y="2",x="1"} 2\n', expect: ['duplicate-series@2:1'] },
  { name: 'interleaved family', input: 'a 1\nb 1\na{x="1"} 1\n', expect: ['interleaved-family@3:1'] },
  { name: 'TYPE after samples', input: 'a 1\n# TYPE a gauge\n', expect: ['metadata-after-samples@2:1'] },
  { name: 'duplicate HELP', input: '# HELP a x\n# HELP a y\na 1\n', expect: ['duplicate-metadata@2:1'] },
  {
    name: 'histogram without +Inf', input: '# TYPE h histogram\nh_bucket{le="1"} 1\nh_sum 1\nh_count 1\n',
    expect: ['histogram-missing-inf@2:1'],
  },
  {
    name: 'histogram not cumulative, out of order, count mismatch',
    input: '# TYPE h histogram\nh_bucket{le="1"} 5\nh_bucket{le="2"} 4\nh_bucket{le="0.5"} 6\nh_bucket{le="+Inf"} 7\nh_sum 1\nh_count 8\n',
    expect: ['histogram-count-mismatch@2:1', 'histogram-buckets-not-cumulative@3:18', 'histogram-buckets-out-of-order@4:14'],
  },
  { name: 'histogram bucket without le', input: '# TYPE h histogram\nh_bucket 1\nh_bucket{le="+Inf"} 1\nh_sum 1\nh_count 1\n', expect: ['histogram-missing-le@2:1'] },
  { name: 'histogram invalid le', input: '# TYPE h histogram\nh_bucket{le="x"} 1\nh_bucket{le="+Inf"} 1\nh_sum 1\nh_count 1\n', expect: ['histogram-invalid-le@2:14'] },
  { name: 'histogram missing _sum', input: '# TYPE h histogram\nh_bucket{le="+Inf"} 1\nh_count 1\n', expect: ['histogram-missing-sum-or-count@2:1'] },
  { name: 'summary quantile out of range', input: '# TYPE s summary\ns{quantile="1.5"} 1\ns_sum 1\ns_count 1\n', expect: ['summary-invalid-quantile@2:13'] },
  { name: 'negative counter', input: '# TYPE c counter\nc -1\n', expect: ['counter-negative@2:3'] },
  { name: 'timestamp in seconds', input: 'a 1 1700000000\n', expect: ['timestamp-in-seconds@1:5'] },
  { name: 'timestamp in ms', input: 'a 1 1700000000000\n', expect: [] },
]
for (const c of semantic) {
  test(`semantics: ${c.name}`, () => assert.deepEqual(brief(run(c.input)), c.expect))
}

test('limits: one finding each, with counts', () => {
  const lines = ['# TYPE a gauge']
  for (let i = 0; i < 12; i++) lines.push(`a{i="${i}",long_label_name="${'v'.repeat(i)}"} 1`)
  const findings = run(lines.join('\n') + '\n', 'text-0.0.4', {
    limits: { sampleLimit: 10, labelLimit: 4, labelNameLengthLimit: 10, labelValueLengthLimit: 8, bodySizeLimitBytes: 100 },
  })
  const byRule = new Map(findings.map((f) => [f.rule, f]))
  assert.match(byRule.get('exposition/sample-limit-exceeded')!.message, /exposes 12 samples; sample_limit is 10: every scrape will fail/)
  assert.equal(byRule.get('exposition/sample-limit-exceeded')!.location.line, 12)
  assert.match(byRule.get('exposition/label-limit-exceeded')!.message, /5 labels/)
  // 11, not 12: the first sample's long_label_name="" is empty, and Prometheus drops a label with an empty value before the limits
  assert.match(byRule.get('exposition/label-name-length-limit-exceeded')!.message, /"long_label_name" is 15 bytes; label_name_length_limit is 10.*11 label name/)
  assert.equal(byRule.get('exposition/label-value-length-limit-exceeded')!.location.line, 11)
  assert.ok(byRule.has('exposition/body-size-limit-exceeded'))
  assert.equal(findings.length, 5)
})

test('limits: __name__ counts (its 8-byte name, the metric name as its value), a body of exactly body_size_limit fails', () => {
  const value = run('abcdefghijklmnopqrstu 1\nb 1\n', 'text-0.0.4', { limits: { labelValueLengthLimit: 20 } })
  assert.deepEqual(brief(value), ['label-value-length-limit-exceeded@1:1'])
  assert.match(value[0].message, /value of label "__name__" is 21 bytes; label_value_length_limit is 20/)
  assert.deepEqual(run('abcdefghijklmnopqrst 1\n', 'text-0.0.4', { limits: { labelValueLengthLimit: 20 } }), [])
  const name = run('a 1\n', 'text-0.0.4', { limits: { labelNameLengthLimit: 7 } })
  assert.deepEqual(brief(name), ['label-name-length-limit-exceeded@1:1'])
  assert.match(name[0].message, /label name "__name__" is 8 bytes/)
  assert.deepEqual(run('a 1\n', 'text-0.0.4', { limits: { labelNameLengthLimit: 8 } }), [])
  assert.deepEqual(brief(run('a 1\nb 1\n', 'text-0.0.4', { limits: { bodySizeLimitBytes: 8 } })), ['body-size-limit-exceeded@2:1'])
  assert.deepEqual(run('a 1\nb 1\n', 'text-0.0.4', { limits: { bodySizeLimitBytes: 9 } }), [])
})

test('chunk boundaries: same findings whatever the split', () => {
  const payload = '# HELP a \u00e9t\u00e9\n# TYPE a counter\na{b="\u00fc\\n\\"x"} -1 1700000000\na{b="c" d="e"} 1\nz-1 2\n' +
    'a 1\n# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_sum 1\nh_count 1\nlast{x="y"} 1'
  const whole = run(payload)
  assert.equal(whole.length, 6)
  for (const size of [1, 2, 3, 7, 64]) assert.deepEqual(runChunked(payload, size), whole, `chunk size ${size}`)
})

test('columns count code points', () => {
  const f = run('a{b="\u00e9\u00e9",c="x\\q"} 1\n')
  assert.deepEqual(brief(f), ['invalid-escape-sequence@1:14'])
})

test('a NUL at the start of a line: the rest is lost, the scrape succeeds (text) or fails (OpenMetrics)', () => {
  const text = run('a 1\n\u0000b 1\nc 1\n')
  assert.deepEqual(brief(text), ['invalid-null-byte@2:1'])
  assert.equal(text[0].verdict?.kind, 'accepted-but-wrong')
  const om = run('a 1\n\u0000b 1\n# EOF\n', 'openmetrics-1.0.0')
  assert.deepEqual(brief(om).filter((x) => x.startsWith('invalid-null-byte')), ['invalid-null-byte@2:1'])
  assert.equal(om.find((f) => f.rule === 'exposition/invalid-null-byte')?.verdict?.kind, 'scrape-fails')
})

test('leading blanks before a metric name: scrape fails on 2.x, a warning on 3.x', () => {
  const v2 = run('  a 1\n', 'text-0.0.4', { prometheusVersion: '2.42' })
  assert.deepEqual(brief(v2), ['unexpected-token@1:1'])
  assert.deepEqual(v2[0].verdict, { kind: 'scrape-fails', versions: '<3.0' })
  assert.equal(v2[0].severity, 'error')
  assert.equal(v2[0].location.endColumn, 3)
  const v3 = run('  a 1\n', 'text-0.0.4', { prometheusVersion: '3.5' })
  assert.deepEqual(v3.map((f) => [f.severity, f.verdict?.kind]), [['warning', 'accepted-but-wrong']])
  // blanks before a comment or a quoted name in braces are not part of a name
  assert.deepEqual(brief(run('  # HELP a x\n  {"a.b"} 1\n', 'text-1.0.0', { prometheusVersion: '3.5' })), [])
})

test('duplicate label names: the verdict follows what Prometheus does with empty values', () => {
  assert.equal(run('a{b="1",b="1"} 1\n')[0].verdict?.kind, 'scrape-fails')
  assert.equal(run('a{b="",b=""} 1\n')[0].verdict?.kind, 'spec')
  assert.equal(run('a{b="1",c="2",b=""} 1\n')[0].verdict?.kind, 'accepted-but-wrong')
  assert.equal(run('a{__name__="a"} 1\n')[0].verdict?.kind, 'scrape-fails')
})

test('quoted names fail the scrape on Prometheus 2.x', () => {
  const f = run('{"a.b"} 1\n', 'text-1.0.0', { prometheusVersion: '2.53.0' })
  assert.deepEqual(brief(f), ['quoted-name@1:2'])
  assert.deepEqual(f[0].verdict, { kind: 'scrape-fails', versions: '<3.0' })
  assert.deepEqual(brief(run('{"a.b",c="d"} 1\n', 'text-1.0.0')), [])
})

test('raw newlines: same findings whatever the split', () => {
  const payload = 'a{b="x\ny\nz"} 1\nc 2\nd{e="f} 1\ng 1\n'
  const whole = run(payload)
  assert.deepEqual(brief(whole), ['invalid-label-value@1:5', 'invalid-label-value@5:5'])
  for (const size of [1, 2, 5]) assert.deepEqual(runChunked(payload, size), whole)
})

test('every finding carries a verdict and the payload line', () => {
  const f = run('a{b="c" d="e"} 1 -1\nx 1e999\n')
  assert.ok(f.length >= 2)
  for (const x of f) {
    assert.ok(x.verdict && ['spec', 'scrape-fails', 'accepted-but-wrong'].includes(x.verdict.kind))
    assert.equal(x.payload?.line, x.location.line)
    assert.equal(typeof x.payload?.text, 'string')
  }
})

test('adversarial shapes are read to the end with one finding each (no timing asserted)', () => {
  const manyLabels = 'a{' + Array.from({ length: 100_000 }, (_, i) => `l${i}="v"`).join(',') + '} 1\nb 1\n'
  assert.deepEqual(brief(run(manyLabels, 'text-0.0.4', { limits: { labelLimit: 100 } })), ['label-limit-exceeded@1:1'])
  const sameName = 'a{' + Array.from({ length: 100_000 }, () => 'l="v"').join(',') + '} 1\n'
  assert.deepEqual(brief(run(sameName)), ['duplicate-label-name@1:9'])
  const longValue = 'a{b="' + 'x'.repeat(10_000_000) + '"} 1\n'
  const f = run(longValue, 'text-0.0.4', { limits: { labelValueLengthLimit: 1000 } })
  assert.deepEqual(brief(f), ['label-value-length-limit-exceeded@1:6'])
  assert.match(f[0].message, /10,000,000 bytes/)
  assert.ok(f[0].payload!.text.length <= 201)
  const escapes = 'a{b="' + '\\\\'.repeat(1_000_000) + '"} 1\n'
  assert.deepEqual(brief(run(escapes)), [])
})
