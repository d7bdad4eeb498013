import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  allLints,
  rules
} from "./chunk-X4OQIRSJ.js";

// src/exposition/rules.ts
var allRules = [...Object.values(rules), ...allLints].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
var negotiationRuleIds = [rules.contentTypeMissing.id, rules.contentTypeUnsupported.id];
var rulesWithoutPayloadExamples = [
  ...negotiationRuleIds,
  rules.sampleLimitExceeded.id,
  rules.labelLimitExceeded.id,
  rules.labelNameLengthLimitExceeded.id,
  rules.labelValueLengthLimitExceeded.id,
  rules.bodySizeLimitExceeded.id,
  rules.invalidUtf8.id,
  rules.missingFinalNewline.id,
  rules.openmetricsMissingEof.id
];

export {
  allRules,
  negotiationRuleIds,
  rulesWithoutPayloadExamples
};
