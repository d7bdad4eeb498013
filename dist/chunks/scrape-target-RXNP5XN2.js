import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  HostNotAllowedError,
  bodyTooLarge,
  checkIp,
  classifyAuth,
  classifyNetwork,
  classifyStatus,
  classifyTls,
  diagnosis,
  errorChain,
  fileUnreadable,
  formatMs,
  invalidEncoding,
  makePolicy,
  nameAllowed,
  notFound,
  redirect,
  requestFailed,
  schemeMismatch,
  stripBrackets,
  timeout
} from "./chunk-MJYL43JQ.js";
import {
  require_undici
} from "./chunk-CFU6ZAGH.js";
import {
  createValidator,
  negotiateFormat
} from "./chunk-YMAX7NJ6.js";
import "./chunk-62O72HK2.js";
import {
  createProtobufValidator
} from "./chunk-TYKGKSWG.js";
import "./chunk-X4OQIRSJ.js";
import "./chunk-WNFNH4WW.js";
import {
  __toESM,
  toFinding
} from "./chunk-GP62AVUT.js";

// src/scrape/scrape-target.ts
var import_undici2 = __toESM(require_undici(), 1);
import { performance } from "node:perf_hooks";
import { createGunzip } from "node:zlib";
import { isIP as isIP2 } from "node:net";

// src/scrape/connector.ts
var import_undici = __toESM(require_undici(), 1);
import { lookup as dnsLookup } from "node:dns";
import { isIP } from "node:net";
var systemLookup = (hostname) => new Promise((resolve2, reject) => {
  dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => err ? reject(err) : resolve2(addresses));
});
async function resolveAllowed(host, policy, lookup) {
  const bare = stripBrackets(host);
  const byName = !isIP(bare) && nameAllowed(policy, bare);
  const ips = isIP(bare) ? [bare] : (await lookup(bare)).map((a) => a.address);
  const verdicts = ips.map((ip) => ({ ip, v: checkIp(policy, ip, byName) }));
  const ok = verdicts.filter((x) => x.v === "ok").map((x) => x.ip);
  if (ok.length) return ok;
  const metadata = verdicts.some((x) => x.v === "metadata");
  throw new HostNotAllowedError(bare, metadata ? "metadata" : "not-allowed", ips);
}
var RETRYABLE = /* @__PURE__ */ new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL", "ENETDOWN", "EAFNOSUPPORT"]);
function makeConnector(options) {
  const base = (0, import_undici.buildConnector)({ ...options.tls, timeout: options.connectTimeoutMs, keepAlive: false, allowH2: false });
  return (opts, callback) => {
    const trace = options.trace;
    const host = stripBrackets(opts.hostname);
    trace.phase = "dns";
    trace.host = host;
    trace.port = Number(opts.port) || (opts.protocol === "https:" ? 443 : 80);
    trace.tls = opts.protocol === "https:";
    const servername = options.serverName ?? (isIP(host) ? void 0 : host);
    const dial = (ips, i) => {
      const ip = ips[i];
      trace.phase = "connect";
      trace.ip = ip;
      const connector = base;
      const socket = connector({ ...opts, hostname: ip, host: opts.host, servername }, (err, socket2) => {
        if (err) {
          const code = err.code ?? "";
          if (i + 1 < ips.length && RETRYABLE.has(code)) dial(ips, i + 1);
          else callback(err, null);
        } else {
          trace.phase = "connected";
          callback(null, socket2);
        }
      });
      if (trace.tls) socket?.once("connect", () => {
        if (trace.phase === "connect") trace.phase = "tls";
      });
    };
    resolveAllowed(host, options.policy, options.lookup).then(
      (ips) => dial(ips, 0),
      (err) => callback(err, null)
    );
  };
}

// src/scrape/request-headers.ts
var PROTOCOL_MEDIA_TYPES = {
  PrometheusProto: "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited",
  "PrometheusText0.0.4": "text/plain;version=0.0.4",
  "PrometheusText1.0.0": "text/plain;version=1.0.0",
  "OpenMetricsText0.0.1": "application/openmetrics-text;version=0.0.1",
  "OpenMetricsText1.0.0": "application/openmetrics-text;version=1.0.0"
};
function parseVersion(v) {
  const m = /^(\d+)\.(\d+)/.exec(v ?? "");
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : { major: 3, minor: 5 };
}
function defaultScrapeProtocols(version) {
  const v = parseVersion(version);
  if (v.major >= 3) return ["OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText1.0.0", "PrometheusText0.0.4"];
  return ["OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText0.0.4"];
}
function acceptHeader(protocols, version, escaping = "allow-utf-8") {
  const v = parseVersion(version);
  if (v.major < 2 || v.major === 2 && v.minor < 49) {
    return "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
  }
  const known = v.major >= 3 ? 5 : 4;
  let weight = known + 1;
  const parts = [];
  for (const p of protocols.length ? protocols : defaultScrapeProtocols(version)) {
    let value = PROTOCOL_MEDIA_TYPES[p];
    if (value === void 0) continue;
    if (v.major >= 3 && (p === "PrometheusText1.0.0" || p === "OpenMetricsText1.0.0")) value += `;escaping=${escaping}`;
    parts.push(`${value};q=0.${weight}`);
    weight--;
  }
  parts.push(`*/*;q=0.${weight}`);
  return parts.join(",");
}
function userAgent(version) {
  const full = /^\d+\.\d+$/.test(version) ? `${version}.0` : version;
  return `Prometheus/${full}`;
}
function timeoutSeconds(ms) {
  return String(ms / 1e3);
}

// src/scrape/prepare.ts
import { createSecureContext } from "node:tls";

// src/scrape/read-secret.ts
import { closeSync, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var MAX_SECRET_FILE_BYTES = 1024 * 1024;
function inside(root, p) {
  const rel = relative(root, p);
  return rel === "" || rel !== ".." && !rel.startsWith(".." + sep) && !isAbsolute(rel);
}
function readWorkspaceFile(path, configDir, workspace) {
  let root;
  try {
    root = realpathSync(workspace);
  } catch {
    root = resolve(workspace);
  }
  let real;
  try {
    real = realpathSync(resolve(configDir, path));
  } catch (e) {
    const abs = resolve(configDir, path);
    if (!inside(resolve(workspace), abs) && !inside(root, abs)) return { ok: false, problem: "outside" };
    return { ok: false, problem: "unreadable", code: e.code ?? "error" };
  }
  if (!inside(root, real)) return { ok: false, problem: "outside" };
  let fd;
  try {
    fd = openSync(real, "r");
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, problem: "unreadable", code: "not a regular file" };
    if (st.size > MAX_SECRET_FILE_BYTES) return { ok: false, problem: "too-large" };
    const buf = Buffer.alloc(st.size);
    let n = 0;
    while (n < st.size) {
      const r = readSync(fd, buf, n, st.size - n, n);
      if (r === 0) break;
      n += r;
    }
    return { ok: true, data: buf.subarray(0, n) };
  } catch (e) {
    return { ok: false, problem: "unreadable", code: e.code ?? "error" };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/scrape/prepare.ts
function readFile(key, path, ctx, layer) {
  const r = readWorkspaceFile(path, ctx.configDir, ctx.workspace);
  if (r.ok) return r.data;
  const data = { key, path, code: r.code ?? "", limit: MAX_SECRET_FILE_BYTES };
  return diagnosis(fileUnreadable, r.problem, data, layer);
}
var isDiagnosis = (x) => typeof x === "object" && x !== null && "meta" in x && "messageId" in x;
function secret(key, inline, file, ctx) {
  if (inline !== void 0) return inline;
  if (file === void 0) return "";
  const data = readFile(key, file, ctx, "auth");
  return isDiagnosis(data) ? data : data.toString("utf8").trim();
}
function authorizationHeader(job, ctx) {
  if (job.basicAuth) {
    const user = secret("basic_auth.username_file", job.basicAuth.username, job.basicAuth.usernameFile, ctx);
    if (isDiagnosis(user)) return user;
    const pass = secret("basic_auth.password_file", job.basicAuth.password, job.basicAuth.passwordFile, ctx);
    if (isDiagnosis(pass)) return pass;
    return "Basic " + Buffer.from(`${user}:${pass}`, "utf8").toString("base64");
  }
  if (job.authorization) {
    const creds = secret("authorization.credentials_file", job.authorization.credentials, job.authorization.credentialsFile, ctx);
    if (isDiagnosis(creds)) return creds;
    return `${job.authorization.type || "Bearer"} ${creds}`;
  }
  return void 0;
}
function httpHeaders(job, ctx) {
  const out = {};
  const reserved = /* @__PURE__ */ new Set(["accept", "accept-encoding", "user-agent", "x-prometheus-scrape-timeout-seconds", "authorization", "host", "content-length", "connection", "transfer-encoding"]);
  const add = (name, value) => {
    const n = name.toLowerCase();
    if (reserved.has(n)) return;
    (out[n] ??= []).push(value);
  };
  for (const [name, values] of Object.entries(job.httpHeaders ?? {})) for (const v of values) add(name, v);
  for (const [name, paths] of Object.entries(job.httpHeaderFiles ?? {})) {
    for (const p of paths) {
      const data = readFile(`http_headers.${name}.files`, p, ctx, "auth");
      if (isDiagnosis(data)) return data;
      add(name, data.toString("utf8").trim());
    }
  }
  return out;
}
var VERSIONS = { TLS10: "TLSv1", TLS11: "TLSv1.1", TLS12: "TLSv1.2", TLS13: "TLSv1.3" };
function tlsOptions(job, ctx) {
  const t = job.tls;
  const opts = { rejectUnauthorized: !t.insecureSkipVerify, minVersion: "TLSv1.2" };
  const pem = (key2, inline, file) => {
    if (inline !== void 0) return inline;
    if (file === void 0) return void 0;
    return readFile(key2, file, ctx, "tls");
  };
  const ca = pem("tls_config.ca_file", t.ca, t.caFile);
  if (isDiagnosis(ca)) return ca;
  const cert = pem("tls_config.cert_file", t.cert, t.certFile);
  if (isDiagnosis(cert)) return cert;
  const key = pem("tls_config.key_file", t.key, t.keyFile);
  if (isDiagnosis(key)) return key;
  if (ca !== void 0) opts.ca = ca;
  if (cert !== void 0) opts.cert = cert;
  if (key !== void 0) opts.key = key;
  if (t.minVersion && VERSIONS[t.minVersion]) opts.minVersion = VERSIONS[t.minVersion];
  if (t.maxVersion && VERSIONS[t.maxVersion]) opts.maxVersion = VERSIONS[t.maxVersion];
  try {
    createSecureContext(opts);
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).replace(/[^\x20-\x7e]/g, "").slice(0, 160);
    return diagnosis(fileUnreadable, "invalid-tls", { detail }, "tls");
  }
  return opts;
}

// src/scrape/probes.ts
import { connect as netConnect } from "node:net";
import { connect as tlsConnect } from "node:tls";
var PROBE_MS = 2e3;
function bounded(ms, fallback, run) {
  return new Promise((resolve2) => {
    const cleanups = [];
    let settled = false;
    const done = (v) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const c of cleanups) c();
      resolve2(v);
    };
    const timer = setTimeout(() => done(fallback), ms);
    try {
      run(done, (f) => cleanups.push(f));
    } catch {
      done(fallback);
    }
  });
}
function cn(x) {
  if (!x || typeof x !== "object") return void 0;
  const r = x;
  const pick = (k) => Array.isArray(r[k]) ? r[k][0] : r[k];
  return pick("CN") ?? pick("O");
}
function peekCertificate(ip, port, servername, tls) {
  return bounded(PROBE_MS, void 0, (done, cleanup) => {
    const s = tlsConnect({ ...tls, host: ip, port, servername, rejectUnauthorized: false, ALPNProtocols: ["http/1.1"] });
    cleanup(() => s.destroy());
    s.once("secureConnect", () => {
      const c = s.getPeerCertificate();
      if (!c || !c.subject) return done(void 0);
      const names = (c.subjectaltname ?? "").split(/,\s*/).map((n) => n.replace(/^(DNS|IP Address):/, "")).filter(Boolean);
      done({ subject: cn(c.subject), issuer: cn(c.issuer), names, validTo: c.valid_to, validFrom: c.valid_from });
    });
    s.once("error", () => done(void 0));
  });
}
function alertAfterHandshake(ip, port, servername, tls) {
  return bounded(PROBE_MS, void 0, (done, cleanup) => {
    const s = tlsConnect({ ...tls, host: ip, port, servername, ALPNProtocols: ["http/1.1"] });
    cleanup(() => s.destroy());
    s.once("secureConnect", () => s.write("HEAD / HTTP/1.0\r\nUser-Agent: promgate-probe\r\n\r\n"));
    s.on("data", () => done(void 0));
    s.once("error", (e) => done(e.code?.startsWith("ERR_SSL_") ? e.code : void 0));
    s.once("close", () => done(void 0));
  });
}
function speaksTls(ip, port, servername) {
  return bounded(PROBE_MS, false, (done, cleanup) => {
    const s = tlsConnect({ host: ip, port, servername, rejectUnauthorized: false, ALPNProtocols: ["http/1.1"] });
    cleanup(() => s.destroy());
    s.once("secureConnect", () => done(true));
    s.once("error", () => done(false));
  });
}
function speaksHttp(ip, port, hostHeader) {
  return bounded(PROBE_MS, false, (done, cleanup) => {
    const s = netConnect({ host: ip, port });
    cleanup(() => s.destroy());
    let got = "";
    s.once("connect", () => s.write(`HEAD / HTTP/1.0\r
Host: ${hostHeader}\r
User-Agent: promgate-probe\r
\r
`));
    s.on("data", (d) => {
      got += d.toString("latin1");
      if (got.length >= 5) done(got.startsWith("HTTP/"));
    });
    s.once("error", () => done(false));
    s.once("end", () => done(got.startsWith("HTTP/")));
  });
}
function looksLikeExposition(head) {
  if (/^\s*</.test(head) || /^\s*[{[]\s*"/.test(head)) return false;
  const lines = head.split("\n").slice(0, 200);
  let samples = 0;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (/^([a-zA-Z_:][a-zA-Z0-9_:]*|\{"[^"]+")(\{.*\})?[ \t]+[-+]?(\d|\.\d|Inf|NaN|inf|nan)/.test(line)) samples++;
    else if (samples === 0) return false;
  }
  return samples > 0;
}

// src/scrape/scrape-target.ts
var DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
var MAX_REDIRECTS = 10;
var ALTERNATIVE_PATHS = ["/metrics", "/actuator/prometheus", "/prometheus/metrics", "/prometheus", "/q/metrics"];
var PROBE_BUDGET_MS = 5e3;
var PROBE_READ_BYTES = 64 * 1024;
var DeadlineError = class extends Error {
  constructor() {
    super("scrape_timeout reached");
  }
};
function quote(text, max = 120) {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.replace(/[^\x20-\x7e]/g, "?").trim().slice(0, max);
}
function defaultPort(scheme) {
  return scheme === "https" ? 443 : 80;
}
async function scrapeTarget(target, job, options) {
  const started = performance.now();
  const findings = [];
  const url = target.url;
  const jobName = job.jobName.value;
  const elapsed = () => Math.round(performance.now() - started);
  const emit = (d) => {
    findings.push(toFinding(d.meta, {
      messageId: d.messageId,
      data: d.data,
      location: target.span,
      related: target.related,
      extra: { scrape: { job: jobName, target: url, layer: d.layer } }
    }));
  };
  const fail = (d, status) => {
    emit(d);
    return { findings, ok: false, layer: d.layer, status, durationMs: elapsed() };
  };
  const parsed = new URL(url);
  const scheme = parsed.protocol === "https:" ? "https" : "http";
  const host = stripBrackets(parsed.hostname);
  const port = parsed.port ? Number(parsed.port) : defaultPort(scheme);
  const timeoutMs = target.scrapeTimeoutMs ?? job.scrapeTimeoutMs;
  const trace = { phase: "idle" };
  const ctx = { job, url, host, port, hostPort: parsed.host, scheme, timeoutMs, trace };
  const files = { configDir: options.configDir, workspace: options.workspace };
  const auth = authorizationHeader(job, files);
  if (isDiagnosis(auth)) return fail(auth);
  const tls = tlsOptions(job, files);
  if (isDiagnosis(tls)) return fail(tls);
  const custom = httpHeaders(job, files);
  if (isDiagnosis(custom)) return fail(custom);
  const headers = { ...custom };
  const secrets = [];
  if (auth) secrets.push(auth, auth.replace(/^\S+\s+/, ""), ...decodedBasic(auth));
  if (job.authorization?.credentials) secrets.push(job.authorization.credentials);
  const fromFiles = new Set(Object.keys(job.httpHeaderFiles ?? {}).map((k) => k.toLowerCase()));
  for (const [name, values] of Object.entries(custom)) if (fromFiles.has(name)) secrets.push(...values);
  headers["accept"] = acceptHeader(job.scrapeProtocols, options.prometheusVersion, job.metricNameEscapingScheme);
  headers["accept-encoding"] = job.enableCompression === false ? "identity" : "gzip";
  headers["user-agent"] = userAgent(options.prometheusVersion);
  headers["x-prometheus-scrape-timeout-seconds"] = timeoutSeconds(timeoutMs);
  if (auth) headers["authorization"] = auth;
  const policy = makePolicy(options.allow);
  const lookup = options.lookup ?? systemLookup;
  const agent = new import_undici2.Agent({
    connect: makeConnector({ policy, lookup, tls, serverName: job.tls.serverName, connectTimeoutMs: timeoutMs + 1e3, trace }),
    headersTimeout: timeoutMs + 1e3,
    bodyTimeout: timeoutMs + 1e3,
    connections: 1,
    pipelining: 1,
    allowH2: false
  });
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DeadlineError()), timeoutMs);
  let phase = "request";
  let bytes = 0;
  let hops = 0;
  try {
    let current = parsed;
    let res;
    for (; ; ) {
      res = await (0, import_undici2.request)(current, { dispatcher: agent, method: "GET", headers, signal: deadline.signal });
      const location = res.headers["location"];
      if (job.followRedirects === false || ![301, 302, 303, 307, 308].includes(res.statusCode) || location === void 0) break;
      discard(res.body);
      if (hops >= MAX_REDIRECTS) return fail(diagnosis(redirect, "too-many", { url, max: MAX_REDIRECTS }, "endpoint"), res.statusCode);
      let next;
      try {
        next = new URL(String(location), current);
      } catch {
        return fail(diagnosis(redirect, "no-location", { url, status: res.statusCode }, "endpoint"), res.statusCode);
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") {
        return fail(diagnosis(redirect, "no-location", { url, status: res.statusCode }, "endpoint"), res.statusCode);
      }
      hops++;
      current = next;
    }
    const status = res.statusCode;
    if (status !== 200) {
      const text = await readSome(res.body, 4096);
      if ([301, 302, 303, 307, 308].includes(status)) {
        if (res.headers["location"] === void 0) return fail(diagnosis(redirect, "no-location", { url, status }, "endpoint"), status);
        let to;
        try {
          to = new URL(String(res.headers["location"]), current);
        } catch {
          return fail(diagnosis(redirect, "no-location", { url, status }, "endpoint"), status);
        }
        const fix = to.host === current.host && to.protocol === current.protocol ? `metrics_path: ${to.pathname}` : `scheme: ${to.protocol.replace(":", "")}
  metrics_path: ${to.pathname}
  static_configs:
    - targets: ['${to.host}']`;
        return fail(diagnosis(redirect, "not-followed", { url, status, location: safeUrl(to), fix }, "endpoint"), status);
      }
      const authDiag = classifyAuth(status, headerValue(res.headers["www-authenticate"]), job, url);
      if (authDiag) return fail(authDiag, status);
      if (status === 404) {
        const found = options.probeAlternatives === false ? { found: void 0, tried: [] } : await probeAlternatives(agent, current, headers);
        if (found.found) return fail(diagnosis(notFound, "found", { url, path: found.found }, "endpoint"), status);
        return fail(diagnosis(notFound, "not-found", { url, tried: found.tried.join(", ") || "the usual paths" }, "endpoint"), status);
      }
      if (status === 400 && /HTTP request to an HTTPS server/i.test(text)) {
        return fail(diagnosis(schemeMismatch, "wants-https", { hostPort: ctx.hostPort, host, port }, "tls"), status);
      }
      return fail(classifyStatus(status, statusText(status), url, quote(text)), status);
    }
    phase = "body";
    const contentType = headerValue(res.headers["content-type"]);
    const negotiate = options.negotiateFormat ?? negotiateFormat;
    const negotiated = negotiate({
      contentType,
      scrapeProtocols: job.scrapeProtocols,
      fallbackScrapeProtocol: job.fallbackScrapeProtocol,
      prometheusVersion: options.prometheusVersion
    });
    for (const p of negotiated.problems) {
      findings.push({
        rule: p.rule,
        severity: p.severity,
        message: p.message,
        ...p.hint ? { hint: p.hint } : {},
        location: target.span,
        ...target.related ? { related: target.related } : {},
        scrape: { job: jobName, target: url, layer: "format" }
      });
    }
    const validator = makeValidator(negotiated.format, options, job, target, url);
    const limitFromJob = job.bodySizeLimitBytes > 0 ? job.bodySizeLimitBytes : Infinity;
    const cap = Math.min(limitFromJob, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    const capKind = limitFromJob <= (options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) ? "limit" : "cap";
    const gzip = (headerValue(res.headers["content-encoding"]) ?? "").trim().toLowerCase() === "gzip";
    const read = await streamBody(res.body, gzip, capKind === "limit" ? cap - 1 : cap, (chunk) => validator?.push(chunk), () => {
      bytes = 0;
    }, (n) => {
      bytes = n;
    });
    if (read === "too-large") return fail(diagnosis(bodyTooLarge, capKind, { url, limit: cap }, "endpoint"), status);
    if (typeof read === "object") return fail(diagnosis(invalidEncoding, "gzip", { url, detail: read.gzipError }, "endpoint"), status);
    let samples;
    if (validator) {
      const result = validator.end();
      samples = result.samples;
      for (const f of result.findings) findings.push(asScrapeFinding(f, target, jobName, url, job.metricRelabelConfigs.length > 0));
    }
    const errorFinding = findings.find((f) => f.severity === "error");
    return {
      findings,
      ok: !errorFinding && negotiated.format !== void 0,
      layer: errorFinding || negotiated.format === void 0 ? "format" : void 0,
      status,
      samples,
      durationMs: elapsed()
    };
  } catch (err) {
    if (deadline.signal.aborted) {
      const where = trace.phase === "tls" ? "tls" : trace.phase !== "connected" ? "connect" : phase === "body" ? "body" : "headers";
      return fail(diagnosis(timeout, where, { host, port, hostPort: ctx.hostPort, timeout: formatMs(timeoutMs), bytes }, where === "connect" ? "network" : where === "tls" ? "tls" : "endpoint"));
    }
    const d = await classifyFailure(err, ctx, tls, hops);
    return fail(d);
  } finally {
    clearTimeout(timer);
    agent.destroy().catch(() => {
    });
    redactAll(findings, secrets);
  }
}
function decodedBasic(header) {
  const m = /^Basic\s+(\S+)$/i.exec(header);
  if (!m) return [];
  const plain = Buffer.from(m[1], "base64").toString("utf8");
  const i = plain.indexOf(":");
  return i < 0 ? [plain] : [plain.slice(i + 1), plain];
}
function redactAll(findings, secrets) {
  const list = [...new Set(secrets.filter((x) => x.length >= 4))].sort((a, b) => b.length - a.length);
  if (!list.length) return;
  const clean = (t) => list.reduce((acc, x) => acc.split(x).join("[redacted]"), t);
  for (const f of findings) {
    f.message = clean(f.message);
    if (f.hint) f.hint = clean(f.hint);
    if (f.payload) f.payload = { ...f.payload, text: clean(f.payload.text) };
  }
}
async function classifyFailure(err, ctx, tls, hops) {
  const ip = ctx.trace.ip;
  const port = ctx.trace.port ?? ctx.port;
  const servername = ctx.job.tls.serverName ?? (isIP2(ctx.host) ? void 0 : ctx.host);
  const tlsDiag = await classifyTls(err, ctx, {
    peek: async () => ip ? peekCertificate(ip, port, servername, tls) : void 0,
    speaksHttp: async () => ip ? speaksHttp(ip, port, ctx.hostPort) : false,
    speaksTls: async () => ip ? speaksTls(ip, port, servername) : false,
    alertAfterHandshake: async () => ip ? alertAfterHandshake(ip, port, servername, tls) : void 0,
    clientCertConfigured: Boolean(ctx.job.tls.certFile || ctx.job.tls.cert)
  });
  if (tlsDiag) return tlsDiag;
  const net = classifyNetwork(err, ctx);
  if (net) {
    if (hops > 0 && net.meta.id === "scrape/host-not-allowed" && net.messageId === "not-allowed") net.messageId = "redirect";
    return net;
  }
  const { messages } = errorChain(err);
  const detail = (messages[messages.length - 1] ?? "unknown error").replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
  return diagnosis(requestFailed, "failed", { url: ctx.url, detail }, ctx.trace.phase === "connected" ? "endpoint" : "network");
}
function makeValidator(format, options, job, target, url) {
  if (!format) return void 0;
  const common = {
    file: url,
    // Prometheus merges the target's labels into every sample before the label limits apply
    target: { labels: target.labels, honorLabels: job.honorLabels },
    prometheusVersion: options.prometheusVersion,
    limits: {
      sampleLimit: job.sampleLimit || void 0,
      labelLimit: job.labelLimit || void 0,
      labelNameLengthLimit: job.labelNameLengthLimit || void 0,
      labelValueLengthLimit: job.labelValueLengthLimit || void 0
    }
  };
  if (format === "protobuf") return createProtobufValidator(common);
  const create = options.createValidator ?? createValidator;
  return create({ format, ...common });
}
var RELABEL_SENSITIVE = /* @__PURE__ */ new Set([
  "exposition/sample-limit-exceeded",
  "exposition/label-limit-exceeded",
  "exposition/label-name-length-limit-exceeded",
  "exposition/label-value-length-limit-exceeded"
]);
var RELABEL_CAVEAT = " (assuming the job's metric_relabel_configs change nothing: they run before this check and promgate does not apply them)";
function asScrapeFinding(f, target, job, url, metricRelabeling = false) {
  const payload = f.payload ?? (f.location.file === url ? { line: f.location.line, column: f.location.column, text: "" } : void 0);
  return {
    ...f,
    ...metricRelabeling && RELABEL_SENSITIVE.has(f.rule) ? { message: f.message + RELABEL_CAVEAT } : {},
    location: target.span,
    ...payload ? { payload } : {},
    ...target.related && !f.related ? { related: target.related } : {},
    scrape: { job, target: url, layer: "format" }
  };
}
async function streamBody(body, gzip, cap, onChunk, _reset, onBytes) {
  let raw = 0;
  let out = 0;
  body.on("error", () => {
  });
  if (!gzip) {
    for await (const chunk of body) {
      raw += chunk.length;
      onBytes(raw);
      if (raw > cap) {
        const keep = chunk.length - (raw - cap);
        if (keep > 0) onChunk(chunk.subarray(0, keep));
        body.destroy();
        return "too-large";
      }
      onChunk(chunk);
    }
    return "ok";
  }
  const gunzip = createGunzip({ chunkSize: 64 * 1024 });
  let rawTooLarge = false;
  let bodyError;
  body.on("data", (chunk) => {
    raw += chunk.length;
    onBytes(raw);
    if (raw > cap) {
      rawTooLarge = true;
      body.destroy();
      gunzip.end();
    }
  });
  body.on("error", (e) => {
    bodyError = e;
    gunzip.destroy(e);
  });
  body.pipe(gunzip);
  try {
    for await (const chunk of gunzip) {
      out += chunk.length;
      if (out > cap) {
        body.destroy();
        gunzip.destroy();
        return "too-large";
      }
      onChunk(chunk);
    }
  } catch (e) {
    if (rawTooLarge) return "too-large";
    if (bodyError) throw bodyError;
    const err = e;
    return { gzipError: (err.code ?? err.message ?? "invalid gzip").slice(0, 120) };
  }
  if (bodyError) throw bodyError;
  return rawTooLarge ? "too-large" : "ok";
}
function discard(body) {
  body.on("error", () => {
  });
  body.destroy();
}
async function readSome(body, max) {
  body.on("error", () => {
  });
  const parts = [];
  let n = 0;
  try {
    for await (const chunk of body) {
      parts.push(chunk);
      n += chunk.length;
      if (n >= max) break;
    }
  } catch {
  } finally {
    body.destroy();
  }
  return Buffer.concat(parts).subarray(0, max).toString("utf8");
}
async function probeAlternatives(agent, base, headers) {
  const tried = [];
  const stop = Date.now() + PROBE_BUDGET_MS;
  for (const path of ALTERNATIVE_PATHS) {
    if (path === base.pathname) continue;
    const left = stop - Date.now();
    if (left <= 0) break;
    tried.push(path);
    const u = new URL(base.href);
    u.pathname = path;
    try {
      const res = await (0, import_undici2.request)(u, { dispatcher: agent, method: "GET", headers, signal: AbortSignal.timeout(Math.min(left, 2e3)) });
      if (res.statusCode !== 200) {
        discard(res.body);
        continue;
      }
      const gz = (headerValue(res.headers["content-encoding"]) ?? "").toLowerCase() === "gzip";
      const head = gz ? await gunzipSome(res.body, PROBE_READ_BYTES) : await readSome(res.body, PROBE_READ_BYTES);
      if (looksLikeExposition(head)) return { found: path, tried };
    } catch {
    }
  }
  return { tried };
}
async function gunzipSome(body, max) {
  const gunzip = createGunzip();
  body.on("error", (e) => gunzip.destroy(e));
  body.pipe(gunzip);
  const text = await readSome(gunzip, max);
  body.destroy();
  return text;
}
function headerValue(v) {
  return Array.isArray(v) ? v[0] : v;
}
function safeUrl(u) {
  const c = new URL(u.href);
  c.username = "";
  c.password = "";
  return c.href;
}
var STATUS_TEXT = {
  400: "Bad Request",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  408: "Request Timeout",
  410: "Gone",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  206: "Partial Content",
  300: "Multiple Choices",
  304: "Not Modified"
};
function statusText(status) {
  return STATUS_TEXT[status] ?? "";
}
export {
  ALTERNATIVE_PATHS,
  DEFAULT_MAX_BODY_BYTES,
  MAX_REDIRECTS,
  scrapeTarget
};
