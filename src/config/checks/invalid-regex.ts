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
  // Most relabel regexes are short and plain: shown valid without RE2, whose first compile costs
  // ~10 ms of set-up. Anything outside the small syntax below is compiled as before.
  if (plainRe2(regex)) return undefined
  try {
    RE2JS.compile(`^(?s:${regex})$`)
    return undefined
  } catch (e) {
    return (e as Error).message.replace(/^error parsing regexp: /i, '')
  }
}

/** Characters that are literal outside a class: printable ASCII except the RE2 metacharacters. */
const LITERAL = /^[ !"#%&',\-/0-9:;<=>@A-Z_`a-z~]$/
/** Literal inside a class as well: metacharacters that lose their meaning there. */
const CLASS_ONLY_LITERAL = new Set([...'.*+?()|{}$'])
/** What may follow a backslash here: class shorthands and escaped ASCII punctuation. */
const ESCAPED = new Set([...'dDwWsS', ...'\\.+*?()|[]{}^$-/'])

/**
 * True only for a regex RE2 certainly accepts: literals, `.`, escapes of punctuation and \d \w \s
 * (and their negations), classes of literals, ranges and those escapes, groups `(...)` and `(?:...)`,
 * `|`, and one `*`, `+` or `?` (optionally lazy) after an atom or a non-empty group; at most 1,000 characters and 100
 * levels. Anything else (anchors, counted repeats, flags, named groups, non-ASCII, ...) returns
 * false and is left to RE2. Wrapped as Prometheus wraps it (`^(?s:` ... `)$`), such a regex stays valid.
 */
export function plainRe2(re: string): boolean {
  if (re.length > 1000) return false
  let i = 0
  let depth = 0
  // After an atom a quantifier may follow; after a quantifier, a lazy '?' only.
  let canQuantify = false
  let lazyOk = false
  let justOpened = false
  while (i < re.length) {
    const c = re[i]
    const afterOpen = justOpened
    justOpened = false
    if (c === '(') {
      if (re[i + 1] === '?') {
        if (re[i + 2] !== ':') return false
        i += 3
      } else i++
      if (++depth > 100) return false
      canQuantify = false
      lazyOk = false
      justOpened = true
      continue
    }
    if (c === ')') {
      if (depth === 0 || afterOpen) return false
      depth--
      i++
      canQuantify = true
      lazyOk = false
      continue
    }
    if (c === '|') {
      i++
      canQuantify = false
      lazyOk = false
      continue
    }
    if (c === '*' || c === '+' || c === '?') {
      if (c === '?' && lazyOk) {
        lazyOk = false
        i++
        continue
      }
      if (!canQuantify) return false
      canQuantify = false
      lazyOk = true
      i++
      continue
    }
    lazyOk = false
    if (c === '\\') {
      if (!ESCAPED.has(re[i + 1])) return false
      i += 2
    } else if (c === '[') {
      const end = plainClass(re, i)
      if (end < 0) return false
      i = end
    } else if (c === '.' || LITERAL.test(c)) i++
    else return false
    canQuantify = true
  }
  return depth === 0
}

/** End (past ']') of a class of literals, ranges and escapes starting at re[start] === '[', or -1. */
function plainClass(re: string, start: number): number {
  let i = start + 1
  if (re[i] === '^') i++
  let items = 0
  while (i < re.length && re[i] !== ']') {
    let lo: string | undefined
    const c = re[i]
    if (c === '\\') {
      const e = re[i + 1]
      if (!ESCAPED.has(e)) return -1
      // Not the start of a range (kept out of this syntax).
      lo = undefined
      i += 2
    } else if (CLASS_ONLY_LITERAL.has(c)) {
      // Not the start of a range (kept out of this syntax).
      lo = undefined
      i++
    } else if (c === '[' || c === '-' || !LITERAL.test(c)) {
      return -1
    } else {
      lo = c
      i++
    }
    if (re[i] === '-' && re[i + 1] !== ']') {
      if (lo === undefined) return -1
      const h = re[i + 1]
      if (h === undefined || h === '\\' || h === '[' || h === '-' || !LITERAL.test(h) || h < lo) return -1
      i += 2
    }
    items++
  }
  if (i >= re.length || items === 0) return -1
  return i + 1
}
