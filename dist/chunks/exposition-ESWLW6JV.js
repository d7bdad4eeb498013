import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  createValidator,
  negotiateFormat,
  validatePayload
} from "./chunk-3I3XGINT.js";
import {
  allRules,
  negotiationRuleIds,
  rulesWithoutPayloadExamples
} from "./chunk-DVSF23XJ.js";
import "./chunk-KZLJBW2B.js";
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
