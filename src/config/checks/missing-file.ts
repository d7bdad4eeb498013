import { statSync } from 'node:fs'
import { realpathSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import { joinDir } from '../build-model.js'
import { getValue } from '../check-helpers.js'
import { defineConfigCheck, type CheckContext } from '../context.js'
import type { YNode } from '../yaml-tree.js'

/** Fields that name files Prometheus writes, not reads. */
const OUTPUTS = new Set(['query_log_file', 'scrape_failure_log_file'])

/**
 * promtool check config stats every credential/certificate file a config names ("error checking
 * client cert file ..."); Prometheus itself fails the scrape pool at runtime. Skipped with syntaxOnly.
 * Only paths inside the workspace are probed: the config is untrusted.
 */
export default defineConfigCheck({
  id: 'config/missing-file',
  severity: 'error',
  description: 'Point *_file settings at files that exist.',
  messages: {
    missing: '{field} "{path}" does not exist (resolved to {resolved})',
    sdFile: 'file "{path}" for file_sd does not exist (resolved to {resolved}): the job starts with no targets from it',
  },
  hints: {
    sdFile: 'Create the target file, or fix the path (relative paths resolve against the folder of {config}).',
    missing: 'Create the file, fix the path (relative paths resolve against the folder of {config}), or run with --syntax-only if the file exists only where Prometheus runs.',
  },
  check(ctx) {
    if (ctx.options.syntaxOnly) return
    const ws = real(resolve(ctx.options.workspaceDir ?? ctx.options.configDir))
    if (!ws) return
    const dirOf = new Map<string, string>()
    for (const s of ctx.scrapeConfigs) dirOf.set(s.file, s.dir)
    const checkedByPromtool = promtoolChecked(ctx)
    const seen = new Set<unknown>()
    for (const p of ctx.schema.paths) {
      if (OUTPUTS.has(p.field) || seen.has(p.node)) continue
      seen.add(p.node)
      const path = p.node.text
      if (path === '') continue
      const dir = dirOf.get(p.node.span.file) ?? ctx.options.configDir
      const abs = joinDir(dir, path)
      // Never probe outside the workspace: the scrape stage refuses such paths anyway.
      const parent = nearestReal(resolve(abs, '..'))
      if (!parent || !(parent === ws || parent.startsWith(ws + sep))) continue
      let exists = false
      try {
        exists = statSync(abs).isFile()
      } catch {
        exists = false
      }
      if (!exists) {
        // promtool stats only the scrape config's own HTTP client files; the rest fail later, at runtime.
        const severity = checkedByPromtool.has(p.node) ? undefined : 'warning'
        ctx.report({ messageId: 'missing', at: p.node, data: { field: p.field, path, resolved: abs, config: ctx.options.file }, severity })
      }
    }
    // file_sd target files: promtool only warns (the files may appear later); globs are not expanded here.
    for (const o of ctx.schema.objects) {
      if (o.name !== 'file_sd_config') continue
      const files = getValue(o.node, 'files')
      if (files?.kind !== 'seq') continue
      for (const f of files.items) {
        if (f.kind !== 'scalar' || f.isNull || /[*?[]/.test(f.text) || seen.has(f)) continue
        seen.add(f)
        const dir = dirOf.get(f.span.file) ?? ctx.options.configDir
        const abs = joinDir(dir, f.text)
        const parent = nearestReal(resolve(abs, '..'))
        if (!parent || !(parent === ws || parent.startsWith(ws + sep))) continue
        let exists = false
        try {
          exists = statSync(abs).isFile()
        } catch {
          exists = false
        }
        if (!exists) ctx.report({ messageId: 'sdFile', at: f, data: { path: f.text, resolved: abs, config: ctx.options.file }, severity: 'warning' })
      }
    }
  },
})

function promtoolChecked(ctx: CheckContext): Set<YNode> {
  const out = new Set<YNode>()
  const add = (n: YNode | undefined) => {
    if (n) out.add(n)
  }
  for (const ref of ctx.scrapeConfigs) {
    const n = ref.node
    add(getValue(n, 'bearer_token_file'))
    for (const k of ['ca_file', 'cert_file', 'key_file']) add(getValue(getValue(n, 'tls_config'), k))
    add(getValue(getValue(n, 'basic_auth'), 'password_file'))
    add(getValue(getValue(n, 'authorization'), 'credentials_file'))
    add(getValue(getValue(n, 'oauth2'), 'client_secret_file'))
    const k8s = getValue(n, 'kubernetes_sd_configs')
    if (k8s?.kind === 'seq') for (const item of k8s.items) add(getValue(item, 'kubeconfig_file'))
  }
  return out
}

/** realpath of the closest existing ancestor (a missing folder still has to be inside the workspace). */
function nearestReal(p: string): string | undefined {
  let cur = p
  for (let i = 0; i < 64; i++) {
    const r = real(cur)
    if (r) return r
    const up = resolve(cur, '..')
    if (up === cur) return undefined
    cur = up
  }
  return undefined
}

function real(p: string): string | undefined {
  try {
    return realpathSync(p)
  } catch {
    return undefined
  }
}
