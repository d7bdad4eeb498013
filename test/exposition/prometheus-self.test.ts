/**
 * Prometheus's own /metrics is a real payload with no error findings, in every format it serves: a real
 * `prometheus` (Debian package, 2.42 here) on 127.0.0.1 with a temporary TSDB and a config that scrapes
 * only itself on loopback, asked for text 0.0.4, OpenMetrics and delimited protobuf. Each body is
 * validated with the parser a real Prometheus picks from the response's Content-Type (negotiateFormat):
 * Prometheus 2.42's /metrics handler does not offer OpenMetrics and answers that request with text 0.0.4.
 * Lint findings (warnings) are allowed and printed as diagnostics. Skips when `prometheus` is not installed.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { negotiateFormat, validatePayload, type ValidationResult } from '../../src/exposition/index.js'
import { validateProtobuf } from '../../src/exposition/protobuf/index.js'
import type { Finding } from '../../src/finding.js'
import { freePort } from '../tools.js'

const PROMETHEUS = ['/usr/bin/prometheus', '/usr/local/bin/prometheus'].find((p) => existsSync(p))

const ACCEPT = {
  text: 'text/plain;version=0.0.4',
  openmetrics: 'application/openmetrics-text;version=1.0.0',
  protobuf: 'application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited',
} as const


function show(findings: Finding[]): string {
  return findings.slice(0, 8).map((f) => `${f.severity} ${f.rule}@${f.location.line}:${f.location.column} ${f.message}`).join('\n')
}

/** Wait (bounded) until the server answers /-/ready, or the process exits. */
async function waitReady(base: string, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with status ${child.exitCode}`)
    try {
      const res = await fetch(`${base}/-/ready`, { signal: AbortSignal.timeout(2_000) })
      await res.arrayBuffer()
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`prometheus did not become ready within ${ms} ms`)
}

async function fetchAs(base: string, accept: string): Promise<{ contentType: string; body: Uint8Array }> {
  const res = await fetch(`${base}/metrics`, { headers: { Accept: accept }, signal: AbortSignal.timeout(10_000) })
  assert.equal(res.status, 200)
  return { contentType: res.headers.get('content-type') ?? '', body: new Uint8Array(await res.arrayBuffer()) }
}

test("Prometheus's own /metrics (text, OpenMetrics request, protobuf): no error findings", {
  skip: PROMETHEUS ? false : 'prometheus is not installed', timeout: 60_000,
}, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'promgate-prom-self-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  writeFileSync(join(dir, 'prometheus.yml'), [
    'global:', '  scrape_interval: 1s', 'scrape_configs:', '  - job_name: self', '    static_configs:',
    `      - targets: ['127.0.0.1:${port}']`, '',
  ].join('\n'))
  const child = spawn(PROMETHEUS!, [
    `--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`,
  ], { stdio: 'ignore' })
  try {
    await waitReady(base, child, 20_000)
    // Let it scrape itself a few times so the scrape and TSDB families have samples.
    await new Promise((r) => setTimeout(r, 2_500))
    const results: Record<string, ValidationResult> = {}
    for (const [kind, accept] of Object.entries(ACCEPT)) {
      const { contentType, body } = await fetchAs(base, accept)
      const { format } = negotiateFormat({ contentType, scrapeProtocols: [], prometheusVersion: '3.5' })
      assert.ok(format, `${kind}: no parser for Content-Type ${contentType}`)
      if (kind === 'protobuf') assert.equal(format, 'protobuf', contentType)
      else assert.match(format, kind === 'text' ? /^text-/ : /^(text-|openmetrics)/, contentType)
      const file = `prometheus-${kind}`
      const r = format === 'protobuf' ? validateProtobuf(body, { file }) : validatePayload(body, { file, format })
      results[kind] = r
      const errors = r.findings.filter((f) => f.severity === 'error')
      const others = r.findings.filter((f) => f.severity !== 'error')
      t.diagnostic(`${kind}: Content-Type ${contentType} → ${format}; ${body.length} bytes, ${r.families} families, ` +
        `${r.samples} samples, ${errors.length} errors, ${others.length} warnings/info` +
        (others.length ? `\n${show(others)}` : ''))
      assert.equal(errors.length, 0, `${kind}:\n${show(errors)}`)
      assert.ok(r.families > 50, `${kind}: only ${r.families} families: not Prometheus's own /metrics?`)
    }
    // the families Prometheus always exposes about itself
    const text = new TextDecoder().decode((await fetchAs(base, ACCEPT.text)).body)
    for (const name of ['prometheus_build_info', 'prometheus_http_requests_total', 'prometheus_tsdb_head_series']) {
      assert.match(text, new RegExp(`^${name}[{ ]`, 'm'), name)
    }
    assert.ok(results.protobuf!.families >= results.text!.families - 5, 'protobuf and text describe the same families')
  } finally {
    child.kill('SIGTERM')
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const timer = setTimeout(() => { child.kill('SIGKILL'); resolve() }, 5_000)
      child.once('exit', () => { clearTimeout(timer); resolve() })
    })
    rmSync(dir, { recursive: true, force: true })
  }
})
