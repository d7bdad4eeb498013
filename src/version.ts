/** promgate's own version. Scrapes identify as Prometheus, as the real one would. */
export const VERSION = '0.1.0'

/** The Prometheus minor promgate mirrors when the user names none: the current 3.x release. */
export const DEFAULT_PROMETHEUS_VERSION = '3.14'

/**
 * A Prometheus version as one comparable number, major * 1000 + minor: "2.42" -> 2042. Absent or
 * unreadable -> 3999 (the current 3.x, promgate's default).
 */
export function versionNumber(version: string | undefined): number {
  const m = version ? /^v?(\d+)(?:\.(\d+))?/.exec(version) : null
  return m ? Number(m[1]) * 1000 + Math.min(Number(m[2] ?? 0), 999) : 3999
}
