import { defineConfigCheck } from '../context.js'
import type { YScalar } from '../yaml-tree.js'

/** Prometheus refuses two scrape configs with one job_name ("found multiple scrape configs with job name ..."). */
export default defineConfigCheck({
  id: 'config/duplicate-job-name',
  severity: 'error',
  description: 'Give every scrape config its own job_name.',
  messages: { duplicate: 'job_name "{name}" is already used on line {line} (found multiple scrape configs with job name "{name}")' },
  hints: { duplicate: 'Rename one of them, e.g. `job_name: {name}-2`, or merge their targets into one scrape config.' },
  check(ctx) {
    const seen = new Map<string, YScalar>()
    for (const ref of ctx.scrapeConfigs) {
      const jn = ref.jobName
      if (!jn) continue
      const first = seen.get(jn.text)
      if (!first) {
        seen.set(jn.text, jn)
        continue
      }
      const where = first.span.file === jn.span.file ? `${first.span.line}` : `${first.span.line} of ${first.span.file}`
      ctx.report({ messageId: 'duplicate', at: jn, data: { name: jn.text, line: where }, related: [{ at: first, label: 'first used here' }] })
    }
  },
})
