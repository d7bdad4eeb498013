import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/unexpected-token',
  severity: 'error',
  description: 'Follow the line grammar: name, optional {labels}, value, optional timestamp.',
  messages: {
    afterTimestamp: 'unexpected {found} after the timestamp',
    afterLabels: 'expected "=" after label name "{name}", found {found}',
    trailingSpace: 'trailing whitespace at the end of the line',
    leadingSpace: 'leading whitespace before the sample',
    leadingSpaceName2: 'leading whitespace before the metric name: Prometheus 2.x reads it as part of the name, which is then invalid, and fails the scrape',
    leadingSpaceName3: 'leading whitespace before the metric name: Prometheus 3 keeps it as part of the name and stores the samples under a name that starts with blanks',
    separator: '{what} must be separated by exactly one space',
    unclosed: 'label set is not closed with "}"',
    comment: 'OpenMetrics allows only # HELP, # TYPE, # UNIT and # EOF lines starting with "#"',
    trailingComma: 'trailing comma before "}"',
  },
  hints: {
    afterTimestamp: 'A sample line ends after its timestamp.',
    afterLabels: 'Write label="value".',
    trailingSpace: 'Remove the trailing whitespace.',
    leadingSpace: 'Start the line with the metric name.',
    leadingSpaceName2: 'Start the line with the metric name.',
    leadingSpaceName3: 'Start the line with the metric name.',
    separator: 'Use a single space.',
    unclosed: 'Close the label set: name{label="value"} 1.',
    comment: 'Remove the comment; OpenMetrics has no free-form comments.',
    trailingComma: 'Remove the comma after the last label.',
  },
})
