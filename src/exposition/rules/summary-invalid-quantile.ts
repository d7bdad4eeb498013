import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/summary-invalid-quantile',
  severity: 'error',
  description: 'Give summary quantiles as floats in [0, 1].',
  messages: {
    invalid: 'quantile="{q}" is not a float',
    range: 'quantile="{q}" is outside [0, 1]',
    missing: 'summary sample "{name}" has no quantile label',
    negativeValue: 'quantile {q} of {name} has the value {value}; quantile values cannot be negative in OpenMetrics',
  },
  hints: {
    invalid: 'Write the quantile as a float, e.g. quantile="0.99".',
    range: 'Quantiles are fractions: 0.5, 0.9, 0.99.',
    missing: 'Add quantile="…", or expose the value as {name}_sum / {name}_count.',
    negativeValue: 'Expose the observed quantile (observations are non-negative in an OpenMetrics summary), or NaN when there were none.',
  },
})
