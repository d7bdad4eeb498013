import { test } from 'node:test'
import assert from 'node:assert/strict'
import { brief, run, runChunked } from './helpers.js'

const VALID = [
  '# TYPE a_seconds counter', '# HELP a_seconds help', '# UNIT a_seconds seconds',
  'a_seconds_total{x="1"} 1 # {trace_id="abc"} 0.5 1700000000.5', 'a_seconds_created{x="1"} 1700000000',
  '# TYPE h histogram', 'h_bucket{le="0.5"} 1 # {trace_id="x"} 0.3', 'h_bucket{le="+Inf"} 2', 'h_count 2', 'h_sum 3',
  '# TYPE i info', 'i_info{v="1"} 1',
  '# TYPE s stateset', 's{s="a"} 1', 's{s="b"} 0',
  '# TYPE g gaugehistogram', 'g_bucket{le="+Inf"} 2', 'g_gcount 2', 'g_gsum 1',
  '# TYPE u unknown', 'u 1 1700000000.25',
  '# TYPE q summary', 'q{quantile="0.5"} 1', 'q_count 1', 'q_sum 1',
  '# EOF', '',
].join('\n')

interface Case { name: string; input: string; expect: string[]; verdict?: string }

const cases: Case[] = [
  { name: 'all types, exemplars, float timestamps', input: VALID, expect: [] },
  { name: '# EOF without a final line feed', input: 'a 1\n# EOF', expect: [] },
  { name: 'missing # EOF', input: 'a 1\n', expect: ['openmetrics-missing-eof@1:1'], verdict: 'scrape-fails' },
  { name: 'content after # EOF', input: 'a 1\n# EOF\nb 1\n', expect: ['openmetrics-content-after-eof@3:1'] },
  { name: 'blank line after # EOF', input: 'a 1\n# EOF\n\n', expect: ['openmetrics-content-after-eof@3:1'] },
  { name: 'blank line', input: 'a 1\n\nb 1\n# EOF\n', expect: ['openmetrics-blank-line@2:1'] },
  { name: 'free-form comment', input: '# hello\na 1\n# EOF\n', expect: ['unexpected-token@1:1'] },
  { name: 'leading space', input: ' a 1\n# EOF\n', expect: ['unexpected-token@1:1'] },
  { name: 'two spaces before the value', input: 'a  1\n# EOF\n', expect: ['invalid-value@1:3'] },
  { name: 'trailing space', input: 'a 1 \n# EOF\n', expect: ['unexpected-token@1:4'] },
  { name: 'tab separator', input: 'a\t1\n# EOF\n', expect: ['unexpected-token@1:2'] },
  { name: 'space between labels', input: 'a{b="c", d="e"} 1\n# EOF\n', expect: ['invalid-label-name@1:9'] },
  { name: 'trailing comma (Prometheus 3 accepts)', input: 'a{b="c",} 1\n# EOF\n', expect: ['unexpected-token@1:8'], verdict: 'spec' },
  { name: 'counter sample without _total', input: '# TYPE a counter\na 1\n# EOF\n', expect: ['openmetrics-invalid-sample-name@2:1'] },
  { name: 'counter family named _total', input: '# TYPE a_total counter\na_total_total 1\n# EOF\n', expect: ['openmetrics-invalid-family-name@1:8'] },
  { name: 'untyped is not an OpenMetrics type', input: '# TYPE a untyped\na 1\n# EOF\n', expect: ['invalid-type@1:10'] },
  { name: 'unit not a suffix', input: '# TYPE a_seconds gauge\n# UNIT a_seconds bytes\na_seconds 1\n# EOF\n', expect: ['openmetrics-invalid-unit@2:18'], verdict: 'scrape-fails' },
  { name: 'exemplar on a gauge', input: '# TYPE a gauge\na 1 # {x="y"} 1\n# EOF\n', expect: ['invalid-exemplar@2:5'] },
  { name: 'exemplar on a gauge named _total', input: '# TYPE a_total gauge\na_total 1 # {x="y"} 1\n# EOF\n', expect: ['invalid-exemplar@2:11'], verdict: 'spec' },
  { name: 'exemplar on a counter _created', input: '# TYPE a counter\na_total 1\na_created 1 # {x="y"} 1\n# EOF\n', expect: ['invalid-exemplar@3:13'], verdict: 'spec' },
  { name: 'le not a float (Prometheus keeps it)', input: '# TYPE h histogram\nh_bucket{le="x"} 1\nh_bucket{le="+Inf"} 1\nh_count 1\nh_sum 1\n# EOF\n', expect: ['histogram-invalid-le@2:14'], verdict: 'spec' },
  { name: 'quantile not a float (Prometheus keeps it)', input: '# TYPE s summary\ns{quantile="x"} 1\ns_count 1\ns_sum 1\n# EOF\n', expect: ['summary-invalid-quantile@2:13'], verdict: 'spec' },
  { name: 'exemplar over 128 characters', input: `# TYPE a counter\na_total 1 # {x="${'y'.repeat(130)}"} 1\n# EOF\n`, expect: ['exemplar-too-long@2:13'] },
  { name: 'exemplar of exactly 128 characters', input: `# TYPE a counter\na_total 1 # {x="${'y'.repeat(127)}"} 1\n# EOF\n`, expect: [] },
  { name: 'broken exemplar', input: '# TYPE a counter\na_total 1 # {x="y" 1\n# EOF\n', expect: ['invalid-exemplar@2:19'] },
  { name: 'timestamp in milliseconds', input: 'a 1 1700000000000\n# EOF\n', expect: ['timestamp-in-seconds@1:5'] },
  { name: 'NaN timestamp', input: 'a 1 NaN\n# EOF\n', expect: ['invalid-timestamp@1:5'], verdict: 'scrape-fails' },
  { name: 'interleaved family', input: '# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na{x="1"} 1\n# EOF\n', expect: ['interleaved-family@5:1'] },
  { name: 'metadata after samples', input: '# TYPE a gauge\na 1\n# HELP a x\n# EOF\n', expect: ['metadata-after-samples@3:1'] },
  { name: 'info value other than 1', input: '# TYPE i info\ni_info 2\n# EOF\n', expect: ['openmetrics-invalid-info@2:8'] },
  { name: 'stateset without its label', input: '# TYPE s stateset\ns{x="a"} 1\n# EOF\n', expect: ['openmetrics-invalid-stateset@2:1'] },
  { name: 'stateset value 2', input: '# TYPE s stateset\ns{s="a"} 2\n# EOF\n', expect: ['openmetrics-invalid-stateset@2:10'] },
  { name: 'histogram without +Inf', input: '# TYPE h histogram\nh_bucket{le="1"} 1\n# EOF\n', expect: ['histogram-missing-inf@2:1'] },
  { name: 'histogram _count without _sum', input: '# TYPE h histogram\nh_bucket{le="+Inf"} 1\nh_count 1\n# EOF\n', expect: ['histogram-missing-sum-or-count@2:1'] },
  { name: 'negative counter', input: '# TYPE c counter\nc_total -1\n# EOF\n', expect: ['counter-negative@2:9'] },
  { name: 'negative _created', input: '# TYPE c counter\nc_total 1\nc_created -1\n# EOF\n', expect: ['openmetrics-invalid-created@3:11'] },
  { name: 'HELP without text', input: '# HELP a\na 1\n# EOF\n', expect: ['malformed-metadata@1:9'] },
  { name: 'TYPE without type', input: '# TYPE a\na 1\n# EOF\n', expect: ['invalid-type@1:9'] },
  { name: 'CRLF', input: 'a 1\r\n# EOF\r\n', expect: ['crlf-line-ending@1:4'] },
]

for (const c of cases) {
  test(`OpenMetrics: ${c.name}`, () => {
    const findings = run(c.input, 'openmetrics-1.0.0')
    assert.deepEqual(brief(findings), c.expect)
    if (c.verdict) assert.equal(findings[0].verdict?.kind, c.verdict)
  })
}

test('OpenMetrics: a trailing comma fails the scrape before 2.51', () => {
  const f = run('a{b="c",} 1\n# EOF\n', 'openmetrics-1.0.0', { prometheusVersion: '2.42' })
  assert.deepEqual(brief(f), ['unexpected-token@1:8'])
  assert.deepEqual(f[0].verdict, { kind: 'scrape-fails', versions: '<2.51' })
  assert.deepEqual(run('a{b="c",} 1\n# EOF\n', 'openmetrics-1.0.0', { prometheusVersion: '2.54' })[0].verdict, { kind: 'spec' })
})

test('OpenMetrics: before 2.43 an exemplar needs a sample name ending in _total or _bucket', () => {
  const v242 = { prometheusVersion: '2.42' }
  const gauge = run('# TYPE a gauge\na 1 # {x="y"} 1\n# EOF\n', 'openmetrics-1.0.0', v242)
  assert.deepEqual(brief(gauge), ['invalid-exemplar@2:5'])
  assert.deepEqual(gauge[0].verdict, { kind: 'scrape-fails', versions: '<2.43' })
  assert.match(gauge[0].message, /before 2\.43/)
  // a counter sample without _total, a summary _count: the name decides, not the type
  assert.equal(run('# TYPE c counter\nc 1 # {x="y"} 1\n# EOF\n', 'openmetrics-1.0.0', v242).find((x) => x.rule === 'exposition/invalid-exemplar')?.verdict?.kind, 'scrape-fails')
  assert.equal(run('# TYPE s summary\ns_count 1 # {x="y"} 1\ns_sum 1\n# EOF\n', 'openmetrics-1.0.0', v242)[0].verdict?.kind, 'scrape-fails')
  // a gauge named _total passes 2.42's check: only the OpenMetrics placement rule remains
  assert.deepEqual(run('# TYPE a_total gauge\na_total 1 # {x="y"} 1\n# EOF\n', 'openmetrics-1.0.0', v242)[0].verdict, { kind: 'spec' })
  assert.deepEqual(run('# TYPE a gauge\na 1 # {x="y"} 1\n# EOF\n', 'openmetrics-1.0.0', { prometheusVersion: '2.43' })[0].verdict, { kind: 'spec' })
  assert.deepEqual(brief(run('# TYPE c counter\nc_total 1 # {x="y"} 1\n# EOF\n', 'openmetrics-1.0.0', v242)), [])
})

test('OpenMetrics: same findings whatever the chunking', () => {
  const payload = VALID.replace('# EOF\n', '') + 'x  1\n# TYPE a gauge\nz 1 # {t="1"} 1\n\n# EOF\nafter 1\n'
  const whole = run(payload, 'openmetrics-1.0.0')
  assert.ok(whole.length >= 4)
  for (const size of [1, 5, 13]) assert.deepEqual(runChunked(payload, size, 'openmetrics-1.0.0'), whole)
})
