import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  defineCheck,
  defineRule,
  toFinding
} from "./chunk-GP62AVUT.js";

// src/exposition/lints/context.ts
function defineLint(lint) {
  return defineCheck(lint);
}
function promTypeOf(type) {
  switch (type) {
    case "counter":
      return "counter";
    case "gauge":
      return "gauge";
    case "summary":
      return "summary";
    case "histogram":
      return "histogram";
    case "gaugehistogram":
      return "gauge_histogram";
    // info and stateset series are gauges once ingested
    case "info":
    case "stateset":
      return "gauge";
    case "untyped":
    case "unknown":
      return "untyped";
  }
}
function promNameOf(family) {
  if (family.format === "openmetrics-1.0.0") {
    if (family.type === "counter" && !family.name.endsWith("_total")) return family.name + "_total";
    if (family.type === "info" && !family.name.endsWith("_info")) return family.name + "_info";
  }
  return family.name;
}

// src/exposition/lints/units.ts
var UNITS = /* @__PURE__ */ new Map([
  // base units
  ["amperes", "amperes"],
  ["bytes", "bytes"],
  ["celsius", "celsius"],
  ["grams", "grams"],
  ["joules", "joules"],
  ["kelvin", "kelvin"],
  ["meters", "meters"],
  ["metres", "metres"],
  ["seconds", "seconds"],
  ["volts", "volts"],
  // time
  ["minutes", "seconds"],
  ["hours", "seconds"],
  ["days", "seconds"],
  ["weeks", "seconds"],
  // temperature
  ["kelvins", "kelvin"],
  ["fahrenheit", "celsius"],
  ["rankine", "celsius"],
  // length
  ["inches", "meters"],
  ["yards", "meters"],
  ["miles", "meters"],
  // data, energy, mass
  ["bits", "bytes"],
  ["calories", "joules"],
  ["pounds", "grams"],
  ["ounces", "grams"]
]);
var UNIT_PREFIXES = [
  "pico",
  "nano",
  "micro",
  "milli",
  "centi",
  "deci",
  "deca",
  "hecto",
  "kilo",
  "kibi",
  "mega",
  "mibi",
  "giga",
  "gibi",
  "tera",
  "tebi",
  "peta",
  "pebi"
];
var UNIT_ABBREVIATIONS = [
  "s",
  "ms",
  "us",
  "ns",
  "sec",
  "b",
  "kb",
  "mb",
  "gb",
  "tb",
  "pb",
  "m",
  "h",
  "d"
];
function metricUnit(name) {
  for (const part of name.split("_")) {
    const bare = UNITS.get(part);
    if (bare !== void 0) return { unit: part, base: bare };
    if (part.length < 8) continue;
    for (const p of UNIT_PREFIXES) {
      if (part.startsWith(p)) {
        const base = UNITS.get(part.slice(p.length));
        if (base !== void 0) return { unit: part, base };
      }
    }
  }
  return void 0;
}
function hasNamePart(lower, x) {
  let needles = NEEDLES.get(x);
  if (needles === void 0) {
    needles = [`_${x}_`, `_${x}`];
    if (NEEDLES.size < 256) NEEDLES.set(x, needles);
  }
  return lower.includes(needles[0]) || lower.endsWith(needles[1]);
}
var NEEDLES = /* @__PURE__ */ new Map();

// src/exposition/lints/abbreviated-unit.ts
var abbreviated_unit_default = defineLint({
  id: "exposition/lint-abbreviated-unit",
  severity: "warning",
  description: 'Spell units out in metric names ("seconds", not "s" or "ms").',
  messages: { abbreviated: "{name} metric names should not contain abbreviated units" },
  hints: { abbreviated: 'Replace "_{abbreviation}" in the name with the base unit spelled out (e.g. "_seconds", "_bytes").' },
  check({ name, report }) {
    const lower = name.toLowerCase();
    for (const a of UNIT_ABBREVIATIONS) if (hasNamePart(lower, a)) report("abbreviated", { name, abbreviation: a });
  }
});

// src/exposition/lints/camel-case.ts
var CAMEL = /[a-z][A-Z]/;
function toSnakeCase(s) {
  return s.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}
var camel_case_default = defineLint({
  id: "exposition/lint-camel-case",
  severity: "warning",
  description: "Write metric and label names in 'snake_case'.",
  messages: {
    metric: "{name} metric names should be written in 'snake_case' not 'camelCase'",
    label: "{name} label names should be written in 'snake_case' not 'camelCase'"
  },
  hints: {
    metric: 'Rename the metric to "{suggestion}".',
    label: 'Rename the label "{label}" to "{suggestion}".'
  },
  check({ family, name, report }) {
    if (CAMEL.test(name)) report("metric", { name, suggestion: toSnakeCase(name) });
    for (const label of [...family.labelNames].sort()) {
      if (CAMEL.test(label)) report("label", { name, label, suggestion: toSnakeCase(label) });
    }
  }
});

// src/exposition/lints/colon-in-name.ts
var colon_in_name_default = defineLint({
  id: "exposition/lint-colon-in-name",
  severity: "warning",
  description: "Keep colons out of exported metric names; they are reserved for recording rules.",
  messages: { colon: "{name} metric names should not contain ':'" },
  hints: { colon: 'Use "_" instead of ":", e.g. "{suggestion}".' },
  check({ name, report }) {
    if (name.includes(":")) report("colon", { name, suggestion: name.replaceAll(":", "_") });
  }
});

// src/exposition/lints/counter-total-suffix.ts
var counter_total_suffix_default = defineLint({
  id: "exposition/lint-counter-total-suffix",
  severity: "warning",
  description: 'End counter names in "_total", and only counter names.',
  messages: {
    counterWithout: '{name} counter metrics should have "_total" suffix',
    nonCounterWith: '{name} non-counter metrics should not have "_total" suffix'
  },
  hints: {
    counterWithout: 'Rename the counter to "{name}_total".',
    nonCounterWith: 'Drop "_total" from the name of this {type}, or make it a counter if it only ever goes up.'
  },
  check({ name, promType, report }) {
    const hasTotal = name.endsWith("_total");
    if (promType === "counter" && !hasTotal) report("counterWithout", { name });
    else if (promType !== "counter" && promType !== "untyped" && hasTotal) {
      report("nonCounterWith", { name, type: promType });
    }
  }
});

// src/exposition/lints/missing-help.ts
var missing_help_default = defineLint({
  id: "exposition/lint-missing-help",
  severity: "warning",
  description: "Give every metric family a HELP line.",
  messages: { missing: "{name} no help text" },
  hints: { missing: 'Add "# HELP {name} <what it measures>" before the samples of {name}.' },
  check({ family, name, report }) {
    if (family.help === void 0) report("missing", { name });
  }
});

// src/exposition/lints/non-base-unit.ts
var non_base_unit_default = defineLint({
  id: "exposition/lint-non-base-unit",
  severity: "warning",
  description: "Use base units (seconds, bytes, meters, ...) in metric names.",
  messages: { nonBase: '{name} use base unit "{base}" instead of "{unit}"' },
  hints: { nonBase: 'Expose the value in {base} and name the metric with "{base}" instead of "{unit}".' },
  check({ name, report }) {
    const found = metricUnit(name);
    if (found && found.unit !== found.base) report("nonBase", { name, base: found.base, unit: found.unit });
  }
});

// src/exposition/lints/reserved-suffix-or-label.ts
var reserved_suffix_or_label_default = defineLint({
  id: "exposition/lint-reserved-suffix-or-label",
  severity: "warning",
  description: 'Keep the "_bucket", "_count" and "_sum" suffixes and the "le" and "quantile" labels for histograms and summaries.',
  messages: {
    bucket: '{name} non-histogram metrics should not have "_bucket" suffix',
    count: '{name} non-histogram and non-summary metrics should not have "_count" suffix',
    sum: '{name} non-histogram and non-summary metrics should not have "_sum" suffix',
    le: '{name} non-histogram metrics should not have "le" label',
    quantile: '{name} non-summary metrics should not have "quantile" label'
  },
  hints: {
    bucket: 'Rename the metric without "_bucket", or expose it as a histogram.',
    count: 'Rename the metric without "_count" (a counter of things is "<thing>s_total").',
    sum: 'Rename the metric without "_sum", or expose it as a histogram or summary.',
    le: 'Rename the "le" label, or expose the family as a histogram.',
    quantile: 'Rename the "quantile" label, or expose the family as a summary.'
  },
  check({ family, name, promType, report }) {
    if (promType === "untyped") return;
    const histogram = promType === "histogram" || promType === "gauge_histogram";
    const summary = promType === "summary";
    if (!histogram && name.endsWith("_bucket")) report("bucket", { name });
    if (!histogram && !summary && name.endsWith("_count")) report("count", { name });
    if (!histogram && !summary && name.endsWith("_sum")) report("sum", { name });
    if (!histogram && family.labelNames.has("le")) report("le", { name });
    if (!summary && family.labelNames.has("quantile")) report("quantile", { name });
  }
});

// src/exposition/lints/type-in-name.ts
var TYPE_NAMES = ["counter", "gauge", "gauge_histogram", "histogram", "summary"];
var type_in_name_default = defineLint({
  id: "exposition/lint-type-in-name",
  severity: "warning",
  description: "Leave the metric type out of the metric name.",
  messages: { typeInName: "{name} metric name should not include type '{type}'" },
  hints: { typeInName: 'Drop "{type}" from the name: the TYPE line already says what it is.' },
  check({ name, report }) {
    const lower = name.toLowerCase();
    for (const type of TYPE_NAMES) if (hasNamePart(lower, type)) report("typeInName", { name, type });
  }
});

// src/exposition/lints/index.ts
var LINTS = [
  abbreviated_unit_default,
  camel_case_default,
  colon_in_name_default,
  counter_total_suffix_default,
  missing_help_default,
  non_base_unit_default,
  reserved_suffix_or_label_default,
  type_in_name_default
];
var allLints = LINTS.map(({ check: _check, ...meta }) => meta);
var MAX_FINDINGS_PER_LINT = 20;
function anchorOf(family, file) {
  const s = family.nameSpan;
  if (s) return { file, line: s.line, column: s.column, endLine: s.line, endColumn: s.endColumn };
  const line = family.typeLine ?? family.helpLine ?? family.firstLine;
  return { file, line, column: 1, endLine: line, endColumn: 1 };
}
function runLints(family, report, options = { file: "<payload>" }) {
  let location;
  let lint = LINTS[0];
  let configured;
  let count = 0;
  const ctx = {
    family,
    name: promNameOf(family),
    promType: promTypeOf(family.type),
    report(messageId, data) {
      if (++count > MAX_FINDINGS_PER_LINT) return;
      location ??= anchorOf(family, options.file);
      report(toFinding(lint, {
        messageId,
        data,
        location: { ...location },
        severity: configured,
        extra: { verdict: { kind: "accepted-but-wrong" } }
      }));
    }
  };
  for (const l of LINTS) {
    const c = options.severities?.[l.id];
    if (c === "off") continue;
    lint = l;
    configured = c;
    count = 0;
    l.check(ctx);
  }
}

// src/exposition/rules/body-size-limit-exceeded.ts
var body_size_limit_exceeded_default = defineRule({
  id: "exposition/body-size-limit-exceeded",
  severity: "error",
  description: "Stay under the job's body_size_limit.",
  messages: {
    exceeded: "this target serves {size} bytes; body_size_limit is {limit} bytes: every scrape will fail"
  },
  hints: {
    exceeded: "Raise body_size_limit above {size} or expose fewer series."
  }
});

// src/exposition/rules/content-type-missing.ts
var content_type_missing_default = defineRule({
  id: "exposition/content-type-missing",
  severity: "warning",
  description: "Send a Content-Type header Prometheus can negotiate.",
  messages: {
    missing: "the response has no Content-Type header"
  },
  hints: {
    missing: "Send `Content-Type: text/plain; version=0.0.4; charset=utf-8`, or set fallback_scrape_protocol on the job."
  }
});

// src/exposition/rules/content-type-unsupported.ts
var content_type_unsupported_default = defineRule({
  id: "exposition/content-type-unsupported",
  severity: "warning",
  description: "Serve a Content-Type Prometheus knows.",
  messages: {
    unsupported: 'Content-Type "{contentType}" is not an exposition format Prometheus knows',
    unparsable: 'Content-Type "{contentType}" cannot be parsed',
    notNegotiated: 'Content-Type "{contentType}" is {protocol}, which scrape_protocols does not list'
  },
  hints: {
    unsupported: "Serve `text/plain; version=0.0.4` or `application/openmetrics-text; version=1.0.0`, or set fallback_scrape_protocol.",
    unparsable: "Fix the header, e.g. `text/plain; version=0.0.4; charset=utf-8`.",
    notNegotiated: "Add {protocol} to scrape_protocols or serve a negotiated format."
  }
});

// src/exposition/rules/counter-negative.ts
var counter_negative_default = defineRule({
  id: "exposition/counter-negative",
  severity: "error",
  description: "Keep counter values non-negative.",
  messages: {
    negative: 'counter "{name}" has negative value {value}'
  },
  hints: {
    negative: "Counters only go up from 0; use a gauge for values that can go down."
  }
});

// src/exposition/rules/crlf-line-ending.ts
var crlf_line_ending_default = defineRule({
  id: "exposition/crlf-line-ending",
  severity: "error",
  description: "End lines with \\n, not \\r\\n.",
  messages: {
    crlf: "line ends with \\r\\n (Windows line ending); {count} line(s) in this payload do"
  },
  hints: {
    crlf: 'Write "\\n" line endings; Prometheus reads the \\r as part of the value and fails the scrape.'
  }
});

// src/exposition/rules/duplicate-label-name.ts
var duplicate_label_name_default = defineRule({
  id: "exposition/duplicate-label-name",
  severity: "error",
  description: "Give each label of a sample a distinct name.",
  messages: {
    duplicate: 'label "{name}" appears twice in this sample',
    duplicateEmpty: 'label "{name}" appears twice in this sample, each time empty (Prometheus drops empty labels, so the sample is ingested without it)',
    duplicateDropped: 'label "{name}" appears twice in this sample and one of them is empty: Prometheus drops every "{name}" label of the sample, the non-empty value is lost'
  },
  hints: {
    duplicate: 'Remove one of the two "{name}" labels; Prometheus fails the scrape on this sample.',
    duplicateEmpty: 'Remove the repeated "{name}" labels.',
    duplicateDropped: 'Keep one "{name}" label with the value you mean.'
  }
});

// src/exposition/rules/duplicate-metadata.ts
var duplicate_metadata_default = defineRule({
  id: "exposition/duplicate-metadata",
  severity: "error",
  description: "Give each family one HELP, one TYPE and one UNIT line.",
  messages: {
    duplicate: 'second {kind} line for "{name}" (first on line {line})',
    conflicting: '{kind} line for "{name}" says "{value}" but line {line} said "{first}"'
  },
  hints: {
    duplicate: "Remove the second {kind} line.",
    conflicting: 'Keep one {kind} line for "{name}".'
  }
});

// src/exposition/rules/duplicate-series.ts
var duplicate_series_default = defineRule({
  id: "exposition/duplicate-series",
  severity: "error",
  description: "Expose each series (metric name + label set) once.",
  messages: {
    duplicate: "series {series} was already exposed on line {line}"
  },
  hints: {
    duplicate: "Remove the duplicate or add a label that tells the two apart."
  }
});

// src/exposition/rules/exemplar-too-long.ts
var exemplar_too_long_default = defineRule({
  id: "exposition/exemplar-too-long",
  severity: "error",
  description: "Keep exemplar label sets within 128 UTF-8 characters.",
  messages: {
    long: "exemplar labels are {length} characters; OpenMetrics allows at most 128"
  },
  hints: {
    long: "Shorten the exemplar labels (names and values together)."
  }
});

// src/exposition/rules/format-mismatch.ts
var format_mismatch_default = defineRule({
  id: "exposition/format-mismatch",
  severity: "warning",
  description: "Serve the Content-Type that matches the body.",
  messages: {
    openmetricsAsText: 'the body looks like OpenMetrics (it has a "{evidence}" line) but is parsed as {format}'
  },
  hints: {
    openmetricsAsText: "Serve it as `application/openmetrics-text; version=1.0.0; charset=utf-8`."
  }
});

// src/exposition/rules/histogram-buckets-not-cumulative.ts
var histogram_buckets_not_cumulative_default = defineRule({
  id: "exposition/histogram-buckets-not-cumulative",
  severity: "error",
  description: "Make histogram bucket counts cumulative (never decreasing with le).",
  messages: {
    decreasing: 'bucket le="{le}" has count {count}, less than {prev} in bucket le="{prevLe}"'
  },
  hints: {
    decreasing: "Each bucket counts all observations <= le, so counts must not decrease as le grows."
  }
});

// src/exposition/rules/histogram-buckets-out-of-order.ts
var histogram_buckets_out_of_order_default = defineRule({
  id: "exposition/histogram-buckets-out-of-order",
  severity: "error",
  description: "List histogram buckets in increasing le order, each le once.",
  messages: {
    order: 'bucket le="{le}" comes after le="{prevLe}"',
    duplicate: 'bucket le="{le}" appears twice in {series}'
  },
  hints: {
    order: 'Sort the buckets by le, ending with le="+Inf".',
    duplicate: "Expose each bucket once."
  }
});

// src/exposition/rules/histogram-count-mismatch.ts
var histogram_count_mismatch_default = defineRule({
  id: "exposition/histogram-count-mismatch",
  severity: "error",
  description: "Make a histogram's _count equal its +Inf bucket.",
  messages: {
    mismatch: '{name}_count is {count} but the le="+Inf" bucket is {inf}'
  },
  hints: {
    mismatch: "Expose the +Inf bucket's value as _count (both count every observation)."
  }
});

// src/exposition/rules/histogram-invalid-le.ts
var histogram_invalid_le_default = defineRule({
  id: "exposition/histogram-invalid-le",
  severity: "error",
  description: 'Write le as a float (e.g. "0.5", "+Inf").',
  messages: {
    invalid: 'le="{le}" is not a float',
    infSpelling: 'le="{le}" must be written "+Inf" in OpenMetrics'
  },
  hints: {
    invalid: `Write the bucket's upper bound as a float, e.g. le="0.25" or le="+Inf".`,
    infSpelling: 'Write le="+Inf" (OpenMetrics requires this exact spelling for positive infinity).'
  }
});

// src/exposition/rules/histogram-missing-inf.ts
var histogram_missing_inf_default = defineRule({
  id: "exposition/histogram-missing-inf",
  severity: "error",
  description: 'Give every histogram series an le="+Inf" bucket.',
  messages: {
    missing: 'histogram {series} has no le="+Inf" bucket'
  },
  hints: {
    missing: 'Add `{name}_bucket{le="+Inf"} <count>`; it must equal {name}_count.'
  }
});

// src/exposition/rules/histogram-missing-le.ts
var histogram_missing_le_default = defineRule({
  id: "exposition/histogram-missing-le",
  severity: "error",
  description: "Give every histogram bucket an le label.",
  messages: {
    missing: 'bucket sample "{name}" has no le label'
  },
  hints: {
    missing: 'Add le="<upper bound>" to every _bucket sample.'
  }
});

// src/exposition/rules/histogram-missing-sum-or-count.ts
var histogram_missing_sum_or_count_default = defineRule({
  id: "exposition/histogram-missing-sum-or-count",
  severity: "warning",
  description: "Expose _sum and _count for every histogram and summary series.",
  messages: {
    missingSum: "{type} {series} has no {sample} sample",
    missingCount: "{type} {series} has no {sample} sample"
  },
  hints: {
    missingSum: "Add `{sample}` (the sum of all observations).",
    missingCount: "Add `{sample}` (the number of observations)."
  }
});

// src/exposition/rules/interleaved-family.ts
var interleaved_family_default = defineRule({
  id: "exposition/interleaved-family",
  severity: "error",
  description: "Keep all lines of a metric family together.",
  messages: {
    interleaved: 'metric family "{name}" continues here after other families (it started on line {line})'
  },
  hints: {
    interleaved: 'Emit all samples of "{name}" in one block, right after its HELP and TYPE lines.'
  }
});

// src/exposition/rules/invalid-count.ts
var invalid_count_default = defineRule({
  id: "exposition/invalid-count",
  severity: "error",
  description: "Keep counter-like OpenMetrics values (bucket counts, _count, _sum, _total) non-negative, not NaN, and counts whole.",
  messages: {
    nan: "{name} is NaN; counter-like samples of a {type} cannot be NaN",
    negative: "{name} is {value}; counter-like samples of a {type} cannot be negative",
    notInteger: "{name} is {value}; bucket counts and _count must be whole numbers"
  },
  hints: {
    nan: "Expose 0 until there are observations, or leave the series out.",
    negative: "Counts and sums of observations only grow from 0; use a gauge for values that go down.",
    notInteger: "Write the count as an integer, e.g. 3 (3.0 and 3e0 are accepted)."
  }
});

// src/exposition/rules/invalid-escape-sequence.ts
var invalid_escape_sequence_default = defineRule({
  id: "exposition/invalid-escape-sequence",
  severity: "error",
  description: 'Use only the escapes the format defines (\\\\, \\" and \\n in label values; \\\\ and \\n in HELP).',
  messages: {
    label: 'invalid escape sequence {found} in the label value of "{name}"',
    help: "invalid escape sequence {found} in HELP text",
    name: "invalid escape sequence {found} in a quoted name"
  },
  hints: {
    label: 'Only \\\\, \\" and \\n are escapes in label values; write a literal backslash as \\\\.',
    help: "Only \\\\ and \\n are escapes in HELP text; write a literal backslash as \\\\.",
    name: 'Only \\\\, \\" and \\n are escapes in quoted names.'
  }
});

// src/exposition/rules/invalid-exemplar.ts
var invalid_exemplar_default = defineRule({
  id: "exposition/invalid-exemplar",
  severity: "error",
  description: "Write exemplars as ` # {labels} value [timestamp]` on counters and histogram buckets.",
  messages: {
    syntax: "invalid exemplar: {what}",
    placement: 'exemplar on "{name}": exemplars are allowed only on counter _total and histogram _bucket samples',
    notOm: "exemplar in {format}: only OpenMetrics has exemplars",
    nameBefore243: 'exemplar on "{name}": Prometheus before 2.43 accepts exemplars only on samples whose name ends in _total or _bucket, and fails the scrape'
  },
  hints: {
    syntax: 'Write ` # {trace_id="abc"} 1.0` after the value (and timestamp).',
    placement: "Remove the exemplar.",
    notOm: "Serve OpenMetrics (application/openmetrics-text; version=1.0.0) to expose exemplars.",
    nameBefore243: "Remove the exemplar (exemplars belong on counter _total and histogram _bucket samples), or upgrade Prometheus to 2.43 or later."
  }
});

// src/exposition/rules/invalid-label-name.ts
var invalid_label_name_default = defineRule({
  id: "exposition/invalid-label-name",
  severity: "error",
  description: "Write label names as [a-zA-Z_][a-zA-Z0-9_]* (or quoted UTF-8 in text 1.0.0).",
  messages: {
    invalidChar: "expected a label name, found {found}"
  },
  hints: {
    invalidChar: 'Label names are letters, digits and "_" (not starting with a digit); quote other names on Prometheus 3 with text 1.0.0.'
  }
});

// src/exposition/rules/invalid-label-value.ts
var invalid_label_value_default = defineRule({
  id: "exposition/invalid-label-value",
  severity: "error",
  description: "Quote label values with double quotes and close them on the same line.",
  messages: {
    unquoted: 'label value for "{name}" must start with a double quote, found {found}',
    unterminated: 'label value for "{name}" is not closed before the end of the line',
    rawNewline: 'label value for "{name}" contains a raw newline (continues on line {line})'
  },
  hints: {
    unquoted: 'Write {name}="value".',
    unterminated: 'Close the value with `"`; escape quotes inside it as \\".',
    rawNewline: "Escape the newline as \\n."
  }
});

// src/exposition/rules/invalid-metric-name.ts
var invalid_metric_name_default = defineRule({
  id: "exposition/invalid-metric-name",
  severity: "error",
  description: "Write metric names as [a-zA-Z_:][a-zA-Z0-9_:]* (or quoted UTF-8 in text 1.0.0).",
  messages: {
    missing: "expected a metric name at the start of the sample, found {found}",
    invalidChar: 'invalid character {found} in metric name "{name}"',
    empty: "the quoted metric name is empty",
    twice: "the metric name is given twice (before the braces and as a quoted name inside them)"
  },
  hints: {
    missing: 'Start every sample line with a metric name, e.g. `http_requests_total{code="200"} 3`.',
    invalidChar: 'Replace {found} with "_" or, on Prometheus 3 with text 1.0.0, quote the name: {"{name}"}.',
    empty: "Give the metric a non-empty name.",
    twice: "Give the name once."
  }
});

// src/exposition/rules/invalid-null-byte.ts
var invalid_null_byte_default = defineRule({
  id: "exposition/invalid-null-byte",
  severity: "error",
  description: "Do not put NUL bytes in the exposition.",
  messages: {
    nul: "NUL byte in {where}"
  },
  hints: {
    nul: "Remove the NUL byte; Prometheus treats a NUL at the start of a line as the end of the payload."
  }
});

// src/exposition/rules/invalid-timestamp.ts
var invalid_timestamp_default = defineRule({
  id: "exposition/invalid-timestamp",
  severity: "error",
  description: "Write timestamps as integer milliseconds (text) or float seconds (OpenMetrics).",
  messages: {
    syntax: 'invalid timestamp "{value}"',
    negative: `negative timestamp "{value}": Prometheus's parser accepts only digits`,
    range: 'timestamp "{value}" does not fit in an int64'
  },
  hints: {
    syntax: "In the text format the timestamp is an integer number of milliseconds since the epoch, e.g. 1700000000000.",
    negative: "Drop the timestamp or use a time after 1970.",
    range: "Use milliseconds since the epoch."
  }
});

// src/exposition/rules/invalid-type.ts
var invalid_type_default = defineRule({
  id: "exposition/invalid-type",
  severity: "error",
  description: "Use a metric type the format defines.",
  messages: {
    unknown: 'unknown metric type "{type}" for {format}',
    whitespace: 'TYPE line for "{name}" has extra whitespace around "{type}"',
    missing: 'TYPE line for "{name}" has no type'
  },
  hints: {
    unknown: "Use one of: {allowed}.",
    whitespace: "Write exactly `# TYPE {name} {type}`: Prometheus compares the rest of the line literally.",
    missing: "Write `# TYPE {name} gauge` (or counter, histogram, summary, untyped)."
  }
});

// src/exposition/rules/invalid-utf8.ts
var invalid_utf8_default = defineRule({
  id: "exposition/invalid-utf8",
  severity: "error",
  description: "Send label values, HELP text and names as valid UTF-8.",
  messages: {
    bytes: "invalid UTF-8 byte sequence in {where}"
  },
  hints: {
    bytes: "Re-encode the text as UTF-8."
  }
});

// src/exposition/rules/invalid-value.ts
var invalid_value_default = defineRule({
  id: "exposition/invalid-value",
  severity: "error",
  description: "Write sample values as Go floats: 1, -2.5, 1e3, NaN, +Inf, -Inf.",
  messages: {
    syntax: 'invalid sample value "{value}"',
    range: 'sample value "{value}" is out of the float64 range',
    missing: "expected a sample value after the metric, found {found}"
  },
  hints: {
    syntax: 'Write a decimal float such as 42, 0.5, 1.5e3, NaN, +Inf or -Inf (no hex floats, no "_", no thousands separators).',
    range: "Values must fit in a float64 (about \xB11.8e308).",
    missing: "Write the value after the metric: `{name} 1`."
  }
});

// src/exposition/rules/label-limit-exceeded.ts
var label_limit_exceeded_default = defineRule({
  id: "exposition/label-limit-exceeded",
  severity: "error",
  description: "Stay under the job's label_limit.",
  messages: {
    exceeded: "this sample has {count} labels (with __name__ and the target labels job and instance); label_limit is {limit}: every scrape will fail; {samples} sample(s) exceed it",
    exceededTarget: "this sample has {count} labels once Prometheus adds the target's: {own} of its own, __name__, and {added} target label(s) ({names}); label_limit is {limit}: every scrape will fail; {samples} sample(s) exceed it"
  },
  hints: {
    exceeded: "Raise label_limit or drop labels with metric_relabel_configs (action: labeldrop).",
    exceededTarget: "Raise label_limit, drop labels with metric_relabel_configs (action: labeldrop), or set fewer target labels (static_configs labels, relabel_configs)."
  }
});

// src/exposition/rules/label-name-length-limit-exceeded.ts
var label_name_length_limit_exceeded_default = defineRule({
  id: "exposition/label-name-length-limit-exceeded",
  severity: "error",
  description: "Stay under the job's label_name_length_limit.",
  messages: {
    exceeded: 'label name "{name}" is {length} bytes; label_name_length_limit is {limit}: every scrape will fail; {count} label name(s) exceed it',
    target: 'target label name "{name}" ({origin}) is {length} bytes; label_name_length_limit is {limit}: Prometheus adds it to the scraped samples, so every scrape will fail'
  },
  hints: {
    exceeded: "Shorten the label name or raise label_name_length_limit.",
    target: "Rename the target label (static_configs labels, relabel_configs) or raise label_name_length_limit."
  }
});

// src/exposition/rules/label-value-length-limit-exceeded.ts
var label_value_length_limit_exceeded_default = defineRule({
  id: "exposition/label-value-length-limit-exceeded",
  severity: "error",
  description: "Stay under the job's label_value_length_limit.",
  messages: {
    exceeded: 'value of label "{name}" is {length} bytes; label_value_length_limit is {limit}: every scrape will fail; {count} label value(s) exceed it',
    target: 'target label "{name}" ({origin}) has a value of {length} bytes; label_value_length_limit is {limit}: Prometheus adds it to the scraped samples, so every scrape will fail'
  },
  hints: {
    exceeded: "Shorten the value or raise label_value_length_limit.",
    target: "Shorten the target label's value (job_name, the target address, a static label, or relabel_configs) or raise label_value_length_limit."
  }
});

// src/exposition/rules/malformed-metadata.ts
var malformed_metadata_default = defineRule({
  id: "exposition/malformed-metadata",
  severity: "error",
  description: "Write HELP/TYPE/UNIT lines as `# HELP <name> <text>`.",
  messages: {
    missingName: "{kind} line without a metric name",
    badName: "invalid metric name in {kind} line: {found}",
    missingText: '{kind} line for "{name}" has no text'
  },
  hints: {
    missingName: "Write `# {kind} metric_name ...`.",
    badName: "Use a valid metric name after {kind}.",
    missingText: "Write `# {kind} {name} ...` with a value."
  }
});

// src/exposition/rules/metadata-after-samples.ts
var metadata_after_samples_default = defineRule({
  id: "exposition/metadata-after-samples",
  severity: "error",
  description: "Put HELP, TYPE and UNIT before the first sample of their family.",
  messages: {
    after: '{kind} line for "{name}" comes after its samples (first sample on line {line})'
  },
  hints: {
    after: "Move the {kind} line above line {line}."
  }
});

// src/exposition/rules/missing-final-newline.ts
var missing_final_newline_default = defineRule({
  id: "exposition/missing-final-newline",
  severity: "error",
  description: "End the last line of a text exposition with a line feed.",
  messages: {
    missing: 'the last line does not end with a line feed ("\\n")'
  },
  hints: {
    missing: 'Write "\\n" after the last line; promtool and other expfmt-based parsers reject the payload without it.'
  }
});

// src/exposition/rules/missing-comma-between-labels.ts
var missing_comma_between_labels_default = defineRule({
  id: "exposition/missing-comma-between-labels",
  severity: "error",
  description: "Separate labels with commas.",
  messages: {
    missing: 'missing "," between label values and label "{name}"'
  },
  hints: {
    missing: "Write `,` after the closing quote of the previous label value."
  }
});

// src/exposition/rules/openmetrics-blank-line.ts
var openmetrics_blank_line_default = defineRule({
  id: "exposition/openmetrics-blank-line",
  severity: "error",
  description: "Do not write blank lines in OpenMetrics.",
  messages: {
    blank: "blank line (OpenMetrics forbids empty lines)"
  },
  hints: {
    blank: "Remove the empty line."
  }
});

// src/exposition/rules/openmetrics-content-after-eof.ts
var openmetrics_content_after_eof_default = defineRule({
  id: "exposition/openmetrics-content-after-eof",
  severity: "error",
  description: "Write nothing after `# EOF`.",
  messages: {
    after: 'content after "# EOF" (line {line})'
  },
  hints: {
    after: "Remove everything after the `# EOF` line."
  }
});

// src/exposition/rules/openmetrics-family-name-clash.ts
var openmetrics_family_name_clash_default = defineRule({
  id: "exposition/openmetrics-family-name-clash",
  severity: "error",
  description: 'Name OpenMetrics families so that no family is a sample name of another (a gauge "foo_created" next to a counter "foo").',
  messages: {
    clash: '{type} metric family "{name}" clashes with {otherType} family "{other}" (line {line}): "{sample}" is a sample name of both'
  },
  hints: {
    clash: 'Rename one of the two families, e.g. "{suggestion}".'
  }
});

// src/exposition/rules/openmetrics-invalid-created.ts
var openmetrics_invalid_created_default = defineRule({
  id: "exposition/openmetrics-invalid-created",
  severity: "error",
  description: "Write _created as a timestamp in seconds.",
  messages: {
    invalid: "{name} has value {value}; _created must be a Unix timestamp in seconds"
  },
  hints: {
    invalid: "Expose the creation time in seconds since the epoch."
  }
});

// src/exposition/rules/openmetrics-invalid-family-name.ts
var openmetrics_invalid_family_name_default = defineRule({
  id: "exposition/openmetrics-invalid-family-name",
  severity: "error",
  description: "Do not end OpenMetrics family names with a reserved suffix.",
  messages: {
    reserved: '{type} family "{name}" ends with "{suffix}", which its samples add themselves'
  },
  hints: {
    reserved: 'Declare the family as "{base}" (the samples are then {base}{suffix}).'
  }
});

// src/exposition/rules/openmetrics-invalid-histogram-sum.ts
var openmetrics_invalid_histogram_sum_default = defineRule({
  id: "exposition/openmetrics-invalid-histogram-sum",
  severity: "error",
  description: "Leave out _sum when a histogram has negative buckets; keep a gauge histogram's _gsum a number, negative only with negative buckets.",
  messages: {
    sumWithNegativeBuckets: 'histogram {series} has a bucket below zero (le="{le}") and a {sample} sample; a histogram with negative buckets must not expose a sum',
    sumNegative: 'histogram sample "{sample}" is {value}; with no bucket below zero the sum of observations cannot be negative',
    gsumNaN: 'gauge histogram sample "{sample}" is NaN; _gsum must be a number',
    gsumNegative: 'gauge histogram sample "{sample}" is negative ({value}) but no bucket is below zero'
  },
  hints: {
    sumWithNegativeBuckets: "Drop `{sample}` (with negative observations it is no longer a counter), or use a gaugehistogram, whose _gsum may be negative.",
    sumNegative: "Check the sum: a histogram without negative buckets has only non-negative observations.",
    gsumNaN: "Expose the sum of the observations currently in the distribution, or leave out `{sample}` (and its _gcount).",
    gsumNegative: "Check the sum: with no bucket below zero no observation is negative, so the sum cannot be."
  }
});

// src/exposition/rules/openmetrics-invalid-info.ts
var openmetrics_invalid_info_default = defineRule({
  id: "exposition/openmetrics-invalid-info",
  severity: "error",
  description: "Give info samples the value 1.",
  messages: {
    value: 'info sample "{name}" has value {value}; info values must be 1'
  },
  hints: {
    value: "Write 1 as the value; put the information in labels."
  }
});

// src/exposition/rules/openmetrics-invalid-sample-name.ts
var openmetrics_invalid_sample_name_default = defineRule({
  id: "exposition/openmetrics-invalid-sample-name",
  severity: "error",
  description: "Name OpenMetrics samples after their family with the suffixes its type allows.",
  messages: {
    suffix: 'sample "{name}" is not allowed in {type} family "{family}" (allowed: {allowed})'
  },
  hints: {
    suffix: "Rename the sample to one of: {allowed}."
  }
});

// src/exposition/rules/openmetrics-invalid-stateset.ts
var openmetrics_invalid_stateset_default = defineRule({
  id: "exposition/openmetrics-invalid-stateset",
  severity: "error",
  description: "Give stateset samples a label named after the family and values 0 or 1.",
  messages: {
    label: 'stateset sample has no "{name}" label',
    value: "stateset value must be 0 or 1, got {value}"
  },
  hints: {
    label: 'Write {name}{{name}="state"} 1.',
    value: "Use 1 for the current state(s), 0 otherwise."
  }
});

// src/exposition/rules/openmetrics-invalid-unit.ts
var openmetrics_invalid_unit_default = defineRule({
  id: "exposition/openmetrics-invalid-unit",
  severity: "error",
  description: "Make the UNIT a suffix of the metric family name; give info and stateset families none.",
  messages: {
    suffix: 'unit "{unit}" is not a suffix of metric family "{name}"',
    type: '{type} metric family "{name}" has unit "{unit}"; {type} families must have an empty unit'
  },
  hints: {
    suffix: 'Name the family "{name}_{unit}", or drop the UNIT line.',
    type: "Drop the UNIT line: {type} values are not measured in a unit."
  }
});

// src/exposition/rules/openmetrics-missing-eof.ts
var openmetrics_missing_eof_default = defineRule({
  id: "exposition/openmetrics-missing-eof",
  severity: "error",
  description: "End an OpenMetrics exposition with `# EOF`.",
  messages: {
    missing: 'the OpenMetrics payload does not end with "# EOF"'
  },
  hints: {
    missing: "Write `# EOF` as the last line."
  }
});

// src/exposition/rules/quoted-name.ts
var quoted_name_default = defineRule({
  id: "exposition/quoted-name",
  severity: "error",
  description: "Quote metric and label names only where the format and Prometheus version support it.",
  messages: {
    unsupported: 'quoted name "{name}" needs Prometheus text 1.0.0 or OpenMetrics with UTF-8 names on Prometheus \u2265 3.0; {format} on Prometheus {version} does not allow it'
  },
  hints: {
    unsupported: 'Use a legacy name such as "{legacy}", or serve text 1.0.0 (Content-Type: text/plain; version=1.0.0; escaping=allow-utf-8) to Prometheus 3.'
  }
});

// src/exposition/rules/sample-limit-exceeded.ts
var sample_limit_exceeded_default = defineRule({
  id: "exposition/sample-limit-exceeded",
  severity: "error",
  description: "Stay under the job's sample_limit.",
  messages: {
    exceeded: "this target exposes {count} samples; sample_limit is {limit}: every scrape will fail"
  },
  hints: {
    exceeded: "Raise sample_limit above {count}, drop series with metric_relabel_configs, or reduce cardinality at the source."
  }
});

// src/exposition/rules/summary-invalid-quantile.ts
var summary_invalid_quantile_default = defineRule({
  id: "exposition/summary-invalid-quantile",
  severity: "error",
  description: "Give summary quantiles as floats in [0, 1].",
  messages: {
    invalid: 'quantile="{q}" is not a float',
    range: 'quantile="{q}" is outside [0, 1]',
    missing: 'summary sample "{name}" has no quantile label',
    negativeValue: "quantile {q} of {name} has the value {value}; quantile values cannot be negative in OpenMetrics"
  },
  hints: {
    invalid: 'Write the quantile as a float, e.g. quantile="0.99".',
    range: "Quantiles are fractions: 0.5, 0.9, 0.99.",
    missing: 'Add quantile="\u2026", or expose the value as {name}_sum / {name}_count.',
    negativeValue: "Expose the observed quantile (observations are non-negative in an OpenMetrics summary), or NaN when there were none."
  }
});

// src/exposition/rules/timestamp-in-seconds.ts
var timestamp_in_seconds_default = defineRule({
  id: "exposition/timestamp-in-seconds",
  severity: "warning",
  description: "Use the timestamp unit the format defines (milliseconds in text, seconds in OpenMetrics).",
  messages: {
    seconds: "timestamp {value} looks like seconds; the text format wants milliseconds ({date} if read as ms)",
    millis: "timestamp {value} looks like milliseconds; OpenMetrics wants seconds"
  },
  hints: {
    seconds: "Multiply by 1000, or drop the timestamp and let Prometheus use the scrape time.",
    millis: "Divide by 1000, or drop the timestamp."
  }
});

// src/exposition/rules/unexpected-token.ts
var unexpected_token_default = defineRule({
  id: "exposition/unexpected-token",
  severity: "error",
  description: "Follow the line grammar: name, optional {labels}, value, optional timestamp.",
  messages: {
    afterTimestamp: "unexpected {found} after the timestamp",
    afterLabels: 'expected "=" after label name "{name}", found {found}',
    trailingSpace: "trailing whitespace at the end of the line",
    leadingSpace: "leading whitespace before the sample",
    leadingSpaceName2: "leading whitespace before the metric name: Prometheus 2.x reads it as part of the name, which is then invalid, and fails the scrape",
    leadingSpaceName3: "leading whitespace before the metric name: Prometheus 3 keeps it as part of the name and stores the samples under a name that starts with blanks",
    separator: "{what} must be separated by exactly one space",
    unclosed: 'label set is not closed with "}"',
    comment: 'OpenMetrics allows only # HELP, # TYPE, # UNIT and # EOF lines starting with "#"',
    trailingComma: 'trailing comma before "}"'
  },
  hints: {
    afterTimestamp: "A sample line ends after its timestamp.",
    afterLabels: 'Write label="value".',
    trailingSpace: "Remove the trailing whitespace.",
    leadingSpace: "Start the line with the metric name.",
    leadingSpaceName2: "Start the line with the metric name.",
    leadingSpaceName3: "Start the line with the metric name.",
    separator: "Use a single space.",
    unclosed: 'Close the label set: name{label="value"} 1.',
    comment: "Remove the comment; OpenMetrics has no free-form comments.",
    trailingComma: "Remove the comma after the last label."
  }
});

// src/exposition/rules/index.ts
var rules = {
  bodySizeLimitExceeded: body_size_limit_exceeded_default,
  contentTypeMissing: content_type_missing_default,
  contentTypeUnsupported: content_type_unsupported_default,
  counterNegative: counter_negative_default,
  crlfLineEnding: crlf_line_ending_default,
  duplicateLabelName: duplicate_label_name_default,
  duplicateMetadata: duplicate_metadata_default,
  duplicateSeries: duplicate_series_default,
  exemplarTooLong: exemplar_too_long_default,
  formatMismatch: format_mismatch_default,
  histogramBucketsNotCumulative: histogram_buckets_not_cumulative_default,
  histogramBucketsOutOfOrder: histogram_buckets_out_of_order_default,
  histogramCountMismatch: histogram_count_mismatch_default,
  histogramInvalidLe: histogram_invalid_le_default,
  histogramMissingInf: histogram_missing_inf_default,
  histogramMissingLe: histogram_missing_le_default,
  histogramMissingSumOrCount: histogram_missing_sum_or_count_default,
  interleavedFamily: interleaved_family_default,
  invalidCount: invalid_count_default,
  invalidEscapeSequence: invalid_escape_sequence_default,
  invalidExemplar: invalid_exemplar_default,
  invalidLabelName: invalid_label_name_default,
  invalidLabelValue: invalid_label_value_default,
  invalidMetricName: invalid_metric_name_default,
  invalidNullByte: invalid_null_byte_default,
  invalidTimestamp: invalid_timestamp_default,
  invalidType: invalid_type_default,
  invalidUtf8: invalid_utf8_default,
  invalidValue: invalid_value_default,
  labelLimitExceeded: label_limit_exceeded_default,
  labelNameLengthLimitExceeded: label_name_length_limit_exceeded_default,
  labelValueLengthLimitExceeded: label_value_length_limit_exceeded_default,
  malformedMetadata: malformed_metadata_default,
  metadataAfterSamples: metadata_after_samples_default,
  missingFinalNewline: missing_final_newline_default,
  missingCommaBetweenLabels: missing_comma_between_labels_default,
  openmetricsBlankLine: openmetrics_blank_line_default,
  openmetricsContentAfterEof: openmetrics_content_after_eof_default,
  openmetricsFamilyNameClash: openmetrics_family_name_clash_default,
  openmetricsInvalidCreated: openmetrics_invalid_created_default,
  openmetricsInvalidFamilyName: openmetrics_invalid_family_name_default,
  openmetricsInvalidHistogramSum: openmetrics_invalid_histogram_sum_default,
  openmetricsInvalidInfo: openmetrics_invalid_info_default,
  openmetricsInvalidSampleName: openmetrics_invalid_sample_name_default,
  openmetricsInvalidStateset: openmetrics_invalid_stateset_default,
  openmetricsInvalidUnit: openmetrics_invalid_unit_default,
  openmetricsMissingEof: openmetrics_missing_eof_default,
  quotedName: quoted_name_default,
  sampleLimitExceeded: sample_limit_exceeded_default,
  summaryInvalidQuantile: summary_invalid_quantile_default,
  timestampInSeconds: timestamp_in_seconds_default,
  unexpectedToken: unexpected_token_default
};

// src/exposition/target-labels.ts
var enc = new TextEncoder();
var EXPORTED_PREFIX_BYTES = "exported_".length;
var TargetLabels = class {
  names;
  nameBytes;
  honor;
  count;
  /** Target labels over a length limit: each fails every sample that carries it. */
  long = [];
  /** See `exportedPrefixes`: before 2.44 an exposed label with an empty value still takes its name. */
  emptyTakesName;
  /** `promVersion`: the Prometheus the verdicts are for, as versionNumber gives it (default 3.x). */
  constructor(target, limits, promVersion = 3999) {
    this.emptyTakesName = promVersion < 2044;
    const entries = Object.entries(target.labels).filter(([n, v]) => v !== "" && !n.startsWith("__")).slice(0, 1e3);
    this.names = entries.map(([n]) => n);
    this.nameBytes = this.names.map((n) => enc.encode(n));
    this.honor = target.honorLabels === true;
    this.count = entries.length;
    entries.forEach(([n, v], index) => {
      const nl = this.nameBytes[index].length;
      if (limits?.labelNameLengthLimit && nl > limits.labelNameLengthLimit) this.long.push({ index, name: n.slice(0, 60), kind: "name", length: nl });
      const vl = enc.encode(v).length;
      if (limits?.labelValueLengthLimit && vl > limits.labelValueLengthLimit) this.long.push({ index, name: n.slice(0, 60), kind: "value", length: vl });
    });
  }
  /** Index of the target label named like bytes [s, e) of `b`, or -1. */
  find(b, s, e) {
    const len = e - s;
    outer: for (let k = 0; k < this.nameBytes.length; k++) {
      const t = this.nameBytes[k];
      if (t.length !== len) continue;
      for (let j = 0; j < len; j++) if (t[j] !== b[s + j]) continue outer;
      return k;
    }
    return -1;
  }
  /**
   * honor_labels: false. For each of a sample's labels (`names`; `empty`: its value is empty), how
   * many "exported_" prefixes Prometheus gives it: 0 unless a target label of the same name
   * displaces it. As scrape.go's resolveConflictingExposedLabels: the displaced labels, shortest
   * name first (equal lengths in target label order, which is by name), are each prefixed until the
   * name is free among the sample's labels, the target's labels and the names given before. Since
   * 2.44 (#12084, which made it ask labels.Builder.Get) a sample label with an empty value leaves its
   * name free; before, its name alone took it (checked against 2.42 in scrape-oracle.test.ts).
   */
  exportedPrefixes(names, empty) {
    const out = names.map(() => 0);
    const conflicts = [];
    const taken = new Set(this.names);
    names.forEach((n, i) => {
      if (empty[i]) {
        if (this.emptyTakesName) taken.add(n);
        return;
      }
      taken.add(n);
      if (this.names.includes(n)) conflicts.push(i);
    });
    conflicts.sort((x, y) => names[x].length - names[y].length || (names[x] < names[y] ? -1 : names[x] > names[y] ? 1 : 0));
    for (const i of conflicts) {
      let name = names[i], n = 0;
      do {
        name = "exported_" + name;
        n++;
      } while (taken.has(name) && n <= taken.size);
      taken.add(name);
      out[i] = n;
    }
    return out;
  }
  /**
   * The target labels Prometheus adds to a sample, named for a message (at most 10). `has(k)`: the
   * sample carries a label named like target label k, which with honor_labels keeps it out.
   */
  addedNames(has) {
    const names = [];
    let more = 0;
    for (let k = 0; k < this.names.length; k++) {
      if (this.honor && has(k)) continue;
      if (names.length < 10) names.push(this.names[k].slice(0, 60));
      else more++;
    }
    return (names.join(", ") || "none") + (more > 0 ? ", \u2026" : "");
  }
};
function labelLimitsSet(limits) {
  return Boolean(limits.labelLimit || limits.labelNameLengthLimit || limits.labelValueLengthLimit);
}
function targetLabelOrigin(name) {
  if (name === "job") return "set from job_name";
  if (name === "instance") return "set from the target address";
  return "a static_configs / file_sd label of the target, or set by relabel_configs";
}

export {
  allLints,
  runLints,
  rules,
  EXPORTED_PREFIX_BYTES,
  TargetLabels,
  labelLimitsSet,
  targetLabelOrigin
};
