/**
 * The message for the first grammar error of an expression, from the context around it: unknown
 * functions (with a suggestion), operators used as functions, fractional durations, a dangling
 * operator at the end, and hints for the usual mistakes (`by job`, missing commas, unquoted values).
 */
import { FUNCTIONS } from './functions.js'
import type { PromqlIssue } from './issue.js'
import { CLOSE, OPEN, describeToken } from './lexical.js'
import { atLeastVersion, type Resolved } from '../options.js'
import { didYouMean } from '../../did-you-mean.js'

const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'offset',
  'and', 'or', 'unless', 'atan2', 'fill', 'fill_left', 'fill_right', 'start', 'end'])

export function syntaxIssue(e: string, from: number, o: Resolved): PromqlIssue {
  const before = e.slice(0, from)
  const after = e.slice(from)
  // An identifier right before `(`: a function Prometheus does not know.
  const call = /([a-zA-Z_:][a-zA-Z0-9_:]*)\s*$/.exec(before)
  if (call && /^\s*\(/.test(after) && ['atan2', 'and', 'or', 'unless'].includes(call[1].toLowerCase())) {
    const op = call[1]
    return {
      kind: 'syntax', from: call.index, to: call.index + op.length, message: `unexpected operator \`${op}\`: it is a binary operator, not a function`,
      hint: `Write it between its operands: \`a ${op} b\`.`,
    }
  }
  // `1.5h`: lezer reads a number, then an identifier
  const frac = /(\d+\.\d+)$/.exec(before)
  const unit = /^(ms|[smhdwy])\b/.exec(after)
  if (frac && unit) {
    const text = frac[1] + unit[1]
    return {
      kind: 'syntax', from: frac.index, to: from + unit[1].length, message: `not a valid duration string: "${text}"`,
      hint: 'Durations take whole numbers with units, largest first: write "90m" instead of "1.5h".',
    }
  }
  if (call && /^\s*\(/.test(after) && !KEYWORDS.has(call[1].toLowerCase())) {
    const name = call[1]
    const known = Object.keys(FUNCTIONS).filter((f) => {
      const s = FUNCTIONS[f]
      return !(s.until && atLeastVersion(o.version, s.until)) && !(s.since && !atLeastVersion(o.version, s.since))
    })
    const guess = didYouMean(name, known)
    return {
      kind: 'unknown-function', from: call.index, to: call.index + name.length,
      message: `unknown function with name "${name}"`,
      hint: guess ? `Did you mean \`${guess}\`?` : 'See https://prometheus.io/docs/prometheus/latest/querying/functions/ for the functions PromQL has.',
    }
  }
  if (after.trim() === '') {
    const op = /(\+|-|\*|\/|%|\^|==|!=|>=|<=|>|<|\band\b|\bor\b|\bunless\b|\bbool\b|,|\boffset\b|@)\s*$/i.exec(before)
    return {
      kind: 'syntax', from: Math.max(0, before.trimEnd().length - 1), to: Math.max(1, before.trimEnd().length),
      message: op ? `unexpected end of expression after \`${op[1]}\`` : 'unexpected end of expression',
      hint: op ? (/^(offset|@)$/i.test(op[1]) ? `\`${op[1]}\` needs ${op[1] === '@' ? 'a timestamp: `@ 1609746000`' : 'a duration: `offset 5m`'}.` : `Complete the expression after \`${op[1]}\`, or remove it.`) : undefined,
    }
  }
  const lead = /^\s*/.exec(after)![0].length
  const tok = describeToken(e, from)
  const m = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*|[0-9][0-9a-zA-Z_.]*|\S)/.exec(after)
  const len = m ? m[1].length : 1
  return { kind: 'syntax', from: from + lead, to: from + lead + len, message: `unexpected ${tok}`, hint: syntaxHint(before, m?.[1] ?? '', tok) }
}

/** The bracket that encloses offset `at` ('' at top level), skipping strings and comments. */
function enclosing(before: string): string {
  const stack: string[] = []
  for (let i = 0; i < before.length; i++) {
    const c = before[i]
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1
      while (j < before.length && before[j] !== c) j += before[j] === '\\' && c !== '`' ? 2 : 1
      i = j
    } else if (c === '#') { const n = before.indexOf('\n', i); i = n < 0 ? before.length : n }
    else if (c in CLOSE) stack.push(c)
    else if (c in OPEN) stack.pop()
  }
  return stack[stack.length - 1] ?? ''
}

/** Hints for the usual mistakes, from the context of the unexpected token. */
function syntaxHint(before: string, token: string, tok: string): string | undefined {
  const prevWord = /([a-zA-Z_]+)\s*$/.exec(before)?.[1]?.toLowerCase()
  const inside = enclosing(before)
  const isIdent = /^identifier/.test(tok)
  if (prevWord && ['by', 'without', 'on', 'ignoring', 'group_left', 'group_right'].includes(prevWord) && /[\s]$|[a-z]$/i.test(before)) {
    return `\`${prevWord}\` takes its labels in parentheses: \`${prevWord} (${isIdent ? token : 'label'})\`.`
  }
  if (isIdent && token.toLowerCase() === 'for') return '`for` is a field of the rule, not PromQL: write `for: 5m` on its own line next to `expr:`.'
  if (inside === '{') {
    if (isIdent && /(=|!=|=~|!~)\s*$/.test(before)) return `Label values are strings: quote it, e.g. \`="${token}"\`.`
    if (isIdent && /["'`]\s+$/.test(before)) return 'Separate label matchers with commas: `{a="1", b="2"}`.'
    if (/^[=~:!]/.test(token)) return 'Label matchers use `=`, `!=`, `=~` or `!~`: `{job="api"}`.'
    if (token === ',') return 'Remove the extra comma: an empty label matcher is not allowed.'
  }
  if (inside === '(' && isIdent && /[\w)\]}"'.]\s+$/.test(before)) return 'Separate function arguments with commas: `histogram_quantile(0.9, ...)`.'
  if (isIdent && /[\w)\]}"']\s+$/.test(before)) return 'Two expressions in a row: is an operator (such as `and`, `+`, `>`) missing between them?'
  if (token === '.' && /\d$/.test(before)) return 'A number has at most one decimal point.'
  if (token === '(' && /\)\s*$/.test(before)) return 'Two parenthesized expressions in a row: is an operator or a comma missing, or is the aggregation\'s `by (...)` clause written twice?'
  return undefined
}
