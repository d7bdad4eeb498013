import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/label-limit-exceeded',
  severity: 'error',
  description: 'Stay under the job\'s label_limit.',
  messages: {
    exceeded: 'this sample has {count} labels (with __name__ and the target labels job and instance); label_limit is {limit}: every scrape will fail; {samples} sample(s) exceed it',
    exceededTarget: 'this sample has {count} labels once Prometheus adds the target\'s: {own} of its own, __name__, and {added} target label(s) ({names}); label_limit is {limit}: every scrape will fail; {samples} sample(s) exceed it',
  },
  hints: {
    exceeded: 'Raise label_limit or drop labels with metric_relabel_configs (action: labeldrop).',
    exceededTarget: 'Raise label_limit, drop labels with metric_relabel_configs (action: labeldrop), or set fewer target labels (static_configs labels, relabel_configs).',
  },
})
