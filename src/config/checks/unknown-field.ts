import { defineConfigCheck } from '../context.js'

/** The Go type yaml.v2 names in its error, for the sections where it is not `config.plain`. */
export const GO_TYPES: Record<string, string> = {
  scrape_config: 'config.ScrapeConfig', alertmanager_config: 'config.AlertmanagerConfig', remote_write: 'config.RemoteWriteConfig',
  remote_read: 'config.RemoteReadConfig', oauth2: 'config.OAuth2', relabel_config: 'relabel.Config', kubernetes_sd_config: 'kubernetes.plain',
  namespaces: 'kubernetes.plain', selector: 'kubernetes.plain', attach_metadata: 'kubernetes.plain',
}
export const goType = (where: string): string => GO_TYPES[where] ?? (where.endsWith('_sd_config') ? `${where.replace(/_sd_config$/, '')}.plain` : 'config.plain')

/**
 * Prometheus reads its config with yaml.v2's UnmarshalStrict: a key it does not know is an error
 * ("field X not found in type ..."). Keys that exist only in another Prometheus version are named so.
 */
export default defineConfigCheck({
  id: 'config/unknown-field',
  severity: 'error',
  description: 'Use only the keys Prometheus knows in each section.',
  messages: {
    didYouMean: 'unknown field "{name}" in {where}; did you mean "{suggestion}"? (field {name} not found in type {type})',
    unknown: 'unknown field "{name}" in {where} (field {name} not found in type {type})',
    tooNew: 'field "{name}" in {where} needs Prometheus {since} or later; checking for {version} (field {name} not found in type {type})',
    removed: 'field "{name}" in {where} was removed in Prometheus {until}; checking for {version} (field {name} not found in type {type})',
    nonStringKey: 'a key in {where} is not a plain string',
  },
  hints: {
    didYouMean: 'Rename the key to `{suggestion}:`.',
    unknown: 'Remove "{name}", or move it to the section where it belongs.',
    tooNew: 'Upgrade Prometheus to {since} or later, or remove "{name}:" (use --prometheus-version to check for the version you deploy).',
    removed: 'Replace "{name}:" with `{replacedBy}:`.',
    nonStringKey: 'Write the key as a plain string.',
  },
  check(ctx) {
    for (const i of ctx.schema.issues) {
      if (i.kind === 'unknown-field') {
        if (i.suggestion) ctx.report({ messageId: 'didYouMean', at: i.pair.key, data: { name: i.pair.name, where: i.where, suggestion: i.suggestion, type: goType(i.where) } })
        else ctx.report({ messageId: 'unknown', at: i.pair.key, data: { name: i.pair.name, where: i.where, type: goType(i.where) } })
      } else if (i.kind === 'version-field') {
        if (i.until) ctx.report({ messageId: 'removed', at: i.pair.key, data: { name: i.pair.name, where: i.where, until: i.until, version: ctx.versionText, replacedBy: i.replacedBy ?? '(nothing)', type: goType(i.where) } })
        else ctx.report({ messageId: 'tooNew', at: i.pair.key, data: { name: i.pair.name, where: i.where, since: i.since ?? '?', version: ctx.versionText, type: goType(i.where) } })
      } else if (i.kind === 'non-string-key') {
        ctx.report({ messageId: 'nonStringKey', at: i.node, data: { where: i.where } })
      }
    }
  },
})
