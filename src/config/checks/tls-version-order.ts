import { getPair, scalarString } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { TLS_VERSIONS } from '../schema.js'

/**
 * prometheus/common refuses max_version below min_version only in NewTLSConfig, when it builds the HTTP
 * client, in every version since max_version exists (2.41, CHANGELOG 2.41.0 #11685); TLSConfig.Validate
 * and UnmarshalYAML never check it. So the file loads (promtool check config 2.42 says SUCCESS) and the
 * job, remote write or SD that uses it fails at run time: a warning-level lint, as the issue lists it.
 */
export default defineConfigCheck({
  id: 'config/tls-version-order',
  severity: 'warning',
  description: 'Keep tls_config max_version at or above min_version.',
  messages: { order: 'tls_config.max_version {max} is below min_version {min}: Prometheus loads the file but cannot build this HTTP client ("tls_config.max_version must be greater than or equal to tls_config.min_version if both are specified"), so nothing using it is scraped or sent' },
  hints: { order: 'Write `max_version: {min}` or higher, or remove max_version.' },
  check(ctx) {
    for (const t of ctx.tlsConfigs) {
      const min = getPair(t.node, 'min_version')
      const max = getPair(t.node, 'max_version')
      if (!min || !max) continue
      const a = TLS_VERSIONS.indexOf(scalarString(min.value) ?? '')
      const b = TLS_VERSIONS.indexOf(scalarString(max.value) ?? '')
      if (a >= 0 && b >= 0 && b < a) {
        ctx.report({ messageId: 'order', at: max.value, data: { max: TLS_VERSIONS[b], min: TLS_VERSIONS[a] }, related: [{ at: min.value, label: 'min_version set here' }] })
      }
    }
  },
})
