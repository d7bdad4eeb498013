import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-AQBT3PWY.js";
import {
  docsUrl
} from "./chunk-GP62AVUT.js";

// src/report/words.ts
var LAYER_TEXT = {
  network: "the connection failed; TLS and HTTP were never reached",
  tls: "the TLS handshake failed; HTTP was never reached",
  auth: "the server answered but refused the credentials",
  endpoint: "the server answered, but not with metrics at this path",
  format: "metrics were served, but the payload is not valid"
};
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function countsText(s) {
  return `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")}`;
}
function targetsText(s) {
  if (s.targets === 0) return "";
  return `${plural(s.targets, "target")} scraped, ${s.targetsFailed} failed`;
}
function ordered(findings) {
  return [...findings].sort(compareFindings);
}
function where(f) {
  const l = f.location;
  if (!l.line) return l.file;
  return `${l.file}:${l.line}:${l.column || 1}`;
}

// src/report/annotations.ts
var GITHUB_LIMITS = { perLevel: 10, perJob: 50 };
var LEVEL_OF = { error: "error", warning: "warning", info: "notice" };
function toAnnotation(f) {
  const l = f.location;
  const properties = { title: f.rule, file: l.file };
  if (l.line >= 1) {
    properties.startLine = l.line;
    properties.endLine = Math.max(l.line, l.endLine);
    if (properties.endLine === l.line && l.column >= 1) {
      properties.startColumn = l.column;
      properties.endColumn = Math.max(l.column, l.endColumn);
    }
  }
  let message = f.message;
  if (f.scrape) message += `
(job "${f.scrape.job}", GET ${f.scrape.target}, ${f.scrape.layer} layer)`;
  if (f.hint) message += `
Hint: ${f.hint}`;
  return { level: LEVEL_OF[f.severity], message, properties, finding: f };
}
function planAnnotations(findings, options = {}) {
  const limits = options.limits ?? GITHUB_LIMITS;
  const where2 = options.where ?? "the job summary";
  const sorted = ordered(findings);
  const per = Math.max(0, limits.perLevel);
  const perJob = Math.max(0, limits.perJob);
  const shown = { error: [], warning: [], info: [] };
  let used = 0;
  for (const f of sorted) {
    const bucket = shown[f.severity];
    if (bucket.length < per && used < perJob) {
      bucket.push(f);
      used++;
    }
  }
  if (sorted.length > used && per > 0 && perJob > 0) {
    if (shown.info.length >= per) {
      shown.info.pop();
      used--;
    }
    if (used >= perJob) {
      ;
      (shown.info.length ? shown.info : shown.warning.length ? shown.warning : shown.error).pop();
      used--;
    }
  }
  const out = [...shown.error, ...shown.warning, ...shown.info].map(toAnnotation);
  const left = {
    error: sorted.filter((f) => f.severity === "error").length - shown.error.length,
    warning: sorted.filter((f) => f.severity === "warning").length - shown.warning.length,
    info: sorted.filter((f) => f.severity === "info").length - shown.info.length
  };
  const hidden = left.error + left.warning + left.info;
  if (hidden > 0 && per > 0 && perJob > 0) {
    const parts = [];
    if (left.error) parts.push(plural(left.error, "error"));
    if (left.warning) parts.push(plural(left.warning, "warning"));
    if (left.info) parts.push(plural(left.info, "info"));
    out.push({
      level: "notice",
      message: `${hidden} more ${hidden === 1 ? "finding is" : "findings are"} not annotated (${parts.join(", ")}): GitHub shows at most ${per} annotations of each level per step. Every finding is listed in ${where2}.`,
      properties: { title: `promgate: ${hidden} more ${hidden === 1 ? "finding" : "findings"}` }
    });
  }
  return out;
}

// src/report/json.ts
function jsonFinding(f) {
  const l = f.location;
  const out = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    hint: f.hint ?? null,
    file: l.file,
    line: l.line,
    column: l.column,
    endLine: l.endLine,
    endColumn: l.endColumn,
    docs: docsUrl(f.rule)
  };
  if (f.scrape) {
    out.job = f.scrape.job;
    out.target = f.scrape.target;
    out.layer = f.scrape.layer;
  }
  if (f.payload) {
    out.payloadLine = f.payload.line;
    if (f.payload.column !== void 0) out.payloadColumn = f.payload.column;
    out.payloadText = f.payload.text;
  }
  if (f.verdict) {
    out.verdict = f.verdict.kind;
    if (f.verdict.versions) out.verdictVersions = f.verdict.versions;
  }
  if (f.related?.length) {
    out.related = f.related.map((r) => ({ ...r.span, label: r.label }));
  }
  return out;
}
function toJsonReport(result) {
  return {
    findings: ordered(result.findings).map(jsonFinding),
    summary: { ...result.summary },
    targets: result.targets.map((t) => {
      const out = { job: t.job, url: t.url, file: t.span.file, line: t.span.line, ok: t.ok, durationMs: t.durationMs };
      if (t.layer) out.layer = t.layer;
      if (t.status !== void 0) out.status = t.status;
      if (t.samples !== void 0) out.samples = t.samples;
      return out;
    })
  };
}
function renderJson(result) {
  return JSON.stringify(toJsonReport(result), null, 2) + "\n";
}

// src/report/display-width.ts
var TAB_WIDTH = 4;
var WIDE = [
  [4352, 4447],
  [8986, 8987],
  [9001, 9002],
  [9193, 9196],
  [9200, 9200],
  [9203, 9203],
  [9725, 9726],
  [9748, 9749],
  [9800, 9811],
  [9855, 9855],
  [9875, 9875],
  [9889, 9889],
  [9898, 9899],
  [9917, 9918],
  [9924, 9925],
  [9934, 9934],
  [9940, 9940],
  [9962, 9962],
  [9970, 9971],
  [9973, 9973],
  [9978, 9978],
  [9981, 9981],
  [9989, 9989],
  [9994, 9995],
  [10024, 10024],
  [10060, 10060],
  [10062, 10062],
  [10067, 10069],
  [10071, 10071],
  [10133, 10135],
  [10160, 10160],
  [10175, 10175],
  [11035, 11036],
  [11088, 11088],
  [11093, 11093],
  [11904, 12350],
  [12353, 13311],
  [13312, 19903],
  [19968, 40959],
  [40960, 42191],
  [43360, 43391],
  [44032, 55203],
  [63744, 64255],
  [65040, 65049],
  [65072, 65135],
  [65280, 65376],
  [65504, 65510],
  [94176, 101631],
  [110592, 111359],
  [126980, 126980],
  [127183, 127183],
  [127374, 127374],
  [127377, 127386],
  [127488, 127743],
  [127744, 128591],
  [128640, 128767],
  [128992, 129003],
  [129292, 129535],
  [129648, 129791],
  [131072, 262141]
];
var ZERO = [
  [768, 879],
  [1155, 1161],
  [1425, 1469],
  [1552, 1562],
  [1611, 1631],
  [3633, 3633],
  [3636, 3642],
  [6832, 6911],
  [7616, 7679],
  [8203, 8205],
  [8400, 8447],
  [65024, 65039],
  [65056, 65071],
  [127995, 127999],
  [917760, 917999]
];
function inRanges(cp, ranges) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [from, to] = ranges[mid];
    if (cp < from) hi = mid - 1;
    else if (cp > to) lo = mid + 1;
    else return true;
  }
  return false;
}
function codePointWidth(cp) {
  if (cp === 9) return TAB_WIDTH;
  if (isUnsafe(cp)) return visibleEscape(cp).length;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}
function isUnsafe(cp) {
  return cp < 32 && cp !== 9 || cp >= 127 && cp <= 159 || cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297 || cp === 8206 || cp === 8207 || cp === 1564 || cp === 8232 || cp === 8233 || cp === 65279 || cp >= 55296 && cp <= 57343;
}
function visibleEscape(cp) {
  if (cp === 10) return "\\n";
  if (cp === 13) return "\\r";
  if (cp <= 255) return "\\x" + cp.toString(16).padStart(2, "0");
  return "\\u{" + cp.toString(16) + "}";
}
function cells(line) {
  const out = [];
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i);
    const size = cp > 65535 ? 2 : 1;
    let text;
    if (cp === 9) text = " ".repeat(TAB_WIDTH);
    else if (isUnsafe(cp)) text = visibleEscape(cp);
    else text = String.fromCodePoint(cp);
    out.push({ text, width: codePointWidth(cp), from: i, to: i + size });
    i += size;
  }
  return out;
}
function visible(s) {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    out += isUnsafe(cp) ? visibleEscape(cp) : ch;
  }
  return out;
}

// src/report/markdown.ts
var ZWSP = "\u200B";
function defuse(s) {
  return s.replace(/@/g, "@" + ZWSP).replace(/#/g, "#" + ZWSP);
}
function mdText(s) {
  return defuse(visible(s.replace(/\r?\n/g, " "))).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]{}()|~!:]/g, (c) => "\\" + c);
}
function htmlText(s) {
  return defuse(visible(s.replace(/\r?\n/g, " "))).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/[`*_[\]|~]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function mdCode(s) {
  const text = visible(s.replace(/\r?\n/g, " "));
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const tick = "`".repeat(longest + 1);
  const body = text.replace(/\|/g, "\\|");
  return `${tick} ${body} ${tick}`;
}
function fenced(content, info = "text") {
  const safe = content.split("\n").map((l) => visible(l)).join("\n");
  const longest = Math.max(0, ...[...safe.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}
${safe}
${fence}`;
}
function mdLink(label, url) {
  return `[${mdText(label)}](${encodeURI(url)})`;
}
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var bytes = (s) => Buffer.byteLength(s, "utf8");
function headline(result) {
  const s = result.summary;
  const icon = s.errors ? SEVERITY_ICON.error : s.warnings ? SEVERITY_ICON.warning : "\u2705";
  return `${icon} promgate: ${s.errors + s.warnings + s.infos === 0 ? "no findings" : countsText(s)}`;
}
function renderSummary(result, options = {}) {
  const max = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
  const head = [`## ${headline(result)}`, ""];
  const facts = [];
  if (options.configPath) facts.push(`config ${mdCode(options.configPath)}`);
  const t = targetsText(result.summary);
  if (t) facts.push(t);
  if (options.failOn) facts.push(`fail-on: ${mdCode(options.failOn)}`);
  if (facts.length) head.push(facts.join(" \xB7 "), "");
  const sections = [];
  if (result.targets.length) {
    sections.push({
      title: "### Targets",
      header: ["| Job | URL | Result | Layer | HTTP | Samples | Time |", "| --- | --- | --- | --- | --- | --- | --- |"],
      rows: result.targets.map((tg) => {
        const res = tg.ok ? "\u2705 ok" : `${SEVERITY_ICON.error} failed`;
        const layer = tg.layer ? `${tg.layer}: ${mdText(LAYER_TEXT[tg.layer] ?? "")}` : "";
        return `| ${mdText(tg.job)} | ${mdCode(tg.url)} | ${res} | ${layer} | ${tg.status ?? ""} | ${tg.samples ?? ""} | ${Math.round(tg.durationMs)} ms |`;
      }),
      noun: "target"
    });
  }
  const findings = ordered(result.findings);
  if (findings.length) {
    sections.push({
      title: "### Findings",
      header: ["| | Rule | Where | Message | Fix |", "| --- | --- | --- | --- | --- |"],
      rows: findings.map((f) => {
        let message = mdText(f.message);
        if (f.scrape) message += `<br>job ${mdCode(f.scrape.job)}, ${mdCode("GET " + f.scrape.target)}, ${f.scrape.layer} layer`;
        if (f.payload) message += `<br>payload line ${f.payload.line}: ${mdCode(f.payload.text.slice(0, 200))}`;
        return `| ${SEVERITY_ICON[f.severity]} | ${mdLink(f.rule, docsUrl(f.rule))} | ${mdCode(where(f))} | ${message} | ${f.hint ? mdText(f.hint) : ""} |`;
      }),
      noun: "finding"
    });
  }
  const noteFor = (left2) => `
> [!WARNING]
> Truncated: ${left2.map((x) => plural(x.n, x.noun)).join(" and ")} not shown (GitHub limits a job summary to 1 MiB).` + (options.fullReport ? ` Every finding is in ${mdText(options.fullReport)}.` : "") + "\n";
  const reserve = bytes(noteFor([{ noun: "target", n: 1e9 }, { noun: "finding", n: 1e9 }]));
  let out = head.join("\n") + "\n";
  const left = [];
  for (const sec of sections) {
    const start = sec.title + "\n\n" + sec.header.join("\n") + "\n";
    if (bytes(out) + bytes(start) + reserve > max) {
      left.push({ noun: sec.noun, n: sec.rows.length });
      continue;
    }
    let body = start;
    let used = bytes(out) + bytes(start);
    let i = 0;
    for (; i < sec.rows.length; i++) {
      const row = sec.rows[i] + "\n";
      const b = bytes(row);
      if (used + b + reserve > max) break;
      body += row;
      used += b;
    }
    out += body + "\n";
    if (i < sec.rows.length) left.push({ noun: sec.noun, n: sec.rows.length - i });
  }
  if (left.length) out += noteFor(left);
  return out;
}

// src/report/frame.ts
var MAX_LINE_WIDTH = 100;
var MAX_SCAN = 4096;
function pickLines(text, wanted) {
  const out = /* @__PURE__ */ new Map();
  if (wanted.size === 0) return out;
  const max = Math.max(...wanted);
  let line = 1;
  let start = 0;
  while (line <= max && start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (wanted.has(line)) {
      let s = text.slice(start, end);
      if (s.endsWith("\r")) s = s.slice(0, -1);
      out.set(line, s);
    }
    if (end === text.length) break;
    start = end + 1;
    line++;
  }
  return out;
}
function cutLine(line, focus) {
  let offset = 0;
  let text = line;
  let preTrimmedLeft = false;
  let preTrimmedRight = false;
  if (text.length > MAX_SCAN) {
    offset = Math.max(0, Math.min(focus - MAX_SCAN / 2, text.length - MAX_SCAN));
    if (offset > 0 && /[\udc00-\udfff]/.test(text[offset])) offset++;
    preTrimmedLeft = offset > 0;
    preTrimmedRight = offset + MAX_SCAN < text.length;
    text = text.slice(offset, offset + MAX_SCAN);
  }
  const all = cells(text);
  const total = all.reduce((w2, c) => w2 + c.width, 0);
  if (total <= MAX_LINE_WIDTH && !preTrimmedLeft && !preTrimmedRight) {
    return { cut: { cells: all, shift: 0, prefix: false, suffix: false }, offset };
  }
  let acc = 0;
  for (const c of all) {
    if (c.from + offset >= focus) break;
    acc += c.width;
  }
  const budget = MAX_LINE_WIDTH - 2;
  let startW = Math.max(0, acc - Math.floor(budget / 3));
  if (total - startW < budget) startW = Math.max(0, total - budget);
  const kept = [];
  let w = 0;
  let shift = 0;
  let prefix = preTrimmedLeft;
  let suffix = preTrimmedRight;
  for (const c of all) {
    if (w < startW) {
      w += c.width;
      shift = w;
      prefix = true;
      continue;
    }
    if (w + c.width - startW > budget) {
      suffix = true;
      break;
    }
    kept.push(c);
    w += c.width;
  }
  return { cut: { cells: kept, shift, prefix, suffix }, offset };
}
function renderFrame(source, marks, gutter) {
  return renderLines(pickLines(source, new Set(marks.map((m) => m.line).filter((n) => n >= 1))), marks, gutter);
}
function renderLines(lines, marks, gutter) {
  const lineNumbers = new Set(marks.map((m) => m.line).filter((n) => n >= 1));
  const out = [];
  const pad = " ".repeat(gutter);
  const sorted = [...lineNumbers].filter((n) => lines.has(n)).sort((a, b) => a - b);
  let previous = 0;
  for (const n of sorted) {
    if (previous && n > previous + 1) out.push([{ text: "...", style: "gutter" }]);
    previous = n;
    const text = lines.get(n);
    const onLine = marks.filter((m) => m.line === n).sort((a, b) => Number(b.primary) - Number(a.primary) || a.column - b.column);
    const focus = Math.max(0, onLine[0].column - 1);
    const { cut, offset } = cutLine(text, focus);
    let printed = cut.prefix ? "\u2026" : "";
    for (const c of cut.cells) printed += c.text;
    if (cut.suffix) printed += "\u2026";
    out.push([
      { text: String(n).padStart(gutter) + " |", style: "gutter" },
      ...printed ? [{ text: " " + printed, style: "plain" }] : []
    ]);
    const lead = cut.prefix ? 1 : 0;
    const keptWidth = cut.cells.reduce((w, c) => w + c.width, 0);
    for (const m of onLine) {
      const from = m.column - 1;
      const to = m.endLine > m.line ? text.length : Math.max(m.endColumn - 1, from + 1);
      let start = -1;
      let end = -1;
      let w = 0;
      for (const c of cut.cells) {
        const cf = c.from + offset;
        const ct = c.to + offset;
        if (ct > from && cf < to) {
          if (start < 0) start = w;
          end = w + Math.max(c.width, 1);
        }
        w += c.width;
      }
      if (start < 0) {
        const lastTo = cut.cells.length ? cut.cells[cut.cells.length - 1].to + offset : offset;
        start = from >= lastTo ? keptWidth + (cut.suffix ? 1 : 0) : 0;
        end = start + 1;
      }
      const ch = m.primary ? "^" : "-";
      const segs = [
        { text: pad + " |", style: "gutter" },
        { text: " " + " ".repeat(lead + start), style: "plain" },
        { text: ch.repeat(end - start), style: m.primary ? "primary" : "related" }
      ];
      if (m.label) segs.push({ text: " " + visible(m.label), style: m.primary ? "primary" : "related" });
      out.push(segs);
    }
  }
  return out;
}
function gutterWidth(lineNumbers) {
  return Math.max(1, ...lineNumbers.map((n) => String(n).length));
}
function plain(lines) {
  return lines.map((l) => l.map((s) => s.text).join("").replace(/\s+$/, "")).join("\n");
}

// src/report/terminal.ts
var ANSI = {
  plain: "",
  gutter: "\x1B[1;34m",
  primary: "\x1B[1;31m",
  related: "\x1B[1;34m",
  error: "\x1B[1;31m",
  warning: "\x1B[1;33m",
  info: "\x1B[1;36m",
  bold: "\x1B[1m",
  dim: "\x1B[2m"
};
function paint(lines, color, primary) {
  return lines.map((line) => {
    const text = line.map((s) => {
      const style = s.style === "primary" ? primary : s.style;
      return color && ANSI[style] ? ANSI[style] + s.text + "\x1B[0m" : s.text;
    }).join("");
    return defuseCommand(text.replace(/[ \t]+$/, ""));
  }).join("\n");
}
function defuseCommand(line) {
  return line.replace(/^(\s*)(::|##\[)/, "$1\\$2");
}
function note(pad, key, value) {
  const parts = value.split("\n");
  const indent = " ".repeat(key.length + 2);
  return parts.map((part, i) => [
    { text: pad + (i === 0 ? " = " : "   "), style: "gutter" },
    { text: i === 0 ? key + ": " : indent, style: i === 0 ? "bold" : "plain" },
    { text: visible(part), style: "plain" }
  ]);
}
function findingBlock(f, sources, frameOnly = false) {
  const loc = f.location;
  const source = sources[loc.file];
  const marks = [];
  const payload = f.payload && (f.scrape || source === void 0 || loc.line < 1) ? f.payload : void 0;
  if (loc.line >= 1) {
    marks.push({
      line: loc.line,
      column: Math.max(1, loc.column),
      endLine: Math.max(loc.line, loc.endLine),
      endColumn: loc.endColumn,
      // With a payload line shown, `^` goes there (where the problem is) and the target line is context.
      primary: !payload,
      label: f.scrape ? `job "${f.scrape.job}": GET ${f.scrape.target}` : void 0
    });
  }
  for (const r of f.related ?? []) {
    if (r.span.file === loc.file && r.span.line >= 1) {
      marks.push({ line: r.span.line, column: Math.max(1, r.span.column), endLine: r.span.endLine, endColumn: r.span.endColumn, primary: false, label: r.label });
    }
  }
  const frameLines = source !== void 0 ? marks.map((m) => m.line) : [];
  const gutter = gutterWidth([...frameLines, ...payload ? [payload.line] : []]);
  const pad = " ".repeat(gutter);
  const out = [];
  if (!frameOnly) out.push([
    { text: f.severity, style: f.severity },
    { text: "[" + visible(f.rule) + "]", style: f.severity },
    { text: ": " + visible(f.message), style: "bold" }
  ]);
  out.push([{ text: pad + "--> ", style: "gutter" }, { text: visible(where(f)), style: "plain" }]);
  if (source !== void 0 && marks.length) {
    const frame = renderFrame(source, marks, gutter);
    if (frame.length) {
      out.push([{ text: pad + " |", style: "gutter" }], ...frame);
    }
  }
  for (const r of f.related ?? []) {
    if (r.span.file !== loc.file || source === void 0) {
      out.push([
        { text: pad + "--> ", style: "gutter" },
        { text: visible(`${r.span.file}:${r.span.line}:${r.span.column}`) + " " + visible(r.label), style: "plain" }
      ]);
    }
  }
  if (payload) {
    const col = payload.column ?? 1;
    const what = f.scrape ? `payload of ${f.scrape.target}` : "payload";
    out.push([{ text: pad + "--> ", style: "gutter" }, { text: visible(`${what}, line ${payload.line}`), style: "plain" }]);
    const frame = renderLines(
      // The payload text is one line, shown under its own number (newlines in it are escaped by cells()).
      /* @__PURE__ */ new Map([[payload.line, payload.text]]),
      [{ line: payload.line, column: col, endLine: payload.line, endColumn: col + 1, primary: true }],
      gutter
    );
    out.push(...frame);
  }
  if (frameOnly) return out;
  if (f.scrape) out.push(...note(pad, "layer", `${f.scrape.layer} (${LAYER_TEXT[f.scrape.layer] ?? "unknown layer"})`));
  if (f.hint) out.push(...note(pad, "hint", f.hint));
  out.push(...note(pad, "docs", docsUrl(f.rule)));
  return out;
}
function renderTerminal(result, options = {}) {
  const color = options.color === true;
  const blocks = [];
  for (const f of ordered(result.findings)) {
    blocks.push(paint(findingBlock(f, result.sources), color, f.severity));
  }
  blocks.push(paint([summaryLine(result)], color, "plain"));
  return blocks.join("\n\n") + "\n";
}
function summaryLine(result) {
  const s = result.summary;
  const targets = targetsText(s);
  const worst = s.errors ? "error" : s.warnings ? "warning" : s.infos ? "info" : "bold";
  const head = s.errors + s.warnings + s.infos === 0 ? "no findings" : countsText(s);
  return [
    { text: "promgate: ", style: "bold" },
    { text: head, style: worst },
    ...targets ? [{ text: "; " + targets, style: "plain" }] : []
  ];
}
function frameText(f, sources) {
  return plain(findingBlock(f, sources, true));
}

// src/report/pr-comment.ts
var STICKY_MARKER = "<!-- promgate:sticky -->";
var COMMENT_LIMIT = 65e3;
function renderPrComment(result, options = {}) {
  const max = options.maxChars ?? COMMENT_LIMIT;
  const facts = [];
  if (options.configPath) facts.push(mdCode(options.configPath));
  const t = targetsText(result.summary);
  if (t) facts.push(t);
  if (options.runUrl) facts.push(`[workflow run](${encodeURI(options.runUrl)})`);
  let out = `${STICKY_MARKER}
### ${headline(result)}

`;
  if (facts.length) out += facts.join(" \xB7 ") + "\n\n";
  const findings = ordered(result.findings);
  const blocks = findings.map((f) => {
    const summary = `${SEVERITY_ICON[f.severity]} <code>${htmlText(f.rule)}</code> \xB7 ${htmlText(where(f))} \xB7 ${htmlText(f.message)}`;
    const parts = [`<details><summary>${summary}</summary>`, ""];
    let detail = `**${mdText(f.message)}**`;
    if (f.scrape) detail += `

job ${mdCode(f.scrape.job)} \xB7 ${mdCode("GET " + f.scrape.target)} \xB7 ${f.scrape.layer} layer`;
    parts.push(detail, "");
    const frame = frameText(f, result.sources);
    parts.push(fenced(frame, "text"), "");
    if (f.hint) {
      parts.push(f.hint.includes("\n") ? `**How to fix:**

${fenced(f.hint, "yaml")}` : `**How to fix:** ${mdText(f.hint)}`, "");
    }
    parts.push(mdLink(`Docs: ${f.rule}`, docsUrl(f.rule)), "", "</details>", "", "");
    return parts.join("\n");
  });
  const note2 = (n) => `
> [!NOTE]
> ${plural(n, "more finding")} not shown: a comment is limited to 65,536 characters.` + (options.runUrl ? ` The [workflow run](${encodeURI(options.runUrl)})'s job summary lists every finding.` : " The job summary of the workflow run lists every finding.") + "\n";
  const reserve = note2(1e9).length;
  let i = 0;
  for (; i < blocks.length; i++) {
    if (out.length + blocks[i].length + reserve > max) break;
    out += blocks[i];
  }
  if (i < blocks.length) out += note2(blocks.length - i);
  return out;
}

export {
  countsText,
  ordered,
  planAnnotations,
  renderJson,
  mdText,
  renderSummary,
  renderTerminal,
  STICKY_MARKER,
  renderPrComment
};
