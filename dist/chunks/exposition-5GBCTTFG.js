import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  createValidator,
  negotiateFormat,
  validatePayload
} from "./chunk-O4RJYXZU.js";
import {
  allRules,
  negotiationRuleIds,
  rulesWithoutPayloadExamples
} from "./chunk-5QU47RE4.js";
import "./chunk-COOOF3EJ.js";
import "./chunk-GP62AVUT.js";
export {
  allRules,
  createValidator,
  negotiateFormat,
  negotiationRuleIds,
  rulesWithoutPayloadExamples,
  validatePayload
};
