import { defineConfigCheck } from '../context.js'
import { goType } from './unknown-field.js'

/** yaml.v2 (strict) refuses a key written twice in one mapping: "field X already set in type ...". */
export default defineConfigCheck({
  id: 'config/duplicate-key',
  severity: 'error',
  description: 'Write each key once per mapping.',
  messages: {
    duplicate: 'key "{key}" is already set in this mapping (field {key} already set in type {type})',
    duplicateMapKey: 'key "{key}" is already set in this mapping (mapping key "{key}" already defined at line {line})',
  },
  hints: {
    duplicate: 'Merge the two "{key}:" blocks into one, or remove one of them.',
    duplicateMapKey: 'Keep one "{key}:" entry.',
  },
  check(ctx) {
    // Indexes every key of every object: built only once a duplicate is found (most configs have none).
    let ownerOfKey: Map<unknown, string> | undefined
    for (const i of ctx.parseIssues) {
      if (i.kind !== 'duplicate-key') continue
      if (!ownerOfKey) {
        ownerOfKey = new Map()
        for (const o of ctx.schema.objects) for (const p of o.node.pairs) ownerOfKey.set(p.key.span, o.name)
      }
      const related = i.related?.map((r) => ({ at: r.span, label: r.label }))
      const owner = ownerOfKey.get(i.span)
      if (owner || !ctx.root) ctx.report({ messageId: 'duplicate', at: i.span, data: { key: i.message, type: goType(owner ?? 'config') }, related })
      else ctx.report({ messageId: 'duplicateMapKey', at: i.span, data: { key: i.message, line: i.related?.[0]?.span.line ?? i.span.line }, related })
    }
  },
})
