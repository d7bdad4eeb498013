import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-WJWMSWC7.js";
import {
  didYouMean
} from "./chunk-3U56Y7DN.js";
import {
  compareFindings,
  summarize
} from "./chunk-AQBT3PWY.js";
import {
  LabelSet,
  compileRelabel,
  relabel
} from "./chunk-YO34KHMB.js";
import {
  RE2JS,
  require_dist
} from "./chunk-ECLXGZKV.js";
import {
  DEFAULT_PROMETHEUS_VERSION
} from "./chunk-WNFNH4WW.js";
import {
  __toESM,
  defineRule,
  toFinding
} from "./chunk-GP62AVUT.js";

// src/gate.ts
import { readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve4 } from "node:path";

// src/config/load-config.ts
import { readdirSync, readFileSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { basename, dirname, join, relative, resolve as resolve3, sep as sep2 } from "node:path";

// src/config/build-model.ts
import { isAbsolute, resolve } from "node:path";

// src/config/values.ts
var DURATION_RE = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
var UNIT_MS = [365 * 864e5, 7 * 864e5, 864e5, 36e5, 6e4, 1e3, 1];
var MAX_DURATION_MS = 9223372036854;
function parseDuration(s) {
  if (s === "0") return 0;
  if (s === "") return void 0;
  const m = DURATION_RE.exec(s);
  if (!m) return void 0;
  let total = 0;
  for (let i = 0; i < UNIT_MS.length; i++) {
    const g = m[i + 1];
    if (g !== void 0) total += Number(g) * UNIT_MS[i];
  }
  if (total > MAX_DURATION_MS) return void 0;
  return total;
}
function suggestDuration(s) {
  const t = s.trim().replace(/\s+/g, "");
  if (/^\d+$/.test(t)) return `${t}s`;
  const frac = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)$/.exec(t);
  if (frac) {
    const unit = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 7 * 864e5, y: 365 * 864e5 }[frac[2]];
    return formatDuration(Math.round(Number(frac[1]) * unit));
  }
  const lower = t.toLowerCase();
  if (lower !== t && parseDuration(lower) !== void 0) return lower;
  const go = /^(\d+)(sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours|day|days)$/.exec(lower);
  if (go) {
    const u = go[2][0] === "s" ? "s" : go[2].startsWith("mi") ? "m" : go[2][0] === "h" ? "h" : "d";
    return `${go[1]}${u}`;
  }
  if (t.startsWith("-")) return t.slice(1) && parseDuration(t.slice(1)) !== void 0 ? t.slice(1) : void 0;
  if (t !== s && parseDuration(t) !== void 0) return t;
  return void 0;
}
function formatDuration(ms) {
  if (ms === 0) return "0s";
  let out = "";
  const units = [["d", 864e5], ["h", 36e5], ["m", 6e4], ["s", 1e3], ["ms", 1]];
  let rest = ms;
  for (const [u, v] of units) {
    if (rest >= v) {
      out += `${Math.floor(rest / v)}${u}`;
      rest %= v;
    }
  }
  return out;
}
var SIZE_UNITS = {
  B: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
  TB: 1024 ** 4,
  PB: 1024 ** 5,
  EB: 1024 ** 6,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
  TiB: 1024 ** 4,
  PiB: 1024 ** 5,
  EiB: 1024 ** 6
};
function parseSize(s) {
  if (s === "0") return 0;
  if (s === "") return void 0;
  const re = /(\d+(?:\.\d+)?)([A-Za-z]+)/y;
  let pos2 = 0;
  let total = 0;
  while (pos2 < s.length) {
    re.lastIndex = pos2;
    const m = re.exec(s);
    if (!m) return void 0;
    const unit = SIZE_UNITS[m[2]];
    if (unit === void 0) return void 0;
    total += Number(m[1]) * unit;
    pos2 = re.lastIndex;
  }
  return Math.floor(total);
}
function parseVersion(v, fallback) {
  const m = /^v?(\d+)\.(\d+)/.exec(v ?? "");
  return m ? [Number(m[1]), Number(m[2])] : fallback;
}
function cmpVersion(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}
var LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function isUtf8LabelName(s) {
  return s.length > 0 && !/[\uD800-\uDFFF]/u.test(s) && !s.includes("\uFFFD");
}

// src/config/yaml-tree.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/fast-yaml.ts
var Bail = class extends Error {
};
var bail = () => {
  throw new Bail();
};
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var FastScalar = class {
  constructor(value, text2, plain, isNull, start, end, spanner) {
    this.value = value;
    this.text = text2;
    this.plain = plain;
    this.isNull = isNull;
    this.start = start;
    this.end = end;
    this.spanner = spanner;
  }
  value;
  text;
  plain;
  isNull;
  start;
  end;
  spanner;
  #span;
  get span() {
    return this.#span ??= this.spanner(this.start, this.end);
  }
};
var FastMap = class {
  constructor(pairs, start, end, spanner) {
    this.pairs = pairs;
    this.start = start;
    this.end = end;
    this.spanner = spanner;
  }
  pairs;
  start;
  end;
  spanner;
  #span;
  get span() {
    return this.#span ??= this.spanner(this.start, this.end);
  }
};
var FastSeq = class {
  constructor(items, start, end, spanner) {
    this.items = items;
    this.start = start;
    this.end = end;
    this.spanner = spanner;
  }
  items;
  start;
  end;
  spanner;
  #span;
  get span() {
    return this.#span ??= this.spanner(this.start, this.end);
  }
};
Object.defineProperty(FastScalar.prototype, "kind", { value: "scalar", enumerable: true });
Object.defineProperty(FastMap.prototype, "kind", { value: "map", enumerable: true });
Object.defineProperty(FastSeq.prototype, "kind", { value: "seq", enumerable: true });
var FastPair = class {
  /**
   * `keyStart`: where a plain key starts; it ends `name.length` later (its name is its text). The
   * spans come from the value's spanner: every fast-path node has the parse's one.
   */
  constructor(name, value, key, keyStart) {
    this.name = name;
    this.value = value;
    this.keyStart = keyStart;
    this.#key = key;
  }
  name;
  value;
  keyStart;
  #key;
  get key() {
    return this.#key ??= new FastScalar(this.name, this.name, true, false, this.keyStart, this.keyStart + this.name.length, this.value.spanner);
  }
};
function keyIsScalar(p) {
  return p instanceof FastPair || p.key.kind === "scalar";
}
var SMALL_MAP = 8;
var MapKeys = class {
  pairs = [];
  duplicate = false;
  index;
  /** Appends the pair; returns the earlier pair with the same name, if any. */
  add(pair2) {
    let first;
    if (this.index) {
      first = this.index.get(pair2.name);
      if (!first) this.index.set(pair2.name, pair2);
    } else {
      const pairs = this.pairs;
      for (let k = 0; k < pairs.length; k++) {
        if (pairs[k].name === pair2.name) {
          first = pairs[k];
          break;
        }
      }
    }
    this.pairs.push(pair2);
    if (first) this.duplicate = true;
    if (!this.index && this.pairs.length > SMALL_MAP) {
      this.index = /* @__PURE__ */ new Map();
      for (const p of this.pairs) if (!this.index.has(p.name)) this.index.set(p.name, p);
    }
    return first;
  }
};
function fastParse(text2, spanOf2, issues) {
  if (text2.length > 0 && text2.charCodeAt(0) === 65279) return void 0;
  try {
    const { count: nLines, start: lineStart, end: lineEnd, indent: lineIndent } = splitLines(text2);
    if (nLines === 0) return void 0;
    let i = 0;
    const values = /* @__PURE__ */ new Map();
    const share = (t) => {
      if (t.length > 32) return t;
      const v = values.get(t);
      if (v !== void 0) return v;
      if (values.size < 2e4) values.set(t, t);
      return t;
    };
    const scalar = (s, e, plain, decoded) => {
      const raw = text2.slice(s, e);
      const t = share(plain ? raw : decoded);
      const isNull = plain && raw.length <= 4 && NULLS.has(raw);
      return new FastScalar(isNull ? null : t, t, plain, isNull, s, e, spanOf2);
    };
    const names = /* @__PURE__ */ new Map();
    const intern = (t) => {
      let name = names.get(t);
      if (name === void 0) {
        name = names.size < 1e4 ? Object.keys({ [t]: 0 })[0] : t;
        names.set(t, name);
      }
      return name;
    };
    const quotedKey = (key) => {
      key.text = intern(key.text);
      key.value = key.text;
      return key;
    };
    let stop = 0;
    const nullAt = (off, end = off) => new FastScalar(null, "", true, true, off, end, spanOf2);
    const inline = (s, e) => {
      const c = text2[s];
      if (c === "[" || c === "{") {
        const node = flow(s, e);
        if (skipSpaces(stop, e) !== e) bail();
        return node;
      }
      if (c === '"' || c === "'") {
        const value = quoted(s, e);
        const end = stop;
        if (skipSpaces(end, e) !== e) bail();
        return scalar(s, end, false, value);
      }
      return plainScalar(s, e, false);
    };
    const plainScalar = (s, e, inFlow) => {
      checkPlain(s, e, inFlow);
      return scalar(s, e, true);
    };
    const checkPlain = (s, e, inFlow) => {
      const c = text2[s];
      if (PLAIN_FIRST_BAD[text2.charCodeAt(s)] === 1 || c === "-" && (s + 1 >= e || text2[s + 1] === " ") || (c === "?" || c === ":") && (s + 1 >= e || text2[s + 1] === " ")) bail();
      for (let k = s; k < e; k++) {
        const ch = text2.charCodeAt(k);
        if (ch === 58) {
          if (k + 1 === e || text2.charCodeAt(k + 1) === 32) bail();
        } else if (ch === 32) {
          if (k + 1 < e && text2.charCodeAt(k + 1) === 35) bail();
        } else if (ch === 9) bail();
        else if (inFlow && (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125)) bail();
      }
    };
    const flow = (s, e) => {
      const open = text2[s];
      const close = open === "[" ? "]" : "}";
      let p = skipSpaces(s + 1, e);
      const items = [];
      const keys = new MapKeys();
      while (true) {
        if (p >= e) bail();
        if (text2[p] === close) {
          p++;
          break;
        }
        if (open === "[") {
          items.push(flowValue(p, e));
          p = stop;
        } else {
          const ks = p;
          let ke;
          let q;
          let keyNode;
          let name;
          const kc = text2[p];
          if (kc === "[" || kc === "{") bail();
          if (kc === '"' || kc === "'") {
            const v = quoted(p, e);
            const qe = stop;
            keyNode = quotedKey(scalar(p, qe, false, v));
            name = keyNode.text;
            ke = q = qe;
          } else {
            q = p;
            while (q < e) {
              const ch = text2[q];
              if (ch === "," || ch === "]" || ch === "}" || ch === ":") break;
              q++;
            }
            ke = q;
            while (ke > p && text2[ke - 1] === " ") ke--;
            if (ke === p) bail();
            checkPlain(p, ke, true);
            const raw = text2.slice(p, ke);
            if (raw.length <= 4 && NULLS.has(raw)) bail();
            name = intern(raw);
          }
          let r = skipSpaces(q, e);
          if (text2[r] !== ":") bail();
          r = skipSpaces(r + 1, e);
          let value;
          if (text2[r] === "," || text2[r] === "}") value = nullAt(r);
          else {
            value = flowValue(r, e);
            r = stop;
          }
          const pair2 = new FastPair(name, value, keyNode, ks);
          const first = keys.add(pair2);
          if (first) issues.push({ kind: "duplicate-key", message: name, span: pair2.key.span, related: [{ span: first.key.span, label: "first set here" }] });
          p = r;
        }
        p = skipSpaces(p, e);
        if (text2[p] === ",") p = skipSpaces(p + 1, e);
        else if (text2[p] !== close) bail();
      }
      stop = p;
      if (open === "[") return new FastSeq(items.slice(), s, p, spanOf2);
      return mapNode(keys, s, p);
    };
    const flowValue = (s, e) => {
      const c = text2[s];
      if (c === "[" || c === "{") return flow(s, e);
      if (c === '"' || c === "'") {
        const value = quoted(s, e);
        return scalar(s, stop, false, value);
      }
      let q = s;
      while (q < e) {
        const ch = text2.charCodeAt(q);
        if (ch === 44 || ch === 93 || ch === 125) break;
        if (ch === 58) {
          const n = q + 1 < e ? text2.charCodeAt(q + 1) : -1;
          if (n === -1 || n === 32 || n === 44 || n === 125 || n === 93) break;
        }
        q++;
      }
      let end = q;
      while (end > s && text2[end - 1] === " ") end--;
      if (end === s) bail();
      const node = plainScalar(s, end, true);
      stop = q;
      return node;
    };
    const quoted = (s, e) => {
      const qc = text2[s];
      const q = qc.charCodeAt(0);
      for (let k = s + 1; k < e; k++) {
        const ch = text2.charCodeAt(k);
        if (ch === q) {
          if (q === 39 && text2.charCodeAt(k + 1) === 39) break;
          stop = k + 1;
          return text2.slice(s + 1, k);
        }
        if (ch === 92 && q === 34) break;
      }
      let out = "";
      let p = s + 1;
      while (p < e) {
        const ch = text2[p];
        if (qc === "'" && ch === "'") {
          if (text2[p + 1] === "'") {
            out += "'";
            p += 2;
            continue;
          }
          stop = p + 1;
          return out;
        }
        if (qc === '"' && ch === '"') {
          stop = p + 1;
          return out;
        }
        if (qc === '"' && ch === "\\") {
          const n = text2[p + 1];
          const simple = { n: "\n", t: "	", "\\": "\\", '"': '"', "/": "/", r: "\r", "0": "\0", " ": " ", e: "\x1B", a: "\x07", b: "\b", f: "\f", v: "\v" };
          if (n in simple) {
            out += simple[n];
            p += 2;
            continue;
          }
          const len = n === "x" ? 2 : n === "u" ? 4 : n === "U" ? 8 : 0;
          const hex = text2.slice(p + 2, p + 2 + len);
          if (!len || hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) bail();
          const cp = parseInt(hex, 16);
          if (cp > 1114111) bail();
          out += String.fromCodePoint(cp);
          p += 2 + len;
          continue;
        }
        out += ch;
        p++;
      }
      return bail();
    };
    const mapNode = (keys, s, e) => {
      if (!keys.duplicate) return new FastMap(keys.pairs.slice(), s, e, spanOf2);
      const n = new FastMap([], s, e, spanOf2);
      const index = /* @__PURE__ */ new Map();
      for (const p of keys.pairs) {
        const at = index.get(p.name);
        if (at === void 0) {
          index.set(p.name, n.pairs.length);
          n.pairs.push(p);
        } else n.pairs[at] = p;
      }
      return n;
    };
    const block = (indent) => {
      if (lineIndent[i] !== indent) bail();
      return isDashLine(i) ? seqBlock(indent) : mapBlock(indent);
    };
    const isDashLine = (k) => {
      const ls = lineStart[k];
      return text2.charCodeAt(ls) === 45 && (ls + 1 === lineEnd[k] || text2.charCodeAt(ls + 1) === 32);
    };
    const nested = (parentIndent, off, allowSameIndentSeq) => {
      if (i >= nLines) return nullAt(off);
      if (lineIndent[i] > parentIndent) return block(lineIndent[i]);
      if (allowSameIndentSeq && lineIndent[i] === parentIndent && isDashLine(i)) {
        return seqBlock(parentIndent);
      }
      return nullAt(off);
    };
    const seqBlock = (indent) => {
      const items = [];
      const s = lineStart[i];
      let end = s;
      while (i < nLines && lineIndent[i] === indent && isDashLine(i)) {
        const dash = lineStart[i];
        const le = lineEnd[i];
        const cs = skipSpaces(dash + 1, le);
        let item;
        if (cs >= le) {
          i++;
          const n = nested(indent, dash + 1, false);
          item = n.kind === "scalar" && n.isNull && n.start === n.end ? nullAt(dash, dash + 1) : n;
        } else if (keyColon(cs, le) >= 0) {
          const col = cs - (dash - lineIndent[i]);
          lineStart[i] = cs;
          lineIndent[i] = col;
          item = mapBlock(col);
        } else {
          if (text2[cs] === "-" && (cs + 1 === le || text2[cs + 1] === " ")) bail();
          item = inline(cs, le);
          i++;
          if (i < nLines && lineIndent[i] > indent) bail();
        }
        items.push(item);
        end = Math.max(item.end, dash + 1);
      }
      if (i < nLines && lineIndent[i] > indent) bail();
      return new FastSeq(items.slice(), s, end, spanOf2);
    };
    const mapBlock = (indent) => {
      const keys = new MapKeys();
      const s = lineStart[i];
      let end = s;
      while (i < nLines && lineIndent[i] === indent) {
        const ls = lineStart[i];
        const le = lineEnd[i];
        const colon = keyColon(ls, le);
        if (colon < 0) bail();
        let key;
        let name;
        const kc = text2[ls];
        if (kc === '"' || kc === "'") {
          const v = quoted(ls, colon);
          const q = stop;
          if (q !== colon) bail();
          key = quotedKey(scalar(ls, q, false, v));
          name = key.text;
        } else {
          if (text2[colon - 1] === " ") bail();
          checkPlain(ls, colon, false);
          const raw = text2.slice(ls, colon);
          if (raw === "<<") bail();
          if (raw.length <= 4 && NULLS.has(raw)) {
            key = new FastScalar(null, raw, true, true, ls, colon, spanOf2);
            name = "";
          } else name = intern(raw);
        }
        const vs = skipSpaces(colon + 1, le);
        let value;
        i++;
        if (vs >= le) {
          let off = colon + 1;
          while (text2[off] === " ") off++;
          value = nested(indent, off, true);
        } else {
          value = inline(vs, le);
          if (i < nLines && lineIndent[i] > indent) bail();
        }
        const pair2 = new FastPair(name, value, key, ls);
        const firstPair = keys.add(pair2);
        if (firstPair) issues.push({ kind: "duplicate-key", message: name, span: pair2.key.span, related: [{ span: firstPair.key.span, label: "first set here" }] });
        end = Math.max(value.end, colon + 1);
      }
      if (i < nLines && lineIndent[i] > indent) bail();
      return mapNode(keys, s, end);
    };
    const keyColon = (s, e) => {
      const c = text2[s];
      if (c === '"' || c === "'") {
        quoted(s, e);
        const q = stop;
        return text2[q] === ":" && (q + 1 >= e || text2[q + 1] === " ") ? q : -1;
      }
      if (c === "[" || c === "{") return -1;
      for (let p = s; p < e; p++) {
        if (text2.charCodeAt(p) === 58 && (p + 1 >= e || text2.charCodeAt(p + 1) === 32)) return p;
      }
      return -1;
    };
    const skipSpaces = (p, e) => {
      while (p < e && text2.charCodeAt(p) === 32) p++;
      return p;
    };
    const root = block(lineIndent[0]);
    if (i !== nLines) bail();
    return root;
  } catch (e) {
    if (e instanceof Bail) return void 0;
    throw e;
  }
}
function splitLines(text2) {
  let max = 1;
  for (let k = text2.indexOf("\n"); k >= 0; k = text2.indexOf("\n", k + 1)) max++;
  const out = { count: 0, start: new Int32Array(max), end: new Int32Array(max), indent: new Int32Array(max) };
  let p = 0;
  while (p <= text2.length) {
    let nl = text2.indexOf("\n", p);
    if (nl < 0) nl = text2.length;
    let q = p;
    while (q < nl && text2.charCodeAt(q) === 32) q++;
    if (text2[q] === "	" || text2[q] === "\r" && q + 1 < nl) bail();
    let end = nl;
    let inS = false;
    let inD = false;
    for (let k = q; k < nl; k++) {
      const ch = text2.charCodeAt(k);
      if (ch < 32) bail();
      if (inD) {
        if (ch === 92) k++;
        else if (ch === 34) inD = false;
      } else if (inS) {
        if (ch === 39) inS = false;
      } else if (ch === 34 && (k === q || opensQuote(text2.charCodeAt(k - 1)))) inD = true;
      else if (ch === 39 && (k === q || opensQuote(text2.charCodeAt(k - 1)))) inS = true;
      else if (ch === 35 && (k === q || text2.charCodeAt(k - 1) === 32)) {
        end = k;
        break;
      }
    }
    if (inS || inD) bail();
    while (end > q && text2[end - 1] === " ") end--;
    if (end > q) {
      const c = text2[q];
      if (c === "%" || text2.startsWith("---", q) && (q + 3 >= end || text2[q + 3] === " ") || text2.startsWith("...", q) && q === p) bail();
      const n = out.count++;
      out.start[n] = q;
      out.end[n] = end;
      out.indent[n] = q - p;
    }
    p = nl + 1;
  }
  return out;
}
var PLAIN_FIRST_BAD = (() => {
  const t = new Uint8Array(128);
  for (const c of "&*!|>%@`#[]{},\"'") t[c.charCodeAt(0)] = 1;
  return t;
})();
function opensQuote(c) {
  return c === 32 || c === 91 || c === 123 || c === 44 || c === 58 || c === 45;
}

// src/config/yaml-tree.ts
function isNullNode(n) {
  return !n || n.kind === "scalar" && (n.isNull || n.value === null);
}
function getPair(map2, name) {
  if (!map2 || map2.kind !== "map") return void 0;
  const pairs = map2.pairs;
  for (let k = 0; k < pairs.length; k++) if (pairs[k].name === name) return pairs[k];
  return void 0;
}
function getValue(map2, name) {
  return getPair(map2, name)?.value;
}
function scalarString(n) {
  if (!n) return void 0;
  if (n.kind !== "scalar") return void 0;
  if (n.isNull || n.value === null) return "";
  return n.text;
}
var MAX_EXPANDED_NODES = 1e6;
var MAX_DEPTH = 500;
function makeSpanner(file, lc) {
  return (start, end) => {
    const a = lc.linePos(start);
    const b = lc.linePos(Math.max(start, end));
    return { file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
}
function textSpanner(file, text2) {
  let starts = [];
  let last = -1;
  let hint = 0;
  const index = () => {
    starts = [0];
    for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
    last = starts.length - 1;
  };
  const lineIndex = (off) => {
    if (starts[hint] <= off && (hint === last || starts[hint + 1] > off)) return hint;
    if (hint < last && starts[hint + 1] <= off && (hint + 1 === last || starts[hint + 2] > off)) return ++hint;
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return hint = lo;
  };
  return (start, end) => {
    if (last < 0) index();
    const a = lineIndex(start);
    const column = start - starts[a] + 1;
    const e = Math.max(start, end);
    const b = a === last || e < starts[a + 1] ? a : lineIndex(e);
    return { file, line: a + 1, column, endLine: b + 1, endColumn: e - starts[b] + 1 };
  };
}
function parseYaml(text2, file, options = {}) {
  if (options.fast !== false) {
    const issues2 = [];
    const root2 = fastParse(text2, textSpanner(file, text2), issues2);
    if (root2) return { root: root2, issues: issues2, expandedSize: 0, tree: true };
  }
  const lc = new import_yaml.LineCounter();
  const spanOf2 = makeSpanner(file, lc);
  const issues = [];
  let docs;
  try {
    const all = (0, import_yaml.parseAllDocuments)(text2, {
      version: "1.1",
      merge: true,
      uniqueKeys: false,
      // yaml's check is quadratic; duplicates are found in convert()
      lineCounter: lc,
      prettyErrors: false,
      strict: true
    });
    docs = Array.isArray(all) ? all : [];
  } catch (e) {
    issues.push({ kind: "too-deep", message: `the YAML could not be read: ${e.message}`, span: spanOf2(0, 0) });
    return { issues, expandedSize: 0 };
  }
  if (docs.length === 0) return { issues, expandedSize: 0 };
  const doc = docs[0];
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    const span = spanOf2(s, e > s ? e : s + 1);
    if (err.code === "DUPLICATE_KEY") {
      continue;
    } else if (err.code === "TAB_AS_INDENT" || /tab/i.test(err.message) && /indent/i.test(err.message)) {
      issues.push({ kind: "tab-indent", message: err.message, span });
    } else {
      issues.push({ kind: "syntax", message: cleanMessage(err.message), span });
    }
  }
  if (docs.length > 1) {
    const second = docs[1];
    const start = second.range?.[0] ?? text2.length;
    issues.push({ kind: "extra-documents", message: `${docs.length - 1} more`, span: spanOf2(start, Math.min(text2.length, start + 3)) });
  }
  const anchors = /* @__PURE__ */ new Map();
  (0, import_yaml.visit)(doc, (_key, n) => {
    if (!n || typeof n !== "object") return;
    const a = n.anchor;
    const r = n.range;
    if (a && r && !(0, import_yaml.isAlias)(n)) {
      let l = anchors.get(a);
      if (!l) anchors.set(a, l = []);
      l.push({ at: r[0], node: n });
    }
  });
  for (const l of anchors.values()) l.sort((x, y) => x.at - y.at);
  const resolveAlias = (name, at) => {
    const l = anchors.get(name);
    if (!l) return void 0;
    let lo = 0;
    let hi = l.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (l[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? l[lo - 1].node : void 0;
  };
  const memo = /* @__PURE__ */ new Map();
  let mergedPairs = 0;
  let mergeLimitHit = false;
  const inProgress = /* @__PURE__ */ new Set();
  const nullAt = (off) => ({
    kind: "scalar",
    value: null,
    text: "",
    plain: true,
    isNull: true,
    start: off,
    end: off,
    span: spanOf2(off, off)
  });
  function convert(node, depth, fallbackOff) {
    if (node === null || node === void 0) return nullAt(fallbackOff);
    if ((0, import_yaml.isAlias)(node)) {
      const target = resolveAlias(node.source, node.range?.[0] ?? 0);
      if (!target || inProgress.has(target)) return nullAt(node.range?.[0] ?? fallbackOff);
      return convert(target, depth, fallbackOff);
    }
    const cached = memo.get(node);
    if (cached) return cached;
    if (depth > MAX_DEPTH) {
      const r = node.range;
      issues.push({ kind: "too-deep", message: `nesting deeper than ${MAX_DEPTH} levels`, span: spanOf2(r?.[0] ?? 0, r?.[1] ?? 0) });
      const n = nullAt(r?.[0] ?? fallbackOff);
      memo.set(node, n);
      return n;
    }
    if ((0, import_yaml.isScalar)(node)) {
      const [s, e] = node.range ?? [fallbackOff, fallbackOff];
      const plain = node.type === "PLAIN";
      const value = node.value;
      const raw = typeof node.source === "string" ? node.source : value === null || value === void 0 ? "" : String(value);
      let text3 = plain ? raw : typeof value === "string" ? value : raw;
      let bytes;
      if (node.tag === "tag:yaml.org,2002:binary") {
        const b64 = raw.replace(/\s+/g, "");
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
          issues.push({ kind: "syntax", message: "!!binary value contains invalid base64 data", span: spanOf2(s, e) });
        } else {
          bytes = new Uint8Array(Buffer.from(b64, "base64"));
          text3 = new TextDecoder("utf-8").decode(bytes);
        }
      }
      const n = {
        kind: "scalar",
        value: value === void 0 ? null : value,
        text: text3,
        plain,
        tag: node.tag,
        isNull: value === null || value === void 0,
        start: s,
        end: e,
        span: spanOf2(s, e)
      };
      if (bytes) n.raw = bytes;
      memo.set(node, n);
      return n;
    }
    if ((0, import_yaml.isSeq)(node)) {
      const [s, e] = node.range ?? [fallbackOff, fallbackOff];
      const n = { kind: "seq", items: [], start: s, end: e, span: spanOf2(s, e) };
      memo.set(node, n);
      inProgress.add(node);
      for (const item of node.items) {
        let c = convert(item, depth + 1, s);
        if (c.kind === "scalar" && c.isNull && c.start === c.end) {
          let k = c.start - 1;
          while (k >= 0 && (text2[k] === " " || text2[k] === "	")) k--;
          if (text2[k] === "-") c = { ...c, start: k, end: k + 1, span: spanOf2(k, k + 1) };
        }
        n.items.push(c);
      }
      inProgress.delete(node);
      return n;
    }
    if ((0, import_yaml.isMap)(node)) {
      const [s, e] = node.range ?? [fallbackOff, fallbackOff];
      const n = { kind: "map", pairs: [], start: s, end: e, span: spanOf2(s, e) };
      memo.set(node, n);
      inProgress.add(node);
      const ownByName = /* @__PURE__ */ new Map();
      const index = /* @__PURE__ */ new Map();
      const put = (p) => {
        const at = index.get(p.name);
        if (at === void 0) {
          index.set(p.name, n.pairs.length);
          n.pairs.push(p);
        } else n.pairs[at] = p;
      };
      for (const pair2 of node.items) {
        if (!(0, import_yaml.isPair)(pair2)) continue;
        const keyNode = pair2.key;
        const isMerge = (0, import_yaml.isScalar)(keyNode) && typeof keyNode.value === "symbol";
        if (isMerge) {
          const v = convert(pair2.value, depth + 1, s);
          const sources = v.kind === "seq" ? v.items : [v];
          for (const src of sources) {
            if (src.kind !== "map") continue;
            mergedPairs += src.pairs.length;
            if (mergedPairs > MAX_EXPANDED_NODES) {
              if (!mergeLimitHit) {
                mergeLimitHit = true;
                issues.push({ kind: "alias-limit", message: `merge keys (<<) copy more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} keys`, span: keyNode.range ? spanOf2(keyNode.range[0], keyNode.range[1]) : spanOf2(s, s) });
              }
              continue;
            }
            for (const p2 of src.pairs) put({ ...p2, merged: true });
          }
          continue;
        }
        const key = convert(keyNode, depth + 1, s);
        const valOff = key.end;
        const value = convert(pair2.value, depth + 1, valOff);
        const name = key.kind === "scalar" ? key.isNull ? "" : key.text : "";
        const first = key.kind === "scalar" ? ownByName.get(name) : void 0;
        if (first) {
          issues.push({ kind: "duplicate-key", message: name, span: key.span, related: [{ span: first.key.span, label: "first set here" }] });
        }
        const p = { key, name, value };
        if (key.kind === "scalar" && !first) ownByName.set(name, p);
        if (key.kind === "scalar") put(p);
        else n.pairs.push(p);
      }
      inProgress.delete(node);
      return n;
    }
    return nullAt(fallbackOff);
  }
  let root;
  try {
    root = convert(doc.contents, 0, 0);
  } catch (e) {
    issues.push({ kind: "too-deep", message: `the YAML could not be read: ${e.message}`, span: spanOf2(0, 0) });
    return { issues, expandedSize: 0 };
  }
  const expandedSize = expansionSize(root);
  if (expandedSize > MAX_EXPANDED_NODES) {
    const firstAlias = /(^|[\s\[{,:])\*[^\s,\]}]+/.exec(text2);
    const off = firstAlias ? firstAlias.index + firstAlias[1].length : 0;
    issues.push({
      kind: "alias-limit",
      message: `aliases expand this document to more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} nodes`,
      span: spanOf2(off, off + (firstAlias ? firstAlias[0].length - firstAlias[1].length : 1))
    });
  }
  return { root, issues, expandedSize };
}
function expansionSize(root) {
  const memo = /* @__PURE__ */ new Map();
  const cap = MAX_EXPANDED_NODES + 1;
  const size2 = (n) => {
    const m = memo.get(n);
    if (m !== void 0) return m;
    let total = 1;
    if (n.kind === "seq") for (const i of n.items) total = Math.min(cap, total + size2(i));
    else if (n.kind === "map") for (const p of n.pairs) total = Math.min(cap, total + 1 + size2(p.value));
    memo.set(n, total);
    return total;
  };
  return size2(root);
}
function cleanMessage(m) {
  return m.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, "").trim();
}
function goQuote(n) {
  if (!n.raw) return JSON.stringify(n.text);
  let out = "";
  const b = n.raw;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const len = c < 128 ? 1 : c >= 194 && c <= 223 ? 2 : c >= 224 && c <= 239 ? 3 : c >= 240 && c <= 244 ? 4 : 0;
    const chunk = len ? b.subarray(i, i + len) : void 0;
    let ok = !!chunk && chunk.length === len;
    for (let k = 1; ok && k < len; k++) if ((chunk[k] & 192) !== 128) ok = false;
    if (ok) {
      out += JSON.stringify(new TextDecoder().decode(chunk)).slice(1, -1);
      i += len;
    } else {
      out += `\\x${c.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return `"${out}"`;
}

// src/config/walk-schema.ts
var BOOL_TRUE = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var BOOL_FALSE = /* @__PURE__ */ new Set(["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]);
var INT_RE = /^[-+]?(?:0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[0-9][0-9_]*)$/;
var FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
function asBool(n) {
  if (!n || n.kind !== "scalar") return void 0;
  if (n.isNull) return void 0;
  if (!n.plain) return void 0;
  if (BOOL_TRUE.has(n.text)) return true;
  if (BOOL_FALSE.has(n.text)) return false;
  return void 0;
}
function asInt(n) {
  if (!n || n.kind !== "scalar" || !n.plain || n.isNull) return void 0;
  if (!INT_RE.test(n.text)) return void 0;
  const t = n.text.replace(/_/g, "");
  const neg = t.startsWith("-");
  const body = t.replace(/^[-+]/, "");
  let v;
  if (body.startsWith("0b")) v = parseInt(body.slice(2), 2);
  else if (body.startsWith("0o")) v = parseInt(body.slice(2), 8);
  else if (body.startsWith("0x")) v = parseInt(body.slice(2), 16);
  else if (body.length > 1 && body.startsWith("0")) v = parseInt(body, 8);
  else v = Number(body);
  return neg ? -v : v;
}
function asFloat(n) {
  if (!n || n.kind !== "scalar" || !n.plain || n.isNull) return void 0;
  const i = asInt(n);
  if (i !== void 0) return i;
  if (!FLOAT_RE.test(n.text)) return void 0;
  if (/inf/i.test(n.text)) return n.text.startsWith("-") ? -Infinity : Infinity;
  if (/nan/i.test(n.text)) return NaN;
  return Number(n.text.replace(/_/g, ""));
}
function yamlTypeName(n) {
  if (n.kind === "map") return "a mapping";
  if (n.kind === "seq") return "a list";
  if (!n.plain) return `the string "${clip(n.text)}"`;
  if (asBool(n) !== void 0) return `the boolean ${n.text}`;
  if (asInt(n) !== void 0) return `the integer ${n.text}`;
  if (asFloat(n) !== void 0) return `the number ${n.text}`;
  return `the string "${clip(n.text)}"`;
}
function clip(s, max = 60) {
  return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}
function walkSchema(root, rootTy, version, options = {}) {
  const v = parseVersion(version, [3, 0]);
  const facts = { issues: [], secrets: [], paths: [], labelKeys: [], objects: [] };
  const seen = options.tree ? void 0 : /* @__PURE__ */ new Map();
  const isAvailable = availabilityCache(v);
  const typeError = (node, field, expected) => {
    facts.issues.push({ kind: "invalid-type", node, field, expected, got: yamlTypeName(node) });
  };
  function walk(node, ty, field, parent) {
    if (ty.t === "lazy") return walk(node, ty.get(), field, parent);
    if (seen) {
      let s = seen.get(node);
      if (!s) seen.set(node, s = /* @__PURE__ */ new Set());
      if (s.has(ty)) return;
      s.add(ty);
    }
    if (node.kind === "scalar" && node.isNull) return;
    switch (ty.t) {
      case "any":
        return;
      case "string":
      case "secret":
      case "path":
        if (node.kind !== "scalar") return typeError(node, field, "a string");
        if (typeof node.value === "object" && node.value instanceof Uint8Array) return;
        if (ty.t === "secret" && parent) facts.secrets.push({ node, field, parent });
        if (ty.t === "path") facts.paths.push({ node, field });
        return;
      case "bool":
        if (asBool(node) === void 0) typeError(node, field, "a boolean (true or false)");
        return;
      case "int": {
        const f = asInt(node) ?? asFloat(node);
        const i = f !== void 0 && Number.isFinite(f) && Math.abs(f) < 2 ** 63 ? Math.trunc(f) : void 0;
        if (i === void 0) return typeError(node, field, ty.unsigned ? "a non-negative integer" : "an integer");
        if (ty.unsigned && i < 0) typeError(node, field, "a non-negative integer");
        return;
      }
      case "float":
        if (asFloat(node) === void 0) typeError(node, field, "a number");
        return;
      case "duration":
        if (node.kind !== "scalar") return typeError(node, field, "a duration such as 30s or 1h30m");
        if (parseDuration(node.text) === void 0) facts.issues.push({ kind: "invalid-duration", node, field, text: node.text });
        return;
      case "size":
        if (node.kind !== "scalar") return typeError(node, field, "a size such as 10MB");
        if (parseSize(node.text) === void 0) facts.issues.push({ kind: "invalid-size", node, field, text: node.text });
        return;
      case "url":
        if (node.kind !== "scalar") return typeError(node, field, "a URL");
        return;
      case "enum": {
        if (node.kind !== "scalar") return typeError(node, field, `one of ${ty.values.join(", ")}`);
        const ok = ty.ci ? ty.values.some((x) => x.toLowerCase() === node.text.toLowerCase()) : ty.values.includes(node.text);
        if (!ok) facts.issues.push({ kind: "invalid-enum", node, field, text: node.text, values: ty.values });
        return;
      }
      case "list": {
        if (node.kind !== "seq") return typeError(node, field, "a list");
        const items = node.items;
        const plainStrings = ty.of.t === "string";
        for (let k = 0; k < items.length; k++) {
          const item = items[k];
          if (plainStrings && item.kind === "scalar") continue;
          walk(item, ty.of, field, parent);
        }
        return;
      }
      case "map":
        if (node.kind !== "map") return typeError(node, field, "a mapping");
        for (let k = 0, pairs = node.pairs; k < pairs.length; k++) {
          const p = pairs[k];
          if (!keyIsScalar(p)) {
            facts.issues.push({ kind: "non-string-key", node: p.key, where: field });
            continue;
          }
          if (ty.keys === "labelname") facts.labelKeys.push({ pair: p, where: field });
          if (ty.of.t === "string" && p.value.kind === "scalar") continue;
          walk(p.value, ty.of, `${field}.${p.name}`, node);
        }
        return;
      case "obj": {
        if (node.kind !== "map") return typeError(node, field, `a mapping (${ty.name})`);
        const info = objInfo(ty);
        facts.objects.push({ node, name: ty.name, field, http: info.http });
        const pairs = node.pairs;
        for (let k = 0; k < pairs.length; k++) {
          const p = pairs[k];
          if (!keyIsScalar(p)) {
            facts.issues.push({ kind: "non-string-key", node: p.key, where: ty.name });
            continue;
          }
          const f = info.fields.get(p.name);
          if (!f) {
            if (ty.open) continue;
            const known = Object.entries(ty.fields).filter(([, fd]) => available(fd, v)).map(([k2]) => k2);
            facts.issues.push({ kind: "unknown-field", pair: p, where: ty.name, suggestion: didYouMean(p.name, known) });
            continue;
          }
          if (!isAvailable(f)) {
            facts.issues.push({ kind: "version-field", pair: p, where: ty.name, since: f.since, until: f.until, replacedBy: f.replacedBy });
            continue;
          }
          if (f.ty.t === "string" && p.value.kind === "scalar") continue;
          walk(p.value, f.ty, p.name, node);
        }
        return;
      }
    }
  }
  walk(root, rootTy, "");
  return facts;
}
var objInfos = /* @__PURE__ */ new WeakMap();
function objInfo(ty) {
  let info = objInfos.get(ty);
  if (!info) {
    const fields = /* @__PURE__ */ new Map();
    for (const k of Object.keys(ty.fields)) fields.set(k, ty.fields[k]);
    info = { fields, http: "follow_redirects" in ty.fields };
    objInfos.set(ty, info);
  }
  return info;
}
function availabilityCache(v) {
  const cache = /* @__PURE__ */ new Map();
  return (f) => {
    let a = cache.get(f);
    if (a === void 0) cache.set(f, a = available(f, v));
    return a;
  };
}
function available(f, v) {
  if (f.since && cmpVersion(v, parseVersion(f.since, [0, 0])) < 0) return false;
  if (f.until && cmpVersion(v, parseVersion(f.until, [99, 0])) >= 0) return false;
  return true;
}

// src/config/build-model.ts
var DEFAULT_SCRAPE_PROTOCOLS_V3 = ["OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText1.0.0", "PrometheusText0.0.4"];
var PROTO_FIRST_SCRAPE_PROTOCOLS_V3 = ["PrometheusProto", ...DEFAULT_SCRAPE_PROTOCOLS_V3];
var DEFAULT_SCRAPE_PROTOCOLS_V2 = ["OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText0.0.4"];
function joinDir(dir, p) {
  if (p === "" || isAbsolute(p)) return p;
  return resolve(dir, p);
}
var str = (n) => {
  const s = scalarString(n);
  return s === "" ? void 0 : s;
};
var dur = (n) => {
  const s = str(n);
  return s === void 0 ? void 0 : parseDuration(s);
};
var uintOr0 = (n) => {
  const i = asInt(n);
  return i !== void 0 && i > 0 ? i : 0;
};
var strList = (n) => n && n.kind === "seq" ? n.items.map((i) => scalarString(i)).filter((x) => x !== void 0) : [];
function buildGlobal(facts) {
  const g = facts.global;
  const interval = dur(getValue(g, "scrape_interval")) || 6e4;
  const timeoutSet = dur(getValue(g, "scrape_timeout")) || 0;
  const externalLabels = {};
  const el = getValue(g, "external_labels");
  if (el?.kind === "map") for (const p of el.pairs) externalLabels[p.name] = scalarString(p.value) ?? "";
  return {
    scrapeIntervalMs: interval,
    scrapeTimeoutMs: timeoutSet || Math.min(1e4, interval),
    evaluationIntervalMs: dur(getValue(g, "evaluation_interval")) || 6e4,
    externalLabels,
    metricNameValidationScheme: facts.globalScheme
  };
}
function buildTls(node, dir) {
  const s = (k) => str(getValue(node, k));
  const p = (k) => {
    const v = s(k);
    return v === void 0 ? void 0 : joinDir(dir, v);
  };
  const tls = { insecureSkipVerify: asBool(getValue(node, "insecure_skip_verify")) ?? false };
  const set = (k, v) => {
    if (v !== void 0) tls[k] = v;
  };
  set("caFile", p("ca_file"));
  set("ca", s("ca"));
  set("certFile", p("cert_file"));
  set("cert", s("cert"));
  set("keyFile", p("key_file"));
  set("key", s("key"));
  set("serverName", s("server_name"));
  set("minVersion", s("min_version"));
  set("maxVersion", s("max_version"));
  return tls;
}
function buildRelabel(node) {
  const sourceLabels = strList(getValue(node, "source_labels"));
  const separator = getValue(node, "separator");
  const regex = getValue(node, "regex");
  const replacement = getValue(node, "replacement");
  const r = {
    sourceLabels,
    separator: separator ? scalarString(separator) ?? ";" : ";",
    regex: regex && !isNullNode(regex) ? scalarString(regex) ?? "(.*)" : "(.*)",
    replacement: replacement ? scalarString(replacement) ?? "$1" : "$1",
    action: (str(getValue(node, "action")) ?? "replace").toLowerCase(),
    span: node.span
  };
  const t = str(getValue(node, "target_label"));
  if (t !== void 0) r.targetLabel = t;
  const m = asInt(getValue(node, "modulus"));
  if (m !== void 0) r.modulus = m;
  return r;
}
var INHERITED_LIMITS = ["sample_limit", "label_limit", "label_name_length_limit", "label_value_length_limit", "target_limit"];
function jobDefaults(g) {
  const limits = {};
  for (const k of INHERITED_LIMITS) limits[k] = uintOr0(getValue(g, k));
  const body = str(getValue(g, "body_size_limit"));
  return {
    limits,
    bodySizeLimitBytes: body !== void 0 ? parseSize(body) ?? 0 : 0,
    scrapeNativeHistograms: asBool(getValue(g, "scrape_native_histograms")),
    scrapeProtocols: strList(getValue(g, "scrape_protocols")),
    metricNameEscapingScheme: str(getValue(g, "metric_name_escaping_scheme"))
  };
}
function buildJob(ref, global, facts, defaults = jobDefaults(facts.global)) {
  const n = ref.node;
  if (n.kind !== "map" || !ref.jobName) return void 0;
  const own = /* @__PURE__ */ new Map();
  for (const p of n.pairs) if (!own.has(p.name)) own.set(p.name, p.value);
  const v = (k) => own.get(k);
  const interval = dur(v("scrape_interval")) || global.scrapeIntervalMs;
  const timeout = dur(v("scrape_timeout")) || Math.min(global.scrapeTimeoutMs, interval);
  const fromGlobal = (k) => uintOr0(v(k)) || defaults.limits[k];
  const bodyLimit = (() => {
    const own2 = str(v("body_size_limit"));
    const ownN = own2 !== void 0 ? parseSize(own2) ?? 0 : 0;
    if (ownN) return ownN;
    return defaults.bodySizeLimitBytes;
  })();
  const nativeHist = asBool(v("scrape_native_histograms")) ?? defaults.scrapeNativeHistograms ?? false;
  const protocols2 = (() => {
    const own2 = strList(v("scrape_protocols"));
    if (own2.length) return own2;
    if (defaults.scrapeProtocols.length) return defaults.scrapeProtocols.slice();
    if (!facts.isV3) return DEFAULT_SCRAPE_PROTOCOLS_V2;
    return nativeHist ? PROTO_FIRST_SCRAPE_PROTOCOLS_V3 : DEFAULT_SCRAPE_PROTOCOLS_V3;
  })();
  const params = {};
  const pn = v("params");
  if (pn?.kind === "map") for (const p of pn.pairs) params[p.name] = strList(p.value);
  const staticConfigs2 = [];
  const sc = v("static_configs");
  if (sc?.kind === "seq") {
    for (const item of sc.items) {
      if (item.kind !== "map") continue;
      const targets = [];
      const tn = getValue(item, "targets");
      if (tn?.kind === "seq") for (const t of tn.items) {
        const s = scalarString(t);
        if (s !== void 0 && t.kind === "scalar" && !t.isNull) targets.push({ value: s, span: t.span });
      }
      const labels = {};
      const ln = getValue(item, "labels");
      if (ln?.kind === "map") for (const p of ln.pairs) labels[p.name] = scalarString(p.value) ?? "";
      staticConfigs2.push({ targets, labels, span: item.span });
    }
  }
  const fileSdConfigs = [];
  const fsd = v("file_sd_configs");
  if (fsd?.kind === "seq") {
    for (const item of fsd.items) {
      const fl = getValue(item, "files");
      const files = [];
      if (fl?.kind === "seq") for (const f of fl.items) {
        const s = scalarString(f);
        if (s) files.push({ value: s, span: f.span });
      }
      fileSdConfigs.push({ files, span: item.span });
    }
  }
  const relabelList = (k) => {
    const l = v(k);
    return l?.kind === "seq" ? l.items.filter((i) => i.kind === "map").map(buildRelabel) : [];
  };
  let basicAuth2;
  const ba = v("basic_auth");
  if (ba?.kind === "map") {
    basicAuth2 = {};
    const u = str(getValue(ba, "username"));
    if (u !== void 0) basicAuth2.username = u;
    const uf = str(getValue(ba, "username_file"));
    if (uf !== void 0) basicAuth2.usernameFile = joinDir(ref.dir, uf);
    const pw = str(getValue(ba, "password"));
    if (pw !== void 0) basicAuth2.password = pw;
    const pf = str(getValue(ba, "password_file"));
    if (pf !== void 0) basicAuth2.passwordFile = joinDir(ref.dir, pf);
  }
  let authorization2;
  const au = v("authorization");
  const bearer = str(v("bearer_token"));
  const bearerFile = str(v("bearer_token_file"));
  if (au?.kind === "map") {
    authorization2 = { type: str(getValue(au, "type")) ?? "Bearer" };
    const c = str(getValue(au, "credentials"));
    if (c !== void 0) authorization2.credentials = c;
    const cf = str(getValue(au, "credentials_file"));
    if (cf !== void 0) authorization2.credentialsFile = joinDir(ref.dir, cf);
  } else if (bearer !== void 0 || bearerFile !== void 0) {
    authorization2 = { type: "Bearer" };
    if (bearer !== void 0) authorization2.credentials = bearer;
    else if (bearerFile !== void 0) authorization2.credentialsFile = joinDir(ref.dir, bearerFile);
  }
  let oauth22;
  const oa = v("oauth2");
  if (oa?.kind === "map") {
    const endpointParams = {};
    const ep = getValue(oa, "endpoint_params");
    if (ep?.kind === "map") for (const p of ep.pairs) endpointParams[p.name] = scalarString(p.value) ?? "";
    oauth22 = { clientId: str(getValue(oa, "client_id")) ?? "", scopes: strList(getValue(oa, "scopes")), tokenUrl: str(getValue(oa, "token_url")) ?? "", endpointParams };
    const cs = str(getValue(oa, "client_secret"));
    if (cs !== void 0) oauth22.clientSecret = cs;
    const csf = str(getValue(oa, "client_secret_file"));
    if (csf !== void 0) oauth22.clientSecretFile = joinDir(ref.dir, csf);
  }
  const httpHeaders = {};
  const httpHeaderFiles = {};
  const hh = v("http_headers");
  if (hh?.kind === "map") {
    for (const p of hh.pairs) {
      const vals = [...strList(getValue(p.value, "values")), ...strList(getValue(p.value, "secrets"))];
      if (vals.length) httpHeaders[p.name] = vals;
      const files = strList(getValue(p.value, "files")).map((f) => joinDir(ref.dir, f));
      if (files.length) httpHeaderFiles[p.name] = files;
    }
  }
  const scheme = (str(v("scheme")) ?? "http").toLowerCase();
  const validation = (() => {
    const own2 = str(v("metric_name_validation_scheme"));
    if (own2 === "legacy" || own2 === "utf8") return own2;
    return global.metricNameValidationScheme;
  })();
  const job = {
    jobName: { value: ref.jobName.text, span: ref.jobName.span },
    span: n.span,
    file: ref.file,
    scheme: scheme === "https" ? "https" : "http",
    metricsPath: str(v("metrics_path")) ?? "/metrics",
    params,
    scrapeIntervalMs: interval,
    scrapeTimeoutMs: timeout,
    honorLabels: asBool(v("honor_labels")) ?? false,
    honorTimestamps: asBool(v("honor_timestamps")) ?? true,
    tls: buildTls(v("tls_config"), ref.dir),
    followRedirects: asBool(v("follow_redirects")) ?? true,
    enableHttp2: asBool(v("enable_http2")) ?? true,
    enableCompression: asBool(v("enable_compression")) ?? true,
    httpHeaders,
    bodySizeLimitBytes: bodyLimit,
    sampleLimit: fromGlobal("sample_limit"),
    labelLimit: fromGlobal("label_limit"),
    labelNameLengthLimit: fromGlobal("label_name_length_limit"),
    labelValueLengthLimit: fromGlobal("label_value_length_limit"),
    targetLimit: fromGlobal("target_limit"),
    scrapeProtocols: protocols2,
    staticConfigs: staticConfigs2,
    fileSdConfigs,
    relabelConfigs: relabelList("relabel_configs"),
    metricRelabelConfigs: relabelList("metric_relabel_configs"),
    metricNameValidationScheme: validation,
    metricNameEscapingScheme: str(v("metric_name_escaping_scheme")) ?? defaults.metricNameEscapingScheme ?? (validation === "legacy" ? "underscores" : "allow-utf-8"),
    scrapeNativeHistograms: nativeHist
  };
  const fb = str(v("fallback_scrape_protocol"));
  if (fb !== void 0) job.fallbackScrapeProtocol = fb;
  if (basicAuth2) job.basicAuth = basicAuth2;
  if (authorization2) job.authorization = authorization2;
  if (oauth22) job.oauth2 = oauth22;
  if (Object.keys(httpHeaderFiles).length) job.httpHeaderFiles = httpHeaderFiles;
  const proxy = str(v("proxy_url"));
  if (proxy !== void 0) job.proxyUrl = proxy;
  const noProxy = str(v("no_proxy"));
  if (noProxy !== void 0) job.noProxy = noProxy;
  const pfe = asBool(v("proxy_from_environment"));
  if (pfe !== void 0) job.proxyFromEnvironment = pfe;
  return job;
}

// src/config/check-helpers.ts
function setPair(map2, name) {
  const p = getPair(map2, name);
  if (!p || isNullNode(p.value)) return void 0;
  if (p.value.kind === "scalar" && p.value.text === "" && !p.value.plain) return void 0;
  return p;
}
function isSet(map2, name) {
  return setPair(map2, name) !== void 0;
}
function text(map2, name) {
  const v = getValue(map2, name);
  const s = scalarString(v);
  return s === "" ? void 0 : s;
}
function jobLabel(ref) {
  return ref.jobName ? `job "${ref.jobName.text}"` : `scrape config #${ref.index + 1}`;
}
function missingAt(map2) {
  return map2.pairs[0]?.key ?? map2;
}
function staticConfigs(ctx) {
  const out = [];
  for (const o of ctx.schema.objects) {
    if (o.name !== "scrape_config" && o.name !== "alertmanager_config") continue;
    const sc = getValue(o.node, "static_configs");
    if (sc?.kind !== "seq") continue;
    const node = o.node;
    const isScrape = o.name === "scrape_config";
    let label;
    const ownerLabel = () => {
      if (label === void 0) {
        const jn = text(node, "job_name");
        label = isScrape ? jn ? `job "${jn}"` : "a scrape config" : "an alertmanager config";
      }
      return label;
    };
    for (const item of sc.items) {
      out.push({
        owner: node,
        item,
        isScrape,
        get ownerLabel() {
          return ownerLabel();
        }
      });
    }
  }
  return out;
}

// src/config/context.ts
function defineConfigCheck(c) {
  return c;
}
function metaOf(c) {
  const { check: _check, ...meta } = c;
  return meta;
}
function spanOf(at) {
  return "kind" in at ? at.span : at;
}

// src/config/checks/agent-mode-field.ts
var agent_mode_field_default = defineConfigCheck({
  id: "config/agent-mode-field",
  severity: "error",
  description: "Leave alerting, rule_files and remote_read out of an agent-mode config.",
  messages: { notAllowed: "field {field} is not allowed in agent mode" },
  hints: { notAllowed: "Remove the {field}: section, or run Prometheus without --agent." },
  check(ctx) {
    if (!ctx.options.agentMode) return;
    for (const field of ["alerting", "rule_files", "remote_read"]) {
      const p = getPair(ctx.root, field);
      if (!p) continue;
      const v = p.value;
      const used = field === "alerting" ? v.kind === "map" && v.pairs.some((x) => x.value.kind === "seq" && x.value.items.length > 0) : v.kind === "seq" && v.items.length > 0;
      if (used) ctx.report({ messageId: "notAllowed", at: p.key, data: { field } });
    }
  }
});

// src/config/checks/duplicate-job-name.ts
var duplicate_job_name_default = defineConfigCheck({
  id: "config/duplicate-job-name",
  severity: "error",
  description: "Give every scrape config its own job_name.",
  messages: { duplicate: 'job_name "{name}" is already used on line {line} (found multiple scrape configs with job name "{name}")' },
  hints: { duplicate: "Rename one of them, e.g. `job_name: {name}-2`, or merge their targets into one scrape config." },
  check(ctx) {
    const seen = /* @__PURE__ */ new Map();
    for (const ref of ctx.scrapeConfigs) {
      const jn = ref.jobName;
      if (!jn) continue;
      const first = seen.get(jn.text);
      if (!first) {
        seen.set(jn.text, jn);
        continue;
      }
      const where = first.span.file === jn.span.file ? `${first.span.line}` : `${first.span.line} of ${first.span.file}`;
      ctx.report({ messageId: "duplicate", at: jn, data: { name: jn.text, line: where }, related: [{ at: first, label: "first used here" }] });
    }
  }
});

// src/config/checks/unknown-field.ts
var GO_TYPES = {
  scrape_config: "config.ScrapeConfig",
  alertmanager_config: "config.AlertmanagerConfig",
  remote_write: "config.RemoteWriteConfig",
  remote_read: "config.RemoteReadConfig",
  oauth2: "config.OAuth2",
  relabel_config: "relabel.Config",
  kubernetes_sd_config: "kubernetes.plain",
  namespaces: "kubernetes.plain",
  selector: "kubernetes.plain",
  attach_metadata: "kubernetes.plain"
};
var goType = (where) => GO_TYPES[where] ?? (where.endsWith("_sd_config") ? `${where.replace(/_sd_config$/, "")}.plain` : "config.plain");
var unknown_field_default = defineConfigCheck({
  id: "config/unknown-field",
  severity: "error",
  description: "Use only the keys Prometheus knows in each section.",
  messages: {
    didYouMean: 'unknown field "{name}" in {where}; did you mean "{suggestion}"? (field {name} not found in type {type})',
    unknown: 'unknown field "{name}" in {where} (field {name} not found in type {type})',
    tooNew: 'field "{name}" in {where} needs Prometheus {since} or later; checking for {version} (field {name} not found in type {type})',
    removed: 'field "{name}" in {where} was removed in Prometheus {until}; checking for {version} (field {name} not found in type {type})',
    nonStringKey: "a key in {where} is not a plain string"
  },
  hints: {
    didYouMean: "Rename the key to `{suggestion}:`.",
    unknown: 'Remove "{name}", or move it to the section where it belongs.',
    tooNew: 'Upgrade Prometheus to {since} or later, or remove "{name}:" (use --prometheus-version to check for the version you deploy).',
    removed: 'Replace "{name}:" with `{replacedBy}:`.',
    nonStringKey: "Write the key as a plain string."
  },
  check(ctx) {
    for (const i of ctx.schema.issues) {
      if (i.kind === "unknown-field") {
        if (i.suggestion) ctx.report({ messageId: "didYouMean", at: i.pair.key, data: { name: i.pair.name, where: i.where, suggestion: i.suggestion, type: goType(i.where) } });
        else ctx.report({ messageId: "unknown", at: i.pair.key, data: { name: i.pair.name, where: i.where, type: goType(i.where) } });
      } else if (i.kind === "version-field") {
        if (i.until) ctx.report({ messageId: "removed", at: i.pair.key, data: { name: i.pair.name, where: i.where, until: i.until, version: ctx.versionText, replacedBy: i.replacedBy ?? "(nothing)", type: goType(i.where) } });
        else ctx.report({ messageId: "tooNew", at: i.pair.key, data: { name: i.pair.name, where: i.where, since: i.since ?? "?", version: ctx.versionText, type: goType(i.where) } });
      } else if (i.kind === "non-string-key") {
        ctx.report({ messageId: "nonStringKey", at: i.node, data: { where: i.where } });
      }
    }
  }
});

// src/config/checks/duplicate-key.ts
var duplicate_key_default = defineConfigCheck({
  id: "config/duplicate-key",
  severity: "error",
  description: "Write each key once per mapping.",
  messages: {
    duplicate: 'key "{key}" is already set in this mapping (field {key} already set in type {type})',
    duplicateMapKey: 'key "{key}" is already set in this mapping (mapping key "{key}" already defined at line {line})'
  },
  hints: {
    duplicate: 'Merge the two "{key}:" blocks into one, or remove one of them.',
    duplicateMapKey: 'Keep one "{key}:" entry.'
  },
  check(ctx) {
    let ownerOfKey;
    for (const i of ctx.parseIssues) {
      if (i.kind !== "duplicate-key") continue;
      if (!ownerOfKey) {
        ownerOfKey = /* @__PURE__ */ new Map();
        for (const o of ctx.schema.objects) for (const p of o.node.pairs) ownerOfKey.set(p.key.span, o.name);
      }
      const related = i.related?.map((r) => ({ at: r.span, label: r.label }));
      const owner = ownerOfKey.get(i.span);
      if (owner || !ctx.root) ctx.report({ messageId: "duplicate", at: i.span, data: { key: i.message, type: goType(owner ?? "config") }, related });
      else ctx.report({ messageId: "duplicateMapKey", at: i.span, data: { key: i.message, line: i.related?.[0]?.span.line ?? i.span.line }, related });
    }
  }
});

// src/config/checks/duplicate-remote-name.ts
var duplicate_remote_name_default = defineConfigCheck({
  id: "config/duplicate-remote-name",
  severity: "error",
  description: "Give each remote_write and remote_read entry its own name.",
  messages: { duplicate: '{section} name "{name}" is already used on line {line} (found multiple remote {kind} configs with job name "{name}")' },
  hints: { duplicate: "Rename one of them, e.g. `name: {name}-2`." },
  check(ctx) {
    for (const [section, kind] of [["remote_write", "write"], ["remote_read", "read"]]) {
      const list2 = getPair(ctx.root, section)?.value;
      if (list2?.kind !== "seq") continue;
      const seen = /* @__PURE__ */ new Map();
      for (const item of list2.items) {
        const p = getPair(item, "name");
        const name = p ? scalarString(p.value) ?? "" : "";
        if (!p || name === "") continue;
        const first = seen.get(name);
        if (!first) seen.set(name, p.value);
        else ctx.report({ messageId: "duplicate", at: p.value, data: { section, name, kind, line: first.span.line }, related: [{ at: first, label: "first used here" }] });
      }
    }
  }
});

// src/config/checks/empty-file.ts
var empty_file_default = defineConfigCheck({
  id: "config/empty-file",
  severity: "warning",
  description: "Give prometheus.yml at least one scrape config.",
  messages: { empty: "{file} is empty: Prometheus would start with the defaults and scrape nothing" },
  hints: { empty: 'Add a scrape config, e.g.\nscrape_configs:\n  - job_name: node\n    static_configs:\n      - targets: ["localhost:9100"]' },
  check(ctx) {
    for (const i of ctx.fileIssues) if (i.kind === "empty") ctx.report({ messageId: "empty", at: i.span, data: { file: i.file } });
  }
});

// src/config/checks/empty-section.ts
var LISTS = {
  scrape_configs: "empty or null scrape config section",
  static_configs: "empty or null section in static_configs",
  relabel_configs: "empty or null target relabeling rule",
  metric_relabel_configs: "empty or null metric relabeling rule",
  write_relabel_configs: "empty or null relabeling rule in remote write config",
  alert_relabel_configs: "empty or null alert relabeling rule",
  remote_write: "empty or null remote write config section",
  remote_read: "empty or null remote read config section",
  alertmanagers: "empty or null Alertmanager config section"
};
var LIST_ENTRIES = Object.entries(LISTS);
var LIST_NAMES = new Set(Object.keys(LISTS));
var empty_section_default = defineConfigCheck({
  id: "config/empty-section",
  severity: "error",
  description: "Do not leave empty items in lists of sections.",
  messages: { empty: "empty item in {list} ({prom})" },
  hints: { empty: 'Remove the lone "-", or fill in the item.' },
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    const visit2 = (owner, ownerName) => {
      if (owner?.kind !== "map") return;
      let held;
      const pairs = owner.pairs;
      for (let k = 0; k < pairs.length; k++) if (LIST_NAMES.has(pairs[k].name)) (held ??= []).push(pairs[k].name);
      if (!held) return;
      for (let e = 0; e < LIST_ENTRIES.length; e++) {
        const list2 = LIST_ENTRIES[e][0];
        const prom0 = LIST_ENTRIES[e][1];
        if (!held.includes(list2)) continue;
        const p = getPair(owner, list2);
        if (!p || p.value.kind !== "seq" || seen.has(p.value)) continue;
        seen.add(p.value);
        let prom = prom0;
        if (list2 === "relabel_configs" && ownerName === "alertmanager_config") prom = "empty or null Alertmanager target relabeling rule";
        if (list2 === "alert_relabel_configs" && ownerName === "alertmanager_config") prom = "empty or null Alertmanager alert relabeling rule";
        for (const item of p.value.items) {
          if (!isNullNode(item)) continue;
          ctx.report({ messageId: "empty", at: item, data: { list: list2, prom } });
        }
      }
    };
    visit2(ctx.root, "config");
    for (const o of ctx.schema.objects) visit2(o.node, o.name);
  }
});

// src/config/checks/extra-documents.ts
var extra_documents_default = defineConfigCheck({
  id: "config/extra-documents",
  severity: "warning",
  description: "Keep prometheus.yml to one YAML document.",
  messages: { extra: "this file has {count} YAML document(s) after the first; Prometheus ignores them" },
  hints: { extra: 'Remove the "---" separator and merge the sections into the first document, or move them to their own file.' },
  check(ctx) {
    for (const i of ctx.parseIssues) {
      if (i.kind === "extra-documents") ctx.report({ messageId: "extra", at: i.span, data: { count: i.message.replace(/\D/g, "") || 1 } });
    }
  }
});

// src/config/checks/file-too-large.ts
var file_too_large_default = defineConfigCheck({
  id: "config/file-too-large",
  severity: "error",
  description: "Keep prometheus.yml (and its scrape_config_files) under 4 MiB so it can be checked.",
  messages: { tooLarge: "{file} is {size} bytes, more than the {cap} bytes promgate reads; it was not checked" },
  hints: { tooLarge: "Split the scrape configs into several files listed under scrape_config_files:, or check that the file is really a Prometheus config." },
  check(ctx) {
    for (const i of ctx.fileIssues) {
      if (i.kind !== "too-large") continue;
      ctx.report({ messageId: "tooLarge", at: i.span, data: { file: i.file, size: i.n ?? 0, cap: MAX_CONFIG_BYTES } });
    }
  }
});

// src/config/checks/insecure-skip-verify.ts
var insecure_skip_verify_default = defineConfigCheck({
  id: "config/insecure-skip-verify",
  severity: "warning",
  description: "Verify TLS certificates instead of skipping verification.",
  messages: { insecure: "insecure_skip_verify: true disables TLS certificate verification" },
  hints: { insecure: "Remove it and set `ca_file: <the CA that signed the target's certificate>` (and `server_name:` if the certificate names another host)." },
  check(ctx) {
    for (const t of ctx.tlsConfigs) {
      const p = getPair(t.node, "insecure_skip_verify");
      if (p && asBool(p.value) === true) ctx.report({ messageId: "insecure", at: p.value });
    }
  }
});

// src/config/checks/invalid-azuread.ts
var CLOUDS = ["AzurePublic", "AzureChina", "AzureGovernment"];
var METHODS = [["managed_identity", "Managed Identity"], ["oauth", "OAuth"], ["sdk", "SDK"], ["workload_identity", "Workload Identity"]];
function isGoUuid(s) {
  const hex = "[0-9a-fA-F]";
  const dashed = `${hex}{8}-${hex}{4}-${hex}{4}-${hex}{4}-${hex}{12}`;
  return new RegExp(`^(?:${dashed}|\\{${dashed}\\}|urn:uuid:${dashed}|${hex}{32})$`, "i").test(s);
}
var invalid_azuread_default = defineConfigCheck({
  id: "config/invalid-azuread",
  severity: "error",
  description: "Give remote_write azuread one known cloud and exactly one complete authentication method.",
  messages: {
    cloud: 'azuread cloud "{cloud}" is not one of {clouds} (must provide a cloud in the Azure AD config)',
    none: "azuread has no authentication method (must provide an {list} in the Azure AD config)",
    both: "cannot provide both Azure {first} and Azure {second} in the Azure AD config",
    missing: "must provide an Azure {method} {field} in the Azure AD config",
    uuid: 'the provided Azure {method} {field} is invalid: "{value}" is not a UUID'
  },
  hints: {
    cloud: "Write `cloud: AzurePublic` (the default), `AzureChina` or `AzureGovernment`.",
    none: "Add one of: {keys}, e.g. `managed_identity: {client_id: <uuid>}`.",
    both: "Keep one authentication method: remove `{secondKey}:` or `{firstKey}:`.",
    missing: "Add `{field}:` to `{key}:`.",
    uuid: "Copy the {field} from the Azure portal: a UUID such as 00000000-0000-0000-0000-000000000000."
  },
  check(ctx) {
    for (const o of ctx.schema.objects) if (o.name === "azuread") azuread(ctx, o.node);
  }
});
function azuread(ctx, n) {
  const workload = cmpVersion(ctx.version, [3, 5]) >= 0;
  const methods = METHODS.filter(([k]) => k !== "workload_identity" || workload);
  const cloud = getPair(n, "cloud");
  if (cloud && cloud.value.kind === "scalar" && !cloud.value.isNull) {
    const v = scalarString(cloud.value) ?? "";
    if (!CLOUDS.includes(v)) ctx.report({ messageId: "cloud", at: cloud.value, data: { cloud: v, clouds: CLOUDS.join(", ") } });
  }
  const set = methods.filter(([k]) => !isNullNode(getPair(n, k)?.value));
  if (set.length === 0) {
    const names = methods.map(([, name]) => `Azure ${name}`);
    const list2 = `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
    ctx.report({ messageId: "none", at: n.pairs[0]?.key ?? n, data: { list: list2, keys: methods.map(([k]) => k).join(", ") } });
    return;
  }
  for (let i = 1; i < set.length; i++) {
    const [firstKey, first] = set[0];
    const [secondKey, second] = set[i];
    ctx.report({ messageId: "both", at: getPair(n, secondKey).key, data: { first, second, firstKey, secondKey }, related: [{ at: getPair(n, firstKey).key, label: "also set here" }] });
  }
  const need = (key, method, fields, uuids) => {
    const p = getPair(n, key);
    if (!p) return;
    const m = p.value.kind === "map" ? p.value : void 0;
    for (const field of fields) {
      if (!isSet(m, field)) ctx.report({ messageId: "missing", at: getPair(m, field)?.key ?? p.key, data: { method, field, key } });
    }
    for (const field of uuids) {
      const v = getValue(m, field);
      const s = scalarString(v) ?? "";
      if (v && s !== "" && !isGoUuid(s)) ctx.report({ messageId: "uuid", at: v, data: { method, field, value: s } });
    }
  };
  need("managed_identity", "Managed Identity", [], ["client_id"]);
  need("oauth", "OAuth", ["client_id", "client_secret", "tenant_id"], ["client_id"]);
  if (workload) need("workload_identity", "Workload Identity", ["client_id", "tenant_id"], ["client_id", "tenant_id"]);
}

// src/config/checks/invalid-duration.ts
var invalid_duration_default = defineConfigCheck({
  id: "config/invalid-duration",
  severity: "error",
  description: "Write durations as Prometheus parses them, e.g. 15s, 1m, 1h30m.",
  messages: {
    invalid: '{field}: "{value}" is not a valid duration string (not a valid duration string: "{value}")',
    invalidSuggest: '{field}: "{value}" is not a valid duration string; did you mean "{suggestion}"? (not a valid duration string: "{value}")'
  },
  hints: {
    invalid: "Use a number with a unit (ms, s, m, h, d, w, y), units from largest to smallest, no spaces or fractions: e.g. `{field}: 1m30s`.",
    invalidSuggest: "Write `{field}: {suggestion}`."
  },
  check(ctx) {
    for (const i of ctx.schema.issues) {
      if (i.kind !== "invalid-duration") continue;
      const suggestion = suggestDuration(i.text);
      if (suggestion) ctx.report({ messageId: "invalidSuggest", at: i.node, data: { field: i.field, value: i.text, suggestion } });
      else ctx.report({ messageId: "invalid", at: i.node, data: { field: i.field, value: i.text } });
    }
  }
});

// src/config/checks/invalid-label-name.ts
var invalid_label_name_default = defineConfigCheck({
  id: "config/invalid-label-name",
  severity: "error",
  description: "Use valid label names (letters, digits and underscores, not starting with a digit).",
  messages: {
    invalid: "{name} is not a valid label name{why}",
    utf8Only: 'label name "{name}" is valid only under Prometheus 3 UTF-8 names; PromQL must quote it ({"{name}"})',
    invalidValue: "{value} is not a valid label value: not valid UTF-8"
  },
  hints: {
    invalid: 'Rename it to "{fix}".',
    utf8Only: 'Prefer "{fix}", which every tool accepts unquoted.',
    invalidValue: "Write the value as UTF-8 text."
  },
  check(ctx) {
    const check = (node, name, strictGlobal) => {
      if (LEGACY_LABEL_NAME.test(name)) return;
      const fix = name.replace(/[^a-zA-Z0-9_]/g, "_").replace(/^([0-9])/, "_$1") || "label";
      if (!ctx.isV3 || strictGlobal && ctx.globalScheme === "legacy" || !isUtf8LabelName(name)) {
        const why = !isUtf8LabelName(name) ? " (empty or not valid UTF-8)" : ctx.isV3 ? " under metric_name_validation_scheme: legacy" : ` for Prometheus ${ctx.versionText}`;
        ctx.report({ messageId: "invalid", at: node, data: { name: node.kind === "scalar" ? goQuote(node) : JSON.stringify(name), why, fix } });
      } else {
        ctx.report({ messageId: "utf8Only", at: node, data: { name, fix }, severity: "warning" });
      }
    };
    for (const { pair: pair2, where } of ctx.schema.labelKeys) {
      if (!LEGACY_LABEL_NAME.test(pair2.name)) check(pair2.key, pair2.name, where === "external_labels");
      const v = pair2.value;
      if (v.kind === "scalar" && v.text.includes("\uFFFD")) {
        ctx.report({ messageId: "invalidValue", at: v, data: { value: goQuote(v) } });
      }
    }
    for (const r of ctx.relabels) {
      if (r.node.kind !== "map") continue;
      const sl = r.node.pairs.find((p) => p.name === "source_labels")?.value;
      if (sl?.kind !== "seq") continue;
      for (const item of sl.items) {
        if (item.kind !== "scalar" || item.isNull) continue;
        check(item, item.text, false);
      }
    }
  }
});

// src/config/checks/invalid-metrics-path.ts
var invalid_metrics_path_default = defineConfigCheck({
  id: "config/invalid-metrics-path",
  severity: "warning",
  description: 'Start metrics_path with "/".',
  messages: {
    noSlash: 'metrics_path "{path}" does not start with "/"',
    hasQuery: 'metrics_path "{path}" contains "?"; Prometheus escapes it into the path instead of sending query parameters'
  },
  hints: {
    noSlash: "Write `metrics_path: /{path}`.",
    hasQuery: "Keep `metrics_path: {base}` and move the query into params:, as `params:` with the line `{param}: [{value}]` under it."
  },
  check(ctx) {
    for (const o of ctx.schema.objects) {
      if (o.name !== "scrape_config") continue;
      const p = getPair(o.node, "metrics_path");
      if (!p || p.value.kind !== "scalar" || p.value.isNull) continue;
      const path2 = p.value.text;
      if (path2 === "") continue;
      if (!path2.startsWith("/")) ctx.report({ messageId: "noSlash", at: p.value, data: { path: path2 } });
      else if (path2.includes("?")) {
        const [base, q] = path2.split("?", 2);
        const [param, value = ""] = (q ?? "").split("&")[0].split("=");
        ctx.report({ messageId: "hasQuery", at: p.value, data: { path: path2, base, param: param || "name", value: JSON.stringify(value) } });
      }
    }
  }
});

// src/config/checks/invalid-regex.ts
var invalid_regex_default = defineConfigCheck({
  id: "config/invalid-regex",
  severity: "error",
  description: "Write relabel regexes in RE2 syntax.",
  messages: { invalid: 'error parsing regexp: {error} in "{regex}"' },
  hints: { invalid: "Fix the RE2 syntax (no lookarounds or backreferences; escape literal brackets and dots with \\). Prometheus anchors the regex at both ends, so no ^ or $ is needed." },
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    const errorOf = /* @__PURE__ */ new Map();
    for (const r of ctx.relabels) {
      const p = getPair(r.node, "regex");
      if (!p || p.value.kind !== "scalar" || seen.has(p.value)) continue;
      seen.add(p.value);
      const regex = scalarString(p.value) ?? "";
      let error = errorOf.get(regex);
      if (error === void 0 && !errorOf.has(regex)) errorOf.set(regex, error = compileError(regex, ctx.version));
      if (error) ctx.report({ messageId: "invalid", at: p.value, data: { error, regex } });
    }
  }
});
function compileError(regex, version = [3, 0]) {
  if (regex.length > 1e5) return "regex longer than 100000 characters";
  if (cmpVersion(version, [2, 51]) < 0 && hasAngleNamedGroup(regex)) return "invalid or unsupported Perl syntax: `(?<`";
  const error = tryCompile(regex);
  if (error && /duplicate capture group name/i.test(error)) return tryCompile(regex.replace(/\\.|\(\?P?<[A-Za-z0-9_]*>/g, (m) => m.startsWith("\\") ? m : "("));
  return error;
}
function tryCompile(regex) {
  try {
    RE2JS.compile(`^(?s:${regex})$`);
    return void 0;
  } catch (e) {
    return e.message.replace(/^error parsing regexp: /i, "");
  }
}
function hasAngleNamedGroup(re) {
  let inClass = false;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") {
      inClass = true;
      if (re[i + 1] === "^") i++;
      if (re[i + 1] === "]") i++;
    } else if (c === "(" && re[i + 1] === "?" && re[i + 2] === "<" && re[i + 3] !== "=" && re[i + 3] !== "!") return true;
  }
  return false;
}

// src/config/schema-types.ts
var str2 = { t: "string" };
var secret = { t: "secret" };
var path = { t: "path" };
var bool = { t: "bool" };
var int = { t: "int" };
var uint = { t: "int", unsigned: true };
var float = { t: "float" };
var duration = { t: "duration" };
var size = { t: "size" };
var url = { t: "url" };
var any = { t: "any" };
var list = (of) => ({ t: "list", of });
var map = (of) => ({ t: "map", of });
var labelset = { t: "map", of: { t: "string" }, keys: "labelname" };
var oneOf = (values, ci = false) => ({ t: "enum", values, ci });
function obj(name, fields, open = false) {
  const out = {};
  for (const [k, v] of Object.entries(fields)) out[k] = "ty" in v ? v : { ty: v };
  return { t: "obj", name, fields: out, open };
}
function since(v, ty) {
  return { ty, since: v };
}
function until(v, ty, replacedBy) {
  return { ty, until: v, replacedBy };
}
function withFields(base, name, extra) {
  const e = obj(name, extra);
  return { t: "obj", name, fields: { ...base.fields, ...e.fields }, open: base.open };
}

// src/config/schema.ts
var SCRAPE_PROTOCOLS = ["OpenMetricsText0.0.1", "OpenMetricsText1.0.0", "PrometheusProto", "PrometheusText0.0.4", "PrometheusText1.0.0"];
var RELABEL_ACTIONS = ["replace", "keep", "drop", "keepequal", "dropequal", "hashmod", "labelmap", "labeldrop", "labelkeep", "lowercase", "uppercase"];
var TLS_VERSIONS = ["TLS10", "TLS11", "TLS12", "TLS13"];
var tlsConfig = obj("tls_config", {
  ca: since("2.43", secret),
  ca_file: path,
  ca_ref: since("3.0", str2),
  cert: since("2.43", str2),
  cert_file: path,
  cert_ref: since("3.0", str2),
  key: since("2.43", secret),
  key_file: path,
  key_ref: since("3.0", str2),
  server_name: str2,
  insecure_skip_verify: bool,
  // CHANGELOG 2.35.0: "Config: Support overriding minimum TLS version. #10610".
  min_version: since("2.35", oneOf(TLS_VERSIONS)),
  max_version: since("2.41", oneOf(TLS_VERSIONS))
});
var basicAuth = obj("basic_auth", {
  username: str2,
  username_file: since("2.43", path),
  username_ref: since("3.0", str2),
  password: secret,
  password_file: path,
  password_ref: since("3.0", str2)
});
var authorization = obj("authorization", {
  type: str2,
  credentials: secret,
  credentials_file: path,
  credentials_ref: since("3.0", str2)
});
var proxyFields = {
  proxy_url: url,
  no_proxy: since("2.43", str2),
  proxy_from_environment: since("2.43", bool),
  // proxy_connect_header: 2.41 (CHANGELOG 2.41.0: "Add support for HTTP proxy headers. #11712");
  // no_proxy / proxy_from_environment: 2.43 (CHANGELOG 2.43.0, #12098).
  proxy_connect_header: since("2.41", map(list(secret)))
};
var oauth2 = obj("oauth2", {
  client_id: str2,
  client_secret: secret,
  client_secret_file: path,
  client_secret_ref: since("3.0", str2),
  client_certificate_key: since("3.5", secret),
  client_certificate_key_file: since("3.5", path),
  client_certificate_key_ref: since("3.5", str2),
  client_certificate_key_id: since("3.5", str2),
  grant_type: since("3.5", str2),
  signature_algorithm: since("3.5", str2),
  iss: since("3.5", str2),
  audience: since("3.5", str2),
  claims: since("3.5", map(any)),
  scopes: list(str2),
  token_url: str2,
  endpoint_params: map(str2),
  // CHANGELOG 2.31.0: "OAuth2: Add TLS configuration to token requests. #9550".
  tls_config: since("2.31", tlsConfig),
  // oauth2 proxy_url: CHANGELOG 2.35.0 "OAuth2: Support for using a proxy URL to fetch OAuth2 tokens. #10492"
  // (promtool 2.42 accepts it); the other proxy settings inside oauth2: promtool 2.42 refuses them, so 2.43.
  ...Object.fromEntries(Object.entries(proxyFields).map(([k, v]) => [k, since(k === "proxy_url" ? "2.35" : "2.43", "ty" in v ? v.ty : v)]))
});
var httpHeader = obj("http_headers entry", {
  values: list(str2),
  secrets: list(secret),
  files: list(path)
});
var httpClientFields = {
  basic_auth: basicAuth,
  authorization,
  oauth2,
  bearer_token: secret,
  bearer_token_file: path,
  tls_config: tlsConfig,
  follow_redirects: bool,
  // CHANGELOG 2.35.0: "Configuration: Add the ability to disable HTTP2. #10492".
  enable_http2: since("2.35", bool),
  http_headers: since("3.0", map(httpHeader)),
  ...proxyFields
};
var httpClient = obj("http client", httpClientFields);
var withHttp = (name, fields, open = false) => {
  const o = withFields(httpClient, name, fields);
  return open ? { ...o, open: true } : o;
};
var relabelConfig = obj("relabel_config", {
  source_labels: list(str2),
  separator: str2,
  regex: str2,
  modulus: uint,
  target_label: str2,
  replacement: str2,
  action: str2
});
var staticConfig = obj("static_config", { targets: list(str2), labels: labelset });
var refresh = { refresh_interval: duration };
var awsFields = { region: str2, endpoint: str2, access_key: str2, secret_key: secret, profile: str2, role_arn: str2, port: int, refresh_interval: duration };
var awsNewFields = { ...awsFields, external_id: str2, request_concurrency: int };
var sdConfigs = {
  static_configs: { ty: staticConfig },
  file_sd_configs: { ty: obj("file_sd_config", { files: list(str2), ...refresh }) },
  dns_sd_configs: { ty: obj("dns_sd_config", { names: list(str2), type: str2, port: int, ...refresh }) },
  http_sd_configs: { ty: withHttp("http_sd_config", { url: str2, ...refresh }), since: "2.21" },
  consul_sd_configs: {
    ty: withHttp("consul_sd_config", {
      // path_prefix: CHANGELOG 2.45.0 "Consul SD: Added support for `path_prefix`. #12372";
      // partition: CHANGELOG 2.40.0 "Adds `partition` config in `consul_sd_config`. #11482".
      server: str2,
      path_prefix: since("2.45", str2),
      token: secret,
      datacenter: str2,
      namespace: str2,
      partition: since("2.40", str2),
      scheme: str2,
      username: str2,
      password: secret,
      services: list(str2),
      service_tags: list(str2),
      tags: list(str2),
      node_meta: map(str2),
      tag_separator: str2,
      allow_stale: bool,
      filter: str2,
      health_filter: str2,
      ...refresh
    })
  },
  kubernetes_sd_configs: {
    ty: withHttp("kubernetes_sd_config", {
      api_server: str2,
      role: str2,
      kubeconfig_file: path,
      // own_namespace: CHANGELOG 2.33.0 "SD: Enable target discovery in own K8s namespace. #9881";
      // attach_metadata: CHANGELOG 2.35.0 "Kubernetes SD: Allow attaching node metadata to discovered pods. #10080".
      namespaces: obj("namespaces", { own_namespace: since("2.33", bool), names: list(str2) }),
      selectors: list(obj("selector", { role: str2, label: str2, field: str2 })),
      attach_metadata: since("2.35", obj("attach_metadata", { node: bool, namespace: since("3.0", bool) }))
    })
  },
  ec2_sd_configs: {
    ty: withHttp("ec2_sd_config", {
      region: str2,
      endpoint: str2,
      access_key: str2,
      secret_key: secret,
      profile: str2,
      role_arn: str2,
      port: int,
      filters: list(obj("filter", { name: str2, values: list(str2) })),
      ...refresh
    })
  },
  lightsail_sd_configs: {
    ty: withHttp("lightsail_sd_config", {
      region: str2,
      endpoint: str2,
      access_key: str2,
      secret_key: secret,
      profile: str2,
      role_arn: str2,
      port: int,
      ...refresh
    })
  },
  azure_sd_configs: {
    ty: withHttp("azure_sd_config", {
      environment: str2,
      authentication_method: str2,
      subscription_id: str2,
      tenant_id: str2,
      client_id: str2,
      // resource_group: CHANGELOG 2.35.0 "Azure SD: Add an optional `resource_group` configuration. #10365".
      client_secret: secret,
      resource_group: since("2.35", str2),
      port: int,
      ...refresh
    })
  },
  gce_sd_configs: { ty: obj("gce_sd_config", { project: str2, zone: str2, filter: str2, port: int, tag_separator: str2, ...refresh }) },
  openstack_sd_configs: {
    ty: obj("openstack_sd_config", {
      identity_endpoint: str2,
      username: str2,
      userid: str2,
      password: secret,
      project_name: str2,
      project_id: str2,
      domain_name: str2,
      domain_id: str2,
      application_credential_name: str2,
      application_credential_id: str2,
      application_credential_secret: secret,
      role: str2,
      region: str2,
      availability: str2,
      all_tenants: bool,
      port: int,
      tls_config: tlsConfig,
      ...refresh
    })
  },
  docker_sd_configs: {
    ty: withHttp("docker_sd_config", {
      // host_networking_host: CHANGELOG 2.30.0 "docker_sd: Support host network mode #9125".
      host: str2,
      port: int,
      host_networking_host: since("2.30", str2),
      match_first_network: bool,
      filters: list(obj("filter", { name: str2, values: list(str2) })),
      ...refresh
    })
  },
  dockerswarm_sd_configs: {
    ty: withHttp("dockerswarm_sd_config", {
      host: str2,
      role: str2,
      port: int,
      filters: list(obj("filter", { name: str2, values: list(str2) })),
      ...refresh
    })
  },
  digitalocean_sd_configs: { ty: withHttp("digitalocean_sd_config", { port: int, ...refresh }) },
  // label_selector: Prometheus 3.5 (a summary of the v3.5.0 LTS release notes: "Hetzner SD: `label_selector` filtering").
  hetzner_sd_configs: { ty: withHttp("hetzner_sd_config", { role: str2, port: int, label_selector: since("3.5", str2), ...refresh }) },
  linode_sd_configs: { ty: withHttp("linode_sd_config", { port: int, tag_separator: str2, region: str2, ...refresh }) },
  // CHANGELOG 2.36.0: "SD: Add Vultr integration. #10714".
  vultr_sd_configs: { ty: withHttp("vultr_sd_config", { port: int, ...refresh }), since: "2.36" },
  marathon_sd_configs: { ty: withHttp("marathon_sd_config", { servers: list(str2), auth_token: secret, auth_token_file: path, ...refresh }) },
  nerve_sd_configs: { ty: obj("nerve_sd_config", { servers: list(str2), paths: list(str2), timeout: duration }) },
  serverset_sd_configs: { ty: obj("serverset_sd_config", { servers: list(str2), paths: list(str2), timeout: duration }) },
  triton_sd_configs: {
    ty: obj("triton_sd_config", {
      account: str2,
      role: str2,
      dns_suffix: str2,
      endpoint: str2,
      groups: list(str2),
      port: int,
      version: int,
      tls_config: tlsConfig,
      ...refresh
    })
  },
  eureka_sd_configs: { ty: withHttp("eureka_sd_config", { server: str2, ...refresh }) },
  // client_id: CHANGELOG 2.50.0 "Kuma SD: Extend configuration to allow users to specify client ID. #13278".
  // CHANGELOG 2.29.0: "Add Kuma service discovery. #8844".
  kuma_sd_configs: { ty: withHttp("kuma_sd_config", { server: str2, client_id: since("2.50", str2), fetch_timeout: duration, ...refresh }), since: "2.29" },
  scaleway_sd_configs: {
    ty: withHttp("scaleway_sd_config", {
      api_url: str2,
      project_id: str2,
      role: str2,
      port: int,
      zone: str2,
      access_key: str2,
      secret_key: secret,
      secret_key_file: path,
      name_filter: str2,
      tags_filter: list(str2),
      ...refresh
    })
  },
  // CHANGELOG 2.31.0: "SD: Add Uyuni service discovery. #8190" and "SD: Add PuppetDB service discovery. #8883".
  uyuni_sd_configs: {
    ty: withHttp("uyuni_sd_config", { server: str2, username: str2, password: secret, entitlement: str2, separator: str2, ...refresh }),
    since: "2.31"
  },
  // CHANGELOG 2.36.0: "SD: Add IONOS Cloud integration. #10514".
  ionos_sd_configs: { ty: withHttp("ionos_sd_config", { datacenter_id: str2, port: int, ...refresh }), since: "2.36" },
  ovhcloud_sd_configs: {
    ty: obj("ovhcloud_sd_config", {
      endpoint: str2,
      application_key: str2,
      application_secret: secret,
      consumer_key: secret,
      service: str2,
      ...refresh
    }),
    since: "2.40"
  },
  puppetdb_sd_configs: {
    ty: withHttp("puppetdb_sd_config", { url: str2, query: str2, include_parameters: bool, port: int, ...refresh }),
    since: "2.31"
  },
  nomad_sd_configs: {
    ty: withHttp("nomad_sd_config", { allow_stale: bool, namespace: str2, region: str2, server: str2, tag_separator: str2, ...refresh }),
    // CHANGELOG 2.37.0: "Nomad SD: New service discovery for Nomad built-in service discovery. #10915".
    since: "2.37"
  },
  stackit_sd_configs: {
    ty: withHttp("stackit_sd_config", {
      project: str2,
      region: str2,
      endpoint: str2,
      port: int,
      service_account_key: secret,
      service_account_key_path: path,
      private_key: secret,
      private_key_path: path,
      credentials_file_path: path,
      ...refresh
    }, true),
    since: "3.5"
  },
  outscale_sd_configs: { ty: withHttp("outscale_sd_config", { region: str2, endpoint: str2, access_key: str2, secret_key: secret, secret_key_file: path, port: int, ...refresh }, true), since: "3.8" },
  // discovery/oci/oci.go (the version with `auth`): every field it reads, so unknown keys are reported.
  oci_sd_configs: {
    ty: withHttp("oci_sd_config", {
      auth: str2,
      tenancy: str2,
      user: str2,
      fingerprint: str2,
      key_file: path,
      key_passphrase: secret,
      key_passphrase_file: path,
      region: str2,
      compartments: list(str2),
      port: int,
      ...refresh
    }),
    since: "3.8"
  },
  // Newer AWS mechanisms (discovery/aws): the common AWS fields are checked, the rest accepted (open).
  // Their first release is not in any changelog we could read; 3.6 is a lower bound (the ECS SD pull
  // request prometheus#17105 was opened 2025-08-29, after 3.5; aws_sd_configs with `role: ecs` is in
  // 3.9.1 per prometheus#17920). A lower bound misses an error on an in-between version, never invents one.
  aws_sd_configs: {
    ty: withHttp("aws_sd_config", {
      role: str2,
      ...awsNewFields,
      filters: list(obj("filter", { name: str2, values: list(str2) })),
      clusters: list(str2)
    }, true),
    since: "3.6"
  },
  ecs_sd_configs: { ty: withHttp("ecs_sd_config", { ...awsNewFields, clusters: list(str2) }, true), since: "3.6" },
  rds_sd_configs: { ty: withHttp("rds_sd_config", { ...awsNewFields }, true), since: "3.6" },
  msk_sd_configs: { ty: withHttp("msk_sd_config", { ...awsNewFields, clusters: list(str2) }, true), since: "3.6" },
  elasticache_sd_configs: { ty: withHttp("elasticache_sd_config", { ...awsNewFields }, true), since: "3.6" }
};
var sdFields = Object.fromEntries(Object.entries(sdConfigs).map(([k, v]) => [k, { ty: list(v.ty), since: v.since }]));
var scrapeConfig = withHttp("scrape_config", {
  job_name: str2,
  honor_labels: bool,
  honor_timestamps: bool,
  track_timestamps_staleness: since("2.48", bool),
  params: map(list(str2)),
  scrape_interval: duration,
  scrape_timeout: duration,
  scrape_protocols: since("2.49", list(str2)),
  fallback_scrape_protocol: since("3.0", str2),
  scrape_native_histograms: since("3.8", bool),
  scrape_classic_histograms: { ...until("3.0", bool, "always_scrape_classic_histograms"), since: "2.45" },
  always_scrape_classic_histograms: since("3.0", bool),
  convert_classic_histograms_to_nhcb: since("3.0", bool),
  scrape_failure_log_file: since("2.55", path),
  metrics_path: str2,
  scheme: str2,
  enable_compression: since("2.49", bool),
  body_size_limit: size,
  sample_limit: uint,
  target_limit: uint,
  label_limit: uint,
  label_name_length_limit: uint,
  label_value_length_limit: uint,
  native_histogram_bucket_limit: since("2.45", uint),
  native_histogram_min_bucket_factor: since("2.50", float),
  keep_dropped_targets: since("2.47", uint),
  metric_name_validation_scheme: since("3.0", str2),
  metric_name_escaping_scheme: since("3.4", str2),
  extra_scrape_metrics: since("3.8", bool),
  relabel_configs: list(relabelConfig),
  metric_relabel_configs: list(relabelConfig),
  ...sdFields
});
var globalConfig = obj("global", {
  scrape_interval: duration,
  scrape_timeout: duration,
  scrape_protocols: since("2.49", list(str2)),
  evaluation_interval: duration,
  rule_query_offset: since("2.53", duration),
  query_log_file: path,
  scrape_failure_log_file: since("2.55", path),
  external_labels: labelset,
  body_size_limit: since("2.45", size),
  sample_limit: since("2.45", uint),
  target_limit: since("2.45", uint),
  label_limit: since("2.45", uint),
  label_name_length_limit: since("2.45", uint),
  label_value_length_limit: since("2.45", uint),
  keep_dropped_targets: since("2.47", uint),
  metric_name_validation_scheme: since("3.0", str2),
  metric_name_escaping_scheme: since("3.4", str2),
  scrape_native_histograms: since("3.8", bool),
  convert_classic_histograms_to_nhcb: since("3.5", bool),
  always_scrape_classic_histograms: since("3.5", bool),
  extra_scrape_metrics: since("3.8", bool)
});
var sigv4 = obj("sigv4", { region: str2, access_key: str2, secret_key: secret, profile: str2, role_arn: str2, external_id: since("3.5", str2), use_fips_sts_endpoint: since("3.0", bool) });
var alertmanagerConfig = withHttp("alertmanager_config", {
  // CHANGELOG 2.48.0: "Alerting: Add AWS SigV4 authentication support for Alertmanager endpoints. #12774".
  sigv4: since("2.48", sigv4),
  scheme: str2,
  path_prefix: str2,
  timeout: duration,
  api_version: str2,
  relabel_configs: list(relabelConfig),
  alert_relabel_configs: since("2.51", list(relabelConfig)),
  ...sdFields
});
var queueConfig = obj("queue_config", {
  capacity: int,
  max_shards: int,
  min_shards: int,
  max_samples_per_send: int,
  batch_send_deadline: duration,
  min_backoff: duration,
  max_backoff: duration,
  retry_on_http_429: bool,
  sample_age_limit: since("2.50", duration)
});
var remoteWriteConfig = withHttp("remote_write", {
  url,
  remote_timeout: duration,
  headers: map(secret),
  write_relabel_configs: list(relabelConfig),
  name: str2,
  send_exemplars: bool,
  send_native_histograms: since("2.40", bool),
  round_robin_dns: since("3.0", bool),
  protobuf_message: since("2.54", str2),
  queue_config: queueConfig,
  // max_samples_per_send: CHANGELOG 2.29.0 "Allow configuring `max_samples_per_send` for remote write metadata. #8959".
  metadata_config: obj("metadata_config", { send: bool, send_interval: duration, max_samples_per_send: since("2.29", int) }),
  sigv4,
  azuread: since("2.45", obj("azuread", {
    cloud: str2,
    managed_identity: obj("managed_identity", { client_id: str2 }),
    // azuread itself: CHANGELOG 2.45.0 (#11944); oauth: CHANGELOG 2.48.0 "Add Azure AD OAuth authentication support #12572".
    oauth: since("2.48", obj("oauth", { client_id: str2, client_secret: secret, tenant_id: str2 })),
    sdk: obj("sdk", { tenant_id: str2 }),
    workload_identity: since("3.5", obj("workload_identity", { client_id: str2, tenant_id: str2, token_file_path: path })),
    scope: since("3.5", str2)
  }, true)),
  google_iam: since("3.0", obj("google_iam", { credentials_file: path }, true))
});
var remoteReadConfig = withHttp("remote_read", {
  url,
  remote_timeout: duration,
  chunked_read_limit: since("2.45", uint),
  headers: map(secret),
  read_recent: bool,
  name: str2,
  required_matchers: labelset,
  filter_external_labels: since("2.34", bool)
});
var rootConfig = obj("config", {
  global: globalConfig,
  runtime: since("2.53", obj("runtime", { gogc: int })),
  alerting: obj("alerting", {
    alert_relabel_configs: list(relabelConfig),
    alertmanagers: list(alertmanagerConfig)
  }),
  rule_files: list(str2),
  scrape_config_files: since("2.43", list(str2)),
  scrape_configs: list(scrapeConfig),
  storage: obj("storage", {
    tsdb: obj("tsdb", {
      out_of_order_time_window: since("2.39", duration),
      stale_series_compaction_threshold: since("3.8", float),
      retention: since("3.8", obj("retention", { time: duration, size, percentage: float })),
      chunk_encoding: since("3.13", obj("chunk_encoding", { floats: str2 }))
    }),
    // CHANGELOG 2.29.0: "Allow configuring exemplar storage via file and make it reloadable. #8974".
    exemplars: since("2.29", obj("exemplars", { max_exemplars: int }))
  }),
  tracing: since("2.33", obj("tracing", {
    client_type: str2,
    endpoint: str2,
    sampling_fraction: float,
    insecure: bool,
    tls_config: tlsConfig,
    headers: map(str2),
    compression: str2,
    timeout: duration
  })),
  remote_write: list(remoteWriteConfig),
  remote_read: list(remoteReadConfig),
  otlp: since("2.54", obj("otlp", {
    promote_resource_attributes: list(str2),
    ignore_resource_attributes: since("3.5", list(str2)),
    promote_all_resource_attributes: since("3.5", bool),
    translation_strategy: since("3.0", str2),
    keep_identifying_resource_attributes: since("3.1", bool),
    convert_histograms_to_nhcb: since("3.4", bool),
    promote_scope_metadata: since("3.6", bool),
    label_name_underscore_sanitization: since("3.8", bool),
    label_name_preserve_multiple_underscores: since("3.8", bool)
  }))
});
var scrapeConfigFile = obj("scrape config file", { scrape_configs: list(scrapeConfig) });

// src/config/checks/invalid-relabel-config.ts
var legacyTargetRe2;
var LEGACY_TARGET = {
  // A plain label name (no $ reference) always matches: known without compiling the RE2 matcher,
  // whose first compile costs ~10 ms of set-up.
  test: (s) => s.length <= 1024 && (LEGACY_LABEL_NAME.test(s) || (legacyTargetRe2 ??= RE2JS.compile("^(?:(?:[a-zA-Z_]|\\$(?:\\{\\w+\\}|\\w+))+\\w*)+$")).matches(s))
};
var validName = (s, legacy) => legacy ? LEGACY_LABEL_NAME.test(s) : isUtf8LabelName(s);
var fixName = (s) => s.replace(/[^a-zA-Z0-9_$]/g, "_").replace(/^([0-9])/, "_$1") || "label";
var HAS_VAR = /\$(?:\{\w+\}|\w+)/;
var NEEDS_TARGET = ["replace", "hashmod", "lowercase", "uppercase", "keepequal", "dropequal"];
var NAME_TARGET = ["lowercase", "uppercase", "hashmod", "keepequal", "dropequal"];
var ONLY_REGEX_EXTRAS = ["source_labels", "target_label", "modulus", "separator", "replacement"];
var ONLY_SOURCE_TARGET_EXTRAS = ["regex", "modulus", "separator", "replacement"];
var invalid_relabel_config_default = defineConfigCheck({
  id: "config/invalid-relabel-config",
  severity: "error",
  description: "Give each relabel action exactly the fields it uses.",
  messages: {
    unknownAction: 'unknown relabel action "{action}"{suggest}',
    emptyAction: "relabel action cannot be empty",
    needsTarget: "relabel configuration for {action} action requires 'target_label' value",
    needsModulus: "relabel configuration for hashmod requires non-zero modulus",
    badTarget: `"{target}" is invalid 'target_label' for {action} action`,
    badReplacement: `"{replacement}" is invalid 'replacement' for {action} action`,
    noReplacement: "'replacement' can not be set for {action} action",
    onlyRegex: `{action} action requires only 'regex', and no other fields (found "{field}")`,
    onlySourceTarget: "{action} action requires only 'source_labels' and `target_label`, and no other fields (found \"{field}\")"
  },
  hints: {
    unknownAction: "Use one of: {actions}.",
    emptyAction: "Remove `action:` (it defaults to replace) or name an action.",
    needsTarget: "Add `target_label: <label>` to this rule.",
    needsModulus: "Add `modulus: <n>` (e.g. 8) to this hashmod rule.",
    badTarget: 'Use a label name such as "{fix}".',
    badReplacement: 'Use a label name (with $1-style group references) such as "{fix}".',
    noReplacement: "Remove `replacement:`; {action} writes the changed value to target_label.",
    onlyRegex: 'Remove "{field}:"; {action} matches label names against regex only.',
    onlySourceTarget: 'Remove "{field}:"; {action} compares source_labels with target_label only.'
  },
  check(ctx) {
    const legacyTargetOk = /* @__PURE__ */ new Map();
    const legacyTarget = (s) => {
      let ok = legacyTargetOk.get(s);
      if (ok === void 0) legacyTargetOk.set(s, ok = LEGACY_TARGET.test(s));
      return ok;
    };
    for (const r of ctx.relabels) {
      const n = r.node;
      if (n.kind !== "map") continue;
      const actionPair = getPair(n, "action");
      const rawAction = actionPair ? scalarString(actionPair.value) ?? "" : "replace";
      const action = rawAction.toLowerCase();
      if (actionPair && action === "") {
        ctx.report({ messageId: "emptyAction", at: actionPair.key });
        continue;
      }
      if (!RELABEL_ACTIONS.includes(action)) {
        const s = didYouMean(action, RELABEL_ACTIONS);
        ctx.report({ messageId: "unknownAction", at: actionPair.value, data: { action: rawAction, suggest: s ? `; did you mean "${s}"?` : "", actions: RELABEL_ACTIONS.join(", ") } });
        continue;
      }
      const legacy = r.scheme === "legacy";
      const target = getPair(n, "target_label");
      const targetText = target ? scalarString(target.value) ?? "" : "";
      const modulus = getPair(n, "modulus");
      const modulusZero = !modulus || scalarString(modulus.value) === "" || /^0+$/.test(scalarString(modulus.value) ?? "");
      if (action === "hashmod" && modulusZero) ctx.report({ messageId: "needsModulus", at: modulus?.value ?? actionPair?.value ?? missingAt(n) });
      if (NEEDS_TARGET.includes(action) && targetText === "") {
        ctx.report({ messageId: "needsTarget", at: target?.key ?? actionPair?.value ?? missingAt(n), data: { action } });
      } else if (target && targetText !== "") {
        const bad = action === "replace" ? legacy ? !legacyTarget(targetText) : !HAS_VAR.test(targetText) && !isUtf8LabelName(targetText) : NAME_TARGET.includes(action) ? !validName(targetText, legacy) && !(action !== "hashmod" && !ctx.isV3 && targetText.includes("$")) : false;
        if (bad) ctx.report({ messageId: "badTarget", at: target.value, data: { target: targetText, action, fix: fixName(targetText) } });
      }
      const replacement = getPair(n, "replacement");
      const replacementText = replacement ? scalarString(replacement.value) ?? "" : "$1";
      if (action === "labelmap" && legacy && !legacyTarget(replacementText)) {
        ctx.report({ messageId: "badReplacement", at: replacement?.value ?? actionPair.value, data: { replacement: replacementText, action, fix: fixName(replacementText) } });
      }
      if ((action === "lowercase" || action === "uppercase") && replacement && replacementText !== "$1") {
        ctx.report({ messageId: "noReplacement", at: replacement.key, data: { action } });
      }
      if (action === "labeldrop" || action === "labelkeep") {
        const extra = ONLY_REGEX_EXTRAS.find((f) => {
          if (f === "separator") return getPair(n, f) && scalarString(getPair(n, f).value) !== ";";
          if (f === "replacement") return getPair(n, f) && scalarString(getPair(n, f).value) !== "$1";
          if (f === "modulus") return getPair(n, f) && !/^0*$/.test(scalarString(getPair(n, f).value) ?? "");
          return isSet(n, f);
        });
        if (extra) ctx.report({ messageId: "onlyRegex", at: getPair(n, extra).key, data: { action, field: extra } });
      }
      if (action === "keepequal" || action === "dropequal") {
        const extra = ONLY_SOURCE_TARGET_EXTRAS.find((f) => {
          const p = getPair(n, f);
          if (!p) return false;
          const v = scalarString(p.value) ?? "";
          return f === "regex" ? v !== "(.*)" : f === "separator" ? v !== ";" : f === "replacement" ? v !== "$1" : !/^0*$/.test(v);
        });
        if (extra) ctx.report({ messageId: "onlySourceTarget", at: getPair(n, extra).key, data: { action, field: extra } });
      }
    }
  }
});

// src/config/checks/invalid-scheme.ts
var invalid_scheme_default = defineConfigCheck({
  id: "config/invalid-scheme",
  severity: "warning",
  description: "Set scheme to http or https.",
  messages: { invalid: 'scheme "{scheme}" is neither http nor https; every scrape of this job would fail' },
  hints: { invalid: "Write `scheme: {fix}`." },
  check(ctx) {
    for (const o of ctx.schema.objects) {
      if (o.name !== "scrape_config" && o.name !== "alertmanager_config") continue;
      const p = getPair(o.node, "scheme");
      if (!p || p.value.kind !== "scalar" || p.value.isNull) continue;
      const s = p.value.text;
      if (s === "http" || s === "https") continue;
      const fix = /^https/i.test(s) || /tls|ssl/i.test(s) ? "https" : "http";
      ctx.report({ messageId: "invalid", at: p.value, data: { scheme: s, fix } });
    }
  }
});

// src/config/checks/invalid-url.ts
function parseGoUrl(s) {
  if (/[\x00-\x1f\x7f]/.test(s)) return { error: "net/url: invalid control character in URL", scheme: "", host: "" };
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(s);
  if (s.startsWith(":")) return { error: "missing protocol scheme", scheme: "", host: "" };
  const scheme = m ? m[1].toLowerCase() : "";
  const rest = m ? s.slice(m[0].length) : s;
  let host = "";
  if (rest.startsWith("//")) {
    const auth = rest.slice(2).split(/[/?#]/)[0];
    host = auth.includes("@") ? auth.slice(auth.lastIndexOf("@") + 1) : auth;
    const port = /^(?:\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(host)?.[1];
    if (port !== void 0 && port !== "" && !/^\d+$/.test(port)) return { error: `invalid port ":${port}" after host`, scheme, host };
    if (/\s/.test(host)) return { error: 'invalid character " " in host name', scheme, host };
  }
  return { scheme, host };
}
var FIELDS = [
  { section: "http_sd_config", field: "url", rule: "http" },
  { section: "puppetdb_sd_config", field: "url", rule: "http" },
  { section: "eureka_sd_config", field: "server", rule: "eureka" },
  { section: "kuma_sd_config", field: "server", rule: "kuma" },
  { section: "stackit_sd_config", field: "endpoint", rule: "endpoint" },
  { section: "remote_write", field: "url", rule: "warnHttp" },
  { section: "remote_read", field: "url", rule: "warnHttp" },
  { section: "kubernetes_sd_config", field: "api_server", rule: "parse" }
];
var invalid_url_default = defineConfigCheck({
  id: "config/invalid-url",
  severity: "error",
  description: "Write URLs in full: http(s)://host[:port]/path.",
  messages: {
    scheme: `{field} "{url}": URL scheme must be 'http' or 'https'`,
    host: '{field} "{url}": host is missing in URL',
    parse: '{field} "{url}" is not a valid URL: {error}',
    eureka: '{field} "{url}": invalid eureka server URL',
    endpoint: '{field} "{url}": invalid endpoint',
    kuma: '{field} "{url}": kuma SD server must not be empty and have a scheme'
  },
  hints: {
    scheme: "Write the full URL, e.g. `{field}: http://{example}`.",
    host: 'Put the host after "//", e.g. `{field}: http://sd.example.com:8080/targets`.',
    parse: "Write the full URL, e.g. `{field}: https://{example}`.",
    eureka: "Write the full URL, e.g. `server: http://{example}/eureka`.",
    endpoint: "Write the full URL, e.g. `endpoint: https://{example}`.",
    kuma: "Write the full URL, e.g. `server: http://{example}:5676`."
  },
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    for (const o of ctx.schema.objects) {
      for (const f of FIELDS) {
        if (o.name !== f.section) continue;
        const p = getPair(o.node, f.field);
        if (!p || p.value.kind !== "scalar" || p.value.isNull || seen.has(p.value)) continue;
        seen.add(p.value);
        checkUrl(ctx, p.value, f);
      }
    }
    for (const h of ctx.httpClients) {
      const p = getPair(h.node, "proxy_url");
      if (!p || p.value.kind !== "scalar" || p.value.isNull || seen.has(p.value)) continue;
      seen.add(p.value);
      checkUrl(ctx, p.value, { section: h.where, field: "proxy_url", rule: "parse" });
    }
  }
});
function checkUrl(ctx, node, f) {
  const url2 = scalarString(node) ?? "";
  if (url2 === "") return;
  const u = parseGoUrl(url2);
  const example = url2.replace(/^[a-z]*:?\/*/i, "").replace(/^$/, "example.com") || "example.com";
  const data = { field: f.field, url: url2, example, error: u.error ?? "" };
  if (u.error) {
    const id = f.rule === "eureka" ? "eureka" : f.rule === "endpoint" ? "endpoint" : "parse";
    ctx.report({ messageId: id, at: node, data });
    return;
  }
  if (f.rule === "http" || f.rule === "warnHttp") {
    const severity = f.rule === "warnHttp" ? "warning" : void 0;
    if (u.scheme !== "http" && u.scheme !== "https") ctx.report({ messageId: "scheme", at: node, data, severity });
    else if (u.host === "") ctx.report({ messageId: "host", at: node, data, severity });
  } else if ((f.rule === "eureka" || f.rule === "kuma") && (u.scheme === "" || u.host === "")) {
    ctx.report({ messageId: f.rule, at: node, data });
  }
}

// src/config/checks/invalid-sd-config.ts
var ENUMS = {
  kubernetes_sd_config: { role: { values: ["endpoints", "endpointslice", "service", "pod", "node", "ingress"], prom: (v) => `unknown Kubernetes SD role "${v}"` } },
  hetzner_sd_config: { role: { values: ["robot", "hcloud"], prom: (v) => `unknown role "${v}"` } },
  scaleway_sd_config: { role: { values: ["instance", "baremetal"], prom: (v) => `unknown role "${v}"` } },
  dockerswarm_sd_config: { role: { values: ["services", "tasks", "nodes"], prom: (v) => `invalid role ${v}, expected tasks, services, or nodes` } },
  openstack_sd_config: {
    role: { values: ["instance", "hypervisor", "loadbalancer"], prom: (v) => `unknown OpenStack SD role "${v}"`, since: { loadbalancer: [2, 43] } },
    availability: { values: ["public", "admin", "internal"], prom: (v) => `unknown availability ${v}, must be one of admin, internal or public` }
  },
  // MX: CHANGELOG 2.38.0 "DNS SD: Support MX records for discovering targets. #10099"; NS: CHANGELOG 2.49.0
  // "SD: Add support for `NS` records to DNS SD. #13219" (promtool 2.42 refuses NS, as expected).
  dns_sd_config: { type: { values: ["SRV", "A", "AAAA", "MX", "NS"], ci: true, prom: (v) => `invalid DNS-SD records type ${v}`, since: { MX: [2, 38], NS: [2, 49] } } },
  // discovery/aws/aws.go: Role.UnmarshalYAML. The roles arrived together with or after aws_sd_configs (schema: ≥ 3.6).
  aws_sd_config: { role: { values: ["ec2", "ecs", "elasticache", "lightsail", "msk", "rds"], prom: (v) => `unknown AWS SD role "${v}"` } },
  ovhcloud_sd_config: { service: { values: ["vps", "dedicated_server"], prom: (v) => `unknown service: ${v}` } },
  oci_sd_config: { auth: { values: ["api_key", "instance_principal"], prom: (v) => `oci_sd: unknown auth method "${v}", expected "api_key" or "instance_principal"` } },
  azure_sd_config: {
    authentication_method: {
      values: ["OAuth", "ManagedIdentity", "SDK", "WorkloadIdentity"],
      prom: (v, a) => `unknown authentication_type "${v}". Supported types are ${a.slice(0, -1).map((x) => `"${x}"`).join(", ")} or "${a[a.length - 1]}"`,
      since: { SDK: [2, 43], WorkloadIdentity: [3, 0] }
    }
  },
  consul_sd_config: { scheme: { values: ["http", "https"], prom: (v) => `unknown scheme "${v}"` } },
  triton_sd_config: { role: { values: ["container", "cn"], prom: () => "triton SD configuration requires role to be 'container' or 'cn'" } }
};
var URL_FIELDS = {
  docker_sd_config: { field: "host", prom: (v, e) => `parse "${v}": ${e}` },
  dockerswarm_sd_config: { field: "host", prom: (v, e) => `parse "${v}": ${e}` },
  uyuni_sd_config: { field: "server", prom: (v, e) => `Uyuni Server URL is not valid: parse "${v}": ${e}` },
  scaleway_sd_config: { field: "api_url", prom: (v) => `scaleway-sdk-go: invalid url ${v}` },
  stackit_sd_config: { field: "endpoint", prom: (v, e) => `invalid endpoint "${v}": parse "${v}": ${e}` }
};
var UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
var SCALEWAY = [
  { field: "access_key", ok: (v) => /^SCW[A-Z0-9]{17}$/.test(v), prom: (v) => `scaleway-sdk-go: invalid access key format '${v}', expected SCWXXXXXXXXXXXXXXXXX format`, fix: "Copy the access key as Scaleway shows it: SCW followed by 17 upper-case letters or digits." },
  { field: "secret_key", ok: (v) => UUID.test(v), prom: (v) => `scaleway-sdk-go: invalid secret key format '${v}', expected a UUID: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, fix: "The secret key is a UUID; better, move it to a file and use secret_key_file." },
  { field: "project_id", ok: (v) => UUID.test(v), prom: (v) => `scaleway-sdk-go: invalid project ID format '${v}', expected a UUID: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, fix: "Write the project ID (a UUID) from the Scaleway console." },
  { field: "zone", ok: (v) => /^[a-z]{2}-[a-z]{3}-[1-9]$/.test(v), prom: (v) => `scaleway-sdk-go: invalid default zone format '${v}'`, fix: "Write a zone such as fr-par-1, nl-ams-1 or pl-waw-1." }
];
var HTTP_FIELDS = [
  "basic_auth",
  "authorization",
  "oauth2",
  "bearer_token",
  "bearer_token_file",
  "tls_config",
  "proxy_url",
  "no_proxy",
  "proxy_from_environment",
  "proxy_connect_header",
  "http_headers",
  "follow_redirects",
  "enable_http2"
];
var OCI_KEY_FIELDS = ["tenancy", "user", "fingerprint", "key_file", "key_passphrase", "key_passphrase_file"];
function oci(m, r) {
  const auth = getPair(m, "auth");
  if (auth && scalarString(auth.value) === "instance_principal") {
    const set = OCI_KEY_FIELDS.map((k) => getPair(m, k)).find((p) => p && (scalarString(p.value) ?? "") !== "");
    if (set) r(set.key, "oci_sd_config", "oci_sd: instance_principal auth must not have tenancy, user, fingerprint, key_file, key_passphrase, or key_passphrase_file set", `Remove "${set.name}:" (instance principals authenticate without an API key), or use \`auth: api_key\`.`);
  }
  const comps = getValue(m, "compartments");
  if (comps?.kind === "seq") {
    comps.items.forEach((item, i) => {
      if ((scalarString(item) ?? "") === "") r(item, "oci_sd_config", `oci_sd: compartments[${i}] must not be empty`, "Write a compartment OCID, or remove the empty entry.");
    });
  }
  const ri = getPair(m, "refresh_interval");
  if (ri && !isNullNode(ri.value) && parseDuration(scalarString(ri.value) ?? "") === 0) {
    r(ri.value, "oci_sd_config", `oci_sd: refresh_interval must be positive, got ${scalarString(ri.value)}`, "Write a positive duration, e.g. `refresh_interval: 60s`.");
  }
}
var ROLE_SELECTORS = {
  endpoints: ["pod", "service", "endpoints"],
  endpointslice: ["pod", "service", "endpointslice"],
  service: ["service"],
  pod: ["pod", "node"],
  node: ["node"],
  ingress: ["ingress"]
};
var invalid_sd_config_default = defineConfigCheck({
  id: "config/invalid-sd-config",
  severity: "error",
  description: "Configure service discovery with the values and combinations Prometheus accepts.",
  messages: { invalid: "{section}: {problem}" },
  hints: { invalid: "{fix}" },
  check(ctx) {
    const r = (at, section, problem, fix) => ctx.report({ messageId: "invalid", at, data: { section, problem, fix } });
    for (const o of ctx.schema.objects) {
      const enums = ENUMS[o.name];
      if (enums) {
        for (const [field, e] of Object.entries(enums)) {
          const p = getPair(o.node, field);
          const v = scalarString(p?.value) ?? "";
          if (!p || v === "") continue;
          const allowed = e.since ? e.values.filter((x) => !e.since[x] || cmpVersion(ctx.version, e.since[x]) >= 0) : e.values;
          const ok = e.ci ? allowed.some((x) => x.toLowerCase() === v.toLowerCase()) : allowed.includes(v);
          const later = !ok && allowed !== e.values && e.values.includes(v) ? ` (needs a newer Prometheus than ${ctx.versionText})` : "";
          if (!ok) r(p.value, o.name, e.prom(v, allowed) + later, later ? `Use one of: ${allowed.join(", ")}, or pass the version you deploy with --prometheus-version.` : `Write one of: ${allowed.join(", ")}.`);
        }
      }
      if (o.name === "kubernetes_sd_config") kubernetes(o.node, r);
      const u = URL_FIELDS[o.name];
      const up = u && getPair(o.node, u.field);
      const uv = scalarString(up?.value) ?? "";
      if (up && uv !== "") {
        const e = parseGoUrl(uv).error;
        if (e) r(up.value, o.name, u.prom(uv, e), `Write a full URL, e.g. \`${u.field}: ${o.name.startsWith("docker") ? "unix:///var/run/docker.sock" : "https://host.example.com"}\`.`);
      }
      if (o.name === "nerve_sd_config" || o.name === "serverset_sd_config") {
        const paths = getValue(o.node, "paths");
        if (paths?.kind === "seq") for (const item of paths.items) {
          const v = scalarString(item) ?? "";
          if (!v.startsWith("/")) r(item, o.name, `${o.name === "nerve_sd_config" ? "nerve" : "serverset"} SD config paths must begin with '/': ${v}`, `Write the Zookeeper path from the root: \`- /${v}\`.`);
        }
      }
      if (o.name === "triton_sd_config") {
        const ri = getPair(o.node, "refresh_interval");
        if (ri && parseDuration(scalarString(ri.value) ?? "") === 0) r(ri.value, o.name, "triton SD configuration requires RefreshInterval to be a positive integer", "Write e.g. `refresh_interval: 60s`, or remove it.");
      }
      if (o.name === "scaleway_sd_config") {
        for (const f of SCALEWAY) {
          const p = getPair(o.node, f.field);
          const v = scalarString(p?.value) ?? "";
          if (p && v !== "" && !f.ok(v)) r(p.value, o.name, f.prom(f.field === "secret_key" ? "<redacted>" : v), f.fix);
        }
      }
      if (o.name === "oci_sd_config") oci(o.node, r);
      if (o.name === "aws_sd_config") {
        const p = getPair(o.node, "role");
        if (!p || isNullNode(p.value) || scalarString(p.value) === "") r(p?.key ?? o.node, o.name, 'unknown AWS SD role ""', "Write the AWS service to discover, e.g. `role: ec2` (ec2, ecs, elasticache, lightsail, msk or rds).");
      }
      if (o.name === "ec2_sd_config") {
        const f = getValue(o.node, "filters");
        if (f?.kind === "seq") for (const item of f.items) {
          const vals = getPair(item, "values");
          if (!vals || vals.value.kind !== "seq" || vals.value.items.length === 0) {
            r(vals?.key ?? item, o.name, "EC2 SD configuration filter values cannot be empty", "Give the filter at least one value, e.g. `values: [running]`.");
          }
        }
      }
    }
  }
});
function kubernetes(n, r) {
  const s = "kubernetes_sd_config";
  const api = getPair(n, "api_server");
  const kubeconfig = getPair(n, "kubeconfig_file");
  const ownNs = getPair(getValue(n, "namespaces"), "own_namespace");
  const own = asBool(ownNs?.value) === true;
  const hasApi = isSet(n, "api_server");
  const hasKube = isSet(n, "kubeconfig_file");
  const customHttp = HTTP_FIELDS.find((k) => {
    const v = getPair(n, k)?.value;
    if (!v) return false;
    if (k === "follow_redirects" || k === "enable_http2") return asBool(v) === false;
    if (k === "proxy_from_environment") return asBool(v) === true;
    if (k === "tls_config") return v.kind === "map" && v.pairs.some((p) => !isNullNode(p.value) && asBool(p.value) !== false && scalarString(p.value) !== "");
    return isSet(n, k) || v.kind === "map";
  });
  if (hasKube && hasApi) r(api.key, s, "cannot use 'kubeconfig_file' and 'api_server' simultaneously", "Remove api_server: the kubeconfig names the cluster.");
  else if (hasKube && customHttp) r(getPair(n, customHttp).key, s, "cannot use a custom HTTP client configuration together with 'kubeconfig_file'", `Remove ${customHttp}: the kubeconfig carries credentials.`);
  else if (!hasKube && !hasApi && customHttp) r(getPair(n, customHttp).key, s, "to use custom HTTP client configuration please provide the 'api_server' URL explicitly", "Add `api_server: https://<cluster>:6443`, or remove the HTTP settings to use the in-cluster config.");
  if (own && hasApi) r(ownNs.key, s, "cannot use 'api_server' and 'namespaces.own_namespace' simultaneously", "Remove own_namespace, or list the namespace under names:.");
  if (own && hasKube) r(ownNs.key, s, "cannot use 'kubeconfig_file' and 'namespaces.own_namespace' simultaneously", "Remove own_namespace, or list the namespace under names:.");
  const role = text(n, "role") ?? "";
  const sel = getValue(n, "selectors");
  if (sel?.kind !== "seq" || !ROLE_SELECTORS[role]) return;
  const seen = /* @__PURE__ */ new Set();
  for (const item of sel.items) {
    const rp = getPair(item, "role");
    const sr = scalarString(rp?.value) ?? "";
    const fp = getPair(item, "field");
    const fs = scalarString(fp?.value) ?? "";
    if (fp && fs !== "") {
      const bad = splitTerms(fs).find((t) => t.length > 600 || !/^[^=!]+(=|==|!=)[^=]*$/.test(t));
      if (bad !== void 0) r(fp.value, s, `invalid selector: '${fs}'; can't understand '${bad}'`, "Write field selectors as key=value, key==value or key!=value, separated by commas.");
    }
    const lp = getPair(item, "label");
    const ls = scalarString(lp?.value) ?? "";
    if (lp && ls !== "") {
      const bad = splitTerms(ls).find((t) => t.length > 600 || !LABEL_TERM.test(t.trim()));
      if (bad !== void 0) r(lp.value, s, `invalid label selector "${ls}": can't understand "${bad.trim()}"`, "Write label selectors as key=value, key!=value, key in (a,b), key notin (a), key or !key, separated by commas.");
    }
    if (!rp) continue;
    if (seen.has(sr)) r(rp.value, s, `duplicated selector role: ${sr}`, "Merge the selectors for this role into one entry.");
    seen.add(sr);
    if (!ROLE_SELECTORS[sr]) r(rp.value, s, `invalid selector role: ${sr}`, `Use one of: ${Object.keys(ROLE_SELECTORS).join(", ")}.`);
    else if (!ROLE_SELECTORS[role].includes(sr)) r(rp.value, s, `${role} role supports only ${ROLE_SELECTORS[role].join(", ")} selectors`, `Use a selector role among: ${ROLE_SELECTORS[role].join(", ")}.`);
  }
}
var K8S_KEY = String.raw`(?:[a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?`;
var K8S_VAL = String.raw`(?:[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?)?`;
var LABEL_TERM = new RegExp(
  String.raw`^(?:!?\s*${K8S_KEY}|${K8S_KEY}\s*(?:=|==|!=)\s*${K8S_VAL}|${K8S_KEY}\s+(?:in|notin)\s*\(\s*${K8S_VAL}(?:\s*,\s*${K8S_VAL})*\s*\)|${K8S_KEY}\s*(?:<|>)\s*-?\d+)$`
);
function splitTerms(s) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && i + 1 < s.length) {
      cur += c + s[++i];
      continue;
    }
    if (c === "(") depth++;
    if (c === ")") depth--;
    if (c === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

// src/config/checks/invalid-target.ts
var URL_PARTS = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#]*)([^?#]*)/;
var BRACKETED = /^\[([^\]]*)\](?::(.*))?$/;
var URL_BREAKING_CHAR = /[\x00-\x20\x7f@#?]/;
var DIGITS = /^\d+$/;
var REWRITES_OR_DROPS = /* @__PURE__ */ new Set(["labelmap", "keep", "drop", "keepequal", "dropequal"]);
var PLAIN_HOST_PORT = /^[^\x00-\x20\x7f@#?/:[][^\x00-\x20\x7f@#?/:]*:(\d{1,5})$/;
var ALL_LABEL_ACTIONS = /* @__PURE__ */ new Set(["labelmap", "labeldrop", "labelkeep"]);
function keptAsWritten(owner, item, address, v3) {
  const rc = getValue(owner, "relabel_configs");
  if (rc?.kind !== "seq") return true;
  const labels = new LabelSet();
  const own = getValue(item, "labels");
  if (own?.kind === "map") {
    for (const p of own.pairs) if (p.value.kind === "scalar") labels.set(p.name, p.value.text);
  }
  labels.set("__address__", address);
  if (labels.get("job") === "") labels.set("job", text(owner, "job_name") ?? "");
  const known = /* @__PURE__ */ new Set(["__address__", "job", ...labels.names()]);
  const steps = [];
  for (const node of rc.items) {
    if (node.kind !== "map") continue;
    const config = buildRelabel(node);
    if (ALL_LABEL_ACTIONS.has(config.action)) return void 0;
    if (!config.sourceLabels.every((n) => known.has(n))) return void 0;
    if ((config.action === "keepequal" || config.action === "dropequal") && !known.has(config.targetLabel ?? "")) return void 0;
    const compiled = compileRelabel(config, v3);
    if ("error" in compiled) return void 0;
    steps.push(compiled);
  }
  if (relabel(labels, steps, { legacyLabelNames: !v3 }) >= 0) return false;
  return labels.get("__address__") === address;
}
function describeChar(c) {
  if (c === " ") return "a space";
  if (c === "	") return "a tab";
  const code = c.charCodeAt(0);
  if (code < 32 || code === 127) return `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `"${c}"`;
}
var invalid_target_default = defineConfigCheck({
  id: "config/invalid-target",
  severity: "error",
  description: "Write static targets as host:port, without scheme or path.",
  messages: {
    url: '"{target}" is not a valid hostname: targets are host:port, not URLs',
    empty: 'empty target in {owner}: Prometheus refuses it ("no address")',
    emptyAlertmanager: "empty target in {owner}: it names no Alertmanager host, so alerts sent to it are lost",
    badChar: 'target "{target}" contains {char}: Prometheus cannot build its scrape URL ("invalid URL escape"), so every scrape fails',
    colons: 'target "{target}" has too many colons: every scrape fails ("too many colons in address")',
    badPort: 'target "{target}" has an invalid port "{port}": every scrape fails',
    emptyPort: 'target "{target}" has an empty port: Prometheus scrapes it on port {port} ({scheme} default)',
    emptyHost: 'target "{target}" has no host: Prometheus scrapes port {port} of the machine it runs on'
  },
  hints: {
    url: 'Write `- "{hostport}"` here{extra}.',
    empty: 'Remove the empty entry or write "host:port".',
    emptyAlertmanager: `Remove the empty entry or write the Alertmanager's "host:port".`,
    badChar: 'Write the target as "host:port", e.g. "localhost:9100".',
    colons: 'Write the target as "host:port"; IPv6 addresses go in brackets: "[::1]:9100".',
    badPort: 'Use a port number from 1 to 65535, e.g. "{host}:9100".',
    emptyPort: `Write the exporter's port, e.g. "{host}:9100".`,
    emptyHost: 'Write the host, e.g. "localhost{target}".'
  },
  check(ctx) {
    for (const sc of staticConfigs(ctx)) {
      const { owner, item } = sc;
      const rewritesAddress = () => {
        const relabels = getValue(owner, "relabel_configs");
        return relabels?.kind === "seq" && relabels.items.some((r) => text(r, "target_label") === "__address__" || REWRITES_OR_DROPS.has((text(r, "action") ?? "").toLowerCase()));
      };
      const targets = getValue(item, "targets");
      if (targets?.kind !== "seq") continue;
      for (const t of targets.items) {
        if (t.kind !== "scalar") continue;
        const s = t;
        const target = s.text;
        if (s.isNull || target === "") {
          if (!rewritesAddress()) {
            const at = s.end > s.start ? s : targets;
            if (sc.isScrape) ctx.report({ messageId: "empty", at, data: { owner: sc.ownerLabel } });
            else ctx.report({ messageId: "emptyAlertmanager", at, severity: "warning", data: { owner: sc.ownerLabel } });
          }
          continue;
        }
        const plain = PLAIN_HOST_PORT.exec(target);
        if (plain) {
          const port2 = Number(plain[1]);
          if (port2 >= 1 && port2 <= 65535) continue;
        }
        if (target.includes("/")) {
          const m = URL_PARTS.exec(target);
          const scheme = m?.[1];
          const hostport = m?.[2] || target.split("/")[0];
          const path2 = m?.[3] ?? "";
          const extras = [];
          if (scheme === "https") extras.push(" and `scheme: https` in the job");
          if (path2 && path2 !== "/") extras.push(` and \`metrics_path: ${path2}\` in the job`);
          if (!rewritesAddress() || sc.isScrape && keptAsWritten(owner, sc.item, target, ctx.isV3) === true) {
            ctx.report({ messageId: "url", at: s, data: { target, hostport, extra: extras.join("") } });
          }
          continue;
        }
        if (rewritesAddress()) continue;
        const warn = { at: s, severity: "warning" };
        const v6 = BRACKETED.exec(target);
        let host;
        let port;
        if (v6) {
          host = v6[1];
          port = v6[2];
        } else {
          const parts = target.split(":");
          if (parts.length > 2) {
            ctx.report({ ...warn, messageId: "colons", data: { target } });
            continue;
          }
          host = parts[0];
          port = parts[1];
        }
        const bad = URL_BREAKING_CHAR.exec(target);
        if (bad) {
          ctx.report({ ...warn, messageId: "badChar", data: { target, char: describeChar(bad[0]) } });
          continue;
        }
        const shownHost = v6 ? `[${host}]` : host;
        if (port === void 0) continue;
        if (port === "") {
          const https = text(owner, "scheme") === "https";
          ctx.report({ ...warn, messageId: "emptyPort", data: { target, host: shownHost, port: https ? 443 : 80, scheme: https ? "https" : "http" } });
          continue;
        }
        if (!DIGITS.test(port) || Number(port) < 1 || Number(port) > 65535) {
          ctx.report({ ...warn, messageId: "badPort", data: { target, port, host: shownHost } });
          continue;
        }
        if (host === "") ctx.report({ ...warn, messageId: "emptyHost", data: { target, port } });
      }
    }
  }
});

// src/config/checks/invalid-type.ts
var invalid_type_default = defineConfigCheck({
  id: "config/invalid-type",
  severity: "error",
  description: "Give each field a value of the type Prometheus expects.",
  messages: { wrongType: "{field} must be {expected}, not {got} (yaml: unmarshal errors: cannot unmarshal {got} into {field})" },
  hints: { wrongType: "{fix}" },
  check(ctx) {
    for (const i of ctx.schema.issues) {
      if (i.kind !== "invalid-type") continue;
      const field = i.field || "the document";
      let fix = `Write ${field} as ${i.expected}.`;
      if (i.expected.startsWith("a boolean")) fix = `Write \`${field}: true\` or \`${field}: false\`, without quotes.`;
      else if (i.expected === "a list") fix = i.node.kind === "scalar" ? `Write it as a list: \`${field}: [${JSON.stringify(i.node.text)}]\`.` : `Write ${field} as a list of items, each starting with "- ".`;
      else if (i.expected.includes("integer") && i.node.kind === "scalar") fix = `Write a whole number without quotes, e.g. \`${field}: ${i.node.text.replace(/[^0-9]/g, "") || "0"}\`.`;
      else if (i.expected.startsWith("a mapping")) fix = `Write ${field} as "key: value" lines indented under "${field}:".`;
      ctx.report({ messageId: "wrongType", at: i.node, data: { field, expected: i.expected, got: i.got, fix } });
    }
  }
});

// src/config/checks/mutually-exclusive-fields.ts
var GROUPS = [
  { section: ["basic_auth"], fields: ["password", "password_file", "password_ref"], prom: "at most one of basic_auth password, password_file & password_ref must be configured" },
  { section: ["basic_auth"], fields: ["username", "username_file", "username_ref"], prom: "at most one of basic_auth username, username_file & username_ref must be configured" },
  { section: ["authorization"], fields: ["credentials", "credentials_file", "credentials_ref"], prom: "at most one of authorization credentials & credentials_file must be configured" },
  { section: ["oauth2"], fields: ["client_secret", "client_secret_file", "client_secret_ref"], prom: "at most one of oauth2 client_secret, client_secret_file & client_secret_ref must be configured" },
  { section: ["oauth2"], fields: ["client_certificate_key", "client_certificate_key_file", "client_certificate_key_ref"], prom: "at most one of oauth2 client_certificate_key, client_certificate_key_file & client_certificate_key_ref must be configured using grant-type=urn:ietf:params:oauth:grant-type:jwt-bearer" },
  { section: ["tls_config"], fields: ["ca", "ca_file", "ca_ref"], prom: "at most one of ca, ca_file & ca_ref must be configured" },
  { section: ["tls_config"], fields: ["cert", "cert_file", "cert_ref"], prom: "at most one of cert, cert_file & cert_ref must be configured" },
  { section: ["tls_config"], fields: ["key", "key_file", "key_ref"], prom: "at most one of key, key_file & key_ref must be configured" },
  { section: ["oci_sd_config"], fields: ["key_passphrase", "key_passphrase_file"], prom: "oci_sd: at most one of key_passphrase and key_passphrase_file must be configured" },
  { section: ["marathon_sd_config"], fields: ["auth_token", "auth_token_file"], prom: "marathon_sd: at most one of auth_token & auth_token_file must be configured" },
  { section: ["scaleway_sd_config", "outscale_sd_config"], fields: ["secret_key", "secret_key_file"], prom: "at most one of secret_key & secret_key_file must be configured" }
];
var SECTIONS = new Set(GROUPS.flatMap((g) => g.section));
function uncheckedAuthSections(ctx) {
  const out = /* @__PURE__ */ new Set();
  if (validatesEveryHttpClient(ctx)) return out;
  for (const h of ctx.httpClients) {
    if (V2_VALIDATED.has(h.where)) continue;
    for (const k of ["basic_auth", "authorization", "oauth2"]) {
      const v = getValue(h.node, k);
      if (v) out.add(v);
    }
  }
  return out;
}
var V2_VALIDATED = /* @__PURE__ */ new Set([
  "scrape_config",
  "alertmanager_config",
  "remote_write",
  "remote_read",
  "kubernetes_sd_config",
  "marathon_sd_config",
  "consul_sd_config",
  "digitalocean_sd_config",
  "docker_sd_config",
  "dockerswarm_sd_config",
  "eureka_sd_config",
  "hetzner_sd_config",
  "ionos_sd_config",
  "kuma_sd_config",
  "linode_sd_config",
  "nomad_sd_config",
  "scaleway_sd_config",
  "vultr_sd_config"
]);
function validatesEveryHttpClient(ctx) {
  return cmpVersion(ctx.version, [2, 48]) >= 0;
}
var mutually_exclusive_fields_default = defineConfigCheck({
  id: "config/mutually-exclusive-fields",
  severity: "error",
  description: "Configure each credential or setting in one way only.",
  messages: { exclusive: '"{second}" cannot be set together with "{first}" ({prom})' },
  hints: { exclusive: 'Keep one of them: remove "{second}:" or "{first}:"{tip}.' },
  check(ctx) {
    const unchecked = uncheckedAuthSections(ctx);
    const sections = ctx.schema.objects.filter((o) => SECTIONS.has(o.name) && !unchecked.has(o.node));
    for (const g of GROUPS) {
      for (const o of sections) if (g.section.includes(o.name)) pair(ctx, o.node, g.fields, g.prom);
    }
    for (const h of ctx.httpClients) {
      if (!validatesEveryHttpClient(ctx) && !V2_VALIDATED.has(h.where)) continue;
      httpClient2(ctx, h.node, h.where);
    }
  }
});
function pair(ctx, node, fields, prom) {
  const set = fields.filter((f) => isSet(node, f));
  if (set.length < 2) return;
  const tip = set.some((f) => f.endsWith("_file")) ? " (prefer the _file variant: it keeps the secret out of the repository)" : "";
  ctx.report({
    messageId: "exclusive",
    at: getPair(node, set[1]).key,
    data: { first: set[0], second: set[1], prom, tip },
    related: [{ at: getPair(node, set[0]).key, label: "also set here" }]
  });
}
var HTTP_CLIENT_FIELDS = /* @__PURE__ */ new Set([
  "bearer_token",
  "bearer_token_file",
  "basic_auth",
  "oauth2",
  "authorization",
  "sigv4",
  "azuread",
  "google_iam",
  "proxy_from_environment",
  "proxy_url",
  "no_proxy",
  "auth_token",
  "auth_token_file",
  "username",
  "password",
  "token"
]);
function httpClient2(ctx, node, where) {
  let first;
  let two = false;
  for (const p of node.pairs) {
    if (!HTTP_CLIENT_FIELDS.has(p.name)) continue;
    if (first === void 0) first = p.name;
    else if (p.name !== first) {
      two = true;
      break;
    }
  }
  if (!two) return;
  const has = (k) => k === "proxy_from_environment" ? asBool(getPair(node, k)?.value) === true : isSet(node, k) || getPair(node, k)?.value.kind === "map";
  const report = (first2, second, prom) => ctx.report({
    messageId: "exclusive",
    at: getPair(node, second).key,
    data: { first: first2, second, prom, tip: "" },
    related: [{ at: getPair(node, first2).key, label: "also set here" }]
  });
  const bearer = ["bearer_token", "bearer_token_file"].filter(has);
  if (bearer.length === 2) report("bearer_token", "bearer_token_file", "at most one of bearer_token & bearer_token_file must be configured");
  const auths = ["basic_auth", "oauth2"].filter(has);
  if (auths.length && bearer.length) report(auths[0], bearer[0], "at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured");
  if (has("authorization") && bearer.length) report(bearer[0], "authorization", "authorization is not compatible with bearer_token & bearer_token_file");
  const all = ["basic_auth", "oauth2", "authorization"].filter(has);
  if (all.length > 1) report(all[0], all[1], "at most one of basic_auth, oauth2 & authorization must be configured");
  const known = (k) => k === "sigv4" ? where !== "alertmanager_config" || cmpVersion(ctx.version, [2, 48]) >= 0 : k === "azuread" ? cmpVersion(ctx.version, [2, 45]) >= 0 : k === "google_iam" ? ctx.isV3 : true;
  if (has("sigv4") && known("sigv4") && all.length) {
    report(all[0], "sigv4", where === "remote_write" ? "at most one of basic_auth, authorization, oauth2, sigv4, azuread or google_iam must be configured" : "at most one of basic_auth, authorization, oauth2, & sigv4 must be configured");
  }
  if (where === "remote_write") {
    const rw = ["basic_auth", "authorization", "oauth2", "sigv4", "azuread", "google_iam"].filter((k) => has(k) && known(k));
    if (rw.length > 1 && !(rw.length === 2 && rw.includes("sigv4") && all.length)) {
      if (!(all.length > 1)) report(rw[0], rw[1], "at most one of basic_auth, authorization, oauth2, sigv4, azuread or google_iam must be configured");
    }
  }
  if (has("proxy_from_environment") && has("proxy_url")) report("proxy_url", "proxy_from_environment", "if proxy_from_environment is configured, proxy_url must not be configured");
  if (has("proxy_from_environment") && has("no_proxy")) report("proxy_from_environment", "no_proxy", "if proxy_from_environment is configured, no_proxy must not be configured");
  if (where === "consul_sd_config") {
    const up = ["username", "password"].find(has);
    if (up && has("basic_auth")) report(up, "basic_auth", "at most one of consul SD configuration username and password and basic auth can be configured");
    const other = ["authorization", "oauth2"].find(has);
    if (has("token") && other) report("token", other, "at most one of consul SD token, authorization, or oauth2 can be configured");
  }
  if (where === "marathon_sd_config") {
    const tok = ["auth_token", "auth_token_file"].filter(has);
    if (tok.length && has("basic_auth")) report("basic_auth", tok[0], "marathon_sd: at most one of basic_auth, auth_token & auth_token_file must be configured");
    if (tok.length && bearer.length) report(bearer[0], tok[0], "marathon_sd: at most one of bearer_token, bearer_token_file, auth_token & auth_token_file must be configured");
    if (tok.length && has("authorization")) report("authorization", tok[0], "marathon_sd: at most one of auth_token, auth_token_file & authorization must be configured");
  }
}

// src/config/checks/invalid-value.ts
var ESCAPING = ["allow-utf-8", "underscores", "dots", "values"];
var OTLP_STRATEGIES = ["UnderscoreEscapingWithSuffixes", "UnderscoreEscapingWithoutSuffixes", "NoUTF8EscapingWithSuffixes", "NoTranslation"];
var PROTOBUF_MESSAGES = ["prometheus.WriteRequest", "io.prometheus.write.v2.Request"];
var invalid_value_default = defineConfigCheck({
  id: "config/invalid-value",
  severity: "error",
  description: "Use values Prometheus accepts for each setting.",
  messages: { invalid: "{field}: {problem}" },
  hints: { invalid: "{fix}" },
  check(ctx) {
    const r = (at, field, problem, fix, severity) => ctx.report({ messageId: "invalid", at, severity, data: { field, problem: problem.startsWith(`${field}: `) ? problem.slice(field.length + 2) : problem, fix } });
    for (const i of ctx.schema.issues) {
      if (i.kind === "invalid-size") {
        const unit = /[A-Za-z]*$/.exec(i.text)?.[0] ?? "";
        if (i.text.startsWith("-") && parseSize(i.text.slice(1)) !== void 0) {
          const name = i.field === "size" ? "'storage.tsdb.retention.size'" : i.field;
          r(i.node, i.field, `${name} must be greater than or equal to 0`, `Write a positive size, e.g. \`${i.field}: ${i.text.slice(1)}\`, or 0.`);
          continue;
        }
        r(i.node, i.field, `"${i.text}" is not a size (units: unknown unit ${unit} in ${i.text})`, `Write a number with a unit: \`${i.field}: ${/^\d+$/.test(i.text) ? `${i.text}B` : "10MB"}\` (B, KB, MB, GB, ... or KiB, MiB, GiB; 0 for no limit).`);
      } else if (i.kind === "invalid-enum") {
        r(i.node, i.field, `"${i.text}" is not one of ${i.values.join(", ")}${i.field.endsWith("_version") ? ` (unknown TLS version: ${i.text})` : ""}`, `Write one of: ${i.values.join(", ")}.`);
      }
    }
    const g = ctx.global;
    protocols(ctx, g, "global config");
    const gValidation = text(g, "metric_name_validation_scheme");
    validationScheme(ctx, g);
    const gEscaping = text(g, "metric_name_escaping_scheme");
    if (gEscaping && !ESCAPING.includes(gEscaping)) {
      r(getValue(g, "metric_name_escaping_scheme"), "metric_name_escaping_scheme", `unknown global name escaping method specified, must be one of 'allow-utf-8', 'underscores', 'dots', or 'values', got "${gEscaping}"`, `Write one of: ${ESCAPING.join(", ")}.`);
    }
    for (const ref of ctx.scrapeConfigs) {
      const n = ref.node;
      if (n.kind !== "map") continue;
      const job = ref.jobName?.text ?? "";
      protocols(ctx, n, `scrape config with job name "${job}"`);
      const fb = getPair(n, "fallback_scrape_protocol");
      const fbText = scalarString(fb?.value) ?? "";
      if (fb && fbText !== "" && !SCRAPE_PROTOCOLS.includes(fbText)) {
        r(fb.value, "fallback_scrape_protocol", `invalid fallback_scrape_protocol for scrape config with job name "${job}": unknown scrape protocol ${fbText}, supported: [${SCRAPE_PROTOCOLS.join(" ")}]`, `Write one of: ${SCRAPE_PROTOCOLS.join(", ")} (case matters).`);
      }
      validationScheme(ctx, n);
      if (!ctx.isV3) continue;
      const own = text(n, "metric_name_validation_scheme");
      const validation = own ?? (gValidation === "legacy" ? "legacy" : "utf8");
      const ownEsc = text(n, "metric_name_escaping_scheme");
      const escaping = ownEsc ?? (own === void 0 ? gEscaping ?? (validation === "legacy" ? "underscores" : "allow-utf-8") : validation === "legacy" ? "underscores" : "allow-utf-8");
      if (ownEsc && !ESCAPING.includes(ownEsc)) {
        r(getValue(n, "metric_name_escaping_scheme"), "metric_name_escaping_scheme", `unknown scrape config name escaping method specified, must be one of 'allow-utf-8', 'underscores', 'dots', or 'values', got "${ownEsc}"`, `Write one of: ${ESCAPING.join(", ")}.`);
      } else if (escaping === "allow-utf-8" && validation === "legacy") {
        const at = getPair(n, "metric_name_escaping_scheme")?.value ?? getPair(n, "metric_name_validation_scheme")?.value ?? getPair(g, "metric_name_escaping_scheme")?.value ?? ref.jobName ?? n;
        r(at, "metric_name_escaping_scheme", `utf8 metric names requested but validation scheme is not set to UTF8 (job "${job}")`, "Set `metric_name_escaping_scheme: underscores` (or dots/values), or `metric_name_validation_scheme: utf8`.");
      }
    }
    for (const [k, what] of [["rule_files", "rule file"], ["scrape_config_files", "scrape config file"]]) {
      const l = getValue(ctx.root, k);
      if (l?.kind !== "seq") continue;
      for (const item of l.items) {
        const s = scalarString(item) ?? "";
        if (!/^[^*]*(\*[^/]*)?$/.test(s)) r(item, k, `invalid ${what} path "${s}": "*" is allowed only in the last path segment`, 'List each folder explicitly, e.g. `- "rules/a/*.yml"` and `- "rules/b/*.yml"`.');
      }
    }
    const unchecked = uncheckedAuthSections(ctx);
    for (const o of ctx.schema.objects) {
      if (o.name === "alertmanager_config") {
        const p = getPair(o.node, "api_version");
        const v = scalarString(p?.value) ?? "";
        const allowed = ctx.isV3 ? ["v2"] : ["v1", "v2"];
        if (p && v !== "" && !allowed.includes(v)) r(p.value, "api_version", `expected Alertmanager api version to be one of [${allowed.join(" ")}] but got ${v}`, "Write `api_version: v2` (Alertmanager \u2265 0.16 serves it).");
        const t = getPair(o.node, "timeout");
        if (t && parseDuration(scalarString(t.value) ?? "") === 0) r(t.value, "timeout", "a timeout of 0 makes every notification to this Alertmanager fail", "Write e.g. `timeout: 10s`, or remove it (default 10s).", "warning");
      } else if (o.name === "remote_write") {
        if (ctx.isV3) queue(ctx, getValue(o.node, "queue_config"));
        const pm = getPair(o.node, "protobuf_message");
        const pmv = scalarString(pm?.value) ?? "";
        if (pm && pmv !== "" && !PROTOBUF_MESSAGES.includes(pmv)) r(pm.value, "protobuf_message", `invalid protobuf_message value: unknown type for remote write protobuf message ${pmv}, supported: ${PROTOBUF_MESSAGES.join(", ")}`, `Write one of: ${PROTOBUF_MESSAGES.join(", ")}.`);
      } else if (o.name === "tracing") {
        const ct = getPair(o.node, "client_type");
        const ctv = scalarString(ct?.value) ?? "";
        if (ct && !(ct.value.kind === "scalar" && ct.value.isNull) && ctv !== "http" && ctv !== "grpc") r(ct.value, "client_type", `expected tracing client type to be to be http or grpc, but got ${ctv}`, "Write `client_type: grpc` or `client_type: http`.");
        const c = getPair(o.node, "compression");
        const cv = scalarString(c?.value) ?? "";
        if (c && cv !== "" && cv !== "gzip") r(c.value, "compression", `invalid compression type ${cv} provided, valid options: gzip`, "Write `compression: gzip` or remove it.");
        const sf = asFloat(getValue(o.node, "sampling_fraction"));
        if (sf !== void 0 && (sf < 0 || sf > 1)) r(getValue(o.node, "sampling_fraction"), "sampling_fraction", `${sf} is outside [0, 1] (Prometheus loads it; the sampler treats it as ${sf > 1 ? 1 : 0})`, "Write a fraction between 0 and 1, e.g. `sampling_fraction: 0.1`.", "warning");
      } else if (o.name === "otlp") {
        otlp(ctx, o.node);
      } else if (o.name === "file_sd_config") {
        const files = getValue(o.node, "files");
        if (files?.kind === "seq") for (const f of files.items) {
          const name = scalarString(f) ?? "";
          if (name.length > 4096 || !/^[^*]*(\*[^/]*)?\.(json|yml|yaml|JSON|YML|YAML)$/.test(name)) {
            r(f, "files", `path name "${name}" is not valid for file discovery`, 'Name target files *.json, *.yml or *.yaml; "*" is allowed only in the last path segment.');
          }
        }
      } else if (o.name === "authorization" && !unchecked.has(o.node)) {
        const t = getPair(o.node, "type");
        if (t && (scalarString(t.value) ?? "").toLowerCase() === "basic") {
          r(t.value, "authorization.type", 'authorization type cannot be set to "basic", use "basic_auth" instead', "Replace authorization: with `basic_auth:` holding username and password_file.");
        }
      } else if (o.name === "retention") {
        const p = getPair(o.node, "percentage");
        const v = asFloat(p?.value);
        if (p && v !== void 0 && (v < 0 || v > 100)) r(p.value, "percentage", "'storage.tsdb.retention.percentage' must be in the range [0, 100]", "Write a percentage from 0 to 100.");
      } else if (o.name === "chunk_encoding") {
        const p = getPair(o.node, "floats");
        const v = scalarString(p?.value) ?? "";
        if (p && v !== "" && v !== "xor" && v !== "xor2") r(p.value, "floats", `'storage.tsdb.chunk_encoding.floats' must be 'xor' or 'xor2', or the field must be omitted entirely, got "${v}"`, "Write `floats: xor` or `floats: xor2` (lower case).");
      }
    }
  }
});
function protocols(ctx, owner, where) {
  const p = getPair(owner, "scrape_protocols");
  if (!p || p.value.kind !== "seq") return;
  const items = p.value.items;
  const report = (at, problem, fix) => ctx.report({ messageId: "invalid", at, data: { field: "scrape_protocols", problem: problem.replace(/^scrape_protocols: /, ""), fix } });
  if (items.length === 0) return report(p.value, `scrape_protocols cannot be empty for ${where}`, `Remove scrape_protocols: or list at least one of ${SCRAPE_PROTOCOLS.join(", ")}.`);
  const seen = /* @__PURE__ */ new Map();
  const all = items.map((i) => scalarString(i) ?? "");
  for (const item of items) {
    const s = scalarString(item) ?? "";
    const lower = s.toLowerCase();
    if (seen.has(lower)) {
      report(item, `duplicated protocol in scrape_protocols, got [${all.join(" ")}] for ${where}`, `Remove the second "${s}".`);
      continue;
    }
    seen.set(lower, item);
    if (!SCRAPE_PROTOCOLS.includes(s)) {
      const near = SCRAPE_PROTOCOLS.find((x) => x.toLowerCase() === lower);
      report(item, `scrape_protocols: unknown scrape protocol ${s}, supported: [${SCRAPE_PROTOCOLS.join(" ")}] for ${where}`, near ? `Write "${near}" (case matters).` : `Use one of: ${SCRAPE_PROTOCOLS.join(", ")}.`);
    } else if (s === "PrometheusText1.0.0" && !ctx.isV3) {
      report(item, `scrape_protocols: unknown scrape protocol ${s} for Prometheus ${ctx.versionText} (added in 3.0)`, "Use PrometheusText0.0.4 on Prometheus 2.x.");
    }
  }
}
function validationScheme(ctx, owner) {
  const p = getPair(owner, "metric_name_validation_scheme");
  const v = scalarString(p?.value) ?? "";
  if (p && v !== "" && v !== "legacy" && v !== "utf8") {
    ctx.report({ messageId: "invalid", at: p.value, data: { field: "metric_name_validation_scheme", problem: `unrecognized ValidationScheme: "${v}"`, fix: "Write `metric_name_validation_scheme: utf8` or `metric_name_validation_scheme: legacy`." } });
  }
}
function queue(ctx, q) {
  if (q?.kind !== "map") return;
  const int2 = (k, d) => {
    const p = getPair(q, k);
    return p ? asInt(p.value) ?? d : d;
  };
  const dur2 = (k, d) => {
    const p = getPair(q, k);
    return p ? parseDuration(scalarString(p.value) ?? "") ?? d : d;
  };
  const at = (k) => getPair(q, k)?.value ?? q;
  const report = (k, problem, fix) => ctx.report({ messageId: "invalid", at: at(k), data: { field: `queue_config.${k}`, problem, fix } });
  const maxShards = int2("max_shards", 50);
  const minShards = int2("min_shards", 1);
  if (int2("capacity", 1e4) <= 0) report("capacity", "remote write queue capacity must be positive", "Write e.g. `capacity: 10000`.");
  if (maxShards <= 0) report("max_shards", "remote write queue max_shards must be positive", "Write e.g. `max_shards: 50`.");
  if (minShards <= 0) report("min_shards", "remote write queue min_shards must be positive", "Write e.g. `min_shards: 1`.");
  else if (maxShards > 0 && minShards > maxShards) report("min_shards", "remote write queue min_shards must not be greater than max_shards", `Write \`min_shards: ${maxShards}\` or less.`);
  if (int2("max_samples_per_send", 2e3) <= 0) report("max_samples_per_send", "remote write queue max_samples_per_send must be positive", "Write e.g. `max_samples_per_send: 2000`.");
  if (dur2("max_backoff", 5e3) < dur2("min_backoff", 30)) report("max_backoff", "remote write queue max_backoff must not be less than min_backoff", "Raise max_backoff to at least min_backoff.");
}
function otlp(ctx, n) {
  const report = (at, field, problem, fix) => ctx.report({ messageId: "invalid", at, data: { field, problem, fix } });
  const ts = getPair(n, "translation_strategy");
  const tsv = scalarString(ts?.value) ?? "";
  if (ts && tsv !== "") {
    const known = cmpVersion(ctx.version, [3, 4]) < 0 ? OTLP_STRATEGIES.filter((x) => x !== "NoTranslation") : OTLP_STRATEGIES;
    if (!known.includes(tsv)) report(ts.value, "translation_strategy", `unsupported OTLP translation strategy "${tsv}"${OTLP_STRATEGIES.includes(tsv) ? ` (needs a newer Prometheus than ${ctx.versionText})` : ""}`, `Write one of: ${known.join(", ")}.`);
    else if ((tsv === "NoTranslation" || tsv === "NoUTF8EscapingWithSuffixes") && ctx.globalScheme === "legacy") {
      report(ts.value, "translation_strategy", `OTLP translation strategy "${tsv}" is not allowed when UTF8 is disabled`, "Use UnderscoreEscapingWithSuffixes, or set global `metric_name_validation_scheme: utf8`.");
    }
  }
  const all = getPair(n, "promote_all_resource_attributes");
  const allOn = all?.value.kind === "scalar" && /^(true|True|TRUE|yes|Yes|YES|on|On|ON|y|Y)$/.test(all.value.text);
  const promote = getPair(n, "promote_resource_attributes");
  const ignore = getPair(n, "ignore_resource_attributes");
  const nonEmpty = (p) => p?.value.kind === "seq" && p.value.items.length > 0;
  if (allOn && nonEmpty(promote)) report(promote.key, "promote_resource_attributes", "'promote_all_resource_attributes' and 'promote_resource_attributes' cannot be configured simultaneously", "Remove one of the two settings.");
  if (!allOn && nonEmpty(ignore)) report(ignore.key, "ignore_resource_attributes", "'ignore_resource_attributes' cannot be configured unless 'promote_all_resource_attributes' is true", "Set `promote_all_resource_attributes: true`, or remove ignore_resource_attributes.");
  for (const [p, verb, field] of [[promote, "promoted", "promote_resource_attributes"], [ignore, "ignored", "ignore_resource_attributes"]]) {
    if (p?.value.kind !== "seq") continue;
    const seen = /* @__PURE__ */ new Set();
    for (const item of p.value.items) {
      const s = (scalarString(item) ?? "").trim();
      if (s === "") report(item, field, `invalid '${field}': empty ${verb} OTel resource attribute`, "Remove the empty entry.");
      else if (seen.has(s)) report(item, field, `invalid '${field}': duplicated ${verb} OTel resource attribute "${s}"`, `Remove the second "${s}".`);
      seen.add(s);
    }
  }
}

// src/config/checks/long-scrape-interval.ts
var long_scrape_interval_default = defineConfigCheck({
  id: "config/long-scrape-interval",
  severity: "warning",
  description: "Keep scrape_interval under 5m, the staleness window.",
  messages: { long: "scrape_interval {interval} is at least the 5m staleness window: series will go stale between scrapes" },
  hints: { long: "Use `scrape_interval: 2m` or less (at most about 2m lets one scrape fail without gaps)." },
  check(ctx) {
    const maps = [ctx.global, ...ctx.schema.objects.filter((o) => o.name === "scrape_config").map((o) => o.node)];
    for (const m of maps) {
      const p = getPair(m, "scrape_interval");
      if (!p || p.value.kind !== "scalar") continue;
      const ms = parseDuration(p.value.text);
      if (ms !== void 0 && ms >= 3e5) ctx.report({ messageId: "long", at: p.value, data: { interval: formatDuration(ms) } });
    }
  }
});

// src/config/checks/missing-file.ts
import { statSync } from "node:fs";
import { realpathSync } from "node:fs";
import { resolve as resolve2, sep } from "node:path";
var OUTPUTS = /* @__PURE__ */ new Set(["query_log_file", "scrape_failure_log_file"]);
var missing_file_default = defineConfigCheck({
  id: "config/missing-file",
  severity: "error",
  description: "Point *_file settings at files that exist.",
  messages: {
    missing: '{field} "{path}" does not exist (resolved to {resolved})',
    sdFile: 'file "{path}" for file_sd does not exist (resolved to {resolved}): the job starts with no targets from it'
  },
  hints: {
    sdFile: "Create the target file, or fix the path (relative paths resolve against the folder of {config}).",
    missing: "Create the file, fix the path (relative paths resolve against the folder of {config}), or run with --syntax-only if the file exists only where Prometheus runs."
  },
  check(ctx) {
    if (ctx.options.syntaxOnly) return;
    const ws = real(resolve2(ctx.options.workspaceDir ?? ctx.options.configDir));
    if (!ws) return;
    const dirOf = /* @__PURE__ */ new Map();
    for (const s of ctx.scrapeConfigs) dirOf.set(s.file, s.dir);
    const checkedByPromtool = promtoolChecked(ctx);
    const seen = /* @__PURE__ */ new Set();
    for (const p of ctx.schema.paths) {
      if (OUTPUTS.has(p.field) || seen.has(p.node)) continue;
      seen.add(p.node);
      const path2 = p.node.text;
      if (path2 === "") continue;
      const dir = dirOf.get(p.node.span.file) ?? ctx.options.configDir;
      const abs = joinDir(dir, path2);
      const parent = nearestReal(resolve2(abs, ".."));
      if (!parent || !(parent === ws || parent.startsWith(ws + sep))) continue;
      let exists = false;
      try {
        exists = statSync(abs).isFile();
      } catch {
        exists = false;
      }
      if (!exists) {
        const severity = checkedByPromtool.has(p.node) ? void 0 : "warning";
        ctx.report({ messageId: "missing", at: p.node, data: { field: p.field, path: path2, resolved: abs, config: ctx.options.file }, severity });
      }
    }
    for (const o of ctx.schema.objects) {
      if (o.name !== "file_sd_config") continue;
      const files = getValue(o.node, "files");
      if (files?.kind !== "seq") continue;
      for (const f of files.items) {
        if (f.kind !== "scalar" || f.isNull || /[*?[]/.test(f.text) || seen.has(f)) continue;
        seen.add(f);
        const dir = dirOf.get(f.span.file) ?? ctx.options.configDir;
        const abs = joinDir(dir, f.text);
        const parent = nearestReal(resolve2(abs, ".."));
        if (!parent || !(parent === ws || parent.startsWith(ws + sep))) continue;
        let exists = false;
        try {
          exists = statSync(abs).isFile();
        } catch {
          exists = false;
        }
        if (!exists) ctx.report({ messageId: "sdFile", at: f, data: { path: f.text, resolved: abs, config: ctx.options.file }, severity: "warning" });
      }
    }
  }
});
function promtoolChecked(ctx) {
  const out = /* @__PURE__ */ new Set();
  const add = (n) => {
    if (n) out.add(n);
  };
  for (const ref of ctx.scrapeConfigs) {
    const n = ref.node;
    add(getValue(n, "bearer_token_file"));
    for (const k of ["ca_file", "cert_file", "key_file"]) add(getValue(getValue(n, "tls_config"), k));
    add(getValue(getValue(n, "basic_auth"), "password_file"));
    add(getValue(getValue(n, "authorization"), "credentials_file"));
    add(getValue(getValue(n, "oauth2"), "client_secret_file"));
    const k8s = getValue(n, "kubernetes_sd_configs");
    if (k8s?.kind === "seq") for (const item of k8s.items) add(getValue(item, "kubeconfig_file"));
  }
  return out;
}
function nearestReal(p) {
  let cur = p;
  for (let i = 0; i < 64; i++) {
    const r = real(cur);
    if (r) return r;
    const up = resolve2(cur, "..");
    if (up === cur) return void 0;
    cur = up;
  }
  return void 0;
}
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}

// src/config/checks/missing-job-name.ts
var missing_job_name_default = defineConfigCheck({
  id: "config/missing-job-name",
  severity: "error",
  description: "Give every scrape config a job_name.",
  messages: {
    missing: "{job} has no job_name (job_name is empty)",
    empty: "job_name is empty"
  },
  hints: {
    missing: "Add `- job_name: my-job` as the first line of this scrape config.",
    empty: "Write a name, e.g. `job_name: node`."
  },
  check(ctx) {
    for (const ref of ctx.scrapeConfigs) {
      if (ref.node.kind !== "map" || ref.jobName) continue;
      const p = getPair(ref.node, "job_name");
      if (p && p.value.kind === "scalar") ctx.report({ messageId: "empty", at: p.value.isNull ? p.key : p.value });
      else if (!p) ctx.report({ messageId: "missing", at: missingAt(ref.node), data: { job: jobLabel(ref) } });
    }
  }
});

// src/config/checks/missing-required-field.ts
var dnsNeedsPort = (m) => ["A", "AAAA", "MX", "NS"].includes((text(m, "type") ?? "SRV").toUpperCase());
var present = (k) => (m) => getPair(m, k) !== void 0;
var sigv4Creds = (m) => isSet(m, "access_key") || isSet(m, "secret_key");
var ociApiKey = (m) => (text(m, "auth") ?? "api_key") === "api_key";
var azureOAuth = (m) => (text(m, "authentication_method") ?? "OAuth") === "OAuth";
var REQUIRED = {
  remote_write: [{ anyOf: ["url"], prom: "url for remote_write is empty", example: "url: http://remote.example:9090/api/v1/write" }],
  remote_read: [{ anyOf: ["url"], prom: "url for remote_read is empty", example: "url: http://remote.example:9090/api/v1/read" }],
  oauth2: [
    { anyOf: ["client_id"], prom: "oauth2 client_id must be configured", example: "client_id: my-client" },
    // prometheus/common made the secret optional (common#528, opened 2023-10, so not before Prometheus 2.48).
    { anyOf: ["client_secret", "client_secret_file"], prom: "either oauth2 client_secret or client_secret_file must be configured", example: "client_secret_file: oauth2-secret", until: "2.48" },
    { anyOf: ["token_url"], prom: "oauth2 token_url must be configured", example: "token_url: https://auth.example.com/oauth2/token" }
  ],
  tracing: [{ anyOf: ["endpoint"], prom: "tracing endpoint must be set", example: "endpoint: localhost:4317" }],
  tls_config: [
    { anyOf: ["key", "key_file", "key_ref"], prom: "exactly one of key or key_file must be configured when a client certificate is configured", example: "key_file: client.key", when: (m) => ["cert", "cert_file", "cert_ref"].some((k) => isSet(m, k)), anchor: ["cert_file", "cert", "cert_ref"] },
    { anyOf: ["cert", "cert_file", "cert_ref"], prom: "exactly one of cert or cert_file must be configured when a client key is configured", example: "cert_file: client.crt", when: (m) => ["key", "key_file", "key_ref"].some((k) => isSet(m, k)), anchor: ["key_file", "key", "key_ref"] }
  ],
  file_sd_config: [{ anyOf: ["files"], prom: "file service discovery config must contain at least one path name", example: "files: [targets/*.json]" }],
  dns_sd_config: [
    { anyOf: ["names"], prom: "DNS-SD config must contain at least one SRV record name", example: "names: [_prometheus._tcp.example.com]" },
    { anyOf: ["port"], prom: "a port is required in DNS-SD configs for all record types except SRV", example: "port: 9100", when: dnsNeedsPort, anchor: ["type"], nonZero: true }
  ],
  http_sd_config: [{ anyOf: ["url"], prom: "URL is missing", example: "url: http://sd.example.com/targets" }],
  puppetdb_sd_config: [
    { anyOf: ["url"], prom: "URL is missing", example: "url: https://puppetdb.example.com" },
    { anyOf: ["query"], prom: "query missing", example: `query: 'resources { type = "Class" }'` }
  ],
  kubernetes_sd_config: [{ anyOf: ["role"], prom: "role missing (one of: pod, service, endpoints, endpointslice, node, ingress)", example: "role: pod" }],
  azure_sd_config: [
    { anyOf: ["subscription_id"], prom: "azure SD configuration requires a subscription_id", example: "subscription_id: <uuid>" },
    { anyOf: ["tenant_id"], prom: "azure SD configuration requires a tenant_id", example: "tenant_id: <uuid>", when: azureOAuth },
    { anyOf: ["client_id"], prom: "azure SD configuration requires a client_id", example: "client_id: <uuid>", when: azureOAuth },
    { anyOf: ["client_secret"], prom: "azure SD configuration requires a client_secret", example: "client_secret: <secret>", when: azureOAuth }
  ],
  eureka_sd_config: [{ anyOf: ["server"], prom: "eureka_sd: empty or null eureka server", example: "server: http://eureka.example.com:8761/eureka" }],
  marathon_sd_config: [{ anyOf: ["servers"], prom: "marathon_sd: must contain at least one Marathon server", example: "servers: [http://marathon.example.com:8080]" }],
  uyuni_sd_config: [
    { anyOf: ["server"], prom: "Uyuni SD configuration requires server host", example: "server: https://uyuni.example.com" },
    { anyOf: ["username"], prom: "Uyuni SD configuration requires a username", example: "username: prometheus" },
    { anyOf: ["password"], prom: "Uyuni SD configuration requires a password", example: "password: <secret>" }
  ],
  consul_sd_config: [{ anyOf: ["server"], prom: "consul SD configuration requires a server address", example: "server: localhost:8500", when: present("server"), trim: true }],
  nomad_sd_config: [{ anyOf: ["server"], prom: "nomad SD configuration requires a server address", example: "server: http://localhost:4646", when: present("server"), trim: true }],
  kuma_sd_config: [{ anyOf: ["server"], prom: "kuma SD server must not be empty and have a scheme", example: "server: http://kuma-control-plane:5676" }],
  sigv4: [
    { anyOf: ["secret_key"], prom: "must provide a AWS SigV4 Access key and Secret Key if credentials are specified in the SigV4 config", example: "secret_key: <secret>", when: sigv4Creds, anchor: ["access_key"] },
    { anyOf: ["access_key"], prom: "must provide a AWS SigV4 Access key and Secret Key if credentials are specified in the SigV4 config", example: "access_key: AKIA...", when: sigv4Creds, anchor: ["secret_key"] }
  ],
  // discovery/oci/oci.go validate(): region always; the API key fields unless auth is instance_principal.
  oci_sd_config: [
    { anyOf: ["region"], prom: "oci_sd: region is required", example: "region: eu-frankfurt-1" },
    { anyOf: ["tenancy"], prom: "oci_sd: api_key auth requires tenancy", example: "tenancy: ocid1.tenancy.oc1..<id>", when: ociApiKey },
    { anyOf: ["user"], prom: "oci_sd: api_key auth requires user", example: "user: ocid1.user.oc1..<id>", when: ociApiKey },
    { anyOf: ["fingerprint"], prom: "oci_sd: api_key auth requires fingerprint", example: "fingerprint: aa:bb:...", when: ociApiKey },
    { anyOf: ["key_file"], prom: "oci_sd: api_key auth requires key_file", example: "key_file: oci_api_key.pem", when: ociApiKey }
  ],
  // discovery/stackit/stackit.go: region defaults to eu01, so only an explicit empty region without endpoint fails.
  stackit_sd_config: [{ anyOf: ["endpoint", "region"], prom: "endpoint or region missing", example: "region: eu01", when: present("region") }],
  ionos_sd_config: [{ anyOf: ["datacenter_id"], prom: "datacenter id can't be empty", example: "datacenter_id: <uuid>" }],
  outscale_sd_config: [
    { anyOf: ["region"], prom: "outscale SD configuration requires a region", example: "region: eu-west-2" },
    { anyOf: ["secret_key", "secret_key_file"], prom: "one of secret_key & secret_key_file must be configured", example: "secret_key_file: outscale.key" }
  ],
  scaleway_sd_config: [
    { anyOf: ["secret_key", "secret_key_file"], prom: "one of secret_key & secret_key_file must be configured", example: "secret_key_file: scaleway.key" },
    { anyOf: ["project_id"], prom: "project_id is mandatory", example: "project_id: <uuid>" },
    { anyOf: ["access_key"], prom: "access_key is mandatory", example: "access_key: SCW..." },
    { anyOf: ["role"], prom: "role missing (one of: instance, baremetal)", example: "role: instance" }
  ],
  ovhcloud_sd_config: [
    { anyOf: ["endpoint"], prom: "endpoint can not be empty", example: "endpoint: ovh-eu" },
    { anyOf: ["application_key"], prom: "application key can not be empty", example: "application_key: <key>" },
    { anyOf: ["application_secret"], prom: "application secret can not be empty", example: "application_secret: <secret>" },
    { anyOf: ["consumer_key"], prom: "consumer key can not be empty", example: "consumer_key: <key>" },
    { anyOf: ["service"], prom: "service can not be empty", example: "service: vps" }
  ],
  gce_sd_config: [
    { anyOf: ["project"], prom: "GCE SD configuration requires a project", example: "project: my-project" },
    { anyOf: ["zone"], prom: "GCE SD configuration requires a zone", example: "zone: europe-west1-b" }
  ],
  openstack_sd_config: [
    { anyOf: ["role"], prom: "role missing (one of: instance, hypervisor, loadbalancer)", example: "role: instance" },
    { anyOf: ["region"], prom: "openstack SD configuration requires a region", example: "region: RegionOne" }
  ],
  triton_sd_config: [
    { anyOf: ["account"], prom: "triton SD configuration requires an account", example: "account: my-account" },
    { anyOf: ["dns_suffix"], prom: "triton SD configuration requires a dns_suffix", example: "dns_suffix: triton.example.com" },
    { anyOf: ["endpoint"], prom: "triton SD configuration requires an endpoint", example: "endpoint: triton.example.com" }
  ],
  nerve_sd_config: [
    { anyOf: ["servers"], prom: "nerve SD config must contain at least one Zookeeper server", example: "servers: [zk1.example.com]" },
    { anyOf: ["paths"], prom: "nerve SD config must contain at least one path", example: "paths: [/monitoring]" }
  ],
  serverset_sd_config: [
    { anyOf: ["servers"], prom: "serverset SD config must contain at least one Zookeeper server", example: "servers: [zk1.example.com]" },
    { anyOf: ["paths"], prom: "serverset SD config must contain at least one path", example: "paths: [/aurora/server]" }
  ],
  hetzner_sd_config: [{ anyOf: ["role"], prom: "role missing (one of: robot, hcloud)", example: "role: hcloud" }],
  docker_sd_config: [{ anyOf: ["host"], prom: "host missing", example: "host: unix:///var/run/docker.sock" }],
  dockerswarm_sd_config: [
    { anyOf: ["host"], prom: "host missing", example: "host: unix:///var/run/docker.sock" },
    { anyOf: ["role"], prom: "role missing (one of: tasks, services, nodes)", example: "role: tasks" }
  ]
};
var PROXY = [
  { anyOf: ["proxy_url"], prom: "if no_proxy is configured, proxy_url must also be configured", example: "proxy_url: http://proxy.example.com:3128", when: (m) => isSet(m, "no_proxy"), anchor: ["no_proxy"] },
  {
    anyOf: ["proxy_url", "proxy_from_environment"],
    prom: "if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured",
    example: "proxy_url: http://proxy.example.com:3128",
    when: (m) => isSet(m, "proxy_connect_header") && asBool(getPair(m, "proxy_from_environment")?.value) !== true,
    anchor: ["proxy_connect_header"]
  }
];
var missing_required_field_default = defineConfigCheck({
  id: "config/missing-required-field",
  severity: "error",
  description: "Set the fields each section requires.",
  messages: {
    missing: '{section} needs "{field}" ({prom})',
    emptyUrl: '{section} has an empty "url": Prometheus loads it, but every request to it fails'
  },
  hints: { missing: "Add `{example}` to this section.", emptyUrl: "Write the endpoint, e.g. `{example}`." },
  check(ctx) {
    const unchecked = uncheckedAuthSections(ctx);
    const uncheckedHttp = /* @__PURE__ */ new Set();
    if (!validatesEveryHttpClient(ctx)) {
      for (const h of ctx.httpClients) if (!V2_VALIDATED.has(h.where)) uncheckedHttp.add(h.node);
      if (cmpVersion(ctx.version, [2, 43]) < 0) {
        const t = getValue(getValue(ctx.root, "tracing"), "tls_config");
        if (t) unchecked.add(t);
      }
    }
    const reqsOf = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
    for (const o of ctx.schema.objects) {
      const http = o.http && !uncheckedHttp.has(o.node) || o.name === "oauth2";
      const byName = reqsOf[http ? 1 : 0];
      let reqs = byName.get(o.name);
      if (!reqs) byName.set(o.name, reqs = [...REQUIRED[o.name] ?? [], ...http ? PROXY : []]);
      if (!reqs.length || unchecked.has(o.node)) continue;
      if (o.name === "tracing" && o.node.pairs.length === 0 && getValue(ctx.root, "tracing")?.kind !== "map") continue;
      for (const r of reqs) {
        if (r.when && !r.when(o.node)) continue;
        if (r.until && cmpVersion(ctx.version, parseVersion(r.until, [0, 0])) >= 0) continue;
        const has = (f) => {
          const v = getPair(o.node, f)?.value;
          if (!isSet(o.node, f) || v?.kind === "seq" && v.items.length === 0) return false;
          if (r.trim && (scalarString(v) ?? "x").trim() === "") return false;
          return !(r.nonZero && asInt(v) === 0);
        };
        if (r.anyOf.some(has)) continue;
        const anchor = r.anchor?.map((k) => getPair(o.node, k)?.key).find((k) => k !== void 0);
        const emptyUrl = r.anyOf[0] === "url" && (o.name === "remote_write" || o.name === "remote_read") && isEmptyString(getValue(o.node, "url"));
        ctx.report({
          messageId: emptyUrl ? "emptyUrl" : "missing",
          at: getPair(o.node, r.anyOf[0])?.key ?? anchor ?? missingAt(o.node),
          data: { section: o.name, field: r.anyOf.join('" or "'), prom: r.prom, example: r.example },
          ...emptyUrl ? { severity: "warning" } : {}
        });
      }
    }
  }
});
function isEmptyString(v) {
  return v?.kind === "scalar" && !v.isNull && scalarString(v) === "";
}

// src/config/checks/not-utf8.ts
var not_utf8_default = defineConfigCheck({
  id: "config/not-utf8",
  severity: "error",
  description: "Save prometheus.yml as UTF-8.",
  messages: { notUtf8: "{file} is not valid UTF-8: byte {offset} starts an invalid sequence" },
  hints: { notUtf8: "Re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`), or replace the character on this line." },
  check(ctx) {
    for (const i of ctx.fileIssues) {
      if (i.kind === "not-utf8") ctx.report({ messageId: "notUtf8", at: i.span, data: { file: i.file, offset: i.n ?? 0 } });
    }
  }
});

// src/config/checks/plaintext-secret.ts
var FILE_VARIANT = {
  password: "password_file",
  credentials: "credentials_file",
  bearer_token: "bearer_token_file",
  client_secret: "client_secret_file",
  secret_key: "secret_key_file",
  auth_token: "auth_token_file",
  key: "key_file",
  ca: "ca_file",
  client_certificate_key: "client_certificate_key_file",
  secrets: "files"
};
var plaintext_secret_default = defineConfigCheck({
  id: "config/plaintext-secret",
  severity: "warning",
  description: "Keep credentials out of prometheus.yml: read them from files.",
  messages: {
    withFile: "{field} is written in plain text in the config",
    noFile: "{field} is written in plain text in the config"
  },
  hints: {
    withFile: "Put the secret in a file outside the repository and write `{fileField}: /etc/prometheus/secrets/{name}` instead.",
    noFile: "Inject it at deploy time (e.g. from a secret store) rather than committing it."
  },
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    for (const s of ctx.schema.secrets) {
      if (seen.has(s.node)) continue;
      seen.add(s.node);
      if (s.node.text === "" || /^<.*>$|^\$\{?[A-Z_][A-Z0-9_]*\}?$/.test(s.node.text)) continue;
      const field = s.field.includes(".") ? s.field : s.field;
      const base = field.split(".").pop() ?? field;
      const fileField = FILE_VARIANT[base];
      if (fileField) ctx.report({ messageId: "withFile", at: s.node, data: { field, fileField, name: base } });
      else ctx.report({ messageId: "noFile", at: s.node, data: { field } });
    }
  }
});

// src/config/checks/relabel-unknown-meta-label.ts
var META_PREFIXES = [
  ["__meta_dockerswarm_", "dockerswarm_sd_configs"],
  ["__meta_docker_", "docker_sd_configs"],
  ["__meta_kubernetes_", "kubernetes_sd_configs"],
  ["__meta_consul_", "consul_sd_configs"],
  ["__meta_ec2_", "ec2_sd_configs"],
  ["__meta_dns_", "dns_sd_configs"],
  ["__meta_filepath", "file_sd_configs"],
  ["__meta_azure_", "azure_sd_configs"],
  ["__meta_gce_", "gce_sd_configs"],
  ["__meta_openstack_", "openstack_sd_configs"],
  ["__meta_digitalocean_", "digitalocean_sd_configs"],
  ["__meta_hetzner_", "hetzner_sd_configs"],
  ["__meta_url", "http_sd_configs"],
  ["__meta_kuma_", "kuma_sd_configs"],
  ["__meta_linode_", "linode_sd_configs"],
  ["__meta_marathon_", "marathon_sd_configs"],
  ["__meta_nomad_", "nomad_sd_configs"],
  ["__meta_serverset_", "serverset_sd_configs"],
  ["__meta_nerve_", "nerve_sd_configs"],
  ["__meta_triton_", "triton_sd_configs"],
  ["__meta_eureka_", "eureka_sd_configs"],
  ["__meta_scaleway_", "scaleway_sd_configs"],
  ["__meta_uyuni_", "uyuni_sd_configs"],
  ["__meta_vultr_", "vultr_sd_configs"],
  ["__meta_ionos_", "ionos_sd_configs"],
  ["__meta_ovhcloud_", "ovhcloud_sd_configs"],
  ["__meta_puppetdb_", "puppetdb_sd_configs"],
  ["__meta_lightsail_", "lightsail_sd_configs"]
];
var relabel_unknown_meta_label_default = defineConfigCheck({
  id: "config/relabel-unknown-meta-label",
  severity: "warning",
  description: "Relabel only on __meta_* labels the job's service discovery sets.",
  messages: { never: "{label} is never set in this job: it has no {sd}, so this relabel rule sees an empty value" },
  hints: { never: "Add the {sd} this rule was written for, or remove the rule (it was probably copied from another job)." },
  check(ctx) {
    for (const o of ctx.schema.objects) {
      if (o.name !== "scrape_config" && o.name !== "alertmanager_config") continue;
      const rules = getValue(o.node, "relabel_configs");
      if (rules?.kind !== "seq") continue;
      let configured;
      for (const rule of rules.items) {
        const sl = getValue(rule, "source_labels");
        if (sl?.kind !== "seq") continue;
        for (const item of sl.items) {
          if (item.kind !== "scalar" || !item.text.startsWith("__meta_")) continue;
          const sd = META_PREFIXES.find(([p]) => item.text.startsWith(p))?.[1];
          if (!sd) continue;
          configured ??= new Set(Object.keys(sdConfigs).filter((k) => getValue(o.node, k)?.kind === "seq"));
          if (!configured.has(sd)) ctx.report({ messageId: "never", at: item, data: { label: item.text, sd } });
        }
      }
    }
  }
});

// src/config/checks/relabel-without-source-labels.ts
var relabel_without_source_labels_default = defineConfigCheck({
  id: "config/relabel-without-source-labels",
  severity: "warning",
  description: "Give keep and drop rules the source_labels they test.",
  messages: { missing: "{action} rule has no source_labels: its regex is matched against an empty string, so it {effect}" },
  hints: { missing: "Add the labels to test, e.g. `source_labels: [__name__]` (metric_relabel_configs) or `source_labels: [__address__]`." },
  check(ctx) {
    const matchesEmptyOf = /* @__PURE__ */ new Map();
    for (const r of ctx.relabels) {
      const a = getPair(r.node, "action");
      const action = (a ? scalarString(a.value) ?? "" : "").toLowerCase();
      if (action !== "keep" && action !== "drop" || isSet(r.node, "source_labels")) continue;
      const regex = scalarString(getPair(r.node, "regex")?.value) ?? "(.*)";
      let matchesEmpty = matchesEmptyOf.get(regex);
      if (matchesEmpty === void 0) {
        try {
          matchesEmpty = RE2JS.compile(`^(?s:${regex})$`).matches("");
        } catch {
          matchesEmpty = false;
        }
        matchesEmptyOf.set(regex, matchesEmpty);
      }
      const effect = action === "keep" === matchesEmpty ? "never removes anything" : `removes ${r.list === "metric_relabel_configs" ? "every series" : "every target"}`;
      ctx.report({ messageId: "missing", at: a.value, data: { action, effect } });
    }
  }
});

// src/config/checks/reserved-header.ts
var HTTP_RESERVED = /* @__PURE__ */ new Set([
  "authorization",
  "host",
  "content-encoding",
  "content-length",
  "content-type",
  "user-agent",
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "www-authenticate",
  "accept-encoding",
  "x-prometheus-remote-write-version",
  "x-prometheus-remote-read-version",
  "x-prometheus-scrape-timeout-seconds",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256"
]);
var REMOTE_RESERVED = /* @__PURE__ */ new Set([
  "host",
  "content-encoding",
  "content-length",
  "content-type",
  "user-agent",
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "www-authenticate",
  "accept-encoding",
  "x-prometheus-remote-write-version",
  "x-prometheus-remote-read-version",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256"
]);
var reserved_header_default = defineConfigCheck({
  id: "config/reserved-header",
  severity: "error",
  description: "Do not set headers Prometheus manages itself.",
  messages: {
    httpHeaders: 'setting header "{name}" is not allowed',
    remote: "{name} is a reserved header. It must not be changed",
    remoteAuth: "authorization header must be changed via the basic_auth, authorization, oauth2, sigv4, azuread or google_iam parameter",
    tracingAuth: "custom authorization header configuration is not yet supported"
  },
  hints: {
    httpHeaders: 'Remove "{name}"; configure it through the matching setting (basic_auth, authorization, ...) if there is one.',
    remote: 'Remove "{name}" from headers:.',
    remoteAuth: "Remove the header and use `authorization:` (or basic_auth/oauth2/sigv4) instead.",
    tracingAuth: "Remove the Authorization header from tracing headers:."
  },
  check(ctx) {
    for (const h of ctx.httpClients) {
      const hh = getPair(h.node, "http_headers")?.value;
      if (hh?.kind !== "map") continue;
      for (const p of hh.pairs) if (HTTP_RESERVED.has(p.name.toLowerCase())) ctx.report({ messageId: "httpHeaders", at: p.key, data: { name: p.name } });
    }
    for (const o of ctx.schema.objects) {
      if (o.name !== "remote_write" && o.name !== "remote_read" && o.name !== "tracing") continue;
      const hs = getPair(o.node, "headers")?.value;
      if (hs?.kind !== "map") continue;
      for (const p of hs.pairs) {
        const lower = p.name.toLowerCase();
        if (lower === "authorization") ctx.report({ messageId: o.name === "tracing" ? "tracingAuth" : "remoteAuth", at: p.key });
        else if (REMOTE_RESERVED.has(lower)) ctx.report({ messageId: "remote", at: p.key, data: { name: p.name } });
      }
    }
  }
});

// src/config/checks/scrape-timeout-exceeds-interval.ts
var scrape_timeout_exceeds_interval_default = defineConfigCheck({
  id: "config/scrape-timeout-exceeds-interval",
  severity: "error",
  description: "Keep scrape_timeout at or below scrape_interval.",
  messages: {
    job: 'scrape timeout greater than scrape interval for scrape config with job name "{name}": scrape_timeout {timeout} > scrape_interval {interval}{origin}',
    global: "global scrape timeout greater than scrape interval: {timeout} > {interval}"
  },
  hints: {
    job: "Set `scrape_timeout: {interval}` (or less) in this job, or raise its scrape_interval to at least {timeout}.",
    global: "Set `scrape_timeout: {interval}` (or less) under global:, or raise global scrape_interval."
  },
  check(ctx) {
    const g = ctx.global;
    const gInterval = parseDuration(text(g, "scrape_interval") ?? "") || 6e4;
    const gTimeoutSet = parseDuration(text(g, "scrape_timeout") ?? "") || 0;
    if (gTimeoutSet > gInterval) {
      const at = getPair(g, "scrape_timeout").value;
      ctx.report({ messageId: "global", at, data: { timeout: formatDuration(gTimeoutSet), interval: formatDuration(gInterval) } });
    }
    for (const ref of ctx.scrapeConfigs) {
      const n = ref.node;
      if (n.kind !== "map") continue;
      const ownInterval = parseDuration(text(n, "scrape_interval") ?? "") || 0;
      const ownTimeout = parseDuration(text(n, "scrape_timeout") ?? "") || 0;
      const interval = ownInterval || gInterval;
      if (!ownTimeout || ownTimeout <= interval) continue;
      const at = getPair(n, "scrape_timeout").value;
      const origin = ownInterval ? "" : " (scrape_interval inherited from global)";
      ctx.report({
        messageId: "job",
        at,
        data: { name: ref.jobName?.text ?? jobLabel(ref), timeout: formatDuration(ownTimeout), interval: formatDuration(interval), origin },
        related: ownInterval ? [{ at: getPair(n, "scrape_interval").value, label: "interval set here" }] : void 0
      });
    }
  }
});

// src/config/checks/target-without-port.ts
var target_without_port_default = defineConfigCheck({
  id: "config/target-without-port",
  severity: "warning",
  description: "Give every static target a port.",
  messages: { noPort: 'target "{target}" has no port: Prometheus {version} scrapes it on port {port} ({scheme} default)' },
  hints: { noPort: 'Write the exporter\'s port explicitly, e.g. `- "{target}:9100"`.' },
  check(ctx) {
    if (!ctx.isV3) return;
    for (const { owner, item } of staticConfigs(ctx)) {
      const targets = getValue(item, "targets");
      if (targets?.kind !== "seq") continue;
      const scheme = getValue(owner, "scheme");
      const https = scheme?.kind === "scalar" && scheme.text === "https";
      for (const t of targets.items) {
        if (t.kind !== "scalar" || t.isNull || t.text === "" || t.text.includes("/")) continue;
        const s = t.text;
        const hasPort = s.startsWith("[") ? /\]:/.test(s) : s.includes(":");
        if (!hasPort) ctx.report({ messageId: "noPort", at: t, data: { target: s, version: ctx.versionText, port: https ? 443 : 80, scheme: https ? "https" : "http" } });
      }
    }
  }
});

// src/config/checks/tls-version-order.ts
var tls_version_order_default = defineConfigCheck({
  id: "config/tls-version-order",
  severity: "warning",
  description: "Keep tls_config max_version at or above min_version.",
  messages: { order: 'tls_config.max_version {max} is below min_version {min}: Prometheus loads the file but cannot build this HTTP client ("tls_config.max_version must be greater than or equal to tls_config.min_version if both are specified"), so nothing using it is scraped or sent' },
  hints: { order: "Write `max_version: {min}` or higher, or remove max_version." },
  check(ctx) {
    for (const t of ctx.tlsConfigs) {
      const min = getPair(t.node, "min_version");
      const max = getPair(t.node, "max_version");
      if (!min || !max) continue;
      const a = TLS_VERSIONS.indexOf(scalarString(min.value) ?? "");
      const b = TLS_VERSIONS.indexOf(scalarString(max.value) ?? "");
      if (a >= 0 && b >= 0 && b < a) {
        ctx.report({ messageId: "order", at: max.value, data: { max: TLS_VERSIONS[b], min: TLS_VERSIONS[a] }, related: [{ at: min.value, label: "min_version set here" }] });
      }
    }
  }
});

// src/config/checks/unreadable-file.ts
var unreadable_file_default = defineConfigCheck({
  id: "config/unreadable-file",
  severity: "warning",
  description: "Keep scrape_config_files inside the repository, readable.",
  messages: { unreadable: "{file} (from scrape_config_files) was not checked: {reason}" },
  hints: { unreadable: "Keep scrape config files next to prometheus.yml in the repository, with a relative path." },
  check(ctx) {
    for (const i of ctx.fileIssues) {
      if (i.kind === "unreadable") ctx.report({ messageId: "unreadable", at: i.span, data: { file: i.file, reason: i.message ?? "unreadable" } });
    }
  }
});

// src/config/checks/yaml-alias-bomb.ts
var yaml_alias_bomb_default = defineConfigCheck({
  id: "config/yaml-alias-bomb",
  severity: "error",
  description: "Do not use aliases that expand the document beyond reason.",
  messages: { bomb: "YAML aliases expand this document too far: {message}" },
  hints: { bomb: "Write the repeated sections out, or use fewer nested aliases (*name)." },
  check(ctx) {
    for (const i of ctx.parseIssues) if (i.kind === "alias-limit") ctx.report({ messageId: "bomb", at: i.span, data: { message: i.message } });
  }
});

// src/config/checks/yaml-syntax.ts
var yaml_syntax_default = defineConfigCheck({
  id: "config/yaml-syntax",
  severity: "error",
  description: "Write prometheus.yml as valid YAML.",
  messages: {
    syntax: "YAML syntax error: {message}",
    tab: "a tab is used for indentation; YAML allows only spaces",
    tooDeep: "YAML could not be read: {message}"
  },
  hints: {
    syntax: 'Fix the YAML at this position (check indentation, quotes and the ":" after each key).',
    tab: "Replace the tab at the start of this line with spaces (2 per level is usual).",
    tooDeep: "Flatten the document: Prometheus configs never nest this deep."
  },
  check(ctx) {
    for (const i of ctx.parseIssues) {
      if (i.kind === "syntax") ctx.report({ messageId: "syntax", at: i.span, data: { message: i.message } });
      else if (i.kind === "tab-indent") ctx.report({ messageId: "tab", at: i.span });
      else if (i.kind === "too-deep") ctx.report({ messageId: "tooDeep", at: i.span, data: { message: i.message } });
    }
  }
});

// src/config/checks/index.ts
var allChecks = [
  agent_mode_field_default,
  duplicate_job_name_default,
  duplicate_key_default,
  duplicate_remote_name_default,
  empty_file_default,
  empty_section_default,
  extra_documents_default,
  file_too_large_default,
  insecure_skip_verify_default,
  invalid_azuread_default,
  invalid_duration_default,
  invalid_label_name_default,
  invalid_metrics_path_default,
  invalid_regex_default,
  invalid_relabel_config_default,
  invalid_scheme_default,
  invalid_sd_config_default,
  invalid_target_default,
  invalid_type_default,
  invalid_url_default,
  invalid_value_default,
  long_scrape_interval_default,
  missing_file_default,
  missing_job_name_default,
  missing_required_field_default,
  mutually_exclusive_fields_default,
  not_utf8_default,
  plaintext_secret_default,
  relabel_unknown_meta_label_default,
  relabel_without_source_labels_default,
  reserved_header_default,
  scrape_timeout_exceeds_interval_default,
  target_without_port_default,
  tls_version_order_default,
  unknown_field_default,
  unreadable_file_default,
  yaml_alias_bomb_default,
  yaml_syntax_default
];

// src/config/load-config.ts
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
var MAX_SCRAPE_CONFIG_FILES = 200;
var MAX_FINDINGS_PER_RULE = 200;
function loadConfig(bytes, options) {
  const versionText = normalizeVersion(options.prometheusVersion);
  const version = parseVersion(versionText, [3, 14]);
  const configDir = resolve3(options.configDir);
  const facts = {
    options: { ...options, configDir },
    versionText,
    version,
    isV3: version[0] >= 3,
    fileIssues: [],
    parseIssues: [],
    schema: { issues: [], secrets: [], paths: [], labelKeys: [], objects: [] },
    config: { file: resolve3(configDir, basename(options.file)), prometheusVersion: versionText, jobs: [], ruleFiles: [], scrapeConfigFiles: [] },
    scrapeConfigs: [],
    httpClients: [],
    tlsConfigs: [],
    relabels: [],
    globalScheme: version[0] >= 3 ? "utf8" : "legacy"
  };
  const main = readSource(bytes, options.file, configDir, facts);
  facts.root = main.root;
  const root = main.root?.kind === "map" ? main.root : void 0;
  const objectSources = [];
  let allTrees = true;
  const walkSource = (src, ty) => {
    if (!src.root) return;
    if (!src.tree) allTrees = false;
    objectSources.push({ from: facts.schema.objects.length, file: src.file, dir: src.dir });
    mergeSchema(facts.schema, walkSchema(src.root, ty, versionText, { tree: src.tree }));
  };
  walkSource(main, rootConfig);
  facts.global = asMap(getValue(root, "global"));
  const scheme = scalarString(getValue(facts.global, "metric_name_validation_scheme"));
  if (facts.isV3 && scheme === "legacy") facts.globalScheme = "legacy";
  addScrapeConfigs(facts, getValue(root, "scrape_configs"), options.file, configDir);
  for (const [k, list2] of [["rule_files", facts.config.ruleFiles], ["scrape_config_files", facts.config.scrapeConfigFiles]]) {
    const n = getValue(root, k);
    if (n?.kind === "seq") {
      for (const i of n.items) if (i.kind === "scalar" && !i.isNull) list2.push({ value: i.text, span: i.span });
    }
  }
  for (const src of readScrapeConfigFiles(facts)) {
    if (!src.root) continue;
    walkSource(src, scrapeConfigFile);
    addScrapeConfigs(facts, getValue(src.root, "scrape_configs"), src.file, src.dir);
  }
  const dirOf = /* @__PURE__ */ new Map([[options.file, configDir]]);
  for (const s of objectSources) dirOf.set(s.file, s.dir);
  const objects = facts.schema.objects;
  for (let k = 0; k < objectSources.length; k++) {
    const { file } = objectSources[k];
    const dir = dirOf.get(file) ?? configDir;
    const to = k + 1 < objectSources.length ? objectSources[k + 1].from : objects.length;
    for (let j = objectSources[k].from; j < to; j++) {
      const o = objects[j];
      if (o.http) facts.httpClients.push({ node: o.node, where: o.name, file, dir });
      if (o.name === "tls_config") facts.tlsConfigs.push({ node: o.node, where: o.field, dir });
    }
  }
  collectRelabels(facts, allTrees);
  const global = buildGlobal(facts);
  facts.config.global = global;
  const findings = [];
  for (const check of allChecks) {
    let reported = 0;
    let suppressed = 0;
    const ctx = {
      ...facts,
      report(r) {
        if (++reported > MAX_FINDINGS_PER_RULE) {
          suppressed++;
          return;
        }
        const args = {
          messageId: r.messageId,
          data: r.data && safeData(r.data),
          location: spanOf(r.at),
          related: r.related?.map((x) => ({ span: spanOf(x.at), label: x.label })),
          severity: r.severity
        };
        findings.push(toFinding(check, args));
      }
    };
    try {
      check.check(ctx);
    } catch (e) {
      findings.push({
        rule: check.id,
        severity: "error",
        message: `promgate could not run this check: ${e.message}`,
        hint: "This is a promgate bug; please report it with the config that triggers it.",
        location: { file: options.file, line: 1, column: 1, endLine: 1, endColumn: 1 }
      });
    }
    if (suppressed > 0) {
      const last = findings[findings.length - 1];
      findings.push({
        rule: check.id,
        severity: last?.rule === check.id ? last.severity : check.severity,
        message: `${suppressed} more ${check.id} finding(s) not listed (only the first ${MAX_FINDINGS_PER_RULE} are)`,
        hint: "Fix the listed ones first; the rest are usually the same mistake repeated.",
        location: last?.location ?? { file: options.file, line: 1, column: 1, endLine: 1, endColumn: 1 }
      });
    }
  }
  findings.sort(compareFindings);
  if (options.buildJobs !== false) {
    const errorsAt = errorIndex(findings);
    const defaults = jobDefaults(facts.global);
    for (const ref of facts.scrapeConfigs) {
      const job = buildJob(ref, global, facts, defaults);
      if (!job) continue;
      if (!hasErrorWithin(errorsAt, job.span)) facts.config.jobs.push(job);
    }
  }
  return { config: facts.config, findings, text: main.text };
}
function safeText(v, max = 160) {
  let s = v.length > max ? `${v.slice(0, max)}\u2026` : v;
  s = s.replace(/([^/@\s:"'`]{1,256}):[^/@\s"'`]{1,256}@/g, "$1:<secret>@");
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\n/g, "\\n");
}
var COMPOSED = /* @__PURE__ */ new Set(["problem", "prom", "fix", "example", "why", "extra", "effect", "origin", "suggest", "actions", "known"]);
function safeData(data) {
  const out = {};
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== "string") out[k] = v;
    else if (k === "fix" || k === "example") out[k] = safeText(v, 600).replace(/\\n/g, "\n");
    else out[k] = safeText(v, COMPOSED.has(k) ? 600 : 160);
  }
  return out;
}
function normalizeVersion(v) {
  const t = v?.trim() ?? "";
  const m = /^v?(\d+)\.(\d+)/.exec(t);
  if (m) return `${Number(m[1])}.${Number(m[2])}`;
  if (/^v?2(\.x)?$/.test(t)) return "2.55";
  return DEFAULT_PROMETHEUS_VERSION;
}
var pos = (line, column) => line * 1e7 + column;
function errorIndex(findings) {
  const m = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.severity !== "error") continue;
    let a = m.get(f.location.file);
    if (!a) m.set(f.location.file, a = []);
    a.push(pos(f.location.line, f.location.column));
  }
  for (const a of m.values()) a.sort((x, y) => x - y);
  return m;
}
function hasErrorWithin(index, span) {
  const a = index.get(span.file);
  if (!a) return false;
  const lo = pos(span.line, span.column);
  let l = 0;
  let h = a.length;
  while (l < h) {
    const mid = l + h >> 1;
    if (a[mid] < lo) l = mid + 1;
    else h = mid;
  }
  return l < a.length && a[l] <= pos(span.endLine, span.endColumn);
}
function asMap(n) {
  return n?.kind === "map" ? n : void 0;
}
function mergeSchema(into, from) {
  const add = (a, b) => {
    if (a.length === 0) return b;
    for (let k = 0; k < b.length; k++) a.push(b[k]);
    return a;
  };
  into.issues = add(into.issues, from.issues);
  into.secrets = add(into.secrets, from.secrets);
  into.paths = add(into.paths, from.paths);
  into.labelKeys = add(into.labelKeys, from.labelKeys);
  into.objects = add(into.objects, from.objects);
}
function addScrapeConfigs(facts, list2, file, dir) {
  if (list2?.kind !== "seq") return;
  list2.items.forEach((node, index) => {
    const jn = getValue(node, "job_name");
    const ref = { node, index, file, dir };
    if (jn?.kind === "scalar" && !jn.isNull && jn.text !== "") ref.jobName = jn;
    facts.scrapeConfigs.push(ref);
  });
}
function collectRelabels(facts, trees) {
  const lists = /* @__PURE__ */ new Set(["relabel_configs", "metric_relabel_configs", "write_relabel_configs", "alert_relabel_configs"]);
  const seen = trees ? void 0 : /* @__PURE__ */ new Set();
  const schemeFor = (owner) => {
    const own = scalarString(getValue(owner, "metric_name_validation_scheme"));
    if (facts.isV3 && (own === "legacy" || own === "utf8")) return own;
    return facts.globalScheme;
  };
  for (const o of facts.schema.objects) {
    let scheme;
    for (const p of o.node.pairs) {
      if (!lists.has(p.name) || p.value.kind !== "seq") continue;
      for (const item of p.value.items) {
        if (seen) {
          if (seen.has(item)) continue;
          seen.add(item);
        }
        scheme ??= schemeFor(o.name === "scrape_config" ? o.node : void 0);
        facts.relabels.push({ node: item, list: p.name, scheme });
      }
    }
  }
}
function readSource(bytes, file, dir, facts) {
  const at0 = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (bytes.length > MAX_CONFIG_BYTES) {
    facts.fileIssues.push({ kind: "too-large", file, span: at0, n: bytes.length });
    return { file, dir };
  }
  let text2;
  try {
    text2 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const off = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, off));
    const lines = before.split("\n");
    const line = lines.length;
    const column = lines[lines.length - 1].length + 1;
    facts.fileIssues.push({ kind: "not-utf8", file, n: off, span: { file, line, column, endLine: line, endColumn: column + 1 } });
    text2 = new TextDecoder("utf-8").decode(bytes);
  }
  if (isEmptyYaml(text2)) {
    facts.fileIssues.push({ kind: "empty", file, span: at0 });
    return { file, dir, text: text2 };
  }
  let parsed;
  try {
    parsed = parseYaml(text2, file);
  } catch (e) {
    facts.parseIssues.push({ kind: "too-deep", message: `the YAML could not be read: ${e.message}`, span: at0 });
    return { file, dir, text: text2 };
  }
  for (const i of parsed.issues) facts.parseIssues.push(i);
  if (parsed.issues.some((i) => i.kind === "alias-limit" || i.kind === "too-deep")) return { file, dir, text: text2 };
  return { file, dir, text: text2, root: parsed.root, tree: parsed.tree };
}
function isEmptyYaml(text2) {
  let p = 0;
  while (p < text2.length) {
    let nl = text2.indexOf("\n", p);
    if (nl < 0) nl = text2.length;
    const line = text2.slice(p, Math.min(nl, p + 200)).replace(/#.*$/, "").trim();
    if (line !== "" && line !== "---" && line !== "..." && line !== "~" && line !== "null" && line !== "--- ~" && line !== "--- null") return false;
    p = nl + 1;
  }
  return true;
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    let min = 0;
    if (c < 128) {
      i++;
      continue;
    } else if (c >= 194 && c <= 223) {
      n = 1;
      min = 128;
    } else if (c >= 224 && c <= 239) {
      n = 2;
      min = 2048;
    } else if (c >= 240 && c <= 244) {
      n = 3;
      min = 65536;
    } else return i;
    if (i + n >= b.length) return i;
    let cp = c & 63 >> n;
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
      cp = cp << 6 | cc & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += n + 1;
  }
  return b.length;
}
function readScrapeConfigFiles(facts) {
  const out = [];
  const ws = safeRealpath(resolve3(facts.options.workspaceDir ?? facts.options.configDir));
  for (const entry of facts.config.scrapeConfigFiles) {
    const pattern = joinDir(facts.options.configDir, entry.value);
    if (!/^[^*]*(\*[^/]*)?$/.test(entry.value)) continue;
    let files;
    try {
      files = expandGlob(pattern);
    } catch {
      files = [];
    }
    for (const f of files) {
      if (out.length >= MAX_SCRAPE_CONFIG_FILES) return out;
      const shown = displayPath(facts, f);
      const real2 = safeRealpath(f);
      if (!ws || !real2 || !(real2 === ws || real2.startsWith(ws + sep2))) {
        facts.fileIssues.push({ kind: "unreadable", file: shown, span: entry.span, message: "outside the workspace, not read" });
        continue;
      }
      let bytes;
      try {
        if (statSync2(real2).size > MAX_CONFIG_BYTES) {
          facts.fileIssues.push({ kind: "too-large", file: shown, span: entry.span, n: statSync2(real2).size });
          continue;
        }
        bytes = readFileSync(real2);
      } catch (e) {
        facts.fileIssues.push({ kind: "unreadable", file: shown, span: entry.span, message: e.code ?? "unreadable" });
        continue;
      }
      out.push(readSource(bytes, shown, dirname(f), facts));
    }
  }
  return out;
}
function displayPath(facts, abs) {
  const base = dirname(facts.options.file);
  const rel = relative(facts.options.configDir, abs);
  return rel.startsWith("..") ? abs : base === "." ? rel : join(base, rel);
}
function safeRealpath(p) {
  try {
    return realpathSync2(p);
  } catch {
    return void 0;
  }
}
function expandGlob(pattern) {
  if (!/[*?[]/.test(pattern)) {
    try {
      return statSync2(pattern).isFile() ? [pattern] : [];
    } catch {
      return [];
    }
  }
  const dir = dirname(pattern);
  const base = basename(pattern);
  const re = new RegExp(`^${base.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.filter((n) => re.test(n)).map((n) => join(dir, n)).filter((f) => {
    try {
      return statSync2(f).isFile();
    } catch {
      return false;
    }
  });
}

// src/gate.ts
var MAX_CONFIG_BYTES2 = 64 * 1024 * 1024;
var MAX_TARGETS = 500;
var SCRAPE_CONCURRENCY = 8;
var tooManyTargets = defineRule({
  id: "gate/too-many-targets",
  severity: "warning",
  description: "Keep one gate run within the number of targets promgate scrapes.",
  messages: { tooMany: "the config declares {count} targets; promgate scrapes the first {max} and skips the rest, starting here" },
  hints: { tooMany: "Check the remaining targets in another run (a config per environment), or lint only with mode: lint." }
});
async function gate(options) {
  const workspace = resolve4(options.workspace);
  const configAbs = resolve4(workspace, options.configPath);
  const file = displayPath2(configAbs, workspace);
  const bytes = readConfig(configAbs, file);
  const prometheusVersion = options.prometheusVersion ?? DEFAULT_PROMETHEUS_VERSION;
  const findings = [];
  const targets = [];
  const loaded = loadConfig(bytes, {
    file,
    configDir: dirname2(configAbs),
    workspaceDir: workspace,
    prometheusVersion,
    syntaxOnly: options.syntaxOnly,
    agentMode: options.agentMode,
    buildJobs: options.mode === "check"
  });
  const sources = { [file]: loaded.text ?? new TextDecoder().decode(bytes) };
  for (const f of loaded.findings) findings.push(f);
  const config = loaded.config;
  if (config.ruleFiles.length > 0) {
    const { checkRuleFiles } = await import("./check-rule-files-6SN6MWCR.js");
    const rules = checkRuleFiles(config, { syntaxOnly: options.syntaxOnly, workspace, features: options.features, ignoreUnknownFields: options.ignoreUnknownFields });
    findings.push(...rules.findings);
    Object.assign(sources, rules.sources);
  }
  if (options.mode === "check") {
    const { resolveTargets } = await import("./resolve-targets-RPSWTHPV.js");
    const { scrapeTarget } = await import("./scrape-target-RXNP5XN2.js");
    const planned = [];
    for (const job of config.jobs) {
      const resolved = resolveTargets(job, { configDir: dirname2(configAbs), workspace, prometheusVersion });
      findings.push(...resolved.findings);
      Object.assign(sources, resolved.sources);
      for (const target of resolved.targets) planned.push({ target, job });
    }
    if (planned.length > MAX_TARGETS) {
      const first = planned[MAX_TARGETS].target;
      findings.push(toFinding(tooManyTargets, {
        messageId: "tooMany",
        data: { count: planned.length, max: MAX_TARGETS },
        location: first.span
      }));
      planned.length = MAX_TARGETS;
    }
    const scrapeOptions = { allow: options.allow, prometheusVersion, configDir: dirname2(configAbs), workspace };
    const outcomes = await mapBounded(
      planned,
      SCRAPE_CONCURRENCY,
      ({ target, job }) => scrapeTarget(target, job, scrapeOptions)
    );
    outcomes.forEach((outcome, i) => {
      const { target } = planned[i];
      findings.push(...outcome.findings);
      targets.push({
        job: target.job,
        url: target.url,
        span: target.span,
        ok: outcome.ok,
        layer: outcome.layer,
        status: outcome.status,
        samples: outcome.samples,
        durationMs: outcome.durationMs
      });
    });
  }
  findings.sort(compareFindings);
  const failed = targets.filter((t) => !t.ok).length;
  return { findings, summary: summarize(findings, targets.length, failed), targets, sources };
}
function readConfig(abs, shown) {
  let size2;
  try {
    const st = statSync3(abs);
    if (!st.isFile()) throw new InputError(`${shown}: not a regular file`);
    size2 = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${shown}: cannot read config (${e.code ?? String(e)})`);
  }
  if (size2 > MAX_CONFIG_BYTES2) {
    throw new InputError(`${shown}: config is ${size2} bytes; promgate reads at most ${MAX_CONFIG_BYTES2} bytes`);
  }
  try {
    return readFileSync2(abs);
  } catch (e) {
    throw new InputError(`${shown}: cannot read config (${e.code ?? String(e)})`);
  }
}
function displayPath2(abs, workspace) {
  const rel = relative2(workspace, abs);
  return rel && !rel.startsWith("..") && !isAbsolute2(rel) ? rel.split("\\").join("/") : abs;
}
async function mapBounded(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export {
  metaOf,
  allChecks,
  MAX_CONFIG_BYTES2 as MAX_CONFIG_BYTES,
  MAX_TARGETS,
  SCRAPE_CONCURRENCY,
  tooManyTargets,
  gate,
  displayPath2 as displayPath,
  mapBounded
};
