import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  atLeastVersion,
  fileChecks,
  pathRules,
  promqlIssues,
  resolveOptions,
  yaml_syntax_default
} from "./chunk-IWYYXSV3.js";
import {
  didYouMean
} from "./chunk-3U56Y7DN.js";
import {
  compareFindings
} from "./chunk-AQBT3PWY.js";
import {
  require_dist
} from "./chunk-ECLXGZKV.js";
import "./chunk-WNFNH4WW.js";
import {
  __toESM,
  toFinding
} from "./chunk-GP62AVUT.js";

// src/rules/check-rule-files.ts
import { readFileSync, realpathSync, statSync, lstatSync as lstatSync2 } from "node:fs";
import { basename, dirname, isAbsolute, join as join2, posix, relative, resolve as resolvePath, sep } from "node:path";

// src/rules/load-rule-file.ts
var import_yaml = __toESM(require_dist(), 1);

// src/rules/line-index.ts
var LineIndex = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  file;
  text;
  starts = [0];
  pos(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }
  /** Span of [start, end); an empty range is widened to one character where the text allows. */
  span(start, end) {
    if (end < start) end = start;
    if (end === start && end < this.text.length && this.text[end] !== "\n") end++;
    const a = this.pos(start), b = this.pos(end);
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** From `start` to the end of its line (trailing spaces and comments kept out when easy). */
  headSpan(start, end) {
    let e = this.text.indexOf("\n", start);
    if (e < 0) e = this.text.length;
    if (end !== void 0 && end < e) e = end;
    while (e > start && /\s/.test(this.text[e - 1])) e--;
    return this.span(start, e);
  }
};

// src/rules/scalar-map.ts
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
function push(out, s, off) {
  for (const ch of s) {
    out.chars.push(ch);
    out.offs.push(off);
    if (ch.length === 2) {
      out.offs.push(off);
    }
  }
}
function flow(text, start, end, style) {
  const out = { chars: [], offs: [] };
  let i = start, stop = end;
  if (style !== "PLAIN") {
    i++;
    stop--;
  }
  let trailingWs = 0;
  while (i < stop) {
    const c = text[i];
    if (c === "\r" || c === "\n") {
      out.chars.splice(out.chars.length - trailingWs, trailingWs);
      out.offs.splice(out.offs.length - trailingWs, trailingWs);
      trailingWs = 0;
      const nl = i;
      let empties = 0;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      for (; ; ) {
        while (i < stop && (text[i] === " " || text[i] === "	")) i++;
        if (i < stop && (text[i] === "\n" || text[i] === "\r")) {
          empties++;
          i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
          continue;
        }
        break;
      }
      if (empties === 0) push(out, " ", nl);
      else for (let k = 0; k < empties; k++) push(out, "\n", nl);
      continue;
    }
    if (style === "QUOTE_SINGLE" && c === "'" && text[i + 1] === "'") {
      push(out, "'", i);
      i += 2;
      trailingWs = 0;
      continue;
    }
    if (style === "QUOTE_DOUBLE" && c === "\\") {
      const n = text[i + 1];
      if (n === "\n" || n === "\r") {
        i += n === "\r" && text[i + 2] === "\n" ? 3 : 2;
        while (i < stop && (text[i] === " " || text[i] === "	")) i++;
        trailingWs = 0;
        continue;
      }
      const hexLen = n === "x" ? 2 : n === "u" ? 4 : n === "U" ? 8 : 0;
      if (hexLen) {
        const code = parseInt(text.slice(i + 2, i + 2 + hexLen), 16);
        push(out, Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : "\uFFFD", i);
        i += 2 + hexLen;
      } else {
        push(out, ESCAPES[n] ?? n ?? "", i);
        i += 2;
      }
      trailingWs = 0;
      continue;
    }
    push(out, c, i);
    trailingWs = c === " " || c === "	" ? trailingWs + 1 : 0;
    i++;
  }
  return out;
}
function block(text, start, end, style, less = 0) {
  const out = { chars: [], offs: [] };
  let i = text.indexOf("\n", start);
  if (i < 0 || i >= end) return out;
  i++;
  const lines = [];
  while (i < end) {
    let e = text.indexOf("\n", i);
    if (e < 0 || e > end) e = end;
    lines.push({ s: i, e: text[e - 1] === "\r" ? e - 1 : e });
    i = e + 1;
  }
  let indent = -1;
  for (const l of lines) {
    let k = l.s;
    while (k < l.e && text[k] === " ") k++;
    if (k < l.e) {
      indent = k - l.s - less;
      break;
    }
  }
  if (indent < 0) return out;
  let prevFoldable = false;
  let pendingBreaks = [];
  for (const l of lines) {
    const content = Math.min(l.s + indent, l.e);
    const empty = content >= l.e || /^[ \t]*$/.test(text.slice(content, l.e));
    if (empty) {
      pendingBreaks.push(l.e);
      continue;
    }
    const foldable = style === "BLOCK_FOLDED" && text[content] !== " " && text[content] !== "	";
    if (out.chars.length > 0 || pendingBreaks.length > 0) {
      if (out.chars.length === 0) {
        for (const b of pendingBreaks) push(out, "\n", b);
      } else if (prevFoldable && foldable) {
        if (pendingBreaks.length === 0) push(out, " ", out.offs[out.offs.length - 1] + 1);
        else for (const b of pendingBreaks) push(out, "\n", b);
      } else {
        push(out, "\n", out.offs[out.offs.length - 1] + 1);
        for (const b of pendingBreaks) push(out, "\n", b);
      }
    }
    pendingBreaks = [];
    for (let k = content; k < l.e; k++) push(out, text[k], k);
    prevFoldable = foldable;
  }
  const lastEnd = out.offs.length ? out.offs[out.offs.length - 1] + 1 : start;
  push(out, "\n", lastEnd);
  for (const b of pendingBreaks) push(out, "\n", b);
  return out;
}
function mapScalar(text, range, style, value) {
  const [start, end] = range;
  const st = style ?? "PLAIN";
  let out;
  try {
    out = st === "BLOCK_LITERAL" || st === "BLOCK_FOLDED" ? block(text, start, end, st) : flow(text, start, end, st);
  } catch {
    out = { chars: [], offs: [] };
  }
  const built = out.chars.join("");
  const isBlock = st === "BLOCK_LITERAL" || st === "BLOCK_FOLDED";
  const trimmed = value.replace(/\n+$/, "");
  let exact = isBlock ? built.startsWith(trimmed) : built === value;
  for (let less = 1; isBlock && !exact && less <= 9; less++) {
    out = block(text, start, end, st, less);
    exact = out.chars.join("").startsWith(trimmed);
  }
  if (!exact) {
    const offsets2 = new Array(value.length + 1).fill(start);
    return { offsets: offsets2, exact: false };
  }
  const offsets = out.offs.slice(0, value.length);
  const last = offsets.length ? offsets[offsets.length - 1] + 1 : start;
  while (offsets.length < value.length) offsets.push(last);
  offsets.push(value.length < out.offs.length ? out.offs[value.length] : last);
  return { offsets, exact: true };
}

// src/rules/load-rule-file.ts
var GROUP_KEYS = { name: "0", interval: "0", query_offset: "2.53", limit: "0", rules: "0", labels: "3.0" };
var RULE_KEYS = { record: "0", alert: "0", expr: "0", for: "0", keep_firing_for: "2.42", labels: "0", annotations: "0" };
var NODE_BUDGET = 2e5;
function kind(n) {
  if (n == null) return "null";
  if ((0, import_yaml.isMap)(n)) return "a mapping";
  if ((0, import_yaml.isSeq)(n)) return "a list";
  if ((0, import_yaml.isScalar)(n)) return "a scalar";
  return "a node";
}
function isNull(n) {
  if (n == null) return true;
  if (!(0, import_yaml.isScalar)(n)) return false;
  if (n.tag && n.tag !== "tag:yaml.org,2002:null") return false;
  return n.type === "PLAIN" && /^(~|null|Null|NULL|)$/.test(String(n.value));
}
var Loader = class {
  constructor(doc, file, text, o, lines) {
    this.doc = doc;
    this.o = o;
    this.m = {
      file,
      text,
      lines,
      yamlErrors: [],
      extraDocuments: [],
      unknownFields: [],
      typeErrors: [],
      hasGroups: false,
      empty: false,
      groups: []
    };
  }
  doc;
  o;
  m;
  budget = NODE_BUDGET;
  reportedAliases = /* @__PURE__ */ new Set();
  resolve(n) {
    let depth = 0;
    while (n && (0, import_yaml.isAlias)(n) && depth++ < 100) {
      if (--this.budget < 0) return null;
      const target = n.resolve(this.doc);
      if (target === void 0 && !this.reportedAliases.has(n)) {
        this.reportedAliases.add(n);
        this.m.yamlErrors.push({ message: `unknown anchor '${n.source}' referenced`, span: this.span(n, 0) });
      }
      n = target;
    }
    return n;
  }
  span(n, fallback) {
    const r = n?.range;
    return r ? this.m.lines.span(r[0], r[1]) : this.m.lines.span(fallback, fallback);
  }
  typeError(n, at, what, want) {
    this.m.typeErrors.push({
      message: `${what} must be ${want}, got ${kind(this.resolve(n))}`,
      span: this.span(n, at)
    });
  }
  /** The pairs of a mapping, `<<` merges expanded (explicit keys win, as yaml.v3 does). */
  pairs(n) {
    const out = [];
    const explicit = /* @__PURE__ */ new Set();
    const merged = [];
    const visit = (map, into, depth) => {
      for (const p of map.items) {
        if (--this.budget < 0) return;
        const keyNode = this.resolve(p.key);
        const keyText = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value ?? "") : "";
        const keyStart = p.key?.range?.[0] ?? map.range?.[0] ?? 0;
        const key = { value: keyText, span: this.span(p.key, keyStart), isNull: false };
        if (keyText === "<<" && (0, import_yaml.isScalar)(keyNode) && keyNode.type === "PLAIN" && depth < 10) {
          const v = this.resolve(p.value);
          const sources = (0, import_yaml.isSeq)(v) ? v.items.map((x) => this.resolve(x)) : [v];
          for (const s of sources) if ((0, import_yaml.isMap)(s)) visit(s, merged, depth + 1);
          continue;
        }
        into.push({ key, keyNode, value: p.value });
      }
    };
    visit(n, out, 0);
    for (const p of out) explicit.add(p.key.value);
    for (const p of merged) if (!explicit.has(p.key.value)) {
      explicit.add(p.key.value);
      out.push(p);
    }
    return out;
  }
  str(n, at, what) {
    const r = this.resolve(n);
    if (r == null || isNull(r)) return { value: "", span: this.span(n, at), isNull: true };
    if (!(0, import_yaml.isScalar)(r)) {
      this.typeError(n, at, what, "a string");
      return void 0;
    }
    return { value: String(r.value ?? ""), span: this.span(n ?? r, at), isNull: false };
  }
  mapped(n, at, what) {
    const s = this.str(n, at, what);
    if (!s) return void 0;
    const r = this.resolve(n);
    const range = r?.range ? [r.range[0], r.range[1]] : [at, at];
    const map = s.isNull ? { offsets: [range[0]], exact: true } : mapScalar(this.m.text, range, r?.type, s.value);
    return { ...s, map, start: range[0] };
  }
  stringMap(n, at, what) {
    const r = this.resolve(n);
    const span = this.span(n, at);
    if (r == null || isNull(r)) return { span, entries: [] };
    if (!(0, import_yaml.isMap)(r)) {
      this.typeError(n, at, what, "a mapping of strings");
      return void 0;
    }
    const entries = [];
    for (const p of this.pairs(r)) {
      const value = this.mapped(p.value, p.key.span ? r.range?.[0] ?? at : at, `${what} "${p.key.value}"`);
      if (value) entries.push({ key: p.key, value });
    }
    return { span, entries };
  }
  known(keys, key, where) {
    const since = keys[key.value];
    if (since !== void 0 && (since === "0" || atLeastVersion(this.o.version, since))) return true;
    const known = Object.keys(keys).filter((k) => keys[k] === "0" || atLeastVersion(this.o.version, keys[k]));
    const u = { key: key.value, span: key.span, where, known };
    if (since !== void 0) u.since = since;
    this.m.unknownFields.push(u);
    return false;
  }
  load() {
    const top = this.doc.contents;
    if (top == null || isNull(top)) {
      this.m.empty = true;
      return;
    }
    const r = this.resolve(top);
    if (!(0, import_yaml.isMap)(r)) {
      this.typeError(top, 0, "A rule file", "a mapping with a `groups` key");
      return;
    }
    let typo;
    for (const p of this.pairs(r)) {
      if (p.key.value !== "groups") {
        const u = { key: p.key.value, span: p.key.span, where: "rule file", known: ["groups"] };
        this.m.unknownFields.push(u);
        if (didYouMean(p.key.value, ["groups"]) === "groups") typo = p.value;
        continue;
      }
      this.m.hasGroups = true;
      this.groups(p.value, r.range?.[0] ?? 0);
    }
    if (!this.m.hasGroups && typo !== void 0) this.groups(typo, r.range?.[0] ?? 0);
  }
  groups(value, at) {
    const v = this.resolve(value);
    if (v == null || isNull(v)) return;
    if (!(0, import_yaml.isSeq)(v)) {
      this.typeError(value, at, "`groups`", "a list of rule groups");
      return;
    }
    v.items.filter((item) => !isNull(this.resolve(item))).forEach((item, i) => {
      if (--this.budget >= 0) this.group(item, i + 1, v.range?.[0] ?? 0);
    });
  }
  group(item, index, at) {
    const r = this.resolve(item);
    const start = item?.range?.[0] ?? at;
    const g = { index, span: this.span(item, start), head: this.m.lines.headSpan(start, item?.range?.[1]), rules: [] };
    this.m.groups.push(g);
    if (r == null || isNull(r)) return;
    if (!(0, import_yaml.isMap)(r)) {
      this.typeError(item, at, `Rule group ${index}`, "a mapping");
      return;
    }
    for (const p of this.pairs(r)) {
      if (!this.known(GROUP_KEYS, p.key, "rule group")) continue;
      const at2 = p.key.span ? start : start;
      switch (p.key.value) {
        case "name":
          g.name = this.str(p.value, at2, "`name`");
          break;
        case "interval":
          g.interval = this.str(p.value, at2, "`interval`");
          break;
        case "query_offset":
          g.queryOffset = this.str(p.value, at2, "`query_offset`");
          break;
        case "limit":
          g.limit = this.int(p.value, at2, "`limit`");
          break;
        case "labels":
          g.labels = this.stringMap(p.value, at2, "group label");
          break;
        case "rules": {
          const v = this.resolve(p.value);
          if (v == null || isNull(v)) break;
          if (!(0, import_yaml.isSeq)(v)) {
            this.typeError(p.value, at2, "`rules`", "a list of rules");
            break;
          }
          v.items.filter((it) => !isNull(this.resolve(it))).forEach((it, i) => {
            if (--this.budget >= 0) g.rules.push(this.rule(it, i + 1, v.range?.[0] ?? start));
          });
        }
      }
    }
  }
  /** yaml.v3 into a Go int: plain decimal/0x/0o/0b with `_`, no floats, no quoted strings. */
  int(n, at, what) {
    const r = this.resolve(n);
    const span = this.span(n, at);
    if (r == null || isNull(r)) return { value: 0, span };
    const text = (0, import_yaml.isScalar)(r) ? String(r.value) : "";
    const plain = (0, import_yaml.isScalar)(r) && (r.type === "PLAIN" && !r.tag || r.tag === "tag:yaml.org,2002:int");
    const t = text.replace(/_/g, "");
    const m = /^([-+]?)(0b[01]+|0o[0-7]+|0x[0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(t);
    const fl = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.exec(text);
    if (plain && !m && fl && Math.abs(Number(text)) < 2 ** 63) return { value: Math.trunc(Number(text)), span };
    if (plain && m) {
      const body = m[2];
      const big = body.startsWith("0b") || body.startsWith("0o") || body.startsWith("0x") ? BigInt(body) : body.length > 1 && body.startsWith("0") ? BigInt("0o" + body.slice(1)) : BigInt(body);
      const v = m[1] === "-" ? -big : big;
      if (v >= -(2n ** 63n) && v < 2n ** 63n) return { value: Number(v), span };
      this.m.typeErrors.push({ message: `${what} value ${text} does not fit in a 64-bit integer`, span });
      return void 0;
    }
    this.m.typeErrors.push({
      message: (0, import_yaml.isScalar)(r) ? `${what} must be an integer, got ${JSON.stringify(text)}` : `${what} must be an integer, got ${kind(r)}`,
      span,
      hint: (0, import_yaml.isScalar)(r) && r.type !== "PLAIN" ? "Write the number without quotes." : void 0
    });
    return void 0;
  }
  rule(item, index, at) {
    const r = this.resolve(item);
    const start = item?.range?.[0] ?? at;
    const rule = { index, span: this.span(item, start), head: this.m.lines.headSpan(start, item?.range?.[1]) };
    if (r == null || isNull(r)) return rule;
    if (!(0, import_yaml.isMap)(r)) {
      this.typeError(item, at, `Rule ${index}`, "a mapping");
      return rule;
    }
    for (const p of this.pairs(r)) {
      if (!this.known(RULE_KEYS, p.key, "rule")) continue;
      switch (p.key.value) {
        case "record":
          rule.record = this.str(p.value, start, "`record`");
          break;
        case "alert":
          rule.alert = this.str(p.value, start, "`alert`");
          break;
        case "expr":
          rule.expr = this.mapped(p.value, start, "`expr`");
          break;
        case "for":
          rule.for = this.str(p.value, start, "`for`");
          break;
        case "keep_firing_for":
          rule.keepFiringFor = this.str(p.value, start, "`keep_firing_for`");
          break;
        case "labels":
          rule.labels = this.stringMap(p.value, start, "label");
          break;
        case "annotations":
          rule.annotations = this.stringMap(p.value, start, "annotation");
          break;
      }
    }
    return rule;
  }
};
function errorSpan(lines, text, message, pos) {
  let [a, b] = pos;
  const q = /^Missing closing (["'])quote/.exec(message);
  if (q) {
    const open = text.lastIndexOf(q[1], Math.max(0, Math.min(a, text.length) - 1));
    if (open >= 0) return lines.span(open, open + 1);
  }
  while (a < text.length && (text[a] === " " || text[a] === "	")) a++;
  if (b < a) b = a;
  return lines.span(a, b);
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
}
function loadRuleFile(text, file, o) {
  const lines = new LineIndex(file, text);
  const docs = (0, import_yaml.parseAllDocuments)(text, { schema: "failsafe", uniqueKeys: true, prettyErrors: false, strict: true });
  const list = docs;
  if (list.length === 0) {
    const stream = docs;
    const m = {
      file,
      text,
      lines,
      yamlErrors: [],
      extraDocuments: [],
      unknownFields: [],
      typeErrors: [],
      hasGroups: false,
      empty: true,
      groups: []
    };
    for (const e of stream.errors ?? []) m.yamlErrors.push({ message: firstLine(e.message), span: errorSpan(lines, text, e.message, e.pos) });
    return m;
  }
  const loader = new Loader(list[0], file, text, o, lines);
  for (const d of list.slice(0, 1)) {
    for (const e of d.errors) loader.m.yamlErrors.push({ message: firstLine(e.message), span: errorSpan(lines, text, e.message, e.pos) });
  }
  for (const d of list.slice(1)) {
    const r = d.range;
    loader.m.extraDocuments.push(lines.headSpan(r[0]));
  }
  loader.load();
  if (loader.budget < 0) {
    loader.m.yamlErrors.push({ message: `the file expands to more than ${NODE_BUDGET} YAML nodes (aliases?); checking stopped there`, span: lines.span(0, 0) });
  }
  return loader.m;
}

// src/rules/check-rule-file-text.ts
function checkRuleFileText(text, file, options = {}) {
  const o = resolveOptions(options);
  const model = loadRuleFile(text.replace(/^\ufeff/, ""), file, o);
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const check of fileChecks) {
    const ctx = {
      file: model,
      options: o,
      promql: (rule) => promqlIssues(rule, o),
      report: (args) => {
        const f = toFinding(check, args);
        const key = JSON.stringify([f.rule, f.message, f.location]);
        if (seen.has(key)) return;
        seen.add(key);
        findings.push(f);
      }
    };
    check.check(ctx);
  }
  return findings.sort(compareFindings);
}

// src/rules/glob.ts
import { readdirSync, lstatSync } from "node:fs";
import { join } from "node:path";
function hasMeta(p) {
  return /[*?[\\]/.test(p);
}
function componentRegExp(pat) {
  let re = "^";
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "\\") {
      if (i + 1 >= pat.length) return { error: "trailing backslash" };
      re += escapeRe(pat[++i]);
    } else if (c === "[") {
      let j = i + 1;
      let cls = "[";
      if (pat[j] === "^") {
        cls += "^";
        j++;
      }
      let first = true;
      while (j < pat.length && (pat[j] !== "]" || first)) {
        first = false;
        let lo = pat[j];
        if (lo === "\\") {
          j++;
          lo = pat[j];
          if (lo === void 0) return { error: "trailing backslash in class" };
        }
        j++;
        if (pat[j] === "-" && pat[j + 1] !== void 0 && pat[j + 1] !== "]") {
          let hi = pat[j + 1];
          j += 2;
          if (hi === "\\") {
            hi = pat[j];
            j++;
            if (hi === void 0) return { error: "trailing backslash in class" };
          }
          if (hi < lo) return { error: "inverted range in class" };
          cls += escapeClass(lo) + "-" + escapeClass(hi);
        } else cls += escapeClass(lo);
      }
      if (j >= pat.length) return { error: "unclosed [" };
      if (cls === "[" || cls === "[^") return { error: "empty character class" };
      re += cls + "]";
      i = j;
    } else re += escapeRe(c);
  }
  return new RegExp(re + "$", "u");
}
function escapeRe(c) {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function escapeClass(c) {
  return c.replace(/[\\\]^-]/g, "\\$&");
}
function expandGlob(base, pattern, maxMatches, maxEntries = 1e5) {
  const parts = pattern.split("/").filter((p) => p !== "" && p !== ".");
  let current = [""];
  let entries = 0;
  let truncated = false;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const last = k === parts.length - 1;
    const next = [];
    if (!hasMeta(part)) {
      for (const c of current) next.push(c ? `${c}/${part}` : part);
    } else {
      const re = componentRegExp(part);
      if (!(re instanceof RegExp)) return { matches: [], error: re.error, truncated: false, entriesRead: entries };
      for (const c of current) {
        let names;
        try {
          const st = lstatSync(join(base, c || "."));
          if (!st.isDirectory() && !st.isSymbolicLink()) continue;
          names = readdirSync(join(base, c || "."));
        } catch {
          continue;
        }
        entries += names.length;
        if (entries > maxEntries) {
          truncated = true;
          break;
        }
        for (const n of names.sort()) if (re.test(n)) next.push(c ? `${c}/${n}` : n);
      }
    }
    current = next;
    if (!last && current.length > maxMatches * 10) {
      truncated = true;
      current = current.slice(0, maxMatches * 10);
    }
  }
  const matches = [];
  for (const m of current) {
    try {
      lstatSync(join(base, m));
      matches.push(m);
    } catch {
    }
    if (matches.length > maxMatches) {
      truncated = true;
      break;
    }
  }
  return { matches: matches.sort(), truncated, entriesRead: entries };
}

// src/rules/check-rule-files.ts
var DEFAULT_MAX_FILES = 1e3;
var DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
function inside(root, p) {
  const r = relative(root, p);
  return r === "" || !r.startsWith("..") && !isAbsolute(r);
}
function checkRuleFiles(config, options = {}) {
  const findings = [];
  const sources = {};
  const base = dirname(config.file);
  const configName = basename(config.file);
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES;
  const checkOptions = {
    prometheusVersion: options.prometheusVersion ?? config.prometheusVersion,
    // Prometheus parses rule files under the global metric_name_validation_scheme (3.x).
    ...options.nameValidation ?? config.global?.metricNameValidationScheme ? { nameValidation: options.nameValidation ?? config.global?.metricNameValidationScheme } : {},
    ...options.features ? { features: options.features } : {},
    ...options.ignoreUnknownFields ? { ignoreUnknownFields: true } : {}
  };
  const shownFrom = options.workspace ? resolvePath(options.workspace) : base;
  let root;
  try {
    root = realpathSync(shownFrom);
  } catch {
    root = shownFrom;
  }
  const shown = (rel) => relative(shownFrom, join2(base, rel)).split(sep).join("/");
  const done = /* @__PURE__ */ new Set();
  let count = 0;
  let limitReported = false;
  let entriesBudget = options.maxGlobEntries ?? 2e5;
  const globCache = /* @__PURE__ */ new Map();
  const readRel = /* @__PURE__ */ new Set();
  const readOne = (relToConfig, entry) => {
    if (readRel.has(relToConfig)) return;
    const abs = join2(base, relToConfig);
    const rel = shown(relToConfig);
    let real;
    try {
      real = realpathSync(abs);
    } catch (e) {
      findings.push(toFinding(pathRules.fileNotFound, { messageId: "unreadable", data: { path: rel, detail: e.message.split(":")[0] }, location: entry.span }));
      return;
    }
    if (!inside(root, real)) {
      findings.push(toFinding(pathRules.unsafePath, { messageId: "symlink", data: { path: rel, config: configName }, location: entry.span }));
      return;
    }
    readRel.add(relToConfig);
    if (done.has(real)) return;
    done.add(real);
    if (++count > maxFiles) {
      if (!limitReported) findings.push(toFinding(pathRules.fileLimit, { messageId: "tooMany", data: { limit: maxFiles }, location: entry.span }));
      limitReported = true;
      return;
    }
    const st = statSync(real);
    if (!st.isFile()) {
      findings.push(toFinding(pathRules.fileNotFound, { messageId: "unreadable", data: { path: rel, detail: st.isDirectory() ? "it is a directory" : "it is not a regular file" }, location: entry.span }));
      return;
    }
    if (st.size > maxBytes) {
      findings.push(toFinding(pathRules.fileLimit, { messageId: "tooLarge", data: { path: rel, size: st.size, limit: maxBytes }, location: entry.span }));
      return;
    }
    let text;
    try {
      const bytes = readFileSync(real);
      if (bytes.length > maxBytes) throw new Error("grew while reading");
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch (e) {
      const detail = e instanceof TypeError ? "the file is not valid UTF-8" : e.message;
      findings.push(toFinding(yaml_syntax_default, { messageId: "error", data: { detail }, location: { file: rel, line: 1, column: 1, endLine: 1, endColumn: 1 } }));
      return;
    }
    sources[rel] = text;
    findings.push(...checkRuleFileText(text, rel, checkOptions));
  };
  for (const entry of config.ruleFiles) {
    const p = entry.value;
    if (p === "") continue;
    if (isAbsolute(p) || /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith("\\\\")) {
      findings.push(toFinding(pathRules.unsafePath, { messageId: "absolute", data: { path: p, config: configName }, location: entry.span }));
      continue;
    }
    const norm = posix.normalize(p);
    if (!inside(shownFrom, join2(base, norm))) {
      findings.push(toFinding(pathRules.unsafePath, { messageId: "escape", data: { path: p, config: configName }, location: entry.span }));
      continue;
    }
    if (!hasMeta(norm)) {
      let exists = true;
      try {
        lstatSync2(join2(base, norm));
      } catch {
        exists = false;
      }
      if (!exists) {
        if (!options.syntaxOnly) {
          findings.push(toFinding(pathRules.fileNotFound, { messageId: "missing", data: { path: p, config: configName }, location: entry.span }));
        }
        continue;
      }
      readOne(norm, entry);
      continue;
    }
    if (entriesBudget <= 0) {
      if (!limitReported) findings.push(toFinding(pathRules.fileLimit, { messageId: "tooMany", data: { limit: maxFiles }, location: entry.span }));
      limitReported = true;
      continue;
    }
    let g = globCache.get(norm);
    if (!g) {
      g = expandGlob(base, norm, maxFiles, entriesBudget);
      entriesBudget -= g.entriesRead;
      globCache.set(norm, g);
    }
    if (g.error) {
      findings.push(toFinding(pathRules.fileNotFound, { messageId: "badPattern", data: { path: p, detail: g.error }, location: entry.span }));
      continue;
    }
    if (g.matches.length === 0 && !options.syntaxOnly) {
      findings.push(toFinding(pathRules.globMatchesNothing, { messageId: "nothing", data: { path: p, config: configName }, location: entry.span }));
    }
    for (const m of g.matches) readOne(m, entry);
    if (g.truncated && !limitReported) {
      findings.push(toFinding(pathRules.fileLimit, { messageId: "tooMany", data: { limit: maxFiles }, location: entry.span }));
      limitReported = true;
    }
  }
  return { findings: findings.sort(compareFindings), sources };
}
export {
  checkRuleFileText,
  checkRuleFiles
};
