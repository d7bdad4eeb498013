#!/usr/bin/env node
import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  ordered,
  planAnnotations,
  renderJson,
  renderTerminal
} from "./chunks/chunk-Z55SPAWR.js";
import {
  InputError
} from "./chunks/chunk-WJWMSWC7.js";
import {
  atLeast,
  compareFindings,
  summarize
} from "./chunks/chunk-AQBT3PWY.js";
import {
  DEFAULT_PROMETHEUS_VERSION,
  VERSION
} from "./chunks/chunk-WNFNH4WW.js";
import {
  REPO_URL,
  docsUrl
} from "./chunks/chunk-GP62AVUT.js";

// src/cli/index.ts
import module from "node:module";

// src/cli/main.ts
import { openSync, readSync, closeSync, fstatSync } from "node:fs";
import { open } from "node:fs/promises";
import { resolve } from "node:path";

// src/exposition/sniff.ts
var OM_ONLY = /^# (?:UNIT |TYPE \S+ (?:info|stateset|gaugehistogram|unknown)[ \t]*$)/m;
var EOF_LINE = /(?:^|\n)# EOF\n?$/;
var EXEMPLAR = /^[^#\n][^\n]* # \{/m;
var QUOTED_NAME = /^[^#\n]*?[{,][ \t]*"[^"\n]*"[ \t]*[=,}]/m;
var SNIFF_BYTES = 64 * 1024;
function sniffFormat(head, tail = head) {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const text = decoder.decode(head.subarray(0, SNIFF_BYTES));
  const end = decoder.decode(tail.subarray(Math.max(0, tail.length - 64)));
  if (OM_ONLY.test(text) || EXEMPLAR.test(text) || EOF_LINE.test(end)) return "openmetrics-1.0.0";
  if (QUOTED_NAME.test(text)) return "text-1.0.0";
  return "text-0.0.4";
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var USAGE = `Usage:
  promgate check [CONFIG]     lint CONFIG (default prometheus.yml) and its rule files, scrape every target, validate
  promgate lint [CONFIG]      static checks only: CONFIG and its rule files, no network
  promgate metrics [FILE|-]   validate one exposition payload (stdin when FILE is - or absent)

Options:
  --format text|json|sarif|github   output format (default text)
  --fail-on error|warning|never     exit 1 when a finding reaches this severity (default error)
  --prometheus-version X.Y          Prometheus version to mirror (default ${DEFAULT_PROMETHEUS_VERSION})
  --allow HOST|IP|CIDR              check: also scrape these (repeatable or comma-separated; loopback always)
  --syntax-only                     check/lint: skip checks that read referenced files
  --enable-feature NAME             check/lint: a Prometheus --enable-feature the server runs with (repeatable)
  --agent                           check/lint: the config is for Prometheus in agent mode
  --ignore-unknown-fields           check/lint: accept unknown keys in rule files (promtool check rules)
  --openmetrics | --text            metrics: force the format
  --content-type VALUE              metrics: choose the format as Prometheus would from this header
  --color | --no-color              colour the text output (default: on a TTY without NO_COLOR)
  -h, --help     -V, --version
Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error or unreadable input.`;
var FORMATS = ["text", "json", "sarif", "github"];
var FAIL_ON = ["error", "warning", "never"];
function parseCommand(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        "fail-on": { type: "string" },
        "prometheus-version": { type: "string" },
        allow: { type: "string", multiple: true },
        "syntax-only": { type: "boolean" },
        "enable-feature": { type: "string", multiple: true },
        agent: { type: "boolean" },
        "ignore-unknown-fields": { type: "boolean" },
        openmetrics: { type: "boolean" },
        text: { type: "boolean" },
        "content-type": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "V" }
      }
    });
  } catch (e) {
    throw new UsageError(e.message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: "help" };
  if (v.version) return { kind: "version" };
  const [kind, ...rest] = positionals;
  if (!kind) throw new UsageError("missing command: check, lint or metrics");
  if (kind !== "check" && kind !== "lint" && kind !== "metrics") throw new UsageError(`unknown command "${kind}": use check, lint or metrics`);
  if (rest.length > 1) throw new UsageError(`${kind} takes one file, got ${rest.length}: ${rest.join(" ")}`);
  const format = v.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${v.format}"`);
  const failOn = v["fail-on"] ?? "error";
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got "${v["fail-on"]}"`);
  const prometheusVersion = v["prometheus-version"];
  if (prometheusVersion !== void 0 && !/^[23]\.\d{1,3}(\.\d{1,3})?$/.test(prometheusVersion)) {
    throw new UsageError(`--prometheus-version must look like 3.5 or 2.42, got "${prometheusVersion}"`);
  }
  if (v.color && v["no-color"]) throw new UsageError("--color and --no-color contradict each other");
  const color = v.color ? true : v["no-color"] ? false : void 0;
  const common = { format, failOn, prometheusVersion, color };
  if (kind === "metrics") {
    if (v.allow || v["syntax-only"] || v["enable-feature"] || v.agent || v["ignore-unknown-fields"]) {
      throw new UsageError("--allow, --syntax-only, --enable-feature, --agent and --ignore-unknown-fields apply to check and lint, not metrics");
    }
    const choices = [v.openmetrics, v.text, v["content-type"] !== void 0].filter(Boolean).length;
    if (choices > 1) throw new UsageError("use only one of --openmetrics, --text and --content-type");
    return {
      kind,
      file: rest[0] ?? "-",
      contentType: v["content-type"],
      forced: v.openmetrics ? "openmetrics" : v.text ? "text" : void 0,
      ...common
    };
  }
  if (v.openmetrics || v.text || v["content-type"] !== void 0) {
    throw new UsageError("--openmetrics, --text and --content-type apply to the metrics command");
  }
  if (kind === "lint" && v.allow) throw new UsageError("--allow applies to check: lint never touches the network");
  const list = (values) => (values ?? []).flatMap((a) => a.split(",")).map((a) => a.trim()).filter(Boolean);
  const features = list(v["enable-feature"]);
  const badFeature = features.find((f) => !/^[a-z0-9][a-z0-9-]*$/.test(f));
  if (badFeature !== void 0) throw new UsageError(`--enable-feature takes feature names such as promql-experimental-functions, got "${badFeature}"`);
  return {
    kind,
    config: rest[0] ?? "prometheus.yml",
    allow: list(v.allow),
    syntaxOnly: Boolean(v["syntax-only"]),
    features,
    agent: Boolean(v.agent),
    ignoreUnknownFields: Boolean(v["ignore-unknown-fields"]),
    ...common
  };
}

// src/report/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(a) {
  const p = a.properties;
  const props = [
    ["file", p.file],
    ["line", p.startLine],
    ["col", p.startColumn],
    ["endLine", p.endLine],
    ["endColumn", p.endColumn],
    ["title", p.title]
  ];
  const list = props.filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${a.level}${list ? " " + list : ""}::${escapeData(a.message)}`;
}
function renderGithub(result2, options = {}) {
  const lines = planAnnotations(result2.findings, { where: options.where ?? "the full report (--format text or json)" }).map(workflowCommand);
  return lines.length ? lines.join("\n") + "\n" : "";
}

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function uri(file) {
  return file.replace(/\\/g, "/").split("/").map((seg) => encodeURIComponent(seg)).join("/");
}
function physical(span) {
  const loc = { artifactLocation: { uri: uri(span.file) } };
  if (span.line >= 1) {
    const region = { startLine: span.line };
    if (span.column >= 1) region.startColumn = span.column;
    if (span.endLine >= span.line) region.endLine = span.endLine;
    if (span.endColumn >= 1 && (span.endLine > span.line || span.endColumn > span.column)) region.endColumn = span.endColumn;
    loc.region = region;
  }
  return loc;
}
function result(f, ruleIndex) {
  const text = f.hint ? `${f.message}
Hint: ${f.hint}` : f.message;
  const out = {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text },
    locations: [{ physicalLocation: physical(f.location) }]
  };
  if (f.related?.length) {
    out.relatedLocations = f.related.map((r, i) => ({ id: i + 1, physicalLocation: physical(r.span), message: { text: r.label } }));
  }
  const properties = {};
  if (f.scrape) Object.assign(properties, { job: f.scrape.job, target: f.scrape.target, layer: f.scrape.layer });
  if (f.payload) Object.assign(properties, { payloadLine: f.payload.line, payloadText: f.payload.text });
  if (f.verdict) properties.verdict = f.verdict.kind;
  if (Object.keys(properties).length) out.properties = properties;
  return out;
}
function toSarif(gate, options = {}) {
  const metas = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const findings = ordered(gate.findings);
  const ids = [...new Set(findings.map((f) => f.rule))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const meta = metas.get(id);
    const rule = { id, helpUri: docsUrl(id) };
    if (meta) {
      rule.shortDescription = { text: meta.description };
      rule.defaultConfiguration = { level: LEVEL[meta.severity] };
    }
    return rule;
  });
  const driver = { name: "promgate", informationUri: REPO_URL, rules };
  if (options.version) driver.version = options.version;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver }, results: findings.map((f) => result(f, index.get(f.rule))) }]
  };
}
function renderSarif(gate, options = {}) {
  return JSON.stringify(toSarif(gate, options), null, 2) + "\n";
}

// src/report/index.ts
function renderReport(result2, format, options = {}) {
  switch (format) {
    case "text":
      return renderTerminal(result2, { color: options.color });
    case "json":
      return renderJson(result2);
    case "sarif":
      return renderSarif(result2, { rules: options.rules, version: options.version });
    case "github":
      return renderGithub(result2);
  }
}

// src/cli/render.ts
async function render(result2, format, options) {
  const rules = format === "sarif" ? (await import("./chunks/registry-HEUBMTD7.js")).allRules : void 0;
  return renderReport(result2, format, { color: options.color, version: VERSION, rules });
}

// src/cli/main.ts
async function main(argv, io) {
  let command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`promgate: ${e.message}
${'Run "promgate --help" for usage.'}
`);
      return 2;
    }
    throw e;
  }
  if (command.kind === "help") {
    io.stdout.write(USAGE + "\n");
    return 0;
  }
  if (command.kind === "version") {
    io.stdout.write(`promgate ${VERSION}
`);
    return 0;
  }
  try {
    const result2 = command.kind === "metrics" ? await checkMetrics(command, io) : await (await import("./chunks/gate-FRLLBMR6.js")).gate({
      configPath: command.config,
      mode: command.kind,
      prometheusVersion: command.prometheusVersion,
      allow: command.allow,
      workspace: io.cwd,
      syntaxOnly: command.syntaxOnly,
      features: command.features,
      agentMode: command.agent,
      ignoreUnknownFields: command.ignoreUnknownFields
    });
    const color = command.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb");
    io.stdout.write(await render(result2, command.format, { color }));
    return result2.findings.some((f) => atLeast(f.severity, command.failOn)) ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`promgate: ${e.message}
`);
      return 2;
    }
    io.stderr.write(`promgate: internal error: ${e instanceof Error ? e.message : String(e)}
`);
    if (io.env.PROMGATE_DEBUG) io.stderr.write(`${e instanceof Error ? e.stack : ""}
`);
    return 2;
  }
}
async function checkMetrics(command, io) {
  const fromStdin = command.file === "-";
  const shown = fromStdin ? "<stdin>" : command.file;
  const prometheusVersion = command.prometheusVersion ?? DEFAULT_PROMETHEUS_VERSION;
  const { createValidator, negotiateFormat } = await import("./chunks/exposition-CIJKPASD.js");
  const findings = [];
  let format;
  if (command.forced) format = command.forced === "openmetrics" ? "openmetrics-1.0.0" : "text-0.0.4";
  else if (command.contentType !== void 0) {
    const negotiated = negotiateFormat({
      contentType: command.contentType,
      scrapeProtocols: [],
      prometheusVersion
    });
    for (const p of negotiated.problems) {
      findings.push({ ...p, location: { file: shown, line: 1, column: 1, endLine: 1, endColumn: 1 } });
    }
    format = negotiated.format;
    if (!format) {
      findings.sort(compareFindings);
      return { findings, summary: summarize(findings), targets: [], sources: {} };
    }
  }
  let stream;
  let head;
  let tail;
  if (fromStdin) {
    stream = io.stdin ?? process.stdin;
  } else {
    const path = resolve(io.cwd, command.file);
    let fd;
    try {
      fd = openSync(path, "r");
    } catch (e) {
      throw new InputError(`${shown}: cannot read payload (${e.code ?? String(e)})`);
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new InputError(`${shown}: not a regular file`);
      if (!format) {
        head = readAt(fd, 0, Math.min(st.size, 64 * 1024));
        tail = readAt(fd, Math.max(0, st.size - 64), Math.min(st.size, 64));
      }
    } finally {
      closeSync(fd);
    }
    stream = readReusing(path, 1024 * 1024);
  }
  const protobuf = format === "protobuf" ? await import("./chunks/protobuf-7N6UEES3.js") : void 0;
  let validator;
  const pending = [];
  let pendingBytes = 0;
  const start = (fmt) => {
    validator = protobuf ? protobuf.createProtobufValidator({ file: shown, prometheusVersion }) : createValidator({ format: fmt, file: shown, prometheusVersion });
    for (const chunk of pending) validator.push(chunk);
    pending.length = 0;
  };
  if (format || head) start(format ?? sniffFormat(head, tail));
  try {
    for await (const chunk of stream) {
      const buf = chunk;
      if (validator) validator.push(buf);
      else {
        pending.push(buf);
        pendingBytes += buf.length;
        if (pendingBytes >= 64 * 1024) start(sniffFormat(Buffer.concat(pending)));
      }
    }
  } catch (e) {
    throw new InputError(`${shown}: cannot read payload (${e.code ?? String(e)})`);
  }
  if (!validator) start(sniffFormat(Buffer.concat(pending)));
  const result2 = validator.end();
  findings.push(...result2.findings);
  findings.sort(compareFindings);
  return { findings, summary: summarize(findings), targets: [], sources: {} };
}
async function* readReusing(path, size) {
  const fh = await open(path, "r");
  try {
    let cur = Buffer.allocUnsafe(size), spare = Buffer.allocUnsafe(size);
    let reading = fh.read(cur, 0, size, null);
    for (; ; ) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) return;
      const chunk = cur.subarray(0, bytesRead);
      [cur, spare] = [spare, cur];
      reading = fh.read(cur, 0, size, null);
      yield chunk;
    }
  } finally {
    await fh.close();
  }
}
function readAt(fd, position, length) {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

// src/cli/index.ts
module.enableCompileCache?.();
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
