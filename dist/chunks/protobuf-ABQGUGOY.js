import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
} from "./chunk-75VPQ327.js";
import "./chunk-ZHSFIW47.js";
import "./chunk-GP62AVUT.js";
export {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
};
