/**
 * Every message of every exposition rule is produced by some input, with its placeholders filled
 * (ESLint's RuleTester rejects a message no case uses). Negotiation messages are covered in
 * negotiate.test.ts.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { allRules, negotiationRuleIds, type ExpositionFormat, type ValidatorOptions } from '../../src/exposition/index.js'
import { rules } from '../../src/exposition/rules/index.js'
import { fill } from '../../src/check.js'
import { run } from './helpers.js'

const T: ExpositionFormat = 'text-0.0.4'
const OM: ExpositionFormat = 'openmetrics-1.0.0'
const LIMITS: Partial<ValidatorOptions> = {
  limits: { sampleLimit: 1, labelLimit: 3, labelNameLengthLimit: 3, labelValueLengthLimit: 3, bodySizeLimitBytes: 10 },
}

/** [rule id suffix, messageId, input, format, options] */
const CASES: [string, string, string | Uint8Array, ExpositionFormat, Partial<ValidatorOptions>?][] = [
  ['invalid-metric-name', 'missing', '-a 1\n', T],
  ['invalid-metric-name', 'invalidChar', 'a.b 1\n', T],
  ['invalid-metric-name', 'empty', '{""} 1\n', 'text-1.0.0'],
  ['invalid-metric-name', 'twice', 'a{"b"} 1\n', 'text-1.0.0'],
  ['invalid-label-name', 'invalidChar', 'a{1="x"} 1\n', T],
  ['missing-comma-between-labels', 'missing', 'a{b="1" c="2"} 1\n', T],
  ['invalid-label-value', 'unquoted', 'a{b=1} 1\n', T],
  ['invalid-label-value', 'unterminated', 'a{b="1} 1\n', T],
  ['invalid-label-value', 'rawNewline', 'a{b="1\n2"} 1\n', T],
  ['invalid-escape-sequence', 'label', 'a{b="\\q"} 1\n', T],
  ['invalid-escape-sequence', 'help', '# HELP a x\\q\na 1\n', T],
  ['invalid-escape-sequence', 'name', '{"a\\q"} 1\n', 'text-1.0.0'],
  ['invalid-utf8', 'bytes', new Uint8Array([0x61, 0x7b, 0x62, 0x3d, 0x22, 0xff, 0x22, 0x7d, 0x20, 0x31, 0x0a]), T],
  ['invalid-null-byte', 'nul', '\u0000a 1\n', T],
  ['invalid-value', 'syntax', 'a x\n', T],
  ['invalid-value', 'range', 'a 1e999\n', T],
  ['invalid-value', 'missing', 'a\n', T],
  ['invalid-timestamp', 'syntax', 'a 1 x\n', T],
  ['invalid-timestamp', 'negative', 'a 1 -1\n', T],
  ['invalid-timestamp', 'range', 'a 1 99999999999999999999\n', T],
  ['unexpected-token', 'afterTimestamp', 'a 1 2 3\n', T],
  ['unexpected-token', 'afterLabels', 'a{b} 1\n', T],
  ['unexpected-token', 'trailingSpace', 'a 1 \n# EOF\n', OM],
  ['unexpected-token', 'leadingSpace', ' a 1\n# EOF\n', OM],
  ['unexpected-token', 'separator', 'a\t1\n# EOF\n', OM],
  ['unexpected-token', 'unclosed', 'a{b="c"\n', T],
  ['unexpected-token', 'comment', '# hi\na 1\n# EOF\n', OM],
  ['unexpected-token', 'trailingComma', 'a{b="c",} 1\n# EOF\n', OM],
  ['crlf-line-ending', 'crlf', 'a 1\r\n', T],
  ['invalid-type', 'unknown', '# TYPE a b\n', T],
  ['invalid-type', 'whitespace', '# TYPE a  gauge\n', T],
  ['invalid-type', 'missing', '# TYPE a\n', T],
  ['malformed-metadata', 'missingName', '# HELP \n', T],
  ['malformed-metadata', 'badName', '# HELP 1a x\n', T],
  ['malformed-metadata', 'missingText', '# UNIT a\n# EOF\n', OM],
  ['quoted-name', 'unsupported', '{"a.b"} 1\n', T],
  ['duplicate-label-name', 'duplicate', 'a{b="1",b="2"} 1\n', T],
  ['duplicate-series', 'duplicate', 'a 1\na 2\n', T],
  ['interleaved-family', 'interleaved', 'a 1\nb 1\na{c="d"} 1\n', T],
  ['metadata-after-samples', 'after', 'a 1\n# TYPE a gauge\n', T],
  ['duplicate-metadata', 'duplicate', '# HELP a x\n# HELP a x\n', T],
  ['duplicate-metadata', 'conflicting', '# HELP a x\n# HELP a y\n', T],
  ['histogram-missing-inf', 'missing', '# TYPE h histogram\nh_bucket{le="1"} 1\nh_sum 1\nh_count 1\n', T],
  ['histogram-missing-le', 'missing', '# TYPE h histogram\nh_bucket 1\n', T],
  ['histogram-invalid-le', 'invalid', '# TYPE h histogram\nh_bucket{le="x"} 1\n', T],
  ['histogram-invalid-le', 'infSpelling', '# TYPE h histogram\nh_bucket{le="+INF"} 1\n# EOF\n', OM],
  ['histogram-buckets-not-cumulative', 'decreasing', '# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\n', T],
  ['histogram-buckets-out-of-order', 'order', '# TYPE h histogram\nh_bucket{le="2"} 1\nh_bucket{le="1"} 1\n', T],
  ['histogram-buckets-out-of-order', 'duplicate', '# TYPE h histogram\nh_bucket{le="1"} 1\nh_bucket{le="1.0"} 1\n', T],
  ['histogram-count-mismatch', 'mismatch', '# TYPE h histogram\nh_bucket{le="+Inf"} 1\nh_sum 1\nh_count 2\n', T],
  ['histogram-missing-sum-or-count', 'missingSum', '# TYPE h histogram\nh_bucket{le="+Inf"} 1\nh_count 1\n', T],
  ['histogram-missing-sum-or-count', 'missingCount', '# TYPE s summary\ns_sum 1\n', T],
  ['summary-invalid-quantile', 'invalid', '# TYPE s summary\ns{quantile="x"} 1\n', T],
  ['summary-invalid-quantile', 'range', '# TYPE s summary\ns{quantile="2"} 1\n', T],
  ['summary-invalid-quantile', 'missing', '# TYPE s summary\ns 1\n', T],
  ['summary-invalid-quantile', 'negativeValue', '# TYPE s summary\ns{quantile="0.5"} -1\n# EOF\n', OM],
  ['counter-negative', 'negative', '# TYPE c counter\nc -1\n', T],
  ['timestamp-in-seconds', 'seconds', 'a 1 1700000000\n', T],
  ['timestamp-in-seconds', 'millis', 'a 1 1700000000000\n# EOF\n', OM],
  ['sample-limit-exceeded', 'exceeded', 'a 1\nb 1\n', T, LIMITS],
  ['label-limit-exceeded', 'exceeded', 'a{b="1",c="2"} 1\n', T, LIMITS],
  ['label-name-length-limit-exceeded', 'exceeded', 'a{long="1"} 1\n', T, LIMITS],
  ['label-value-length-limit-exceeded', 'exceeded', 'a{b="long"} 1\n', T, LIMITS],
  ['label-limit-exceeded', 'exceededTarget', 'a{b="1"} 1\n', T, { limits: { labelLimit: 3 }, target: { labels: { job: 'j', instance: 'i' } } }],
  ['label-name-length-limit-exceeded', 'target', 'a 1\n', T, { limits: { labelNameLengthLimit: 8 }, target: { labels: { job: 'j', instance: 'i', long_name: 'x' } } }],
  ['label-value-length-limit-exceeded', 'target', 'a 1\n', T, { limits: { labelValueLengthLimit: 3 }, target: { labels: { job: 'j', instance: 'host:9100' } } }],
  ['body-size-limit-exceeded', 'exceeded', 'a_long_name 1\n', T, LIMITS],
  ['openmetrics-missing-eof', 'missing', 'a 1\n', OM],
  ['openmetrics-content-after-eof', 'after', 'a 1\n# EOF\nb 1\n', OM],
  ['openmetrics-blank-line', 'blank', 'a 1\n\n# EOF\n', OM],
  ['openmetrics-invalid-sample-name', 'suffix', '# TYPE a counter\na 1\n# EOF\n', OM],
  ['openmetrics-family-name-clash', 'clash', '# TYPE a_created gauge\n# TYPE a counter\n# EOF\n', OM],
  ['openmetrics-invalid-unit', 'suffix', '# TYPE a gauge\n# UNIT a seconds\n# EOF\n', OM],
  ['openmetrics-invalid-unit', 'type', '# TYPE a info\n# UNIT a seconds\n# EOF\n', OM],
  ['openmetrics-invalid-family-name', 'reserved', '# TYPE a_total counter\n# EOF\n', OM],
  ['openmetrics-invalid-stateset', 'label', '# TYPE s stateset\ns 1\n# EOF\n', OM],
  ['openmetrics-invalid-stateset', 'value', '# TYPE s stateset\ns{s="a"} 2\n# EOF\n', OM],
  ['openmetrics-invalid-info', 'value', '# TYPE i info\ni_info 2\n# EOF\n', OM],
  ['openmetrics-invalid-histogram-sum', 'sumWithNegativeBuckets', '# TYPE h histogram\nh_bucket{le="-1"} 1\nh_bucket{le="+Inf"} 1\nh_count 1\nh_sum 1\n# EOF\n', OM],
  ['openmetrics-invalid-histogram-sum', 'sumNegative', '# TYPE h histogram\nh_bucket{le="+Inf"} 1\nh_count 1\nh_sum -1\n# EOF\n', OM],
  ['openmetrics-invalid-histogram-sum', 'gsumNaN', '# TYPE g gaugehistogram\ng_bucket{le="+Inf"} 1\ng_gcount 1\ng_gsum NaN\n# EOF\n', OM],
  ['openmetrics-invalid-histogram-sum', 'gsumNegative', '# TYPE g gaugehistogram\ng_bucket{le="+Inf"} 1\ng_gcount 1\ng_gsum -1\n# EOF\n', OM],
  ['invalid-exemplar', 'syntax', '# TYPE c counter\nc_total 1 # x\n# EOF\n', OM],
  ['invalid-exemplar', 'placement', 'g 1 # {a="b"} 1\n# EOF\n', OM],
  ['invalid-exemplar', 'notOm', 'c_total 1 # {a="b"} 1\n', T],
  ['invalid-exemplar', 'nameBefore243', 'g 1 # {a="b"} 1\n# EOF\n', OM, { prometheusVersion: '2.42' }],
  ['unexpected-token', 'leadingSpaceName2', '  a 1\n', T, { prometheusVersion: '2.42' }],
  ['unexpected-token', 'leadingSpaceName3', '  a 1\n', T],
  ['duplicate-label-name', 'duplicateEmpty', 'a{b="",b=""} 1\n', T],
  ['duplicate-label-name', 'duplicateDropped', 'a{b="",b="x"} 1\n', T],
  ['exemplar-too-long', 'long', `# TYPE c counter\nc_total 1 # {a="${'x'.repeat(200)}"} 1\n# EOF\n`, OM],
  ['openmetrics-invalid-created', 'invalid', '# TYPE c counter\nc_total 1\nc_created -1\n# EOF\n', OM],
  ['invalid-count', 'nan', '# TYPE c counter\nc_total NaN\n# EOF\n', OM],
  ['invalid-count', 'negative', '# TYPE h histogram\nh_bucket{le="+Inf"} -1\n# EOF\n', OM],
  ['invalid-count', 'notInteger', '# TYPE h histogram\nh_bucket{le="+Inf"} 1.5\n# EOF\n', OM],
  ['format-mismatch', 'openmetricsAsText', 'a 1\n# EOF\n', T],
  ['missing-final-newline', 'missing', 'a 1', T],
]

test('every exposition message is produced by an input', () => {
  const produced = new Set<string>()
  for (const [id, messageId, input, format, extra] of CASES) {
    const rule = (Object.values(rules) as { id: string; messages: Record<string, string> }[]).find((r) => r.id === `exposition/${id}`)
    assert.ok(rule, `no rule exposition/${id}`)
    const template = rule.messages[messageId]
    assert.ok(template, `exposition/${id} has no message ${messageId}`)
    // the message's fixed text (before its first placeholder) must appear in a finding with this id
    const head = template.split('{')[0]
    const findings = run(input, format, extra).filter((f) => f.rule === `exposition/${id}`)
    assert.ok(findings.some((f) => f.message.startsWith(head) && !/\{\w+\}/.test(f.message)),
      `exposition/${id} ${messageId}: got ${findings.map((f) => f.message).join(' | ') || 'no finding'}`)
    produced.add(`exposition/${id}:${messageId}`)
  }
  const missing: string[] = []
  for (const r of allRules) {
    if (!r.id.startsWith('exposition/') || r.id.startsWith('exposition/lint-') || r.id.startsWith('exposition/protobuf-')) continue
    if (negotiationRuleIds.includes(r.id)) continue
    for (const m of Object.keys(r.messages)) if (!produced.has(`${r.id}:${m}`)) missing.push(`${r.id}:${m}`)
  }
  assert.deepEqual(missing, [])
})

test('hints fill with the data their messages get', () => {
  for (const r of Object.values(rules) as { id: string; messages: Record<string, string>; hints?: Record<string, string> }[]) {
    for (const [m, hint] of Object.entries(r.hints ?? {})) {
      assert.ok(m in r.messages, `${r.id}: hint for unknown message ${m}`)
      const used = new Set([...r.messages[m].matchAll(/\{(\w+)\}/g)].map((x) => x[1]))
      for (const [, key] of hint.matchAll(/\{(\w+)\}/g)) {
        // a hint may use data the message does not show, but then the code must pass it: checked by the cases above
        if (!used.has(key)) assert.doesNotThrow(() => fill(hint, Object.fromEntries([...used, key].map((k) => [k, 'x']))))
      }
    }
  }
})
