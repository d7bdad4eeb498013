// Differential tests: promgate's accept/reject against the real tools on valid payloads and on
// systematic mutations of them.
//   - text 0.0.4 vs `promtool check metrics` (exit 1 = parse error = reject; 0/3 = accept)
//   - OpenMetrics 1.0 vs the Python reference parser (prometheus_client.openmetrics.parser)
// Every disagreement must be explained by a row of the KNOWN tables below (with the reason);
// anything else fails the test and is listed. DIFF_REPORT=1 prints every disagreement.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import {
  havePromtool, havePythonClient, omCases, promgate, promtoolAll, pythonAll, textCases,
  type Mutant, type ToolVerdict, type Verdict,
} from './differential-helpers.js'

/** promgate rejects, the tool accepts: explained when one of promgate's errors matches a row (rule id, and message when given). */
export interface LenientRow { rule: string; match?: RegExp; reason: string }
/** The tool rejects, promgate accepts: explained when the tool's message (and the mutation, when given) matches a row. */
export interface StrictRow { match: RegExp; op?: RegExp; reason: string }

/**
 * Where promtool (Prometheus 2.42's expfmt text parser + promlint) accepts what promgate rejects:
 * semantic problems promtool does not check at all, or format rules expfmt does not enforce.
 */
export const PROMTOOL_LENIENT: LenientRow[] = [
  { rule: 'exposition/duplicate-series', reason: 'expfmt keeps both samples; Prometheus ingests one and counts the other as a duplicate.' },
  { rule: 'exposition/interleaved-family', reason: 'expfmt merges samples of a family that appear again later; the text format requires families to be contiguous.' },
  { rule: 'exposition/histogram-missing-inf', reason: 'promtool does not check histogram structure; without a +Inf bucket histogram_quantile cannot work.' },
  { rule: 'exposition/histogram-buckets-not-cumulative', reason: 'promtool does not check histogram structure.' },
  { rule: 'exposition/histogram-buckets-out-of-order', reason: 'promtool does not check histogram structure.' },
  { rule: 'exposition/histogram-count-mismatch', reason: 'promtool does not check histogram structure.' },
  { rule: 'exposition/histogram-missing-sum-or-count', reason: 'promtool does not check histogram structure.' },
  { rule: 'exposition/counter-negative', reason: 'promtool does not check values.' },
  { rule: 'exposition/metadata-after-samples', reason: 'expfmt accepts a TYPE/HELP line after samples of that name; the format requires metadata before the samples.' },
  { rule: 'exposition/invalid-timestamp', match: /negative|-/, reason: 'expfmt parses timestamps with strconv.ParseInt and accepts negative ones; the lexer of Prometheus\'s scrape parser (model/textparse/promlex.l) takes only digits ({D}+) as a timestamp.' },
  { rule: 'exposition/duplicate-label-name', reason: 'expfmt consumes "le" (histograms) and "quantile" (summaries) specially and does not notice them twice; Prometheus\'s scrape rejects a sample with a repeated label name.' },
  { rule: 'exposition/invalid-type', match: /has no type/, reason: 'expfmt ignores a "# TYPE name" line without a type; the format requires one, and Prometheus\'s scrape parser reads the empty text as an invalid metric type and fails.' },
]

/**
 * Where promtool rejects what promgate accepts: places where expfmt is stricter than the format
 * and than Prometheus's own scrape parser (model/textparse), which is what a scrape uses.
 */
export const PROMTOOL_STRICT: StrictRow[] = [
  { match: /expected integer as timestamp, got ""|spurious string after timestamp: " "/,
    reason: 'trailing blanks after the value: expfmt reads them as the start of a timestamp and fails when none follows; blanks separate tokens in the format, and Prometheus\'s scrape lexer (promlex.l: <*>[ \\t]+ is whitespace in every state) skips them.' },
  { match: /invalid escape sequence/, op: /^HELP/,
    reason: 'an unknown escape in HELP text: expfmt rejects it; the format only says \\\\ and \\n must be escaped there, and Prometheus\'s scrape parser reads HELP as free text ({C}*) and keeps the escape as written.' },
]

/** Where the Python reference OpenMetrics parser (prometheus_client 0.16) accepts what promgate rejects. */
export const PYTHON_LENIENT: LenientRow[] = [
  { rule: 'exposition/invalid-value', match: /out of the float64 range/, reason: 'Python\'s float() turns 1e400 into inf; Go\'s strconv.ParseFloat (Prometheus\'s OpenMetrics parser) returns a range error and the scrape fails.' },
  { rule: 'exposition/invalid-value', match: /found a tab/, reason: 'the OpenMetrics ABNF separates tokens with a single SP; the Python parser also splits on tabs, Prometheus\'s OpenMetrics lexer does not.' },
  { rule: 'exposition/duplicate-series', reason: 'OpenMetrics 1.0: "Every Metric within a MetricFamily MUST have a unique LabelSet", and several MetricPoints of one Metric need increasing timestamps; two identical lines without timestamps break both. The Python parser does not check.' },
]

/** Where the Python reference parser rejects what promgate accepts (matched on its message). */
export const PYTHON_STRICT: StrictRow[] = [
  { match: /Mix of timestamp presence within a group/,
    reason: 'some samples of a MetricPoint (e.g. _total and _created, or the buckets of a histogram) carry a timestamp and others do not. OpenMetrics 1.0 does not say this is invalid; the Python parser reads a MetricPoint as having one timestamp for all its samples; Prometheus\'s OpenMetrics parser accepts it.' },
]

interface Disagreement { m: Mutant; tool: ToolVerdict; ours: Verdict }

/**
 * A disagreement is explained when a row matches. When promgate rejects, one matching error is
 * enough: the others are then consequences of the same line (a histogram that lost its +Inf line
 * also misses +Inf), and they are listed in DIFF_REPORT output.
 */
function explain(d: Disagreement, lenient: LenientRow[], strict: StrictRow[]): string | undefined {
  if (d.ours.reject && !d.tool.reject) {
    for (const f of d.ours.errors) {
      const row = lenient.find((r) => r.rule === f.rule && (!r.match || r.match.test(f.message)))
      if (row) return row.reason
    }
    return undefined
  }
  return strict.find((s) => s.match.test(d.tool.message) && (!s.op || s.op.test(d.m.op)))?.reason
}

function show(d: Disagreement): string {
  const first = d.m.line > 0 ? d.m.text.split('\n')[d.m.line - 1] : ''
  return `[${d.m.seed} / ${d.m.op}${d.m.line ? ` @${d.m.line}` : ''}] tool ${d.tool.reject ? 'rejects: ' + d.tool.message : 'accepts'}; ` +
    `promgate ${d.ours.reject ? 'rejects: ' + d.ours.errors.slice(0, 3).map((f) => `${f.rule} (${f.location.line}:${f.location.column}) ${f.message}`).join(' | ') : 'accepts'}` +
    (first ? `\n      line: ${JSON.stringify(first.slice(0, 160))}` : '')
}

async function compare(
  t: { diagnostic(m: string): void },
  cases: Mutant[],
  tool: ToolVerdict[],
  format: 'text-0.0.4' | 'openmetrics-1.0.0',
  lenient: LenientRow[],
  strict: StrictRow[],
) {
  let agree = 0
  const explained = new Map<string, number>()
  const unexplained: Disagreement[] = []
  cases.forEach((m, i) => {
    const ours = promgate(m.text, format)
    if (ours.reject === tool[i]!.reject) { agree++; return }
    const d = { m, tool: tool[i]!, ours }
    const why = explain(d, lenient, strict)
    if (process.env.DIFF_REPORT) t.diagnostic(`${why ? 'KNOWN' : 'UNEXPLAINED'} ${show(d)}${why ? `\n      reason: ${why}` : ''}`)
    if (why) explained.set(why, (explained.get(why) ?? 0) + 1)
    else unexplained.push(d)
  })
  t.diagnostic(`${cases.length} payloads: ${agree} agree, ${[...explained.values()].reduce((a, b) => a + b, 0)} known differences, ${unexplained.length} unexplained`)
  assert.ok(agree > cases.length / 2, `too few agreements (${agree}/${cases.length}): is the validator working?`)
  assert.deepEqual(unexplained.map(show), [], 'disagreements with no known reason')
}

// ------------------------------------------------------------------ text 0.0.4 vs promtool

test('text 0.0.4: promgate agrees with promtool check metrics', async (t) => {
  if (!havePromtool()) return t.skip('promtool not installed')
  const cases = textCases()
  const tool = await promtoolAll(cases.map((c) => c.text))
  // Valid seeds: both accept.
  cases.forEach((c, i) => { if (c.op === 'unchanged') assert.equal(tool[i]!.reject, false, `promtool rejects seed ${c.seed}: ${tool[i]!.message}`) })
  await compare(t, cases, tool, 'text-0.0.4', PROMTOOL_LENIENT, PROMTOOL_STRICT)
})

// ------------------------------------------------------------------ OpenMetrics vs the Python parser

test('OpenMetrics: promgate agrees with the Python reference parser', async (t) => {
  if (!havePythonClient()) return t.skip('python3-prometheus-client not installed for /usr/bin/python3')
  const cases = omCases()
  const tool = pythonAll(cases.map((c) => c.text))
  cases.forEach((c, i) => { if (c.op === 'unchanged') assert.equal(tool[i]!.reject, false, `python rejects seed ${c.seed}: ${tool[i]!.message}`) })
  await compare(t, cases, tool, 'openmetrics-1.0.0', PYTHON_LENIENT, PYTHON_STRICT)
})

test('the tools are the ones we think (versions logged)', (t) => {
  if (havePromtool()) t.diagnostic(spawnSync('promtool', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]!)
  if (havePythonClient()) {
    t.diagnostic('python3-prometheus-client ' + spawnSync('/usr/bin/python3', ['-c', 'import importlib.metadata as m; print(m.version("prometheus_client"))'], { encoding: 'utf8' }).stdout.trim())
  }
})
