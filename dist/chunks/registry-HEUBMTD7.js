import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  fileChecks,
  pathRuleList
} from "./chunk-IWYYXSV3.js";
import {
  dropped_default,
  file_sd_invalid_default,
  file_sd_no_files_default,
  file_sd_unreadable_default,
  invalid_address_default,
  invalid_interval_default,
  invalid_scheme_default,
  no_address_default,
  no_targets_default,
  target_limit_exceeded_default,
  too_many_targets_default
} from "./chunk-FCGYVF45.js";
import {
  authRules,
  endpointRules,
  networkRules,
  tlsRules
} from "./chunk-MJYL43JQ.js";
import {
  allRules
} from "./chunk-62O72HK2.js";
import {
  allProtobufRules
} from "./chunk-TYKGKSWG.js";
import "./chunk-X4OQIRSJ.js";
import {
  allChecks,
  metaOf,
  tooManyTargets
} from "./chunk-ODTIQRN5.js";
import "./chunk-WJWMSWC7.js";
import "./chunk-3U56Y7DN.js";
import "./chunk-AQBT3PWY.js";
import "./chunk-YO34KHMB.js";
import "./chunk-ECLXGZKV.js";
import "./chunk-WNFNH4WW.js";
import "./chunk-GP62AVUT.js";

// src/config/rules.ts
var allRules2 = allChecks.map(metaOf).sort((a, b) => a.id.localeCompare(b.id));

// src/rules/rules.ts
var allRules3 = [...fileChecks, ...pathRuleList].map(({ id, severity, description, messages, hints, needs }) => ({ id, severity, description, messages, ...hints ? { hints } : {}, ...needs ? { needs } : {} })).sort((a, b) => a.id.localeCompare(b.id));

// src/targets/rules.ts
var allRules4 = [
  dropped_default,
  file_sd_invalid_default,
  file_sd_no_files_default,
  file_sd_unreadable_default,
  invalid_address_default,
  invalid_interval_default,
  invalid_scheme_default,
  no_address_default,
  no_targets_default,
  target_limit_exceeded_default,
  too_many_targets_default
];

// src/scrape/rules.ts
var allRules5 = [...networkRules, ...tlsRules, ...authRules, ...endpointRules].sort(
  (a, b) => a.id.localeCompare(b.id)
);

// src/registry.ts
var allRules6 = [
  ...allRules2,
  ...allRules3,
  ...allRules4,
  ...allRules5,
  ...allRules,
  ...allProtobufRules,
  tooManyTargets
].sort((a, b) => a.id.localeCompare(b.id));
export {
  allRules6 as allRules
};
