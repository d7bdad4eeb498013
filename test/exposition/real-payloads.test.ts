/**
 * Real payloads are accepted with no error findings: a live prometheus-node-exporter and the Python
 * reference client's output in both formats. Skips (with the reason) when a tool is not installed.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { validatePayload, type ExpositionFormat } from '../../src/exposition/index.js'
import type { Finding } from '../../src/finding.js'
import { freePort } from '../tools.js'

function errorsOf(bytes: Uint8Array, format: ExpositionFormat, file: string): Finding[] {
  return validatePayload(bytes, { file, format }).findings.filter((f) => f.severity === 'error')
}

function show(findings: Finding[]): string {
  return findings.slice(0, 5).map((f) => `${f.rule}@${f.location.line}:${f.location.column} ${f.message} | ${f.payload?.text}`).join('\n')
}


const NODE_EXPORTER = ['/usr/bin/prometheus-node-exporter', '/usr/sbin/prometheus-node-exporter'].find((p) => existsSync(p))

test('live prometheus-node-exporter: no error findings', { skip: NODE_EXPORTER ? false : 'prometheus-node-exporter not installed', timeout: 30_000 }, async () => {
  const port = await freePort()
  const child = spawn(NODE_EXPORTER!, [`--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' })
  try {
    let body: Uint8Array | undefined
    let contentType = ''
    const deadline = Date.now() + 15_000
    while (!body && Date.now() < deadline) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
          headers: { Accept: 'text/plain;version=0.0.4;q=0.9,*/*;q=0.1' }, signal: AbortSignal.timeout(5_000),
        })
        if (res.ok) {
          contentType = res.headers.get('content-type') ?? ''
          body = new Uint8Array(await res.arrayBuffer())
        }
      } catch {
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    assert.ok(body, 'node exporter did not answer within 15 s')
    assert.match(contentType, /text\/plain/)
    assert.ok(body.length > 10_000, `suspiciously small payload (${body.length} bytes)`)
    const errors = errorsOf(body, 'text-0.0.4', 'node-exporter')
    assert.equal(errors.length, 0, show(errors))
    // and as OpenMetrics when the exporter offers it
    const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
      headers: { Accept: 'application/openmetrics-text;version=1.0.0' }, signal: AbortSignal.timeout(5_000),
    })
    const om = new Uint8Array(await res.arrayBuffer())
    if ((res.headers.get('content-type') ?? '').includes('openmetrics')) {
      const omErrors = errorsOf(om, 'openmetrics-1.0.0', 'node-exporter-om')
      assert.equal(omErrors.length, 0, show(omErrors))
    }
  } finally {
    child.kill('SIGTERM')
  }
})

const PY = '/usr/bin/python3'
const hasPythonClient = existsSync(PY) && spawnSync(PY, ['-c', 'import prometheus_client'], { timeout: 10_000 }).status === 0

const SCRIPT = `
import sys
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Summary, Info, Enum, generate_latest
from prometheus_client.openmetrics.exposition import generate_latest as om_latest
r = CollectorRegistry()
c = Counter('http_requests', 'Requests served, by "code"\\\\and path', ['code', 'path'], registry=r)
c.labels('200', '/a').inc(3)
c.labels('500', '/b\\n"q"').inc()
g = Gauge('temperature_celsius', 'Temperature', unit='celsius', registry=r)
g.set(-3.5)
h = Histogram('request_duration_seconds', 'Latency', ['method'], registry=r)
for v in (0.01, 0.2, 3, 12):
    h.labels('GET').observe(v)
h.labels('POST').observe(0.5)
s = Summary('payload_bytes', 'Payload size', registry=r)
s.observe(100)
i = Info('build', 'Build info', registry=r)
i.info({'version': '1.2.3', 'revision': 'abc'})
e = Enum('state', 'State', states=['a', 'b'], registry=r)
e.state('b')
c2 = Counter('jobs', 'Jobs', registry=r)
c2.inc(2, exemplar={'trace_id': 'abc123'})
sys.stdout.buffer.write((om_latest if sys.argv[1] == 'om' else generate_latest)(r))
`

for (const [mode, format] of [['text', 'text-0.0.4'], ['om', 'openmetrics-1.0.0']] as const) {
  test(`python prometheus_client ${mode} output: no error findings`, { skip: hasPythonClient ? false : 'python3-prometheus-client not installed for /usr/bin/python3' }, () => {
    const r = spawnSync(PY, ['-c', SCRIPT, mode], { timeout: 20_000 })
    assert.equal(r.status, 0, r.stderr.toString())
    const body = new Uint8Array(r.stdout)
    assert.ok(body.length > 500)
    const findings = validatePayload(body, { file: `python-${mode}`, format }).findings
    const errors = findings.filter((f) => f.severity === 'error')
    assert.equal(errors.length, 0, show(errors))
    if (format === 'openmetrics-1.0.0') assert.match(r.stdout.toString(), /# \{trace_id="abc123"\}/)
  })
}
