import { defineConfigCheck } from '../context.js'
import { isUtf8LabelName, LEGACY_LABEL_NAME } from '../values.js'
import { goQuote, type YNode } from '../yaml-tree.js'

/**
 * Label names in external_labels, static_configs labels, required_matchers and relabel source_labels.
 * Prometheus 2.x accepts only [a-zA-Z_][a-zA-Z0-9_]*; 3.x accepts any UTF-8 name (unless the global
 * metric_name_validation_scheme is legacy), but such names must be quoted in PromQL.
 */
export default defineConfigCheck({
  id: 'config/invalid-label-name',
  severity: 'error',
  description: 'Use valid label names (letters, digits and underscores, not starting with a digit).',
  messages: {
    invalid: '{name} is not a valid label name{why}',
    utf8Only: 'label name "{name}" is valid only under Prometheus 3 UTF-8 names; PromQL must quote it ({"{name}"})',
    invalidValue: '{value} is not a valid label value: not valid UTF-8',
  },
  hints: {
    invalid: 'Rename it to "{fix}".',
    utf8Only: 'Prefer "{fix}", which every tool accepts unquoted.',
    invalidValue: 'Write the value as UTF-8 text.',
  },
  check(ctx) {
    const check = (node: YNode, name: string, strictGlobal: boolean) => {
      if (LEGACY_LABEL_NAME.test(name)) return
      const fix = name.replace(/[^a-zA-Z0-9_]/g, '_').replace(/^([0-9])/, '_$1') || 'label'
      if (!ctx.isV3 || (strictGlobal && ctx.globalScheme === 'legacy') || !isUtf8LabelName(name)) {
        const why = !isUtf8LabelName(name) ? ' (empty or not valid UTF-8)' : ctx.isV3 ? ' under metric_name_validation_scheme: legacy' : ` for Prometheus ${ctx.versionText}`
        ctx.report({ messageId: 'invalid', at: node, data: { name: node.kind === 'scalar' ? goQuote(node) : JSON.stringify(name), why, fix } })
      } else {
        ctx.report({ messageId: 'utf8Only', at: node, data: { name, fix }, severity: 'warning' })
      }
    }
    for (const { pair, where } of ctx.schema.labelKeys) {
      // Tested here as well as in check(): a valid name never needs its key node (made on first read).
      if (!LEGACY_LABEL_NAME.test(pair.name)) check(pair.key, pair.name, where === 'external_labels')
      const v = pair.value
      if (v.kind === 'scalar' && v.text.includes('\uFFFD')) {
        ctx.report({ messageId: 'invalidValue', at: v, data: { value: goQuote(v) } })
      }
    }
    for (const r of ctx.relabels) {
      if (r.node.kind !== 'map') continue
      const sl = r.node.pairs.find((p) => p.name === 'source_labels')?.value
      if (sl?.kind !== 'seq') continue
      for (const item of sl.items) {
        if (item.kind !== 'scalar' || item.isNull) continue
        check(item, item.text, false)
      }
    }
  },
})
