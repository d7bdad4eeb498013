import { defineConfigCheck } from '../context.js'
import { MAX_CONFIG_BYTES } from '../load-config.js'

/** Bounded time and memory: a config past the cap is refused before it is parsed. */
export default defineConfigCheck({
  id: 'config/file-too-large',
  severity: 'error',
  description: 'Keep prometheus.yml (and its scrape_config_files) under 4 MiB so it can be checked.',
  messages: { tooLarge: '{file} is {size} bytes, more than the {cap} bytes promgate reads; it was not checked' },
  hints: { tooLarge: 'Split the scrape configs into several files listed under scrape_config_files:, or check that the file is really a Prometheus config.' },
  check(ctx) {
    for (const i of ctx.fileIssues) {
      if (i.kind !== 'too-large') continue
      ctx.report({ messageId: 'tooLarge', at: i.span, data: { file: i.file, size: i.n ?? 0, cap: MAX_CONFIG_BYTES } })
    }
  },
})
