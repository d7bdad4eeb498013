/**
 * Behaviours found by reading the external conformance suites and the specs (OpenMetrics 1.0,
 * Prometheus's textparse and model/histogram): each case lists every finding as rule@line:column.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ExpositionFormat } from '../../src/exposition/index.js'
import { brief, run, runChunked } from './helpers.js'

interface Case { name: string; input: string; expect: string[]; format?: ExpositionFormat; message?: RegExp }

const OM: ExpositionFormat = 'openmetrics-1.0.0'

const cases: Case[] = [
  // duplicate series across the blocks of an interleaved family
  {
    name: 'text: a series repeated in the second block of an interleaved family',
    input: 'a{x="1"} 1\nb 1\na{x="1"} 2\n', expect: ['duplicate-series@3:1', 'interleaved-family@3:1'],
    message: /series a\{x="1"\} was already exposed on line 1/,
  },
  { name: 'text: distinct series in the second block are only interleaved', input: 'a{x="1"} 1\nb 1\na{x="2"} 2\n', expect: ['interleaved-family@3:1'] },
  {
    name: 'text: three blocks, the third repeats the first',
    input: 'a{x="1"} 1\nb 1\na{x="2"} 1\nc 1\na{x="1"} 1\na{x="2"} 1\n',
    expect: ['interleaved-family@3:1', 'duplicate-series@5:1', 'interleaved-family@5:1', 'duplicate-series@6:1'],
  },
  { name: 'text: untyped x_sum resumed', input: 'x_sum 1\ny 1\nx_sum 2\n', expect: ['duplicate-series@3:1', 'interleaved-family@3:1'] },
  {
    name: 'OpenMetrics: a series repeated after the family resumed', format: OM,
    input: '# TYPE a gauge\na{x="1"} 1\n# TYPE b gauge\nb 1\na{x="1"} 1\n# EOF\n',
    expect: ['duplicate-series@5:1', 'interleaved-family@5:1'],
  },
  // OpenMetrics: a histogram with negative buckets has no _sum; a gauge histogram's _gsum
  {
    name: 'OpenMetrics: histogram with a negative bucket and a _sum', format: OM,
    input: '# TYPE h histogram\nh_bucket{le="-1.0"} 1\nh_bucket{le="+Inf"} 2\nh_count 2\nh_sum 3\n# EOF\n',
    expect: ['openmetrics-invalid-histogram-sum@5:1'], message: /histogram h has a bucket below zero \(le="-1.0"\) and a h_sum sample/,
  },
  {
    name: 'OpenMetrics: histogram with negative buckets and no sum/count', format: OM,
    input: '# TYPE h histogram\nh_bucket{le="-1.0"} 1\nh_bucket{le="+Inf"} 2\n# EOF\n', expect: [],
  },
  {
    name: 'OpenMetrics: _sum before the negative bucket is reported when the series ends', format: OM,
    input: '# TYPE h histogram\nh_count{a="x"} 2\nh_sum{a="x"} 3\nh_bucket{a="x",le="-1"} 1\nh_bucket{a="x",le="+Inf"} 2\n# EOF\n',
    expect: ['openmetrics-invalid-histogram-sum@3:1'], message: /histogram h\{a="x"\} has a bucket below zero/,
  },
  {
    name: 'OpenMetrics: histogram with non-negative buckets (le="0") keeps its _sum', format: OM,
    input: '# TYPE h histogram\nh_bucket{le="0.0"} 1\nh_bucket{le="+Inf"} 2\nh_count 2\nh_sum 3\n# EOF\n', expect: [],
  },
  {
    name: 'OpenMetrics: text format has no such rule (a negative bucket with _sum is fine there)',
    input: '# TYPE h histogram\nh_bucket{le="-1"} 1\nh_bucket{le="+Inf"} 2\nh_count 2\nh_sum 3\n', expect: [],
  },
  {
    name: 'OpenMetrics: gauge histogram with negative buckets may have a negative _gsum', format: OM,
    input: '# TYPE g gaugehistogram\ng_bucket{le="-1.0"} 1\ng_bucket{le="+Inf"} 2\ng_gcount 2\ng_gsum -3\n# EOF\n', expect: [],
  },
  {
    name: 'OpenMetrics: negative _gsum without negative buckets', format: OM,
    input: '# TYPE g gaugehistogram\ng_bucket{le="1.0"} 1\ng_bucket{le="+Inf"} 2\ng_gcount 2\ng_gsum -3\n# EOF\n',
    expect: ['openmetrics-invalid-histogram-sum@5:8'], message: /"g_gsum" is negative \(-3\) but no bucket is below zero/,
  },
  {
    name: 'OpenMetrics: negative _gsum before the buckets, none negative', format: OM,
    input: '# TYPE g gaugehistogram\ng_gcount 2\ng_gsum -3\ng_bucket{le="1.0"} 1\ng_bucket{le="+Inf"} 2\n# EOF\n',
    expect: ['openmetrics-invalid-histogram-sum@3:1'],
  },
  {
    name: 'OpenMetrics: NaN _gsum', format: OM,
    input: '# TYPE g gaugehistogram\ng_bucket{le="+Inf"} 2\ng_gcount 2\ng_gsum NaN\n# EOF\n',
    expect: ['openmetrics-invalid-histogram-sum@4:8'],
  },
  {
    name: 'OpenMetrics: gauge histogram _gsum without _gcount', format: OM,
    input: '# TYPE g gaugehistogram\ng_bucket{le="+Inf"} 2\ng_gsum 1\n# EOF\n',
    expect: ['histogram-missing-sum-or-count@2:1'],
  },
  // OpenMetrics: positive infinity in le is spelled +Inf
  {
    name: 'OpenMetrics: le="+INF"', format: OM,
    input: '# TYPE h histogram\nh_bucket{le="+INF"} 0\n# EOF\n', expect: ['histogram-invalid-le@2:14'], message: /le="\+INF" must be written "\+Inf"/,
  },
  { name: 'OpenMetrics: le="Infinity"', format: OM, input: '# TYPE h histogram\nh_bucket{le="Infinity"} 0\n# EOF\n', expect: ['histogram-invalid-le@2:14'] },
  { name: 'text: le="+INF" is a float there', input: '# TYPE h histogram\nh_bucket{le="+INF"} 0\nh_sum 0\nh_count 0\n', expect: [] },
  { name: 'OpenMetrics: other bounds need not be canonical (1.1e-4)', format: OM, input: '# TYPE h histogram\nh_bucket{le="1.1e-4"} 0\nh_bucket{le="+Inf"} 0\n# EOF\n', expect: [] },
  // OpenMetrics: the exemplar label set limit counts code points, not glyphs or bytes
  {
    name: 'OpenMetrics: exemplar labels of 130 code points in 65 glyphs', format: OM,
    input: '# TYPE a counter\na_total 1 # {a="' + 'e\u0301'.repeat(64) + 'e"} 1\n# EOF\n', expect: ['exemplar-too-long@2:13'],
  },
  {
    name: 'OpenMetrics: exemplar labels of exactly 128 code points in 130 bytes', format: OM,
    input: '# TYPE a counter\na_total 1 # {a="\u2603' + 'x'.repeat(126) + '"} 1\n# EOF\n', expect: [],
  },
  // OpenMetrics: info and stateset families have no unit; summary and histogram sums and quantile values are not negative
  { name: 'OpenMetrics: UNIT on an info family', format: OM, input: '# TYPE x_u info\n# UNIT x_u u\n# EOF\n', expect: ['openmetrics-invalid-unit@2:12'], message: /info metric family "x_u" has unit "u"/ },
  { name: 'OpenMetrics: UNIT before TYPE stateset', format: OM, input: '# UNIT x_u u\n# TYPE x_u stateset\n# EOF\n', expect: ['openmetrics-invalid-unit@2:12'] },
  { name: 'OpenMetrics: empty UNIT on an info family is no unit', format: OM, input: '# TYPE x info\n# UNIT x \n# EOF\n', expect: [] },
  { name: 'OpenMetrics: UNIT on a gauge is fine', format: OM, input: '# TYPE x_u gauge\n# UNIT x_u u\nx_u 1\n# EOF\n', expect: [] },
  { name: 'OpenMetrics: negative summary _sum', format: OM, input: '# TYPE s summary\ns_count 1\ns_sum -1\n# EOF\n', expect: ['invalid-count@3:7'] },
  { name: 'text: a negative summary _sum is not checked there', input: '# TYPE s summary\ns_count 1\ns_sum -1\n', expect: [] },
  {
    name: 'OpenMetrics: negative quantile value', format: OM, input: '# TYPE s summary\ns{quantile="0.5"} -1\ns{quantile="0.9"} NaN\n# EOF\n',
    expect: ['summary-invalid-quantile@2:19'], message: /quantile 0.5 of s has the value -1/,
  },
  {
    name: 'OpenMetrics: negative histogram _sum without negative buckets', format: OM,
    input: '# TYPE h histogram\nh_bucket{le="1"} 1\nh_bucket{le="+Inf"} 1\nh_count 1\nh_sum -0.5\n# EOF\n', expect: ['openmetrics-invalid-histogram-sum@5:7'],
  },
  {
    name: 'OpenMetrics: negative histogram _sum before its buckets', format: OM,
    input: '# TYPE h histogram\nh_count 1\nh_sum -0.5\nh_bucket{le="1"} 1\nh_bucket{le="+Inf"} 1\n# EOF\n', expect: ['openmetrics-invalid-histogram-sum@3:1'],
  },
  // OpenMetrics: a family name that is a sample name of another family
  {
    name: 'OpenMetrics: gauge foo_created, then counter foo', format: OM, input: '# TYPE a_created gauge\n# TYPE a counter\n# EOF\n',
    expect: ['openmetrics-family-name-clash@2:8'], message: /counter metric family "a" clashes with gauge family "a_created" \(line 1\): "a_created" is a sample name of both/,
  },
  { name: 'OpenMetrics: histogram h, then gauge h_bucket', format: OM, input: '# TYPE h histogram\n# TYPE h_bucket gauge\nh_bucket 1\n# EOF\n', expect: ['openmetrics-family-name-clash@2:8'] },
  { name: 'OpenMetrics: info foo, then HELP of foo_info', format: OM, input: '# TYPE foo info\n# HELP foo_info x\n# EOF\n', expect: ['openmetrics-family-name-clash@2:8'] },
  { name: 'OpenMetrics: gauge foo_total next to gauge foo is fine', format: OM, input: '# TYPE foo gauge\nfoo 1\n# TYPE foo_total gauge\nfoo_total 1\n# EOF\n', expect: [] },
  { name: 'OpenMetrics: gauge foo_created next to gauge foo is fine (a gauge has no _created)', format: OM, input: '# TYPE foo gauge\n# TYPE foo_created gauge\n# EOF\n', expect: [] },
  {
    name: 'OpenMetrics: a summary _sum after another family is the summary resuming', format: OM,
    input: '# TYPE s summary\ns_count 1\n# TYPE g gauge\ng 1\ns_sum 1\n# EOF\n', expect: ['interleaved-family@5:1'],
  },
  { name: 'text: no clash rule (OpenMetrics only)', input: '# TYPE a_created gauge\na_created 1\n# TYPE a counter\na 1\n', expect: [] },
]

for (const c of cases) {
  test(c.name, () => {
    const findings = run(c.input, c.format ?? 'text-0.0.4')
    assert.deepEqual(brief(findings), c.expect)
    assert.deepEqual(brief(runChunked(c.input, 3, c.format ?? 'text-0.0.4')), c.expect, 'chunked')
    if (c.message) assert.ok(findings.some((f) => c.message!.test(f.message)), findings.map((f) => f.message).join('\n'))
  })
}

test('SeriesArchive: a family\'s series come back when it resumes; past its bound families are not archived', async () => {
  const { IdentitySet } = await import('../../src/exposition/hash-set.js')
  const { SeriesArchive } = await import('../../src/exposition/series-archive.js')
  const archive = new SeriesArchive(50)
  const set = new IdentitySet(16)
  for (let i = 1; i <= 40; i++) set.add(i, i * 7, i + 100)
  archive.save(1, 2, set)
  set.clear()
  for (let i = 1; i <= 20; i++) set.add(1000 + i, i, i)
  archive.save(3, 4, set) // 40 + 20 > 50: not kept
  set.clear()
  archive.restore(1, 2, set)
  assert.equal(set.size, 40)
  assert.equal(set.add(7, 49, 1), 107, 'the first line of a restored series is kept')
  set.clear()
  archive.restore(3, 4, set)
  assert.equal(set.size, 0)
  // a family saved again (after it resumed) is restored with its latest identities
  const again = new SeriesArchive(100)
  for (let i = 1; i <= 10; i++) set.add(i, i, i)
  again.save(5, 6, set)
  set.clear()
  again.restore(5, 6, set)
  for (let i = 11; i <= 30; i++) set.add(i, i, i)
  again.save(5, 6, set)
  set.clear()
  again.restore(5, 6, set)
  assert.equal(set.size, 30)
})

test('a finding about a sample whose label value holds a raw newline stays on the sample\'s first line', () => {
  // the histogram group is remembered at its first sample, a line joined with the next (port="5\n001")
  const lines = ['# TYPE h histogram', 'h_bucket{port="5', '001",le="0.5"} 1', 'h_sum{port="5', '001"} 1', 'h_count{port="5', '001"} 1']
  const findings = run(lines.join('\n') + '\n', 'text-0.0.4', { limits: { labelLimit: 1, labelValueLengthLimit: 2, sampleLimit: 1 } })
  const rules = findings.map((f) => f.rule)
  assert.ok(rules.includes('exposition/histogram-missing-inf'), rules.join(', '))
  for (const f of findings) {
    const l = f.location
    const text = lines[l.line - 1]
    if (l.endLine === l.line) assert.ok(l.endColumn <= [...text].length + 1, `${f.rule} ${l.line}:${l.column}-${l.endColumn} beyond ${JSON.stringify(text)}`)
    assert.ok(!f.payload || !f.payload.text.includes('\n'), `${f.rule}: payload text ${JSON.stringify(f.payload?.text)}`)
  }
})
