import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/openmetrics-invalid-unit',
  severity: 'error',
  description: 'Make the UNIT a suffix of the metric family name; give info and stateset families none.',
  messages: {
    suffix: 'unit "{unit}" is not a suffix of metric family "{name}"',
    type: '{type} metric family "{name}" has unit "{unit}"; {type} families must have an empty unit',
  },
  hints: {
    suffix: 'Name the family "{name}_{unit}", or drop the UNIT line.',
    type: 'Drop the UNIT line: {type} values are not measured in a unit.',
  },
})
