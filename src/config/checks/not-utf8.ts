import { defineConfigCheck } from '../context.js'

/** Go's yaml.v2 refuses invalid UTF-8 ("invalid leading UTF-8 octet"). */
export default defineConfigCheck({
  id: 'config/not-utf8',
  severity: 'error',
  description: 'Save prometheus.yml as UTF-8.',
  messages: { notUtf8: '{file} is not valid UTF-8: byte {offset} starts an invalid sequence' },
  hints: { notUtf8: 'Re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`), or replace the character on this line.' },
  check(ctx) {
    for (const i of ctx.fileIssues) {
      if (i.kind === 'not-utf8') ctx.report({ messageId: 'notUtf8', at: i.span, data: { file: i.file, offset: i.n ?? 0 } })
    }
  },
})
