/**
 * The streaming validator: splits chunks into lines (keeping only the partial last line between
 * pushes), feeds the line parser, and assembles the result.
 */
import type { Finding } from '../finding.js'
import type { FamilySummary } from './family.js'
import type { ValidationResult, Validator, ValidatorOptions } from './index.js'
import { SampleRunKernel } from './kernel/index.js'
import { LineParser } from './parser.js'
import { rules } from './rules/index.js'
import { Semantics } from './semantics.js'
import { columnOf, FAILS, FindingSink, lineText, SPEC, type LineRef } from './sink.js'
import { warmUp } from './warmup.js'
import { versionNumber } from '../version.js'

const NL = 0x0a
/** A label value may run over at most this many extra lines / bytes before it is reported as unterminated. */
const MAX_JOINED_LINES = 8
const MAX_JOINED_BYTES = 256 * 1024
/**
 * A payload this large gets the JIT warm-up first (see warmup.ts); smaller ones are done before it
 * would pay off. Not with the kernel: the parser then sees a few lines per family, and the warm-up
 * cost more than it saved (node_exporter 50 MB: 0.34–0.44 s without, 0.41–0.51 s with, interleaved).
 */
const WARM_UP_AT = 256 * 1024

export interface FamilyHook {
  (f: FamilySummary, report: (f: Finding) => void): void
}

export function makeValidator(options: ValidatorOptions, lintHook?: FamilyHook): Validator {
  const format = options.format
  const om = format === 'openmetrics-1.0.0'
  const promVersion = versionNumber(options.prometheusVersion)
  const promMajor = Math.floor(promVersion / 1000)
  const out = new FindingSink(options.file, options.maxFindings ?? 1000)
  const lintReport = (f: Finding): void => {
    // lints point at the family's name: give their findings the payload line and a verdict like ours
    const at = sem.lastNameLine
    if (!f.payload && at && f.location.line === at.line) f.payload = { line: at.line, column: f.location.column, text: at.text }
    if (!f.verdict) f.verdict = { kind: 'accepted-but-wrong' }
    if (out.findings.length < out.max) out.findings.push(f)
    else out.dropped++
  }
  // The kernel reads text formats only; it has its own series table, which the semantics then uses.
  const kernel = !om && options.kernel !== false ? SampleRunKernel.create() : undefined
  const sem = new Semantics({
    kernel,
    format, limits: options.limits, targetLabels: options.targetLabels, target: options.target, promVersion,
    onFamily: (f) => {
      options.onFamily?.(f)
      lintHook?.(f, lintReport)
    },
  }, out)
  const parser = new LineParser({ om, text1: format === 'text-1.0.0', promMajor, promVersion, formatName: formatName(format) }, out, sem)

  let lineNo = 0
  /** Text formats: the lines of a label value still open (see LineParser.needsMore), and where it began. */
  let pendingParts: Uint8Array[] = []
  let pendingNo = 0
  let lastLineBlank = false
  let bytes = 0
  let tail: Uint8Array[] = []
  let tailLen = 0
  let last: LineRef | undefined
  const cur: LineRef = { buf: new Uint8Array(0), start: 0, end: 0, no: 0 }
  let ended = false
  let result: ValidationResult | undefined
  /** Lines left to skip the kernel for after runs that took nothing (a payload it cannot read). */
  let kernelSkip = 0
  let kernelBackoff = 1

  /** Lets the kernel take the lines of `chunk` from `pos` it can; returns where the parser goes on. */
  function kernelRun(chunk: Uint8Array, pos: number): number {
    if (kernelSkip > 0) {
      kernelSkip--
      return pos
    }
    const k = kernel!
    for (;;) {
      if (pendingParts.length > 0 || !sem.prepareRun(k)) return pos
      const n = k.run(chunk, pos, lineNo + 1)
      if (n === 0) {
        kernelSkip = kernelBackoff
        kernelBackoff = Math.min(kernelBackoff * 2, 64)
        return pos
      }
      kernelBackoff = 1
      lineNo += n
      parser.emitted += n
      sem.afterRun(k, n, chunk)
      cur.buf = chunk
      cur.start = k.lastStart
      cur.end = k.end - 1
      cur.no = lineNo
      last = cur
      lastLineBlank = false
      pos = k.end
      // stopped at the window's end or with its log of new groups full: it may take the next line too
      if (k.refused || pos >= chunk.length) return pos
    }
  }

  const feed = (buf: Uint8Array, start: number, end: number): void => {
    // one mutable LineRef: nothing keeps it past the line except `last`
    const ref = cur
    ref.buf = buf
    ref.start = start
    ref.end = end
    ref.no = ++lineNo
    lastLineBlank = start === end
    last = ref
    if (om && sem.sawEof) {
      // Prometheus's OpenMetrics parser: "unexpected data after # EOF".
      if (!sem.afterEofReported) {
        sem.afterEofReported = true
        out.onLine(rules.openmetricsContentAfterEof, 'after', { line: sem.eofLine }, FAILS, ref, start, end)
      }
      return
    }
    lineEntry(buf, start, end, ref)
  }

  /** One line (ref already set): joins a pending open label value, else parses it. */
  function lineEntry(buf: Uint8Array, start: number, end: number, ref: LineRef): void {
    if (pendingParts.length > 0) return continuePending(buf, start, end, ref)
    const mark = out.findings.length, dropped = out.dropped
    parser.needsMore = false
    parser.line(ref)
    if (parser.needsMore) {
      // a label value is still open at the end of the line: decide when the next line comes
      out.findings.length = mark
      out.dropped = dropped
      pendingParts = [buf.slice(start, end)]
      pendingNo = ref.no
    }
  }

  /** Retry the open line with the next one joined on; give up when that does not give a clean line. */
  function continuePending(buf: Uint8Array, start: number, end: number, ref: LineRef): void {
    pendingParts.push(buf.slice(start, end))
    let size = pendingParts.length - 1
    for (const p of pendingParts) size += p.length
    const joined = new Uint8Array(size)
    let o = 0
    for (let k = 0; k < pendingParts.length; k++) {
      if (k > 0) joined[o++] = NL
      joined.set(pendingParts[k], o)
      o += pendingParts[k].length
    }
    const mark = out.findings.length, dropped = out.dropped, emitted = parser.emitted
    ref.buf = joined
    ref.start = 0
    ref.end = joined.length
    ref.no = pendingNo
    parser.joinedAt = pendingParts[0].length
    parser.allowContinuation = pendingParts.length <= MAX_JOINED_LINES && joined.length < MAX_JOINED_BYTES
    parser.needsMore = false
    parser.line(ref)
    parser.joinedAt = 0
    parser.allowContinuation = true
    if (parser.needsMore) {
      out.findings.length = mark
      out.dropped = dropped
      return
    }
    const parts = pendingParts
    pendingParts = []
    if (parser.emitted !== emitted) return // a clean sample whose label value holds raw newlines
    // Not a value continued over lines but an unterminated one: report it on its own line and read the
    // following lines as lines again.
    out.findings.length = mark
    out.dropped = dropped
    const firstNo = pendingNo
    parser.allowContinuation = false
    parser.line({ buf: parts[0], start: 0, end: parts[0].length, no: firstNo })
    parser.allowContinuation = true
    for (let k = 1; k < parts.length; k++) {
      ref.buf = parts[k]
      ref.start = 0
      ref.end = parts[k].length
      ref.no = firstNo + k
      lineEntry(parts[k], 0, parts[k].length, ref)
    }
  }

  function push(chunk: Uint8Array): void {
    if (ended) throw new Error('push after end()')
    if (chunk.length === 0) return
    if (kernel === undefined && bytes + chunk.length >= WARM_UP_AT && bytes < WARM_UP_AT) warmUp(format, (o) => makeValidator(o, lintHook))
    // Buffers (from streams) and plain Uint8Arrays (joined lines) have different maps: the parser
    // sees plain Uint8Arrays only, which keeps its byte loads monomorphic. Newlines are found
    // with Buffer's indexOf (memchr: ~3x faster than Uint8Array's). Two views per chunk.
    if (Object.getPrototypeOf(chunk) !== Uint8Array.prototype) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)
    const search = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
    bytes += chunk.length
    parser.newChunk()
    kernel?.newChunk()
    let pos = 0
    if (tailLen > 0) {
      const nl = search.indexOf(NL)
      if (nl < 0) {
        tail.push(chunk.slice())
        tailLen += chunk.length
        return
      }
      const joined = new Uint8Array(tailLen + nl)
      let o = 0
      for (const t of tail) { joined.set(t, o); o += t.length }
      joined.set(chunk.subarray(0, nl), o)
      tail = []
      tailLen = 0
      feed(joined, 0, joined.length)
      pos = nl + 1
    }
    for (;;) {
      if (kernel !== undefined) pos = kernelRun(chunk, pos)
      const nl = search.indexOf(NL, pos)
      if (nl < 0) break
      feed(chunk, pos, nl)
      pos = nl + 1
    }
    if (pos < chunk.length) {
      tail.push(chunk.slice(pos))
      tailLen = chunk.length - pos
    }
  }

  function end(): ValidationResult {
    if (result) return result
    ended = true
    let lastLineUnterminated = false
    if (tailLen > 0) {
      const joined = new Uint8Array(tailLen)
      let o = 0
      for (const t of tail) { joined.set(t, o); o += t.length }
      tail = []
      tailLen = 0
      lastLineUnterminated = true
      feed(joined, 0, joined.length)
    }
    if (pendingParts.length > 0) {
      // the payload ended inside a label value: report it where it began, then read the rest as lines
      const parts = pendingParts
      pendingParts = []
      parser.allowContinuation = false
      parser.line({ buf: parts[0], start: 0, end: parts[0].length, no: pendingNo })
      parser.allowContinuation = true
      for (let k = 1; k < parts.length; k++) lineEntry(parts[k], 0, parts[k].length, { buf: parts[k], start: 0, end: parts[k].length, no: pendingNo + k })
    }
    if (lastLineUnterminated && !om && last && !blankOnly(last.buf, last.start, last.end)) {
      // The text format's spec: "The last line must end with a line feed character" (expfmt enforces it).
      out.onLine(rules.missingFinalNewline, 'missing', {}, SPEC, last, last.end, last.end)
    }
    parser.finish()
    if (!om && parser.omEvidence > 0) {
      const unit = parser.omEvidence !== parser.eofLine
      if (unit || parser.eofLine === lineNo - (lastLineBlank ? 1 : 0)) {
        out.at(rules.formatMismatch, 'openmetricsAsText', { format: formatName(format), evidence: unit ? '# UNIT' : '# EOF' }, SPEC,
          parser.omEvidence, 1, parser.omEvidenceEnd, parser.omEvidenceText, 'warning')
      }
    }
    if (om) {
      if (!sem.sawEof) {
        const l = last
        out.at(rules.openmetricsMissingEof, 'missing', {}, FAILS, l ? l.no : 1, 1, l ? columnOf(l.buf, l.start, l.end) : 1, l ? lineText(l.buf, l.start, l.end) : '')
      } else if (!lastLineUnterminated && !sem.afterEofReported && last && last.no !== sem.eofLine) {
        // "# EOF\n" followed by nothing is fine; anything else was reported as content after EOF.
      }
    }
    sem.finish(bytes, last)
    out.findings.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
    result = { findings: out.findings, samples: sem.samples, families: sem.families, bytes, lines: lineNo, droppedFindings: out.dropped }
    return result
  }

  return { push, end }
}

export function formatName(format: ValidatorOptions['format']): string {
  switch (format) {
    case 'text-0.0.4': return 'Prometheus text 0.0.4'
    case 'text-1.0.0': return 'Prometheus text 1.0.0'
    case 'openmetrics-1.0.0': return 'OpenMetrics 1.0'
    case 'protobuf': return 'protobuf'
  }
}

function blankOnly(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (b[i] !== 0x20 && b[i] !== 0x09) return false
  return true
}
