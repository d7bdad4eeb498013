// Exemplars on counters, classic buckets and native histograms, checked as Prometheus stores them and
// as OpenMetrics limits them: label names present, not repeated, classic on 2.x; the label set (names
// and values) at most 128 code points (OpenMetrics; Prometheus drops a longer one,
// storage.ErrExemplarLabelLength); a timestamp on native-histogram exemplars (metrics.proto: "These
// exemplars MUST have a timestamp"; Prometheus skips the ones without) and a valid one where set.
import { defineProtoCheck, LEGACY_LABEL_NAME, q, type ProtoContext } from '../context.js'
import { has, num, type PbExemplar } from '../schema.js'

/** OpenMetrics 1.0 and Prometheus (exemplar.ExemplarMaxLabelSetLength): code points of names + values. */
const MAX_RUNES = 128

export default defineProtoCheck({
  id: 'exposition/protobuf-invalid-exemplar',
  severity: 'warning',
  verdict: { kind: 'accepted-but-wrong' },
  description: 'Keep exemplars storable: valid label names, a label set of at most 128 code points, a valid timestamp (required on native histograms).',
  messages: {
    emptyName: 'the exemplar of {where} in family {name} has a label with an empty name',
    duplicateName: 'the exemplar of {where} in family {name} repeats the label name {label}',
    legacyName: 'the exemplar of {where} in family {name} has the label name {label}, which Prometheus 2.x does not accept',
    tooLong: 'the exemplar of {where} in family {name} has a label set of {runes} code points; the limit is 128, and Prometheus drops the exemplar',
    noTimestamp: 'exemplar {index} of the native histogram in family {name} (metric {metric}) has no timestamp; Prometheus ignores native-histogram exemplars without one',
    badTimestamp: 'the exemplar of {where} in family {name} has an invalid timestamp (nanos {nanos}, must be 0 to 999999999)',
  },
  hints: {
    emptyName: 'Name every exemplar label (e.g. trace_id), or drop it.',
    duplicateName: 'Give each exemplar label a distinct name.',
    legacyName: 'Use letters, digits and "_" only in exemplar label names, e.g. trace_id.',
    tooLong: 'Keep exemplar labels short: a trace id and perhaps a span id fit in 128 code points.',
    noTimestamp: 'Set the exemplar\'s timestamp to when the observation was made.',
    badTimestamp: 'Write the time as whole seconds plus 0 to 999999999 nanoseconds.',
  },
  check(ctx) {
    const name = q(ctx.name)
    ctx.raw.metric.forEach((m, i) => {
      if (m.counter?.exemplar) checkOne(ctx, m.counter.exemplar, `metric ${i}`, name, i)
      const h = m.histogram
      if (!h) return
      h.bucket.forEach((b, k) => {
        if (b.exemplar) checkOne(ctx, b.exemplar, `bucket ${k} (le=${b.upperBound ?? 0}) of metric ${i}`, name, i)
      })
      h.exemplars.forEach((ex, k) => {
        if (!has(ex, 'timestamp')) ctx.report('noTimestamp', { index: k, name, metric: i }, { metric: i })
        checkOne(ctx, ex, `native exemplar ${k} of metric ${i}`, name, i)
      })
    })
  },
})

function checkOne(ctx: ProtoContext, ex: PbExemplar, where: string, name: string, metric: number): void {
  const seen = new Set<string>()
  let runes = 0
  for (const l of ex.label) {
    const label = ctx.decode(l.name)
    const value = ctx.decode(l.value)
    runes += [...label].length + [...value].length
    if (label === '') ctx.report('emptyName', { where, name }, { metric })
    else if (seen.has(label)) ctx.report('duplicateName', { where, name, label: q(label) }, { metric })
    else if (ctx.major < 3 && !LEGACY_LABEL_NAME.test(label)) ctx.report('legacyName', { where, name, label: q(label) }, { metric })
    seen.add(label)
  }
  if (runes > MAX_RUNES) ctx.report('tooLong', { where, name, runes }, { metric })
  if (ex.timestamp && has(ex, 'timestamp')) {
    const nanos = num(ex.timestamp.nanos)
    if (nanos < 0 || nanos > 999_999_999) ctx.report('badTimestamp', { where, name, nanos }, { metric })
  }
}
