import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  createValidator,
  negotiateFormat,
  validatePayload
} from "./chunk-67XSQS2U.js";
import {
  allRules,
  negotiationRuleIds,
  rulesWithoutPayloadExamples
} from "./chunk-KKDNA6JY.js";
import "./chunk-ZHSFIW47.js";
import "./chunk-GP62AVUT.js";
export {
  allRules,
  createValidator,
  negotiateFormat,
  negotiationRuleIds,
  rulesWithoutPayloadExamples,
  validatePayload
};
