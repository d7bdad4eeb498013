import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/label-value-length-limit-exceeded',
  severity: 'error',
  description: 'Stay under the job\'s label_value_length_limit.',
  messages: {
    exceeded: 'value of label "{name}" is {length} bytes; label_value_length_limit is {limit}: every scrape will fail; {count} label value(s) exceed it',
    target: 'target label "{name}" ({origin}) has a value of {length} bytes; label_value_length_limit is {limit}: Prometheus adds it to the scraped samples, so every scrape will fail',
  },
  hints: {
    exceeded: 'Shorten the value or raise label_value_length_limit.',
    target: 'Shorten the target label\'s value (job_name, the target address, a static label, or relabel_configs) or raise label_value_length_limit.',
  },
})
