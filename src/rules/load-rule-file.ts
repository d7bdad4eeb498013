/**
 * Rule file text → {@link RuleFileModel}, decoding as Prometheus's rulefmt does with yaml.v3 and
 * `KnownFields(true)`: unknown keys and wrong types are errors, any scalar may fill a string field
 * (its text is kept as written), only the first document counts, `<<` merge keys and aliases work.
 * Unlike rulefmt it keeps going after a problem, so one run reports everything.
 */
import { parseAllDocuments, isAlias, isMap, isScalar, isSeq, type Document, type Node, type YAMLMap, type Scalar } from 'yaml'
import { LineIndex } from './line-index.js'
import { mapScalar } from './scalar-map.js'
import type { Entry, GroupModel, MappedStr, Problem, RuleFileModel, RuleModel, Str, UnknownField } from './model.js'
import { atLeastVersion, type Resolved } from './options.js'
import { didYouMean } from '../did-you-mean.js'

/** Keys rulefmt knows, and since which Prometheus version. */
const GROUP_KEYS: Record<string, string> = { name: '0', interval: '0', query_offset: '2.53', limit: '0', rules: '0', labels: '3.0' }
const RULE_KEYS: Record<string, string> = { record: '0', alert: '0', expr: '0', for: '0', keep_firing_for: '2.42', labels: '0', annotations: '0' }

/** Bound on YAML nodes visited (aliases expand): a billion-laughs file stops here. */
const NODE_BUDGET = 200_000

type YNode = Node | null | undefined

function kind(n: YNode): string {
  if (n == null) return 'null'
  if (isMap(n)) return 'a mapping'
  if (isSeq(n)) return 'a list'
  if (isScalar(n)) return 'a scalar'
  return 'a node'
}

function isNull(n: YNode): boolean {
  if (n == null) return true
  if (!isScalar(n)) return false
  if (n.tag && n.tag !== 'tag:yaml.org,2002:null') return false
  return n.type === 'PLAIN' && /^(~|null|Null|NULL|)$/.test(String(n.value))
}

class Loader {
  readonly m: RuleFileModel
  budget = NODE_BUDGET
  constructor(readonly doc: Document.Parsed, file: string, text: string, readonly o: Resolved, lines: LineIndex) {
    this.m = {
      file, text, lines, yamlErrors: [], extraDocuments: [], unknownFields: [], typeErrors: [],
      hasGroups: false, empty: false, groups: [],
    }
  }

  reportedAliases = new Set<Node>()
  resolve(n: YNode): YNode {
    let depth = 0
    while (n && isAlias(n) && depth++ < 100) {
      if (--this.budget < 0) return null
      const target = n.resolve(this.doc) as YNode
      if (target === undefined && !this.reportedAliases.has(n)) {
        // yaml.v3: "unknown anchor 'x' referenced"
        this.reportedAliases.add(n)
        this.m.yamlErrors.push({ message: `unknown anchor '${n.source}' referenced`, span: this.span(n, 0) })
      }
      n = target
    }
    return n
  }

  span(n: YNode, fallback: number): ReturnType<LineIndex['span']> {
    const r = n?.range
    return r ? this.m.lines.span(r[0], r[1]) : this.m.lines.span(fallback, fallback)
  }

  typeError(n: YNode, at: number, what: string, want: string): void {
    this.m.typeErrors.push({
      message: `${what} must be ${want}, got ${kind(this.resolve(n))}`,
      span: this.span(n, at),
    })
  }

  /** The pairs of a mapping, `<<` merges expanded (explicit keys win, as yaml.v3 does). */
  pairs(n: YAMLMap): { key: Str; keyNode: YNode; value: YNode }[] {
    const out: { key: Str; keyNode: YNode; value: YNode }[] = []
    const explicit = new Set<string>()
    const merged: { key: Str; keyNode: YNode; value: YNode }[] = []
    const visit = (map: YAMLMap, into: typeof out, depth: number): void => {
      for (const p of map.items) {
        if (--this.budget < 0) return
        const keyNode = this.resolve(p.key as YNode)
        const keyText = isScalar(keyNode) ? String(keyNode.value ?? '') : ''
        const keyStart = (p.key as Node | null)?.range?.[0] ?? map.range?.[0] ?? 0
        const key: Str = { value: keyText, span: this.span(p.key as YNode, keyStart), isNull: false }
        if (keyText === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN' && depth < 10) {
          const v = this.resolve(p.value as YNode)
          const sources = isSeq(v) ? v.items.map((x) => this.resolve(x as YNode)) : [v]
          for (const s of sources) if (isMap(s)) visit(s, merged, depth + 1)
          continue
        }
        into.push({ key, keyNode, value: p.value as YNode })
      }
    }
    visit(n, out, 0)
    for (const p of out) explicit.add(p.key.value)
    for (const p of merged) if (!explicit.has(p.key.value)) { explicit.add(p.key.value); out.push(p) }
    return out
  }

  str(n: YNode, at: number, what: string): Str | undefined {
    const r = this.resolve(n)
    if (r == null || isNull(r)) return { value: '', span: this.span(n, at), isNull: true }
    if (!isScalar(r)) { this.typeError(n, at, what, 'a string'); return undefined }
    // an alias is reported where it is used; its characters still map to the anchored text
    return { value: String(r.value ?? ''), span: this.span(n ?? r, at), isNull: false }
  }

  mapped(n: YNode, at: number, what: string): MappedStr | undefined {
    const s = this.str(n, at, what)
    if (!s) return undefined
    const r = this.resolve(n) as Scalar | null | undefined
    const range: [number, number] = r?.range ? [r.range[0], r.range[1]] : [at, at]
    const map = s.isNull ? { offsets: [range[0]], exact: true } : mapScalar(this.m.text, range, r?.type, s.value)
    return { ...s, map, start: range[0] }
  }

  stringMap(n: YNode, at: number, what: string): { span: Span; entries: Entry[] } | undefined {
    const r = this.resolve(n)
    const span = this.span(n, at)
    if (r == null || isNull(r)) return { span, entries: [] }
    if (!isMap(r)) { this.typeError(n, at, what, 'a mapping of strings'); return undefined }
    const entries: Entry[] = []
    for (const p of this.pairs(r)) {
      const value = this.mapped(p.value, p.key.span ? r.range?.[0] ?? at : at, `${what} "${p.key.value}"`)
      if (value) entries.push({ key: p.key, value })
    }
    return { span, entries }
  }

  known(keys: Record<string, string>, key: Str, where: string): boolean {
    const since = keys[key.value]
    if (since !== undefined && (since === '0' || atLeastVersion(this.o.version, since))) return true
    const known = Object.keys(keys).filter((k) => keys[k] === '0' || atLeastVersion(this.o.version, keys[k]))
    const u: UnknownField = { key: key.value, span: key.span, where, known }
    if (since !== undefined) u.since = since
    this.m.unknownFields.push(u)
    return false
  }

  load(): void {
    const top = this.doc.contents as YNode
    if (top == null || isNull(top)) { this.m.empty = true; return }
    const r = this.resolve(top)
    if (!isMap(r)) { this.typeError(top, 0, 'A rule file', 'a mapping with a `groups` key'); return }
    let typo: YNode
    for (const p of this.pairs(r)) {
      if (p.key.value !== 'groups') {
        const u: UnknownField = { key: p.key.value, span: p.key.span, where: 'rule file', known: ['groups'] }
        this.m.unknownFields.push(u)
        if (didYouMean(p.key.value, ['groups']) === 'groups') typo = p.value
        continue
      }
      this.m.hasGroups = true
      this.groups(p.value, r.range?.[0] ?? 0)
    }
    // `rule_groups:` and friends: Prometheus stops at the unknown key, but the groups under it are
    // what the user meant, so check them too (one run shows everything).
    if (!this.m.hasGroups && typo !== undefined) this.groups(typo, r.range?.[0] ?? 0)
  }

  groups(value: YNode, at: number): void {
    const v = this.resolve(value)
    if (v == null || isNull(v)) return
    if (!isSeq(v)) { this.typeError(value, at, '`groups`', 'a list of rule groups'); return }
    // yaml.v3 drops null items of a list of structs (`- ` alone): they are not groups at all
    v.items.filter((item) => !isNull(this.resolve(item as YNode)))
      .forEach((item, i) => { if (--this.budget >= 0) this.group(item as YNode, i + 1, v.range?.[0] ?? 0) })
  }

  group(item: YNode, index: number, at: number): void {
    const r = this.resolve(item)
    const start = item?.range?.[0] ?? at
    const g: GroupModel = { index, span: this.span(item, start), head: this.m.lines.headSpan(start, item?.range?.[1]), rules: [] }
    this.m.groups.push(g)
    if (r == null || isNull(r)) return
    if (!isMap(r)) { this.typeError(item, at, `Rule group ${index}`, 'a mapping'); return }
    for (const p of this.pairs(r)) {
      if (!this.known(GROUP_KEYS, p.key, 'rule group')) continue
      const at2 = p.key.span ? start : start
      switch (p.key.value) {
        case 'name': g.name = this.str(p.value, at2, '`name`'); break
        case 'interval': g.interval = this.str(p.value, at2, '`interval`'); break
        case 'query_offset': g.queryOffset = this.str(p.value, at2, '`query_offset`'); break
        case 'limit': g.limit = this.int(p.value, at2, '`limit`'); break
        case 'labels': g.labels = this.stringMap(p.value, at2, 'group label'); break
        case 'rules': {
          const v = this.resolve(p.value)
          if (v == null || isNull(v)) break
          if (!isSeq(v)) { this.typeError(p.value, at2, '`rules`', 'a list of rules'); break }
          v.items.filter((it) => !isNull(this.resolve(it as YNode)))
            .forEach((it, i) => { if (--this.budget >= 0) g.rules.push(this.rule(it as YNode, i + 1, v.range?.[0] ?? start)) })
        }
      }
    }
  }

  /** yaml.v3 into a Go int: plain decimal/0x/0o/0b with `_`, no floats, no quoted strings. */
  int(n: YNode, at: number, what: string): { value: number; span: Span } | undefined {
    const r = this.resolve(n)
    const span = this.span(n, at)
    if (r == null || isNull(r)) return { value: 0, span }
    const text = isScalar(r) ? String(r.value) : ''
    // plain scalars resolve to ints; an explicit !!int tag makes any style an int (yaml.v3)
    const plain = isScalar(r) && ((r.type === 'PLAIN' && !r.tag) || r.tag === 'tag:yaml.org,2002:int')
    const t = text.replace(/_/g, '')
    const m = /^([-+]?)(0b[01]+|0o[0-7]+|0x[0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(t)
    // yaml.v3 truncates a float into a Go int when it fits (`limit: 1.5` is 1)
    const fl = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.exec(text)
    if (plain && !m && fl && Math.abs(Number(text)) < 2 ** 63) return { value: Math.trunc(Number(text)), span }
    if (plain && m) {
      const body = m[2]
      const big = body.startsWith('0b') || body.startsWith('0o') || body.startsWith('0x') ? BigInt(body)
        : body.length > 1 && body.startsWith('0') ? BigInt('0o' + body.slice(1)) : BigInt(body)
      const v = m[1] === '-' ? -big : big
      if (v >= -(2n ** 63n) && v < 2n ** 63n) return { value: Number(v), span }
      this.m.typeErrors.push({ message: `${what} value ${text} does not fit in a 64-bit integer`, span })
      return undefined
    }
    this.m.typeErrors.push({
      message: isScalar(r) ? `${what} must be an integer, got ${JSON.stringify(text)}` : `${what} must be an integer, got ${kind(r)}`,
      span,
      hint: isScalar(r) && r.type !== 'PLAIN' ? 'Write the number without quotes.' : undefined,
    } as Problem)
    return undefined
  }

  rule(item: YNode, index: number, at: number): RuleModel {
    const r = this.resolve(item)
    const start = item?.range?.[0] ?? at
    const rule: RuleModel = { index, span: this.span(item, start), head: this.m.lines.headSpan(start, item?.range?.[1]) }
    if (r == null || isNull(r)) return rule
    if (!isMap(r)) { this.typeError(item, at, `Rule ${index}`, 'a mapping'); return rule }
    for (const p of this.pairs(r)) {
      if (!this.known(RULE_KEYS, p.key, 'rule')) continue
      switch (p.key.value) {
        case 'record': rule.record = this.str(p.value, start, '`record`'); break
        case 'alert': rule.alert = this.str(p.value, start, '`alert`'); break
        case 'expr': rule.expr = this.mapped(p.value, start, '`expr`'); break
        case 'for': rule.for = this.str(p.value, start, '`for`'); break
        case 'keep_firing_for': rule.keepFiringFor = this.str(p.value, start, '`keep_firing_for`'); break
        case 'labels': rule.labels = this.stringMap(p.value, start, 'label'); break
        case 'annotations': rule.annotations = this.stringMap(p.value, start, 'annotation'); break
      }
    }
    return rule
  }
}

type Span = ReturnType<LineIndex['span']>

/** yaml's error offsets, nudged to what a reader looks at: the unclosed quote, not the end of file. */
function errorSpan(lines: LineIndex, text: string, message: string, pos: [number, number]): Span {
  let [a, b] = pos
  const q = /^Missing closing (["'])quote/.exec(message)
  if (q) {
    const open = text.lastIndexOf(q[1], Math.max(0, Math.min(a, text.length) - 1))
    if (open >= 0) return lines.span(open, open + 1)
  }
  while (a < text.length && (text[a] === ' ' || text[a] === '\t')) a++
  if (b < a) b = a
  return lines.span(a, b)
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim()
}

/** Parse and decode one rule file. `text` is the decoded file; `file` is what spans show. */
export function loadRuleFile(text: string, file: string, o: Resolved): RuleFileModel {
  const lines = new LineIndex(file, text)
  const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, strict: true })
  const list = docs as Document.Parsed[]
  if (list.length === 0) {
    const stream = docs as unknown as { errors?: { message: string; pos: [number, number] }[] }
    const m: RuleFileModel = {
      file, text, lines, yamlErrors: [], extraDocuments: [], unknownFields: [], typeErrors: [],
      hasGroups: false, empty: true, groups: [],
    }
    for (const e of stream.errors ?? []) m.yamlErrors.push({ message: firstLine(e.message), span: errorSpan(lines, text, e.message, e.pos) })
    return m
  }
  const loader = new Loader(list[0], file, text, o, lines)
  // yaml.v3 decodes only the first document: errors in later ones never reach Prometheus
  for (const d of list.slice(0, 1)) {
    for (const e of d.errors) loader.m.yamlErrors.push({ message: firstLine(e.message), span: errorSpan(lines, text, e.message, e.pos) })
  }
  for (const d of list.slice(1)) {
    const r = d.range
    loader.m.extraDocuments.push(lines.headSpan(r[0]))
  }
  loader.load()
  if (loader.budget < 0) {
    loader.m.yamlErrors.push({ message: `the file expands to more than ${NODE_BUDGET} YAML nodes (aliases?); checking stopped there`, span: lines.span(0, 0) })
  }
  return loader.m
}
