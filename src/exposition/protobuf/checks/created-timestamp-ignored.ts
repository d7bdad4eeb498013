// created_timestamp lives on Counter, Summary and Histogram messages. Prometheus's protobuf parser
// (model/textparse/protobufparse.go, CreatedTimestamp, since 2.50) reads it for COUNTER, SUMMARY,
// HISTOGRAM and also GAUGE_HISTOGRAM families (the Histogram message's field, same switch case as
// HISTOGRAM); on a GAUGE or UNTYPED family it is never read. With created-timestamp-zero-ingestion
// the scrape loop (scrape/scrape.go) then stores a zero sample at that time for every family whose
// parser returned one, without looking at the type: for a gauge histogram that is an empty histogram
// the metric never had (the TSDB marks such a zero histogram as a counter reset).
import { defineProtoCheck, q } from '../context.js'
import { has, METRIC_TYPES } from '../schema.js'

export default defineProtoCheck({
  id: 'exposition/protobuf-created-timestamp-ignored',
  severity: 'warning',
  verdict: { kind: 'accepted-but-wrong' },
  description: 'Set created_timestamp only on counters, summaries and (counter) histograms, where it means the start of the count.',
  messages: {
    ignored: 'metric {metric} of {type} family {name} sets {field}.created_timestamp, which Prometheus ignores for a {type} family',
    gaugeHistogram: 'metric {metric} of GAUGE_HISTOGRAM family {name} sets histogram.created_timestamp: Prometheus (2.50+) reads it as for a HISTOGRAM and, with created-timestamp-zero-ingestion, stores an empty histogram at that time, a start a gauge histogram does not have',
  },
  hints: {
    ignored: 'Drop created_timestamp, or expose the family with the type that counts from it (COUNTER, SUMMARY or HISTOGRAM).',
    gaugeHistogram: 'Drop created_timestamp from gauge histograms (their buckets go up and down), or expose the family as a HISTOGRAM if its counts only grow.',
  },
  check(ctx) {
    const type = METRIC_TYPES[ctx.raw.type ?? 0]
    if (type === 'GAUGE_HISTOGRAM') {
      const name = q(ctx.name)
      ctx.raw.metric.forEach((m, i) => {
        if (m.histogram && has(m.histogram, 'createdTimestamp')) ctx.report('gaugeHistogram', { metric: i, name }, { metric: i })
      })
      return
    }
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
