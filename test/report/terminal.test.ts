import { test } from 'node:test'
import assert from 'node:assert/strict'
import { renderTerminal } from '../../src/report/terminal.ts'
import { displayWidth } from '../../src/report/display-width.ts'
import { CONFIG, duplicate, hostile, long, refused, result, span, wide } from './fixtures.ts'

const DOCS = 'https://github.com/promgate/promgate/blob/main/docs/rules'

test('a config finding: header, arrow, gutter, related "-" and primary "^", hint, docs', () => {
  assert.equal(
    renderTerminal(result([duplicate])),
    [
      'error[config/duplicate-job-name]: job_name "node" is already used on line 4',
      ' --> prometheus.yml:5:15',
      '  |',
      '4 |   - job_name: node',
      '  |               ---- first used here',
      '5 |   - job_name: node',
      '  |               ^^^^',
      '  = hint: Rename one of them, e.g. job_name: "node-2".',
      `  = docs: ${DOCS}/config/duplicate-job-name.md`,
      '',
      'promgate: 1 error, 0 warnings, 0 infos; 1 target scraped, 1 failed',
      '',
    ].join('\n'),
  )
})

test('a scrape finding labels the target and names its layer', () => {
  assert.equal(
    renderTerminal(result([refused])).split('\n\n')[0],
    [
      'error[scrape/connection-refused]: 127.0.0.1:9101 refused the connection',
      ' --> prometheus.yml:7:19',
      '  |',
      "7 |       - targets: ['127.0.0.1:9101']",
      '  |                   ^^^^^^^^^^^^^^^^ job "node": GET http://127.0.0.1:9101/metrics',
      '  = layer: network (the connection failed; TLS and HTTP were never reached)',
      '  = hint: Start the exporter, or fix the port (node_exporter listens on 9100).',
      `  = docs: ${DOCS}/scrape/connection-refused.md`,
    ].join('\n'),
  )
})

test('the gutter is as wide as the largest line number shown', () => {
  const f = { ...duplicate, location: span(12, 159, 162), related: [{ span: span(4, 15, 19), label: 'first used here' }] }
  const lines = renderTerminal(result([f])).split('\n')
  assert.equal(lines[1], '  --> prometheus.yml:12:159')
  assert.equal(lines[2], '   |')
  assert.equal(lines[3], ' 4 |   - job_name: node')
  assert.equal(lines[5], '...')
  assert.match(lines[6]!, /^12 \| …a+BAD/)
})

test('carets follow display width: a tab is 4 cells, CJK characters are 2', () => {
  // Line 8 is '\tlabels: { team: "日本語", env: x }'; column 30 is the "x".
  assert.equal(CONFIG.split('\n')[7]![29], 'x')
  const block = renderTerminal(result([wide])).split('\n\n')[0]!
  assert.equal(
    block,
    [
      'warning[config/invalid-label-value]: label value "x" is odd',
      ' --> prometheus.yml:8:30',
      '  |',
      '8 |     labels: { team: "日本語", env: x }',
      '  |                                    ^',
      `  = docs: ${DOCS}/config/invalid-label-value.md`,
    ].join('\n'),
  )
  const [code, marks] = block.split('\n').slice(3, 5)
  const x = code!.indexOf('x }')
  assert.equal(displayWidth(code!.slice(0, x)), marks!.indexOf('^'), 'the caret sits under the x on screen')
})

test('a long line is cut around the caret, with ellipses, within 100 cells', () => {
  const block = renderTerminal(result([long])).split('\n\n')[0]!.split('\n')
  const code = block[3]!
  const marks = block[4]!
  assert.ok(code.startsWith('12 | …') && code.endsWith('…'), code)
  assert.ok(displayWidth(code.slice('12 | '.length)) <= 100)
  assert.equal(code.slice(marks.indexOf('^'), marks.indexOf('^') + 3), 'BAD')
  assert.match(marks, /^ {3}\| +\^\^\^$/)
})

test('payload findings show the payload line; hostile text cannot break a line or reach the terminal raw', () => {
  const out = renderTerminal(result([hostile]))
  assert.equal(
    out.split('\n\n')[0],
    [
      'error[exposition/invalid-metric-name]: metric name "x\\n::error::pwned" <script>alert(1)</script> ``` @someone owner/repo#1',
      ' --> prometheus.yml:7:19',
      '  |',
      "7 |       - targets: ['127.0.0.1:9101']",
      '  |                   ---------------- job "node": GET http://127.0.0.1:9101/metrics',
      ' --> payload of http://127.0.0.1:9101/metrics, line 3',
      '3 | foo{\\x1b[31m"bar"} 1 %0A::error::x `````',
      '  |     ^^^^', // the ESC byte shows as \x1b, four cells wide
      '  = layer: format (metrics were served, but the payload is not valid)',
      '  = hint: ```` close the fence',
      '          \\::warning file=a,line=1::injected',
      `  = docs: ${DOCS}/exposition/invalid-metric-name.md`,
    ].join('\n'),
  )
  // The runner trims leading whitespace before looking for `::`.
  for (const line of out.split('\n')) assert.ok(!/^\s*(::|##\[)/.test(line), `no line starts a workflow command: ${line}`)
  assert.ok(!out.includes('\x1b'), 'no raw escape character')
})

test('colour only when asked; the coloured text strips to the plain text', () => {
  const plain = renderTerminal(result([duplicate, refused]))
  assert.ok(!plain.includes('\x1b['))
  const coloured = renderTerminal(result([duplicate, refused]), { color: true })
  assert.ok(coloured.includes('\x1b[1;31merror\x1b[0m'))
  // eslint-disable-next-line no-control-regex
  assert.equal(coloured.replace(/\x1b\[[0-9;]*m/g, ''), plain)
})

test('a finding whose file has no source text still gets its location and notes', () => {
  const f = { ...duplicate, location: span(3, 1, 2, 3, 'rules/missing.yml'), related: undefined }
  assert.equal(
    renderTerminal(result([f])).split('\n\n')[0],
    [
      'error[config/duplicate-job-name]: job_name "node" is already used on line 4',
      ' --> rules/missing.yml:3:1',
      '  = hint: Rename one of them, e.g. job_name: "node-2".',
      `  = docs: ${DOCS}/config/duplicate-job-name.md`,
    ].join('\n'),
  )
})

test('findings come errors first; no findings says so', () => {
  const out = renderTerminal(result([long, wide, refused]))
  const heads = out.split('\n').filter((l) => /^(error|warning|info)\[/.test(l)).map((l) => l.split('[')[0])
  assert.deepEqual(heads, ['error', 'warning', 'info'])
  assert.equal(renderTerminal(result([], { summary: { errors: 0, warnings: 0, infos: 0, targets: 0, targetsFailed: 0 } })), 'promgate: no findings\n')
})

test('a span past the end of its line puts one caret just after the text', () => {
  const f = { ...duplicate, related: undefined, location: span(4, 19, 19) }
  const lines = renderTerminal(result([f])).split('\n')
  assert.equal(lines[3], '4 |   - job_name: node')
  assert.equal(lines[4], '  |                   ^')
})

test('a 1 MB payload line is cut cheaply around its column', () => {
  const text = 'a'.repeat(1_000_000) + 'ZZ' + 'b'.repeat(1000)
  const f = { ...hostile, message: 'm', hint: undefined, payload: { line: 7, column: 1_000_001, text } }
  const out = renderTerminal(result([f]))
  const lines = out.split('\n')
  // cut, not copied: no rendered line carries more than a window of the megabyte
  assert.ok(Math.max(...lines.map((l) => l.length)) < 1000)
  const i = lines.findIndex((l) => l.startsWith('7 | …'))
  assert.ok(i > 0)
  const caret = lines[i + 1]!.indexOf('^')
  assert.equal(lines[i]!.slice(caret, caret + 2), 'ZZ')
})

test('`promgate metrics FILE`: a payload finding without config source frames the payload line with ^', () => {
  const f = {
    rule: 'exposition/invalid-value', severity: 'error' as const, message: 'value "1x" is not a number',
    location: span(2, 5, 7, 2, 'metrics.txt'), payload: { line: 2, column: 5, text: 'up 1x' },
  }
  assert.equal(
    renderTerminal(result([f])).split('\n\n')[0],
    [
      'error[exposition/invalid-value]: value "1x" is not a number',
      ' --> metrics.txt:2:5',
      ' --> payload, line 2',
      '2 | up 1x',
      '  |     ^',
      `  = docs: ${DOCS}/exposition/invalid-value.md`,
    ].join('\n'),
  )
})

test('a multi-line span underlines its first line to the end', () => {
  const f = { ...duplicate, related: undefined, location: span(4, 5, 9, 6) }
  const lines = renderTerminal(result([f])).split('\n')
  assert.equal(lines[1], ' --> prometheus.yml:4:5')
  assert.equal(lines[3], '4 |   - job_name: node')
  assert.equal(lines[4], '  |     ^^^^^^^^^^^^^^')
})
