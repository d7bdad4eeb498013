/**
 * The pipeline: load → check config → check rule files → resolve targets → scrape → validate.
 * Pure of output: it returns findings and never prints, exits or calls GitHub. No stage stops another:
 * a config error is reported and every job that could still be understood is scraped anyway.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { compareFindings, summarize, type Finding } from './finding.js'
import { defineRule, toFinding } from './check.js'
import type { GateResult, TargetOutcome } from './result.js'
import { loadConfig } from './config/load-config.js'
import type { Target } from './targets/resolve-targets.js'
import type { ScrapeJob } from './config/model.js'
import { InputError } from './input-error.js'
import { DEFAULT_PROMETHEUS_VERSION } from './version.js'

export { InputError, DEFAULT_PROMETHEUS_VERSION }

/** Bounds on what one run may do, whatever the config says. */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024
export const MAX_TARGETS = 500
export const SCRAPE_CONCURRENCY = 8

export interface GateOptions {
  configPath: string
  mode: 'check' | 'lint'
  prometheusVersion?: string
  /** Hosts/IPs/CIDRs the workflow allows besides loopback. */
  allow: string[]
  /** Folder every path must stay inside (the repository checkout). */
  workspace: string
  /** Skip checks that read referenced files (promtool's --syntax-only). */
  syntaxOnly?: boolean
  /** Prometheus `--enable-feature` values the server runs with (experimental PromQL, …). */
  features?: string[]
  /** The config is for Prometheus in agent mode (no rule_files, alerting, …). */
  agentMode?: boolean
  /** Accept unknown keys in rule files (promtool check rules --ignore-unknown-fields). */
  ignoreUnknownFields?: boolean
}

export const tooManyTargets = defineRule({
  id: 'gate/too-many-targets',
  severity: 'warning',
  description: 'Keep one gate run within the number of targets promgate scrapes.',
  messages: { tooMany: 'the config declares {count} targets; promgate scrapes the first {max} and skips the rest, starting here' },
  hints: { tooMany: 'Check the remaining targets in another run (a config per environment), or lint only with mode: lint.' },
})


export async function gate(options: GateOptions): Promise<GateResult> {
  const workspace = resolve(options.workspace)
  const configAbs = resolve(workspace, options.configPath)
  const file = displayPath(configAbs, workspace)
  const bytes = readConfig(configAbs, file)
  const prometheusVersion = options.prometheusVersion ?? DEFAULT_PROMETHEUS_VERSION

  const findings: Finding[] = []
  const targets: TargetOutcome[] = []

  // Only scraping reads the built jobs: `lint` skips building them (the findings are the same).
  const loaded = loadConfig(bytes, {
    file, configDir: dirname(configAbs), workspaceDir: workspace, prometheusVersion, syntaxOnly: options.syntaxOnly, agentMode: options.agentMode,
    buildJobs: options.mode === 'check',
  })
  // The loader's decoded text is the same as decoding here (invalid bytes become U+FFFD, a BOM is
  // dropped); it is absent only when the loader refused the file as too large.
  const sources: Record<string, string> = { [file]: loaded.text ?? new TextDecoder().decode(bytes) }
  for (const f of loaded.findings) findings.push(f)
  const config = loaded.config

  if (config.ruleFiles.length > 0) {
    // Loaded only when there are rule files: the PromQL parser's set-up is a noticeable part of start-up.
    const { checkRuleFiles } = await import('./rules/check-rule-files.js')
    const rules = checkRuleFiles(config, { syntaxOnly: options.syntaxOnly, workspace, features: options.features, ignoreUnknownFields: options.ignoreUnknownFields })
    findings.push(...rules.findings)
    Object.assign(sources, rules.sources)
  }

  if (options.mode === 'check') {
    // Loaded only to scrape: `promgate lint` never needs the HTTP client (and starts faster without it).
    const { resolveTargets } = await import('./targets/resolve-targets.js')
    const { scrapeTarget } = await import('./scrape/scrape-target.js')
    const planned: { target: Target; job: ScrapeJob }[] = []
    for (const job of config.jobs) {
      const resolved = resolveTargets(job, { configDir: dirname(configAbs), workspace, prometheusVersion })
      findings.push(...resolved.findings)
      Object.assign(sources, resolved.sources)
      for (const target of resolved.targets) planned.push({ target, job })
    }
    if (planned.length > MAX_TARGETS) {
      const first = planned[MAX_TARGETS].target
      findings.push(toFinding(tooManyTargets, {
        messageId: 'tooMany',
        data: { count: planned.length, max: MAX_TARGETS },
        location: first.span,
      }))
      planned.length = MAX_TARGETS
    }
    const scrapeOptions = { allow: options.allow, prometheusVersion, configDir: dirname(configAbs), workspace }
    const outcomes = await mapBounded(planned, SCRAPE_CONCURRENCY, ({ target, job }) =>
      scrapeTarget(target, job, scrapeOptions),
    )
    outcomes.forEach((outcome, i) => {
      const { target } = planned[i]
      findings.push(...outcome.findings)
      targets.push({
        job: target.job,
        url: target.url,
        span: target.span,
        ok: outcome.ok,
        layer: outcome.layer,
        status: outcome.status,
        samples: outcome.samples,
        durationMs: outcome.durationMs,
      })
    })
  }

  findings.sort(compareFindings)
  const failed = targets.filter((t) => !t.ok).length
  return { findings, summary: summarize(findings, targets.length, failed), targets, sources }
}

function readConfig(abs: string, shown: string): Uint8Array {
  let size: number
  try {
    const st = statSync(abs)
    if (!st.isFile()) throw new InputError(`${shown}: not a regular file`)
    size = st.size
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new InputError(`${shown}: cannot read config (${(e as NodeJS.ErrnoException).code ?? String(e)})`)
  }
  if (size > MAX_CONFIG_BYTES) {
    throw new InputError(`${shown}: config is ${size} bytes; promgate reads at most ${MAX_CONFIG_BYTES} bytes`)
  }
  try {
    return readFileSync(abs)
  } catch (e) {
    throw new InputError(`${shown}: cannot read config (${(e as NodeJS.ErrnoException).code ?? String(e)})`)
  }
}

/** Paths in findings are relative to the workspace, as GitHub annotations want them. */
export function displayPath(abs: string, workspace: string): string {
  const rel = relative(workspace, abs)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : abs
}

/** Run `fn` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
