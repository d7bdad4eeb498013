import { defineConfigCheck } from '../context.js'

/** YAML that cannot be parsed: Prometheus refuses the whole file. Each error is placed at its line:column. */
export default defineConfigCheck({
  id: 'config/yaml-syntax',
  severity: 'error',
  description: 'Write prometheus.yml as valid YAML.',
  messages: {
    syntax: 'YAML syntax error: {message}',
    tab: 'a tab is used for indentation; YAML allows only spaces',
    tooDeep: 'YAML could not be read: {message}',
  },
  hints: {
    syntax: 'Fix the YAML at this position (check indentation, quotes and the ":" after each key).',
    tab: 'Replace the tab at the start of this line with spaces (2 per level is usual).',
    tooDeep: 'Flatten the document: Prometheus configs never nest this deep.',
  },
  check(ctx) {
    for (const i of ctx.parseIssues) {
      if (i.kind === 'syntax') ctx.report({ messageId: 'syntax', at: i.span, data: { message: i.message } })
      else if (i.kind === 'tab-indent') ctx.report({ messageId: 'tab', at: i.span })
      else if (i.kind === 'too-deep') ctx.report({ messageId: 'tooDeep', at: i.span, data: { message: i.message } })
    }
  },
})
