import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
} from "./chunk-M7WUPT65.js";
import "./chunk-CRLB2BQL.js";
import "./chunk-GP62AVUT.js";
export {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
};
