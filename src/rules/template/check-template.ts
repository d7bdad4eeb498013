/**
 * A subset of Go's text/template parser (Go 1.19+, as in Prometheus 2.42 and later), enough to
 * reject what Prometheus's `template.ParseTest` rejects in alert labels and annotations:
 * - delimiters: `{{ }}` with trim markers, unclosed actions and comments;
 * - lexing: unterminated "strings", `raw strings` and 'c'haracter constants, invalid escapes,
 *   number syntax, characters that cannot follow a name (`$labels.a-b`), parens;
 * - structure: `if`/`range`/`with`/`define`/`block` closed by `{{end}}`, stray `{{end}}`/`{{else}}`,
 *   `else` after `else`, `break`/`continue` outside `range`, empty actions, operands that are not
 *   separated by spaces, too many declarations, non-executable pipeline stages;
 * - names: undefined `$variables` (Prometheus defines `$labels`, `$externalLabels`,
 *   `$externalURL`, `$value`) and functions missing from Go's and Prometheus's function maps.
 * Not modelled: whether a `{{template "x"}}` exists (Go checks that when the template runs), and
 * anything that needs types. Offsets in issues are offsets into the template string; only the
 * first error is reported, as Go does.
 */
import { atLeastVersion } from '../options.js'
import { didYouMean } from '../../did-you-mean.js'

export interface TemplateIssue { message: string; from: number; to: number; hint?: string }

const GO_FUNCS = ['and', 'call', 'html', 'index', 'slice', 'js', 'len', 'not', 'or', 'print', 'printf', 'println', 'urlquery',
  'eq', 'ge', 'gt', 'le', 'lt', 'ne']
/** Prometheus template functions in 2.42 (checked against promtool 2.42). */
const PROM_FUNCS = ['query', 'first', 'label', 'value', 'strvalue', 'args', 'reReplaceAll', 'safeHtml', 'match', 'title', 'toUpper',
  'toLower', 'graphLink', 'tableLink', 'sortByLabel', 'humanize', 'humanize1024', 'humanizeDuration', 'humanizePercentage',
  'humanizeTimestamp', 'pathPrefix', 'externalURL', 'parseDuration', 'toTime', 'stripPort', 'stripDomain']
/** Added after 2.42 (a lower bound: accepted from 2.43 on). */
const LATER_FUNCS = ['toDuration', 'now', 'urlQueryEscape']
const PREDEFINED = ['$', '$labels', '$externalLabels', '$externalURL', '$value']
const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue'])

type Kind = 'space' | 'string' | 'raw' | 'char' | 'number' | 'ident' | 'keyword' | 'var' | 'field' | 'dot' | 'pipe'
  | 'declare' | 'assign' | 'lparen' | 'rparen' | 'comma' | 'bool' | 'nil' | 'end'
interface Tok { kind: Kind; text: string; from: number; to: number }

class Fail extends Error {
  constructor(readonly issue: TemplateIssue) { super(issue.message) }
}
function fail(message: string, from: number, to: number, hint?: string): never {
  const issue: TemplateIssue = { message, from, to: Math.max(to, from + 1) }
  if (hint) issue.hint = hint
  throw new Fail(issue)
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n'
const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c)
const VALID_ESCAPE = /\\(?:[abfnrtv\\'"]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3})/y

/** Go's number literal rules (what text/template's newNumber accepts), approximately. */
function validNumber(t: string): boolean {
  let s = t.replace(/^[+-]/, '').replace(/i$/, '')
  if (s === '') return false
  const us = (d: string) => !/^_|_$|__/.test(d)
  let m
  if ((m = /^0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?(?:[pP][+-]?([0-9_]+))?$/.exec(s))) return (m[1] + (m[2] ?? '')).replace(/_/g, '') !== '' && (m[2] === undefined || m[3] !== undefined || /^[0-9a-fA-F_]*$/.test(s.slice(2)))
  if ((m = /^0[bB]([01_]+)$/.exec(s)) || (m = /^0[oO]([0-7_]+)$/.exec(s))) return us(m[1].replace(/^_/, 'x'))
  if (/^0[0-9_]+$/.test(s)) return /^0[0-7_]*$/.test(s) && us(s)
  s = s.replace(/_/g, (_, i: number) => (/[0-9]/.test(s[i - 1] ?? '') && /[0-9]/.test(s[i + 1] ?? '') ? '' : '!'))
  return /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(s)
}

/** Go's lexer, inside one action; returns the tokens (ending with 'end') and the offset after `}}`. */
function lexAction(t: string, start: number, open: number): { toks: Tok[]; end: number } | { comment: true; end: number } {
  let i = start
  if (t.startsWith('/*', i)) {
    const close = t.indexOf('*/', i + 2)
    if (close < 0) fail('unclosed comment', open, t.length, 'Close the comment with `*/}}`.')
    let j = close + 2
    if (/^\s-\}\}/.test(t.slice(j, j + 4))) j += 4
    else if (t.startsWith('}}', j)) j += 2
    else fail('comment ends before closing delimiter', open, j, 'Write comments as `{{/* ... */}}`.')
    return { comment: true, end: j }
  }
  const toks: Tok[] = []
  let depth = 0
  const rightDelim = (k: number) => t.startsWith('}}', k) || (isSpace(t[k]) && t[k + 1] === '-' && t.startsWith('}}', k + 2))
  const atTerminator = (k: number) => {
    const c = t[k]
    return c === undefined || isSpace(c) || '.,|:()'.includes(c) || t.startsWith('}}', k)
  }
  const push = (kind: Kind, from: number, to: number) => toks.push({ kind, text: t.slice(from, to), from, to })
  for (;;) {
    if (i >= t.length) fail('unclosed action', open, t.length, 'Close the action with `}}`.')
    if (rightDelim(i)) {
      if (depth > 0) fail('unclosed left paren', open, i, 'Add the missing `)`.')
      push('end', i, i)
      return { toks, end: t.startsWith('}}', i) ? i + 2 : i + 4 }
    }
    const c = t[i]
    const from = i
    if (isSpace(c)) {
      while (i < t.length && isSpace(t[i]) && !rightDelim(i)) i++
      if (i === from) i++
      push('space', from, i)
      continue
    }
    if (c === '"' || c === "'") {
      i++
      while (i < t.length && t[i] !== c && t[i] !== '\n') i += t[i] === '\\' ? 2 : 1
      if (t[i] !== c) fail(c === '"' ? 'unterminated quoted string' : 'unterminated character constant', from, i, c === '"' ? 'Close the string with `"`.' : 'In Go templates strings use double quotes; \'x\' is one character.')
      i++
      const body = t.slice(from + 1, i - 1)
      for (let k = 0; k < body.length; k++) {
        if (body[k] !== '\\') continue
        VALID_ESCAPE.lastIndex = k
        if (!VALID_ESCAPE.test(body) || (body[k + 1] === "'" && c === '"') || (body[k + 1] === '"' && c === "'")) fail(`invalid syntax: escape \`${body.slice(k, k + 2)}\` in ${t.slice(from, i)}`, from + 1 + k, from + 3 + k, 'Go strings accept \\n \\t \\\\ \\" and \\x/\\u escapes; use a `raw string` for backslashes.')
        k = VALID_ESCAPE.lastIndex - 1
      }
      if (c === "'" && !/^(?:[^\\]|\\.[0-9a-fA-F]*)$/u.test(body)) fail(`malformed character constant: ${t.slice(from, i)}`, from, i, "Go templates quote strings with double quotes: \"text\"; 'x' is one character.")
      push(c === '"' ? 'string' : 'char', from, i)
      continue
    }
    if (c === '`') {
      const close = t.indexOf('`', i + 1)
      if (close < 0) fail('unterminated raw quoted string', from, t.length, 'Close the string with a backtick.')
      i = close + 1
      push('raw', from, i)
      continue
    }
    if (c === '$' || (c === '.' && !/[0-9]/.test(t[i + 1] ?? ''))) {
      i++
      if (c === '.' && atTerminator(i)) { push('dot', from, i); continue }
      while (isAlnum(t[i])) i++
      if (!atTerminator(i)) fail(`bad character ${JSON.stringify(t[i])} after ${t.slice(from, i)}`, i, i + 1, t[i] === '-' ? 'Label names with `-` need `index`: {{ index $labels "a-b" }}.' : undefined)
      push(c === '$' ? 'var' : 'field', from, i)
      continue
    }
    if (c === '+' || c === '-' || c === '.' || /[0-9]/.test(c)) {
      i++
      const hex = c === '0' && /[xX]/.test(t[i] ?? '')
      while (i < t.length && (/[0-9a-zA-Z_.]/.test(t[i]) || (/[+-]/.test(t[i]) && /[eEpP]/.test(t[i - 1]) && !hex) || (/[+-]/.test(t[i]) && /[pP]/.test(t[i - 1])))) i++
      const text = t.slice(from, i)
      if (!validNumber(text)) fail(`illegal number syntax: ${JSON.stringify(text)}`, from, i)
      push('number', from, i)
      continue
    }
    if (isAlnum(c)) {
      while (isAlnum(t[i])) i++
      if (!atTerminator(i)) fail(`bad character ${JSON.stringify(t[i])} after ${t.slice(from, i)}`, i, i + 1)
      const w = t.slice(from, i)
      push(w === 'true' || w === 'false' ? 'bool' : w === 'nil' ? 'nil' : KEYWORDS.has(w) ? 'keyword' : 'ident', from, i)
      continue
    }
    if (c === ':') {
      if (t[i + 1] !== '=') fail('expected :=', from, from + 1)
      i += 2; push('declare', from, i); continue
    }
    if (c === '=') { i++; push('assign', from, i); continue }
    if (c === '|') { i++; push('pipe', from, i); continue }
    if (c === ',') { i++; push('comma', from, i); continue }
    if (c === '(') { i++; depth++; push('lparen', from, i); continue }
    if (c === ')') {
      i++
      if (--depth < 0) fail('unexpected right paren', from, i, 'Remove the `)` or add the missing `(`.')
      push('rparen', from, i)
      continue
    }
    fail(`unrecognized character in action: ${JSON.stringify(c)}`, from, from + 1)
  }
}

interface Block { kw: string; from: number; to: number; scope: number; sawElse: boolean; saved?: string[] }

class TemplateParser {
  vars = [...PREDEFINED]
  blocks: Block[] = []
  toks: Tok[] = []
  p = 0
  funcs: Set<string>
  constructor(readonly t: string, readonly version: [number, number]) {
    this.funcs = new Set([...GO_FUNCS, ...PROM_FUNCS, ...(atLeastVersion(version, '2.43') ? LATER_FUNCS : [])])
  }

  peek(): Tok { return this.toks[this.p] }
  next(): Tok { return this.toks[this.p++] }
  nextNonSpace(): Tok { let t = this.next(); while (t.kind === 'space') t = this.next(); return t }
  peekNonSpace(): Tok { const save = this.p; const t = this.nextNonSpace(); this.p = save; return t }
  unexpected(tok: Tok, ctx: string): never {
    fail(`unexpected ${tok.kind === 'end' ? 'end of action' : JSON.stringify(tok.text)} in ${ctx}`, tok.from, tok.to)
  }

  /** pipeline := [decl] command ('|' command)*, ending at `end` (the action's `}}` or a `)`). */
  pipeline(ctx: string, end: Kind): void {
    const start = this.peekNonSpace()
    const maxDecl = ctx === 'range' ? 2 : 1
    let decls = 0
    for (;;) {
      const v = this.peekNonSpace()
      if (v.kind !== 'var') break
      const save = this.p
      this.nextNonSpace()
      const nx = this.peekNonSpace()
      if (nx.kind === 'declare' || nx.kind === 'assign') {
        this.nextNonSpace(); this.vars.push(v.text); decls++; break
      }
      if (nx.kind === 'comma') {
        this.nextNonSpace(); this.vars.push(v.text); decls++
        if (decls < maxDecl) continue
        fail(`too many declarations in ${ctx}`, v.from, nx.to)
      }
      this.p = save
      break
    }
    if (decls > maxDecl) fail(`too many declarations in ${ctx}`, start.from, start.to)
    const stages: Tok[] = []
    for (;;) {
      const tok = this.nextNonSpace()
      if (tok.kind === end) {
        if (stages.length === 0) fail(`missing value for ${ctx}`, tok.from, tok.to, 'Put a value or a pipeline in the action.')
        stages.slice(1).forEach((s, i) => {
          if (['bool', 'dot', 'nil', 'number', 'string', 'raw', 'char'].includes(s.kind)) fail(`non executable command in pipeline stage ${i + 2}`, s.from, s.to, 'Only functions and methods can follow `|`.')
        })
        if (end === 'rparen') this.p--
        return
      }
      if (['bool', 'char', 'dot', 'field', 'ident', 'number', 'nil', 'raw', 'string', 'var', 'lparen'].includes(tok.kind)) {
        this.p--
        stages.push(tok)
        this.command(end)
        continue
      }
      this.unexpected(tok, ctx === 'command' ? 'command' : ctx)
    }
  }

  /** command := operand (space operand)*; stops before the pipeline's end, or after a `|`. */
  command(end: Kind): void {
    for (;;) {
      while (this.peek().kind === 'space') this.p++
      this.operand()
      let tok = this.next()
      if (tok.kind === 'space') {
        while (this.peek().kind === 'space') this.p++
        const nx = this.peek().kind
        if (nx !== end && nx !== 'pipe' && nx !== 'end' && nx !== 'rparen') continue // another operand
        tok = this.next()
      }
      if (tok.kind === 'pipe') return
      if (tok.kind === end || tok.kind === 'end' || tok.kind === 'rparen') { this.p--; return }
      this.unexpected(tok, 'operand')
    }
  }

  operand(): void {
    const tok = this.next()
    switch (tok.kind) {
      case 'ident':
        if (!this.funcs.has(tok.text)) {
          const guess = didYouMean(tok.text, [...this.funcs])
          fail(`function "${tok.text}" not defined`, tok.from, tok.to,
            LATER_FUNCS.includes(tok.text) ? 'This function needs a Prometheus newer than 2.42.'
              : guess ? `Did you mean \`${guess}\`?` : 'See https://prometheus.io/docs/prometheus/latest/configuration/template_reference/ for the functions alert templates have.')
        }
        break
      case 'var':
        if (!this.vars.includes(tok.text)) {
          fail(`undefined variable "${tok.text}"`, tok.from, tok.to, this.blocks.some((b) => b.saved) ? 'Inside {{define}}/{{block}} only `$` and variables declared there exist; pass values with {{template "name" $labels}}.' : tok.text === '$label' ? 'Prometheus defines `$labels` (with an s): `{{ $labels.instance }}`.'
            : 'Alert templates define `$labels`, `$value`, `$externalLabels` and `$externalURL`; declare others with `{{ $x := ... }}`.')
        }
        break
      case 'lparen':
        this.pipeline('parenthesized pipeline', 'rparen')
        this.next() // ')'
        break
      case 'keyword':
        fail(`unexpected <${tok.text}> in operand`, tok.from, tok.to)
      case 'field': case 'dot': case 'bool': case 'nil': case 'number': case 'string': case 'raw': case 'char':
        break
      default:
        this.unexpected(tok, 'operand')
    }
    // a chain: `.field` right after a variable, field or parenthesized pipeline
    while (this.peek().kind === 'field') {
      if (!['var', 'field', 'lparen', 'dot', 'ident'].includes(tok.kind)) fail(`unexpected . after term ${JSON.stringify(tok.text)}`, this.peek().from, this.peek().to)
      this.next()
    }
  }

  parse(): void {
    const t = this.t
    let i = 0
    for (;;) {
      const open = t.indexOf('{{', i)
      if (open < 0) break
      let s = open + 2
      if (t[s] === '-' && isSpace(t[s + 1])) s += 2
      while (s < t.length && isSpace(t[s])) s++
      const lexed = lexAction(t, s, open)
      i = lexed.end
      if ('comment' in lexed) continue
      this.toks = lexed.toks
      this.p = 0
      this.action({ from: open, to: lexed.end })
    }
    if (this.blocks.length) {
      const b = this.blocks[this.blocks.length - 1]
      fail(`unexpected EOF: {{${b.kw}}} is never closed`, b.from, b.to, 'Add `{{ end }}`.')
    }
  }

  action(at: { from: number; to: number }): void {
    const first = this.peekNonSpace()
    if (first.kind === 'end') fail('missing value for command', at.from, at.to, 'Remove the empty `{{ }}`.')
    if (first.kind !== 'keyword') { this.pipeline('command', 'end'); return }
    this.nextNonSpace()
    const kw = first.text
    const expectEnd = (ctx: string) => { const n = this.nextNonSpace(); if (n.kind !== 'end') this.unexpected(n, ctx) }
    switch (kw) {
      case 'end': {
        expectEnd('end')
        const b = this.blocks.pop()
        if (!b) fail('unexpected {{end}}', at.from, at.to, 'Remove it, or add the `{{ if }}`/`{{ range }}`/`{{ with }}` it closes.')
        if (b.saved) this.vars = b.saved
        this.vars.length = b.scope
        return
      }
      case 'else': {
        const top = this.blocks[this.blocks.length - 1]
        if (!top || !['if', 'with', 'range'].includes(top.kw)) fail('unexpected {{else}}', at.from, at.to)
        if (top.sawElse) fail('expected end; found {{else}}', at.from, at.to, 'An `{{ if }}` has at most one plain `{{ else }}`; use `{{ else if ... }}` before it.')
        const nx = this.peekNonSpace()
        // `else if` continues an `if` only; `else with` continues a `with` and came with Go 1.23
        // (Prometheus 3.x builds). Elsewhere Go leaves the keyword pending: "unexpected <if> in input".
        if (nx.kind === 'keyword' && (nx.text === 'if' || nx.text === 'with')) {
          const ok = nx.text === 'if' ? top.kw === 'if' : top.kw === 'with' && this.version[0] >= 3
          if (!ok) fail(`unexpected <${nx.text}> in input: {{else ${nx.text}}} cannot continue a {{${top.kw}}}`, nx.from, nx.to,
            nx.text === 'if' ? 'Nest it instead: {{ else }}{{ if ... }}...{{ end }}.' : 'Nest it instead: {{ else }}{{ with ... }}...{{ end }} (or check for Prometheus 3.x).')
          this.nextNonSpace(); this.pipeline(nx.text, 'end'); return
        }
        expectEnd('else')
        top.sawElse = true
        return
      }
      case 'if': case 'with': case 'range':
        this.blocks.push({ kw, from: at.from, to: at.to, scope: this.vars.length, sawElse: false })
        this.pipeline(kw, 'end')
        return
      case 'define': case 'block': case 'template': {
        const name = this.nextNonSpace()
        if (name.kind !== 'string' && name.kind !== 'raw') this.unexpected(name, `${kw} clause`)
        if (kw === 'template') {
          if (this.peekNonSpace().kind !== 'end') this.pipeline('template clause', 'end')
          return
        }
        if (kw === 'block') this.pipeline('block clause', 'end')
        else expectEnd('define clause')
        // a define/block body is a template of its own: only `$` is defined in it
        this.blocks.push({ kw, from: at.from, to: at.to, scope: this.vars.length, sawElse: false, saved: this.vars })
        this.vars = ['$']
        return
      }
      case 'break': case 'continue':
        if (!this.blocks.some((b) => b.kw === 'range')) fail(`{{${kw}}} outside {{range}}`, at.from, at.to)
        expectEnd(kw)
        return
    }
  }
}

/** Parse one label/annotation template; undefined when Go's parser would accept it. */
export function checkTemplate(text: string, version: [number, number] = [3, 5]): TemplateIssue | undefined {
  if (!text.includes('{{')) return undefined
  try {
    new TemplateParser(text, version).parse()
    return undefined
  } catch (e) {
    if (e instanceof Fail) return e.issue
    throw e
  }
}
