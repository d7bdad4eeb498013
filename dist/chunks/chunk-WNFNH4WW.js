import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";
var DEFAULT_PROMETHEUS_VERSION = "3.14";
function versionNumber(version) {
  const m = version ? /^v?(\d+)(?:\.(\d+))?/.exec(version) : null;
  return m ? Number(m[1]) * 1e3 + Math.min(Number(m[2] ?? 0), 999) : 3999;
}

export {
  VERSION,
  DEFAULT_PROMETHEUS_VERSION,
  versionNumber
};
