// Helpers shared by tests that drive real tools (promtool, prometheus, exporters) on loopback.
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:net'

/** The path of `cmd` on PATH, or undefined. */
export function which(cmd: string): string | undefined {
  try {
    return execFileSync('which', [cmd], { encoding: 'utf8', timeout: 5000 }).trim() || undefined
  } catch {
    return undefined
  }
}

/**
 * promtool 2.42 (the Debian package the differential tests are written against): its path, and a skip
 * reason when it is missing or another version.
 */
export function promtool242(): { promtool: string | undefined; skip: string | false } {
  const promtool = which('promtool')
  const version = promtool ? execFileSync(promtool, ['--version'], { encoding: 'utf8', timeout: 10_000 }) : ''
  const skip = !promtool ? 'promtool not installed' : !/version 2\.42\./.test(version) ? `promtool is not 2.42 (${version.split('\n')[0]})` : false
  return { promtool, skip }
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}
