import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  RE2JS
} from "./chunk-ECLXGZKV.js";

// src/targets/relabel.ts
import { createHash } from "node:crypto";

// src/targets/go-expand.ts
var NAME_CHAR = /[\p{L}\p{Nd}_]/u;
function expandTemplate(template, match) {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf("$", i);
    if (dollar < 0) break;
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === "$") {
      out += "$";
      i++;
      continue;
    }
    const ref = extractName(template, i);
    if (!ref) {
      out += "$";
      continue;
    }
    i = ref.next;
    out += lookup(ref.name, match);
  }
  return out + template.slice(i);
}
function extractName(s, at) {
  let i = at;
  const brace = s[i] === "{";
  if (brace) i++;
  const start = i;
  for (const ch of s.slice(i)) {
    if (!NAME_CHAR.test(ch)) break;
    i += ch.length;
  }
  if (i === start) return void 0;
  const name = s.slice(start, i);
  if (brace) {
    if (s[i] !== "}") return void 0;
    i++;
  }
  return { name, next: i };
}
function lookup(name, match) {
  let num = 0;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 48 || c > 57 || num >= 1e8) {
      num = -1;
      break;
    }
    num = num * 10 + (c - 48);
  }
  if (name.length > 1 && name[0] === "0") num = -1;
  if (num >= 0) return match.groups[num] ?? "";
  const idx = match.names[name];
  return idx === void 0 ? "" : match.groups[idx] ?? "";
}

// src/targets/relabel.ts
function compileRelabel(config, dotAll = true) {
  try {
    const regex = RE2JS.compile(`^(?${dotAll ? "s" : ""}:${config.regex ?? "(.*)"})$`);
    return { config, regex, names: { ...regex.namedGroups() } };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
var LabelSet = class {
  map = /* @__PURE__ */ new Map();
  constructor(init) {
    if (init) for (const [k, v] of init) this.set(k, v);
  }
  get(name) {
    return this.map.get(name) ?? "";
  }
  set(name, value) {
    if (value === "") this.map.delete(name);
    else this.map.set(name, value);
  }
  delete(name) {
    this.map.delete(name);
  }
  /** Names in sorted order, as Go's labels iterate. */
  names() {
    return [...this.map.keys()].sort();
  }
  toObject(filter = () => true) {
    const out = {};
    for (const name of this.names()) if (filter(name)) out[name] = this.map.get(name);
    return out;
  }
};
var LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function matchGroups(step, value) {
  const m = step.regex.matcher(value);
  if (!m.find()) return void 0;
  const groups = [];
  for (let i = 0; i <= m.groupCount(); i++) groups.push(m.start(i) < 0 ? null : m.group(i));
  return { groups, names: step.names };
}
function matches(step, value) {
  return step.regex.matcher(value).find();
}
function hashmod(value, modulus) {
  const digest = createHash("md5").update(value, "utf8").digest();
  return (digest.readBigUInt64BE(8) % BigInt(modulus)).toString();
}
function relabel(labels, steps, options) {
  const validName = (n) => options.legacyLabelNames ? LEGACY_LABEL_NAME.test(n) : n.length > 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const cfg = step.config;
    const value = cfg.sourceLabels.map((n) => labels.get(n)).join(cfg.separator ?? ";");
    const target = cfg.targetLabel ?? "";
    switch ((cfg.action ?? "replace").toLowerCase()) {
      case "drop":
        if (matches(step, value)) return i;
        break;
      case "keep":
        if (!matches(step, value)) return i;
        break;
      case "dropequal":
        if (labels.get(target) === value) return i;
        break;
      case "keepequal":
        if (labels.get(target) !== value) return i;
        break;
      case "replace": {
        const m = matchGroups(step, value);
        if (!m) break;
        const name = expandTemplate(target, m);
        if (!validName(name)) break;
        labels.set(name, expandTemplate(cfg.replacement ?? "$1", m));
        break;
      }
      case "lowercase":
        if (target) labels.set(target, value.toLowerCase());
        break;
      case "uppercase":
        if (target) labels.set(target, value.toUpperCase());
        break;
      case "hashmod":
        if (target && cfg.modulus && cfg.modulus > 0) labels.set(target, hashmod(value, cfg.modulus));
        break;
      case "labelmap":
        for (const name of labels.names()) {
          const m = matchGroups(step, name);
          if (!m) continue;
          labels.set(expandTemplate(cfg.replacement ?? "$1", m), labels.get(name));
        }
        break;
      case "labeldrop":
        for (const name of labels.names()) if (matches(step, name)) labels.delete(name);
        break;
      case "labelkeep":
        for (const name of labels.names()) if (!matches(step, name)) labels.delete(name);
        break;
      default:
        break;
    }
  }
  return -1;
}

export {
  compileRelabel,
  LabelSet,
  relabel
};
