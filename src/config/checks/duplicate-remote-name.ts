import { getPair, scalarString } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import type { YNode } from '../yaml-tree.js'

/** Prometheus refuses two remote_write (or remote_read) entries with the same name. */
export default defineConfigCheck({
  id: 'config/duplicate-remote-name',
  severity: 'error',
  description: 'Give each remote_write and remote_read entry its own name.',
  messages: { duplicate: '{section} name "{name}" is already used on line {line} (found multiple remote {kind} configs with job name "{name}")' },
  hints: { duplicate: 'Rename one of them, e.g. `name: {name}-2`.' },
  check(ctx) {
    for (const [section, kind] of [['remote_write', 'write'], ['remote_read', 'read']] as const) {
      const list = getPair(ctx.root, section)?.value
      if (list?.kind !== 'seq') continue
      const seen = new Map<string, YNode>()
      for (const item of list.items) {
        const p = getPair(item, 'name')
        const name = p ? scalarString(p.value) ?? '' : ''
        if (!p || name === '') continue
        const first = seen.get(name)
        if (!first) seen.set(name, p.value)
        else ctx.report({ messageId: 'duplicate', at: p.value, data: { section, name, kind, line: first.span.line }, related: [{ at: first, label: 'first used here' }] })
      }
    }
  },
})
