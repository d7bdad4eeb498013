/**
 * The rules stage: expand every `rule_files` entry of a config, read each file (inside the
 * config's folder only: the config is hostile) and check it with {@link checkRuleFileText}.
 */
import { readFileSync, realpathSync, statSync, lstatSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, posix, relative, resolve as resolvePath, sep } from 'node:path'
import { toFinding } from '../check.js'
import { compareFindings, type Finding } from '../finding.js'
import type { Located, PrometheusConfig } from '../config/model.js'
import { checkRuleFileText } from './check-rule-file-text.js'
import { pathRules } from './checks/index.js'
import yamlSyntax from './checks/yaml-syntax.js'
import { expandGlob, hasMeta } from './glob.js'
import type { RuleCheckOptions } from './options.js'

export { checkRuleFileText } from './check-rule-file-text.js'

export interface RuleFilesResult {
  findings: Finding[]
  /** file (as in Span.file) → text, for code frames. */
  sources: Record<string, string>
}

export interface RuleFilesOptions extends RuleCheckOptions {
  /** Do not report rule files that do not exist, nor patterns that match none (promtool check config --syntax-only). */
  syntaxOnly?: boolean
  /** At most this many rule files are read (default 1000). */
  maxFiles?: number
  /** A rule file larger than this is not read (default 4 MiB). */
  maxFileBytes?: number
  /** Directory entries all rule_files patterns together may list (default 200,000). */
  maxGlobEntries?: number
  /**
   * The folder every rule file must stay inside, and the one paths are shown relative to (e.g. the
   * repository checkout, so annotations land on repo-relative paths). Default: the config's folder.
   */
  workspace?: string
}

const DEFAULT_MAX_FILES = 1000
const DEFAULT_MAX_BYTES = 4 * 1024 * 1024

function inside(root: string, p: string): boolean {
  const r = relative(root, p)
  return r === '' || (!r.startsWith('..') && !isAbsolute(r))
}

/** Expand the config's rule_files and check every file they name. */
export function checkRuleFiles(config: PrometheusConfig, options: RuleFilesOptions = {}): RuleFilesResult {
  const findings: Finding[] = []
  const sources: Record<string, string> = {}
  const base = dirname(config.file)
  const configName = basename(config.file)
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES
  const checkOptions: RuleCheckOptions = {
    prometheusVersion: options.prometheusVersion ?? config.prometheusVersion,
    // Prometheus parses rule files under the global metric_name_validation_scheme (3.x).
    ...(options.nameValidation ?? config.global?.metricNameValidationScheme ? { nameValidation: options.nameValidation ?? config.global?.metricNameValidationScheme } : {}),
    ...(options.features ? { features: options.features } : {}),
    ...(options.ignoreUnknownFields ? { ignoreUnknownFields: true } : {}),
  }
  const shownFrom = options.workspace ? resolvePath(options.workspace) : base
  let root: string
  try { root = realpathSync(shownFrom) } catch { root = shownFrom }
  /** path relative to the config's folder → path shown in spans and sources */
  const shown = (rel: string) => relative(shownFrom, join(base, rel)).split(sep).join('/')
  const done = new Set<string>()
  let count = 0
  let limitReported = false
  /** Directory entries all globs together may list (a hostile config could repeat a costly pattern). */
  let entriesBudget = options.maxGlobEntries ?? 200_000
  const globCache = new Map<string, ReturnType<typeof expandGlob>>()

  /** Paths already read (or being read): a repeated pattern costs no path work or realpath per match. */
  const readRel = new Set<string>()
  const readOne = (relToConfig: string, entry: Located<string>): void => {
    if (readRel.has(relToConfig)) return
    const abs = join(base, relToConfig)
    const rel = shown(relToConfig)
    let real: string
    try { real = realpathSync(abs) } catch (e) {
      findings.push(toFinding(pathRules.fileNotFound, { messageId: 'unreadable', data: { path: rel, detail: (e as Error).message.split(':')[0] }, location: entry.span }))
      return
    }
    if (!inside(root, real)) {
      findings.push(toFinding(pathRules.unsafePath, { messageId: 'symlink', data: { path: rel, config: configName }, location: entry.span }))
      return
    }
    readRel.add(relToConfig)
    if (done.has(real)) return
    done.add(real)
    if (++count > maxFiles) {
      if (!limitReported) findings.push(toFinding(pathRules.fileLimit, { messageId: 'tooMany', data: { limit: maxFiles }, location: entry.span }))
      limitReported = true
      return
    }
    const st = statSync(real)
    if (!st.isFile()) {
      findings.push(toFinding(pathRules.fileNotFound, { messageId: 'unreadable', data: { path: rel, detail: st.isDirectory() ? 'it is a directory' : 'it is not a regular file' }, location: entry.span }))
      return
    }
    if (st.size > maxBytes) {
      findings.push(toFinding(pathRules.fileLimit, { messageId: 'tooLarge', data: { path: rel, size: st.size, limit: maxBytes }, location: entry.span }))
      return
    }
    let text: string
    try {
      const bytes = readFileSync(real)
      if (bytes.length > maxBytes) throw new Error('grew while reading')
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch (e) {
      const detail = e instanceof TypeError ? 'the file is not valid UTF-8' : (e as Error).message
      findings.push(toFinding(yamlSyntax, { messageId: 'error', data: { detail }, location: { file: rel, line: 1, column: 1, endLine: 1, endColumn: 1 } }))
      return
    }
    sources[rel] = text
    findings.push(...checkRuleFileText(text, rel, checkOptions))
  }

  for (const entry of config.ruleFiles) {
    const p = entry.value
    if (p === '') continue
    if (isAbsolute(p) || /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\')) {
      findings.push(toFinding(pathRules.unsafePath, { messageId: 'absolute', data: { path: p, config: configName }, location: entry.span }))
      continue
    }
    const norm = posix.normalize(p)
    if (!inside(shownFrom, join(base, norm))) {
      findings.push(toFinding(pathRules.unsafePath, { messageId: 'escape', data: { path: p, config: configName }, location: entry.span }))
      continue
    }
    if (!hasMeta(norm)) {
      let exists = true
      try { lstatSync(join(base, norm)) } catch { exists = false }
      if (!exists) {
        if (!options.syntaxOnly) {
          findings.push(toFinding(pathRules.fileNotFound, { messageId: 'missing', data: { path: p, config: configName }, location: entry.span }))
        }
        continue
      }
      readOne(norm, entry)
      continue
    }
    if (entriesBudget <= 0) {
      if (!limitReported) findings.push(toFinding(pathRules.fileLimit, { messageId: 'tooMany', data: { limit: maxFiles }, location: entry.span }))
      limitReported = true
      continue
    }
    // a repeated pattern is expanded once
    let g = globCache.get(norm)
    if (!g) {
      g = expandGlob(base, norm, maxFiles, entriesBudget)
      entriesBudget -= g.entriesRead
      globCache.set(norm, g)
    }
    if (g.error) {
      findings.push(toFinding(pathRules.fileNotFound, { messageId: 'badPattern', data: { path: p, detail: g.error }, location: entry.span }))
      continue
    }
    if (g.matches.length === 0 && !options.syntaxOnly) {
      findings.push(toFinding(pathRules.globMatchesNothing, { messageId: 'nothing', data: { path: p, config: configName }, location: entry.span }))
    }
    for (const m of g.matches) readOne(m, entry)
    if (g.truncated && !limitReported) {
      findings.push(toFinding(pathRules.fileLimit, { messageId: 'tooMany', data: { limit: maxFiles }, location: entry.span }))
      limitReported = true
    }
  }
  return { findings: findings.sort(compareFindings), sources }
}
