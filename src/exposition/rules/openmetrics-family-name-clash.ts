import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/openmetrics-family-name-clash',
  severity: 'error',
  description: 'Name OpenMetrics families so that no family is a sample name of another (a gauge "foo_created" next to a counter "foo").',
  messages: {
    clash: '{type} metric family "{name}" clashes with {otherType} family "{other}" (line {line}): "{sample}" is a sample name of both',
  },
  hints: {
    clash: 'Rename one of the two families, e.g. "{suggestion}".',
  },
})
