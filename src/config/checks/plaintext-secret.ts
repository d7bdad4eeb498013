import { defineConfigCheck } from '../context.js'

const FILE_VARIANT: Record<string, string> = {
  password: 'password_file', credentials: 'credentials_file', bearer_token: 'bearer_token_file',
  client_secret: 'client_secret_file', secret_key: 'secret_key_file', auth_token: 'auth_token_file',
  key: 'key_file', ca: 'ca_file', client_certificate_key: 'client_certificate_key_file', secrets: 'files',
}

/** A credential written in prometheus.yml ends up in the repository and in every copy of it. */
export default defineConfigCheck({
  id: 'config/plaintext-secret',
  severity: 'warning',
  description: 'Keep credentials out of prometheus.yml: read them from files.',
  messages: {
    withFile: '{field} is written in plain text in the config',
    noFile: '{field} is written in plain text in the config',
  },
  hints: {
    withFile: 'Put the secret in a file outside the repository and write `{fileField}: /etc/prometheus/secrets/{name}` instead.',
    noFile: 'Inject it at deploy time (e.g. from a secret store) rather than committing it.',
  },
  check(ctx) {
    const seen = new Set<unknown>()
    for (const s of ctx.schema.secrets) {
      if (seen.has(s.node)) continue
      seen.add(s.node)
      if (s.node.text === '' || /^<.*>$|^\$\{?[A-Z_][A-Z0-9_]*\}?$/.test(s.node.text)) continue // placeholders
      const field = s.field.includes('.') ? s.field : s.field
      const base = field.split('.').pop() ?? field
      const fileField = FILE_VARIANT[base]
      if (fileField) ctx.report({ messageId: 'withFile', at: s.node, data: { field, fileField, name: base } })
      else ctx.report({ messageId: 'noFile', at: s.node, data: { field } })
    }
  },
})
