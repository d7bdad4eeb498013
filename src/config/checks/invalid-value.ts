import { getPair, getValue, scalarString, text } from '../check-helpers.js'
import { defineConfigCheck, type CheckContext } from '../context.js'
import { SCRAPE_PROTOCOLS } from '../schema.js'
import { cmpVersion, parseDuration, parseSize } from '../values.js'
import { asFloat, asInt } from '../walk-schema.js'
import type { YMap, YNode } from '../yaml-tree.js'
import { uncheckedAuthSections } from './mutually-exclusive-fields.js'

const ESCAPING = ['allow-utf-8', 'underscores', 'dots', 'values']
const OTLP_STRATEGIES = ['UnderscoreEscapingWithSuffixes', 'UnderscoreEscapingWithoutSuffixes', 'NoUTF8EscapingWithSuffixes', 'NoTranslation']
const PROTOBUF_MESSAGES = ['prometheus.WriteRequest', 'io.prometheus.write.v2.Request']

/**
 * Values Prometheus parses and refuses at load: sizes, TLS versions, scrape protocols, name
 * validation/escaping schemes, Alertmanager API versions, rule file globs, remote write queue bounds,
 * protobuf messages, tracing and OTLP settings, TSDB settings. The message quotes Prometheus's own error.
 */
export default defineConfigCheck({
  id: 'config/invalid-value',
  severity: 'error',
  description: 'Use values Prometheus accepts for each setting.',
  messages: { invalid: '{field}: {problem}' },
  hints: { invalid: '{fix}' },
  check(ctx) {
    // `warning`: a value Prometheus loads but that cannot work as meant.
    const r = (at: YNode, field: string, problem: string, fix: string, severity?: 'warning') =>
      ctx.report({ messageId: 'invalid', at, severity, data: { field, problem: problem.startsWith(`${field}: `) ? problem.slice(field.length + 2) : problem, fix } })
    for (const i of ctx.schema.issues) {
      if (i.kind === 'invalid-size') {
        const unit = /[A-Za-z]*$/.exec(i.text)?.[0] ?? ''
        if (i.text.startsWith('-') && parseSize(i.text.slice(1)) !== undefined) {
          const name = i.field === 'size' ? "'storage.tsdb.retention.size'" : i.field
          r(i.node, i.field, `${name} must be greater than or equal to 0`, `Write a positive size, e.g. \`${i.field}: ${i.text.slice(1)}\`, or 0.`)
          continue
        }
        r(i.node, i.field, `"${i.text}" is not a size (units: unknown unit ${unit} in ${i.text})`, `Write a number with a unit: \`${i.field}: ${/^\d+$/.test(i.text) ? `${i.text}B` : '10MB'}\` (B, KB, MB, GB, ... or KiB, MiB, GiB; 0 for no limit).`)
      } else if (i.kind === 'invalid-enum') {
        r(i.node, i.field, `"${i.text}" is not one of ${i.values.join(', ')}${i.field.endsWith('_version') ? ` (unknown TLS version: ${i.text})` : ''}`, `Write one of: ${i.values.join(', ')}.`)
      }
    }
    const g = ctx.global
    protocols(ctx, g, 'global config')
    const gValidation = text(g, 'metric_name_validation_scheme')
    validationScheme(ctx, g)
    const gEscaping = text(g, 'metric_name_escaping_scheme')
    if (gEscaping && !ESCAPING.includes(gEscaping)) {
      r(getValue(g, 'metric_name_escaping_scheme')!, 'metric_name_escaping_scheme', `unknown global name escaping method specified, must be one of 'allow-utf-8', 'underscores', 'dots', or 'values', got "${gEscaping}"`, `Write one of: ${ESCAPING.join(', ')}.`)
    }
    for (const ref of ctx.scrapeConfigs) {
      const n = ref.node
      if (n.kind !== 'map') continue
      const job = ref.jobName?.text ?? ''
      protocols(ctx, n, `scrape config with job name "${job}"`)
      const fb = getPair(n, 'fallback_scrape_protocol')
      const fbText = scalarString(fb?.value) ?? ''
      if (fb && fbText !== '' && !SCRAPE_PROTOCOLS.includes(fbText)) {
        r(fb.value, 'fallback_scrape_protocol', `invalid fallback_scrape_protocol for scrape config with job name "${job}": unknown scrape protocol ${fbText}, supported: [${SCRAPE_PROTOCOLS.join(' ')}]`, `Write one of: ${SCRAPE_PROTOCOLS.join(', ')} (case matters).`)
      }
      validationScheme(ctx, n)
      if (!ctx.isV3) continue
      const own = text(n, 'metric_name_validation_scheme')
      const validation = own ?? (gValidation === 'legacy' ? 'legacy' : 'utf8')
      const ownEsc = text(n, 'metric_name_escaping_scheme')
      const escaping = ownEsc ?? (own === undefined ? gEscaping ?? (validation === 'legacy' ? 'underscores' : 'allow-utf-8') : validation === 'legacy' ? 'underscores' : 'allow-utf-8')
      if (ownEsc && !ESCAPING.includes(ownEsc)) {
        r(getValue(n, 'metric_name_escaping_scheme')!, 'metric_name_escaping_scheme', `unknown scrape config name escaping method specified, must be one of 'allow-utf-8', 'underscores', 'dots', or 'values', got "${ownEsc}"`, `Write one of: ${ESCAPING.join(', ')}.`)
      } else if (escaping === 'allow-utf-8' && validation === 'legacy') {
        const at = getPair(n, 'metric_name_escaping_scheme')?.value ?? getPair(n, 'metric_name_validation_scheme')?.value ?? getPair(g, 'metric_name_escaping_scheme')?.value ?? ref.jobName ?? n
        r(at, 'metric_name_escaping_scheme', `utf8 metric names requested but validation scheme is not set to UTF8 (job "${job}")`, 'Set `metric_name_escaping_scheme: underscores` (or dots/values), or `metric_name_validation_scheme: utf8`.')
      }
    }
    for (const [k, what] of [['rule_files', 'rule file'], ['scrape_config_files', 'scrape config file']] as const) {
      const l = getValue(ctx.root, k)
      if (l?.kind !== 'seq') continue
      for (const item of l.items) {
        const s = scalarString(item) ?? ''
        if (!/^[^*]*(\*[^/]*)?$/.test(s)) r(item, k, `invalid ${what} path "${s}": "*" is allowed only in the last path segment`, 'List each folder explicitly, e.g. `- "rules/a/*.yml"` and `- "rules/b/*.yml"`.')
      }
    }
    const unchecked = uncheckedAuthSections(ctx)
    for (const o of ctx.schema.objects) {
      if (o.name === 'alertmanager_config') {
        const p = getPair(o.node, 'api_version')
        const v = scalarString(p?.value) ?? ''
        const allowed = ctx.isV3 ? ['v2'] : ['v1', 'v2']
        if (p && v !== '' && !allowed.includes(v)) r(p.value, 'api_version', `expected Alertmanager api version to be one of [${allowed.join(' ')}] but got ${v}`, 'Write `api_version: v2` (Alertmanager ≥ 0.16 serves it).')
        const t = getPair(o.node, 'timeout')
        if (t && parseDuration(scalarString(t.value) ?? '') === 0) r(t.value, 'timeout', 'a timeout of 0 makes every notification to this Alertmanager fail', 'Write e.g. `timeout: 10s`, or remove it (default 10s).', 'warning')
      } else if (o.name === 'remote_write') {
        // Queue bounds are validated at load since Prometheus 3.0 (2.x only failed at runtime).
        if (ctx.isV3) queue(ctx, getValue(o.node, 'queue_config'))
        const pm = getPair(o.node, 'protobuf_message')
        const pmv = scalarString(pm?.value) ?? ''
        if (pm && pmv !== '' && !PROTOBUF_MESSAGES.includes(pmv)) r(pm.value, 'protobuf_message', `invalid protobuf_message value: unknown type for remote write protobuf message ${pmv}, supported: ${PROTOBUF_MESSAGES.join(', ')}`, `Write one of: ${PROTOBUF_MESSAGES.join(', ')}.`)
      } else if (o.name === 'tracing') {
        const ct = getPair(o.node, 'client_type')
        const ctv = scalarString(ct?.value) ?? ''
        if (ct && !(ct.value.kind === 'scalar' && ct.value.isNull) && ctv !== 'http' && ctv !== 'grpc') r(ct.value, 'client_type', `expected tracing client type to be to be http or grpc, but got ${ctv}`, 'Write `client_type: grpc` or `client_type: http`.')
        const c = getPair(o.node, 'compression')
        const cv = scalarString(c?.value) ?? ''
        if (c && cv !== '' && cv !== 'gzip') r(c.value, 'compression', `invalid compression type ${cv} provided, valid options: gzip`, 'Write `compression: gzip` or remove it.')
        const sf = asFloat(getValue(o.node, 'sampling_fraction'))
        if (sf !== undefined && (sf < 0 || sf > 1)) r(getValue(o.node, 'sampling_fraction')!, 'sampling_fraction', `${sf} is outside [0, 1] (Prometheus loads it; the sampler treats it as ${sf > 1 ? 1 : 0})`, 'Write a fraction between 0 and 1, e.g. `sampling_fraction: 0.1`.', 'warning')
      } else if (o.name === 'otlp') {
        otlp(ctx, o.node)
      } else if (o.name === 'file_sd_config') {
        const files = getValue(o.node, 'files')
        if (files?.kind === 'seq') for (const f of files.items) {
          const name = scalarString(f) ?? ''
          if (name.length > 4096 || !/^[^*]*(\*[^/]*)?\.(json|yml|yaml|JSON|YML|YAML)$/.test(name)) {
            r(f, 'files', `path name "${name}" is not valid for file discovery`, 'Name target files *.json, *.yml or *.yaml; "*" is allowed only in the last path segment.')
          }
        }
      } else if (o.name === 'authorization' && !unchecked.has(o.node)) {
        const t = getPair(o.node, 'type')
        if (t && (scalarString(t.value) ?? '').toLowerCase() === 'basic') {
          r(t.value, 'authorization.type', 'authorization type cannot be set to "basic", use "basic_auth" instead', 'Replace authorization: with `basic_auth:` holding username and password_file.')
        }
      } else if (o.name === 'retention') {
        const p = getPair(o.node, 'percentage')
        const v = asFloat(p?.value)
        if (p && v !== undefined && (v < 0 || v > 100)) r(p.value, 'percentage', "'storage.tsdb.retention.percentage' must be in the range [0, 100]", 'Write a percentage from 0 to 100.')
      } else if (o.name === 'chunk_encoding') {
        const p = getPair(o.node, 'floats')
        const v = scalarString(p?.value) ?? ''
        if (p && v !== '' && v !== 'xor' && v !== 'xor2') r(p.value, 'floats', `'storage.tsdb.chunk_encoding.floats' must be 'xor' or 'xor2', or the field must be omitted entirely, got "${v}"`, 'Write `floats: xor` or `floats: xor2` (lower case).')
      }
    }
  },
})

function protocols(ctx: CheckContext, owner: YMap | undefined, where: string): void {
  const p = getPair(owner, 'scrape_protocols')
  if (!p || p.value.kind !== 'seq') return
  const items = p.value.items
  const report = (at: YNode, problem: string, fix: string) =>
    ctx.report({ messageId: 'invalid', at, data: { field: 'scrape_protocols', problem: problem.replace(/^scrape_protocols: /, ''), fix } })
  if (items.length === 0) return report(p.value, `scrape_protocols cannot be empty for ${where}`, `Remove scrape_protocols: or list at least one of ${SCRAPE_PROTOCOLS.join(', ')}.`)
  const seen = new Map<string, YNode>()
  const all = items.map((i) => scalarString(i) ?? '')
  for (const item of items) {
    const s = scalarString(item) ?? ''
    const lower = s.toLowerCase()
    if (seen.has(lower)) {
      report(item, `duplicated protocol in scrape_protocols, got [${all.join(' ')}] for ${where}`, `Remove the second "${s}".`)
      continue
    }
    seen.set(lower, item)
    if (!SCRAPE_PROTOCOLS.includes(s)) {
      const near = SCRAPE_PROTOCOLS.find((x) => x.toLowerCase() === lower)
      report(item, `scrape_protocols: unknown scrape protocol ${s}, supported: [${SCRAPE_PROTOCOLS.join(' ')}] for ${where}`, near ? `Write "${near}" (case matters).` : `Use one of: ${SCRAPE_PROTOCOLS.join(', ')}.`)
    } else if (s === 'PrometheusText1.0.0' && !ctx.isV3) {
      report(item, `scrape_protocols: unknown scrape protocol ${s} for Prometheus ${ctx.versionText} (added in 3.0)`, 'Use PrometheusText0.0.4 on Prometheus 2.x.')
    }
  }
}

function validationScheme(ctx: CheckContext, owner: YMap | undefined): void {
  const p = getPair(owner, 'metric_name_validation_scheme')
  const v = scalarString(p?.value) ?? ''
  if (p && v !== '' && v !== 'legacy' && v !== 'utf8') {
    ctx.report({ messageId: 'invalid', at: p.value, data: { field: 'metric_name_validation_scheme', problem: `unrecognized ValidationScheme: "${v}"`, fix: 'Write `metric_name_validation_scheme: utf8` or `metric_name_validation_scheme: legacy`.' } })
  }
}

function queue(ctx: CheckContext, q: YNode | undefined): void {
  if (q?.kind !== 'map') return
  const int = (k: string, d: number) => {
    const p = getPair(q, k)
    return p ? asInt(p.value) ?? d : d
  }
  const dur = (k: string, d: number) => {
    const p = getPair(q, k)
    return p ? parseDuration(scalarString(p.value) ?? '') ?? d : d
  }
  const at = (k: string) => getPair(q, k)?.value ?? q
  const report = (k: string, problem: string, fix: string) => ctx.report({ messageId: 'invalid', at: at(k), data: { field: `queue_config.${k}`, problem, fix } })
  const maxShards = int('max_shards', 50)
  const minShards = int('min_shards', 1)
  if (int('capacity', 10000) <= 0) report('capacity', 'remote write queue capacity must be positive', 'Write e.g. `capacity: 10000`.')
  if (maxShards <= 0) report('max_shards', 'remote write queue max_shards must be positive', 'Write e.g. `max_shards: 50`.')
  if (minShards <= 0) report('min_shards', 'remote write queue min_shards must be positive', 'Write e.g. `min_shards: 1`.')
  else if (maxShards > 0 && minShards > maxShards) report('min_shards', 'remote write queue min_shards must not be greater than max_shards', `Write \`min_shards: ${maxShards}\` or less.`)
  if (int('max_samples_per_send', 2000) <= 0) report('max_samples_per_send', 'remote write queue max_samples_per_send must be positive', 'Write e.g. `max_samples_per_send: 2000`.')
  if (dur('max_backoff', 5000) < dur('min_backoff', 30)) report('max_backoff', 'remote write queue max_backoff must not be less than min_backoff', 'Raise max_backoff to at least min_backoff.')
}

function otlp(ctx: CheckContext, n: YMap): void {
  const report = (at: YNode, field: string, problem: string, fix: string) => ctx.report({ messageId: 'invalid', at, data: { field, problem, fix } })
  const ts = getPair(n, 'translation_strategy')
  const tsv = scalarString(ts?.value) ?? ''
  if (ts && tsv !== '') {
    // NoTranslation: release notes of 3.4.0, "OTLP translate: Add option to receive OTLP metrics without
    // translating names or attributes. #16441". The other values' first versions are not pinned (lower bound 3.0).
    const known = cmpVersion(ctx.version, [3, 4]) < 0 ? OTLP_STRATEGIES.filter((x) => x !== 'NoTranslation') : OTLP_STRATEGIES
    if (!known.includes(tsv)) report(ts.value, 'translation_strategy', `unsupported OTLP translation strategy "${tsv}"${OTLP_STRATEGIES.includes(tsv) ? ` (needs a newer Prometheus than ${ctx.versionText})` : ''}`, `Write one of: ${known.join(', ')}.`)
    else if ((tsv === 'NoTranslation' || tsv === 'NoUTF8EscapingWithSuffixes') && ctx.globalScheme === 'legacy') {
      report(ts.value, 'translation_strategy', `OTLP translation strategy "${tsv}" is not allowed when UTF8 is disabled`, 'Use UnderscoreEscapingWithSuffixes, or set global `metric_name_validation_scheme: utf8`.')
    }
  }
  const all = getPair(n, 'promote_all_resource_attributes')
  const allOn = all?.value.kind === 'scalar' && /^(true|True|TRUE|yes|Yes|YES|on|On|ON|y|Y)$/.test(all.value.text)
  const promote = getPair(n, 'promote_resource_attributes')
  const ignore = getPair(n, 'ignore_resource_attributes')
  const nonEmpty = (p: typeof promote) => p?.value.kind === 'seq' && p.value.items.length > 0
  if (allOn && nonEmpty(promote)) report(promote!.key, 'promote_resource_attributes', "'promote_all_resource_attributes' and 'promote_resource_attributes' cannot be configured simultaneously", 'Remove one of the two settings.')
  if (!allOn && nonEmpty(ignore)) report(ignore!.key, 'ignore_resource_attributes', "'ignore_resource_attributes' cannot be configured unless 'promote_all_resource_attributes' is true", 'Set `promote_all_resource_attributes: true`, or remove ignore_resource_attributes.')
  for (const [p, verb, field] of [[promote, 'promoted', 'promote_resource_attributes'], [ignore, 'ignored', 'ignore_resource_attributes']] as const) {
    if (p?.value.kind !== 'seq') continue
    const seen = new Set<string>()
    for (const item of p.value.items) {
      const s = (scalarString(item) ?? '').trim()
      if (s === '') report(item, field, `invalid '${field}': empty ${verb} OTel resource attribute`, 'Remove the empty entry.')
      else if (seen.has(s)) report(item, field, `invalid '${field}': duplicated ${verb} OTel resource attribute "${s}"`, `Remove the second "${s}".`)
      seen.add(s)
    }
  }
}
