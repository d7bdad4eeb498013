import { getValue } from '../check-helpers.js'
import { defineConfigCheck } from '../context.js'
import { sdConfigs } from '../schema.js'

/** `__meta_<prefix>` label families, by the SD mechanism that sets them (longest prefixes first). */
const META_PREFIXES: [string, string][] = [
  ['__meta_dockerswarm_', 'dockerswarm_sd_configs'], ['__meta_docker_', 'docker_sd_configs'], ['__meta_kubernetes_', 'kubernetes_sd_configs'],
  ['__meta_consul_', 'consul_sd_configs'], ['__meta_ec2_', 'ec2_sd_configs'], ['__meta_dns_', 'dns_sd_configs'], ['__meta_filepath', 'file_sd_configs'],
  ['__meta_azure_', 'azure_sd_configs'], ['__meta_gce_', 'gce_sd_configs'], ['__meta_openstack_', 'openstack_sd_configs'],
  ['__meta_digitalocean_', 'digitalocean_sd_configs'], ['__meta_hetzner_', 'hetzner_sd_configs'], ['__meta_url', 'http_sd_configs'],
  ['__meta_kuma_', 'kuma_sd_configs'], ['__meta_linode_', 'linode_sd_configs'], ['__meta_marathon_', 'marathon_sd_configs'],
  ['__meta_nomad_', 'nomad_sd_configs'], ['__meta_serverset_', 'serverset_sd_configs'], ['__meta_nerve_', 'nerve_sd_configs'],
  ['__meta_triton_', 'triton_sd_configs'], ['__meta_eureka_', 'eureka_sd_configs'], ['__meta_scaleway_', 'scaleway_sd_configs'],
  ['__meta_uyuni_', 'uyuni_sd_configs'], ['__meta_vultr_', 'vultr_sd_configs'], ['__meta_ionos_', 'ionos_sd_configs'],
  ['__meta_ovhcloud_', 'ovhcloud_sd_configs'], ['__meta_puppetdb_', 'puppetdb_sd_configs'], ['__meta_lightsail_', 'lightsail_sd_configs'],
]

/**
 * A target relabel rule reading `__meta_kubernetes_*` in a job without kubernetes_sd_configs reads
 * a label that is never set: the rule never does what it says (often copied from another job).
 */
export default defineConfigCheck({
  id: 'config/relabel-unknown-meta-label',
  severity: 'warning',
  description: 'Relabel only on __meta_* labels the job\'s service discovery sets.',
  messages: { never: '{label} is never set in this job: it has no {sd}, so this relabel rule sees an empty value' },
  hints: { never: 'Add the {sd} this rule was written for, or remove the rule (it was probably copied from another job).' },
  check(ctx) {
    for (const o of ctx.schema.objects) {
      if (o.name !== 'scrape_config' && o.name !== 'alertmanager_config') continue
      const rules = getValue(o.node, 'relabel_configs')
      if (rules?.kind !== 'seq') continue
      // Which SD lists the job has, worked out only when a rule reads a __meta_ label (most do not).
      let configured: Set<string> | undefined
      for (const rule of rules.items) {
        const sl = getValue(rule, 'source_labels')
        if (sl?.kind !== 'seq') continue
        for (const item of sl.items) {
          if (item.kind !== 'scalar' || !item.text.startsWith('__meta_')) continue
          const sd = META_PREFIXES.find(([p]) => item.text.startsWith(p))?.[1]
          if (!sd) continue
          configured ??= new Set(Object.keys(sdConfigs).filter((k) => getValue(o.node, k)?.kind === 'seq'))
          if (!configured.has(sd)) ctx.report({ messageId: 'never', at: item, data: { label: item.text, sd } })
        }
      }
    }
  },
})
