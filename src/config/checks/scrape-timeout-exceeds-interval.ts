import { getPair, jobLabel, text } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { formatDuration, parseDuration } from '../values.js'

/**
 * Prometheus refuses scrape_timeout > scrape_interval, after the job inherits the global values:
 * "scrape timeout greater than scrape interval for scrape config with job name ...".
 */
export default defineConfigCheck({
  id: 'config/scrape-timeout-exceeds-interval',
  severity: 'error',
  description: 'Keep scrape_timeout at or below scrape_interval.',
  messages: {
    job: 'scrape timeout greater than scrape interval for scrape config with job name "{name}": scrape_timeout {timeout} > scrape_interval {interval}{origin}',
    global: 'global scrape timeout greater than scrape interval: {timeout} > {interval}',
  },
  hints: {
    job: 'Set `scrape_timeout: {interval}` (or less) in this job, or raise its scrape_interval to at least {timeout}.',
    global: 'Set `scrape_timeout: {interval}` (or less) under global:, or raise global scrape_interval.',
  },
  check(ctx) {
    const g = ctx.global
    const gInterval = parseDuration(text(g, 'scrape_interval') ?? '') || 60_000
    const gTimeoutSet = parseDuration(text(g, 'scrape_timeout') ?? '') || 0
    if (gTimeoutSet > gInterval) {
      const at = getPair(g, 'scrape_timeout')!.value
      ctx.report({ messageId: 'global', at, data: { timeout: formatDuration(gTimeoutSet), interval: formatDuration(gInterval) } })
    }
    for (const ref of ctx.scrapeConfigs) {
      const n = ref.node
      if (n.kind !== 'map') continue
      const ownInterval = parseDuration(text(n, 'scrape_interval') ?? '') || 0
      const ownTimeout = parseDuration(text(n, 'scrape_timeout') ?? '') || 0
      const interval = ownInterval || gInterval
      if (!ownTimeout || ownTimeout <= interval) continue
      const at = getPair(n, 'scrape_timeout')!.value
      const origin = ownInterval ? '' : ' (scrape_interval inherited from global)'
      ctx.report({
        messageId: 'job', at,
        data: { name: ref.jobName?.text ?? jobLabel(ref), timeout: formatDuration(ownTimeout), interval: formatDuration(interval), origin },
        related: ownInterval ? [{ at: getPair(n, 'scrape_interval')!.value, label: 'interval set here' }] : undefined,
      })
    }
  },
})
