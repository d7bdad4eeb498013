import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { scrapeTarget, type ScrapeOptions } from '../../src/scrape/scrape-target.js'
import { resolveTargets } from '../../src/targets/resolve-targets.js'
import type { ScrapeJob } from '../../src/config/model.js'
import { makeJob } from '../targets/helpers.js'
import { closedPort, fakeValidator, httpServer, METRICS, sendMetrics, tcpServer, type Running } from './fixtures.js'

let ws: string
const servers: Running[] = []
before(() => {
  ws = realpathSync(mkdtempSync(join(tmpdir(), 'promgate-scrape-')))
  mkdirSync(join(ws, 'secrets'))
  writeFileSync(join(ws, 'secrets', 'password'), 's3cret-PASS\n')
  writeFileSync(join(ws, 'secrets', 'token'), 'tok-ABC123\n')
})
after(async () => {
  await Promise.all(servers.map((s) => s.close()))
  rmSync(ws, { recursive: true, force: true })
})

async function serve(handler: Parameters<typeof httpServer>[0]): Promise<Running> {
  const s = await httpServer(handler)
  servers.push(s)
  return s
}

function options(over: Partial<ScrapeOptions> = {}): ScrapeOptions {
  return { allow: [], prometheusVersion: '3.5', configDir: ws, workspace: ws, createValidator: fakeValidator(), ...over }
}

async function scrape(address: string, job: Partial<ScrapeJob> = {}, over: Partial<ScrapeOptions> = {}) {
  const j = makeJob({ targets: [address], ...job })
  const { targets } = resolveTargets(j, { configDir: ws, workspace: ws, prometheusVersion: over.prometheusVersion ?? '3.5' })
  assert.equal(targets.length, 1, 'fixture target resolves')
  const outcome = await scrapeTarget(targets[0], j, options(over))
  return { outcome, target: targets[0] }
}

function only(outcome: { findings: { rule: string }[] }, rule: string) {
  assert.deepEqual(outcome.findings.map((f) => f.rule), [rule], JSON.stringify(outcome.findings, null, 1))
  return outcome.findings[0] as import('../../src/finding.js').Finding
}

test('a healthy target: Prometheus headers, samples, no findings', async () => {
  const s = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    sendMetrics(res)
  })
  const seen = { bytes: 0, format: undefined as string | undefined }
  const { outcome } = await scrape(`127.0.0.1:${s.port}`, { params: { module: ['x'] } }, { createValidator: fakeValidator(seen) })
  assert.deepEqual(outcome.findings, [])
  assert.equal(outcome.ok, true)
  assert.equal(outcome.status, 200)
  assert.equal(outcome.samples, 2)
  assert.equal(seen.bytes, Buffer.byteLength(METRICS))
  const h = s.requests[0].headers
  assert.equal(s.requests[0].url, '/metrics?module=x')
  assert.equal(h.accept, 'application/openmetrics-text;version=1.0.0;escaping=allow-utf-8;q=0.6,application/openmetrics-text;version=0.0.1;q=0.5,text/plain;version=1.0.0;escaping=allow-utf-8;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.2')
  assert.equal(h['accept-encoding'], 'gzip')
  assert.equal(h['user-agent'], 'Prometheus/3.5.0')
  assert.equal(h['x-prometheus-scrape-timeout-seconds'], '10')
  assert.equal(h.authorization, undefined)
})

test('Accept header of Prometheus 2.53 and 2.42, identity encoding without compression', async () => {
  const s = await serve((_req, res) => sendMetrics(res))
  await scrape(`127.0.0.1:${s.port}`, { scrapeProtocols: ['OpenMetricsText1.0.0', 'OpenMetricsText0.0.1', 'PrometheusText0.0.4'], enableCompression: false, scrapeTimeoutMs: 1500 }, { prometheusVersion: '2.53' })
  await scrape(`127.0.0.1:${s.port}`, {}, { prometheusVersion: '2.42' })
  assert.equal(s.requests[0].headers.accept, 'application/openmetrics-text;version=1.0.0;q=0.5,application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.2')
  assert.equal(s.requests[0].headers['accept-encoding'], 'identity')
  assert.equal(s.requests[0].headers['x-prometheus-scrape-timeout-seconds'], '1.5')
  assert.equal(s.requests[1].headers.accept, 'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1')
  assert.equal(s.requests[1].headers['user-agent'], 'Prometheus/2.42.0')
})

test('gzip bodies are decompressed; payload findings land on the target line with the payload line', async () => {
  const s = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4', 'content-encoding': 'gzip' })
    res.end(gzipSync(METRICS + 'BAD\n'))
  })
  const { outcome, target } = await scrape(`127.0.0.1:${s.port}`, { httpHeaders: { 'X-Team': ['obs'] } })
  assert.equal(s.requests[0].headers['x-team'], 'obs')
  const f = only(outcome, 'exposition/invalid-line')
  assert.deepEqual(f.location, target.span)
  assert.equal(f.payload?.line, 5)
  assert.deepEqual(f.scrape, { job: 'node', target: target.url, layer: 'format' })
  assert.equal(outcome.ok, false)
  assert.equal(outcome.layer, 'format')
})

test('connection refused: network layer, on the target line', async () => {
  const port = await closedPort()
  const { outcome, target } = await scrape(`127.0.0.1:${port}`)
  const f = only(outcome, 'scrape/connection-refused')
  assert.equal(outcome.layer, 'network')
  assert.deepEqual(f.location, target.span)
  assert.equal(f.scrape?.layer, 'network')
  assert.match(f.message, new RegExp(`127\\.0\\.0\\.1:${port} refused`))
  assert.ok(f.hint)
})

test('a server that never answers is bounded by scrape_timeout', async () => {
  const s = await tcpServer(() => {})
  servers.push(s)
  const t0 = Date.now()
  const { outcome } = await scrape(`127.0.0.1:${s.port}`, { scrapeTimeoutMs: 400 })
  const f = only(outcome, 'scrape/timeout')
  assert.ok(Date.now() - t0 < 3000)
  assert.match(f.message, /sent no response within scrape_timeout \(400ms\)/)
  assert.match(f.hint ?? '', /scrape_timeout/)
})

test('a body that trickles forever is cut at the deadline', async () => {
  const s = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.write('a 1\n')
    const t = setInterval(() => res.write('b 2\n'), 50)
    res.on('close', () => clearInterval(t))
  })
  const { outcome } = await scrape(`127.0.0.1:${s.port}`, { scrapeTimeoutMs: 500 })
  const f = only(outcome, 'scrape/timeout')
  assert.match(f.message, /did not finish sending the body/)
  assert.equal(outcome.layer, 'endpoint')
})

test('an endless body stops at body_size_limit, and at promgate\'s own cap', async () => {
  const s = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    const chunk = Buffer.alloc(64 * 1024, 'x 1\n')
    const pump = (): void => {
      while (res.write(chunk)) { /* fill the buffer */ }
    }
    res.on('drain', pump)
    pump()
  })
  const limited = await scrape(`127.0.0.1:${s.port}`, { bodySizeLimitBytes: 1024 * 1024 })
  assert.match(only(limited.outcome, 'scrape/body-too-large').message, /body_size_limit \(1048576 bytes\)/)
  const capped = await scrape(`127.0.0.1:${s.port}`, {}, { maxBodyBytes: 2 * 1024 * 1024 })
  assert.match(only(capped.outcome, 'scrape/body-too-large').message, /promgate's own cap/)
})

test('a body of exactly body_size_limit bytes fails, as in Prometheus; one byte less passes', async () => {
  const s = await serve((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    res.end(req.url === '/exact' ? 'a 1\n# ' + 'c'.repeat(1017) + '\n' : 'a 1\n# ' + 'c'.repeat(1016) + '\n')
  })
  const exact = await scrape(`127.0.0.1:${s.port}`, { bodySizeLimitBytes: 1024, metricsPath: '/exact' })
  assert.match(only(exact.outcome, 'scrape/body-too-large').message, /body_size_limit \(1024 bytes\)/)
  const under = await scrape(`127.0.0.1:${s.port}`, { bodySizeLimitBytes: 1024, metricsPath: '/under' })
  assert.equal(under.outcome.ok, true, JSON.stringify(under.outcome.findings.map((f) => f.rule)))
})

test('a gzip bomb is stopped at the decompressed cap; broken gzip is diagnosed', async () => {
  const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x41))
  assert.ok(bomb.length < 1024 * 1024)
  const s = await serve((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
    res.end(req.url === '/broken' ? Buffer.from('not gzip at all') : bomb)
  })
  const before = process.memoryUsage().rss
  const { outcome } = await scrape(`127.0.0.1:${s.port}`, {}, { maxBodyBytes: 4 * 1024 * 1024 })
  only(outcome, 'scrape/body-too-large')
  assert.ok(process.memoryUsage().rss - before < 150 * 1024 * 1024)
  const broken = await scrape(`127.0.0.1:${s.port}`, { metricsPath: '/broken' })
  assert.match(only(broken.outcome, 'scrape/invalid-encoding').message, /not valid gzip/)
})

test('garbage that is not HTTP', async () => {
  const s = await tcpServer((sock) => {
    sock.on('error', () => {})
    sock.end('SSH-2.0-OpenSSH_9.2\r\nProtocol mismatch.\r\n')
  })
  servers.push(s)
  const { outcome } = await scrape(`127.0.0.1:${s.port}`)
  const f = outcome.findings[0]
  assert.ok(['scrape/not-http', 'scrape/connection-closed'].includes(f.rule), f.rule)
  assert.equal(f.rule, 'scrape/not-http')
})

test('401 with basic_auth configured: wrong password; right password passes; secrets never in findings', async () => {
  const good = 'Basic ' + Buffer.from('prom:s3cret-PASS').toString('base64')
  const s = await serve((req, res) => {
    if (req.headers.authorization !== good) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="metrics"' })
      return res.end('unauthorized')
    }
    sendMetrics(res)
  })
  const wrong = await scrape(`127.0.0.1:${s.port}`, { basicAuth: { username: 'prom', password: 'nope-WRONG' } })
  const f = only(wrong.outcome, 'scrape/unauthorized')
  assert.equal(f.scrape?.layer, 'auth')
  assert.match(f.message, /rejected the basic_auth username or password/)
  assert.match(f.hint ?? '', /password_file/)
  assert.ok(!JSON.stringify(wrong.outcome).includes('nope-WRONG'))
  const right = await scrape(`127.0.0.1:${s.port}`, { basicAuth: { username: 'prom', passwordFile: 'secrets/password' } })
  assert.deepEqual(right.outcome.findings, [])
  assert.equal(right.outcome.ok, true)
})

test('401 without credentials: WWW-Authenticate says Basic or Bearer; 403 is forbidden', async () => {
  const s = await serve((req, res) => {
    if (req.url === '/basic') res.writeHead(401, { 'www-authenticate': 'Basic realm="ops"' })
    else if (req.url === '/bearer') res.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' })
    else res.writeHead(403)
    res.end()
  })
  const basic = only((await scrape(`127.0.0.1:${s.port}`, { metricsPath: '/basic' })).outcome, 'scrape/unauthorized')
  assert.match(basic.message, /asks for Basic authentication \(realm "ops"\)/)
  assert.match(basic.hint ?? '', /basic_auth:\n\s+username: prometheus\n\s+password_file:/)
  const bearer = only((await scrape(`127.0.0.1:${s.port}`, { metricsPath: '/bearer' })).outcome, 'scrape/unauthorized')
  assert.match(bearer.hint ?? '', /authorization:\n\s+type: Bearer\n\s+credentials_file:/)
  const token = await scrape(`127.0.0.1:${s.port}`, { metricsPath: '/bearer', authorization: { type: 'Bearer', credentialsFile: 'secrets/token' } })
  assert.equal(s.requests.at(-1)?.headers.authorization, 'Bearer tok-ABC123')
  assert.match(only(token.outcome, 'scrape/unauthorized').message, /rejected the "Bearer" credentials/)
  assert.ok(!JSON.stringify(token.outcome).includes('tok-ABC123'))
  const forbidden = only((await scrape(`127.0.0.1:${s.port}`, { metricsPath: '/x' })).outcome, 'scrape/forbidden')
  assert.equal(forbidden.scrape?.layer, 'auth')
})

test('a password_file outside the workspace is refused before any connection', async () => {
  const s = await serve((_req, res) => sendMetrics(res))
  const outside = realpathSync(mkdtempSync(join(tmpdir(), 'promgate-outside-')))
  writeFileSync(join(outside, 'pw'), 'x')
  try {
    const r = await scrape(`127.0.0.1:${s.port}`, { basicAuth: { username: 'u', passwordFile: join(outside, 'pw') } })
    assert.match(only(r.outcome, 'scrape/file-unreadable').message, /resolves outside the workspace/)
    const missing = await scrape(`127.0.0.1:${s.port}`, { basicAuth: { username: 'u', passwordFile: 'secrets/missing' } })
    assert.match(only(missing.outcome, 'scrape/file-unreadable').message, /cannot be read \(ENOENT\)/)
    assert.equal(s.requests.length, 0)
  } finally {
    rmSync(outside, { recursive: true, force: true })
  }
})

test('404: the usual paths are probed with the same auth and the one serving metrics is suggested', async () => {
  const s = await serve((req, res) => {
    if (req.url === '/actuator/prometheus' && req.headers.authorization) {
      res.writeHead(200, { 'content-type': 'text/plain' })
      return sendMetrics(res)
    }
    if (req.url === '/prometheus') {
      res.writeHead(200, { 'content-type': 'text/html' })
      return res.end('<html>dashboard</html>')
    }
    res.writeHead(404)
    res.end('not found')
  })
  const { outcome } = await scrape(`127.0.0.1:${s.port}`, { basicAuth: { username: 'a', password: 'b' } })
  const f = only(outcome, 'scrape/not-found')
  assert.equal(f.scrape?.layer, 'endpoint')
  assert.match(f.message, /serves metrics at \/actuator\/prometheus/)
  assert.equal(f.hint, 'In the job, write:\n  metrics_path: /actuator/prometheus')
  assert.equal(outcome.status, 404)

  const nothing = await serve((_req, res) => {
    res.writeHead(404)
    res.end()
  })
  const none = only((await scrape(`127.0.0.1:${nothing.port}`, { metricsPath: '/custom' })).outcome, 'scrape/not-found')
  assert.match(none.message, /none of \/metrics, \/actuator\/prometheus, \/prometheus\/metrics, \/prometheus, \/q\/metrics/)
})

test('500 quotes the first line of the body; 204 is an unexpected status', async () => {
  const s = await serve((req, res) => {
    res.writeHead(req.url === '/metrics' ? 500 : 204)
    res.end(req.url === '/metrics' ? 'collector "db" failed: connection refused\nstack...' : undefined)
  })
  const e = only((await scrape(`127.0.0.1:${s.port}`)).outcome, 'scrape/server-error')
  assert.match(e.message, /answered 500 Internal Server Error: collector "db" failed/)
  const u = only((await scrape(`127.0.0.1:${s.port}`, { metricsPath: '/x' })).outcome, 'scrape/unexpected-status')
  assert.match(u.message, /204 No Content; Prometheus accepts only 200 OK/)
})

test('redirects: followed to an allowed host, refused to a disallowed one, reported when not followed, loops stopped', async () => {
  const s = await serve((req, res) => {
    if (req.url === '/metrics') res.writeHead(302, { location: '/real' })
    else if (req.url === '/away') res.writeHead(301, { location: 'http://10.11.12.13:9100/metrics' })
    else if (req.url === '/meta') res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' })
    else if (req.url === '/loop') res.writeHead(302, { location: '/loop' })
    else return sendMetrics(res)
    res.end()
  })
  const ok = await scrape(`127.0.0.1:${s.port}`)
  assert.deepEqual(ok.outcome.findings, [])
  assert.equal(s.requests.at(-1)?.url, '/real')

  const away = only((await scrape(`127.0.0.1:${s.port}`, { metricsPath: '/away' })).outcome, 'scrape/host-not-allowed')
  assert.match(away.message, /redirected to 10\.11\.12\.13/)
  const meta = only((await scrape(`127.0.0.1:${s.port}`, { metricsPath: '/meta' })).outcome, 'scrape/host-not-allowed')
  assert.match(meta.message, /metadata/)

  const notFollowed = only((await scrape(`127.0.0.1:${s.port}`, { followRedirects: false })).outcome, 'scrape/redirect')
  assert.match(notFollowed.message, /redirects \(302\) to http:\/\/127\.0\.0\.1:\d+\/real/)
  assert.match(notFollowed.hint ?? '', /metrics_path: \/real/)
  const loop = only((await scrape(`127.0.0.1:${s.port}`, { metricsPath: '/loop' })).outcome, 'scrape/redirect')
  assert.match(loop.message, /stopped after 10 redirects/)
})

test('DNS failure for a name that never resolves (.invalid)', async () => {
  // The resolver is stood in for: the machine's nameserver is not on loopback, and tests send nothing
  // off loopback. It fails exactly as dns.lookup does for an unknown name.
  const lookup = async (h: string): Promise<{ address: string; family: number }[]> => {
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${h}`), { code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname: h })
  }
  const { outcome } = await scrape('no-such-exporter.invalid:9100', {}, { lookup })
  const f = only(outcome, 'scrape/dns-failure')
  assert.match(f.message, /"no-such-exporter\.invalid" does not resolve/)
})

test('link-local and metadata addresses are refused without any lookup or connection, whatever is allowed', async () => {
  const lookups: string[] = []
  const lookup = async (h: string) => {
    lookups.push(h)
    return [{ address: '127.0.0.1', family: 4 }]
  }
  for (const address of ['169.254.169.254:80', '[fe80::1]:9100', '100.100.100.200:80', '[::ffff:169.254.169.254]:80', '[fd00:ec2::254]:80']) {
    const t0 = Date.now()
    const { outcome } = await scrape(address, {}, { lookup, allow: ['169.254.0.0/16', '0.0.0.0/0', '::/0'] })
    const f = only(outcome, 'scrape/host-not-allowed')
    assert.match(f.message, /link-local or cloud metadata/, address)
    // refused before dialing: a connection attempt would wait for the 10 s default scrape_timeout
    assert.ok(Date.now() - t0 < 5000)
  }
  assert.deepEqual(lookups, [])
})

test('the IP is checked when dialing: a name that resolves to a refused address (rebinding) is not reached', async () => {
  const s = await serve((_req, res) => sendMetrics(res))
  const answers: Record<string, string> = { 'rebind.test': '169.254.169.254', 'private.test': '10.0.0.5', 'loop.test': '127.0.0.1' }
  const lookup = async (h: string) => [{ address: answers[h] ?? '192.0.2.1', family: 4 }]
  const rebind = only((await scrape(`rebind.test:${s.port}`, {}, { lookup, allow: ['rebind.test'] })).outcome, 'scrape/host-not-allowed')
  assert.match(rebind.message, /169\.254\.169\.254/)
  const priv = only((await scrape(`private.test:${s.port}`, {}, { lookup })).outcome, 'scrape/host-not-allowed')
  assert.match(priv.hint ?? '', /allow: private\.test/)
  const loop = await scrape(`loop.test:${s.port}`, {}, { lookup })
  assert.deepEqual(loop.outcome.findings, [])
  assert.equal(s.requests.length, 1)
  assert.equal(s.requests[0].headers.host, `loop.test:${s.port}`)
})

test('a 10.x target is refused by default and reached when allowed by CIDR', async () => {
  const lookup = async () => [{ address: '127.0.0.1', family: 4 }]
  const refused = only((await scrape('10.1.2.3:9100', {}, { lookup })).outcome, 'scrape/host-not-allowed')
  assert.match(refused.message, /not an allowed scrape destination; promgate did not connect/)
})

test('http_headers files are read from the workspace; the escaping scheme reaches the Accept header', async () => {
  const s = await serve((_req, res) => sendMetrics(res))
  const { outcome } = await scrape(`127.0.0.1:${s.port}`, {
    metricNameEscapingScheme: 'underscores',
    httpHeaderFiles: { 'X-Token': [join(ws, 'secrets', 'token')] },
    httpHeaders: { 'User-Agent': ['spoof'] },
  })
  assert.deepEqual(outcome.findings, [])
  const h = s.requests[0].headers
  assert.equal(h['x-token'], 'tok-ABC123')
  assert.equal(h['user-agent'], 'Prometheus/3.5.0')
  assert.match(String(h.accept), /^application\/openmetrics-text;version=1\.0\.0;escaping=underscores;q=0\.6,/)
  const outside = await scrape(`127.0.0.1:${s.port}`, { httpHeaderFiles: { 'X-Token': ['/etc/hostname'] } })
  assert.match(only(outside.outcome, 'scrape/file-unreadable').message, /http_headers\.X-Token\.files "\/etc\/hostname" resolves outside/)
})

test('a target that echoes the credentials in its error page does not get them into a finding', async () => {
  const s = await serve((req, res) => {
    res.writeHead(500)
    res.end(`debug: got Authorization ${req.headers.authorization} (${Buffer.from(String(req.headers.authorization).slice(6), 'base64')})`)
  })
  const { outcome } = await scrape(`127.0.0.1:${s.port}`, { basicAuth: { username: 'prom', passwordFile: 'secrets/password' } })
  const f = only(outcome, 'scrape/server-error')
  const text = JSON.stringify(outcome)
  assert.ok(!text.includes('s3cret-PASS'), text)
  assert.ok(!text.includes(Buffer.from('prom:s3cret-PASS').toString('base64')), text)
  assert.match(f.message, /\[redacted\]/)
})

test('every allowed address of a name is tried, as Go dials: ::1 refused, 127.0.0.1 answers', async () => {
  const s = await serve((_req, res) => sendMetrics(res))
  const lookup = async () => [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]
  const { outcome } = await scrape(`dual.test:${s.port}`, {}, { lookup })
  assert.deepEqual(outcome.findings, [])
  assert.equal(outcome.ok, true)
})

test('a TLS handshake that never completes is a tls-phase timeout', async () => {
  const s = await tcpServer(() => {}) // accepts TCP, never says anything
  servers.push(s)
  const { outcome } = await scrape(`127.0.0.1:${s.port}`, { scheme: 'https', scrapeTimeoutMs: 400 })
  const f = only(outcome, 'scrape/timeout')
  assert.match(f.message, /TLS handshake did not finish/)
  assert.equal(f.scrape?.layer, 'tls')
})
