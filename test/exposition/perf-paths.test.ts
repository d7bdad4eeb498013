// The speed paths of the exposition validator give the same answers as the plain ones: the one-pass
// decimal parser vs parseGoFloat, the series set across clear() generations, and the JIT warm-up
// (which runs its own payload once per process, before the first large payload) leaves no trace.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createValidator } from '../../src/exposition/index.js'
import { IdentitySet } from '../../src/exposition/hash-set.js'
import * as parser from '../../src/exposition/parser.js'
import { brief, run } from './helpers.js'

const enc = new TextEncoder()

function both(token: string): { fast: number | undefined; fastEnd: number; slow: number | undefined } {
  const b = enc.encode(token)
  const end = parser.plainDecimal(b, 0, b.length, false)
  const fast = end >= 0 ? parser.floatResult : undefined
  const r = parser.parseGoFloat(b, 0, b.length)
  const slow = r === 0 ? parser.floatResult : undefined
  return { fast, fastEnd: end, slow }
}

test('plainDecimal: every value it takes is the value parseGoFloat gives (exponents included)', () => {
  const fixed = ['0', '-0', '1', '-1', '0.5', '-0.5', '1e3', '1E3', '1e+06', '1.048576e+06', '8.8234112e+08', '4.3088e-05',
    '1e-22', '1e22', '1e23', '1e-23', '9.999999999999999e22', '123456789012345e7', '1234567890123456e0', '0.000000000000000000001',
    '5e', '5e+', '1e0005', '1.5e-7', '00012.5000e2', '1.', '.5', '-.5e1', '2.5E-3', '7e-0', '1e308', '12345678901']
  const rnd = (n: number) => Math.floor(Math.random() * n)
  const tokens = [...fixed]
  for (let k = 0; k < 20000; k++) {
    const digits = (n: number) => Array.from({ length: n }, () => String(rnd(10))).join('')
    let t = (rnd(4) === 0 ? '-' : '') + digits(rnd(12))
    if (rnd(2)) t += '.' + digits(rnd(10))
    if (rnd(2)) t += (rnd(2) ? 'e' : 'E') + ['', '+', '-'][rnd(3)] + digits(rnd(4))
    tokens.push(t)
  }
  let fastCount = 0
  for (const t of tokens) {
    const r = both(t)
    if (r.fast === undefined) continue
    fastCount++
    assert.equal(r.fastEnd, t.length, t)
    assert.notEqual(r.slow, undefined, `${t}: the fast path took a value parseGoFloat rejects`)
    assert.ok(Object.is(r.fast, r.slow), `${t}: ${r.fast} vs ${r.slow}`)
  }
  assert.ok(fastCount > 5000, `fast path used ${fastCount} times`)
  // exponent forms the fast path leaves to parseGoFloat
  for (const t of ['5e', '5e+', '1e0005', '1e23', '1e-23', '1234567890123456e0']) assert.equal(both(t).fastEnd, -1, t)
  // a value ends at a blank
  const b = enc.encode('1.5e3 123')
  assert.equal(parser.plainDecimal(b, 0, b.length, false), 5)
  assert.equal(parser.floatResult, 1500)
})

test('IdentitySet: clear() forgets everything, across many generations and growth', () => {
  const s = new IdentitySet(16)
  for (let gen = 0; gen < 50; gen++) {
    const n = gen % 7 === 0 ? 5000 : 20 + gen
    for (let i = 0; i < n; i++) assert.equal(s.add(i * 2654435761, gen * 7 + i, i + 1), 0)
    assert.equal(s.size, n)
    for (let i = 0; i < n; i++) assert.equal(s.add(i * 2654435761, gen * 7 + i, 99), i + 1)
    assert.equal(s.get(n * 2654435761, gen * 7 + n), 0)
    s.clear()
    assert.equal(s.size, 0)
    for (let i = 0; i < n; i++) assert.equal(s.get(i * 2654435761, gen * 7 + i), 0)
  }
})

test('IdentitySet: the identity (0, 0) (an empty slot\'s bit pattern) is a member like any other', () => {
  const s = new IdentitySet(16)
  assert.equal(s.get(0, 0), 0)
  assert.equal(s.add(0, 0, 5), 0)
  assert.equal(s.add(0, 0, 9), 5)
  assert.equal(s.get(0, 0), 5)
  assert.equal(s.add(0, 1, 6), 0, '(0, 1) is another identity')
  for (let i = 1; i <= 100; i++) s.add(i, 0, i) // grows past (0, 0) kept aside
  assert.equal(s.size, 102)
  const seen: number[][] = []
  s.forEach((hi, lo, v) => { if (hi === 0) seen.push([lo, v]) })
  assert.deepEqual(seen.sort((a, b) => a[0] - b[0]), [[0, 5], [1, 6]])
  s.clear()
  assert.equal(s.get(0, 0), 0)
  assert.equal(s.add(0, 0, 7), 0)
})

test('the JIT warm-up before a large payload changes no finding, line or count', () => {
  // > 256 KiB, so the first push runs the warm-up (once per process); problems planted at known lines
  const lines = ['# TYPE big gauge']
  for (let i = 0; i < 6000; i++) lines.push(`big{pod="p${i}",zone="z${i % 3}",path="/a/b/c/${i}"} ${i}.5`)
  lines[1000] = 'big{pod="p998",zone="z2",path="/a/b/c/998"} 1' // duplicate of line 1000
  lines[3000] = 'big{pod="x" 1' // no comma: "1" read as a label name
  lines.push('# TYPE big_seconds histogram', 'big_seconds_bucket{le="1"} 2', 'big_seconds_bucket{le="0.5"} 1', 'big_seconds_bucket{le="+Inf"} 2', 'big_seconds_sum 1', 'big_seconds_count 2')
  const payload = enc.encode(lines.join('\n') + '\n')
  assert.ok(payload.length > 300 * 1024)
  const runOnce = () => {
    const v = createValidator({ file: 'payload', format: 'text-0.0.4', lints: false })
    for (let i = 0; i < payload.length; i += 100_000) v.push(payload.slice(i, i + 100_000))
    return v.end()
  }
  const first = runOnce() // warms up first
  const second = runOnce() // already warm
  assert.deepEqual(second, first)
  assert.equal(first.lines, lines.length)
  assert.equal(first.samples, 6000 - 1 + 5)
  assert.deepEqual(brief(first.findings), ['duplicate-series@1001:1', 'invalid-label-name@3001:13', 'histogram-buckets-out-of-order@6004:24'])
})

test('the JIT warm-up for OpenMetrics leaves no trace either', () => {
  const lines = ['# TYPE big gauge']
  for (let i = 0; i < 6000; i++) lines.push(`big{pod="p${i}",zone="z${i % 3}",path="/a/b/c/${i}"} ${i}.5`)
  lines[2000] = 'big{pod="p1998",zone="z0",path="/a/b/c/1998"} 1' // duplicate of line 2000
  lines.push('# EOF')
  const payload = enc.encode(lines.join('\n') + '\n')
  const runOnce = () => {
    const v = createValidator({ file: 'payload', format: 'openmetrics-1.0.0', lints: false })
    for (let i = 0; i < payload.length; i += 65_536) v.push(payload.slice(i, i + 65_536))
    return v.end()
  }
  const first = runOnce()
  assert.deepEqual(runOnce(), first)
  assert.equal(first.samples, 6000)
  assert.deepEqual(brief(first.findings), ['duplicate-series@2001:1'])
})

test('IdentitySet: a table sized from the last family (clear() keeps its size) holds, finds and lists the same entries', () => {
  const s = new IdentitySet(16)
  // family sizes: equal ones (the sized start is used), one past the size cap, a tiny one after a large one
  const sizes = [1593, 1593, 1593, 40000, 3, 1593, 9000, 9000, 1, 0, 700]
  sizes.forEach((n, fam) => {
    for (let i = 0; i < n; i++) assert.equal(s.add(i * 2654435761 + fam, fam * 100003 + i, i + 1), 0)
    assert.equal(s.size, n)
    for (let i = 0; i < n; i += 7) assert.equal(s.get(i * 2654435761 + fam, fam * 100003 + i), i + 1)
    assert.equal(s.add((n + 1) * 2654435761 + fam, fam * 100003 + n + 1, n + 2), 0)
    const seen = new Set<number>()
    s.forEach((hi, lo, v) => {
      assert.equal(hi, ((v - 1) * 2654435761 + fam) >>> 0)
      assert.equal(lo, (fam * 100003 + v - 1) >>> 0)
      seen.add(lo)
    })
    assert.equal(seen.size, n + 1)
    s.clear()
    for (let i = 0; i < n; i += 7) assert.equal(s.get(i * 2654435761 + fam, fam * 100003 + i), 0)
  })
})

test('a label value longer than the scan window: escapes and UTF-8 that straddle a window edge are read as one', () => {
  const WINDOW = 64 * 1024
  // windows start at the value's first byte: put each construct across the first window's edge
  for (const piece of ['\\n', '\\\\', '\\"', 'é', '✓', '𝄞']) {
    for (let shift = -3; shift <= 1; shift++) {
      const value = 'a'.repeat(WINDOW + shift) + piece + 'b'.repeat(WINDOW + 7) + piece + 'c'
      const line = `x{v="${value}"} 1`
      const findings = run(`# TYPE x gauge\n${line}\n${line}\n`, 'text-0.0.4', { limits: { labelValueLengthLimit: 1 } })
      // the same value twice is one series (the same identity however the windows fell), and nothing else is wrong
      const what = `${JSON.stringify(piece)} shift ${shift}`
      assert.deepEqual(brief(findings), ['label-value-length-limit-exceeded@2:6', 'duplicate-series@3:1'], what)
      // the unescaped length counts each escape once
      const bytes = new TextEncoder().encode(value).length - (piece.startsWith('\\') ? 2 : 0)
      assert.match(findings[0].message, new RegExp(`is ${bytes.toLocaleString("en-US")} bytes`), what)
    }
  }
  // an escape the spec does not define, right at a window edge, is reported at its column
  const before = 'a'.repeat(WINDOW - 1)
  const f = run(`x{v="${before}\\q"} 1\n`)
  assert.deepEqual(brief(f), [`invalid-escape-sequence@1:${5 + before.length + 1}`])
  // a byte that is not UTF-8 right after a window edge
  const bytes = new Uint8Array([...new TextEncoder().encode(`x{v="${'a'.repeat(WINDOW + 3)}`), 0xff, ...new TextEncoder().encode('"} 1\n')])
  assert.deepEqual(brief(run(bytes)), [`invalid-utf8@1:${5 + WINDOW + 3 + 1}`])
})

test('reuse of the previous line compares bytes exactly: 8 NUL bytes (+0.0 read as a double) are not 7 NULs and 0x80 (-0.0)', () => {
  const enc8 = (s: string, tail: number[]) => [...new TextEncoder().encode(s), ...tail]
  // the label from its name to its closing quote: `v="abcde` then 8 bytes at offset 8 (one 8-byte step of the compare)
  const first = enc8('x{v="abcde', [0, 0, 0, 0, 0, 0, 0, 0, ...new TextEncoder().encode('"} 1\n')])
  const second = enc8('x{v="abcde', [0, 0, 0, 0, 0, 0, 0, 0x80, ...new TextEncoder().encode('"} 2\n')])
  const alone = brief(run(new Uint8Array(first)))
  const both = brief(run(new Uint8Array([...first, ...second])))
  // line 2 holds a byte that is not UTF-8: it must be read, not taken over from line 1
  assert.deepEqual(both, [...alone, 'invalid-utf8@2:18'])
})
