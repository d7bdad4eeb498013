import { RE2JS } from 're2js'
import { getPair, scalarString } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'

/** Relabel regexes are RE2, anchored by Prometheus as ^(?s:regex)$ ("error parsing regexp: ..."). */
export default defineConfigCheck({
  id: 'config/invalid-regex',
  severity: 'error',
  description: 'Write relabel regexes in RE2 syntax.',
  messages: { invalid: 'error parsing regexp: {error} in "{regex}"' },
  hints: { invalid: 'Fix the RE2 syntax (no lookarounds or backreferences; escape literal brackets and dots with \\). Prometheus anchors the regex at both ends, so no ^ or $ is needed.' },
  check(ctx) {
    const seen = new Set<unknown>()
    // Configs repeat the same few regexes in every job, and compiling one costs far more than the
    // lookup: compile each distinct text once (the outcome depends on the text alone). The texts are
    // slices of the config, so the memo holds at most the config's size in keys.
    const errorOf = new Map<string, string | undefined>()
    for (let i1_ = 0, a1_ = ctx.relabels; i1_ < a1_.length; i1_++) {
      const r = a1_[i1_]
      const p = getPair(r.node, 'regex')
      if (!p || p.value.kind !== 'scalar' || seen.has(p.value)) continue
      seen.add(p.value)
      const regex = scalarString(p.value) ?? ''
      let error = errorOf.get(regex)
      if (error === undefined && !errorOf.has(regex)) errorOf.set(regex, (error = compileError(regex)))
      if (error) ctx.report({ messageId: 'invalid', at: p.value, data: { error, regex } })
    }
  },
})

export function compileError(regex: string): string | undefined {
  if (regex.length > 100_000) return 'regex longer than 100000 characters'
  try {
    RE2JS.compile(`^(?s:${regex})$`)
    return undefined
  } catch (e) {
    return (e as Error).message.replace(/^error parsing regexp: /i, '')
  }
}
