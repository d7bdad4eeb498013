import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/openmetrics-invalid-histogram-sum',
  severity: 'error',
  description: 'Leave out _sum when a histogram has negative buckets; keep a gauge histogram\'s _gsum a number, negative only with negative buckets.',
  messages: {
    sumWithNegativeBuckets: 'histogram {series} has a bucket below zero (le="{le}") and a {sample} sample; a histogram with negative buckets must not expose a sum',
    sumNegative: 'histogram sample "{sample}" is {value}; with no bucket below zero the sum of observations cannot be negative',
    gsumNaN: 'gauge histogram sample "{sample}" is NaN; _gsum must be a number',
    gsumNegative: 'gauge histogram sample "{sample}" is negative ({value}) but no bucket is below zero',
  },
  hints: {
    sumWithNegativeBuckets: 'Drop `{sample}` (with negative observations it is no longer a counter), or use a gaugehistogram, whose _gsum may be negative.',
    sumNegative: 'Check the sum: a histogram without negative buckets has only non-negative observations.',
    gsumNaN: 'Expose the sum of the observations currently in the distribution, or leave out `{sample}` (and its _gcount).',
    gsumNegative: 'Check the sum: with no bucket below zero no observation is negative, so the sum cannot be.',
  },
})
