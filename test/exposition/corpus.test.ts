/**
 * Every bad input in ../shared/corpus/exposition-extra is rejected (at least one error finding) and
 * every good one accepted (no error finding), except the known gaps below, each with its reason.
 * A gap is asserted too: the file must still give exactly the listed rule ids among its errors.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { validatePayload, type ExpositionFormat } from '../../src/exposition/index.js'

const ROOT = new URL('../../../shared/corpus/exposition-extra/', import.meta.url).pathname

/** Good inputs we reject on purpose (strict where Prometheus or expfmt are lenient). */
const KNOWN_GAPS: Record<string, { rules: string[]; reason: string }> = {
  'prometheus-textparse-testdata/alltypes.5mfs.om.txt': {
    rules: ['invalid-count', 'openmetrics-invalid-histogram-sum', 'summary-invalid-quantile'],
    reason: 'client_golang example output of normally distributed (negative) observations: a histogram with a negative bucket (le="-0.00099") that exposes _sum, a summary with a negative _sum and negative quantile values. OpenMetrics 1.0: such a histogram "MUST NOT contain a sum value"; a summary\'s Sum "MUST NOT be NaN or negative"; "Quantile values MUST NOT be negative". The reference parser rejects each; Prometheus ingests them',
  },
  'prometheus-common-expfmt-tests/textparse_ok/case_003.txt': {
    rules: ['duplicate-metadata', 'interleaved-family', 'invalid-timestamp'],
    reason: 'expfmt accepts "decoy -1 -2", but Prometheus\'s lexer takes only digits as a timestamp (the scrape fails); the summary is interrupted by other families (the text spec wants one group per metric) and has two HELP lines',
  },
  'prometheus-common-expfmt-fuzz-corpus/from_test_parse_3': {
    rules: ['duplicate-metadata', 'interleaved-family', 'invalid-timestamp', 'malformed-metadata'],
    reason: 'older copy of textparse_ok/case_003, plus "# HELP " without a name, which Prometheus\'s parser rejects ("expected metric name after HELP")',
  },
  'prometheus-common-expfmt-tests/textparse_ok/case_007.txt': {
    rules: ['duplicate-series'],
    reason: 'the parser test repeats the series {"name.with.dots"} (a duplicate Prometheus drops) ',
  },
  'prometheus-common-expfmt-tests/textparse_ok/case_013.txt': {
    rules: ['histogram-missing-inf'], reason: 'a parse-only test: the histogram has no le="+Inf" bucket',
  },
  'prometheus-common-expfmt-tests/textparse_ok/case_015.txt': {
    rules: ['invalid-type'], reason: 'expfmt accepts "gaugehistogram" in text; Prometheus\'s text parser fails the scrape ("invalid metric type")',
  },
  'prometheus-common-expfmt-tests/textparse_ok/case_016.txt': {
    rules: ['invalid-type'], reason: 'expfmt accepts "gauge_histogram" in text; Prometheus\'s text parser fails the scrape',
  },
  'prometheus-common-expfmt-tests/textparse_ok/case_017.txt': {
    rules: ['invalid-type'], reason: 'as case_016',
  },
  'prometheus-textparse-tests/promparse_nullbyte/case_000.txt': {
    rules: ['missing-final-newline'], reason: 'Prometheus appends a line feed itself; the text spec requires one (expfmt/promtool reject the payload)',
  },
  'prometheus-textparse-tests/omparse_nullbyte_via_promparser/case_003.txt': {
    rules: ['missing-final-newline'], reason: 'as promparse_nullbyte/case_000 (an OpenMetrics body fed to the text parser)',
  },
  'prometheus-textparse-tests/valid/promparse_valid.prom.txt': {
    rules: ['duplicate-series', 'interleaved-family', 'missing-comma-between-labels', 'missing-final-newline'],
    reason: 'TestPromParse input is deliberately lenient: a missing comma, a family interrupted by metadata of others, the same series repeated, no final line feed',
  },
  'prometheus-textparse-tests/valid/promparse_utf8_valid.prom.txt': {
    rules: ['duplicate-series', 'missing-final-newline'], reason: 'TestUTF8PromParse repeats one series in several spellings and has no final line feed',
  },
  'prometheus-textparse-tests/valid/omparse_valid.om.txt': {
    rules: ['histogram-missing-sum-or-count', 'interleaved-family', 'invalid-exemplar', 'openmetrics-invalid-sample-name', 'openmetrics-invalid-stateset'],
    reason: 'TestOpenMetricsParse input is a parser test, not a valid exposition: metadata of other families inside a family, exemplars on _count/_sum, a histogram _count without _sum, ggh_count in a gaugehistogram, an info sample without _info, a stateset sample without its label (the reference parser rejects each; Prometheus\'s parser does not check)',
  },
  'prometheus-textparse-tests/valid/omparse_utf8_valid.om.txt': {
    rules: ['duplicate-series', 'interleaved-family', 'invalid-exemplar'],
    reason: 'repeats a series, continues the summary (its _sum) after another family, and puts an exemplar on a summary _count (OpenMetrics allows exemplars on counters and histogram buckets only)',
  },
}

interface Case { file: string; format: ExpositionFormat; bad: boolean; why: string }

function indexCases(dir: string, format: ExpositionFormat, key: string, okValue: string | null): Case[] {
  const idx = JSON.parse(readFileSync(ROOT + dir + '/index.json', 'utf8')) as { cases: Record<string, string>[] }
  return idx.cases.map((c) => ({
    file: `${dir}/${c.file}`, format,
    bad: okValue === null ? c[key] !== '' : c[key] !== okValue,
    why: c[key] || c.errLegacy || '',
  }))
}

function cases(): Case[] {
  const out: Case[] = [
    ...indexCases('prometheus-textparse-tests/promparse_errors', 'text-0.0.4', 'err', null),
    ...indexCases('prometheus-textparse-tests/promparse_nullbyte', 'text-0.0.4', 'err', ''),
    ...indexCases('prometheus-textparse-tests/omparse_nullbyte_via_promparser', 'text-0.0.4', 'err', ''),
    ...indexCases('prometheus-textparse-tests/omparse_errors', 'openmetrics-1.0.0', 'err', 'EOF'),
    // errUTF8 "" = parses with UTF-8 names (Prometheus 3); errLegacy alone is not a rejection
    ...indexCases('prometheus-common-expfmt-tests/textparse_errors', 'text-0.0.4', 'errUTF8', null),
  ]
  const list = (dir: string) => readdirSync(ROOT + dir).sort()
  for (const f of list('prometheus-common-expfmt-tests/textparse_ok').filter((x) => x.endsWith('.txt'))) {
    out.push({ file: `prometheus-common-expfmt-tests/textparse_ok/${f}`, format: 'text-0.0.4', bad: false, why: 'expfmt parses it' })
  }
  for (const f of list('prometheus-common-expfmt-fuzz-corpus')) {
    out.push({ file: `prometheus-common-expfmt-fuzz-corpus/${f}`, format: 'text-0.0.4', bad: f.includes('error'), why: f })
  }
  for (const f of list('prometheus-textparse-testdata')) {
    out.push({ file: `prometheus-textparse-testdata/${f}`, format: f.includes('.om.') ? 'openmetrics-1.0.0' : 'text-0.0.4', bad: false, why: 'upstream test data' })
  }
  for (const f of list('prometheus-textparse-tests/valid')) {
    const format = f.includes('.om.') ? 'openmetrics-1.0.0' : f.includes('utf8') ? 'text-1.0.0' : 'text-0.0.4'
    out.push({ file: `prometheus-textparse-tests/valid/${f}`, format, bad: false, why: 'upstream valid input' })
  }
  out.push({ file: 'promtool-testdata/metrics-test.prom', format: 'text-0.0.4', bad: false, why: 'promtool test input' })
  out.push({ file: 'prometheus-common-expfmt-testdata/text', format: 'text-0.0.4', bad: false, why: 'expfmt test data' })
  for (const f of ['e2e-output.txt', 'e2e-64k-page-output.txt']) {
    out.push({ file: `node-exporter-fixtures/${f}`, format: 'text-0.0.4', bad: false, why: 'node_exporter output' })
  }
  for (const f of list('node-exporter-fixtures/textfile').filter((x) => x.endsWith('.out'))) {
    out.push({ file: `node-exporter-fixtures/textfile/${f}`, format: 'text-0.0.4', bad: false, why: 'node_exporter re-exposition' })
  }
  return out
}

const available = existsSync(ROOT)

test('exposition-extra corpus: bad inputs rejected, good ones accepted', { skip: available ? false : `corpus not found at ${ROOT}` }, () => {
  const all = cases()
  assert.ok(all.length > 150, `only ${all.length} cases found`)
  const problems: string[] = []
  const usedGaps = new Set<string>()
  for (const c of all) {
    const { findings } = validatePayload(readFileSync(ROOT + c.file), { file: c.file, format: c.format, lints: false })
    const errors = findings.filter((f) => f.severity === 'error')
    for (const f of findings) {
      if (f.location.line < 1 || f.location.column < 1) problems.push(`${c.file}: position ${f.location.line}:${f.location.column}`)
    }
    const gap = KNOWN_GAPS[c.file]
    if (gap) {
      usedGaps.add(c.file)
      const got = [...new Set(errors.map((f) => f.rule.replace('exposition/', '')))].sort()
      if (JSON.stringify(got) !== JSON.stringify([...gap.rules].sort())) problems.push(`${c.file}: known gap changed, errors now ${got.join(', ')}`)
      continue
    }
    if (c.bad && errors.length === 0) problems.push(`${c.file}: bad input accepted (${c.why})`)
    if (!c.bad && errors.length > 0) {
      problems.push(`${c.file}: good input rejected: ${errors.slice(0, 3).map((f) => `${f.rule}@${f.location.line}:${f.location.column} ${f.message}`).join('; ')}`)
    }
  }
  for (const g of Object.keys(KNOWN_GAPS)) if (!usedGaps.has(g)) problems.push(`known gap ${g} matches no case`)
  assert.deepEqual(problems, [])
})
