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
]

for (const c of cases) {
  test(c.name, () => {
    const findings = run(c.input, c.format ?? 'text-0.0.4')
    assert.deepEqual(brief(findings), c.expect)
    assert.deepEqual(brief(runChunked(c.input, 3, c.format ?? 'text-0.0.4')), c.expect, 'chunked')
    if (c.message) assert.ok(findings.some((f) => c.message!.test(f.message)), findings.map((f) => f.message).join('\n'))
  })
}
