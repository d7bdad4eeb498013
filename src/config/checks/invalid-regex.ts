import { RE2JS } from 're2js'
import { getPair, scalarString } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { cmpVersion, type Version } from '../values.js'

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
    for (const r of ctx.relabels) {
      const p = getPair(r.node, 'regex')
      if (!p || p.value.kind !== 'scalar' || seen.has(p.value)) continue
      seen.add(p.value)
      const regex = scalarString(p.value) ?? ''
      let error = errorOf.get(regex)
      if (error === undefined && !errorOf.has(regex)) errorOf.set(regex, (error = compileError(regex, ctx.version)))
      if (error) ctx.report({ messageId: 'invalid', at: p.value, data: { error, regex } })
    }
  },
})

/**
 * Go's regexp, where it differs from RE2JS: `(?<name>` only from Go 1.22 (CHANGELOG 2.51.0: "This version is built with Go 1.22.1"; the
 * first release that says so, 2.50.0 names no Go version), and a
 * capture group name may repeat (RE2JS refuses it; Go accepts it).
 */
export function compileError(regex: string, version: Version = [3, 0]): string | undefined {
  if (regex.length > 100_000) return 'regex longer than 100000 characters'
  if (cmpVersion(version, [2, 51]) < 0 && hasAngleNamedGroup(regex)) return 'invalid or unsupported Perl syntax: `(?<`'
  const error = tryCompile(regex)
  if (error && /duplicate capture group name/i.test(error)) return tryCompile(regex.replace(/\\.|\(\?P?<[A-Za-z0-9_]*>/g, (m) => (m.startsWith('\\') ? m : '(')))
  return error
}

function tryCompile(regex: string): string | undefined {
  try {
    RE2JS.compile(`^(?s:${regex})$`)
    return undefined
  } catch (e) {
    return (e as Error).message.replace(/^error parsing regexp: /i, '')
  }
}

/** `(?<` opening a group (not escaped, not inside a character class). */
function hasAngleNamedGroup(re: string): boolean {
  let inClass = false
  for (let i = 0; i < re.length; i++) {
    const c = re[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') {
      inClass = true
      if (re[i + 1] === '^') i++
      if (re[i + 1] === ']') i++
    } else if (c === '(' && re[i + 1] === '?' && re[i + 2] === '<' && re[i + 3] !== '=' && re[i + 3] !== '!') return true
  }
  return false
}
