import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  createValidator,
  negotiateFormat,
  validatePayload
} from "./chunk-YMAX7NJ6.js";
import {
  allRules,
  negotiationRuleIds,
  rulesWithoutPayloadExamples
} from "./chunk-62O72HK2.js";
import "./chunk-X4OQIRSJ.js";
import "./chunk-WNFNH4WW.js";
import "./chunk-GP62AVUT.js";
export {
  allRules,
  createValidator,
  negotiateFormat,
  negotiationRuleIds,
  rulesWithoutPayloadExamples,
  validatePayload
};
