/** The one currency of promgate: every stage returns findings; nothing else prints or exits. */

export type Severity = 'error' | 'warning' | 'info'

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 }

/** 1-based; endColumn is one past the last character, as in ESLint. */
export interface Span {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Where a scrape failure sits: the first layer that broke decides the diagnosis. */
export type Layer = 'network' | 'tls' | 'auth' | 'endpoint' | 'format'

/**
 * How bad an exposition problem is, kept apart because users act on them differently:
 * - `spec`: the payload violates the format specification;
 * - `scrape-fails`: a real Prometheus (see `versions`) fails the whole scrape on it;
 * - `accepted-but-wrong`: Prometheus ingests it, but the data is wrong or misleading.
 */
export interface Verdict {
  kind: 'spec' | 'scrape-fails' | 'accepted-but-wrong'
  /** Prometheus versions the verdict holds for, e.g. ">=3.0" or "2.x"; absent = all. */
  versions?: string
}

export interface Finding {
  /** Stable id such as `config/duplicate-job-name`; also the docs path. */
  rule: string
  severity: Severity
  /** What is wrong, one sentence, in the user's terms, quoting the value. */
  message: string
  /** What to write instead (ideally the exact YAML). */
  hint?: string
  /** Where the user edits. For a scrape finding: the target's line in prometheus.yml. */
  location: Span
  related?: { span: Span; label: string }[]
  scrape?: { job: string; target: string; layer: Layer }
  /** The offending exposition line (raw, untrusted: escape on output). */
  payload?: { line: number; column?: number; text: string }
  verdict?: Verdict
}

export function compareFindings(a: Finding, b: Finding): number {
  // localeCompare only for strings that differ: its first call starts ICU's collator (~10 ms of a
  // `promgate metrics` run, where every finding has the same file).
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (a.location.file === b.location.file ? 0 : a.location.file.localeCompare(b.location.file)) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule))
  )
}

export function atLeast(severity: Severity, threshold: Severity | 'never'): boolean {
  return threshold !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]
}

export interface Summary {
  errors: number
  warnings: number
  infos: number
  /** Targets scraped, and how many of them failed at some layer. */
  targets: number
  targetsFailed: number
}

export function summarize(findings: readonly Finding[], targets = 0, targetsFailed = 0): Summary {
  let errors = 0, warnings = 0, infos = 0
  for (const f of findings) {
    if (f.severity === 'error') errors++
    else if (f.severity === 'warning') warnings++
    else infos++
  }
  return { errors, warnings, infos, targets, targetsFailed }
}
