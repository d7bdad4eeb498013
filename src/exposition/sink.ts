/**
 * Collects exposition findings. The parser hands over byte offsets inside the current line; columns
 * (1-based, in Unicode code points) and the line text are computed here, only when a finding is made.
 */
import { toFinding, type RuleMeta } from '../check.js'
import type { Finding, Verdict } from '../finding.js'

export const SPEC: Verdict = { kind: 'spec' }
export const FAILS: Verdict = { kind: 'scrape-fails' }
export const WRONG: Verdict = { kind: 'accepted-but-wrong' }
export function fails(versions: string): Verdict {
  return { kind: 'scrape-fails', versions }
}

const MAX_TEXT = 200
const decoder = new TextDecoder('utf-8', { fatal: false })

/** 1-based column of byte `off` in the line starting at byte `start`, counted in code points. */
export function columnOf(buf: Uint8Array, start: number, off: number): number {
  let col = 1
  for (let i = start; i < off; i++) if ((buf[i] & 0xc0) !== 0x80) col++
  return col
}

/**
 * The line's text for a finding: at most ~200 characters (the raw text is untrusted). A line joined
 * with the next ones (a label value holding raw newlines) gives the text of its first line only.
 */
export function lineText(buf: Uint8Array, start: number, end: number): string {
  end = firstLineEnd(buf, start, end)
  const text = decoder.decode(buf.subarray(start, Math.min(end, start + MAX_TEXT * 4)))
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) + '…' : text
}

/** The end of the first line in [start, end): the first newline (in a joined line), else `end`. */
export function firstLineEnd(buf: Uint8Array, start: number, end: number): number {
  const nl = buf.subarray(start, end).indexOf(0x0a)
  return nl < 0 ? end : start + nl
}

/** A short, printable quote of the bytes at `off` for messages ("end of line", '"x"'). */
export function describeAt(buf: Uint8Array, off: number, end: number): string {
  if (off >= end) return 'the end of the line'
  const c = buf[off]
  if (c === 0x20) return 'a space'
  if (c === 0x09) return 'a tab'
  if (c === 0) return 'a NUL byte'
  if (c < 0x20 || c === 0x7f) return `byte 0x${c.toString(16).padStart(2, '0')}`
  let stop = off + 1
  while (stop < end && (buf[stop] & 0xc0) === 0x80) stop++
  return JSON.stringify(decoder.decode(buf.subarray(off, stop)))
}

export interface LineRef {
  buf: Uint8Array
  start: number
  end: number
  no: number
}

export class FindingSink {
  readonly findings: Finding[] = []
  /** Findings dropped after `max` was reached. */
  dropped = 0
  /** Findings reported so far, kept or dropped: a caller compares two readings to learn whether a step reported any. */
  reported = 0

  constructor(readonly file: string, readonly max: number) {}

  private push(f: Finding): void {
    if (this.findings.length < this.max) this.findings.push(f)
    else this.dropped++
  }

  /** A finding on the current line, from byte `from` to byte `to` (exclusive) of the line. */
  onLine<M extends string>(
    rule: RuleMeta<M>, messageId: M, data: Record<string, string | number>, verdict: Verdict,
    line: LineRef, from: number, to: number, severity?: Finding['severity'],
  ): void {
    this.reported++
    if (this.findings.length >= this.max) { this.dropped++; return }
    const b = line.buf
    const to1 = Math.min(Math.max(to, from + 1), line.end + 1)
    // A line joined with the next ones (a label value with raw newlines) holds \n: count lines across them.
    let lineNo = line.no, lineStart = line.start
    for (let i = line.start; i < from && i < line.end; i++) if (b[i] === 0x0a) { lineNo++; lineStart = i + 1 }
    let endLine = lineNo, endStart = lineStart
    for (let i = Math.max(from, line.start); i < to1 - 1 && i < line.end; i++) if (b[i] === 0x0a) { endLine++; endStart = i + 1 }
    const column = columnOf(b, lineStart, from)
    const endColumn = endLine === lineNo
      ? column + Math.max(1, columnOf(b, from, to1) - 1)
      : columnOf(b, endStart, to1)
    let lineEnd = lineStart
    while (lineEnd < line.end && b[lineEnd] !== 0x0a) lineEnd++
    const text = lineText(b, lineStart, lineEnd)
    if (this.findings.length >= this.max) { this.dropped++; return }
    const f = toFinding(rule, {
      messageId, data, severity,
      location: { file: this.file, line: lineNo, column, endLine, endColumn },
      extra: { payload: { line: lineNo, column, text }, verdict },
    })
    this.push(f)
  }

  /** A finding at a known line and column (for checks that run after the line is gone). */
  at<M extends string>(
    rule: RuleMeta<M>, messageId: M, data: Record<string, string | number>, verdict: Verdict,
    lineNo: number, column: number, endColumn: number, text: string, severity?: Finding['severity'],
  ): void {
    this.reported++
    if (this.findings.length >= this.max) { this.dropped++; return }
    const f = toFinding(rule, {
      messageId, data, severity,
      location: { file: this.file, line: lineNo, column, endLine: lineNo, endColumn },
      extra: { payload: { line: lineNo, column, text }, verdict },
    })
    this.push(f)
  }
}
