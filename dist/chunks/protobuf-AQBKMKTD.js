import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
} from "./chunk-QDLD45U4.js";
import "./chunk-COOOF3EJ.js";
import "./chunk-GP62AVUT.js";
export {
  allProtobufRules,
  createProtobufValidator,
  docsExampleBytes,
  encodeMetricFamilies,
  validateProtobuf
};
