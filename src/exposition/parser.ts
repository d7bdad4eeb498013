/**
 * The line parser: one state machine over the bytes of one line (no decoded strings on the hot
 * path) for Prometheus text 0.0.4 / 1.0.0 and OpenMetrics 1.0 text. It reports grammar findings
 * and hands each well-formed sample and metadata line to the semantics (`LineSink`).
 *
 * Verdicts follow Prometheus's own parsers (model/textparse promlex.l / promparse.go and
 * openmetricslex.l / openmetricsparse.go): where the spec forbids something Prometheus accepts
 * (a missing comma between labels, unknown escapes, a raw newline in a label value), the verdict is
 * `spec`; where Prometheus's parser stops, it is `scrape-fails`.
 */
import { rules } from './rules/index.js'
import { columnOf, describeAt, FAILS, fails, lineText, SPEC, WRONG, type FindingSink, type LineRef } from './sink.js'

const SP = 0x20, TAB = 0x09, HASH = 0x23, LBRACE = 0x7b, RBRACE = 0x7d, QUOTE = 0x22, BSLASH = 0x5c,
  EQ = 0x3d, COMMA = 0x2c

/** Character classes: bit 1 = metric name start, 2 = metric name char, 4 = label name start, 8 = label name char. */
const CLASS = new Uint8Array(256)
for (let c = 0; c < 256; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
  const digit = c >= 0x30 && c <= 0x39
  if (letter || c === 0x3a) CLASS[c] |= 1 | 2
  if (digit) CLASS[c] |= 2 | 8
  if (letter) CLASS[c] |= 4 | 8
}

/**
 * murmur3's finaliser: spreads a 32-bit hash. Returns a signed int32 (a Smi): hashes stored in
 * object fields stay Smis, so the field never changes representation mid-run (which would
 * deprecate the parser's map and throw away its optimized code).
 */
function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

/** The hashes the parser gives an unquoted metric name (`nameH1`, `nameH2`), from its text. */
export function nameHashes(name: string): [number, number] {
  let h1 = 0x811c9dc5, h2 = 0x2545f491
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i) & 0xff
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = (Math.imul(h2, 31) + c) | 0
  }
  return [fmix(h1), fmix(h2 ^ 0x3c6ef372)]
}

/** Results of `hashRange`: two independent 32-bit hashes (FNV-1a and a polynomial hash). */
let hashA = 0
let hashB = 0
function hashRange(b: Uint8Array, s: number, e: number): void {
  let h1 = 0x811c9dc5, h2 = 0x2545f491
  for (let i = s; i < e; i++) {
    const c = b[i]
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = (Math.imul(h2, 31) + c) | 0
  }
  hashA = h1
  hashB = h2
}

export type MetaKind = 'HELP' | 'TYPE' | 'UNIT'

/** What the semantics layer receives. Byte ranges refer to `line.buf`. */
export interface LineSink {
  sample(p: LineParser, line: LineRef): void
  meta(kind: MetaKind, p: LineParser, line: LineRef): void
  /** OpenMetrics `# EOF`. */
  eof(line: LineRef): void
}

export interface ParserConfig {
  om: boolean
  /** text-1.0.0 (quoted names are part of the format). */
  text1: boolean
  /** Major version of the Prometheus the verdicts are for (2 or 3). */
  promMajor: number
  /** That version as major * 1000 + minor (see versionNumber in src/version.ts). */
  promVersion: number
  formatName: string
}

/**
 * Parses one line at a time. After `sample` is called the public fields describe the sample;
 * they are overwritten by the next line.
 */
export class LineParser {
  // metric name (inner bytes when quoted)
  nameStart = 0
  nameEnd = 0
  nameQuoted = false
  nameH1 = 0
  nameH2 = 0
  /** Labels: 4 ints per label (name start/end, value start/end, inner bytes without quotes). */
  lab = new Int32Array(64)
  /** Per-label pair hashes (two halves) and name hashes. */
  labP1 = new Int32Array(16)
  labP2 = new Int32Array(16)
  labN1 = new Int32Array(16)
  /** Per label: 1 = quoted name, 2 = value has escapes. */
  labFlags = new Uint8Array(16)
  /** Unescaped byte length of each value. */
  labVLen = new Int32Array(16)
  nLabels = 0
  /** Sum of pair hashes (order-insensitive label-set identity). */
  setH1 = 0
  setH2 = 0
  /** Doubles from the start (NaN until a sample): see fmix on field representations. */
  value = NaN
  valueStart = 0
  valueEnd = 0
  hasTs = false
  /** Timestamp in the format's unit: ms (text) or s (OpenMetrics). */
  ts = NaN
  tsStart = 0
  tsEnd = 0
  /** OpenMetrics exemplar: byte range of the whole ` # {...} v [ts]` part, or -1. */
  exStart = -1
  exEnd = -1
  // metadata
  metaNameStart = 0
  metaNameEnd = 0
  metaNameQuoted = false
  metaTextStart = 0
  metaTextEnd = 0
  /** Set when HELP text holds escapes. */
  metaHasEscape = false

  /** Text formats: line of OpenMetrics-only evidence (# UNIT, # EOF), 0 when none. */
  omEvidence = 0
  omEvidenceText = ''
  omEvidenceEnd = 1
  eofLine = 0
  /**
   * Raw newlines in label values: when a text line ends inside a label value, `needsMore` is set and
   * the caller retries with the next line joined on (`allowContinuation` false on the last try);
   * `joinedAt` is the offset of the first joined newline (0 when none).
   */
  needsMore = false
  /** Count of samples handed to the sink (lets the caller tell a clean line from a failed one). */
  emitted = 0
  allowContinuation = true
  joinedAt = 0
  /**
   * Reuse (see `sampleLine`): the buffer the entries below point into (undefined after a joined
   * line), where the last sample name was (its end and the byte after it checked), and per label
   * index k < `prevValid`: the byte range [prevLabStart, prevLabEnd) from the label name to the
   * value's closing quote of the last line that had a label k, or prevLabEnd -1 when that label
   * was not parsed cleanly. The label arrays above still hold that label's entries.
   */
  private prevBuf: Uint8Array | undefined
  /** A DataView on `prevBuf`: compares four bytes per step. */
  private prevView: DataView = new DataView(new ArrayBuffer(0))
  private prevNameStart = -1
  private prevNameEnd = 0
  private prevNameH1 = 0
  private prevNameH2 = 0
  private prevValid = 0
  private prevLabStart: Int32Array = new Int32Array(16)
  private prevLabEnd: Int32Array = new Int32Array(16)
  private crlfCount = 0
  private crlfFirst: { line: LineRef; text: string } | undefined
  private nulReported = false

  constructor(
    private readonly cfg: ParserConfig,
    private readonly out: FindingSink,
    private readonly sink: LineSink,
  ) {}

  /** Parse one line (without its \n). */
  line(line: LineRef): void {
    const b = line.buf
    let e = line.end
    if (e > line.start && b[e - 1] === 0x0d) {
      // Prometheus reads the \r as part of the last token: the value or timestamp fails to parse.
      if (this.crlfCount++ === 0) {
        this.out.onLine(rules.crlfLineEnding, 'crlf', { count: '{count}' }, FAILS, line, e - 1, e)
        this.crlfFirst = { line, text: '' }
      }
      e--
      line = { buf: b, start: line.start, end: e, no: line.no }
    }
    const s = line.start
    if (s === e) {
      if (this.cfg.om) this.out.onLine(rules.openmetricsBlankLine, 'blank', {}, FAILS, line, s, s)
      return
    }
    let c = b[s]
    if (!this.cfg.om && (c === SP || c === TAB)) {
      // promlex.l skips blanks anywhere, also before "#"; the text spec ignores leading whitespace.
      let i = s + 1
      while (i < e && (b[i] === SP || b[i] === TAB)) i++
      if (i === e) return
      if (b[i] === HASH) return this.comment({ buf: b, start: i, end: e, no: line.no }, s)
      c = b[i]
    }
    if (c === HASH) return this.comment(line, s)
    if (c === 0) {
      // promlex.l / openmetricslex.l: a NUL at the start of a line is read as the end of the payload.
      // The text parser then ends without error (the scrape succeeds, the rest is lost: checked
      // against 2.42); the OpenMetrics parser fails the scrape, as no # EOF came.
      if (!this.nulReported) {
        this.nulReported = true
        this.out.onLine(rules.invalidNullByte, 'nul', { where: 'the start of a line (Prometheus stops reading here)' }, this.cfg.om ? FAILS : WRONG, line, s, s + 1)
      }
      return
    }
    this.sampleLine(line)
  }

  /**
   * Forget earlier lines (see `sampleLine`): a caller may refill a buffer it pushed before, so
   * reuse only compares lines of the chunk being read.
   */
  newChunk(): void {
    this.prevBuf = undefined
  }

  /** Called once at the end: fills in the CRLF count. */
  finish(): void {
    if (this.crlfCount > 0) {
      const f = this.out.findings.find((x) => x.rule === rules.crlfLineEnding.id)
      if (f) f.message = f.message.replace('{count}', this.crlfCount.toLocaleString('en-US'))
    }
    void this.crlfFirst
  }

  // ---------------------------------------------------------------- comments and metadata

  /** `line.start` is at "#"; `lineStart` is the real start of the line (for columns). */
  private comment(line: LineRef, lineStart: number): void {
    if (lineStart !== line.start) line = { buf: line.buf, start: lineStart, end: line.end, no: line.no }
    const b = line.buf, e = line.end
    let s = line.start
    while (b[s] !== HASH) s++
    const om = this.cfg.om
    // "# " + keyword + separator
    let i = s + 1
    if (om) {
      if (i < e && b[i] === SP) {
        i++
        if (e - i === 3 && b[i] === 0x45 && b[i + 1] === 0x4f && b[i + 2] === 0x46) return this.sink.eof(line)
        const kind = this.keyword(b, i, e)
        if (kind && i + 4 < e && b[i + 4] === SP) return this.metadata(kind, line, i + 5)
      }
      if (e - s >= 5 && b[s + 1] === SP && b[s + 2] === 0x45 && b[s + 3] === 0x4f && b[s + 4] === 0x46) {
        return this.out.onLine(rules.unexpectedToken, 'afterTimestamp', { found: describeAt(b, s + 5, e) }, FAILS, line, s + 5, e)
      }
      this.out.onLine(rules.unexpectedToken, 'comment', {}, FAILS, line, s, e)
      return
    }
    // text: "#" then blanks then HELP/TYPE and at least one blank, else a plain comment
    if (i >= e || (b[i] !== SP && b[i] !== TAB)) return this.checkCommentBytes(line)
    while (i < e && (b[i] === SP || b[i] === TAB)) i++
    const kind = this.keyword(b, i, e)
    if (kind === 'UNIT' || (e - i === 3 && b[i] === 0x45 && b[i + 1] === 0x4f && b[i + 2] === 0x46)) {
      // "# UNIT" and "# EOF" are OpenMetrics; Prometheus's text parser reads them as comments.
      if (this.omEvidence === 0 || kind !== 'UNIT') {
        this.omEvidence = line.no
        this.omEvidenceText = lineText(b, line.start, e)
        this.omEvidenceEnd = columnOf(b, line.start, e)
      }
      if (kind !== 'UNIT') this.eofLine = line.no
    }
    if (!kind || kind === 'UNIT' || i + 4 >= e || (b[i + 4] !== SP && b[i + 4] !== TAB)) return this.checkCommentBytes(line)
    let j = i + 4
    while (j < e && (b[j] === SP || b[j] === TAB)) j++
    this.metadata(kind, line, j)
  }

  /** Plain comments may hold anything but must still be UTF-8 for the spec. */
  private checkCommentBytes(line: LineRef): void {
    const b = line.buf
    for (let i = line.start; i < line.end; i++) {
      if (b[i] >= 0x80) {
        const n = utf8Len(b, i, line.end)
        if (n === 0) return this.out.onLine(rules.invalidUtf8, 'bytes', { where: 'a comment' }, SPEC, line, i, i + 1)
        i += n - 1
      }
    }
  }

  private keyword(b: Uint8Array, i: number, e: number): MetaKind | undefined {
    if (i + 4 > e) return undefined
    const a = b[i], c = b[i + 1], d = b[i + 2], f = b[i + 3]
    if (a === 0x48 && c === 0x45 && d === 0x4c && f === 0x50) return 'HELP'
    if (a === 0x54 && c === 0x59 && d === 0x50 && f === 0x45) return 'TYPE'
    if (a === 0x55 && c === 0x4e && d === 0x49 && f === 0x54) return 'UNIT'
    return undefined
  }

  /** `i` is the first byte of the metric name after "# KIND ". */
  private metadata(kind: MetaKind, line: LineRef, i: number): void {
    const b = line.buf, e = line.end, om = this.cfg.om
    if (i >= e) {
      return this.out.onLine(rules.malformedMetadata, 'missingName', { kind }, FAILS, line, i, i)
    }
    let nameStart = i, nameEnd: number, quoted = false
    if (b[i] === QUOTE) {
      const q = this.scanQuoted(line, i, 'a quoted metric name')
      if (q < 0) return
      quoted = true
      nameStart = i + 1
      nameEnd = q - 1
      i = q
      if (!this.quotedNameAllowed(line, nameStart, nameEnd, i)) return
    } else {
      if (!(CLASS[b[i]] & 1)) {
        return this.out.onLine(rules.malformedMetadata, 'badName', { kind, found: describeAt(b, i, e) }, FAILS, line, i, i + 1)
      }
      i++
      while (i < e && CLASS[b[i]] & 2) i++
      nameEnd = i
      if (i < e && b[i] !== SP && (om || b[i] !== TAB)) {
        return this.out.onLine(rules.malformedMetadata, 'badName', { kind, found: describeAt(b, i, e) }, FAILS, line, i, i + 1)
      }
    }
    this.metaNameStart = nameStart
    this.metaNameEnd = nameEnd
    this.metaNameQuoted = quoted
    const name = () => latin1(b, nameStart, nameEnd)
    // separator, then the text
    if (i >= e) {
      if (kind === 'HELP' && !om) {
        // promparse: "# HELP name" with no text is an empty HELP.
        this.metaTextStart = this.metaTextEnd = e
        this.metaHasEscape = false
        return this.sink.meta(kind, this, line)
      }
      if (kind === 'TYPE') return this.out.onLine(rules.invalidType, 'missing', { name: name() }, FAILS, line, i, i)
      return this.out.onLine(rules.malformedMetadata, 'missingText', { kind, name: name() }, FAILS, line, i, i)
    }
    if (b[i] !== SP && b[i] !== TAB) {
      return this.out.onLine(rules.malformedMetadata, 'badName', { kind, found: describeAt(b, i, e) }, FAILS, line, i, i + 1)
    }
    i++ // Prometheus strips exactly one separator byte
    const textStart = i
    if (kind === 'TYPE') {
      let ts = textStart, te = e
      // Prometheus compares the rest of the line literally; the spec allows blanks around it.
      while (ts < te && (b[ts] === SP || b[ts] === TAB)) ts++
      while (te > ts && (b[te - 1] === SP || b[te - 1] === TAB)) te--
      const type = latin1(b, ts, Math.min(te, ts + 64))
      if (!isKnownType(type, om)) {
        return this.out.onLine(rules.invalidType, 'unknown', {
          type, format: this.cfg.formatName,
          allowed: om ? 'counter, gauge, histogram, gaugehistogram, summary, info, stateset, unknown' : 'counter, gauge, histogram, summary, untyped',
        }, FAILS, line, ts, te)
      }
      if (ts !== textStart || te !== e) {
        this.out.onLine(rules.invalidType, 'whitespace', { name: name(), type }, FAILS, line, textStart, e)
      }
      this.metaTextStart = ts
      this.metaTextEnd = te
      return this.sink.meta(kind, this, line)
    }
    // HELP / UNIT text: escapes \\ and \n (OpenMetrics also \"), UTF-8
    let hasEscape = false
    for (let j = textStart; j < e; j++) {
      const c = b[j]
      if (c === BSLASH) {
        hasEscape = true
        const n = j + 1 < e ? b[j + 1] : -1
        if (n === BSLASH || n === 0x6e || n === QUOTE) { j++; continue } // \" is OpenMetrics' and recent expfmt's
        // Prometheus's parsers keep unknown escapes verbatim: a spec problem only, so a warning.
        this.out.onLine(rules.invalidEscapeSequence, 'help', { found: JSON.stringify(latin1(b, j, Math.min(e, j + 2))) }, SPEC, line, j, Math.min(e, j + 2), 'warning')
        if (n >= 0) j++
      } else if (c >= 0x80) {
        const n = utf8Len(b, j, e)
        if (n === 0) {
          this.out.onLine(rules.invalidUtf8, 'bytes', { where: `${kind} text` }, kind === 'HELP' ? FAILS : SPEC, line, j, j + 1)
          return
        }
        j += n - 1
      } else if (om && c === QUOTE && kind === 'HELP') {
        // OpenMetrics HELP escapes double quotes; Prometheus's OM lexer takes the rest of the line as is.
      }
    }
    this.metaTextStart = textStart
    this.metaTextEnd = e
    this.metaHasEscape = hasEscape
    this.sink.meta(kind, this, line)
  }

  // ---------------------------------------------------------------- samples

  private sampleLine(line: LineRef): void {
    const b = line.buf, s = line.start, e = line.end
    const om = this.cfg.om
    let i = s
    if (b[i] === SP || b[i] === TAB) {
      if (om) {
        return this.out.onLine(rules.unexpectedToken, 'leadingSpace', {}, FAILS, line, s, s + 1)
      }
      while (i < e && (b[i] === SP || b[i] === TAB)) i++
      // promparse.go starts the metric name where the line starts (p.start, before the blanks the
      // lexer skips): Prometheus 2.x then finds "  name" invalid and fails the scrape; 3.x (UTF-8
      // names) keeps the blanks in the name. A quoted name in braces is not affected.
      const c = i < e ? b[i] | 0x20 : 0
      if ((c >= 0x61 && c <= 0x7a) || b[i] === 0x5f || b[i] === 0x3a) {
        if (this.cfg.promMajor < 3) this.out.onLine(rules.unexpectedToken, 'leadingSpaceName2', {}, fails('<3.0'), line, s, i)
        else this.out.onLine(rules.unexpectedToken, 'leadingSpaceName3', {}, WRONG, line, s, i, 'warning')
      }
    }
    this.nLabels = 0
    this.setH1 = 0
    this.setH2 = 0
    this.nameStart = this.nameEnd = -1
    this.nameQuoted = false
    this.exStart = this.exEnd = -1
    // Reuse. Consecutive sample lines mostly repeat the name and many labels of the line before
    // (`x_bucket{a="1",b="2",le="0.1"} 3` then `x_bucket{a="1",b="2",le="0.5"} 7`). Parsing a byte
    // costs a class lookup and two multiplies (the hashes); comparing it with the same byte of the
    // line before costs one compare. When the bytes of the name (and the byte after it), or of label
    // k from its name to its closing quote, equal those of the previous line in the same buffer,
    // which parsed them without a finding, the parse is the same: take its hashes and label entries,
    // shifted, and parse only what differs. Joined lines (raw newlines in values) never take part.
    if (b !== this.prevBuf || this.joinedAt !== 0 || !this.allowContinuation) {
      this.prevBuf = this.joinedAt === 0 && this.allowContinuation ? b : undefined
      if (this.prevBuf) this.prevView = new DataView(b.buffer, b.byteOffset, b.byteLength)
      this.prevNameStart = -1
      this.prevValid = 0
    }
    const c = b[i]
    const pns = this.prevNameStart
    let len = this.prevNameEnd - pns + 1
    if (pns < 0 || i + len > e || !sameBytes(this.prevView, b, i, pns, len)) len = 0
    if (len > 0) {
      // the byte after the name is the same too, so it passed the checks below in the previous line
      this.nameStart = i
      this.nameEnd = i + len - 1
      this.nameH1 = this.prevNameH1
      this.nameH2 = this.prevNameH2
      this.prevNameStart = i
      this.prevNameEnd = i = i + len - 1
    } else if (CLASS[c] & 1) {
      const ns = i
      // scan and hash in one pass (see hashRange)
      let h1 = Math.imul(0x811c9dc5 ^ c, 0x01000193), h2 = (Math.imul(0x2545f491, 31) + c) | 0
      i++
      while (i < e) {
        const d = b[i]
        if (!(CLASS[d] & 2)) break
        h1 = Math.imul(h1 ^ d, 0x01000193)
        h2 = (Math.imul(h2, 31) + d) | 0
        i++
      }
      this.nameStart = ns
      this.nameEnd = i
      this.nameQuoted = false
      this.nameH1 = fmix(h1)
      this.nameH2 = fmix(h2 ^ 0x3c6ef372)
      if (i < e && b[i] !== SP && b[i] !== TAB && b[i] !== LBRACE) {
        const found = describeAt(b, i, e)
        return this.out.onLine(rules.invalidMetricName, 'invalidChar', { found, name: latin1(b, ns, Math.min(e, nextSpace(b, i, e), ns + 200)) }, FAILS, line, i, i + 1)
      }
      if (om && b[i] === TAB) return this.out.onLine(rules.unexpectedToken, 'separator', { what: 'the metric name and the value' }, FAILS, line, i, i + 1)
      if (this.prevBuf !== undefined && i < e) {
        this.prevNameStart = ns
        this.prevNameEnd = i
        this.prevNameH1 = this.nameH1
        this.prevNameH2 = this.nameH2
      }
    } else if (c !== LBRACE) {
      if (c === QUOTE) {
        return this.out.onLine(rules.invalidMetricName, 'missing', { found: 'a quoted name outside braces (write {"name"} instead)' }, FAILS, line, i, i + 1)
      }
      return this.out.onLine(rules.invalidMetricName, 'missing', { found: describeAt(b, i, e) }, FAILS, line, i, i + 1)
    }
    if (!om && i < e && b[i] !== LBRACE) {
      // promparse (and expfmt) allow blanks between the metric name and "{"
      let k = i
      while (k < e && (b[k] === SP || b[k] === TAB)) k++
      if (k < e && b[k] === LBRACE) i = k
    }
    if (i < e && b[i] === LBRACE) {
      i = this.labels(line, i)
      if (i < 0) return
      if (this.nameStart < 0) {
        return this.out.onLine(rules.invalidMetricName, 'missing', { found: 'a label set without a metric name' }, FAILS, line, s, i)
      }
    }
    // value
    if (om) {
      if (i >= e || b[i] !== SP) {
        return this.out.onLine(rules.invalidValue, 'missing', { found: describeAt(b, i, e), name: this.nameForMessage(b) }, FAILS, line, i, i + 1)
      }
      i++
    } else {
      while (i < e && (b[i] === SP || b[i] === TAB)) i++
    }
    if (i >= e || (om && b[i] === SP)) {
      return this.out.onLine(rules.invalidValue, 'missing', { found: describeAt(b, i, e), name: this.nameForMessage(b) }, FAILS, line, i, i + 1)
    }
    const vs = i
    // most values are plain decimals: read them in the pass that finds their end
    const pe = plainDecimal(b, vs, e, om)
    if (pe >= 0) i = pe
    else {
      while (i < e && b[i] !== SP && (om || b[i] !== TAB)) i++
      const v = parseGoFloat(b, vs, i)
      if (v === BAD) {
        return this.out.onLine(rules.invalidValue, 'syntax', { value: latin1(b, vs, Math.min(i, vs + 100)) }, FAILS, line, vs, i)
      }
      if (v === RANGE) {
        return this.out.onLine(rules.invalidValue, 'range', { value: latin1(b, vs, Math.min(i, vs + 100)) }, FAILS, line, vs, i)
      }
    }
    this.valueStart = vs
    this.valueEnd = i
    this.value = floatResult
    this.hasTs = false
    // timestamp
    if (i < e) {
      if (om) {
        i++
        if (i >= e || b[i] === SP) {
          return this.out.onLine(rules.unexpectedToken, i >= e ? 'trailingSpace' : 'separator', { what: 'the value and the timestamp' }, FAILS, line, i - 1, i)
        }
      } else {
        while (i < e && (b[i] === SP || b[i] === TAB)) i++
      }
    }
    if (i < e && b[i] !== HASH) {
      const ts0 = i
      while (i < e && b[i] !== SP && (om || b[i] !== TAB)) i++
      this.tsStart = ts0
      this.tsEnd = i
      if (!this.timestamp(line, ts0, i)) return
      this.hasTs = true
      if (i < e) {
        if (om) {
          i++
          if (i >= e) return this.out.onLine(rules.unexpectedToken, 'trailingSpace', {}, FAILS, line, i - 1, i)
        } else {
          while (i < e && (b[i] === SP || b[i] === TAB)) i++
        }
      }
    }
    if (i < e) {
      if (b[i] === HASH) {
        if (!om) {
          return this.out.onLine(rules.invalidExemplar, 'notOm', { format: this.cfg.formatName }, FAILS, line, i, e)
        }
        if (!this.exemplar(line, i)) return
      } else {
        return this.out.onLine(rules.unexpectedToken, 'afterTimestamp', { found: describeAt(b, i, e) }, FAILS, line, i, e)
      }
    }
    this.emitted++
    this.sink.sample(this, line)
  }

  private nameForMessage(b: Uint8Array): string {
    return this.nameStart >= 0 ? latin1(b, this.nameStart, Math.min(this.nameEnd, this.nameStart + 200)) : 'metric'
  }

  private setName(b: Uint8Array, ns: number, ne: number, quoted: boolean): void {
    this.nameStart = ns
    this.nameEnd = ne
    this.nameQuoted = quoted
    hashRange(b, ns, ne)
    this.nameH1 = fmix(hashA)
    this.nameH2 = fmix(hashB ^ 0x3c6ef372)
  }

  /** A quoted name is part of text 1.0.0 and of Prometheus 3's parsers; not of 0.0.4 or OM 1.0. */
  private quotedNameAllowed(line: LineRef, ns: number, ne: number, after: number): boolean {
    if (ne <= ns) {
      this.out.onLine(rules.invalidMetricName, 'empty', {}, FAILS, line, ns - 1, after)
      return false
    }
    if (this.cfg.promMajor < 3) {
      this.out.onLine(rules.quotedName, 'unsupported', this.quotedData(line.buf, ns, ne), fails('<3.0'), line, ns - 1, after)
      return false
    }
    if (!this.cfg.text1) this.out.onLine(rules.quotedName, 'unsupported', this.quotedData(line.buf, ns, ne), SPEC, line, ns - 1, after, 'warning')
    return true
  }

  private quotedData(b: Uint8Array, ns: number, ne: number): Record<string, string> {
    const name = new TextDecoder().decode(b.subarray(ns, Math.min(ne, ns + 200)))
    return { name, format: this.cfg.formatName, version: this.cfg.promMajor >= 3 ? '3.x' : '2.x', legacy: name.replace(/[^a-zA-Z0-9_:]/g, '_').replace(/^[0-9]/, '_$&') }
  }

  /**
   * Scan a double-quoted string starting at `i` (the quote). Returns the index after the closing
   * quote, or -1 after reporting. Used for quoted names (escapes \\ \" \n).
   */
  private scanQuoted(line: LineRef, i: number, what: string): number {
    const b = line.buf, e = line.end
    for (let j = i + 1; j < e; j++) {
      const c = b[j]
      if (c === QUOTE) return j + 1
      if (c === BSLASH) {
        const d = j + 1 < e ? b[j + 1] : -1
        if (d !== BSLASH && d !== QUOTE && d !== 0x6e && d >= 0) {
          // Prometheus's lexers accept any \x in quoted names; the format (and expfmt) only \\ \" \n.
          this.out.onLine(rules.invalidEscapeSequence, 'name', { found: JSON.stringify(latin1(b, j, j + 2)) }, SPEC, line, j, j + 2)
        }
        j++
        continue
      }
      if (c >= 0x80) {
        const n = utf8Len(b, j, e)
        if (n === 0) { this.out.onLine(rules.invalidUtf8, 'bytes', { where: what }, FAILS, line, j, j + 1); return -1 }
        j += n - 1
      }
    }
    this.out.onLine(rules.invalidLabelValue, 'unterminated', { name: what }, FAILS, line, i, e)
    return -1
  }

  /** Parse `{...}` starting at `i` (the brace). Returns the index after `}`, or -1 after reporting. */
  private labels(line: LineRef, i: number): number {
    const b = line.buf, e = line.end, om = this.cfg.om
    i++
    let sawComma = false
    let n = 0
    for (;;) {
      if (!om) while (i < e && (b[i] === SP || b[i] === TAB)) i++
      if (i >= e) {
        this.out.onLine(rules.unexpectedToken, 'unclosed', {}, FAILS, line, i, i)
        return -1
      }
      let c = b[i]
      if (c === RBRACE) {
        if (om && sawComma && n > 0) {
          // OpenMetrics' ABNF has no trailing comma. Prometheus's OM parser accepts one since the
          // UTF-8 rewrite of parseLVals (#13271, reviewed in February 2024, so 2.51 at the earliest);
          // before it a comma had to be followed by a label name (2.42: "expected label name, got BCLOSE").
          this.out.onLine(rules.unexpectedToken, 'trailingComma', {}, this.cfg.promVersion < 2051 ? fails('<2.51') : SPEC, line, i - 1, i)
        }
        this.nLabels = n
        return i + 1
      }
      if (c === COMMA && (n === 0 || sawComma)) {
        this.out.onLine(rules.invalidLabelName, 'invalidChar', { found: '","' }, FAILS, line, i, i + 1)
        return -1
      }
      // label name (or a quoted metric name)
      const ls = i
      let j = n < this.prevValid ? this.reusedLabel(b, ls, e, n) : -1
      if (j >= 0) {
        if (n > 0 && !sawComma) {
          const lns = this.lab[n * 4]
          this.out.onLine(rules.missingCommaBetweenLabels, 'missing', { name: latin1(b, lns, Math.min(this.lab[n * 4 + 1], lns + 100)) }, om ? FAILS : SPEC, line, ls, ls + 1)
        }
      } else {
        let mark = this.out.reported
        let lns: number, lne: number, quoted = false, nh1 = 0, nh2 = 0
        if (c === QUOTE) {
          const q = this.scanQuoted(line, i, 'a quoted label name')
          if (q < 0) return -1
          quoted = true
          lns = i + 1
          lne = q - 1
          i = q
          let k = i
          if (!om) while (k < e && (b[k] === SP || b[k] === TAB)) k++
          if (k < e && (b[k] === COMMA || b[k] === RBRACE)) {
            // {"metric.name", ...}: the metric name inside the braces
            if (this.nameStart >= 0) {
              this.out.onLine(rules.invalidMetricName, 'twice', {}, FAILS, line, ls, i)
              return -1
            }
            if (!this.quotedNameAllowed(line, lns, lne, i)) return -1
            this.setName(b, lns, lne, true)
            i = k
            if (b[k] === COMMA) {
              i++
              sawComma = true
            }
            continue
          }
          if (lne <= lns) {
            this.out.onLine(rules.invalidLabelName, 'invalidChar', { found: 'an empty quoted name' }, FAILS, line, ls, i)
            return -1
          }
          if (this.cfg.promMajor < 3) {
            this.out.onLine(rules.quotedName, 'unsupported', this.quotedData(b, lns, lne), fails('<3.0'), line, ls, i)
            return -1
          }
          hashRange(b, lns, lne)
          nh1 = hashA
          nh2 = hashB
          if (!this.cfg.text1) this.out.onLine(rules.quotedName, 'unsupported', this.quotedData(b, lns, lne), SPEC, line, ls, i, 'warning')
        } else if (CLASS[c] & 4) {
          lns = i
          let h1 = Math.imul(0x811c9dc5 ^ c, 0x01000193), h2 = (Math.imul(0x2545f491, 31) + c) | 0
          i++
          while (i < e) {
            const d = b[i]
            if (!(CLASS[d] & 8)) break
            h1 = Math.imul(h1 ^ d, 0x01000193)
            h2 = (Math.imul(h2, 31) + d) | 0
            i++
          }
          lne = i
          nh1 = h1
          nh2 = h2
        } else {
          this.out.onLine(rules.invalidLabelName, 'invalidChar', { found: describeAt(b, i, e) }, FAILS, line, i, i + 1)
          return -1
        }
        const clean = this.out.reported === mark
        if (n > 0 && !sawComma) {
          // promparse.go: "Free trailing commas are allowed ... this allows spaces between label names".
          this.out.onLine(rules.missingCommaBetweenLabels, 'missing', { name: latin1(b, lns, Math.min(lne, lns + 100)) }, om ? FAILS : SPEC, line, ls, ls + 1)
          mark = this.out.reported
        }
        if (!om) while (i < e && (b[i] === SP || b[i] === TAB)) i++
        if (i >= e || b[i] !== EQ) {
          this.out.onLine(rules.unexpectedToken, 'afterLabels', { name: latin1(b, lns, Math.min(lne, lns + 100)), found: describeAt(b, i, e) }, FAILS, line, i, i + 1)
          return -1
        }
        i++
        if (!om) while (i < e && (b[i] === SP || b[i] === TAB)) i++
        if (i >= e || b[i] !== QUOTE) {
          this.out.onLine(rules.invalidLabelValue, 'unquoted', { name: latin1(b, lns, Math.min(lne, lns + 100)), found: describeAt(b, i, e) }, FAILS, line, i, i + 1)
          return -1
        }
        // label value: a small function scans and hashes it (see scanValue) and stops at what needs
        // this one: the closing quote, an escape it does not take, a byte that is not UTF-8
        const vs = i + 1
        let esc = 0, flags = quoted ? 1 : 0
        j = vs
        let h1 = 0x811c9dc5, h2 = 0x2545f491
        for (;;) {
          const stop = e - j > VALUE_WINDOW ? j + VALUE_WINDOW : e
          j = scanValue(b, j, stop, e, h1, h2)
          h1 = runH1
          h2 = runH2
          if (runEsc > 0) {
            esc += runEsc
            flags |= 2
          }
          if (j >= e) break
          if (j >= stop) continue
          c = b[j]
          if (c === QUOTE) break
          if (c === BSLASH) {
            if (j + 1 >= e) { j = e; break }
            const d = b[j + 1]
            // promparse's lexer accepts any \x and keeps it verbatim; the spec defines only three.
            // expfmt (promtool) rejects it; OpenMetrics' reference parser and Prometheus accept it: a warning there.
            this.out.onLine(rules.invalidEscapeSequence, 'label', { found: JSON.stringify(latin1(b, j, j + 2)), name: latin1(b, lns, Math.min(lne, lns + 100)) }, SPEC, line, j, j + 2, om ? 'warning' : undefined)
            flags |= 2
            esc++
            h1 = Math.imul(Math.imul(h1 ^ c, 0x01000193) ^ d, 0x01000193)
            h2 = (Math.imul((Math.imul(h2, 31) + c) | 0, 31) + d) | 0
            j += 2
          } else {
            this.out.onLine(rules.invalidUtf8, 'bytes', { where: `the value of label "${latin1(b, lns, Math.min(lne, lns + 100))}"` }, FAILS, line, j, j + 1)
            return -1
          }
        }
        if (j >= e) {
          if (!om && this.allowContinuation) {
            // promlex.l's label value pattern also matches newlines: the value may close on a later line.
            this.needsMore = true
            return -1
          }
          this.out.onLine(rules.invalidLabelValue, 'unterminated', { name: latin1(b, lns, Math.min(lne, lns + 100)) }, FAILS, line, i, e)
          return -1
        }
        if (this.joinedAt > 0 && j > this.joinedAt && i < this.joinedAt) {
          this.out.onLine(rules.invalidLabelValue, 'rawNewline', { name: latin1(b, lns, Math.min(lne, lns + 100)), line: line.no + 1 }, SPEC, line, i, this.joinedAt)
        }
        // label name hash
        const n1 = fmix(nh1), n2 = nh2
        if (n >= this.labFlags.length) this.growLabels()
        const p1 = fmix(Math.imul(n1, 0x9e3779b1) ^ fmix(h1))
        const p2 = fmix(Math.imul(fmix(n2 ^ 0x7f4a7c15), 0x85ebca6b) + fmix(h2 ^ 0x1b873593))
        const k4 = n * 4
        this.lab[k4] = lns
        this.lab[k4 + 1] = lne
        this.lab[k4 + 2] = vs
        this.lab[k4 + 3] = j
        this.labN1[n] = n1
        this.labP1[n] = p1
        this.labP2[n] = p2
        this.labFlags[n] = flags
        this.labVLen[n] = j - vs - esc
        if (this.prevBuf !== undefined) {
          if (n >= this.prevLabEnd.length) {
            this.prevLabStart = grow32(this.prevLabStart, n * 2)
            this.prevLabEnd = grow32(this.prevLabEnd, n * 2)
          }
          this.prevLabStart[n] = ls
          this.prevLabEnd[n] = clean && this.out.reported === mark ? j + 1 : -1
          if (n >= this.prevValid) this.prevValid = n + 1
        }
      }
      this.setH1 = (this.setH1 + this.labP1[n]) | 0
      this.setH2 = (this.setH2 + this.labP2[n]) | 0
      n++
      i = j + 1
      sawComma = false
      if (!om) while (i < e && (b[i] === SP || b[i] === TAB)) i++
      if (i < e && b[i] === COMMA) {
        i++
        sawComma = true
      } else if (om && i < e && b[i] !== RBRACE) {
        this.nLabels = n
        this.out.onLine(rules.missingCommaBetweenLabels, 'missing', { name: describeAt(b, i, e) }, FAILS, line, i, i + 1)
        return -1
      }
    }
  }

  /**
   * Label `n` starting at `ls` when its bytes, from the name to the value's closing quote, equal
   * those of label `n` of an earlier line of this buffer that parsed cleanly (see `sampleLine`):
   * shifts that label's entries here and returns the index of the closing quote; else -1.
   */
  private reusedLabel(b: Uint8Array, ls: number, e: number, n: number): number {
    const pe = this.prevLabEnd[n]
    if (pe < 0) return -1
    const ps = this.prevLabStart[n]
    const len = pe - ps
    if (ls + len > e || !sameBytes(this.prevView, b, ls, ps, len)) return -1
    const d = ls - ps, k4 = n * 4, lab = this.lab
    lab[k4] += d
    lab[k4 + 1] += d
    lab[k4 + 2] += d
    lab[k4 + 3] += d
    this.prevLabStart[n] = ls
    this.prevLabEnd[n] = ls + len
    return ls + len - 1
  }

    private growLabels(): void {
    const cap = this.labFlags.length * 2
    const grow = <T extends Int32Array | Uint8Array>(a: T, n: number): T => {
      const x = new (a.constructor as new (n: number) => T)(n)
      x.set(a)
      return x
    }
    this.lab = grow(this.lab, cap * 4)
    this.labP1 = grow(this.labP1, cap)
    this.labP2 = grow(this.labP2, cap)
    this.labN1 = grow(this.labN1, cap)
    this.labFlags = grow(this.labFlags, cap)
    this.labVLen = grow(this.labVLen, cap)
  }

  /** Validate a timestamp token; sets `this.ts`. */
  private timestamp(line: LineRef, s: number, e: number): boolean {
    const b = line.buf
    const text = () => latin1(b, s, Math.min(e, s + 100))
    if (this.cfg.om) {
      const v = parseGoFloat(b, s, e)
      if (v === BAD || v === RANGE || !Number.isFinite(floatResult)) {
        this.out.onLine(rules.invalidTimestamp, 'syntax', { value: text() }, FAILS, line, s, e)
        return false
      }
      this.ts = floatResult
      return true
    }
    let i = s
    const neg = b[i] === 0x2d
    if (neg || b[i] === 0x2b) i++
    if (i >= e) {
      this.out.onLine(rules.invalidTimestamp, 'syntax', { value: text() }, FAILS, line, s, e)
      return false
    }
    let v = 0
    for (let j = i; j < e; j++) {
      const d = b[j] - 0x30
      if (d < 0 || d > 9) {
        this.out.onLine(rules.invalidTimestamp, 'syntax', { value: text() }, FAILS, line, s, e)
        return false
      }
      v = v * 10 + d
    }
    if (e - i >= 19 && BigInt(latin1(b, i, e)) > (neg ? 9223372036854775808n : 9223372036854775807n)) {
      this.out.onLine(rules.invalidTimestamp, 'range', { value: text() }, FAILS, line, s, e)
      return false
    }
    if (neg || b[s] === 0x2b) {
      // promlex.l: timestamps are {D}+ only; the spec (an int64) allows a sign.
      this.out.onLine(rules.invalidTimestamp, neg ? 'negative' : 'syntax', { value: text() }, FAILS, line, s, e)
      return false
    }
    this.ts = v
    return true
  }

  /** OpenMetrics exemplar: ` # {labels} value [timestamp]`, `i` at '#'. */
  private exemplar(line: LineRef, i: number): boolean {
    const b = line.buf, e = line.end
    const bad = (what: string, at: number, to = at + 1): boolean => {
      this.out.onLine(rules.invalidExemplar, 'syntax', { what }, FAILS, line, at, to)
      return false
    }
    this.exStart = i
    if (i + 2 >= e || b[i + 1] !== SP || b[i + 2] !== LBRACE) return bad('expected " # {" after the value', i, Math.min(e, i + 3))
    let j = i + 3
    const ls = j
    let chars = 0
    let first = true
    for (;;) {
      if (j >= e) return bad('exemplar label set is not closed', j)
      if (b[j] === RBRACE) break
      if (!first) {
        if (b[j] !== COMMA) return bad(`expected "," or "}" in exemplar labels, found ${describeAt(b, j, e)}`, j)
        j++
      }
      first = false
      const ns = j
      if (b[j] === QUOTE) {
        const q = this.scanQuoted(line, j, 'a quoted exemplar label name')
        if (q < 0) return false
        j = q
      } else {
        if (!(CLASS[b[j]] & 4)) return bad(`expected a label name, found ${describeAt(b, j, e)}`, j)
        j++
        while (j < e && CLASS[b[j]] & 8) j++
      }
      chars += countChars(b, b[ns] === QUOTE ? ns + 1 : ns, b[ns] === QUOTE ? j - 1 : j)
      if (j >= e || b[j] !== EQ) return bad(`expected "=", found ${describeAt(b, j, e)}`, j)
      j++
      if (j >= e || b[j] !== QUOTE) return bad(`expected a quoted label value, found ${describeAt(b, j, e)}`, j)
      const vs = j + 1
      j++
      for (; j < e; j++) {
        const c = b[j]
        if (c === QUOTE) break
        if (c === BSLASH) { j++; continue }
        if (c >= 0x80) {
          const n = utf8Len(b, j, e)
          if (n === 0) { this.out.onLine(rules.invalidUtf8, 'bytes', { where: 'an exemplar label value' }, FAILS, line, j, j + 1); return false }
          j += n - 1
        }
      }
      if (j >= e) return bad('exemplar label value is not closed', vs - 1, e)
      chars += countChars(b, vs, j) - countEscapes(b, vs, j)
      j++
    }
    j++ // past }
    if (chars > 128) {
      this.out.onLine(rules.exemplarTooLong, 'long', { length: chars }, SPEC, line, ls - 1, j)
      return false
    }
    if (j >= e || b[j] !== SP) return bad('expected a value after the exemplar labels', j)
    j++
    const vs = j
    while (j < e && b[j] !== SP) j++
    const v = parseGoFloat(b, vs, j)
    if (v === BAD || v === RANGE) return bad(`invalid exemplar value ${JSON.stringify(latin1(b, vs, Math.min(j, vs + 100)))}`, vs, j)
    if (j < e) {
      j++
      const ts = j
      while (j < e && b[j] !== SP) j++
      const t = parseGoFloat(b, ts, j)
      if (ts === j || t === BAD || t === RANGE || !Number.isFinite(floatResult)) {
        return bad(`invalid exemplar timestamp ${JSON.stringify(latin1(b, ts, Math.min(j, ts + 100)))}`, ts, Math.max(j, ts + 1))
      }
      if (j < e) return bad(`unexpected ${describeAt(b, j, e)} after the exemplar timestamp`, j, e)
    }
    this.exEnd = e
    return true
  }
}

// ---------------------------------------------------------------- helpers

function isKnownType(t: string, om: boolean): boolean {
  switch (t) {
    case 'counter': case 'gauge': case 'histogram': case 'summary': return true
    case 'untyped': return !om
    case 'unknown': case 'info': case 'stateset': case 'gaugehistogram': return om
  }
  return false
}

/** Results of `scanValue`: the hashes carried on, and the escapes it took. */
let runH1 = 0
let runH2 = 0
let runEsc = 0
/** A label value is scanned at most this many bytes per `scanValue` call (see there). */
const VALUE_WINDOW = 64 * 1024

/**
 * The bytes of a label value from `j`: hashes them on from (h1, h2) into (runH1, runH2), takes the
 * escapes the spec defines (\\, \", \n: counted in runEsc, hashed as their two bytes) and whole UTF-8
 * sequences, and returns the index of the first byte it leaves to the caller: a quote, a backslash
 * starting any other escape (or ending the line), a byte that is not UTF-8; or `stop` (or up to 3
 * bytes past it, at a sequence that straddles it). `e` is the end of the line.
 *
 * Small on purpose, and called for at most VALUE_WINDOW bytes at a time: V8 optimizes a small
 * function fast, but code already running a loop does not move up to the optimized version until
 * it is called again (Maglev does not hand a running loop over to TurboFan), so one call over a
 * 10 MB value would run in the slower tier to its end. TurboFan inlines it into the scanner otherwise.
 */
function scanValue(b: Uint8Array, j: number, stop: number, e: number, h1: number, h2: number): number {
  let esc = 0
  while (j < stop) {
    const c = b[j]
    if (c < 0x80 && c !== QUOTE && c !== BSLASH) {
      h1 = Math.imul(h1 ^ c, 0x01000193)
      h2 = (Math.imul(h2, 31) + c) | 0
      j++
      continue
    }
    if (c === QUOTE) break
    if (c === BSLASH) {
      if (j + 1 >= e) break
      const d = b[j + 1]
      if (d !== BSLASH && d !== QUOTE && d !== 0x6e) break
      esc++
      h1 = Math.imul(Math.imul(h1 ^ c, 0x01000193) ^ d, 0x01000193)
      h2 = (Math.imul((Math.imul(h2, 31) + c) | 0, 31) + d) | 0
      j += 2
      continue
    }
    const len = utf8Len(b, j, e)
    if (len === 0) break
    for (let k = 0; k < len; k++) {
      h1 = Math.imul(h1 ^ b[j], 0x01000193)
      h2 = (Math.imul(h2, 31) + b[j]) | 0
      j++
    }
  }
  runH1 = h1
  runH2 = h2
  runEsc = esc
  return j
}

/**
 * Whether b[x, x+len) equals b[y, y+len); `dv` views `b`. Eight bytes per step, read as doubles:
 * two doubles that compare equal have the same bits, except +0 and -0 (so a zero is checked again
 * as its high four bytes); a NaN equals nothing, which only answers "different" and costs a parse.
 * The last step overlaps the one before instead of going byte by byte.
 */
function sameBytes(dv: DataView, b: Uint8Array, x: number, y: number, len: number): boolean {
  if (len < 8) {
    if (len >= 4) return dv.getInt32(x, true) === dv.getInt32(y, true) && dv.getInt32(x + len - 4, true) === dv.getInt32(y + len - 4, true)
    for (let t = 0; t < len; t++) if (b[x + t] !== b[y + t]) return false
    return true
  }
  for (let t = 0; ; t += 8) {
    if (t + 8 > len) t = len - 8
    const a = dv.getFloat64(x + t, true)
    if (a !== dv.getFloat64(y + t, true)) return false
    if (a === 0 && dv.getInt32(x + t + 4, true) !== dv.getInt32(y + t + 4, true)) return false
    if (t + 8 === len) return true
  }
}

function grow32(a: Int32Array, n: number): Int32Array {
  const x = new Int32Array(n)
  x.set(a)
  return x
}

function nextSpace(b: Uint8Array, i: number, e: number): number {
  while (i < e && b[i] !== SP && b[i] !== TAB && b[i] !== LBRACE) i++
  return i
}

/** Bytes [s, e) as a string (names are ASCII; other bytes are decoded as UTF-8). */
export function latin1(b: Uint8Array, s: number, e: number): string {
  if (e - s > 64) return utf8Dec.decode(b.subarray(s, e))
  let ascii = true
  for (let i = s; i < e; i++) if (b[i] >= 0x80) { ascii = false; break }
  if (!ascii) return utf8Dec.decode(b.subarray(s, e))
  switch (e - s) {
    case 0: return ''
    case 1: return String.fromCharCode(b[s])
    case 2: return String.fromCharCode(b[s], b[s + 1])
    default: return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[])
  }
}
const utf8Dec = new TextDecoder()

/** Whether bytes [s, e) equal the ASCII string `word`. */
export function bytesEqual(b: Uint8Array, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false
  for (let i = 0; i < word.length; i++) if (b[s + i] !== word.charCodeAt(i)) return false
  return true
}

function countChars(b: Uint8Array, s: number, e: number): number {
  let n = 0
  for (let i = s; i < e; i++) if ((b[i] & 0xc0) !== 0x80) n++
  return n
}

function countEscapes(b: Uint8Array, s: number, e: number): number {
  let n = 0
  for (let i = s; i < e; i++) if (b[i] === BSLASH) { n++; i++ }
  return n
}

/**
 * Length of the well-formed UTF-8 sequence at `i` (1–4), or 0 when it is not (overlongs,
 * surrogates and code points above U+10FFFF are ill-formed, as for Go's utf8.Valid).
 */
export function utf8Len(b: Uint8Array, i: number, e: number): number {
  const c = b[i]
  if (c < 0x80) return 1
  if (c < 0xc2 || c > 0xf4) return 0
  if (c < 0xe0) return i + 1 < e && (b[i + 1] & 0xc0) === 0x80 ? 2 : 0
  if (c < 0xf0) {
    if (i + 2 >= e) return 0
    const c1 = b[i + 1]
    if ((c1 & 0xc0) !== 0x80 || (b[i + 2] & 0xc0) !== 0x80) return 0
    if (c === 0xe0 && c1 < 0xa0) return 0
    if (c === 0xed && c1 > 0x9f) return 0
    return 3
  }
  if (i + 3 >= e) return 0
  const c1 = b[i + 1]
  if ((c1 & 0xc0) !== 0x80 || (b[i + 2] & 0xc0) !== 0x80 || (b[i + 3] & 0xc0) !== 0x80) return 0
  if (c === 0xf0 && c1 < 0x90) return 0
  if (c === 0xf4 && c1 > 0x8f) return 0
  return 4
}

export const BAD = -1
export const RANGE = -2
const OK = 0
/** The value of the last successful `parseGoFloat`. */
export let floatResult = 0

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
  1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

/**
 * The common case of `parseGoFloat` in one pass: a plain decimal `[-]digits[.digits][e[+-]digits]`
 * with at most 15 significant digits and a power of ten within 1e±22, ending at a blank (a space; also a tab in the text formats) or at `e`.
 * Sets `floatResult` exactly as parseGoFloat would and returns the index after the value, else -1
 * (the caller then scans the token and calls parseGoFloat).
 */
export function plainDecimal(b: Uint8Array, s: number, e: number, om: boolean): number {
  let i = s
  const neg = i < e && b[i] === 0x2d
  if (neg) i++
  let mant = 0, sig = 0, digits = 0, frac = 0
  while (i < e) {
    const d = b[i] - 0x30
    if (d < 0 || d > 9) break
    if (sig > 0 || d !== 0) sig++
    mant = mant * 10 + d
    digits++
    i++
  }
  if (i < e && b[i] === 0x2e) {
    i++
    while (i < e) {
      const d = b[i] - 0x30
      if (d < 0 || d > 9) break
      if (sig > 0 || d !== 0) sig++
      mant = mant * 10 + d
      digits++
      frac++
      i++
    }
  }
  if (digits === 0 || sig > 15) return -1
  let scale = -frac
  if (i < e && (b[i] | 0x20) === 0x65) {
    // an exponent (node_exporter writes 1.048576e+06): as parseGoFloat, while the scale stays small
    i++
    let eneg = false
    if (i < e && (b[i] === 0x2b || b[i] === 0x2d)) {
      eneg = b[i] === 0x2d
      i++
    }
    let exp = 0, ed = 0
    while (i < e && ed < 4) {
      const d = b[i] - 0x30
      if (d < 0 || d > 9) break
      exp = exp * 10 + d
      ed++
      i++
    }
    if (ed === 0 || ed === 4) return -1
    scale += eneg ? -exp : exp
  }
  if (scale < -22 || scale > 22) return -1
  if (i < e && b[i] !== SP && (om || b[i] !== TAB)) return -1
  // Clinger's fast path, as in parseGoFloat
  const v = scale >= 0 ? mant * POW10[scale] : mant / POW10[-scale]
  floatResult = neg ? -v : v
  return i
}

function lowerIs(b: Uint8Array, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false
  for (let i = 0; i < word.length; i++) if ((b[s + i] | 0x20) !== word.charCodeAt(i)) return false
  return true
}

/**
 * Parse a value as Go's strconv.ParseFloat does, minus what Prometheus's parseFloat refuses
 * (hex floats with p exponents and "_"): [+-]digits[.digits][e[+-]digits], [+-]Inf/Infinity, NaN,
 * case-insensitive. Out-of-range values are errors, as in Go. Result in `floatResult`.
 */
export function parseGoFloat(b: Uint8Array, s: number, e: number): number {
  if (s >= e) return BAD
  let i = s
  let neg = false
  if (b[i] === 0x2b || b[i] === 0x2d) {
    neg = b[i] === 0x2d
    i++
  }
  const c0 = b[i] | 0x20
  if (c0 === 0x69) {
    if (lowerIs(b, i, e, 'inf') || lowerIs(b, i, e, 'infinity')) {
      floatResult = neg ? -Infinity : Infinity
      return OK
    }
    return BAD
  }
  if (c0 === 0x6e) {
    // Go's ParseFloat takes no sign on NaN.
    if (i === s && lowerIs(b, i, e, 'nan')) {
      floatResult = NaN
      return OK
    }
    return BAD
  }
  let mant = 0, digits = 0, sig = 0, fracDigits = 0
  let j = i
  while (j < e && b[j] >= 0x30 && b[j] <= 0x39) {
    if (sig > 0 || b[j] !== 0x30) sig++
    mant = mant * 10 + (b[j] - 0x30)
    digits++
    j++
  }
  if (j < e && b[j] === 0x2e) {
    j++
    while (j < e && b[j] >= 0x30 && b[j] <= 0x39) {
      if (sig > 0 || b[j] !== 0x30) sig++
      mant = mant * 10 + (b[j] - 0x30)
      digits++
      fracDigits++
      j++
    }
  }
  if (digits === 0) return BAD
  let exp = 0
  let hasExp = false
  if (j < e && (b[j] | 0x20) === 0x65) {
    hasExp = true
    j++
    let eneg = false
    if (j < e && (b[j] === 0x2b || b[j] === 0x2d)) {
      eneg = b[j] === 0x2d
      j++
    }
    const es = j
    while (j < e && b[j] >= 0x30 && b[j] <= 0x39) {
      if (exp < 100000) exp = exp * 10 + (b[j] - 0x30)
      j++
    }
    if (j === es) return BAD
    if (eneg) exp = -exp
  }
  if (j !== e) return BAD
  const scale = exp - fracDigits
  let v: number
  if (sig <= 15 && scale >= -22 && scale <= 22) {
    // Exact mantissa times an exact power of ten: correctly rounded (Clinger's fast path).
    v = scale >= 0 ? mant * POW10[scale] : mant / POW10[-scale]
  } else {
    v = Number(latin1(b, i, e))
    if (!hasExp && !Number.isFinite(v)) v = Number(latin1(b, i, e))
  }
  if (!Number.isFinite(v)) return RANGE
  floatResult = neg ? -v : v
  return OK
}
