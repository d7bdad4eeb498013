// Schema -53 (native histogram with custom buckets), checked as Prometheus 3.x's Histogram.Validate /
// FloatHistogram.Validate check it: no zero bucket (count and threshold 0), no negative spans or
// buckets, and no span with a negative offset (the first one included: custom bucket indexes start at 0).
// The bounds themselves (custom_values) have no field in the exposition messages, so they cannot be
// decoded or checked here; exposition/protobuf-native-histogram-schema reports schema -53 for that.
// Checked (2026-11, in the stored public sources; no network to fetch the newest module):
// - prometheus/client_model io/prometheus/client/metrics.proto (stored versions 0da3265, bbaf1cc): the
//   Histogram message has no custom values field;
// - prometheus/prometheus prompb/io/prometheus/client/metrics.proto (0e0afa1, the proto3 copy Prometheus
//   decodes scrapes with, already with MetricFamily.unit = 5 and Histogram.exemplars = 16): none either;
// - prometheus/prometheus model/textparse/protobufparse.go Histogram(): builds the histogram without
//   CustomValues;
// - prometheus/docs docs/specs/native_histograms.md (18aeca5, "Classic Prometheus formats"): "There is
//   no representation for the custom values needed for NHCBs. NHCBs are never directly exposed, but
//   presented as classic histograms, to be converted (back) to NHCB upon ingestion." (an older version
//   of that page still had a TODO to add them).
// A repeated double custom_values = 16 exists only on the remote-write Histogram message, marked there
// as not part of the specification: not a scrape field, so promgate does not decode it.
import { defineProtoCheck, q } from '../context.js'
import { isNative } from '../native.js'
import { num } from '../schema.js'

export default defineProtoCheck({
  id: 'exposition/protobuf-native-histogram-custom-buckets',
  severity: 'error',
  verdict: { kind: 'scrape-fails' },
  description: 'Give a custom-buckets native histogram (schema -53) positive buckets only, no zero bucket, and span offsets of 0 or more.',
  messages: {
    zeroCount: 'metric {metric} of histogram {name} (schema -53): custom buckets: must have zero count of 0 (it is {count})',
    zeroThreshold: 'metric {metric} of histogram {name} (schema -53): custom buckets: must have zero threshold of 0 (it is {threshold})',
    negativeSpans: 'metric {metric} of histogram {name} (schema -53): custom buckets: must not have negative spans',
    negativeBuckets: 'metric {metric} of histogram {name} (schema -53): custom buckets: must not have negative buckets',
    negativeOffset: 'metric {metric} of histogram {name} (schema -53): custom buckets: span number {span} with offset {offset}: histogram has a span whose offset is negative',
  },
  hints: {
    zeroCount: 'Custom buckets have no zero bucket: count those observations in the bucket that holds 0.',
    zeroThreshold: 'Leave zero_threshold unset (0) for custom buckets.',
    negativeSpans: 'Custom bucket indexes are positive: put every bucket in positive_span.',
    negativeBuckets: 'Put every bucket count in positive_delta / positive_count.',
    negativeOffset: 'Custom bucket index 0 is the first bound: start the first span at offset 0 or more, and later spans at the gap (0 or more).',
  },
  check(ctx) {
    ctx.raw.metric.forEach((m, i) => {
      const h = m.histogram
      if (!h || !isNative(h) || h.schema !== -53) return
      const name = q(ctx.name)
      const zero = num(h.zeroCount) || (h.zeroCountFloat ?? 0)
      if (zero !== 0) ctx.report('zeroCount', { metric: i, name, count: zero }, { metric: i })
      if ((h.zeroThreshold ?? 0) !== 0) ctx.report('zeroThreshold', { metric: i, name, threshold: h.zeroThreshold ?? 0 }, { metric: i })
      if (h.negativeSpan.length > 0) ctx.report('negativeSpans', { metric: i, name }, { metric: i })
      if (h.negativeDelta.length > 0 || h.negativeCount.length > 0) ctx.report('negativeBuckets', { metric: i, name }, { metric: i })
      h.positiveSpan.forEach((s, k) => {
        if ((s.offset ?? 0) < 0) ctx.report('negativeOffset', { metric: i, name, span: k + 1, offset: s.offset ?? 0 }, { metric: i })
      })
    })
  },
})
