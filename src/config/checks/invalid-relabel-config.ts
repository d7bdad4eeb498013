import { RE2JS } from 're2js'
import { getPair, isSet, missingAt, scalarString } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { RELABEL_ACTIONS } from '../schema.js'
import { didYouMean } from '../../did-you-mean.js'
import { isUtf8LabelName, LEGACY_LABEL_NAME } from '../values.js'

/**
 * Prometheus's replace target may contain $1 / ${name} references (legacy scheme). Its regex nests
 * quantifiers, which backtracks exponentially in JavaScript: run it with RE2 (linear), as Go does.
 * Compiled on first use, not at import (it showed as ~20 ms of start-up in a CPU profile), as only configs
 * under the legacy name scheme with replace/labelmap rules need it.
 */
let legacyTargetRe2: RE2JS | undefined
const LEGACY_TARGET = {
  // A plain label name (no $ reference) always matches: known without compiling the RE2 matcher,
  // whose first compile costs ~10 ms of set-up.
  test: (s: string) =>
    s.length <= 1024 && (LEGACY_LABEL_NAME.test(s) || (legacyTargetRe2 ??= RE2JS.compile('^(?:(?:[a-zA-Z_]|\\$(?:\\{\\w+\\}|\\w+))+\\w*)+$')).matches(s)),
}
/** Module functions, not closures made for each relabel rule of the config. */
const validName = (s: string, legacy: boolean): boolean => (legacy ? LEGACY_LABEL_NAME.test(s) : isUtf8LabelName(s))
const fixName = (s: string): string => s.replace(/[^a-zA-Z0-9_$]/g, '_').replace(/^([0-9])/, '_$1') || 'label'
const HAS_VAR = /\$(?:\{\w+\}|\w+)/
// Per-rule constants hoisted out of the loop (it runs once per relabel rule of the config).
const NEEDS_TARGET = ['replace', 'hashmod', 'lowercase', 'uppercase', 'keepequal', 'dropequal']
const NAME_TARGET = ['lowercase', 'uppercase', 'hashmod', 'keepequal', 'dropequal']
const ONLY_REGEX_EXTRAS = ['source_labels', 'target_label', 'modulus', 'separator', 'replacement']
const ONLY_SOURCE_TARGET_EXTRAS = ['regex', 'modulus', 'separator', 'replacement']

/**
 * relabel.Config.Validate: each action needs some fields and forbids others ("relabel configuration
 * for replace action requires 'target_label' value", "labeldrop action requires only 'regex'...").
 */
export default defineConfigCheck({
  id: 'config/invalid-relabel-config',
  severity: 'error',
  description: 'Give each relabel action exactly the fields it uses.',
  messages: {
    unknownAction: 'unknown relabel action "{action}"{suggest}',
    emptyAction: 'relabel action cannot be empty',
    needsTarget: "relabel configuration for {action} action requires 'target_label' value",
    needsModulus: 'relabel configuration for hashmod requires non-zero modulus',
    badTarget: "\"{target}\" is invalid 'target_label' for {action} action",
    badReplacement: "\"{replacement}\" is invalid 'replacement' for {action} action",
    noReplacement: "'replacement' can not be set for {action} action",
    onlyRegex: "{action} action requires only 'regex', and no other fields (found \"{field}\")",
    onlySourceTarget: "{action} action requires only 'source_labels' and `target_label`, and no other fields (found \"{field}\")",
  },
  hints: {
    unknownAction: 'Use one of: {actions}.',
    emptyAction: 'Remove `action:` (it defaults to replace) or name an action.',
    needsTarget: 'Add `target_label: <label>` to this rule.',
    needsModulus: 'Add `modulus: <n>` (e.g. 8) to this hashmod rule.',
    badTarget: 'Use a label name such as "{fix}".',
    badReplacement: 'Use a label name (with $1-style group references) such as "{fix}".',
    noReplacement: 'Remove `replacement:`; {action} writes the changed value to target_label.',
    onlyRegex: 'Remove "{field}:"; {action} matches label names against regex only.',
    onlySourceTarget: 'Remove "{field}:"; {action} compares source_labels with target_label only.',
  },
  check(ctx) {
    // Every job tends to write the same target_label: run the RE2 matcher once per distinct text.
    const legacyTargetOk = new Map<string, boolean>()
    const legacyTarget = (s: string): boolean => {
      let ok = legacyTargetOk.get(s)
      if (ok === undefined) legacyTargetOk.set(s, (ok = LEGACY_TARGET.test(s)))
      return ok
    }
    for (const r of ctx.relabels) {
      const n = r.node
      if (n.kind !== 'map') continue
      const actionPair = getPair(n, 'action')
      const rawAction = actionPair ? scalarString(actionPair.value) ?? '' : 'replace'
      const action = rawAction.toLowerCase()
      if (actionPair && action === '') {
        ctx.report({ messageId: 'emptyAction', at: actionPair.key })
        continue
      }
      if (!RELABEL_ACTIONS.includes(action)) {
        const s = didYouMean(action, RELABEL_ACTIONS)
        ctx.report({ messageId: 'unknownAction', at: actionPair!.value, data: { action: rawAction, suggest: s ? `; did you mean "${s}"?` : '', actions: RELABEL_ACTIONS.join(', ') } })
        continue
      }
      const legacy = r.scheme === 'legacy'
      const target = getPair(n, 'target_label')
      const targetText = target ? scalarString(target.value) ?? '' : ''
      const modulus = getPair(n, 'modulus')
      const modulusZero = !modulus || scalarString(modulus.value) === '' || /^0+$/.test(scalarString(modulus.value) ?? '')
      if (action === 'hashmod' && modulusZero) ctx.report({ messageId: 'needsModulus', at: modulus?.value ?? actionPair?.value ?? missingAt(n) })
      if (NEEDS_TARGET.includes(action) && targetText === '') {
        ctx.report({ messageId: 'needsTarget', at: target?.key ?? actionPair?.value ?? missingAt(n), data: { action } })
      } else if (target && targetText !== '') {
        const bad =
          action === 'replace' ? (legacy ? !legacyTarget(targetText) : !HAS_VAR.test(targetText) && !isUtf8LabelName(targetText))
          : NAME_TARGET.includes(action) ? !validName(targetText, legacy) && !(action !== 'hashmod' && !ctx.isV3 && targetText.includes('$')) : false
        if (bad) ctx.report({ messageId: 'badTarget', at: target.value, data: { target: targetText, action, fix: fixName(targetText) } })
      }
      const replacement = getPair(n, 'replacement')
      const replacementText = replacement ? scalarString(replacement.value) ?? '' : '$1'
      if (action === 'labelmap' && legacy && !legacyTarget(replacementText)) {
        ctx.report({ messageId: 'badReplacement', at: replacement?.value ?? actionPair!.value, data: { replacement: replacementText, action, fix: fixName(replacementText) } })
      }
      if ((action === 'lowercase' || action === 'uppercase') && replacement && replacementText !== '$1') {
        ctx.report({ messageId: 'noReplacement', at: replacement.key, data: { action } })
      }
      if (action === 'labeldrop' || action === 'labelkeep') {
        const extra = ONLY_REGEX_EXTRAS.find((f) => {
          if (f === 'separator') return getPair(n, f) && scalarString(getPair(n, f)!.value) !== ';'
          if (f === 'replacement') return getPair(n, f) && scalarString(getPair(n, f)!.value) !== '$1'
          if (f === 'modulus') return getPair(n, f) && !/^0*$/.test(scalarString(getPair(n, f)!.value) ?? '')
          return isSet(n, f)
        })
        if (extra) ctx.report({ messageId: 'onlyRegex', at: getPair(n, extra)!.key, data: { action, field: extra } })
      }
      if (action === 'keepequal' || action === 'dropequal') {
        const extra = ONLY_SOURCE_TARGET_EXTRAS.find((f) => {
          const p = getPair(n, f)
          if (!p) return false
          const v = scalarString(p.value) ?? ''
          return f === 'regex' ? v !== '(.*)' : f === 'separator' ? v !== ';' : f === 'replacement' ? v !== '$1' : !/^0*$/.test(v)
        })
        if (extra) ctx.report({ messageId: 'onlySourceTarget', at: getPair(n, extra)!.key, data: { action, field: extra } })
      }
    }
  },
})
