/**
 * JIT warm-up for large payloads. V8 optimizes the hot per-line functions (the label scanner, the
 * sample line, the semantics) only after they ran for a while, and it throws that code away again
 * (a deopt, then another ~50-100 ms compile on a busy machine) each time the payload reaches a
 * branch the function never took before: the first negative value, the first value above 2^31,
 * the first escape, the first line split across two chunks. Until then the payload runs in the
 * interpreter, 10-20x slower: the first 5-10 MB of a payload cost as much as the next 50.
 *
 * So before a large payload the validator runs once over a small built-in payload that takes
 * those branches (a few thousand lines, a few ms): the type feedback is complete when the
 * functions are first optimized, and they stay optimized. This changes no result: the warm-up
 * uses its own validator instance, and its findings are dropped.
 */
import type { ValidatorOptions } from './index.js'

type Format = ValidatorOptions['format']

const done = new Set<Format>()

/** Run the warm-up payload for `format` once per process. `make` builds a validator (with the caller's lints). */
export function warmUp(format: Format, make: (o: ValidatorOptions) => { push(c: Uint8Array): void; end(): unknown }): void {
  if (done.has(format) || format === 'protobuf') return
  done.add(format)
  const payload = Buffer.from(warmupPayload(format === 'openmetrics-1.0.0'), 'utf8')
  // Small chunks: lines split across chunks, and a line longer than a chunk.
  const size = 4093
  const v = make({ format, file: '<warm-up>', maxFindings: 50, kernel: false })
  for (let o = 0; o < payload.length; o += size) v.push(Buffer.from(payload.subarray(o, Math.min(payload.length, o + size))))
  v.end()
}

const VALUES = ['0', '1', '42', '-1', '-0.5', '0.000214885', '3.14159', '1.048576e+06', '8.8234112e+08',
  '12345678901', '-98765432109', '1e-07', '2.5E+3', '+Inf', '-Inf', 'NaN', '1234567.891011121314',
  '0.1234567890123456789', '4294967296', '9007199254740993']

function warmupPayload(om: boolean): string {
  const out: string[] = []
  const v = (i: number): string => VALUES[i % VALUES.length]
  const total = om ? '_total' : ''
  for (let f = 0; f < 2; f++) {
    const base = `warm_${f}_requests`
    out.push(`# HELP ${base}${om ? '' : total} Requests \\\\ handled \\n by the "warm-up" – ünïcødé ✓ 𝄞.`)
    out.push(`# TYPE ${base} counter`)
    for (let s = 0; s < 10; s++) {
      const labels = `code="${200 + (s % 5)}",handler="/api/v${s % 3}/items/${s}",method="${s % 2 ? 'GET' : 'POST'}",pod="warm-${f}-7d9f8b6c4-${s}"`
      const ts = s % 7 === 0 ? (om ? ' 1700000000.123' : ' 1700000000123') : ''
      const ex = om && s % 9 === 0 ? ' # {trace_id="abc123"} 1.0 1700000000.5' : ''
      out.push(`${base}${total}{${labels}} ${s % 3 ? String(s * 1000 + f) : `${s}.25`}${ts}${ex}`)
      if (om && s % 10 === 0) out.push(`${base}_created{${labels}} 1700000000.5`)
    }
    const g = `warm_${f}_temperature_celsius`
    out.push(`# HELP ${g} A gauge.`)
    out.push(`# TYPE ${g} gauge`)
    for (let s = 0; s < VALUES.length; s++) {
      out.push(`${g}{sensor="s${s}",esc="a\\\\b\\"c\\nd",utf="ü✓𝄞${s}",empty=""${om ? '' : ' '}} ${v(s + f)}`)
    }
    out.push(`${g}_plain ${v(f)}`)
    const h = `warm_${f}_request_duration_seconds`
    out.push(`# HELP ${h} A histogram.`)
    out.push(`# TYPE ${h} histogram`)
    for (let s = 0; s < 2; s++) {
      const l = `handler="/h${s}",method="GET"`
      let c = 0
      for (const le of ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf']) {
        c += s + 1
        out.push(`${h}_bucket{${l},le="${le}"} ${c}`)
      }
      out.push(`${h}_sum{${l}} ${c * 0.37}`)
      out.push(`${h}_count{${l}} ${c}`)
    }
    const q = `warm_${f}_rpc_duration_seconds`
    out.push(`# HELP ${q} A summary.`)
    out.push(`# TYPE ${q} summary`)
    for (let s = 0; s < 2; s++) {
      const l = `grpc_method="M${s}",grpc_service="S"`
      for (const qq of ['0', '0.25', '0.5', '0.75', '0.99', '1']) out.push(`${q}{${l},quantile="${qq}"} ${v(s)}`)
      out.push(`${q}_sum{${l}} ${s * 1.5}`)
      out.push(`${q}_count{${l}} ${s * 3}`)
    }
    if (!om) {
      // untyped families, a label set without metadata, blanks and comments
      out.push(`warm_${f}_untyped{a="1"} ${v(f + 3)}`)
      out.push(`warm_${f}_untyped{a="2"}\t${v(f + 4)}`)
      out.push(`warm_${f}_untyped { a = "3" , } ${v(f + 5)}`)
      out.push('')
      out.push('# a plain comment – ✓')
      out.push(`  warm_${f}_indented 1`)
    }
    if (om) {
      out.push(`# TYPE warm_${f}_info info`)
      out.push(`warm_${f}_info{version="1.${f}"} 1`)
      out.push(`# TYPE warm_${f}_state stateset`)
      out.push(`warm_${f}_state{warm_${f}_state="a"} 1`)
      out.push(`warm_${f}_state{warm_${f}_state="b"} 0`)
    }
  }
  // a family with more series, one wide line, one value longer than a chunk
  out.push('# TYPE warm_many gauge')
  for (let s = 0; s < 40; s++) out.push(`warm_many{id="${s}",zone="z${s % 3}"} ${s}`)
  const wide: string[] = []
  for (let k = 0; k < 40; k++) wide.push(`l${k}="${k}"`)
  out.push(`warm_wide{${wide.join(',')}} 1`)
  out.push(`warm_long{v="${'x'.repeat(6000)}"} 1`)
  out.push(`warm_escapes{v="${'\\\\\\"\\n'.repeat(50)}"} 1`)
  // findings: a duplicate series, buckets out of order, a camelCase name (a lint)
  out.push('# TYPE warm_dup gauge')
  out.push('warm_dup{a="1"} 1')
  out.push('warm_dup{a="1"} 2')
  out.push('# TYPE warm_bad_seconds histogram')
  out.push('warm_bad_seconds_bucket{le="1"} 2')
  out.push('warm_bad_seconds_bucket{le="0.5"} 1')
  out.push('warm_bad_seconds_bucket{le="+Inf"} 2')
  out.push('warm_bad_seconds_sum 1')
  out.push('warm_bad_seconds_count 2')
  out.push('# TYPE warmCamelCase gauge')
  out.push('warmCamelCase 1')
  if (om) out.push('# EOF')
  return out.join('\n') + '\n'
}
