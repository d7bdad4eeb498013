import { defineConfigCheck } from '../context.js'

/** A file named by scrape_config_files that promgate could not (or would not) read. */
export default defineConfigCheck({
  id: 'config/unreadable-file',
  severity: 'warning',
  description: 'Keep scrape_config_files inside the repository, readable.',
  messages: { unreadable: '{file} (from scrape_config_files) was not checked: {reason}' },
  hints: { unreadable: 'Keep scrape config files next to prometheus.yml in the repository, with a relative path.' },
  check(ctx) {
    for (const i of ctx.fileIssues) {
      if (i.kind === 'unreadable') ctx.report({ messageId: 'unreadable', at: i.span, data: { file: i.file, reason: i.message ?? 'unreadable' } })
    }
  },
})
