import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/invalid-exemplar',
  severity: 'error',
  description: 'Write exemplars as ` # {labels} value [timestamp]` on counters and histogram buckets.',
  messages: {
    syntax: 'invalid exemplar: {what}',
    placement: 'exemplar on "{name}": exemplars are allowed only on counter _total and histogram _bucket samples',
    notOm: 'exemplar in {format}: only OpenMetrics has exemplars',
    nameBefore243: 'exemplar on "{name}": Prometheus before 2.43 accepts exemplars only on samples whose name ends in _total or _bucket, and fails the scrape',
  },
  hints: {
    syntax: 'Write ` # {trace_id="abc"} 1.0` after the value (and timestamp).',
    placement: 'Remove the exemplar.',
    notOm: 'Serve OpenMetrics (application/openmetrics-text; version=1.0.0) to expose exemplars.',
    nameBefore243: 'Remove the exemplar (exemplars belong on counter _total and histogram _bucket samples), or upgrade Prometheus to 2.43 or later.',
  },
})
