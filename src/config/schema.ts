/**
 * The prometheus.yml schema per Prometheus version (config.go, prometheus/common's http_config.go and
 * the discovery packages). Versions are the first release that knows a field; fields not listed for
 * an SD mechanism that is marked `open` are accepted unchecked (see the known gaps in the tests).
 */
import {
  any, bool, duration, float, int, labelset, list, map, obj, oneOf, path, secret, since, size, str, uint, until, url,
  withFields, type Ty,
} from './schema-types.js'

export const SCRAPE_PROTOCOLS = ['OpenMetricsText0.0.1', 'OpenMetricsText1.0.0', 'PrometheusProto', 'PrometheusText0.0.4', 'PrometheusText1.0.0']
export const RELABEL_ACTIONS = ['replace', 'keep', 'drop', 'keepequal', 'dropequal', 'hashmod', 'labelmap', 'labeldrop', 'labelkeep', 'lowercase', 'uppercase']
export const TLS_VERSIONS = ['TLS10', 'TLS11', 'TLS12', 'TLS13']

export const tlsConfig = obj('tls_config', {
  ca: since('2.43', secret),
  ca_file: path,
  ca_ref: since('3.0', str),
  cert: since('2.43', str),
  cert_file: path,
  cert_ref: since('3.0', str),
  key: since('2.43', secret),
  key_file: path,
  key_ref: since('3.0', str),
  server_name: str,
  insecure_skip_verify: bool,
  // CHANGELOG 2.35.0: "Config: Support overriding minimum TLS version. #10610".
  min_version: since('2.35', oneOf(TLS_VERSIONS)),
  max_version: since('2.41', oneOf(TLS_VERSIONS)),
})

export const basicAuth = obj('basic_auth', {
  username: str,
  username_file: since('2.43', path),
  username_ref: since('3.0', str),
  password: secret,
  password_file: path,
  password_ref: since('3.0', str),
})

export const authorization = obj('authorization', {
  type: str,
  credentials: secret,
  credentials_file: path,
  credentials_ref: since('3.0', str),
})

const proxyFields = {
  proxy_url: url,
  no_proxy: since('2.43', str),
  proxy_from_environment: since('2.43', bool),
  // proxy_connect_header: 2.41 (CHANGELOG 2.41.0: "Add support for HTTP proxy headers. #11712");
  // no_proxy / proxy_from_environment: 2.43 (CHANGELOG 2.43.0, #12098).
  proxy_connect_header: since('2.41', map(list(secret))),
}

export const oauth2 = obj('oauth2', {
  client_id: str,
  client_secret: secret,
  client_secret_file: path,
  client_secret_ref: since('3.0', str),
  client_certificate_key: since('3.5', secret),
  client_certificate_key_file: since('3.5', path),
  client_certificate_key_ref: since('3.5', str),
  client_certificate_key_id: since('3.5', str),
  grant_type: since('3.5', str),
  signature_algorithm: since('3.5', str),
  iss: since('3.5', str),
  audience: since('3.5', str),
  claims: since('3.5', map(any)),
  scopes: list(str),
  token_url: str,
  endpoint_params: map(str),
  // CHANGELOG 2.31.0: "OAuth2: Add TLS configuration to token requests. #9550".
  tls_config: since('2.31', tlsConfig),
  // oauth2 proxy_url: CHANGELOG 2.35.0 "OAuth2: Support for using a proxy URL to fetch OAuth2 tokens. #10492"
  // (promtool 2.42 accepts it); the other proxy settings inside oauth2: promtool 2.42 refuses them, so 2.43.
  ...Object.fromEntries(Object.entries(proxyFields).map(([k, v]) => [k, since(k === 'proxy_url' ? '2.35' : '2.43', 'ty' in v ? v.ty : v)])),
})

export const httpHeader = obj('http_headers entry', {
  values: list(str),
  secrets: list(secret),
  files: list(path),
})

/** prometheus/common HTTPClientConfig, inlined into scrape configs, SD configs, remote write/read... */
export const httpClientFields = {
  basic_auth: basicAuth,
  authorization,
  oauth2,
  bearer_token: secret,
  bearer_token_file: path,
  tls_config: tlsConfig,
  follow_redirects: bool,
  // CHANGELOG 2.35.0: "Configuration: Add the ability to disable HTTP2. #10492".
  enable_http2: since('2.35', bool),
  http_headers: since('3.0', map(httpHeader)),
  ...proxyFields,
}
const httpClient = obj('http client', httpClientFields)
const withHttp = (name: string, fields: Parameters<typeof obj>[1], open = false): Ty => {
  const o = withFields(httpClient, name, fields)
  return open ? { ...o, open: true } : o
}

export const relabelConfig = obj('relabel_config', {
  source_labels: list(str),
  separator: str,
  regex: str,
  modulus: uint,
  target_label: str,
  replacement: str,
  action: str,
})

const staticConfig = obj('static_config', { targets: list(str), labels: labelset })

const refresh = { refresh_interval: duration }
const awsFields = { region: str, endpoint: str, access_key: str, secret_key: secret, profile: str, role_arn: str, port: int, refresh_interval: duration }
/** discovery/aws ecs.go / msk.go (and the aws_sd_configs that embeds them): request_concurrency; external_id in the newest. */
const awsNewFields = { ...awsFields, external_id: str, request_concurrency: int }

/** Every service discovery mechanism, by its key in a scrape config. */
export const sdConfigs: Record<string, { ty: Ty; since?: string }> = {
  static_configs: { ty: staticConfig },
  file_sd_configs: { ty: obj('file_sd_config', { files: list(str), ...refresh }) },
  dns_sd_configs: { ty: obj('dns_sd_config', { names: list(str), type: str, port: int, ...refresh }) },
  http_sd_configs: { ty: withHttp('http_sd_config', { url: str, ...refresh }), since: '2.21' },
  consul_sd_configs: {
    ty: withHttp('consul_sd_config', {
      // path_prefix: CHANGELOG 2.45.0 "Consul SD: Added support for `path_prefix`. #12372";
      // partition: CHANGELOG 2.40.0 "Adds `partition` config in `consul_sd_config`. #11482".
      server: str, path_prefix: since('2.45', str), token: secret, datacenter: str, namespace: str, partition: since('2.40', str), scheme: str,
      username: str, password: secret, services: list(str), service_tags: list(str), tags: list(str), node_meta: map(str),
      tag_separator: str, allow_stale: bool, filter: str, health_filter: str, ...refresh,
    }),
  },
  kubernetes_sd_configs: {
    ty: withHttp('kubernetes_sd_config', {
      api_server: str,
      role: str,
      kubeconfig_file: path,
      // own_namespace: CHANGELOG 2.33.0 "SD: Enable target discovery in own K8s namespace. #9881";
      // attach_metadata: CHANGELOG 2.35.0 "Kubernetes SD: Allow attaching node metadata to discovered pods. #10080".
      namespaces: obj('namespaces', { own_namespace: since('2.33', bool), names: list(str) }),
      selectors: list(obj('selector', { role: str, label: str, field: str })),
      attach_metadata: since('2.35', obj('attach_metadata', { node: bool, namespace: since('3.0', bool) })),
    }),
  },
  ec2_sd_configs: {
    ty: withHttp('ec2_sd_config', {
      region: str, endpoint: str, access_key: str, secret_key: secret, profile: str, role_arn: str, port: int,
      filters: list(obj('filter', { name: str, values: list(str) })), ...refresh,
    }),
  },
  lightsail_sd_configs: {
    ty: withHttp('lightsail_sd_config', {
      region: str, endpoint: str, access_key: str, secret_key: secret, profile: str, role_arn: str, port: int, ...refresh,
    }),
  },
  azure_sd_configs: {
    ty: withHttp('azure_sd_config', {
      environment: str, authentication_method: str, subscription_id: str, tenant_id: str, client_id: str,
      // resource_group: CHANGELOG 2.35.0 "Azure SD: Add an optional `resource_group` configuration. #10365".
      client_secret: secret, resource_group: since('2.35', str), port: int, ...refresh,
    }),
  },
  gce_sd_configs: { ty: obj('gce_sd_config', { project: str, zone: str, filter: str, port: int, tag_separator: str, ...refresh }) },
  openstack_sd_configs: {
    ty: obj('openstack_sd_config', {
      identity_endpoint: str, username: str, userid: str, password: secret, project_name: str, project_id: str,
      domain_name: str, domain_id: str, application_credential_name: str, application_credential_id: str,
      application_credential_secret: secret, role: str, region: str, availability: str, all_tenants: bool,
      port: int, tls_config: tlsConfig, ...refresh,
    }),
  },
  docker_sd_configs: {
    ty: withHttp('docker_sd_config', {
      // host_networking_host: CHANGELOG 2.30.0 "docker_sd: Support host network mode #9125".
      host: str, port: int, host_networking_host: since('2.30', str), match_first_network: bool,
      filters: list(obj('filter', { name: str, values: list(str) })), ...refresh,
    }),
  },
  dockerswarm_sd_configs: {
    ty: withHttp('dockerswarm_sd_config', {
      host: str, role: str, port: int, filters: list(obj('filter', { name: str, values: list(str) })), ...refresh,
    }),
  },
  digitalocean_sd_configs: { ty: withHttp('digitalocean_sd_config', { port: int, ...refresh }) },
  // label_selector: Prometheus 3.5 (a summary of the v3.5.0 LTS release notes: "Hetzner SD: `label_selector` filtering").
  hetzner_sd_configs: { ty: withHttp('hetzner_sd_config', { role: str, port: int, label_selector: since('3.5', str), ...refresh }) },
  linode_sd_configs: { ty: withHttp('linode_sd_config', { port: int, tag_separator: str, region: str, ...refresh }) },
  // CHANGELOG 2.36.0: "SD: Add Vultr integration. #10714".
  vultr_sd_configs: { ty: withHttp('vultr_sd_config', { port: int, ...refresh }), since: '2.36' },
  marathon_sd_configs: { ty: withHttp('marathon_sd_config', { servers: list(str), auth_token: secret, auth_token_file: path, ...refresh }) },
  nerve_sd_configs: { ty: obj('nerve_sd_config', { servers: list(str), paths: list(str), timeout: duration }) },
  serverset_sd_configs: { ty: obj('serverset_sd_config', { servers: list(str), paths: list(str), timeout: duration }) },
  triton_sd_configs: {
    ty: obj('triton_sd_config', {
      account: str, role: str, dns_suffix: str, endpoint: str, groups: list(str), port: int, version: int,
      tls_config: tlsConfig, ...refresh,
    }),
  },
  eureka_sd_configs: { ty: withHttp('eureka_sd_config', { server: str, ...refresh }) },
  // client_id: CHANGELOG 2.50.0 "Kuma SD: Extend configuration to allow users to specify client ID. #13278".
  // CHANGELOG 2.29.0: "Add Kuma service discovery. #8844".
  kuma_sd_configs: { ty: withHttp('kuma_sd_config', { server: str, client_id: since('2.50', str), fetch_timeout: duration, ...refresh }), since: '2.29' },
  scaleway_sd_configs: {
    ty: withHttp('scaleway_sd_config', {
      api_url: str, project_id: str, role: str, port: int, zone: str, access_key: str, secret_key: secret,
      secret_key_file: path, name_filter: str, tags_filter: list(str), ...refresh,
    }),
  },
  // CHANGELOG 2.31.0: "SD: Add Uyuni service discovery. #8190" and "SD: Add PuppetDB service discovery. #8883".
  uyuni_sd_configs: {
    ty: withHttp('uyuni_sd_config', { server: str, username: str, password: secret, entitlement: str, separator: str, ...refresh }),
    since: '2.31',
  },
  // CHANGELOG 2.36.0: "SD: Add IONOS Cloud integration. #10514".
  ionos_sd_configs: { ty: withHttp('ionos_sd_config', { datacenter_id: str, port: int, ...refresh }), since: '2.36' },
  ovhcloud_sd_configs: {
    ty: obj('ovhcloud_sd_config', {
      endpoint: str, application_key: str, application_secret: secret, consumer_key: secret, service: str, ...refresh,
    }),
    since: '2.40',
  },
  puppetdb_sd_configs: {
    ty: withHttp('puppetdb_sd_config', { url: str, query: str, include_parameters: bool, port: int, ...refresh }),
    since: '2.31',
  },
  nomad_sd_configs: {
    ty: withHttp('nomad_sd_config', { allow_stale: bool, namespace: str, region: str, server: str, tag_separator: str, ...refresh }),
    // CHANGELOG 2.37.0: "Nomad SD: New service discovery for Nomad built-in service discovery. #10915".
    since: '2.37',
  },
  stackit_sd_configs: {
    ty: withHttp('stackit_sd_config', {
      project: str, region: str, endpoint: str, port: int, service_account_key: secret, service_account_key_path: path,
      private_key: secret, private_key_path: path, credentials_file_path: path, ...refresh,
    }, true),
    since: '3.5',
  },
  outscale_sd_configs: { ty: withHttp('outscale_sd_config', { region: str, endpoint: str, access_key: str, secret_key: secret, secret_key_file: path, port: int, ...refresh }, true), since: '3.8' },
  // discovery/oci/oci.go (the version with `auth`): every field it reads, so unknown keys are reported.
  oci_sd_configs: {
    ty: withHttp('oci_sd_config', {
      auth: str, tenancy: str, user: str, fingerprint: str, key_file: path, key_passphrase: secret, key_passphrase_file: path,
      region: str, compartments: list(str), port: int, ...refresh,
    }),
    since: '3.8',
  },
  // Newer AWS mechanisms (discovery/aws): the common AWS fields are checked, the rest accepted (open).
  // Their first release is not in any changelog we could read; 3.6 is a lower bound (the ECS SD pull
  // request prometheus#17105 was opened 2025-08-29, after 3.5; aws_sd_configs with `role: ecs` is in
  // 3.9.1 per prometheus#17920). A lower bound misses an error on an in-between version, never invents one.
  aws_sd_configs: {
    ty: withHttp('aws_sd_config', {
      role: str, ...awsNewFields, filters: list(obj('filter', { name: str, values: list(str) })), clusters: list(str),
    }, true),
    since: '3.6',
  },
  ecs_sd_configs: { ty: withHttp('ecs_sd_config', { ...awsNewFields, clusters: list(str) }, true), since: '3.6' },
  rds_sd_configs: { ty: withHttp('rds_sd_config', { ...awsNewFields }, true), since: '3.6' },
  msk_sd_configs: { ty: withHttp('msk_sd_config', { ...awsNewFields, clusters: list(str) }, true), since: '3.6' },
  elasticache_sd_configs: { ty: withHttp('elasticache_sd_config', { ...awsNewFields }, true), since: '3.6' },
}

const sdFields = Object.fromEntries(Object.entries(sdConfigs).map(([k, v]) => [k, { ty: list(v.ty), since: v.since }]))

export const scrapeConfig = withHttp('scrape_config', {
  job_name: str,
  honor_labels: bool,
  honor_timestamps: bool,
  track_timestamps_staleness: since('2.48', bool),
  params: map(list(str)),
  scrape_interval: duration,
  scrape_timeout: duration,
  scrape_protocols: since('2.49', list(str)),
  fallback_scrape_protocol: since('3.0', str),
  scrape_native_histograms: since('3.8', bool),
  scrape_classic_histograms: { ...until('3.0', bool, 'always_scrape_classic_histograms'), since: '2.45' },
  always_scrape_classic_histograms: since('3.0', bool),
  convert_classic_histograms_to_nhcb: since('3.0', bool),
  scrape_failure_log_file: since('2.55', path),
  metrics_path: str,
  scheme: str,
  enable_compression: since('2.49', bool),
  body_size_limit: size,
  sample_limit: uint,
  target_limit: uint,
  label_limit: uint,
  label_name_length_limit: uint,
  label_value_length_limit: uint,
  native_histogram_bucket_limit: since('2.45', uint),
  native_histogram_min_bucket_factor: since('2.50', float),
  keep_dropped_targets: since('2.47', uint),
  metric_name_validation_scheme: since('3.0', str),
  metric_name_escaping_scheme: since('3.4', str),
  extra_scrape_metrics: since('3.8', bool),
  relabel_configs: list(relabelConfig),
  metric_relabel_configs: list(relabelConfig),
  ...sdFields,
})

export const globalConfig = obj('global', {
  scrape_interval: duration,
  scrape_timeout: duration,
  scrape_protocols: since('2.49', list(str)),
  evaluation_interval: duration,
  rule_query_offset: since('2.53', duration),
  query_log_file: path,
  scrape_failure_log_file: since('2.55', path),
  external_labels: labelset,
  body_size_limit: since('2.45', size),
  sample_limit: since('2.45', uint),
  target_limit: since('2.45', uint),
  label_limit: since('2.45', uint),
  label_name_length_limit: since('2.45', uint),
  label_value_length_limit: since('2.45', uint),
  keep_dropped_targets: since('2.47', uint),
  metric_name_validation_scheme: since('3.0', str),
  metric_name_escaping_scheme: since('3.4', str),
  scrape_native_histograms: since('3.8', bool),
  convert_classic_histograms_to_nhcb: since('3.5', bool),
  always_scrape_classic_histograms: since('3.5', bool),
  extra_scrape_metrics: since('3.8', bool),
})

const sigv4 = obj('sigv4', { region: str, access_key: str, secret_key: secret, profile: str, role_arn: str, external_id: since('3.5', str), use_fips_sts_endpoint: since('3.0', bool) })

export const alertmanagerConfig = withHttp('alertmanager_config', {
  // CHANGELOG 2.48.0: "Alerting: Add AWS SigV4 authentication support for Alertmanager endpoints. #12774".
  sigv4: since('2.48', sigv4),
  scheme: str,
  path_prefix: str,
  timeout: duration,
  api_version: str,
  relabel_configs: list(relabelConfig),
  alert_relabel_configs: since('2.51', list(relabelConfig)),
  ...sdFields,
})

const queueConfig = obj('queue_config', {
  capacity: int, max_shards: int, min_shards: int, max_samples_per_send: int, batch_send_deadline: duration,
  min_backoff: duration, max_backoff: duration, retry_on_http_429: bool, sample_age_limit: since('2.50', duration),
})

export const remoteWriteConfig = withHttp('remote_write', {
  url,
  remote_timeout: duration,
  headers: map(secret),
  write_relabel_configs: list(relabelConfig),
  name: str,
  send_exemplars: bool,
  send_native_histograms: since('2.40', bool),
  round_robin_dns: since('3.0', bool),
  protobuf_message: since('2.54', str),
  queue_config: queueConfig,
  // max_samples_per_send: CHANGELOG 2.29.0 "Allow configuring `max_samples_per_send` for remote write metadata. #8959".
  metadata_config: obj('metadata_config', { send: bool, send_interval: duration, max_samples_per_send: since('2.29', int) }),
  sigv4,
  azuread: since('2.45', obj('azuread', {
    cloud: str, managed_identity: obj('managed_identity', { client_id: str }),
    // azuread itself: CHANGELOG 2.45.0 (#11944); oauth: CHANGELOG 2.48.0 "Add Azure AD OAuth authentication support #12572".
    oauth: since('2.48', obj('oauth', { client_id: str, client_secret: secret, tenant_id: str })),
    sdk: obj('sdk', { tenant_id: str }), workload_identity: since('3.5', obj('workload_identity', { client_id: str, tenant_id: str, token_file_path: path })), scope: since('3.5', str),
  }, true)),
  google_iam: since('3.0', obj('google_iam', { credentials_file: path }, true)),
})

export const remoteReadConfig = withHttp('remote_read', {
  url,
  remote_timeout: duration,
  chunked_read_limit: since('2.45', uint),
  headers: map(secret),
  read_recent: bool,
  name: str,
  required_matchers: labelset,
  filter_external_labels: since('2.34', bool),
})

export const rootConfig = obj('config', {
  global: globalConfig,
  runtime: since('2.53', obj('runtime', { gogc: int })),
  alerting: obj('alerting', {
    alert_relabel_configs: list(relabelConfig),
    alertmanagers: list(alertmanagerConfig),
  }),
  rule_files: list(str),
  scrape_config_files: since('2.43', list(str)),
  scrape_configs: list(scrapeConfig),
  storage: obj('storage', {
    tsdb: obj('tsdb', {
      out_of_order_time_window: since('2.39', duration),
      stale_series_compaction_threshold: since('3.8', float),
      retention: since('3.8', obj('retention', { time: duration, size, percentage: float })),
      chunk_encoding: since('3.13', obj('chunk_encoding', { floats: str })),
    }),
    // CHANGELOG 2.29.0: "Allow configuring exemplar storage via file and make it reloadable. #8974".
    exemplars: since('2.29', obj('exemplars', { max_exemplars: int })),
  }),
  tracing: since('2.33', obj('tracing', {
    client_type: str, endpoint: str, sampling_fraction: float, insecure: bool, tls_config: tlsConfig,
    headers: map(str), compression: str, timeout: duration,
  })),
  remote_write: list(remoteWriteConfig),
  remote_read: list(remoteReadConfig),
  otlp: since('2.54', obj('otlp', {
    promote_resource_attributes: list(str),
    ignore_resource_attributes: since('3.5', list(str)),
    promote_all_resource_attributes: since('3.5', bool),
    translation_strategy: since('3.0', str),
    keep_identifying_resource_attributes: since('3.1', bool),
    convert_histograms_to_nhcb: since('3.4', bool),
    promote_scope_metadata: since('3.6', bool),
    label_name_underscore_sanitization: since('3.8', bool),
    label_name_preserve_multiple_underscores: since('3.8', bool),
  })),
})

/** A file named by scrape_config_files holds only scrape_configs. */
export const scrapeConfigFile = obj('scrape config file', { scrape_configs: list(scrapeConfig) })

