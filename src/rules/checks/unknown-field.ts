// rules/unknown-field: rulefmt decodes with KnownFields(true): an unknown key rejects the file.
import { defineRuleCheck } from '../context.js'
import { didYouMean } from '../../did-you-mean.js'

export default defineRuleCheck({
  id: 'rules/unknown-field',
  severity: 'error',
  description: 'Use only the fields rulefmt knows in rule files, groups and rules.',
  messages: {
    unknown: 'unknown field `{key}` in {where} (Prometheus: "field {key} not found")',
    suggest: 'unknown field `{key}` in {where} (Prometheus: "field {key} not found"); did you mean `{suggestion}`?',
    newer: 'field `{key}` in {where} needs Prometheus {since} or later; checking for {version}',
  },
  hints: {
    unknown: 'Remove it; the fields allowed here are {known}.',
    suggest: 'Rename `{key}` to `{suggestion}`.',
    newer: 'Remove it, or pass the Prometheus version you deploy with --prometheus-version.',
  },
  check({ file, options, report }) {
    if (options.ignoreUnknownFields) return
    for (const u of file.unknownFields) {
      const data = { key: u.key, where: u.where, known: u.known.map((k) => '`' + k + '`').join(', ') }
      if (u.since) {
        report({ messageId: 'newer', data: { ...data, since: u.since, version: options.versionText }, location: u.span })
        continue
      }
      const suggestion = didYouMean(u.key, u.known)
      if (suggestion) report({ messageId: 'suggest', data: { ...data, suggestion }, location: u.span })
      else report({ messageId: 'unknown', data, location: u.span })
    }
  },
})
