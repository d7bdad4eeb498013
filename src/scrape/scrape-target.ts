/**
 * Scrape one target the way Prometheus would — every HTTP setting of the job, Prometheus's headers,
 * scrape_timeout as a hard deadline over connect, headers and body, body_size_limit — and turn any
 * failure into a finding in its layer (network → tls/auth → endpoint → format) with the cause and the
 * fix. The payload streams into the exposition validator as it arrives. Never throws for a target's
 * failure; credentials never appear in a finding.
 */
import { performance } from 'node:perf_hooks'
import { createGunzip } from 'node:zlib'
import { isIP } from 'node:net'
import type { Readable } from 'node:stream'
import { Agent, request, type Dispatcher } from 'undici'
import type { Finding, Layer } from '../finding.js'
import type { ScrapeJob } from '../config/model.js'
import type { Target } from '../targets/resolve-targets.js'
import { toFinding } from '../check.js'
import {
  createValidator as defaultCreateValidator,
  negotiateFormat as defaultNegotiateFormat,
  type ExpositionFormat,
  type Validator,
  type ValidatorOptions,
} from '../exposition/index.js'
import type { NegotiationInput, NegotiationResult } from '../exposition/negotiate.js'
import { createProtobufValidator } from '../exposition/protobuf/index.js'
import { makePolicy, stripBrackets } from './address-policy.js'
import { makeConnector, systemLookup, type ConnectTrace, type LookupFn } from './connector.js'
import { acceptHeader, timeoutSeconds, userAgent } from './request-headers.js'
import { authorizationHeader, httpHeaders, isDiagnosis, tlsOptions } from './prepare.js'
import { alertAfterHandshake, looksLikeExposition, peekCertificate, speaksHttp, speaksTls } from './probes.js'
import { diagnosis, errorChain, formatMs, type Diagnosis, type ScrapeContext } from './diagnosis/diagnosis.js'
import { classifyNetwork, requestFailed, timeout as timeoutRule } from './diagnosis/network.js'
import { classifyTls, schemeMismatch } from './diagnosis/tls.js'
import { classifyAuth } from './diagnosis/auth.js'
import { bodyTooLarge, classifyStatus, invalidEncoding, notFound, redirect } from './diagnosis/endpoint.js'

export interface ScrapeOptions {
  /** Hosts, IPs and CIDRs the workflow allows besides loopback (DESIGN.md security posture). */
  allow: string[]
  /** Prometheus version whose behaviour to mirror, e.g. "3.5". */
  prometheusVersion: string
  /** Absolute folder for *_file paths; they must resolve inside `workspace`. */
  configDir: string
  workspace: string
  /** promgate's own cap on a body (decompressed), whatever body_size_limit says. Default 64 MiB. */
  maxBodyBytes?: number
  /** Probe the usual metrics paths on a 404 (default true). */
  probeAlternatives?: boolean
  /** Injected for tests: the resolver (default: the system's), the validator and negotiation. */
  lookup?: LookupFn
  createValidator?: (options: ValidatorOptions) => Validator
  negotiateFormat?: (input: NegotiationInput) => NegotiationResult
}

export interface ScrapeOutcome {
  findings: Finding[]
  ok: boolean
  layer?: Layer
  status?: number
  samples?: number
  durationMs: number
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024
/** Go's http.Client stops after 10 redirects. */
export const MAX_REDIRECTS = 10
/** Paths applications commonly serve metrics at, tried in this order after a 404. */
export const ALTERNATIVE_PATHS = ['/metrics', '/actuator/prometheus', '/prometheus/metrics', '/prometheus', '/q/metrics']
const PROBE_BUDGET_MS = 5000
const PROBE_READ_BYTES = 64 * 1024

class DeadlineError extends Error {
  constructor() {
    super('scrape_timeout reached')
  }
}

/** Printable, short: for quoting a body's first line in a message. */
function quote(text: string, max = 120): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? ''
  return line.replace(/[^\x20-\x7e]/g, '?').trim().slice(0, max)
}

function defaultPort(scheme: string): number {
  return scheme === 'https' ? 443 : 80
}

export async function scrapeTarget(target: Target, job: ScrapeJob, options: ScrapeOptions): Promise<ScrapeOutcome> {
  const started = performance.now()
  const findings: Finding[] = []
  const url = target.url
  const jobName = job.jobName.value
  const elapsed = (): number => Math.round(performance.now() - started)
  const emit = (d: Diagnosis): void => {
    findings.push(toFinding(d.meta, {
      messageId: d.messageId,
      data: d.data,
      location: target.span,
      related: target.related,
      extra: { scrape: { job: jobName, target: url, layer: d.layer } },
    }))
  }
  const fail = (d: Diagnosis, status?: number): ScrapeOutcome => {
    emit(d)
    return { findings, ok: false, layer: d.layer, status, durationMs: elapsed() }
  }

  const parsed = new URL(url)
  const scheme = parsed.protocol === 'https:' ? 'https' : 'http'
  const host = stripBrackets(parsed.hostname)
  const port = parsed.port ? Number(parsed.port) : defaultPort(scheme)
  const timeoutMs = target.scrapeTimeoutMs ?? job.scrapeTimeoutMs
  const trace: ConnectTrace = { phase: 'idle' }
  const ctx: ScrapeContext = { job, url, host, port, hostPort: parsed.host, scheme, timeoutMs, trace }

  // Files first: a secret that cannot be read stops the scrape before any connection.
  const files = { configDir: options.configDir, workspace: options.workspace }
  const auth = authorizationHeader(job, files)
  if (isDiagnosis(auth)) return fail(auth)
  const tls = tlsOptions(job, files)
  if (isDiagnosis(tls)) return fail(tls)

  const custom = httpHeaders(job, files)
  if (isDiagnosis(custom)) return fail(custom)
  const headers: Record<string, string | string[]> = { ...custom }
  // What must never be echoed back into a finding, even if the target quotes it in an error page.
  const secrets: string[] = []
  if (auth) secrets.push(auth, auth.replace(/^\S+\s+/, ''), ...decodedBasic(auth))
  if (job.authorization?.credentials) secrets.push(job.authorization.credentials)
  const fromFiles = new Set(Object.keys(job.httpHeaderFiles ?? {}).map((k) => k.toLowerCase()))
  for (const [name, values] of Object.entries(custom)) if (fromFiles.has(name)) secrets.push(...values)
  headers['accept'] = acceptHeader(job.scrapeProtocols, options.prometheusVersion, job.metricNameEscapingScheme)
  headers['accept-encoding'] = job.enableCompression === false ? 'identity' : 'gzip'
  headers['user-agent'] = userAgent(options.prometheusVersion)
  headers['x-prometheus-scrape-timeout-seconds'] = timeoutSeconds(timeoutMs)
  if (auth) headers['authorization'] = auth

  const policy = makePolicy(options.allow)
  const lookup = options.lookup ?? systemLookup
  const agent = new Agent({
    connect: makeConnector({ policy, lookup, tls, serverName: job.tls.serverName, connectTimeoutMs: timeoutMs + 1000, trace }),
    headersTimeout: timeoutMs + 1000,
    bodyTimeout: timeoutMs + 1000,
    connections: 1,
    pipelining: 1,
    allowH2: false,
  })
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(new DeadlineError()), timeoutMs)
  let phase: 'request' | 'body' = 'request'
  let bytes = 0
  let hops = 0

  try {
    let current = parsed
    let res: Dispatcher.ResponseData
    for (;;) {
      res = await request(current, { dispatcher: agent, method: 'GET', headers, signal: deadline.signal })
      const location = res.headers['location']
      if (job.followRedirects === false || ![301, 302, 303, 307, 308].includes(res.statusCode) || location === undefined) break
      discard(res.body)
      if (hops >= MAX_REDIRECTS) return fail(diagnosis(redirect, 'too-many', { url, max: MAX_REDIRECTS }, 'endpoint'), res.statusCode)
      let next: URL
      try {
        next = new URL(String(location), current)
      } catch {
        return fail(diagnosis(redirect, 'no-location', { url, status: res.statusCode }, 'endpoint'), res.statusCode)
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return fail(diagnosis(redirect, 'no-location', { url, status: res.statusCode }, 'endpoint'), res.statusCode)
      }
      hops++
      current = next
    }
    const status = res.statusCode

    if (status !== 200) {
      const text = await readSome(res.body, 4096)
      if ([301, 302, 303, 307, 308].includes(status)) {
        if (res.headers['location'] === undefined) return fail(diagnosis(redirect, 'no-location', { url, status }, 'endpoint'), status)
        let to: URL | undefined
        try {
          to = new URL(String(res.headers['location']), current)
        } catch {
          return fail(diagnosis(redirect, 'no-location', { url, status }, 'endpoint'), status)
        }
        const fix = to.host === current.host && to.protocol === current.protocol
          ? `metrics_path: ${to.pathname}`
          : `scheme: ${to.protocol.replace(':', '')}\n  metrics_path: ${to.pathname}\n  static_configs:\n    - targets: ['${to.host}']`
        return fail(diagnosis(redirect, 'not-followed', { url, status, location: safeUrl(to), fix }, 'endpoint'), status)
      }
      const authDiag = classifyAuth(status, headerValue(res.headers['www-authenticate']), job, url)
      if (authDiag) return fail(authDiag, status)
      if (status === 404) {
        const found = options.probeAlternatives === false ? { found: undefined, tried: [] } : await probeAlternatives(agent, current, headers)
        if (found.found) return fail(diagnosis(notFound, 'found', { url, path: found.found }, 'endpoint'), status)
        return fail(diagnosis(notFound, 'not-found', { url, tried: found.tried.join(', ') || 'the usual paths' }, 'endpoint'), status)
      }
      if (status === 400 && /HTTP request to an HTTPS server/i.test(text)) {
        return fail(diagnosis(schemeMismatch, 'wants-https', { hostPort: ctx.hostPort, host, port }, 'tls'), status)
      }
      return fail(classifyStatus(status, statusText(status), url, quote(text)), status)
    }

    // 200: negotiate the format, then stream the body through the caps into the validator.
    phase = 'body'
    const contentType = headerValue(res.headers['content-type'])
    const negotiate = options.negotiateFormat ?? defaultNegotiateFormat
    const negotiated = negotiate({
      contentType,
      scrapeProtocols: job.scrapeProtocols,
      fallbackScrapeProtocol: job.fallbackScrapeProtocol,
      prometheusVersion: options.prometheusVersion,
    })
    for (const p of negotiated.problems) {
      findings.push({
        rule: p.rule,
        severity: p.severity,
        message: p.message,
        ...(p.hint ? { hint: p.hint } : {}),
        location: target.span,
        ...(target.related ? { related: target.related } : {}),
        scrape: { job: jobName, target: url, layer: 'format' },
      })
    }
    const validator = makeValidator(negotiated.format, options, job, target, url)

    const limitFromJob = job.bodySizeLimitBytes > 0 ? job.bodySizeLimitBytes : Infinity
    const cap = Math.min(limitFromJob, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
    const capKind = limitFromJob <= (options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) ? 'limit' : 'cap'
    const gzip = (headerValue(res.headers['content-encoding']) ?? '').trim().toLowerCase() === 'gzip'
    // Prometheus fails a body of exactly body_size_limit bytes (it reads at most that many and fails when it got them all).
    const read = await streamBody(res.body, gzip, capKind === 'limit' ? cap - 1 : cap, (chunk) => validator?.push(chunk), () => { bytes = 0 }, (n) => { bytes = n })
    if (read === 'too-large') return fail(diagnosis(bodyTooLarge, capKind, { url, limit: cap }, 'endpoint'), status)
    if (typeof read === 'object') return fail(diagnosis(invalidEncoding, 'gzip', { url, detail: read.gzipError }, 'endpoint'), status)

    let samples: number | undefined
    if (validator) {
      const result = validator.end()
      samples = result.samples
      for (const f of result.findings) findings.push(asScrapeFinding(f, target, jobName, url, job.metricRelabelConfigs.length > 0))
    }
    const errorFinding = findings.find((f) => f.severity === 'error')
    return {
      findings,
      ok: !errorFinding && negotiated.format !== undefined,
      layer: errorFinding || negotiated.format === undefined ? 'format' : undefined,
      status,
      samples,
      durationMs: elapsed(),
    }
  } catch (err) {
    if (deadline.signal.aborted) {
      const where = trace.phase === 'tls' ? 'tls' : trace.phase !== 'connected' ? 'connect' : phase === 'body' ? 'body' : 'headers'
      return fail(diagnosis(timeoutRule, where, { host, port, hostPort: ctx.hostPort, timeout: formatMs(timeoutMs), bytes }, where === 'connect' ? 'network' : where === 'tls' ? 'tls' : 'endpoint'))
    }
    const d = await classifyFailure(err, ctx, tls, hops)
    return fail(d)
  } finally {
    clearTimeout(timer)
    agent.destroy().catch(() => {})
    redactAll(findings, secrets)
  }
}

/** The user and password inside a Basic header, to redact each on its own. */
function decodedBasic(header: string): string[] {
  const m = /^Basic\s+(\S+)$/i.exec(header)
  if (!m) return []
  const plain = Buffer.from(m[1], 'base64').toString('utf8')
  const i = plain.indexOf(':')
  return i < 0 ? [plain] : [plain.slice(i + 1), plain]
}

/** Replace every occurrence of a credential in the findings' text (messages quote untrusted bodies). */
function redactAll(findings: Finding[], secrets: string[]): void {
  const list = [...new Set(secrets.filter((x) => x.length >= 4))].sort((a, b) => b.length - a.length)
  if (!list.length) return
  const clean = (t: string): string => list.reduce((acc, x) => acc.split(x).join('[redacted]'), t)
  for (const f of findings) {
    f.message = clean(f.message)
    if (f.hint) f.hint = clean(f.hint)
    if (f.payload) f.payload = { ...f.payload, text: clean(f.payload.text) }
  }
}

async function classifyFailure(err: unknown, ctx: ScrapeContext, tls: import('node:tls').ConnectionOptions, hops: number): Promise<Diagnosis> {
  const ip = ctx.trace.ip
  const port = ctx.trace.port ?? ctx.port
  const servername = ctx.job.tls.serverName ?? (isIP(ctx.host) ? undefined : ctx.host)
  const tlsDiag = await classifyTls(err, ctx, {
    peek: async () => (ip ? peekCertificate(ip, port, servername, tls) : undefined),
    speaksHttp: async () => (ip ? speaksHttp(ip, port, ctx.hostPort) : false),
    speaksTls: async () => (ip ? speaksTls(ip, port, servername) : false),
    alertAfterHandshake: async () => (ip ? alertAfterHandshake(ip, port, servername, tls) : undefined),
    clientCertConfigured: Boolean(ctx.job.tls.certFile || ctx.job.tls.cert),
  })
  if (tlsDiag) return tlsDiag
  const net = classifyNetwork(err, ctx)
  if (net) {
    if (hops > 0 && net.meta.id === 'scrape/host-not-allowed' && net.messageId === 'not-allowed') net.messageId = 'redirect'
    return net
  }
  const { messages } = errorChain(err)
  const detail = (messages[messages.length - 1] ?? 'unknown error').replace(/[^\x20-\x7e]/g, '?').slice(0, 200)
  return diagnosis(requestFailed, 'failed', { url: ctx.url, detail }, ctx.trace.phase === 'connected' ? 'endpoint' : 'network')
}

function makeValidator(format: ExpositionFormat | undefined, options: ScrapeOptions, job: ScrapeJob, target: Target, url: string): Validator | undefined {
  if (!format) return undefined
  const common = {
    file: url,
    // Prometheus merges the target's labels into every sample before the label limits apply
    target: { labels: target.labels, honorLabels: job.honorLabels },
    prometheusVersion: options.prometheusVersion,
    limits: {
      sampleLimit: job.sampleLimit || undefined,
      labelLimit: job.labelLimit || undefined,
      labelNameLengthLimit: job.labelNameLengthLimit || undefined,
      labelValueLengthLimit: job.labelValueLengthLimit || undefined,
    },
  }
  if (format === 'protobuf') return createProtobufValidator(common)
  const create = options.createValidator ?? defaultCreateValidator
  return create({ format, ...common })
}

/** Findings whose counts metric_relabel_configs change (they run before the limits are checked). */
const RELABEL_SENSITIVE = new Set([
  'exposition/sample-limit-exceeded',
  'exposition/label-limit-exceeded',
  'exposition/label-name-length-limit-exceeded',
  'exposition/label-value-length-limit-exceeded',
])
const RELABEL_CAVEAT = ' (assuming the job\'s metric_relabel_configs change nothing: they run before this check and promgate does not apply them)'

/**
 * A payload finding keeps its payload line; its location becomes the target's line in prometheus.yml.
 * With metric_relabel_configs, a limit finding says the counts assumed they change nothing.
 */
function asScrapeFinding(f: Finding, target: Target, job: string, url: string, metricRelabeling = false): Finding {
  const payload = f.payload ?? (f.location.file === url ? { line: f.location.line, column: f.location.column, text: '' } : undefined)
  return {
    ...f,
    ...(metricRelabeling && RELABEL_SENSITIVE.has(f.rule) ? { message: f.message + RELABEL_CAVEAT } : {}),
    location: target.span,
    ...(payload ? { payload } : {}),
    ...(target.related && !f.related ? { related: target.related } : {}),
    scrape: { job, target: url, layer: 'format' },
  }
}

/**
 * Read the body chunk by chunk: raw bytes and decompressed bytes both stop at `cap`.
 * Returns 'ok', 'too-large', or the gzip error.
 */
async function streamBody(
  body: Readable,
  gzip: boolean,
  cap: number,
  onChunk: (chunk: Uint8Array) => void,
  _reset: () => void,
  onBytes: (n: number) => void,
): Promise<'ok' | 'too-large' | { gzipError: string }> {
  let raw = 0
  let out = 0
  body.on('error', () => {}) // errors are seen through the iterator; a late one after we stop is moot
  if (!gzip) {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      raw += chunk.length
      onBytes(raw)
      if (raw > cap) {
        const keep = chunk.length - (raw - cap)
        if (keep > 0) onChunk(chunk.subarray(0, keep))
        body.destroy()
        return 'too-large'
      }
      onChunk(chunk)
    }
    return 'ok'
  }
  const gunzip = createGunzip({ chunkSize: 64 * 1024 })
  let rawTooLarge = false
  let bodyError: Error | undefined
  body.on('data', (chunk: Buffer) => {
    raw += chunk.length
    onBytes(raw)
    if (raw > cap) {
      rawTooLarge = true
      body.destroy()
      gunzip.end()
    }
  })
  body.on('error', (e) => {
    bodyError = e
    gunzip.destroy(e)
  })
  body.pipe(gunzip)
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      out += chunk.length
      if (out > cap) {
        body.destroy()
        gunzip.destroy()
        return 'too-large'
      }
      onChunk(chunk)
    }
  } catch (e) {
    if (rawTooLarge) return 'too-large'
    if (bodyError) throw bodyError
    const err = e as NodeJS.ErrnoException
    return { gzipError: (err.code ?? err.message ?? 'invalid gzip').slice(0, 120) }
  }
  if (bodyError) throw bodyError
  return rawTooLarge ? 'too-large' : 'ok'
}

/** Drop a body we will not read; undici reports an unread body as aborted, which is expected here. */
function discard(body: Readable): void {
  body.on('error', () => {})
  body.destroy()
}

async function readSome(body: Readable, max: number): Promise<string> {
  body.on('error', () => {})
  const parts: Buffer[] = []
  let n = 0
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      parts.push(chunk)
      n += chunk.length
      if (n >= max) break
    }
  } catch {
    // a body cut short still tells what it began with
  } finally {
    body.destroy()
  }
  return Buffer.concat(parts).subarray(0, max).toString('utf8')
}

/** After a 404, GET the usual metrics paths on the same host with the same headers and credentials. */
async function probeAlternatives(agent: Agent, base: URL, headers: Record<string, string | string[]>): Promise<{ found?: string; tried: string[] }> {
  const tried: string[] = []
  const stop = Date.now() + PROBE_BUDGET_MS
  for (const path of ALTERNATIVE_PATHS) {
    if (path === base.pathname) continue
    const left = stop - Date.now()
    if (left <= 0) break
    tried.push(path)
    const u = new URL(base.href)
    u.pathname = path
    try {
      const res = await request(u, { dispatcher: agent, method: 'GET', headers, signal: AbortSignal.timeout(Math.min(left, 2000)) })
      if (res.statusCode !== 200) {
        discard(res.body)
        continue
      }
      const gz = (headerValue(res.headers['content-encoding']) ?? '').toLowerCase() === 'gzip'
      const head = gz ? await gunzipSome(res.body, PROBE_READ_BYTES) : await readSome(res.body, PROBE_READ_BYTES)
      if (looksLikeExposition(head)) return { found: path, tried }
    } catch {
      // an alternative that fails is simply not the answer
    }
  }
  return { tried }
}

async function gunzipSome(body: Readable, max: number): Promise<string> {
  const gunzip = createGunzip()
  body.on('error', (e) => gunzip.destroy(e))
  body.pipe(gunzip)
  const text = await readSome(gunzip, max)
  body.destroy()
  return text
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v
}

/** A URL fit to quote: no userinfo. */
function safeUrl(u: URL): string {
  const c = new URL(u.href)
  c.username = ''
  c.password = ''
  return c.href
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 405: 'Method Not Allowed', 406: 'Not Acceptable', 408: 'Request Timeout', 410: 'Gone',
  429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 201: 'Created', 202: 'Accepted', 204: 'No Content',
  206: 'Partial Content', 300: 'Multiple Choices', 304: 'Not Modified',
}

function statusText(status: number): string {
  return STATUS_TEXT[status] ?? ''
}
