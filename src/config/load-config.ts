/**
 * The config stage: prometheus.yml bytes → positioned YAML → schema walk → model → checks → findings.
 * Never throws on bad input; every problem becomes a finding on the smallest range that shows it.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { toFinding } from '../check.js'
import { compareFindings, type Finding, type Span } from '../finding.js'
import { buildGlobal, buildJob, jobDefaults, joinDir } from './build-model.js'
import { allChecks } from './checks/index.js'
import { spanOf, type CheckContext, type ConfigFacts, type FileIssue, type ScrapeConfigRef } from './context.js'
import type { PrometheusConfig } from './model.js'
import { rootConfig, scrapeConfigFile } from './schema.js'
import { parseVersion } from './values.js'
import { walkSchema, type SchemaFacts } from './walk-schema.js'
import { getValue, parseYaml, scalarString, type ParseIssue, type YMap, type YNode, type YScalar } from './yaml-tree.js'
import { DEFAULT_PROMETHEUS_VERSION } from '../version.js'

/** The Prometheus release promgate checks against when no version is given (one constant for every stage). */
export { DEFAULT_PROMETHEUS_VERSION }

export interface LoadConfigOptions {
  /** The path as shown in findings (relative to the workspace when possible). */
  file: string
  /** Absolute folder that relative paths in the config resolve against. */
  configDir: string
  /** e.g. "3.5" (default: the current 3.x) or "2.42". */
  prometheusVersion?: string
  /** Skip checks that read referenced files (as promtool --syntax-only). */
  syntaxOnly?: boolean
  /**
   * Files outside this folder (after resolving symlinks) are never read or probed: the config is
   * hostile. Default: configDir.
   */
  workspaceDir?: string
  /** Check for Prometheus in agent mode (`--agent`): alerting, rule_files and remote_read are refused. */
  agentMode?: boolean
  /**
   * Build `config.jobs` (default true). Linting never reads the jobs (only scraping does), and on a
   * large config building them is a noticeable share of the time; the findings are the same either way.
   */
  buildJobs?: boolean
}

export interface LoadConfigResult {
  config: PrometheusConfig
  findings: Finding[]
  /** The main file's text as decoded for parsing (absent when it was not decoded: too large). */
  text?: string
}

/** Larger configs are refused with config/file-too-large (bounded time and memory). */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024
/** At most this many files are read through scrape_config_files. */
export const MAX_SCRAPE_CONFIG_FILES = 200
/** Findings listed per rule; the rest are counted in one summary finding. */
export const MAX_FINDINGS_PER_RULE = 200

interface Source {
  file: string
  dir: string
  text?: string
  root?: YNode
  /** The root is a tree (ParsedYaml.tree). */
  tree?: boolean
}

/** Never throws on bad input: everything becomes a finding. */
export function loadConfig(bytes: Uint8Array, options: LoadConfigOptions): LoadConfigResult {
  const versionText = normalizeVersion(options.prometheusVersion)
  const version = parseVersion(versionText, [3, 14])
  const configDir = resolve(options.configDir)
  const facts: ConfigFacts = {
    options: { ...options, configDir },
    versionText,
    version,
    isV3: version[0] >= 3,
    fileIssues: [],
    parseIssues: [],
    schema: { issues: [], secrets: [], paths: [], labelKeys: [], objects: [] },
    config: { file: resolve(configDir, basename(options.file)), prometheusVersion: versionText, jobs: [], ruleFiles: [], scrapeConfigFiles: [] },
    scrapeConfigs: [],
    httpClients: [],
    tlsConfigs: [],
    relabels: [],
    globalScheme: version[0] >= 3 ? 'utf8' : 'legacy',
  }
  const main = readSource(bytes, options.file, configDir, facts)
  facts.root = main.root
  const root = main.root?.kind === 'map' ? main.root : undefined
  // Each source's objects, with the file and folder they came from (a node's span names its file,
  // but working a span out for every object of a large config costs an allocation each).
  const objectSources: { from: number; file: string; dir: string }[] = []
  let allTrees = true
  const walkSource = (src: Source, ty: typeof rootConfig): void => {
    if (!src.root) return
    if (!src.tree) allTrees = false
    objectSources.push({ from: facts.schema.objects.length, file: src.file, dir: src.dir })
    mergeSchema(facts.schema, walkSchema(src.root, ty, versionText, { tree: src.tree }))
  }
  walkSource(main, rootConfig)
  facts.global = asMap(getValue(root, 'global'))
  const scheme = scalarString(getValue(facts.global, 'metric_name_validation_scheme'))
  if (facts.isV3 && scheme === 'legacy') facts.globalScheme = 'legacy'

  addScrapeConfigs(facts, getValue(root, 'scrape_configs'), options.file, configDir)
  for (const [k, list] of [['rule_files', facts.config.ruleFiles], ['scrape_config_files', facts.config.scrapeConfigFiles]] as const) {
    const n = getValue(root, k)
    if (n?.kind === 'seq') for (const i of n.items) if (i.kind === 'scalar' && !i.isNull) list.push({ value: i.text, span: i.span })
  }
  for (const src of readScrapeConfigFiles(facts)) {
    if (!src.root) continue
    walkSource(src, scrapeConfigFile)
    addScrapeConfigs(facts, getValue(src.root, 'scrape_configs'), src.file, src.dir)
  }
  // A folder per shown file name, the last source read under a name winning (as a Map keyed by
  // the span's file did); the file is the one the node's span names.
  const dirOf = new Map<string, string>([[options.file, configDir]])
  for (const s of objectSources) dirOf.set(s.file, s.dir)
  const objects = facts.schema.objects
  for (let k = 0; k < objectSources.length; k++) {
    const { file } = objectSources[k]
    const dir = dirOf.get(file) ?? configDir
    const to = k + 1 < objectSources.length ? objectSources[k + 1].from : objects.length
    for (let j = objectSources[k].from; j < to; j++) {
      const o = objects[j]
      if (o.http) facts.httpClients.push({ node: o.node, where: o.name, file, dir })
      if (o.name === 'tls_config') facts.tlsConfigs.push({ node: o.node, where: o.field, dir })
    }
  }
  collectRelabels(facts, allTrees)

  const global = buildGlobal(facts)
  facts.config.global = global
  const findings: Finding[] = []
  for (const check of allChecks) {
    let reported = 0
    let suppressed = 0
    const ctx: CheckContext = {
      ...facts,
      report(r) {
        // A hostile file can trigger a check thousands of times; list the first ones and count the rest.
        if (++reported > MAX_FINDINGS_PER_RULE) {
          suppressed++
          return
        }
        const args = {
          messageId: r.messageId,
          data: r.data && safeData(r.data),
          location: spanOf(r.at),
          related: r.related?.map((x) => ({ span: spanOf(x.at), label: x.label })),
          severity: r.severity,
        }
        findings.push(toFinding(check, args))
      },
    }
    try {
      check.check(ctx)
    } catch (e) {
      // A bug in one check must not hide the others' findings: report it under the check's id.
      findings.push({
        rule: check.id,
        severity: 'error',
        message: `promgate could not run this check: ${(e as Error).message}`,
        hint: 'This is a promgate bug; please report it with the config that triggers it.',
        location: { file: options.file, line: 1, column: 1, endLine: 1, endColumn: 1 },
      })
    }
    if (suppressed > 0) {
      const last = findings[findings.length - 1]
      findings.push({
        rule: check.id,
        severity: last?.rule === check.id ? last.severity : check.severity,
        message: `${suppressed} more ${check.id} finding(s) not listed (only the first ${MAX_FINDINGS_PER_RULE} are)`,
        hint: 'Fix the listed ones first; the rest are usually the same mistake repeated.',
        location: last?.location ?? { file: options.file, line: 1, column: 1, endLine: 1, endColumn: 1 },
      })
    }
  }
  findings.sort(compareFindings)

  if (options.buildJobs !== false) {
    const errorsAt = errorIndex(findings)
    const defaults = jobDefaults(facts.global)
    for (const ref of facts.scrapeConfigs) {
      const job = buildJob(ref, global, facts, defaults)
      if (!job) continue
      if (!hasErrorWithin(errorsAt, job.span)) facts.config.jobs.push(job)
    }
  }
  return { config: facts.config, findings, text: main.text }
}

/**
 * Values quoted into messages and hints come from a hostile file: clip them, escape control
 * characters (a newline must not start a new log line or workflow command) and hide URL passwords.
 */
export function safeText(v: string, max = 160): string {
  // Clip first: the redaction regex backtracks, so it only ever sees a short string.
  let s = v.length > max ? `${v.slice(0, max)}…` : v
  s = s.replace(/([^/@\s:"'`]{1,256}):[^/@\s"'`]{1,256}@/g, '$1:<secret>@')
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\n/g, '\\n')
}

/** Data keys whose text the checks compose (already holding clipped user values). */
const COMPOSED = new Set(['problem', 'prom', 'fix', 'example', 'why', 'extra', 'effect', 'origin', 'suggest', 'actions', 'known'])

function safeData(data: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  // Hints carry multi-line YAML on purpose ("fix" / "example"); they are clipped but keep their newlines.
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== 'string') out[k] = v
    else if (k === 'fix' || k === 'example') out[k] = safeText(v, 600).replace(/\\n/g, '\n')
    else out[k] = safeText(v, COMPOSED.has(k) ? 600 : 160)
  }
  return out
}

/** "3.5.1" / "v2.42.0" → "3.5" / "2.42"; a bare major picks its latest known minor; anything else the default. */
export function normalizeVersion(v: string | undefined): string {
  const t = v?.trim() ?? ''
  const m = /^v?(\d+)\.(\d+)/.exec(t)
  if (m) return `${Number(m[1])}.${Number(m[2])}`
  if (/^v?2(\.x)?$/.test(t)) return '2.55'
  return DEFAULT_PROMETHEUS_VERSION
}

const pos = (line: number, column: number) => line * 1e7 + column

/** Error finding start positions per file, sorted, for the "is this job broken" lookup. */
function errorIndex(findings: Finding[]): Map<string, number[]> {
  const m = new Map<string, number[]>()
  for (const f of findings) {
    if (f.severity !== 'error') continue
    let a = m.get(f.location.file)
    if (!a) m.set(f.location.file, (a = []))
    a.push(pos(f.location.line, f.location.column))
  }
  for (const a of m.values()) a.sort((x, y) => x - y)
  return m
}

function hasErrorWithin(index: Map<string, number[]>, span: Span): boolean {
  const a = index.get(span.file)
  if (!a) return false
  const lo = pos(span.line, span.column)
  let l = 0
  let h = a.length
  while (l < h) {
    const mid = (l + h) >> 1
    if (a[mid] < lo) l = mid + 1
    else h = mid
  }
  return l < a.length && a[l] <= pos(span.endLine, span.endColumn)
}

function asMap(n: YNode | undefined): YMap | undefined {
  return n?.kind === 'map' ? n : undefined
}

function mergeSchema(into: SchemaFacts, from: SchemaFacts): void {
  // The first source's lists are taken as they are (`from` is not used after this); later ones are
  // appended in loops, not push(...x): a hostile file can make these lists larger than the call stack.
  const add = <T>(a: T[], b: T[]): T[] => {
    if (a.length === 0) return b
    for (let k = 0; k < b.length; k++) a.push(b[k])
    return a
  }
  into.issues = add(into.issues, from.issues)
  into.secrets = add(into.secrets, from.secrets)
  into.paths = add(into.paths, from.paths)
  into.labelKeys = add(into.labelKeys, from.labelKeys)
  into.objects = add(into.objects, from.objects)
}

function addScrapeConfigs(facts: ConfigFacts, list: YNode | undefined, file: string, dir: string): void {
  if (list?.kind !== 'seq') return
  list.items.forEach((node, index) => {
    const jn = getValue(node, 'job_name')
    const ref: ScrapeConfigRef = { node, index, file, dir }
    if (jn?.kind === 'scalar' && !jn.isNull && jn.text !== '') ref.jobName = jn
    facts.scrapeConfigs.push(ref)
  })
}

/** `trees`: every source is a tree (no node reachable twice), so no rule is met twice. */
function collectRelabels(facts: ConfigFacts, trees: boolean): void {
  const lists = new Set(['relabel_configs', 'metric_relabel_configs', 'write_relabel_configs', 'alert_relabel_configs'])
  const seen = trees ? undefined : new Set<YNode>()
  const schemeFor = (owner: YMap | undefined): 'legacy' | 'utf8' => {
    const own = scalarString(getValue(owner, 'metric_name_validation_scheme'))
    if (facts.isV3 && (own === 'legacy' || own === 'utf8')) return own
    return facts.globalScheme
  }
  for (const o of facts.schema.objects) {
    // Worked out once per object (it was once per rule); the same value either way.
    let scheme: 'legacy' | 'utf8' | undefined
    for (const p of o.node.pairs) {
      if (!lists.has(p.name) || p.value.kind !== 'seq') continue
      for (const item of p.value.items) {
        if (seen) {
          if (seen.has(item)) continue
          seen.add(item)
        }
        scheme ??= schemeFor(o.name === 'scrape_config' ? o.node : undefined)
        facts.relabels.push({ node: item, list: p.name, scheme })
      }
    }
  }
  // alerting.alert_relabel_configs sits in an object too; the root's own lists are covered above.
}

/** Decode, bound and parse one YAML file; file-level problems go to facts.fileIssues / parseIssues. */
function readSource(bytes: Uint8Array, file: string, dir: string, facts: ConfigFacts): Source {
  const at0: Span = { file, line: 1, column: 1, endLine: 1, endColumn: 1 }
  if (bytes.length > MAX_CONFIG_BYTES) {
    facts.fileIssues.push({ kind: 'too-large', file, span: at0, n: bytes.length })
    return { file, dir }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const off = firstInvalidUtf8(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, off))
    const lines = before.split('\n')
    const line = lines.length
    const column = lines[lines.length - 1].length + 1
    facts.fileIssues.push({ kind: 'not-utf8', file, n: off, span: { file, line, column, endLine: line, endColumn: column + 1 } })
    text = new TextDecoder('utf-8').decode(bytes)
  }
  if (isEmptyYaml(text)) {
    facts.fileIssues.push({ kind: 'empty', file, span: at0 })
    return { file, dir, text }
  }
  let parsed: ReturnType<typeof parseYaml>
  try {
    parsed = parseYaml(text, file)
  } catch (e) {
    // Never throw on input: an unexpected parser failure is reported as unreadable YAML.
    facts.parseIssues.push({ kind: 'too-deep', message: `the YAML could not be read: ${(e as Error).message}`, span: at0 })
    return { file, dir, text }
  }
  for (const i of parsed.issues) facts.parseIssues.push(i)
  if (parsed.issues.some((i) => i.kind === 'alias-limit' || i.kind === 'too-deep')) return { file, dir, text }
  return { file, dir, text, root: parsed.root, tree: parsed.tree }
}

/** Only blank lines, comments, `---`, `...`, `~` or `null`: Prometheus starts with the defaults. Stops at the first content. */
function isEmptyYaml(text: string): boolean {
  let p = 0
  while (p < text.length) {
    let nl = text.indexOf('\n', p)
    if (nl < 0) nl = text.length
    const line = text.slice(p, Math.min(nl, p + 200)).replace(/#.*$/, '').trim()
    if (line !== '' && line !== '---' && line !== '...' && line !== '~' && line !== 'null' && line !== '--- ~' && line !== '--- null') return false
    p = nl + 1
  }
  return true
}

export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]
    let n = 0
    let min = 0
    if (c < 0x80) { i++; continue }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80 }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800 }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000 }
    else return i
    if (i + n >= b.length) return i
    let cp = c & (0x3f >> n)
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k]
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (cc & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += n + 1
  }
  return b.length
}

/** Reads the files named by scrape_config_files (globs with `*` in the last segment only, as Prometheus allows). */
function readScrapeConfigFiles(facts: ConfigFacts): Source[] {
  const out: Source[] = []
  const ws = safeRealpath(resolve(facts.options.workspaceDir ?? facts.options.configDir))
  for (const entry of facts.config.scrapeConfigFiles) {
    const pattern = joinDir(facts.options.configDir, entry.value)
    if (!/^[^*]*(\*[^/]*)?$/.test(entry.value)) continue // config/invalid-value reports it
    let files: string[]
    try {
      files = expandGlob(pattern)
    } catch {
      files = []
    }
    for (const f of files) {
      if (out.length >= MAX_SCRAPE_CONFIG_FILES) return out
      const shown = displayPath(facts, f)
      const real = safeRealpath(f)
      if (!ws || !real || !(real === ws || real.startsWith(ws + sep))) {
        facts.fileIssues.push({ kind: 'unreadable', file: shown, span: entry.span, message: 'outside the workspace, not read' })
        continue
      }
      let bytes: Uint8Array
      try {
        if (statSync(real).size > MAX_CONFIG_BYTES) {
          facts.fileIssues.push({ kind: 'too-large', file: shown, span: entry.span, n: statSync(real).size })
          continue
        }
        bytes = readFileSync(real)
      } catch (e) {
        facts.fileIssues.push({ kind: 'unreadable', file: shown, span: entry.span, message: (e as NodeJS.ErrnoException).code ?? 'unreadable' })
        continue
      }
      out.push(readSource(bytes, shown, dirname(f), facts))
    }
  }
  return out
}

function displayPath(facts: ConfigFacts, abs: string): string {
  const base = dirname(facts.options.file)
  const rel = relative(facts.options.configDir, abs)
  return rel.startsWith('..') ? abs : base === '.' ? rel : join(base, rel)
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p)
  } catch {
    return undefined
  }
}

function expandGlob(pattern: string): string[] {
  if (!/[*?[]/.test(pattern)) {
    try {
      return statSync(pattern).isFile() ? [pattern] : []
    } catch {
      return []
    }
  }
  const dir = dirname(pattern)
  const base = basename(pattern)
  const re = new RegExp(`^${base.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`)
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch {
    return []
  }
  return names.filter((n) => re.test(n)).map((n) => join(dir, n)).filter((f) => {
    try {
      return statSync(f).isFile()
    } catch {
      return false
    }
  })
}

export type { FileIssue, ParseIssue, YScalar }
