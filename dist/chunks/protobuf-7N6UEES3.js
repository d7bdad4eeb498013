import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
} from "./chunk-TYKGKSWG.js";
import "./chunk-X4OQIRSJ.js";
import "./chunk-WNFNH4WW.js";
import "./chunk-GP62AVUT.js";
export {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
};
