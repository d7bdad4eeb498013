import { getPair, getValue, isNullNode, isSet, scalarString } from '../check-helpers.js'
import { defineConfigCheck, type CheckContext } from '../context.js'
import { cmpVersion } from '../values.js'
import type { YMap, YNode } from '../yaml-tree.js'

const CLOUDS = ['AzurePublic', 'AzureChina', 'AzureGovernment']
/** Authentication methods, by key, with the name Prometheus's messages give them. */
const METHODS: [string, string][] = [['managed_identity', 'Managed Identity'], ['oauth', 'OAuth'], ['sdk', 'SDK'], ['workload_identity', 'Workload Identity']]

/** github.com/google/uuid Parse: 36 chars with dashes, 32 hex, {...} or urn:uuid: forms. */
export function isGoUuid(s: string): boolean {
  const hex = '[0-9a-fA-F]'
  const dashed = `${hex}{8}-${hex}{4}-${hex}{4}-${hex}{4}-${hex}{12}`
  return new RegExp(`^(?:${dashed}|\\{${dashed}\\}|urn:uuid:${dashed}|${hex}{32})$`, 'i').test(s)
}

/**
 * remote_write `azuread` (Prometheus 2.45+, storage/remote/azuread): one cloud Prometheus knows, exactly one
 * authentication method, the fields that method needs, and client ids that are UUIDs.
 */
export default defineConfigCheck({
  id: 'config/invalid-azuread',
  severity: 'error',
  description: 'Give remote_write azuread one known cloud and exactly one complete authentication method.',
  messages: {
    cloud: 'azuread cloud "{cloud}" is not one of {clouds} (must provide a cloud in the Azure AD config)',
    none: 'azuread has no authentication method (must provide an {list} in the Azure AD config)',
    both: 'cannot provide both Azure {first} and Azure {second} in the Azure AD config',
    missing: 'must provide an Azure {method} {field} in the Azure AD config',
    uuid: 'the provided Azure {method} {field} is invalid: "{value}" is not a UUID',
  },
  hints: {
    cloud: 'Write `cloud: AzurePublic` (the default), `AzureChina` or `AzureGovernment`.',
    none: 'Add one of: {keys}, e.g. `managed_identity: {client_id: <uuid>}`.',
    both: 'Keep one authentication method: remove `{secondKey}:` or `{firstKey}:`.',
    missing: 'Add `{field}:` to `{key}:`.',
    uuid: 'Copy the {field} from the Azure portal: a UUID such as 00000000-0000-0000-0000-000000000000.',
  },
  check(ctx) {
    for (const o of ctx.schema.objects) if (o.name === 'azuread') azuread(ctx, o.node)
  },
})

function azuread(ctx: CheckContext, n: YMap): void {
  const workload = cmpVersion(ctx.version, [3, 5]) >= 0
  const methods = METHODS.filter(([k]) => k !== 'workload_identity' || workload)
  const cloud = getPair(n, 'cloud')
  if (cloud && cloud.value.kind === 'scalar' && !cloud.value.isNull) {
    const v = scalarString(cloud.value) ?? ''
    if (!CLOUDS.includes(v)) ctx.report({ messageId: 'cloud', at: cloud.value, data: { cloud: v, clouds: CLOUDS.join(', ') } })
  }
  // `managed_identity: ~` leaves the Go pointer nil: not a method.
  const set = methods.filter(([k]) => !isNullNode(getPair(n, k)?.value))
  if (set.length === 0) {
    const names = methods.map(([, name]) => `Azure ${name}`)
    const list = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
    ctx.report({ messageId: 'none', at: n.pairs[0]?.key ?? n, data: { list, keys: methods.map(([k]) => k).join(', ') } })
    return
  }
  for (let i = 1; i < set.length; i++) {
    const [firstKey, first] = set[0]
    const [secondKey, second] = set[i]
    ctx.report({ messageId: 'both', at: getPair(n, secondKey)!.key, data: { first, second, firstKey, secondKey }, related: [{ at: getPair(n, firstKey)!.key, label: 'also set here' }] })
  }
  const need = (key: string, method: string, fields: string[], uuids: string[]) => {
    const p = getPair(n, key)
    if (!p) return
    const m = p.value.kind === 'map' ? p.value : undefined
    for (const field of fields) {
      if (!isSet(m, field)) ctx.report({ messageId: 'missing', at: getPair(m, field)?.key ?? p.key, data: { method, field, key } })
    }
    for (const field of uuids) {
      const v = getValue(m, field)
      const s = scalarString(v) ?? ''
      if (v && s !== '' && !isGoUuid(s)) ctx.report({ messageId: 'uuid', at: v as YNode, data: { method, field, value: s } })
    }
  }
  need('managed_identity', 'Managed Identity', [], ['client_id'])
  need('oauth', 'OAuth', ['client_id', 'client_secret', 'tenant_id'], ['client_id'])
  if (workload) need('workload_identity', 'Workload Identity', ['client_id', 'tenant_id'], ['client_id', 'tenant_id'])
}
