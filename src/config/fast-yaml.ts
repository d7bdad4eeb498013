/**
 * A fast path for the plain YAML most prometheus.yml files are written in: block mappings and
 * sequences indented with spaces, plain and quoted single-line scalars, single-line flow
 * collections, comments. It builds the same {@link YNode} tree as the `yaml` path, about 3-5x
 * faster. Anything else (anchors, aliases, tags, block scalars, multi-line scalars or flows,
 * directives, several documents, tabs, odd indentation) returns undefined, and the caller uses the
 * full `yaml` parser, which also produces every error message.
 */
import type { Span } from '../finding.js'
import type { ParseIssue, YMap, YNode, YPair, YScalar, YSeq } from './yaml-tree.js'

class Bail extends Error {}
const bail = (): never => {
  throw new Bail()
}

/**
 * The content lines, as three parallel arrays rather than an object per line (a 10,000-job config
 * has ~140,000 lines, all alive until the parse ends).
 */
interface Lines {
  count: number
  /** Offset of the first content character. */
  start: Int32Array
  /** Offset one past the last content character (comments and trailing spaces removed). */
  end: Int32Array
  indent: Int32Array
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL'])

type Spanner = (start: number, end: number) => Span

/*
 * Fast-path nodes work out their span when it is first read. In a large config most spans are
 * never read (findings, and the model's jobs, targets and relabel rules, read a few per job), and a
 * span object per node was about a third of the tree's memory. The span is memoised, so a node's
 * span keeps its identity (checks key maps on spans).
 *
 * The whole tree stays alive until the checks end, so every byte of it is copied by each young
 * generation collection it survives: `kind` sits on the prototype (one field less per node), and a
 * pair's key node is made when first read (below).
 */
class FastScalar implements YScalar {
  declare readonly kind: 'scalar'
  #span: Span | undefined
  constructor(public value: unknown, public text: string, public plain: boolean, public isNull: boolean, public start: number, public end: number, readonly spanner: Spanner) {}
  get span(): Span {
    return (this.#span ??= this.spanner(this.start, this.end))
  }
}

class FastMap implements YMap {
  declare readonly kind: 'map'
  #span: Span | undefined
  constructor(public pairs: YPair[], public start: number, public end: number, readonly spanner: Spanner) {}
  get span(): Span {
    return (this.#span ??= this.spanner(this.start, this.end))
  }
}

class FastSeq implements YSeq {
  declare readonly kind: 'seq'
  #span: Span | undefined
  constructor(public items: YNode[], public start: number, public end: number, readonly spanner: Spanner) {}
  get span(): Span {
    return (this.#span ??= this.spanner(this.start, this.end))
  }
}

Object.defineProperty(FastScalar.prototype, 'kind', { value: 'scalar', enumerable: true })
Object.defineProperty(FastMap.prototype, 'kind', { value: 'map', enumerable: true })
Object.defineProperty(FastSeq.prototype, 'kind', { value: 'seq', enumerable: true })

/**
 * A mapping entry. A plain key's node (a scalar whose text is the interned name) is made when the
 * key is first read: most keys of a large config are only ever looked up by name. Null and quoted
 * keys come with their node.
 */
class FastPair implements YPair {
  #key: YScalar | undefined
  /**
   * `keyStart`: where a plain key starts; it ends `name.length` later (its name is its text). The
   * spans come from the value's spanner: every fast-path node has the parse's one.
   */
  constructor(public name: string, public value: YNode, key: YScalar | undefined, private readonly keyStart: number) {
    this.#key = key
  }
  get key(): YScalar {
    return (this.#key ??= new FastScalar(this.name, this.name, true, false, this.keyStart, this.keyStart + this.name.length, (this.value as FastScalar | FastMap | FastSeq).spanner))
  }
}

/** The pair's key is a scalar, known without making the key's node for a fast-path pair. */
export function keyIsScalar(p: YPair): boolean {
  return p instanceof FastPair || p.key.kind === 'scalar'
}

/** Mappings up to this many keys look duplicates up by scanning their pairs. */
const SMALL_MAP = 8

/**
 * The pairs of a mapping being read, in order, and the first pair of each key (for duplicate-key
 * issues). Most mappings in a config have a handful of keys, where scanning the pairs read so far is
 * cheaper than a Map per mapping (a 10,000-job config has ~70,000 mappings); larger ones get a Map.
 */
class MapKeys {
  readonly pairs: YPair[] = []
  duplicate = false
  private index: Map<string, YPair> | undefined

  /** Appends the pair; returns the earlier pair with the same name, if any. */
  add(pair: YPair): YPair | undefined {
    let first: YPair | undefined
    if (this.index) {
      first = this.index.get(pair.name)
      if (!first) this.index.set(pair.name, pair)
    } else {
      const pairs = this.pairs
      for (let k = 0; k < pairs.length; k++) {
        if (pairs[k].name === pair.name) {
          first = pairs[k]
          break
        }
      }
    }
    this.pairs.push(pair)
    if (first) this.duplicate = true
    if (!this.index && this.pairs.length > SMALL_MAP) {
      this.index = new Map()
      for (const p of this.pairs) if (!this.index.has(p.name)) this.index.set(p.name, p)
    }
    return first
  }
}

export function fastParse(text: string, spanOf: (s: number, e: number) => Span, issues: ParseIssue[]): YNode | undefined {
  if (text.length > 0 && text.charCodeAt(0) === 0xfeff) return undefined
  try {
    const { count: nLines, start: lineStart, end: lineEnd, indent: lineIndent } = splitLines(text)
    if (nLines === 0) return undefined
    let i = 0
    // Configs repeat the same short values in every job (15s, /metrics, $1, __address__, ...): one
    // string per distinct short value rather than a copy per scalar in the tree, which stays alive
    // (and is copied by the young generation collections) until the checks end. Capped, so a
    // hostile file of distinct values only costs the lookups.
    const values = new Map<string, string>()
    const share = (t: string): string => {
      if (t.length > 32) return t
      const v = values.get(t)
      if (v !== undefined) return v
      if (values.size < 20_000) values.set(t, t)
      return t
    }
    const scalar = (s: number, e: number, plain: boolean, decoded?: string): YScalar => {
      const raw = text.slice(s, e)
      const t = share(plain ? raw : decoded!)
      // The length test spares hashing every scalar of the file: null spellings are at most 4 long.
      const isNull = plain && raw.length <= 4 && NULLS.has(raw)
      return new FastScalar(isNull ? null : t, t, plain, isNull, s, e, spanOf)
    }
    // Key names are compared with field names everywhere downstream (getPair's ===, schema field
    // lookups): V8 compares two internalized strings by pointer, a slice of the file by content. A
    // config repeats a few dozen key names, so each distinct one is internalized once (an object
    // literal's property name is; the cap keeps a hostile file of unique keys linear).
    const names = new Map<string, string>()
    const intern = (t: string): string => {
      let name = names.get(t)
      if (name === undefined) {
        name = names.size < 10_000 ? Object.keys({ [t]: 0 })[0] : t
        names.set(t, name)
      }
      return name
    }
    /** A quoted key's node: its text (and value) the interned name. */
    const quotedKey = (key: YScalar): YScalar => {
      key.text = intern(key.text)
      key.value = key.text
      return key
    }
    /*
     * Where the last quoted(), flow() or flowValue() call stopped: one number beside the result
     * rather than a [result, end] pair, whose array (and its destructuring, an iterator protocol
     * call in code not yet optimised) cost per scalar.
     */
    let stop = 0
    const nullAt = (off: number, end = off): YScalar => new FastScalar(null, '', true, true, off, end, spanOf)

    /** A scalar or flow collection filling [s, e) on one line. */
    const inline = (s: number, e: number): YNode => {
      const c = text[s]
      if (c === '[' || c === '{') {
        const node = flow(s, e)
        if (skipSpaces(stop, e) !== e) bail()
        return node
      }
      if (c === '"' || c === "'") {
        const value = quoted(s, e)
        const end = stop
        if (skipSpaces(end, e) !== e) bail()
        return scalar(s, end, false, value)
      }
      return plainScalar(s, e, false)
    }

    const plainScalar = (s: number, e: number, inFlow: boolean): YScalar => {
      checkPlain(s, e, inFlow)
      return scalar(s, e, true)
    }

    /** Bails unless [s, e) is a plain scalar the fast path reads exactly as `yaml` does. */
    const checkPlain = (s: number, e: number, inFlow: boolean): void => {
      const c = text[s]
      if (PLAIN_FIRST_BAD[text.charCodeAt(s)] === 1 || (c === '-' && (s + 1 >= e || text[s + 1] === ' ')) || ((c === '?' || c === ':') && (s + 1 >= e || text[s + 1] === ' '))) bail()
      // One pass over the characters instead of a slice and several searches: ': ', a trailing ':',
      // ' #' and tabs need the full parser, and so do , [ ] { } inside a flow collection.
      for (let k = s; k < e; k++) {
        const ch = text.charCodeAt(k)
        if (ch === 0x3a /* : */) {
          if (k + 1 === e || text.charCodeAt(k + 1) === 0x20) bail()
        } else if (ch === 0x20) {
          if (k + 1 < e && text.charCodeAt(k + 1) === 0x23 /* # */) bail()
        } else if (ch === 0x09) bail()
        else if (inFlow && (ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d)) bail()
      }
    }

    /** A flow collection starting at s; sets `stop`. */
    const flow = (s: number, e: number): YNode => {
      const open = text[s]
      const close = open === '[' ? ']' : '}'
      let p = skipSpaces(s + 1, e)
      const items: YNode[] = []
      const keys = new MapKeys()
      while (true) {
        if (p >= e) bail()
        if (text[p] === close) {
          p++
          break
        }
        if (open === '[') {
          items.push(flowValue(p, e))
          p = stop
        } else {
          // The key: quoted (its node made now) or plain (its node made when read; see FastPair).
          const ks = p
          let ke: number
          let q: number
          let keyNode: YScalar | undefined
          let name: string
          const kc = text[p]
          if (kc === '[' || kc === '{') bail()
          if (kc === '"' || kc === "'") {
            const v = quoted(p, e)
            const qe = stop
            keyNode = quotedKey(scalar(p, qe, false, v))
            name = keyNode.text
            ke = q = qe
          } else {
            // As flowValue(): up to , ] } or :, trailing spaces dropped.
            q = p
            while (q < e) {
              const ch = text[q]
              if (ch === ',' || ch === ']' || ch === '}' || ch === ':') break
              q++
            }
            ke = q
            while (ke > p && text[ke - 1] === ' ') ke--
            if (ke === p) bail()
            checkPlain(p, ke, true)
            const raw = text.slice(p, ke)
            if (raw.length <= 4 && NULLS.has(raw)) bail()
            name = intern(raw)
          }
          let r = skipSpaces(q, e)
          if (text[r] !== ':') bail()
          r = skipSpaces(r + 1, e)
          let value: YNode
          if (text[r] === ',' || text[r] === '}') value = nullAt(r)
          else {
            value = flowValue(r, e)
            r = stop
          }
          const pair = new FastPair(name, value, keyNode, ks)
          const first = keys.add(pair)
          if (first) issues.push({ kind: 'duplicate-key', message: name, span: pair.key.span, related: [{ span: first.key.span, label: 'first set here' }] })
          p = r
        }
        p = skipSpaces(p, e)
        if (text[p] === ',') p = skipSpaces(p + 1, e)
        else if (text[p] !== close) bail()
      }
      stop = p
      if (open === '[') return new FastSeq(items.slice(), s, p, spanOf)
      return mapNode(keys, s, p)
    }

    /** One flow item: nested flow, quoted, or plain up to , ] } (or a ': '). */
    /** Sets `stop`. */
    const flowValue = (s: number, e: number): YNode => {
      const c = text[s]
      if (c === '[' || c === '{') return flow(s, e)
      if (c === '"' || c === "'") {
        const value = quoted(s, e)
        return scalar(s, stop, false, value)
      }
      let q = s
      while (q < e) {
        const ch = text.charCodeAt(q)
        if (ch === 0x2c /* , */ || ch === 0x5d /* ] */ || ch === 0x7d /* } */) break
        if (ch === 0x3a /* : */) {
          const n = q + 1 < e ? text.charCodeAt(q + 1) : -1
          if (n === -1 || n === 0x20 || n === 0x2c || n === 0x7d || n === 0x5d) break
        }
        q++
      }
      let end = q
      while (end > s && text[end - 1] === ' ') end--
      if (end === s) bail()
      const node = plainScalar(s, end, true)
      stop = q
      return node
    }

    /** The decoded text of the quoted scalar at s; sets `stop` past its closing quote. */
    const quoted = (s: number, e: number): string => {
      const qc = text[s]
      // Most quoted scalars hold no escape (nor a doubled ''): their text is a slice of the file.
      const q = qc.charCodeAt(0)
      for (let k = s + 1; k < e; k++) {
        const ch = text.charCodeAt(k)
        if (ch === q) {
          if (q === 0x27 && text.charCodeAt(k + 1) === 0x27) break
          stop = k + 1
          return text.slice(s + 1, k)
        }
        if (ch === 0x5c /* \ */ && q === 0x22) break
      }
      let out = ''
      let p = s + 1
      while (p < e) {
        const ch = text[p]
        if (qc === "'" && ch === "'") {
          if (text[p + 1] === "'") {
            out += "'"
            p += 2
            continue
          }
          stop = p + 1
          return out
        }
        if (qc === '"' && ch === '"') {
          stop = p + 1
          return out
        }
        if (qc === '"' && ch === '\\') {
          const n = text[p + 1]
          const simple: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '"': '"', '/': '/', r: '\r', '0': '\0', ' ': ' ', e: '\x1b', a: '\x07', b: '\b', f: '\f', v: '\v' }
          if (n in simple) {
            out += simple[n]
            p += 2
            continue
          }
          const len = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0
          const hex = text.slice(p + 2, p + 2 + len)
          if (!len || hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) bail()
          const cp = parseInt(hex, 16)
          if (cp > 0x10ffff) bail()
          out += String.fromCodePoint(cp)
          p += 2 + len
          continue
        }
        out += ch
        p++
      }
      return bail()
    }

    const mapNode = (keys: MapKeys, s: number, e: number): YMap => {
      // Without a duplicate key the pairs as read are already the effective pairs. A copy, as the
      // array that grew by push() has room for 17 (most mappings have a handful of keys).
      if (!keys.duplicate) return new FastMap(keys.pairs.slice(), s, e, spanOf)
      const n = new FastMap([], s, e, spanOf)
      const index = new Map<string, number>()
      for (const p of keys.pairs) {
        const at = index.get(p.name)
        if (at === undefined) {
          index.set(p.name, n.pairs.length)
          n.pairs.push(p)
        } else n.pairs[at] = p
      }
      return n
    }

    /** Parse the block starting at lines[i], all of whose lines are indented exactly `indent`. */
    const block = (indent: number): YNode => {
      if (lineIndent[i] !== indent) bail()
      return isDashLine(i) ? seqBlock(indent) : mapBlock(indent)
    }

    /** Line k starts with a "-" list marker. */
    const isDashLine = (k: number): boolean => {
      const ls = lineStart[k]
      return text.charCodeAt(ls) === 0x2d && (ls + 1 === lineEnd[k] || text.charCodeAt(ls + 1) === 0x20)
    }

    /** After `key:` or `-` with nothing inline: the nested block on the next lines, or null. */
    const nested = (parentIndent: number, off: number, allowSameIndentSeq: boolean): YNode => {
      if (i >= nLines) return nullAt(off)
      if (lineIndent[i] > parentIndent) return block(lineIndent[i])
      if (allowSameIndentSeq && lineIndent[i] === parentIndent && isDashLine(i)) {
        return seqBlock(parentIndent)
      }
      return nullAt(off)
    }

    const seqBlock = (indent: number): YSeq => {
      const items: YNode[] = []
      const s = lineStart[i]
      let end = s
      while (i < nLines && lineIndent[i] === indent && isDashLine(i)) {
        const dash = lineStart[i]
        const le = lineEnd[i]
        const cs = skipSpaces(dash + 1, le)
        let item: YNode
        if (cs >= le) {
          i++
          const n = nested(indent, dash + 1, false)
          // A lone "-" (nested() gave the empty null): point at the dash.
          item = n.kind === 'scalar' && n.isNull && n.start === n.end ? nullAt(dash, dash + 1) : n
        } else if (keyColon(cs, le) >= 0) {
          // "- key: value" starts a mapping whose other keys sit at the column of "key".
          const col = cs - (dash - lineIndent[i])
          lineStart[i] = cs
          lineIndent[i] = col
          item = mapBlock(col)
        } else {
          if (text[cs] === '-' && (cs + 1 === le || text[cs + 1] === ' ')) bail()
          item = inline(cs, le)
          i++
          if (i < nLines && lineIndent[i] > indent) bail()
        }
        items.push(item)
        end = Math.max(item.end, dash + 1)
      }
      if (i < nLines && lineIndent[i] > indent) bail()
      return new FastSeq(items.slice(), s, end, spanOf)
    }

    const mapBlock = (indent: number): YMap => {
      const keys = new MapKeys()
      const s = lineStart[i]
      let end = s
      while (i < nLines && lineIndent[i] === indent) {
        const ls = lineStart[i]
        const le = lineEnd[i]
        const colon = keyColon(ls, le)
        if (colon < 0) bail()
        // The key: quoted or null (its node made now), or plain (its node made when read; see FastPair).
        let key: YScalar | undefined
        let name: string
        const kc = text[ls]
        if (kc === '"' || kc === "'") {
          const v = quoted(ls, colon)
          const q = stop
          if (q !== colon) bail()
          key = quotedKey(scalar(ls, q, false, v))
          name = key.text
        } else {
          if (text[colon - 1] === ' ') bail()
          checkPlain(ls, colon, false)
          const raw = text.slice(ls, colon)
          if (raw === '<<') bail()
          if (raw.length <= 4 && NULLS.has(raw)) {
            key = new FastScalar(null, raw, true, true, ls, colon, spanOf)
            name = ''
          } else name = intern(raw)
        }
        const vs = skipSpaces(colon + 1, le)
        let value: YNode
        i++
        if (vs >= le) {
          // Like `yaml`, an empty value sits after the spaces that follow the colon.
          let off = colon + 1
          while (text[off] === ' ') off++
          value = nested(indent, off, true)
        }
        else {
          value = inline(vs, le)
          if (i < nLines && lineIndent[i] > indent) bail()
        }
        const pair = new FastPair(name, value, key, ls)
        const firstPair = keys.add(pair)
        if (firstPair) issues.push({ kind: 'duplicate-key', message: name, span: pair.key.span, related: [{ span: firstPair.key.span, label: 'first set here' }] })
        end = Math.max(value.end, colon + 1)
      }
      if (i < nLines && lineIndent[i] > indent) bail()
      return mapNode(keys, s, end)
    }

    /** Offset of the ':' that ends a block mapping key on this line, or -1. */
    const keyColon = (s: number, e: number): number => {
      const c = text[s]
      if (c === '"' || c === "'") {
        quoted(s, e)
        const q = stop
        return text[q] === ':' && (q + 1 >= e || text[q + 1] === ' ') ? q : -1
      }
      if (c === '[' || c === '{') return -1
      for (let p = s; p < e; p++) {
        if (text.charCodeAt(p) === 0x3a /* : */ && (p + 1 >= e || text.charCodeAt(p + 1) === 0x20)) return p
      }
      return -1
    }

    const skipSpaces = (p: number, e: number): number => {
      while (p < e && text.charCodeAt(p) === 0x20) p++
      return p
    }

    const root = block(lineIndent[0])
    if (i !== nLines) bail()
    return root
  } catch (e) {
    if (e instanceof Bail) return undefined
    throw e
  }
}

/** Content lines: comments, blank lines and trailing spaces dropped; bails on anything unusual. */
function splitLines(text: string): Lines {
  let max = 1
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) max++
  const out: Lines = { count: 0, start: new Int32Array(max), end: new Int32Array(max), indent: new Int32Array(max) }
  let p = 0
  while (p <= text.length) {
    let nl = text.indexOf('\n', p)
    if (nl < 0) nl = text.length
    let q = p
    while (q < nl && text.charCodeAt(q) === 0x20) q++
    if (text[q] === '\t' || text[q] === '\r' && q + 1 < nl) bail()
    // Find a comment start: '#' at line start or after a space, outside quotes. Character codes, not
    // one-character strings: this loop sees every byte of the file.
    let end = nl
    let inS = false
    let inD = false
    for (let k = q; k < nl; k++) {
      const ch = text.charCodeAt(k)
      if (ch < 0x20) bail() // tabs, CR and other control characters
      if (inD) {
        if (ch === 0x5c /* \\ */) k++
        else if (ch === 0x22 /* " */) inD = false
      } else if (inS) {
        if (ch === 0x27 /* ' */) inS = false
      } else if (ch === 0x22 && (k === q || opensQuote(text.charCodeAt(k - 1)))) inD = true
      else if (ch === 0x27 && (k === q || opensQuote(text.charCodeAt(k - 1)))) inS = true
      else if (ch === 0x23 /* # */ && (k === q || text.charCodeAt(k - 1) === 0x20)) {
        end = k
        break
      }
    }
    if (inS || inD) bail()
    while (end > q && text[end - 1] === ' ') end--
    if (end > q) {
      const c = text[q]
      if (c === '%' || (text.startsWith('---', q) && (q + 3 >= end || text[q + 3] === ' ')) || (text.startsWith('...', q) && q === p)) bail()
      const n = out.count++
      out.start[n] = q
      out.end[n] = end
      out.indent[n] = q - p
    }
    p = nl + 1
  }
  return out
}

/** First characters a plain scalar cannot start with here: & * ! | > % @ ` # [ ] { } , " ' (1 = bail). */
const PLAIN_FIRST_BAD = (() => {
  const t = new Uint8Array(128)
  for (const c of '&*!|>%@`#[]{},"\'') t[c.charCodeAt(0)] = 1
  return t
})()

/** A quote after one of ` [{,:-` opens a quoted scalar. */
function opensQuote(c: number): boolean {
  return c === 0x20 || c === 0x5b || c === 0x7b || c === 0x2c || c === 0x3a || c === 0x2d
}
