/**
 * prometheus.yml as a small positioned tree. The `yaml` document is converted once into plain
 * {@link YNode}s that keep the source range of every key, value and list item. Aliases become
 * shared nodes (a DAG, never expanded), and YAML 1.1 merge keys (`<<`) are applied the way Go's
 * yaml.v2 applies them: keys written in the map win over merged ones.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document } from 'yaml'
import type { Span } from '../finding.js'
import { fastParse, keyIsScalar } from './fast-yaml.js'

export { keyIsScalar }

export interface YBase {
  /** Offsets in the decoded text: [start, end). */
  start: number
  end: number
  span: Span
}

export interface YScalar extends YBase {
  kind: 'scalar'
  /** The value as YAML 1.1 resolves it (null, boolean, number, string, Uint8Array...). */
  value: unknown
  /** The text as written (plain scalars) or as decoded (quoted and block scalars). */
  text: string
  /** Plain scalars are the only ones yaml.v2 resolves to bool/int/float. */
  plain: boolean
  tag?: string
  /** `key:` with nothing after it. */
  isNull: boolean
  /** The decoded bytes of a !!binary scalar (its text is their lossy UTF-8 reading). */
  raw?: Uint8Array
}

export interface YPair {
  key: YNode
  /** The key as yaml.v2 reads a struct field name: its text. */
  name: string
  value: YNode
  /** True when the pair came in through a `<<` merge key. */
  merged?: boolean
}

export interface YMap extends YBase {
  kind: 'map'
  /** Effective pairs: the map's own pairs, then merged pairs not overridden. */
  pairs: YPair[]
}

export interface YSeq extends YBase {
  kind: 'seq'
  items: YNode[]
}

export type YNode = YScalar | YMap | YSeq

export function isNullNode(n: YNode | undefined): boolean {
  return !n || (n.kind === 'scalar' && (n.isNull || n.value === null))
}

export function getPair(map: YNode | undefined, name: string): YPair | undefined {
  if (!map || map.kind !== 'map') return undefined
  // An index loop: the checks call this for nearly every key of the config, mostly before V8 has
  // optimised them, where for-of goes through the iterator protocol.
  const pairs = map.pairs
  for (let k = 0; k < pairs.length; k++) if (pairs[k].name === name) return pairs[k]
  return undefined
}

export function getValue(map: YNode | undefined, name: string): YNode | undefined {
  return getPair(map, name)?.value
}

/** The scalar as Go would read it into a string field ('' for null, undefined for maps/lists). */
export function scalarString(n: YNode | undefined): string | undefined {
  if (!n) return undefined
  if (n.kind !== 'scalar') return undefined
  if (n.isNull || n.value === null) return ''
  return n.text
}

export interface ParseIssue {
  kind: 'syntax' | 'tab-indent' | 'duplicate-key' | 'extra-documents' | 'alias-limit' | 'too-deep'
  message: string
  span: Span
  related?: { span: Span; label: string }[]
}

export interface ParsedYaml {
  root?: YNode
  issues: ParseIssue[]
  /** Number of nodes a full alias expansion would visit (capped). */
  expandedSize: number
  /**
   * True when no node is reachable twice (no aliases, no merge keys): the fast path's trees. A
   * walk over such a tree need not remember which nodes it has seen.
   */
  tree?: boolean
}

/** Go's yaml.v2 refuses documents whose alias expansion is out of proportion; we stop at this. */
export const MAX_EXPANDED_NODES = 1_000_000
const MAX_DEPTH = 500

export function makeSpanner(file: string, lc: LineCounter): (start: number, end: number) => Span {
  return (start, end) => {
    const a = lc.linePos(start)
    const b = lc.linePos(Math.max(start, end))
    return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col }
  }
}

/**
 * Spans for the fast path, the same as {@link makeSpanner} over a LineCounter fed every line start,
 * without its two temporary {line, col} objects per span. The fast parser asks for positions in
 * nearly increasing order, so the line of the previous lookup (or the next one) is tried before a
 * binary search.
 */
function textSpanner(file: string, text: string): (start: number, end: number) => Span {
  // The line starts are found on the first span asked for: linting a clean config in full may ask
  // for none (spans are worked out for findings and for the scrape model).
  let starts: number[] = []
  let last = -1
  let hint = 0
  const index = (): void => {
    starts = [0]
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    last = starts.length - 1
  }
  /** Index of the last line start at or before `off` (off >= 0). */
  const lineIndex = (off: number): number => {
    if (starts[hint] <= off && (hint === last || starts[hint + 1] > off)) return hint
    if (hint < last && starts[hint + 1] <= off && (hint + 1 === last || starts[hint + 2] > off)) return ++hint
    let lo = 0
    let hi = last
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= off) lo = mid
      else hi = mid - 1
    }
    return (hint = lo)
  }
  return (start, end) => {
    if (last < 0) index()
    const a = lineIndex(start)
    const column = start - starts[a] + 1
    const e = Math.max(start, end)
    // Most spans (scalars) end on the line they start on.
    const b = a === last || e < starts[a + 1] ? a : lineIndex(e)
    return { file, line: a + 1, column, endLine: b + 1, endColumn: e - starts[b] + 1 }
  }
}

export function parseYaml(text: string, file: string, options: { fast?: boolean } = {}): ParsedYaml {
  if (options.fast !== false) {
    const issues: ParseIssue[] = []
    const root = fastParse(text, textSpanner(file, text), issues)
    if (root) return { root, issues, expandedSize: 0, tree: true }
  }
  const lc = new LineCounter()
  const spanOf = makeSpanner(file, lc)
  const issues: ParseIssue[] = []
  let docs: Document.Parsed[]
  try {
    const all = parseAllDocuments(text, {
      version: '1.1',
      merge: true,
      uniqueKeys: false, // yaml's check is quadratic; duplicates are found in convert()
      lineCounter: lc,
      prettyErrors: false,
      strict: true,
    })
    docs = Array.isArray(all) ? all : []
  } catch (e) {
    issues.push({ kind: 'too-deep', message: `the YAML could not be read: ${(e as Error).message}`, span: spanOf(0, 0) })
    return { issues, expandedSize: 0 }
  }
  if (docs.length === 0) return { issues, expandedSize: 0 }
  const doc = docs[0]
  for (const err of doc.errors) {
    const [s, e] = err.pos
    const span = spanOf(s, e > s ? e : s + 1)
    if (err.code === 'DUPLICATE_KEY') {
      continue // found below, with the first key as a related span
    } else if (err.code === 'TAB_AS_INDENT' || /tab/i.test(err.message) && /indent/i.test(err.message)) {
      issues.push({ kind: 'tab-indent', message: err.message, span })
    } else {
      issues.push({ kind: 'syntax', message: cleanMessage(err.message), span })
    }
  }
  if (docs.length > 1) {
    const second = docs[1]
    const start = second.range?.[0] ?? text.length
    issues.push({ kind: 'extra-documents', message: `${docs.length - 1} more`, span: spanOf(start, Math.min(text.length, start + 3)) })
  }
  // yaml's Alias.resolve() searches the whole document per alias (quadratic on many aliases):
  // index the anchors once, in document order; an alias names the latest anchor before it.
  const anchors = new Map<string, { at: number; node: unknown }[]>()
  visit(doc, (_key, n) => {
    if (!n || typeof n !== 'object') return
    const a = (n as { anchor?: string }).anchor
    const r = (n as { range?: [number, number, number] }).range
    if (a && r && !isAlias(n)) {
      let l = anchors.get(a)
      if (!l) anchors.set(a, (l = []))
      l.push({ at: r[0], node: n })
    }
  })
  for (const l of anchors.values()) l.sort((x, y) => x.at - y.at)
  const resolveAlias = (name: string, at: number): unknown => {
    const l = anchors.get(name)
    if (!l) return undefined
    let lo = 0
    let hi = l.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (l[mid].at < at) lo = mid + 1
      else hi = mid
    }
    return lo > 0 ? l[lo - 1].node : undefined
  }
  const memo = new Map<unknown, YNode>()
  let mergedPairs = 0
  let mergeLimitHit = false
  const inProgress = new Set<unknown>()
  const nullAt = (off: number): YScalar => ({
    kind: 'scalar', value: null, text: '', plain: true, isNull: true, start: off, end: off, span: spanOf(off, off),
  })

  function convert(node: unknown, depth: number, fallbackOff: number): YNode {
    if (node === null || node === undefined) return nullAt(fallbackOff)
    if (isAlias(node)) {
      const target = resolveAlias(node.source, node.range?.[0] ?? 0)
      if (!target || inProgress.has(target)) return nullAt(node.range?.[0] ?? fallbackOff)
      return convert(target, depth, fallbackOff)
    }
    const cached = memo.get(node)
    if (cached) return cached
    if (depth > MAX_DEPTH) {
      const r = (node as { range?: [number, number, number] }).range
      issues.push({ kind: 'too-deep', message: `nesting deeper than ${MAX_DEPTH} levels`, span: spanOf(r?.[0] ?? 0, r?.[1] ?? 0) })
      const n = nullAt(r?.[0] ?? fallbackOff)
      memo.set(node, n)
      return n
    }
    if (isScalar(node)) {
      const [s, e] = node.range ?? [fallbackOff, fallbackOff]
      const plain = node.type === 'PLAIN'
      const value = node.value
      const raw = typeof node.source === 'string' ? node.source : value === null || value === undefined ? '' : String(value)
      let text = plain ? raw : typeof value === 'string' ? value : raw
      let bytes: Uint8Array | undefined
      if (node.tag === 'tag:yaml.org,2002:binary') {
        // yaml.v2 reads !!binary into a string field as the decoded bytes.
        const b64 = raw.replace(/\s+/g, '')
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
          issues.push({ kind: 'syntax', message: '!!binary value contains invalid base64 data', span: spanOf(s, e) })
        } else {
          bytes = new Uint8Array(Buffer.from(b64, 'base64'))
          text = new TextDecoder('utf-8').decode(bytes)
        }
      }
      const n: YScalar = {
        kind: 'scalar', value: value === undefined ? null : value, text, plain, tag: node.tag,
        isNull: value === null || value === undefined, start: s, end: e, span: spanOf(s, e),
      }
      if (bytes) n.raw = bytes
      memo.set(node, n)
      return n
    }
    if (isSeq(node)) {
      const [s, e] = node.range ?? [fallbackOff, fallbackOff]
      const n: YSeq = { kind: 'seq', items: [], start: s, end: e, span: spanOf(s, e) }
      memo.set(node, n)
      inProgress.add(node)
      for (const item of node.items) {
        let c = convert(item, depth + 1, s)
        if (c.kind === 'scalar' && c.isNull && c.start === c.end) {
          // A lone "-": point at the dash rather than at the empty spot after it.
          let k = c.start - 1
          while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--
          if (text[k] === '-') c = { ...c, start: k, end: k + 1, span: spanOf(k, k + 1) }
        }
        n.items.push(c)
      }
      inProgress.delete(node)
      return n
    }
    if (isMap(node)) {
      const [s, e] = node.range ?? [fallbackOff, fallbackOff]
      const n: YMap = { kind: 'map', pairs: [], start: s, end: e, span: spanOf(s, e) }
      memo.set(node, n)
      inProgress.add(node)
      // yaml.v2 applies pairs in document order and a later write wins, merged ones included:
      // `{job_name: b, <<: *j}` takes j's job_name, `{<<: *j, job_name: b}` keeps b.
      const ownByName = new Map<string, YPair>()
      const index = new Map<string, number>()
      const put = (p: YPair) => {
        const at = index.get(p.name)
        if (at === undefined) {
          index.set(p.name, n.pairs.length)
          n.pairs.push(p)
        } else n.pairs[at] = p
      }
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const keyNode = pair.key
        const isMerge = isScalar(keyNode) && typeof keyNode.value === 'symbol'
        if (isMerge) {
          const v = convert(pair.value, depth + 1, s)
          const sources = v.kind === 'seq' ? v.items : [v]
          for (const src of sources) {
            if (src.kind !== 'map') continue
            mergedPairs += src.pairs.length
            if (mergedPairs > MAX_EXPANDED_NODES) {
              if (!mergeLimitHit) {
                mergeLimitHit = true
                issues.push({ kind: 'alias-limit', message: `merge keys (<<) copy more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} keys`, span: keyNode.range ? spanOf(keyNode.range[0], keyNode.range[1]) : spanOf(s, s) })
              }
              continue
            }
            for (const p of src.pairs) put({ ...p, merged: true })
          }
          continue
        }
        const key = convert(keyNode, depth + 1, s)
        const valOff = key.end
        const value = convert(pair.value, depth + 1, valOff)
        const name = key.kind === 'scalar' ? (key.isNull ? '' : key.text) : ''
        const first = key.kind === 'scalar' ? ownByName.get(name) : undefined
        if (first) {
          issues.push({ kind: 'duplicate-key', message: name, span: key.span, related: [{ span: first.key.span, label: 'first set here' }] })
        }
        const p: YPair = { key, name, value }
        if (key.kind === 'scalar' && !first) ownByName.set(name, p)
        if (key.kind === 'scalar') put(p)
        else n.pairs.push(p)
      }
      inProgress.delete(node)
      return n
    }
    return nullAt(fallbackOff)
  }

  let root: YNode | undefined
  try {
    root = convert(doc.contents, 0, 0)
  } catch (e) {
    issues.push({ kind: 'too-deep', message: `the YAML could not be read: ${(e as Error).message}`, span: spanOf(0, 0) })
    return { issues, expandedSize: 0 }
  }
  const expandedSize = expansionSize(root)
  if (expandedSize > MAX_EXPANDED_NODES) {
    const firstAlias = /(^|[\s\[{,:])\*[^\s,\]}]+/.exec(text)
    const off = firstAlias ? firstAlias.index + firstAlias[1].length : 0
    issues.push({
      kind: 'alias-limit',
      message: `aliases expand this document to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes`,
      span: spanOf(off, off + (firstAlias ? firstAlias[0].length - firstAlias[1].length : 1)),
    })
  }
  return { root, issues, expandedSize }
}

/** Size of the tree if every alias were copied out (memoised on the DAG, so linear time). */
function expansionSize(root: YNode): number {
  const memo = new Map<YNode, number>()
  const cap = MAX_EXPANDED_NODES + 1
  const size = (n: YNode): number => {
    const m = memo.get(n)
    if (m !== undefined) return m
    let total = 1
    if (n.kind === 'seq') for (const i of n.items) total = Math.min(cap, total + size(i))
    else if (n.kind === 'map') for (const p of n.pairs) total = Math.min(cap, total + 1 + size(p.value))
    memo.set(n, total)
    return total
  }
  return size(root)
}

function cleanMessage(m: string): string {
  return m.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '').trim()
}

/** Go's %q for a string that may hold invalid UTF-8: invalid bytes as \xNN. */
export function goQuote(n: YScalar): string {
  if (!n.raw) return JSON.stringify(n.text)
  let out = ''
  const b = n.raw
  for (let i = 0; i < b.length; ) {
    const c = b[i]
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0
    const chunk = len ? b.subarray(i, i + len) : undefined
    let ok = !!chunk && chunk.length === len
    for (let k = 1; ok && k < len; k++) if ((chunk![k] & 0xc0) !== 0x80) ok = false
    if (ok) {
      out += JSON.stringify(new TextDecoder().decode(chunk)).slice(1, -1)
      i += len
    } else {
      out += `\\x${c.toString(16).padStart(2, '0')}`
      i++
    }
  }
  return `"${out}"`
}
