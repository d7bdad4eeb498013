// Shared by the differential tests: systematic mutations of valid payloads, and batched runs of
// the real tools (promtool, the Python reference OpenMetrics parser).
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { validatePayload, type ExpositionFormat } from '../../src/exposition/index.js'
import type { Finding } from '../../src/finding.js'

export interface Mutant {
  seed: string
  op: string
  /** 1-based line the mutation touched (0 = whole payload). */
  line: number
  text: string
}

const SAMPLE = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{|\s)/

/** Sample lines (not comments, not blank) of a payload, 0-based indexes. */
function sampleLines(lines: string[]): number[] {
  const out: number[] = []
  lines.forEach((l, i) => { if (SAMPLE.test(l)) out.push(i) })
  return out
}

/** Up to `k` indexes spread evenly over `xs`. */
function spread<T>(xs: T[], k: number): T[] {
  if (xs.length <= k) return xs
  return Array.from({ length: k }, (_, i) => xs[Math.floor((i * (xs.length - 1)) / Math.max(1, k - 1))]!)
}

type LineOp = (line: string) => string | undefined
const at = (s: string, i: number, insert: string, del = 0) => s.slice(0, i) + insert + s.slice(i + del)

/** Line mutations: each returns the mutated line, or undefined when it does not apply. */
export const LINE_OPS: Record<string, LineOp> = {
  'drop first quote': (l) => (l.includes('"') ? at(l, l.indexOf('"'), '', 1) : undefined),
  'drop last quote': (l) => (l.includes('"') ? at(l, l.lastIndexOf('"'), '', 1) : undefined),
  'drop comma': (l) => { const i = l.indexOf('",'); return i >= 0 ? at(l, i + 1, '', 1) : undefined },
  'drop open brace': (l) => (l.includes('{') ? l.replace('{', '') : undefined),
  'drop close brace': (l) => (l.includes('}') ? l.replace('}', '') : undefined),
  'space in name': (l) => { const n = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(l)![0]; return n.length > 2 ? at(l, Math.floor(n.length / 2), ' ') : undefined },
  'space before brace': (l) => (l.includes('{') ? l.replace('{', ' {') : undefined),
  'spaces inside braces': (l) => (l.includes('{') && !l.includes('{}') ? l.replace('{', '{ ').replace('}', ' }') : undefined),
  'trailing comma in labels': (l) => (l.includes('"}') ? l.replace('"}', '",}') : undefined),
  'empty label set': (l) => (l.includes('{') ? undefined : l.replace(/^([a-zA-Z_:][a-zA-Z0-9_:]*)/, '$1{}')),
  'leading space': (l) => ' ' + l,
  'trailing space': (l) => l + ' ',
  'tab before value': (l) => l.replace(/ (\S+)$/, '\t$1'),
  'drop value': (l) => l.replace(/ \S+$/, ''),
  'value 1.2.3': (l) => l.replace(/ \S+$/, ' 1.2.3'),
  'value abc': (l) => l.replace(/ \S+$/, ' abc'),
  'value 1e': (l) => l.replace(/ \S+$/, ' 1e'),
  'value 0x1p3': (l) => l.replace(/ \S+$/, ' 0x1p3'),
  'value 1_000': (l) => l.replace(/ \S+$/, ' 1_000'),
  'value +inf': (l) => l.replace(/ \S+$/, ' +inf'),
  'value Infinity': (l) => l.replace(/ \S+$/, ' Infinity'),
  'value nan': (l) => l.replace(/ \S+$/, ' nan'),
  'value .5': (l) => l.replace(/ \S+$/, ' .5'),
  'value 1e400': (l) => l.replace(/ \S+$/, ' 1e400'),
  'value -0': (l) => l.replace(/ \S+$/, ' -0'),
  'timestamp ms': (l) => l + ' 1700000000000',
  'timestamp float': (l) => l + ' 1700000000.5',
  'timestamp negative': (l) => l + ' -1',
  'timestamp garbage': (l) => l + ' 12abc',
  'two values': (l) => l + ' 1 2',
  'bad escape \\q': (l) => (l.includes('="') ? l.replace('="', '="\\q') : undefined),
  'escape \\t': (l) => (l.includes('="') ? l.replace('="', '="\\t') : undefined),
  'valid escapes': (l) => (l.includes('="') ? l.replace('="', '="\\\\\\"\\n') : undefined),
  'raw tab in value': (l) => (l.includes('="') ? l.replace('="', '="a\tb') : undefined),
  'label name digit first': (l) => (l.includes('{') && !l.includes('{}') ? l.replace('{', '{1') : undefined),
  'label name with dash': (l) => (l.includes('{') && !l.includes('{}') ? l.replace('{', '{a-') : undefined),
  'duplicate label': (l) => { const m = /\{([a-zA-Z_][a-zA-Z0-9_]*="[^"]*")/.exec(l); return m ? l.replace('{', `{${m[1]},`) : undefined },
  'unquoted label value': (l) => { const m = /="([a-zA-Z0-9_.]*)"/.exec(l); return m ? l.replace(m[0], `=${m[1]}`) : undefined },
  'nul byte': (l) => at(l, Math.floor(l.length / 2), '\u0000'),
  'invalid utf-8 marker': (l) => (l.includes('="') ? l.replace('="', '="\uFFFE') : undefined),
}

/** Whole-payload mutations. */
export const PAYLOAD_OPS: Record<string, (lines: string[], i: number) => string[] | undefined> = {
  'duplicate line': (ls, i) => [...ls.slice(0, i + 1), ls[i]!, ...ls.slice(i + 1)],
  'swap with next': (ls, i) => (i + 1 < ls.length && ls[i + 1] !== '' ? [...ls.slice(0, i), ls[i + 1]!, ls[i]!, ...ls.slice(i + 2)] : undefined),
  'move to end': (ls, i) => { const rest = ls.filter((_, k) => k !== i); const end = rest.at(-1) === '' ? rest.length - 1 : rest.length; return [...rest.slice(0, end), ls[i]!, ...rest.slice(end)] },
  'delete line': (ls, i) => ls.filter((_, k) => k !== i),
  'blank line before': (ls, i) => [...ls.slice(0, i), '', ...ls.slice(i)],
  'comment before': (ls, i) => [...ls.slice(0, i), '# just a comment', ...ls.slice(i)],
}

/** Metadata mutations, applied to the first HELP/TYPE lines. */
export const META_OPS: Record<string, (lines: string[]) => string[] | undefined> = {
  'unknown TYPE': (ls) => mapFirst(ls, /^# TYPE (\S+) \S+/, (l) => l.replace(/ \S+$/, ' bogus')),
  'TYPE without type': (ls) => mapFirst(ls, /^# TYPE (\S+) \S+/, (l) => l.replace(/ \S+$/, '')),
  'duplicate TYPE': (ls) => { const i = ls.findIndex((l) => l.startsWith('# TYPE ')); return i < 0 ? undefined : [...ls.slice(0, i + 1), ls[i]!, ...ls.slice(i + 1)] },
  'duplicate HELP': (ls) => { const i = ls.findIndex((l) => l.startsWith('# HELP ')); return i < 0 ? undefined : [...ls.slice(0, i + 1), ls[i]!, ...ls.slice(i + 1)] },
  'HELP with bad escape': (ls) => mapFirst(ls, /^# HELP /, (l) => l + ' \\q'),
  'HELP empty': (ls) => mapFirst(ls, /^# HELP \S+ /, (l) => l.replace(/^(# HELP \S+) .*$/, '$1')),
  'TYPE after samples': (ls) => {
    const t = ls.findIndex((l) => l.startsWith('# TYPE '))
    if (t < 0) return undefined
    const s = ls.findIndex((l, k) => k > t && SAMPLE.test(l))
    if (s < 0) return undefined
    const rest = ls.filter((_, k) => k !== t)
    return [...rest.slice(0, s), ls[t]!, ...rest.slice(s)]
  },
  'no final newline': (ls) => (ls.at(-1) === '' ? ls.slice(0, -1) : undefined),
  'CRLF': (ls) => ls.map((l, k) => (k < ls.length - 1 ? l + '\r' : l)),
}

function mapFirst(ls: string[], re: RegExp, f: (l: string) => string): string[] | undefined {
  const i = ls.findIndex((l) => re.test(l))
  return i < 0 ? undefined : ls.map((l, k) => (k === i ? f(l) : l))
}

/** Systematic mutants of one seed: each line op on `perOp` sample lines, each payload op, each meta op. */
export function mutants(seed: string, text: string, perOp = 2, extra: Record<string, LineOp> = {}): Mutant[] {
  const lines = text.split('\n')
  const samples = sampleLines(lines)
  const out: Mutant[] = []
  for (const [op, f] of Object.entries({ ...LINE_OPS, ...extra })) {
    for (const i of spread(samples.filter((k) => f(lines[k]!) !== undefined), perOp)) {
      const m = f(lines[i]!)!
      out.push({ seed, op, line: i + 1, text: lines.map((l, k) => (k === i ? m : l)).join('\n') })
    }
  }
  for (const [op, f] of Object.entries(PAYLOAD_OPS)) {
    for (const i of spread(samples, perOp)) {
      const m = f(lines, i)
      if (m) out.push({ seed, op, line: i + 1, text: m.join('\n') })
    }
  }
  for (const [op, f] of Object.entries(META_OPS)) {
    const m = f(lines)
    if (m) out.push({ seed, op, line: 0, text: m.join('\n') })
  }
  return out
}

// ------------------------------------------------------------------ promgate

export interface Verdict {
  reject: boolean
  errors: Finding[]
}

/** promgate's verdict: reject = at least one error finding (lints are warnings). */
export function promgate(text: string, format: ExpositionFormat): Verdict {
  const r = validatePayload(Buffer.from(text, 'utf8'), { format, file: 'payload', lints: false })
  const errors = r.findings.filter((f) => f.severity === 'error')
  return { reject: errors.length > 0, errors }
}

// ------------------------------------------------------------------ promtool

export function havePromtool(): boolean {
  return !spawnSync('promtool', ['--version'], { stdio: 'ignore' }).error
}

export interface ToolVerdict { reject: boolean; message: string }

/**
 * `promtool check metrics` on each payload, `concurrency` at a time. Exit 0 = clean, 3 = lint
 * problems only (both accept: lints are not parse errors), 1 = "error while linting: <parse error>".
 */
export async function promtoolAll(texts: string[], concurrency = 4): Promise<ToolVerdict[]> {
  const out: ToolVerdict[] = new Array(texts.length)
  let next = 0
  async function worker() {
    while (next < texts.length) {
      const i = next++
      out[i] = await new Promise<ToolVerdict>((resolve) => {
        const child = spawn('promtool', ['check', 'metrics'], { stdio: ['pipe', 'ignore', 'pipe'] })
        let err = ''
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
        child.stderr.on('data', (c: Buffer) => { if (err.length < 2000) err += c.toString() })
        child.on('close', (code) => {
          clearTimeout(timer)
          if (code === 0 || code === 3) resolve({ reject: false, message: '' })
          else resolve({ reject: true, message: err.split('\n').find((l) => l.startsWith('error')) ?? `exit ${code}: ${err.slice(0, 200)}` })
        })
        child.stdin.on('error', () => { /* promtool may exit before reading everything */ })
        child.stdin.end(Buffer.from(texts[i]!, 'utf8'))
      })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return out
}

// ------------------------------------------------------------------ Python reference OpenMetrics parser

const PY = '/usr/bin/python3'
const PY_CODE = `
import json, sys
from prometheus_client.openmetrics.parser import text_string_to_metric_families
out = []
for text in json.load(sys.stdin):
    try:
        for _ in text_string_to_metric_families(text):
            pass
        out.append({"reject": False, "message": ""})
    except Exception as e:
        out.append({"reject": True, "message": (type(e).__name__ + ": " + str(e))[:300]})
json.dump(out, sys.stdout)
`

export function havePythonClient(): boolean {
  const r = spawnSync(PY, ['-c', 'import prometheus_client.openmetrics.parser'], { stdio: 'ignore', timeout: 10_000 })
  return !r.error && r.status === 0
}

/** One Python process parses every payload (JSON list on stdin, verdicts on stdout). */
export function pythonAll(texts: string[]): ToolVerdict[] {
  const r = spawnSync(PY, ['-c', PY_CODE], { input: JSON.stringify(texts), encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`)
  return JSON.parse(r.stdout) as ToolVerdict[]
}

/** Payloads written by the real Python client (prometheus_client) in OpenMetrics. */
export function pythonClientPayload(): string {
  const code = `
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Summary, Info, Enum
from prometheus_client.openmetrics.exposition import generate_latest
r = CollectorRegistry()
c = Counter('http_requests', 'Requests served.', ['code', 'method'], registry=r)
c.labels('200', 'get').inc(3); c.labels('500', 'post').inc()
g = Gauge('queue_length', 'Jobs waiting.', registry=r); g.set(4)
h = Histogram('rpc_duration_seconds', 'RPC latency.', ['service'], registry=r, buckets=(0.1, 1, 10))
h.labels('a').observe(0.5); h.labels('b').observe(3)
s = Summary('request_size_bytes', 'Request sizes.', registry=r); s.observe(10)
i = Info('build', 'Build information.', registry=r); i.info({'version': '1.2', 'revision': 'abc'})
e = Enum('task_state', 'Task state.', states=['starting', 'running'], registry=r); e.state('running')
import sys; sys.stdout.write(generate_latest(r).decode())
`
  const r = spawnSync(PY, ['-c', code], { encoding: 'utf8', timeout: 20_000 })
  if (r.status !== 0) throw new Error(`python client failed: ${r.stderr}`)
  return r.stdout
}

// ------------------------------------------------------------------ seeds and their mutants

const CORPUS = '../shared/corpus/exposition-extra'
const read = (p: string) => readFileSync(`${CORPUS}/${p}`, 'utf8')

/** Valid text 0.0.4 payloads the text mutants start from. */
export const textSeeds = (): Record<string, string> => ({
  'hand-written': [
    '# HELP http_requests_total Requests served.',
    '# TYPE http_requests_total counter',
    'http_requests_total{code="200",method="get"} 1027 1700000000000',
    'http_requests_total{code="500",method="post"} 3',
    '# HELP rpc_duration_seconds RPC latency.',
    '# TYPE rpc_duration_seconds histogram',
    'rpc_duration_seconds_bucket{le="0.1"} 1',
    'rpc_duration_seconds_bucket{le="1"} 2',
    'rpc_duration_seconds_bucket{le="+Inf"} 3',
    'rpc_duration_seconds_sum 4.5',
    'rpc_duration_seconds_count 3',
    '# HELP request_size_bytes Sizes.',
    '# TYPE request_size_bytes summary',
    'request_size_bytes{quantile="0.5"} 10',
    'request_size_bytes{quantile="0.99"} NaN',
    'request_size_bytes_sum 100',
    'request_size_bytes_count 9',
    '# HELP queue_length Jobs "waiting" \\\\ here\\n.',
    '# TYPE queue_length gauge',
    'queue_length{queue="a\\"b\\\\c\\nd",zone="eu"} -Inf',
    'untyped_value{x=""} 1e-3',
    '',
  ].join('\n'),
  'promtool testdata': read('promtool-testdata/metrics-test.prom'),
  'expfmt testdata': read('prometheus-common-expfmt-testdata/text'),
})

/** Valid OpenMetrics payloads the OpenMetrics mutants start from. */
export const omSeeds = (): Record<string, string> => ({
  'hand-written': [
    '# TYPE http_requests counter',
    '# HELP http_requests Requests served.',
    'http_requests_total{code="200"} 1027 # {trace_id="abc"} 1 1700000000.001',
    'http_requests_created{code="200"} 1700000000',
    '# TYPE temperature_celsius gauge',
    '# UNIT temperature_celsius celsius',
    'temperature_celsius{room="a\\"b\\\\c\\nd"} -1.5',
    '# TYPE rpc_seconds histogram',
    'rpc_seconds_bucket{le="0.1"} 1 # {trace_id="x"} 0.05',
    'rpc_seconds_bucket{le="+Inf"} 3',
    'rpc_seconds_count 3',
    'rpc_seconds_sum 4.5',
    '# TYPE queue_wait_seconds gaugehistogram',
    'queue_wait_seconds_bucket{le="1"} 2',
    'queue_wait_seconds_bucket{le="+Inf"} 3',
    'queue_wait_seconds_gcount 3',
    'queue_wait_seconds_gsum 2',
    '# TYPE size_bytes summary',
    'size_bytes{quantile="0.5"} 10',
    'size_bytes_sum 100',
    'size_bytes_count 9',
    '# TYPE build info',
    'build_info{version="1.2"} 1',
    '# TYPE state stateset',
    'state{state="a"} 0',
    'state{state="b"} 1',
    '# TYPE mystery unknown',
    'mystery 7',
    '# EOF',
    '',
  ].join('\n'),
  'python client': pythonClientPayload(),
  'prometheus testdata': read('prometheus-textparse-testdata/1histogram.om.txt'),
})

/** OpenMetrics-only mutations, on top of the shared ones. */
export const OM_LINE_OPS = {
  'drop _total': (l: string) => (/^\w+_total[{ ]/.test(l) ? l.replace(/_total([{ ])/, '$1') : undefined),
  'exemplar without value': (l: string) => (l.includes(' # {') ? l.replace(/(# \{[^}]*\}) \S+.*$/, '$1') : undefined),
  'exemplar on a gauge-like line': (l: string) => (!l.includes(' # ') && !/_bucket|_total/.test(l) ? l + ' # {a="b"} 1' : undefined),
  'long exemplar labels': (l: string) => (l.includes(' # {') ? l.replace(' # {', ` # {x="${'a'.repeat(130)}",`) : undefined),
  'exemplar bad timestamp': (l: string) => (l.includes(' # {') ? l + 'x' : undefined),
}

export function omMutants(seed: string, text: string, perOp: number): Mutant[] {
  const out = mutants(seed, text, perOp, OM_LINE_OPS)
  const lines = text.split('\n')
  const eof = lines.indexOf('# EOF')
  if (eof >= 0) {
    out.push({ seed, op: 'no # EOF', line: eof + 1, text: lines.filter((_, i) => i !== eof).join('\n') })
    out.push({ seed, op: 'content after # EOF', line: eof + 2, text: [...lines.slice(0, eof + 1), 'after 1', ''].join('\n') })
    out.push({ seed, op: '# EOF without newline', line: eof + 1, text: lines.slice(0, eof + 1).join('\n') })
  }
  const unit = lines.findIndex((l) => l.startsWith('# UNIT '))
  if (unit >= 0) out.push({ seed, op: 'unit not a suffix', line: unit + 1, text: lines.map((l, i) => (i === unit ? l.replace(/ \S+$/, ' bytes') : l)).join('\n') })
  return out
}

/** The text 0.0.4 cases of the differential test: each seed unchanged, then its mutants. */
export function textCases(): Mutant[] {
  const cases: Mutant[] = []
  for (const [seed, text] of Object.entries(textSeeds())) {
    cases.push({ seed, op: 'unchanged', line: 0, text })
    cases.push(...mutants(seed, text, seed === 'hand-written' ? 3 : 1))
  }
  return cases
}

/** The OpenMetrics cases of the differential test: each seed unchanged, then its mutants. */
export function omCases(): Mutant[] {
  const cases: Mutant[] = []
  for (const [seed, text] of Object.entries(omSeeds())) {
    cases.push({ seed, op: 'unchanged', line: 0, text })
    cases.push(...omMutants(seed, text, seed === 'hand-written' ? 3 : 1))
  }
  return cases
}
