/**
 * Walks the YAML tree against the schema once, the way yaml.v2's UnmarshalStrict would read it, and
 * records what the checks report: unknown keys, keys of another Prometheus version, wrong YAML types,
 * bad durations/sizes/enums, and where secrets, paths and label sets sit. Shared (aliased) nodes are
 * visited once per type, so an alias bomb costs no more than its source text.
 */
import type { Field, Ty } from './schema-types.js'
import { didYouMean } from '../did-you-mean.js'
import { cmpVersion, parseDuration, parseSize, parseVersion, type Version } from './values.js'
import { keyIsScalar, type YMap, type YNode, type YPair, type YScalar } from './yaml-tree.js'

export type SchemaIssue =
  | { kind: 'unknown-field'; pair: YPair; where: string; suggestion?: string }
  | { kind: 'version-field'; pair: YPair; where: string; since?: string; until?: string; replacedBy?: string }
  | { kind: 'invalid-type'; node: YNode; field: string; expected: string; got: string }
  | { kind: 'invalid-duration'; node: YScalar; field: string; text: string }
  | { kind: 'invalid-size'; node: YScalar; field: string; text: string }
  | { kind: 'invalid-enum'; node: YScalar; field: string; text: string; values: string[] }
  | { kind: 'non-string-key'; node: YNode; where: string }

export interface SchemaFacts {
  issues: SchemaIssue[]
  /** Secret-typed values written inline (for the plain-text secret lint). */
  secrets: { node: YScalar; field: string; parent: YMap }[]
  /** Path-typed values (to resolve and to check existence). */
  paths: { node: YScalar; field: string }[]
  /** Keys of label sets (external_labels, static_configs labels, required_matchers). */
  labelKeys: { pair: YPair; where: string }[]
  /** Every mapping read as an object type: its schema name, the key it sits under, whether it inlines an HTTP client config. */
  objects: { node: YMap; name: string; field: string; http: boolean }[]
}

const BOOL_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
const BOOL_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
const INT_RE = /^[-+]?(?:0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[0-9][0-9_]*)$/
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/

/** Reads a plain scalar as yaml.v2 would for a bool field. */
export function asBool(n: YNode | undefined): boolean | undefined {
  if (!n || n.kind !== 'scalar') return undefined
  if (n.isNull) return undefined
  if (!n.plain) return undefined
  if (BOOL_TRUE.has(n.text)) return true
  if (BOOL_FALSE.has(n.text)) return false
  return undefined
}

export function asInt(n: YNode | undefined): number | undefined {
  if (!n || n.kind !== 'scalar' || !n.plain || n.isNull) return undefined
  if (!INT_RE.test(n.text)) return undefined
  const t = n.text.replace(/_/g, '')
  const neg = t.startsWith('-')
  const body = t.replace(/^[-+]/, '')
  let v: number
  if (body.startsWith('0b')) v = parseInt(body.slice(2), 2)
  else if (body.startsWith('0o')) v = parseInt(body.slice(2), 8)
  else if (body.startsWith('0x')) v = parseInt(body.slice(2), 16)
  else if (body.length > 1 && body.startsWith('0')) v = parseInt(body, 8)
  else v = Number(body)
  return neg ? -v : v
}

export function asFloat(n: YNode | undefined): number | undefined {
  if (!n || n.kind !== 'scalar' || !n.plain || n.isNull) return undefined
  const i = asInt(n)
  if (i !== undefined) return i
  if (!FLOAT_RE.test(n.text)) return undefined
  if (/inf/i.test(n.text)) return n.text.startsWith('-') ? -Infinity : Infinity
  if (/nan/i.test(n.text)) return NaN
  return Number(n.text.replace(/_/g, ''))
}

function yamlTypeName(n: YNode): string {
  if (n.kind === 'map') return 'a mapping'
  if (n.kind === 'seq') return 'a list'
  if (!n.plain) return `the string "${clip(n.text)}"`
  if (asBool(n) !== undefined) return `the boolean ${n.text}`
  if (asInt(n) !== undefined) return `the integer ${n.text}`
  if (asFloat(n) !== undefined) return `the number ${n.text}`
  return `the string "${clip(n.text)}"`
}

export function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s
}

/**
 * `options.tree`: the caller knows no node is reachable twice (see ParsedYaml.tree). Then each node
 * is walked exactly once anyway, and the per-node "seen with these types" bookkeeping (a Map entry
 * and a Set for every node of a large config) is skipped.
 */
export function walkSchema(root: YNode, rootTy: Ty, version: string, options: { tree?: boolean } = {}): SchemaFacts {
  const v: Version = parseVersion(version, [3, 0])
  const facts: SchemaFacts = { issues: [], secrets: [], paths: [], labelKeys: [], objects: [] }
  const seen = options.tree ? undefined : new Map<YNode, Set<Ty>>()
  const isAvailable = availabilityCache(v)

  const typeError = (node: YNode, field: string, expected: string): void => {
    facts.issues.push({ kind: 'invalid-type', node, field, expected, got: yamlTypeName(node) })
  }

  function walk(node: YNode, ty: Ty, field: string, parent?: YMap): void {
    if (ty.t === 'lazy') return walk(node, ty.get(), field, parent)
    if (seen) {
      let s = seen.get(node)
      if (!s) seen.set(node, (s = new Set()))
      if (s.has(ty)) return
      s.add(ty)
    }
    // A null value leaves the Go zero value in place (no error), for every type.
    if (node.kind === 'scalar' && node.isNull) return
    switch (ty.t) {
      case 'any':
        return
      case 'string':
      case 'secret':
      case 'path':
        if (node.kind !== 'scalar') return typeError(node, field, 'a string')
        if (typeof node.value === 'object' && node.value instanceof Uint8Array) return
        if (ty.t === 'secret' && parent) facts.secrets.push({ node, field, parent })
        if (ty.t === 'path') facts.paths.push({ node, field })
        return
      case 'bool':
        if (asBool(node) === undefined) typeError(node, field, 'a boolean (true or false)')
        return
      case 'int': {
        // yaml.v2 also stores a float in an integer field when it fits (1.5 → 1, 1e3 → 1000).
        const f = asInt(node) ?? asFloat(node)
        const i = f !== undefined && Number.isFinite(f) && Math.abs(f) < 2 ** 63 ? Math.trunc(f) : undefined
        if (i === undefined) return typeError(node, field, ty.unsigned ? 'a non-negative integer' : 'an integer')
        if (ty.unsigned && i < 0) typeError(node, field, 'a non-negative integer')
        return
      }
      case 'float':
        if (asFloat(node) === undefined) typeError(node, field, 'a number')
        return
      case 'duration':
        if (node.kind !== 'scalar') return typeError(node, field, 'a duration such as 30s or 1h30m')
        if (parseDuration(node.text) === undefined) facts.issues.push({ kind: 'invalid-duration', node, field, text: node.text })
        return
      case 'size':
        if (node.kind !== 'scalar') return typeError(node, field, 'a size such as 10MB')
        if (parseSize(node.text) === undefined) facts.issues.push({ kind: 'invalid-size', node, field, text: node.text })
        return
      case 'url':
        if (node.kind !== 'scalar') return typeError(node, field, 'a URL')
        return
      case 'enum': {
        if (node.kind !== 'scalar') return typeError(node, field, `one of ${ty.values.join(', ')}`)
        const ok = ty.ci ? ty.values.some((x) => x.toLowerCase() === node.text.toLowerCase()) : ty.values.includes(node.text)
        if (!ok) facts.issues.push({ kind: 'invalid-enum', node, field, text: node.text, values: ty.values })
        return
      }
      case 'list': {
        if (node.kind !== 'seq') return typeError(node, field, 'a list')
        const items = node.items
        // A scalar read as a plain string records nothing (see 'string' above): no call for it.
        const plainStrings = ty.of.t === 'string'
        for (let k = 0; k < items.length; k++) {
          const item = items[k]
          if (plainStrings && item.kind === 'scalar') continue
          walk(item, ty.of, field, parent)
        }
        return
      }
      case 'map':
        if (node.kind !== 'map') return typeError(node, field, 'a mapping')
        for (let k = 0, pairs = node.pairs; k < pairs.length; k++) {
          const p = pairs[k]
          if (!keyIsScalar(p)) {
            facts.issues.push({ kind: 'non-string-key', node: p.key, where: field })
            continue
          }
          if (ty.keys === 'labelname') facts.labelKeys.push({ pair: p, where: field })
          // A scalar read as a plain string records nothing: no call, and no field name to build.
          if (ty.of.t === 'string' && p.value.kind === 'scalar') continue
          walk(p.value, ty.of, `${field}.${p.name}`, node)
        }
        return
      case 'obj': {
        if (node.kind !== 'map') return typeError(node, field, `a mapping (${ty.name})`)
        const info = objInfo(ty)
        facts.objects.push({ node, name: ty.name, field, http: info.http })
        const pairs = node.pairs
        for (let k = 0; k < pairs.length; k++) {
          const p = pairs[k]
          if (!keyIsScalar(p)) {
            facts.issues.push({ kind: 'non-string-key', node: p.key, where: ty.name })
            continue
          }
          const f: Field | undefined = info.fields.get(p.name)
          if (!f) {
            if (ty.open) continue
            const known = Object.entries(ty.fields).filter(([, fd]) => available(fd, v)).map(([k]) => k)
            facts.issues.push({ kind: 'unknown-field', pair: p, where: ty.name, suggestion: didYouMean(p.name, known) })
            continue
          }
          if (!isAvailable(f)) {
            facts.issues.push({ kind: 'version-field', pair: p, where: ty.name, since: f.since, until: f.until, replacedBy: f.replacedBy })
            continue
          }
          // A scalar read as a plain string records nothing (see 'string' above): no call for it.
          if (f.ty.t === 'string' && p.value.kind === 'scalar') continue
          walk(p.value, f.ty, p.name, node)
        }
        return
      }
    }
  }
  walk(root, rootTy, '')
  return facts
}

/**
 * An object type's fields as a Map (a lookup per key of every object; the larger field tables are
 * dictionary-mode objects, where `hasOwnProperty` and then a read cost two hash lookups), and
 * whether it inlines an HTTP client config. Schema types are never mutated, so this is per type.
 */
interface ObjInfo {
  fields: Map<string, Field>
  http: boolean
}
const objInfos = new WeakMap<object, ObjInfo>()
function objInfo(ty: Ty & { t: 'obj' }): ObjInfo {
  let info = objInfos.get(ty)
  if (!info) {
    const fields = new Map<string, Field>()
    for (const k of Object.keys(ty.fields)) fields.set(k, ty.fields[k])
    info = { fields, http: 'follow_redirects' in ty.fields }
    objInfos.set(ty, info)
  }
  return info
}

/**
 * {@link available} per field for one version: a walk asks for every key of every object, and the
 * answer only depends on the field (schema fields are never mutated).
 */
function availabilityCache(v: Version): (f: Field) => boolean {
  const cache = new Map<Field, boolean>()
  return (f) => {
    let a = cache.get(f)
    if (a === undefined) cache.set(f, (a = available(f, v)))
    return a
  }
}

export function available(f: Field, v: Version): boolean {
  if (f.since && cmpVersion(v, parseVersion(f.since, [0, 0])) < 0) return false
  if (f.until && cmpVersion(v, parseVersion(f.until, [99, 0])) >= 0) return false
  return true
}
