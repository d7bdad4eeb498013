import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);

// src/finding.ts
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function compareFindings(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.location.file === b.location.file ? 0 : a.location.file.localeCompare(b.location.file)) || a.location.line - b.location.line || a.location.column - b.location.column || (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule));
}
function atLeast(severity, threshold) {
  return threshold !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function summarize(findings, targets = 0, targetsFailed = 0) {
  let errors = 0, warnings = 0, infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos, targets, targetsFailed };
}

export {
  compareFindings,
  atLeast,
  summarize
};
