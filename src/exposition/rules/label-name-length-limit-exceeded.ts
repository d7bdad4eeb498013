import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/label-name-length-limit-exceeded',
  severity: 'error',
  description: 'Stay under the job\'s label_name_length_limit.',
  messages: {
    exceeded: 'label name "{name}" is {length} bytes; label_name_length_limit is {limit}: every scrape will fail; {count} label name(s) exceed it',
    target: 'target label name "{name}" ({origin}) is {length} bytes; label_name_length_limit is {limit}: Prometheus adds it to the scraped samples, so every scrape will fail',
  },
  hints: {
    exceeded: 'Shorten the label name or raise label_name_length_limit.',
    target: 'Rename the target label (static_configs labels, relabel_configs) or raise label_name_length_limit.',
  },
})
