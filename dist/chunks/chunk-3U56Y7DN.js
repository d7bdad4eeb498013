import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);

// src/did-you-mean.ts
var MAX_WORD = 200;
function editDistance(a, b, max = 4) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > MAX_WORD || b.length > MAX_WORD) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
function limitFor(word, cand) {
  const byWord = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  return Math.max(byWord, Math.floor(cand.length / 3));
}
function didYouMean(word, candidates) {
  if (word.length > MAX_WORD) return void 0;
  const known = [...candidates];
  const w = word.toLowerCase().replace(/-/g, "_");
  let best;
  let bestD = Infinity;
  for (const c of known) {
    const d = editDistance(w, c.toLowerCase(), Math.max(4, limitFor(w, c)));
    if (d < bestD || d === bestD && c.startsWith(w) && !best?.startsWith(w)) {
      best = c;
      bestD = d;
    }
  }
  if (best !== void 0 && bestD <= limitFor(w, best)) return best;
  const parts = w.split(/[_.]/);
  const contained = known.filter((c) => c.length >= 3 && (parts.includes(c) || c.startsWith(w) && w.length >= 4));
  if (contained.length === 1) return contained[0];
  if (w.startsWith("expr") && known.includes("expr")) return "expr";
  for (const c of known) {
    if (c.length >= 5 && (c.startsWith(w) || w.startsWith(c)) && Math.abs(c.length - w.length) <= 5) return c;
  }
  return void 0;
}

export {
  didYouMean
};
