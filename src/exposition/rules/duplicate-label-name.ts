import { defineRule } from '../../check.js'

export default defineRule({
  id: 'exposition/duplicate-label-name',
  severity: 'error',
  description: 'Give each label of a sample a distinct name.',
  messages: {
    duplicate: 'label "{name}" appears twice in this sample',
    duplicateEmpty: 'label "{name}" appears twice in this sample, each time empty (Prometheus drops empty labels, so the sample is ingested without it)',
    duplicateDropped: 'label "{name}" appears twice in this sample and one of them is empty: Prometheus drops every "{name}" label of the sample, the non-empty value is lost',
  },
  hints: {
    duplicate: 'Remove one of the two "{name}" labels; Prometheus fails the scrape on this sample.',
    duplicateEmpty: 'Remove the repeated "{name}" labels.',
    duplicateDropped: 'Keep one "{name}" label with the value you mean.',
  },
})
