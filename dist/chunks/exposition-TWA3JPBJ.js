import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  createValidator,
  negotiateFormat,
  validatePayload
} from "./chunk-M2KKVNJR.js";
import {
  allRules,
  negotiationRuleIds,
  rulesWithoutPayloadExamples
} from "./chunk-5J5VEOAL.js";
import "./chunk-CRLB2BQL.js";
import "./chunk-GP62AVUT.js";
export {
  allRules,
  createValidator,
  negotiateFormat,
  negotiationRuleIds,
  rulesWithoutPayloadExamples,
  validatePayload
};
