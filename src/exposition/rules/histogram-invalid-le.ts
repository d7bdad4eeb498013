import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/histogram-invalid-le',
  severity: 'error',
  description: 'Write le as a float (e.g. "0.5", "+Inf").',
  messages: {
    invalid: 'le="{le}" is not a float',
    infSpelling: 'le="{le}" must be written "+Inf" in OpenMetrics',
  },
  hints: {
    invalid: 'Write the bucket\'s upper bound as a float, e.g. le="0.25" or le="+Inf".',
    infSpelling: 'Write le="+Inf" (OpenMetrics requires this exact spelling for positive infinity).',
  },
})
