// created_timestamp lives on Counter, Summary and Histogram messages; Prometheus reads it (as the
// created timestamp of the series) only for COUNTER, SUMMARY and HISTOGRAM families. On a GAUGE or
// UNTYPED family it is never read: the metric's value comes from its gauge or untyped field.
import { defineProtoCheck, q } from '../context.js'
import { has, METRIC_TYPES } from '../schema.js'

export default defineProtoCheck({
  id: 'exposition/protobuf-created-timestamp-ignored',
  severity: 'warning',
  verdict: { kind: 'accepted-but-wrong' },
  description: 'Set created_timestamp only on counters, summaries and histograms, where Prometheus reads it.',
  messages: {
    ignored: 'metric {metric} of {type} family {name} sets {field}.created_timestamp, which Prometheus ignores for a {type} family',
  },
  hints: {
    ignored: 'Drop created_timestamp, or expose the family with the type that counts from it (COUNTER, SUMMARY or HISTOGRAM).',
  },
  check(ctx) {
    const type = METRIC_TYPES[ctx.raw.type ?? 0]
    if (type !== 'GAUGE' && type !== 'UNTYPED') return
    const name = q(ctx.name)
    ctx.raw.metric.forEach((m, i) => {
      for (const field of ['counter', 'summary', 'histogram'] as const) {
        const sub = m[field]
        if (sub && has(sub, 'createdTimestamp')) ctx.report('ignored', { metric: i, type, name, field }, { metric: i })
      }
    })
  },
})
