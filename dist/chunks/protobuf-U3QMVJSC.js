import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
} from "./chunk-OL7CFBPV.js";
import "./chunk-KZLJBW2B.js";
import "./chunk-GP62AVUT.js";
export {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
};
