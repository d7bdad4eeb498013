import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  dropped_default,
  file_sd_invalid_default,
  file_sd_no_files_default,
  file_sd_unreadable_default,
  invalid_address_default,
  invalid_interval_default,
  invalid_scheme_default,
  no_address_default,
  no_targets_default,
  target_limit_exceeded_default,
  too_many_targets_default
} from "./chunk-FCGYVF45.js";
import {
  LabelSet,
  compileRelabel,
  relabel
} from "./chunk-YO34KHMB.js";
import {
  require_dist
} from "./chunk-ECLXGZKV.js";
import {
  __toESM,
  toFinding
} from "./chunk-GP62AVUT.js";

// src/targets/resolve-targets.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2 } from "node:path";

// src/targets/build-url.ts
var HEX = "0123456789ABCDEF";
function isAlnum(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function shouldEscape(c, mode) {
  if (isAlnum(c)) return false;
  switch (c) {
    case 45:
    case 95:
    case 46:
    case 126:
      return false;
    case 36:
    case 38:
    case 43:
    case 44:
    case 47:
    case 58:
    case 59:
    case 61:
    case 63:
    case 64:
      return mode === "path" ? c === 63 : true;
  }
  return true;
}
function escape(s, mode) {
  const bytes = Buffer.from(s, "utf8");
  let out = "";
  for (const b of bytes) {
    if (b === 32 && mode === "query") out += "+";
    else if (shouldEscape(b, mode)) out += "%" + HEX[b >> 4] + HEX[b & 15];
    else out += String.fromCharCode(b);
  }
  return out;
}
function encodeParams(params) {
  const parts = [];
  for (const key of Object.keys(params).sort()) {
    const k = escape(key, "query");
    for (const v of params[key]) parts.push(`${k}=${escape(v, "query")}`);
  }
  return parts.join("&");
}
function buildScrapeUrl(scheme, address, metricsPath, params) {
  let path = escape(metricsPath, "path");
  if (path !== "" && !path.startsWith("/")) path = "/" + path;
  const query = encodeParams(params);
  return `${scheme}://${address}${path}${query ? "?" + query : ""}`;
}

// src/targets/file-sd.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var MAX_FILE_SD_BYTES = 10 * 1024 * 1024;
var MAX_FILE_SD_FILES = 100;
var PATTERN_NAME = /^[^*]*(\*[^/]*)?\.(json|yml|yaml|JSON|YML|YAML)$/;
function inside(root, p) {
  const rel = relative(root, p);
  return rel === "" || !rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel);
}
function globToRegExp(glob) {
  let re = "^";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) re += "\\[";
      else {
        let cls = glob.slice(i + 1, close);
        if (cls.startsWith("^")) cls = "!" + cls.slice(1);
        re += "[" + (cls.startsWith("!") ? "^" + cls.slice(1) : cls).replace(/\\/g, "\\\\") + "]";
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(re + "$");
}
var isGlob = (s) => /[*?[]/.test(s);
function readFileSd(sd, ctx) {
  const out = { groups: [], findings: [], sources: {} };
  for (const pattern of sd.files) {
    const report = (meta, messageId, data) => {
      out.findings.push(toFinding(meta, { messageId, data, location: pattern.span }));
    };
    if (!PATTERN_NAME.test(pattern.value)) {
      report(file_sd_unreadable_default, "extension", { pattern: pattern.value });
      continue;
    }
    const abs = resolve(ctx.configDir, pattern.value);
    const dir = dirname(abs);
    let dirReal;
    try {
      dirReal = realpathSync(dir);
    } catch {
      report(file_sd_no_files_default, "none", { pattern: pattern.value });
      continue;
    }
    if (!inside(ctx.workspaceReal, dirReal)) {
      report(file_sd_unreadable_default, "outside", { path: pattern.value });
      continue;
    }
    let files;
    const base = basename(abs);
    if (isGlob(base)) {
      const re = globToRegExp(base);
      try {
        files = readdirSync(dirReal).filter((n) => re.test(n)).sort().map((n) => join(dirReal, n));
      } catch {
        files = [];
      }
    } else files = [join(dirReal, base)];
    files = files.filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
    if (files.length === 0) {
      report(file_sd_no_files_default, "none", { pattern: pattern.value });
      continue;
    }
    if (files.length > MAX_FILE_SD_FILES) {
      report(file_sd_unreadable_default, "too-many", { pattern: pattern.value, count: files.length, limit: MAX_FILE_SD_FILES });
      files = files.slice(0, MAX_FILE_SD_FILES);
    }
    for (const file of files) {
      let real;
      try {
        real = realpathSync(file);
      } catch (e) {
        report(file_sd_unreadable_default, "unreadable", { path: ctx.display(file), code: e.code ?? "error" });
        continue;
      }
      if (!inside(ctx.workspaceReal, real)) {
        report(file_sd_unreadable_default, "outside", { path: ctx.display(file) });
        continue;
      }
      const size = statSync(real).size;
      if (size > MAX_FILE_SD_BYTES) {
        report(file_sd_unreadable_default, "too-large", { path: ctx.display(file), size, limit: MAX_FILE_SD_BYTES });
        continue;
      }
      let text;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(real));
      } catch (e) {
        const code = e.code ?? "not UTF-8";
        report(file_sd_unreadable_default, "unreadable", { path: ctx.display(file), code });
        continue;
      }
      const shown = ctx.display(file);
      const parsed = parseGroups(text, file, shown);
      if ("error" in parsed) {
        report(file_sd_invalid_default, parsed.kind, { path: shown, format: /\.json$/i.test(file) ? "JSON" : "YAML", error: parsed.error });
        continue;
      }
      out.sources[shown] = text;
      out.groups.push(...parsed.groups);
    }
  }
  return out;
}
function parseGroups(text, file, shown) {
  const json = /\.json$/i.test(file);
  if (json) {
    try {
      JSON.parse(text);
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e), kind: "syntax" };
    }
  }
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length) return { error: doc.errors[0].message.split("\n")[0], kind: "syntax" };
  const span = (node) => {
    const [start, end] = node.range ?? [0, 0];
    const a = lc.linePos(start);
    const b = lc.linePos(end);
    return { file: shown, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === "")) return { groups: [] };
  if (!(0, import_yaml.isSeq)(root)) return { error: "the file must be a list of target groups", kind: "shape" };
  const groups = [];
  for (const [i, item] of root.items.entries()) {
    if (!(0, import_yaml.isMap)(item)) return { error: `entry ${i + 1} is not a mapping with "targets" and "labels"`, kind: "shape" };
    const group = { file, targets: [], labels: {} };
    for (const pair of item.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
      const value = pair.value;
      if (key === "targets") {
        if (value === null || (0, import_yaml.isScalar)(value) && value.value === null) continue;
        if (!(0, import_yaml.isSeq)(value)) return { error: `entry ${i + 1}: "targets" must be a list of strings`, kind: "shape" };
        for (const t of value.items) {
          if (!(0, import_yaml.isScalar)(t) || typeof t.value !== "string") {
            return { error: `entry ${i + 1}: every target must be a string such as "host:9100"`, kind: "shape" };
          }
          group.targets.push({ value: t.value, span: span(t) });
        }
      } else if (key === "labels") {
        if (value === null || (0, import_yaml.isScalar)(value) && value.value === null) continue;
        if (!(0, import_yaml.isMap)(value)) return { error: `entry ${i + 1}: "labels" must be a mapping of label names to strings`, kind: "shape" };
        for (const lp of value.items) {
          const name = (0, import_yaml.isScalar)(lp.key) ? String(lp.key.value) : "";
          const v = lp.value;
          if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) {
            return { error: `entry ${i + 1}: "${name}" is not a valid label name`, kind: "shape" };
          }
          if (!(0, import_yaml.isScalar)(v) || typeof v.value !== "string" && typeof v.value !== "number" && typeof v.value !== "boolean") {
            return { error: `entry ${i + 1}: label "${name}" must have a string value`, kind: "shape" };
          }
          group.labels[name] = String(v.value);
        }
      } else if (!json) {
        return { error: `entry ${i + 1}: unknown key "${key}" (only "targets" and "labels")`, kind: "shape" };
      }
    }
    groups.push(group);
  }
  return { groups };
}

// src/targets/duration.ts
var UNITS = [
  ["y", 365 * 24 * 36e5],
  ["w", 7 * 24 * 36e5],
  ["d", 24 * 36e5],
  ["h", 36e5],
  ["m", 6e4],
  ["s", 1e3],
  ["ms", 1]
];
var DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
function parseDuration(text) {
  if (text === "0") return 0;
  if (text === "") return void 0;
  const m = DURATION.exec(text);
  if (!m) return void 0;
  let ms = 0;
  UNITS.forEach(([, mult], i) => {
    if (m[i + 1] !== void 0) ms += Number(m[i + 1]) * mult;
  });
  return Number.isSafeInteger(ms) ? ms : void 0;
}
function formatDuration(ms) {
  if (ms === 0) return "0s";
  let rest = ms;
  let out = "";
  for (const [unit, mult] of UNITS) {
    if ((unit === "y" || unit === "w") && rest % mult !== 0) continue;
    const v = Math.floor(rest / mult);
    if (v > 0) {
      out += `${v}${unit}`;
      rest -= v * mult;
    }
  }
  return out;
}

// src/targets/host-port.ts
function splitHostPort(hostport) {
  const bad = (why) => ({ ok: false, error: `address ${hostport}: ${why}` });
  const i = hostport.lastIndexOf(":");
  if (i < 0) return bad("missing port in address");
  let host;
  let j = 0;
  let k = 0;
  if (hostport.startsWith("[")) {
    const end = hostport.indexOf("]");
    if (end < 0) return bad("missing ']' in address");
    if (end + 1 === hostport.length) return bad("missing port in address");
    if (end + 1 !== i) return bad(hostport[end + 1] === ":" ? "too many colons in address" : "missing port in address");
    host = hostport.slice(1, end);
    j = 1;
    k = end + 1;
  } else {
    host = hostport.slice(0, i);
    if (host.includes(":")) return bad("too many colons in address");
  }
  if (hostport.slice(j).includes("[")) return bad("unexpected '[' in address");
  if (hostport.slice(k).includes("]")) return bad("unexpected ']' in address");
  return { ok: true, host, port: hostport.slice(i + 1) };
}

// src/targets/resolve-targets.ts
var MAX_TARGETS_PER_JOB = 1e3;
function isPrometheus2(version) {
  return /^[01]\./.test(version ?? "") || /^2\./.test(version ?? "");
}
function resolveTargets(job, options) {
  const v2 = isPrometheus2(options.prometheusVersion);
  const jobName = job.jobName.value;
  const workspace = options.workspace ?? options.configDir;
  let workspaceReal;
  try {
    workspaceReal = realpathSync2(workspace);
  } catch {
    workspaceReal = resolve2(workspace);
  }
  const display = (abs) => {
    for (const root of [resolve2(workspace), workspaceReal]) {
      const rel = relative2(root, abs);
      if (rel && !rel.startsWith("..") && !isAbsolute2(rel)) return rel.split("\\").join("/");
    }
    return abs;
  };
  const result = { targets: [], findings: [], sources: {} };
  const findings = result.findings;
  const candidates = [];
  for (const sc of job.staticConfigs) {
    for (const t of sc.targets) {
      candidates.push({ labels: new LabelSet([...Object.entries(sc.labels), ["__address__", t.value]]), written: t.value, span: t.span });
    }
  }
  const jobDir = job.file && options.workspace ? dirname2(resolve2(options.workspace, job.file)) : options.configDir;
  for (const sd of job.fileSdConfigs) {
    const read = readFileSd(sd, { configDir: jobDir, workspaceReal, display });
    findings.push(...read.findings);
    Object.assign(result.sources, read.sources);
    for (const g of read.groups) {
      for (const t of g.targets) {
        const labels = new LabelSet([["__meta_filepath", g.file], ...Object.entries(g.labels), ["__address__", t.value]]);
        candidates.push({ labels, span: t.span, related: [{ span: sd.span, label: "listed by this file_sd_configs entry" }] });
      }
    }
  }
  const steps = [];
  for (const rc of job.relabelConfigs) {
    const compiled = compileRelabel(rc, !v2);
    if (!("error" in compiled)) steps.push(compiled);
  }
  const limit = options.maxTargets ?? MAX_TARGETS_PER_JOB;
  if (candidates.length > limit) {
    findings.push(toFinding(too_many_targets_default, {
      messageId: "capped",
      data: { job: jobName, count: candidates.length, limit },
      location: candidates[limit].span
    }));
    candidates.length = limit;
  }
  const legacyNames = v2 || job.metricNameValidationScheme === "legacy";
  for (const c of candidates) {
    const target = populate(c, job, steps, v2, legacyNames, findings);
    if (target) result.targets.push(target);
  }
  if (job.targetLimit && job.targetLimit > 0 && result.targets.length > job.targetLimit) {
    findings.push(toFinding(target_limit_exceeded_default, {
      messageId: "exceeded",
      data: { job: jobName, count: result.targets.length, limit: job.targetLimit },
      location: job.jobName.span
    }));
  }
  if (result.targets.length === 0) {
    findings.push(toFinding(no_targets_default, { messageId: "none", data: { job: jobName }, location: job.jobName.span }));
  }
  return result;
}
function populate(c, job, steps, v2, legacyNames, findings) {
  const jobName = job.jobName.value;
  const lb = c.labels;
  const defaults = [
    ["job", jobName],
    ["__scrape_interval__", formatDuration(job.scrapeIntervalMs)],
    ["__scrape_timeout__", formatDuration(job.scrapeTimeoutMs)],
    ["__metrics_path__", job.metricsPath],
    ["__scheme__", job.scheme]
  ];
  for (const [k, v] of defaults) if (lb.get(k) === "") lb.set(k, v);
  for (const [k, v] of Object.entries(job.params ?? {})) {
    const name = "__param_" + k;
    if (v.length > 0 && (v2 || lb.get(name) === "")) lb.set(name, v[0]);
  }
  const original = lb.get("__address__");
  const report = (meta, data) => {
    const messageId = Object.keys(meta.messages)[0];
    findings.push(toFinding(meta, { messageId, data: { job: jobName, ...data }, location: c.span, related: c.related }));
    return void 0;
  };
  const droppedAt = relabel(lb, steps, { legacyLabelNames: legacyNames });
  if (droppedAt >= 0) {
    const step = steps[droppedAt].config;
    findings.push(toFinding(dropped_default, {
      messageId: "dropped",
      data: { address: original, job: jobName, step: job.relabelConfigs.indexOf(step) + 1, action: step.action },
      location: c.span,
      related: [...c.related ?? [], { span: step.span, label: "dropped by this step" }]
    }));
    return void 0;
  }
  let address = lb.get("__address__");
  if (address === "") return report(no_address_default, {});
  const scheme = lb.get("__scheme__");
  const ownedByConfig = c.written !== void 0 && c.written === address;
  const badAddress = (reason) => {
    if (ownedByConfig) return void 0;
    return report(invalid_address_default, { address, reason, example: exampleAddress(address) });
  };
  if (v2) {
    const hp = splitHostPort(address);
    if (!hp.ok && splitHostPort(address + ":1234").ok) {
      if (scheme === "http" || scheme === "") address += ":80";
      else if (scheme === "https") address += ":443";
      else return report(invalid_scheme_default, { address, scheme });
      lb.set("__address__", address);
    }
  }
  if (address.includes("/")) return badAddress('it contains "/" (a URL, not host:port)');
  if (scheme !== "http" && scheme !== "https") return report(invalid_scheme_default, { address, scheme });
  const hostProblem = checkHost(address);
  if (hostProblem) return badAddress(hostProblem);
  const interval = parseDuration(lb.get("__scrape_interval__"));
  const timeout = parseDuration(lb.get("__scrape_timeout__"));
  if (interval === void 0) return report(invalid_interval_default, { address, reason: `__scrape_interval__ "${lb.get("__scrape_interval__")}" is not a duration` });
  if (interval === 0) return report(invalid_interval_default, { address, reason: "the scrape interval cannot be 0" });
  if (timeout === void 0) return report(invalid_interval_default, { address, reason: `__scrape_timeout__ "${lb.get("__scrape_timeout__")}" is not a duration` });
  if (timeout === 0) return report(invalid_interval_default, { address, reason: "the scrape timeout cannot be 0" });
  if (timeout > interval) {
    return report(invalid_interval_default, {
      address,
      reason: `the scrape timeout "${lb.get("__scrape_timeout__")}" is longer than the interval "${lb.get("__scrape_interval__")}"`
    });
  }
  for (const name of lb.names()) if (name.startsWith("__meta_")) lb.delete(name);
  if (lb.get("instance") === "") lb.set("instance", address);
  const params = {};
  for (const [k, v] of Object.entries(job.params ?? {})) params[k] = [...v];
  for (const name of lb.names()) {
    if (!name.startsWith("__param_")) continue;
    const key = name.slice("__param_".length);
    if (params[key]?.length) params[key][0] = lb.get(name);
    else params[key] = [lb.get(name)];
  }
  const metricsPath = lb.get("__metrics_path__");
  return {
    job: jobName,
    url: buildScrapeUrl(scheme, address, metricsPath, params),
    address,
    labels: lb.toObject((n) => !n.startsWith("__")),
    span: c.span,
    scheme,
    metricsPath,
    params,
    scrapeTimeoutMs: timeout,
    ...c.related ? { related: c.related } : {}
  };
}
function checkHost(address) {
  const hp = splitHostPort(address);
  const host = hp.ok ? hp.host : address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  if (hp.ok) {
    if (!/^\d{1,5}$/.test(hp.port) || Number(hp.port) < 1 || Number(hp.port) > 65535) return `port "${hp.port}" is not a number from 1 to 65535`;
  } else if (!(address.startsWith("[") && address.endsWith("]")) && address.includes(":")) {
    return hp.error;
  }
  if (host === "") return "the host is empty";
  if (!/^[A-Za-z0-9._~%:-]+$/.test(host)) return `the host "${host}" contains characters a host name cannot have`;
  return void 0;
}
function exampleAddress(address) {
  const m = /^(?:[a-z]+:\/\/)?([^/]+)/i.exec(address);
  const hostPort = m ? m[1] : "localhost";
  return /:\d+$/.test(hostPort) ? hostPort : `${hostPort.replace(/:.*$/, "")}:9100`;
}
export {
  MAX_TARGETS_PER_JOB,
  isPrometheus2,
  resolveTargets
};
