/** Value syntaxes Prometheus uses in its config: durations, byte sizes, versions, label names. */

const DURATION_RE = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/
const UNIT_MS = [365 * 86400_000, 7 * 86400_000, 86400_000, 3600_000, 60_000, 1000, 1]
/** Go's time.Duration holds at most ~292 years. */
const MAX_DURATION_MS = 9_223_372_036_854

/** Prometheus's model.ParseDuration: `1h30m`, `90s`, `0`; no fractions, no spaces, no sign. */
export function parseDuration(s: string): number | undefined {
  if (s === '0') return 0
  if (s === '') return undefined
  const m = DURATION_RE.exec(s)
  if (!m) return undefined
  let total = 0
  for (let i = 0; i < UNIT_MS.length; i++) {
    const g = m[i + 1]
    if (g !== undefined) total += Number(g) * UNIT_MS[i]
  }
  if (total > MAX_DURATION_MS) return undefined
  return total
}

/** Suggest a correct spelling for a common wrong duration ("30" → "30s", "1.5h" → "1h30m", "5 m" → "5m"). */
export function suggestDuration(s: string): string | undefined {
  const t = s.trim().replace(/\s+/g, '')
  if (/^\d+$/.test(t)) return `${t}s`
  const frac = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)$/.exec(t)
  if (frac) {
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3600_000, d: 86400_000, w: 7 * 86400_000, y: 365 * 86400_000 }[frac[2]]!
    return formatDuration(Math.round(Number(frac[1]) * unit))
  }
  const lower = t.toLowerCase()
  if (lower !== t && parseDuration(lower) !== undefined) return lower
  const go = /^(\d+)(sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days)$/.exec(lower)
  if (go) {
    const u = go[2][0] === 's' ? 's' : go[2].startsWith('mi') ? 'm' : go[2][0] === 'h' ? 'h' : 'd'
    return `${go[1]}${u}`
  }
  if (t.startsWith('-')) return t.slice(1) && parseDuration(t.slice(1)) !== undefined ? t.slice(1) : undefined
  if (t !== s && parseDuration(t) !== undefined) return t
  return undefined
}

export function formatDuration(ms: number): string {
  if (ms === 0) return '0s'
  let out = ''
  const units: [string, number][] = [['d', 86400_000], ['h', 3600_000], ['m', 60_000], ['s', 1000], ['ms', 1]]
  let rest = ms
  for (const [u, v] of units) {
    if (rest >= v) {
      out += `${Math.floor(rest / v)}${u}`
      rest %= v
    }
  }
  return out
}

const SIZE_UNITS: Record<string, number> = {
  B: 1,
  KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4, PB: 1024 ** 5, EB: 1024 ** 6,
  KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4, PiB: 1024 ** 5, EiB: 1024 ** 6,
}

/** alecthomas/units ParseBase2Bytes as Prometheus uses it for body_size_limit: `0`, `10MB`, `1GiB`, `1GB512MB`. */
export function parseSize(s: string): number | undefined {
  if (s === '0') return 0
  if (s === '') return undefined
  const re = /(\d+(?:\.\d+)?)([A-Za-z]+)/y
  let pos = 0
  let total = 0
  while (pos < s.length) {
    re.lastIndex = pos
    const m = re.exec(s)
    if (!m) return undefined
    const unit = SIZE_UNITS[m[2]]
    if (unit === undefined) return undefined
    total += Number(m[1]) * unit
    pos = re.lastIndex
  }
  return Math.floor(total)
}

export type Version = [number, number]

export function parseVersion(v: string | undefined, fallback: Version): Version {
  const m = /^v?(\d+)\.(\d+)/.exec(v ?? '')
  return m ? [Number(m[1]), Number(m[2])] : fallback
}

export function cmpVersion(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1]
}

export const LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/

/** A label name Prometheus accepts under the UTF-8 scheme: non-empty and valid UTF-8 (no lone surrogates). */
export function isUtf8LabelName(s: string): boolean {
  return s.length > 0 && !/[\uD800-\uDFFF]/u.test(s) && !s.includes('\uFFFD')
}
