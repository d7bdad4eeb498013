/**
 * Which parser a real Prometheus picks for a response, from its Content-Type, as
 * model/textparse's New() does:
 *
 * - Prometheus 3.x (extractMediaType): a missing, unparsable (Go's mime.ParseMediaType) or
 *   unknown media type uses `fallback_scrape_protocol` when the job sets one, and otherwise fails the
 *   scrape. `text/plain` → the text parser, `application/openmetrics-text` → OpenMetrics,
 *   `application/vnd.google.protobuf` → protobuf. Other parameters (version, charset) do not matter.
 * - Prometheus 2.x: a missing or unparsable Content-Type, and any media type other than OpenMetrics and
 *   protobuf, silently uses the text parser.
 *
 * Prometheus parses whatever the target sends, whatever `scrape_protocols` asked for in Accept; a
 * format the job did not ask for is reported as information only.
 */
import { fill, type RuleMeta } from '../check.js'
import { versionNumber } from '../version.js'
import type { Verdict } from '../finding.js'
import type { ExpositionFormat } from './index.js'
import { rules } from './rules/index.js'

export interface NegotiationInput {
  /** The response's Content-Type header, or undefined when absent. */
  contentType: string | undefined
  /** The job's scrape_protocols (Prometheus names such as 'OpenMetricsText1.0.0'). */
  scrapeProtocols: string[]
  fallbackScrapeProtocol?: string
  prometheusVersion: string
}

export interface NegotiationProblem {
  rule: string
  severity: 'error' | 'warning' | 'info'
  message: string
  hint?: string
  verdict?: Verdict
}

export interface NegotiationResult {
  /** The parser a real Prometheus of that version would use; undefined = the scrape fails. */
  format?: ExpositionFormat
  /** Missing/unparsable/unsupported Content-Type findings (location filled by the caller). */
  problems: NegotiationProblem[]
}

/** scrape_protocols / fallback_scrape_protocol names → the format Prometheus parses them with. */
const PROTOCOLS: Record<string, ExpositionFormat> = {
  PrometheusProto: 'protobuf',
  PrometheusText0_0_4: 'text-0.0.4',
  'PrometheusText0.0.4': 'text-0.0.4',
  'PrometheusText1.0.0': 'text-1.0.0',
  'OpenMetricsText0.0.1': 'openmetrics-1.0.0',
  'OpenMetricsText1.0.0': 'openmetrics-1.0.0',
}

function protocolOf(format: ExpositionFormat): string {
  switch (format) {
    case 'protobuf': return 'PrometheusProto'
    case 'text-0.0.4': return 'PrometheusText0.0.4'
    case 'text-1.0.0': return 'PrometheusText1.0.0'
    case 'openmetrics-1.0.0': return 'OpenMetricsText1.0.0'
  }
}

interface MediaType { type: string; params: Record<string, string> }

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/** A strict reading of RFC 2045 media types, close to Go's mime.ParseMediaType; undefined when unparsable. */
export function parseMediaType(value: string): MediaType | undefined {
  const parts = splitParams(value)
  if (!parts) return undefined
  const [full, ...rest] = parts
  const type = full.trim().toLowerCase()
  const slash = type.indexOf('/')
  if (slash <= 0 || slash === type.length - 1) return undefined
  if (!TOKEN.test(type.slice(0, slash)) || !TOKEN.test(type.slice(slash + 1))) return undefined
  const params: Record<string, string> = {}
  for (const p of rest) {
    const s = p.trim()
    if (s === '') continue // Go tolerates a trailing ";"
    const eq = s.indexOf('=')
    if (eq <= 0) return undefined
    const key = s.slice(0, eq).trim().toLowerCase()
    let val = s.slice(eq + 1).trim()
    if (!TOKEN.test(key)) return undefined
    if (val.startsWith('"')) {
      if (val.length < 2 || !val.endsWith('"')) return undefined
      val = val.slice(1, -1).replace(/\\(.)/g, '$1')
    } else if (!TOKEN.test(val)) return undefined
    if (key in params) return undefined // Go: "mime: duplicate parameter name"
    params[key] = val
  }
  return { type, params }
}

/** Split on ";" outside quoted strings; undefined on an unterminated quote. */
function splitParams(value: string): string[] | undefined {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (quoted) {
      cur += c
      if (c === '\\' && i + 1 < value.length) cur += value[++i]
      else if (c === '"') quoted = false
    } else if (c === '"') {
      quoted = true
      cur += c
    } else if (c === ';') {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  if (quoted) return undefined
  out.push(cur)
  return out
}

function formatOfMedia(m: MediaType): ExpositionFormat | undefined {
  switch (m.type) {
    case 'text/plain': return m.params.version === '1.0.0' ? 'text-1.0.0' : 'text-0.0.4'
    case 'application/openmetrics-text': return 'openmetrics-1.0.0'
    case 'application/vnd.google.protobuf': return 'protobuf'
  }
  return undefined
}

function problem<M extends string>(meta: RuleMeta<M>, id: M, data: Record<string, string>, severity: NegotiationProblem['severity'], verdict: Verdict, hintExtra = ''): NegotiationProblem {
  const hint = meta.hints?.[id]
  return { rule: meta.id, severity, message: fill(meta.messages[id], data), ...(hint ? { hint: fill(hint, data) + hintExtra } : {}), verdict }
}

/** Choose the parser exactly as Prometheus does from the Content-Type. */
export function negotiateFormat(input: NegotiationInput): NegotiationResult {
  const v3 = versionNumber(input.prometheusVersion) >= 3000
  const fallback = input.fallbackScrapeProtocol ? PROTOCOLS[input.fallbackScrapeProtocol] : undefined
  const problems: NegotiationProblem[] = []
  const ct = input.contentType
  const onFallback = (id: 'missing' | 'unsupported' | 'unparsable', data: Record<string, string>): NegotiationResult => {
    const meta = id === 'missing' ? rules.contentTypeMissing : rules.contentTypeUnsupported
    if (!v3) {
      // 2.x: textparse.New falls back to the Prometheus text parser without a word.
      problems.push(problem(meta as RuleMeta<string>, id, data, 'warning', { kind: 'spec' }, ' Prometheus 2.x reads the body as text 0.0.4; Prometheus 3 fails this scrape without fallback_scrape_protocol.'))
      return { format: 'text-0.0.4', problems }
    }
    if (fallback) {
      problems.push(problem(meta as RuleMeta<string>, id, data, 'warning', { kind: 'spec' }, ` Prometheus uses fallback_scrape_protocol ${input.fallbackScrapeProtocol}.`))
      return { format: fallback, problems }
    }
    problems.push(problem(meta as RuleMeta<string>, id, data, 'error', { kind: 'scrape-fails', versions: '>=3.0' }, ' Prometheus 3 fails the scrape: no fallback_scrape_protocol is set.'))
    return { problems }
  }
  if (ct === undefined || ct.trim() === '') return onFallback('missing', {})
  const media = parseMediaType(ct)
  if (!media) return onFallback('unparsable', { contentType: ct.slice(0, 200) })
  let format = formatOfMedia(media)
  if (!format) return onFallback('unsupported', { contentType: ct.slice(0, 200) })
  if (!v3 && format === 'text-1.0.0') format = 'text-0.0.4' // 2.x has no text 1.0.0: its parser knows no quoted names
  const asked = input.scrapeProtocols.map((p) => PROTOCOLS[p]).filter((x): x is ExpositionFormat => x !== undefined)
  const family = (f: ExpositionFormat) => (f === 'text-1.0.0' ? 'text-0.0.4' : f)
  if (asked.length > 0 && !asked.some((a) => family(a) === family(format!))) {
    problems.push(problem(rules.contentTypeUnsupported, 'notNegotiated', { contentType: ct.slice(0, 200), protocol: protocolOf(format) }, 'info', { kind: 'accepted-but-wrong' }))
  }
  return { format, problems }
}
