import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  MAX_CONFIG_BYTES,
  MAX_TARGETS,
  SCRAPE_CONCURRENCY,
  displayPath,
  gate,
  mapBounded,
  tooManyTargets
} from "./chunk-ODTIQRN5.js";
import {
  InputError
} from "./chunk-WJWMSWC7.js";
import "./chunk-3U56Y7DN.js";
import "./chunk-AQBT3PWY.js";
import "./chunk-YO34KHMB.js";
import "./chunk-ECLXGZKV.js";
import {
  DEFAULT_PROMETHEUS_VERSION
} from "./chunk-WNFNH4WW.js";
import "./chunk-GP62AVUT.js";
export {
  DEFAULT_PROMETHEUS_VERSION,
  InputError,
  MAX_CONFIG_BYTES,
  MAX_TARGETS,
  SCRAPE_CONCURRENCY,
  displayPath,
  gate,
  mapBounded,
  tooManyTargets
};
