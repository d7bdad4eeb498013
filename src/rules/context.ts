/** What a rules check sees: one decoded rule file, the options, and helpers shared by checks. */
import { defineCheck, type Check, type ReportArgs } from '../check.js'
import type { Span } from '../finding.js'
import type { MappedStr, RuleFileModel, RuleModel, GroupModel } from './model.js'
import type { Resolved } from './options.js'
import { analyzePromql, type PromqlIssue } from './promql/analyze.js'

export interface RuleCheckContext<M extends string = string> {
  file: RuleFileModel
  options: Resolved
  report(args: ReportArgs<M>): void
  /** PromQL issues of a rule's expr, computed once per rule for all promql checks. */
  promql(rule: RuleModel): PromqlIssue[]
}

export type RuleCheck<M extends string = string> = Check<RuleCheckContext<M>, M>

export function defineRuleCheck<M extends string>(check: RuleCheck<M>): RuleCheck<M> {
  return defineCheck<RuleCheckContext<M>, M>(check)
}

/** `alert "X"`, `record "y"`, or `rule 3` when it has no name yet. */
export function ruleLabel(rule: RuleModel, group?: GroupModel): string {
  if (rule.alert?.value) return `alert "${rule.alert.value}"`
  if (rule.record?.value) return `record "${rule.record.value}"`
  return group?.name?.value ? `rule ${rule.index} of group "${group.name.value}"` : `rule ${rule.index}`
}

/** Span of [from, to) inside a mapped scalar (an expression or template). */
export function innerSpan(file: RuleFileModel, s: MappedStr, from: number, to: number): Span {
  if (!s.map.exact) return s.span
  const o = s.map.offsets
  const a = o[Math.min(from, o.length - 1)]
  const lastChar = Math.min(Math.max(to - 1, from), o.length - 1)
  const b = lastChar < o.length - 1 ? o[lastChar] + 1 : o[o.length - 1]
  return file.lines.span(a, Math.max(a, b))
}

const cache = new WeakMap<RuleModel, PromqlIssue[]>()
export function promqlIssues(rule: RuleModel, o: Resolved): PromqlIssue[] {
  let v = cache.get(rule)
  if (!v) {
    v = rule.expr && rule.expr.value !== '' ? analyzePromql(rule.expr.value, o) : []
    cache.set(rule, v)
  }
  return v
}

/** Shape shared by the five promql/* checks: report the issues of one kind. */
export function reportPromql(ctx: RuleCheckContext<'issue'>, kind: PromqlIssue['kind']): void {
  // an aliased expression is one text in the file: report each of its problems once
  const seen = new Set<string>()
  for (const g of ctx.file.groups) {
    for (const r of g.rules) {
      if (!r.expr) continue
      for (const i of ctx.promql(r)) {
        if (i.kind !== kind) continue
        const key = `${r.expr.start}:${i.from}:${i.message}`
        if (seen.has(key)) continue
        seen.add(key)
        ctx.report({
          messageId: 'issue',
          data: { detail: i.message, rule: ruleLabel(r, g), hint: i.hint ?? 'See https://prometheus.io/docs/prometheus/latest/querying/basics/.' },
          location: innerSpan(ctx.file, r.expr, i.from, i.to),
          ...(i.unchecked ? { severity: 'info' as const } : {}),
        })
      }
    }
  }
}

export function legacyWhy(o: Resolved, name: string): string {
  if (o.nameValidation === 'legacy' && name !== '' && /^[^\ud800-\udfff]*$/.test(name)) {
    return o.version[0] >= 3
      ? ' (the config sets metric_name_validation_scheme: legacy, which allows only [a-zA-Z_][a-zA-Z0-9_]* here)'
      : ` (Prometheus ${o.versionText} allows only [a-zA-Z_][a-zA-Z0-9_]* here; UTF-8 names need 3.0 or later)`
  }
  return ''
}
