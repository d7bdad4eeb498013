/** Every config check, sorted by id (adding a check = one file + one line here). */
import type { ConfigCheck } from '../context.js'
import agentModeField from './agent-mode-field.js'
import duplicateJobName from './duplicate-job-name.js'
import duplicateKey from './duplicate-key.js'
import duplicateRemoteName from './duplicate-remote-name.js'
import emptyFile from './empty-file.js'
import emptySection from './empty-section.js'
import extraDocuments from './extra-documents.js'
import fileTooLarge from './file-too-large.js'
import insecureSkipVerify from './insecure-skip-verify.js'
import invalidAzuread from './invalid-azuread.js'
import invalidDuration from './invalid-duration.js'
import invalidLabelName from './invalid-label-name.js'
import invalidMetricsPath from './invalid-metrics-path.js'
import invalidRegex from './invalid-regex.js'
import invalidRelabelConfig from './invalid-relabel-config.js'
import invalidScheme from './invalid-scheme.js'
import invalidSdConfig from './invalid-sd-config.js'
import invalidTarget from './invalid-target.js'
import invalidType from './invalid-type.js'
import invalidUrl from './invalid-url.js'
import invalidValue from './invalid-value.js'
import longScrapeInterval from './long-scrape-interval.js'
import missingFile from './missing-file.js'
import missingJobName from './missing-job-name.js'
import missingRequiredField from './missing-required-field.js'
import mutuallyExclusiveFields from './mutually-exclusive-fields.js'
import notUtf8 from './not-utf8.js'
import plaintextSecret from './plaintext-secret.js'
import relabelUnknownMetaLabel from './relabel-unknown-meta-label.js'
import relabelWithoutSourceLabels from './relabel-without-source-labels.js'
import reservedHeader from './reserved-header.js'
import scrapeTimeoutExceedsInterval from './scrape-timeout-exceeds-interval.js'
import targetWithoutPort from './target-without-port.js'
import tlsVersionOrder from './tls-version-order.js'
import unknownField from './unknown-field.js'
import unreadableFile from './unreadable-file.js'
import yamlAliasBomb from './yaml-alias-bomb.js'
import yamlSyntax from './yaml-syntax.js'

export const allChecks: ConfigCheck[] = [
  agentModeField as ConfigCheck,
  duplicateJobName as ConfigCheck,
  duplicateKey as ConfigCheck,
  duplicateRemoteName as ConfigCheck,
  emptyFile as ConfigCheck,
  emptySection as ConfigCheck,
  extraDocuments as ConfigCheck,
  fileTooLarge as ConfigCheck,
  insecureSkipVerify as ConfigCheck,
  invalidAzuread as ConfigCheck,
  invalidDuration as ConfigCheck,
  invalidLabelName as ConfigCheck,
  invalidMetricsPath as ConfigCheck,
  invalidRegex as ConfigCheck,
  invalidRelabelConfig as ConfigCheck,
  invalidScheme as ConfigCheck,
  invalidSdConfig as ConfigCheck,
  invalidTarget as ConfigCheck,
  invalidType as ConfigCheck,
  invalidUrl as ConfigCheck,
  invalidValue as ConfigCheck,
  longScrapeInterval as ConfigCheck,
  missingFile as ConfigCheck,
  missingJobName as ConfigCheck,
  missingRequiredField as ConfigCheck,
  mutuallyExclusiveFields as ConfigCheck,
  notUtf8 as ConfigCheck,
  plaintextSecret as ConfigCheck,
  relabelUnknownMetaLabel as ConfigCheck,
  relabelWithoutSourceLabels as ConfigCheck,
  reservedHeader as ConfigCheck,
  scrapeTimeoutExceedsInterval as ConfigCheck,
  targetWithoutPort as ConfigCheck,
  tlsVersionOrder as ConfigCheck,
  unknownField as ConfigCheck,
  unreadableFile as ConfigCheck,
  yamlAliasBomb as ConfigCheck,
  yamlSyntax as ConfigCheck,
]
