/**
 * Public API of the exposition validator. The scrape stage and `promgate metrics` both go through
 * `createValidator` (streaming) or `validatePayload` (one buffer).
 */
import type { Finding, Severity } from '../finding.js'
import type { FamilySummary } from './family.js'
import { runLints } from './lints/index.js'
import { makeValidator } from './validator.js'

export { negotiateFormat } from './negotiate.js'
export type { NegotiationInput, NegotiationResult } from './negotiate.js'
export { allRules, negotiationRuleIds, rulesWithoutPayloadExamples } from './rules.js'

export type ExpositionFormat = 'text-0.0.4' | 'text-1.0.0' | 'openmetrics-1.0.0' | 'protobuf'

export interface ValidatorLimits {
  sampleLimit?: number
  labelLimit?: number
  labelNameLengthLimit?: number
  labelValueLengthLimit?: number
  bodySizeLimitBytes?: number
}

export interface ValidatorOptions {
  format: ExpositionFormat
  /** Span.file for payload findings (e.g. the payload file, or "<url>"). */
  file: string
  /** The Prometheus the verdicts are for, e.g. "3.5" or "2.53" (default: 3.x). */
  prometheusVersion?: string
  limits?: ValidatorLimits
  /** Called at the end of each metric family (after the built-in lints ran on it). */
  onFamily?: (f: FamilySummary) => void
  /** Run promlint's checks on each family (default true). */
  lints?: boolean
  /** Per lint id: a severity, or 'off'. */
  lintSeverities?: Record<string, Severity | 'off'>
  /** Stop collecting findings after this many (default 1000); the rest are counted in `droppedFindings`. */
  maxFindings?: number
  /**
   * How many labels Prometheus adds to each sample before label_limit applies, when only a count is
   * known (`promgate metrics` has no target): default 2 (job, instance). Ignored when `target` is given.
   */
  targetLabels?: number
  /** The scrape target the payload came from: its labels and honor_labels decide the label limits. */
  target?: ScrapeTargetInfo
  /**
   * Read runs of plain sample lines with the WebAssembly kernel (default true). The findings are the
   * same either way (the tests compare both); false sends every line through the line parser.
   */
  kernel?: boolean
}

/** The target a payload was scraped from, as its job's label limits see it. */
export interface ScrapeTargetInfo {
  /** The target's final labels after relabel_configs, without __ labels: job, instance, static / file_sd labels. */
  labels: Record<string, string>
  /** The job's honor_labels (default false). */
  honorLabels?: boolean
}

export interface ValidationResult {
  findings: Finding[]
  samples: number
  families: number
  /** Payload size and line count. */
  bytes?: number
  lines?: number
  /** Findings not kept because `maxFindings` was reached. */
  droppedFindings?: number
}

/** Streaming: push chunks as they arrive, then end(). */
export interface Validator {
  push(chunk: Uint8Array): void
  end(): ValidationResult
}

export function createValidator(options: ValidatorOptions): Validator {
  if (options.format === 'protobuf') throw new Error('createValidator: protobuf payloads go through src/exposition/protobuf')
  const lints = options.lints ?? true
  return makeValidator(options, lints
    ? (f, report) => runLints(f, report, { file: options.file, severities: options.lintSeverities })
    : undefined)
}

export function validatePayload(bytes: Uint8Array, options: ValidatorOptions): ValidationResult {
  const v = createValidator(options)
  v.push(bytes)
  return v.end()
}
