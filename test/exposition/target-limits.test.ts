/**
 * The job's label limits with the scrape target's real labels (job, instance, static labels) and
 * honor_labels, as Prometheus applies them (scrape.go mutateSampleLabels, then verifyLabelLimits),
 * in the text formats and in protobuf.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { encodeMetricFamilies, validateProtobuf } from '../../src/exposition/protobuf/index.js'
import type { ScrapeTargetInfo, ValidatorLimits } from '../../src/exposition/index.js'
import type { Finding } from '../../src/finding.js'
import { brief, run } from './helpers.js'

const target = (labels: Record<string, string>, honorLabels?: boolean): ScrapeTargetInfo => ({ labels, honorLabels })
const STATIC = { job: 'api', instance: '10.0.0.1:9100', team: 'payments', env: 'prod' }

function text(payload: string, limits: ValidatorLimits, t?: ScrapeTargetInfo): Finding[] {
  return run(payload, 'text-0.0.4', { limits, ...(t ? { target: t } : {}) })
}

function pb(labels: Record<string, string>[], limits: ValidatorLimits, t?: ScrapeTargetInfo, name = 'x_total'): Finding[] {
  const metric = labels.map((l) => ({ label: Object.entries(l).map(([n, v]) => ({ name: n, value: v })), counter: { value: 1 } }))
  const bytes = encodeMetricFamilies([{ name, help: 'h', type: 'COUNTER', metric }])
  return validateProtobuf(bytes, { file: 'payload.pb', limits, ...(t ? { target: t } : {}) }).findings
}

test('label_limit counts every target label: job, instance and the static ones', () => {
  // 1 own + __name__ + 4 target labels = 6
  assert.deepEqual(text('a{x="1"} 1\n', { labelLimit: 6 }, target(STATIC)), [])
  const f = text('a 1\na{x="1"} 1\nb{x="1",y="2"} 1\n', { labelLimit: 6 }, target(STATIC))
  assert.deepEqual(brief(f), ['label-limit-exceeded@3:1'])
  assert.match(f[0]!.message, /this sample has 7 labels once Prometheus adds the target's: 2 of its own, __name__, and 4 target label\(s\) \(job, instance, team, env\); label_limit is 6: every scrape will fail; 1 sample\(s\) exceed it/)
  assert.deepEqual(f[0]!.verdict, { kind: 'scrape-fails' })
  // the same payload with only a count (no target known): job and instance, so it passes
  assert.deepEqual(text('b{x="1",y="2"} 1\n', { labelLimit: 6 }), [])
  // protobuf: the same counts
  assert.deepEqual(pb([{ x: '1' }], { labelLimit: 6 }, target(STATIC)), [])
  const p = pb([{ x: '1' }, { x: '1', y: '2' }], { labelLimit: 6 }, target(STATIC))
  assert.deepEqual(p.map((x) => x.rule), ['exposition/label-limit-exceeded'])
  assert.match(p[0]!.message, /7 labels .* 2 of its own, __name__, and 4 target label\(s\) \(job, instance, team, env\)/)
})

test('honor_labels: false keeps a conflicting exposed label as exported_<name> (it still counts); true lets it replace the target\'s', () => {
  const payload = 'a{team="web",x="1"} 1\n' // 2 own + __name__ + 4 target = 7 without honor, 6 with
  assert.deepEqual(brief(text(payload, { labelLimit: 6 }, target(STATIC, false))), ['label-limit-exceeded@1:1'])
  assert.deepEqual(text(payload, { labelLimit: 6 }, target(STATIC, true)), [])
  const honored = text(payload, { labelLimit: 5 }, target(STATIC, true))
  assert.match(honored[0]!.message, /6 labels .* 2 of its own, __name__, and 3 target label\(s\) \(job, instance, env\)/)
  // honor_labels: true, the name alone decides (Prometheus's lset.Has): an empty exposed team still blocks the target's
  assert.deepEqual(text('a{team="",x="1",y="2"} 1\n', { labelLimit: 6 }, target(STATIC, true)), [])
  // protobuf
  assert.equal(pb([{ team: 'web', x: '1' }], { labelLimit: 6 }, target(STATIC, false)).length, 1)
  assert.deepEqual(pb([{ team: 'web', x: '1' }], { labelLimit: 6 }, target(STATIC, true)), [])
})

test('label_name_length_limit: a conflicting exposed label is checked under its exported_ name', () => {
  // "team" (4 bytes) becomes "exported_team" (13 bytes) with honor_labels: false
  const f = text('a{team="web"} 1\n', { labelNameLengthLimit: 12 }, target(STATIC))
  assert.deepEqual(brief(f), ['label-name-length-limit-exceeded@1:3'])
  assert.match(f[0]!.message, /label name "exported_team" is 13 bytes; label_name_length_limit is 12/)
  assert.deepEqual(text('a{team="web"} 1\n', { labelNameLengthLimit: 12 }, target(STATIC, true)), [])
  assert.match(pb([{ team: 'web' }], { labelNameLengthLimit: 12 }, target(STATIC))[0]!.message, /"exported_team" is 13 bytes/)
})

test('labels with an empty value are dropped before the limits (checked against 2.42 in scrape-oracle)', () => {
  assert.deepEqual(text('a{x="1",y=""} 1\n', { labelLimit: 4 }, target({ job: 'j', instance: 'i' })), [])
  assert.deepEqual(text('a{abcdefghijk=""} 1\n', { labelNameLengthLimit: 10 }), [])
  assert.deepEqual(pb([{ x: '1', y: '' }], { labelLimit: 4 }, target({ job: 'j', instance: 'i' })), [])
})

test('a long instance over label_value_length_limit fails every scrape: one finding naming the target label', () => {
  const long = { job: 'api', instance: 'very-long-hostname.example.internal:9100' } // 40 bytes
  const f = text('a 1\nb 1\nc{x="1"} 1\n', { labelValueLengthLimit: 30 }, target(long))
  assert.deepEqual(brief(f), ['label-value-length-limit-exceeded@1:1'])
  assert.match(f[0]!.message, /target label "instance" \(set from the target address\) has a value of 40 bytes; label_value_length_limit is 30: Prometheus adds it to the scraped samples, so every scrape will fail/)
  assert.deepEqual(f[0]!.verdict, { kind: 'scrape-fails' })
  assert.match(f[0]!.hint!, /target label/)
  // no sample, no failure
  assert.deepEqual(text('# HELP a h\n', { labelValueLengthLimit: 30 }, target(long)), [])
  // an exposed label's own long value is a separate finding
  assert.deepEqual(brief(text(`a{x="${'v'.repeat(31)}"} 1\n`, { labelValueLengthLimit: 30 }, target(long))).sort(),
    ['label-value-length-limit-exceeded@1:1', 'label-value-length-limit-exceeded@1:6'])
  // honor_labels: true and every sample exposes its own instance: the target's is never added
  assert.deepEqual(text('a{instance="x"} 1\n', { labelValueLengthLimit: 30 }, target(long, true)), [])
  assert.deepEqual(brief(text('a{instance="x"} 1\nb 1\n', { labelValueLengthLimit: 30 }, target(long, true))), ['label-value-length-limit-exceeded@2:1'])
  // protobuf
  const p = pb([{ x: '1' }, { x: '2' }], { labelValueLengthLimit: 30 }, target(long))
  assert.deepEqual(p.map((x) => x.rule), ['exposition/label-value-length-limit-exceeded'])
  assert.match(p[0]!.message, /target label "instance" \(set from the target address\) has a value of 40 bytes/)
})

test('a static label name over label_name_length_limit, and the job name over label_value_length_limit', () => {
  const f = text('a 1\n', { labelNameLengthLimit: 10 }, target({ job: 'j', instance: 'i', kubernetes_ns: 'x' }))
  assert.match(f[0]!.message, /target label name "kubernetes_ns" \(a static_configs \/ file_sd label of the target, or set by relabel_configs\) is 13 bytes; label_name_length_limit is 10/)
  const g = text('a 1\n', { labelValueLengthLimit: 5 }, target({ job: 'long-job-name', instance: 'i' }))
  assert.match(g[0]!.message, /target label "job" \(set from job_name\) has a value of 13 bytes/)
  assert.match(pb([{}], { labelNameLengthLimit: 10 }, target({ job: 'j', instance: 'i', kubernetes_ns: 'x' }))[0]!.message, /target label name "kubernetes_ns"/)
})

test('protobuf checks __name__ against the length limits too', () => {
  assert.match(pb([{}], { labelNameLengthLimit: 7 })[0]!.message, /label name "__name__" is 8 bytes/)
  assert.match(pb([{}], { labelValueLengthLimit: 5 }, undefined, 'abcdef_total')[0]!.message, /value of label "__name__" is 12 bytes/)
  assert.deepEqual(pb([{}], { labelNameLengthLimit: 8, labelValueLengthLimit: 7 }), [])
})

test('label_name_length_limit: exported_ is repeated while the name is taken (exported_exported_<name>), as Prometheus resolves it', () => {
  // the sample's own exported_team takes the first rename: team becomes exported_exported_team (22 bytes)
  const f = text('a{team="web",exported_team="x"} 1\n', { labelNameLengthLimit: 20 }, target(STATIC))
  assert.deepEqual(brief(f), ['label-name-length-limit-exceeded@1:3'])
  assert.match(f[0]!.message, /label name "exported_exported_team" is 22 bytes; label_name_length_limit is 20/)
  // a target label named exported_team takes it too
  assert.match(text('a{team="web"} 1\n', { labelNameLengthLimit: 20 }, target({ ...STATIC, exported_team: 'y' }))[0]!.message, /"exported_exported_team" is 22 bytes/)
  // an empty exported_team: its name is still taken before 2.44 (labels.Has), free since (labels.Builder.Get)
  const empty = 'a{team="web",exported_team=""} 1\n'
  assert.equal(run(empty, 'text-0.0.4', { limits: { labelNameLengthLimit: 20 }, target: target(STATIC), prometheusVersion: '2.42' }).length, 1)
  assert.deepEqual(run(empty, 'text-0.0.4', { limits: { labelNameLengthLimit: 20 }, target: target(STATIC), prometheusVersion: '2.44' }), [])
  assert.deepEqual(text(empty, { labelNameLengthLimit: 20 }, target(STATIC)), [])
  // without the clash: exported_team, 13 bytes
  assert.deepEqual(text('a{team="web"} 1\n', { labelNameLengthLimit: 20 }, target(STATIC)), [])
  // protobuf: the same
  assert.match(pb([{ team: 'web', exported_team: 'x' }], { labelNameLengthLimit: 20 }, target(STATIC))[0]!.message, /"exported_exported_team" is 22 bytes/)
  assert.deepEqual(pb([{ team: 'web', exported_team: '' }], { labelNameLengthLimit: 20 }, target(STATIC)), [])
  assert.deepEqual(pb([{ team: 'web' }], { labelNameLengthLimit: 20 }, target(STATIC)), [])
})
