import { getPair, jobLabel, missingAt } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'

/** Prometheus refuses a scrape config without a job_name ("job_name is empty"). */
export default defineConfigCheck({
  id: 'config/missing-job-name',
  severity: 'error',
  description: 'Give every scrape config a job_name.',
  messages: {
    missing: '{job} has no job_name (job_name is empty)',
    empty: 'job_name is empty',
  },
  hints: {
    missing: 'Add `- job_name: my-job` as the first line of this scrape config.',
    empty: 'Write a name, e.g. `job_name: node`.',
  },
  check(ctx) {
    for (const ref of ctx.scrapeConfigs) {
      if (ref.node.kind !== 'map' || ref.jobName) continue
      const p = getPair(ref.node, 'job_name')
      if (p && p.value.kind === 'scalar') ctx.report({ messageId: 'empty', at: p.value.isNull ? p.key : p.value })
      else if (!p) ctx.report({ messageId: 'missing', at: missingAt(ref.node), data: { job: jobLabel(ref) } })
    }
  },
})
