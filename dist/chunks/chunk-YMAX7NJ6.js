import { createRequire as __promgateCreateRequire } from 'node:module';
const require = __promgateCreateRequire(import.meta.url);
import {
  EXPORTED_PREFIX_BYTES,
  TargetLabels,
  labelLimitsSet,
  rules,
  runLints,
  targetLabelOrigin
} from "./chunk-X4OQIRSJ.js";
import {
  versionNumber
} from "./chunk-WNFNH4WW.js";
import {
  fill,
  toFinding
} from "./chunk-GP62AVUT.js";

// src/exposition/kernel/wasm-bytes.ts
var KERNEL_WASM = "AGFzbQEAAAABHgZgAAF/YAJ/fwF/YAAAYAN/f38Bf2ABfwBgAX8BfwMODQMEBQAAAAECAAECAgEFAwEAFAZaDn8AQYACC38AQYAKC38AQYASC38AQfgHC38AQYAoC38AQdAAC38AQYDAAAt/AEGAgMAAC38BQQALfwFBAAt/AUEAC38BQf8BC38BQQALfAFEAAAAAAAAAAALB/YBFAdOQU1FX0FUAwALU1VNX05BTUVfQVQDAQ1DT1VOVF9OQU1FX0FUAwIITkFNRV9NQVgDAw1ORVdfR1JPVVBTX0FUAwQRR1JPVVBfRU5UUllfQllURVMDBQlXSU5ET1dfQVQDBgZXSU5ET1cDBwRpbml0AAoIdGFibGVHZXQABgh0YWJsZUFkZAAACnRhYmxlQ2xlYXIABwl0YWJsZVNpemUABQp0YWJsZVNsb3RzAAQJdGFibGVCYXNlAAgJdGFibGVaZXJvAAMLZ3JvdXBLZXlBZGQAAQ5ncm91cEtleXNDbGVhcgALA3J1bgAJBm1lbW9yeQIACo8oDbkDAQd/IAAgAXJFBEAjCgRAIwoPCyACJAojCUEBaiQJQQAPCyMIIAAgAUGx893xeWxzcSEDA0AgA0EEdEGAwJABaiIEKAIAIgUgBCgCBCIEckUgASAERiAAIAVGcXJFBEAjCCADQQFqcSEDDAELCyADQQR0IgRBgMCQAWoiBSgCACAFKAIEcgRAIARBiMCQAWooAgAPCyAFIAA2AgAgBSABNgIEIANBBHRBiMCQAWogAjYCACMJQQFqJAkjCCMJQQF0SQRAIwhBAWoiBkEEQQIjCEGAgARJG2wiAEEEdCIHIAZBBHRBgMCQAWoiCGoiAT8AQRB0IgJLBEAgASACa0H//wNqQRB2QAAaCyAIQQAgB/wLACAAQQFrIQlBACEBA0AgASAGSQRAIAFBBHRBgMCQAWoiAigCACIDIAIoAgQiBHIEQCADIARBsfPd8XlscyAJcSEAA0AgCCAAQQR0aiIFKAIAIAUoAgRyBEAgAEEBaiAJcSEADAELCyAIIABBBHRqIgAgAzYCACAAIAQ2AgQgACACKAIINgIICyABQQFqIQEMAQsLQYDAkAEgCCAH/AoAACAJJAgLQQALlwIBA38jCyAAQf////8DcUEBaiIBQbHz3fF5bHEhAANAIABBAnRBgMDAAGooAgAiAiABRgRADwsgAgRAIwsgAEEBanEhAAwBCwsgAEECdEGAwMAAaiABNgIAIwxBAWokDCMLIwxBAXRJBH8jC0EBakGAgBBJBUEACwRAQYDAgAFBgMDAACMLQQFqIgNBAnQiAPwKAAAgAEEBayQLQYDAwABBACMLQQFqQQJ0/AsAQQAhAANAIAAgA0kEQCAAQQJ0QYDAgAFqKAIAIgIEQCMLIAJBsfPd8XlscSEBA0AgAUECdEGAwMAAaigCAARAIwsgAUEBanEhAQwBCwsgAUECdEGAwMAAaiACNgIACyAAQQFqIQAMAQsLCwvPAwIGfwF8IABBgEBrLQAAQTBrIQMDQCADQQlNBEAgAkEBaiACIAJBAEogA3IbIQIgB0QAAAAAAAAkQKIgA7igIQcgBEEBaiEEIABBAWoiAEGAQGstAABBMGshAwwBCwsgAEGAQGstAABBLkYEQCAAQQFqIgBBgEBrLQAAQTBrIQMDQCADQQlNBEAgAkEBaiACIAJBAEogA3IbIQIgB0QAAAAAAAAkQKIgA7igIQcgBEEBaiEEIAVBAWohBSAAQQFqIgBBgEBrLQAAQTBrIQMMAQsLCyAERSACQQ9KcgRAQX8PC0EAIAVrIQIgAEGAQGstAABBIHJB5QBGBEBBACEFQQAhBCAAQQFqIgBBgEBrLQAAIgZBLUYiAyAGQStGcgRAIAMhASAAQQFqIQALIABBgEBrLQAAQTBrIQMDQCAEQQRIIANBCU1xBEAgBUEKbCADaiEFIARBAWohBCAAQQFqIgBBgEBrLQAAQTBrIQMMAQsLIARFIARBBEZyBEBBfw8LIAJBACAFayAFIAEbaiECCyACQWpIIAJBFkpyBEBBfw8LIAJBAE4EfCAHIAJBA3RBgBtqKwMAogUgB0EAIAJrQQN0QYAbaisDAKMLJA0gAAsEACMKCwcAIwhBAWoLBAAjCQuEAQEDfyAAIAFyRQRAIwoPCyMIIAAgAUGx893xeWxzcSECA0AgAkEEdEGAwJABaiIEKAIAIgMgBCgCBCIEckUgASAERiAAIANGcXJFBEAjCCACQQFqcSECDAELCyACQQR0IgBBgMCQAWoiASgCACABKAIEcgR/IABBiMCQAWooAgAFQQALC20BAn8jCUUEQA8LIwkhAUEAJAlBACQKQYDAkAFBACMIQQFqQQR0/AsAQYACIQADQCAAQYCAAUkEfyMIQQFqIABBAXRPBUEACwR/IABBAWsgAUEBdEkFQQALBEAgAEEBdCEADAELCyAAQQFrJAgLBwBBgMCQAQvBFgIufwZ8QQAoAgAhIkE0KAIAISdBwAAoAgAhJkHcACgCACEQQRQoAgAhKUEwKAIAQQBHIRhBIEHgACgCACICIAJBIE4bIRdBICgCACETQSQoAgAhEUEoKAIAISVBLCgCACEhQcABKwMAITNByAErAwAhNUHQASsDACEwQRAoAgAhICABIQ0gACIGIS5BDCgCACIWIQkDQCAAIA1JBEACQCAAIQRBACEKQQQoAgAhH0EIKAIAIR5BACEDAn8DQCADQQhqIgEgIk0EQEEAIABBgEBrIANqKQMAIAMpA4ACUg0CGiABIQMMAQsLA0AgAyAiSQRAQQAgACADakGAQGstAAAgAy0AgAJHDQIaIANBAWohAwwBCwsgACAiakGAQGstAAAiAUEgRiABQfsARnILBH8gACAiagUgJwR/QQAhAgJ/A0AgAkEIaiIBICdNBEBBACAAQYBAayACaikDACACQYAKaikDAFINAhogASECDAELCwNAIAIgJ0kEQEEAIAAgAmpBgEBrLQAAIAJBgApqLQAARw0CGiACQQFqIQIMAQsLIAAgJ2pBgEBrLQAAIgFBIEYgAUH7AEZyCwVBAAsEf0EBIQpBOCgCACEfQTwoAgAhHiAAICdqBSAmBH9BACECAn8DQCACQQhqIgEgJk0EQEEAIABBgEBrIAJqKQMAIAJBgBJqKQMAUg0CGiABIQIMAQsLA0AgAiAmSQRAQQAgACACakGAQGstAAAgAkGAEmotAABHDQIaIAJBAWohAgwBCwsgACAmakGAQGstAAAiAUEgRiABQfsARnILBUEAC0UNAkECIQpBxAAoAgAhH0HIACgCACEeIAAgJmoLCyEAQQAhJEEAIShBACECQQAhEkEAIQxBACEDQQAhD0EAIRsgAEGAQGstAABB+wBGBEAgAEEBaiEAQQAhGgNAAkBBASACQSBOIABBgEBrLQAAIi1BgB5qLQAAQQRxBH8gLUHfAEYEfyAAQYHAAGotAABB3wBGBUEACwVBAQsbDQAgACELIAJBBXRBgCBqIiwoAgQhFCACIA5IBH8gLCgCACEHQQAhBQJ/A0AgBUEIaiIBIBRNBEBBACAAQYBAayAFaikDACAHQYBAayAFaikDAFINAhogASEFDAELCwNAIAUgFEkEQEEAIABBgEBrIAVqLQAAIAdBgEBrIAVqLQAARw0CGiAFQQFqIQUMAQsLQQELBUEACwRAICwoAgghLSAsKAIMIQUgLCgCECEHICwoAhRBAEchKyALICwoAhhqIS8gCyAUaiIAQQFrIQEFQcW78oh4IQVBkemXqgIhKwNAIC1BgB5qLQAAQQhxBEAgBSAtc0GTg4AIbCEFICtBH2wgLWohKyAAQQFqIgBBgEBrLQAAIS0MAQsLIC1BPUcEf0EBBSAAQYHAAGotAABBIkcLDQEgACALayEUIABBAmoiACEvQcW78oh4IQdBkemXqgIhKiAAQYBAay0AACEtA0AgLUH/AEkgLUEgT3EgLUEiR3EgLUHcAEdxBEAgByAtc0GTg4AIbCEHICpBH2wgLWohKiAAQQFqIgBBgEBrLQAAIS0MAQsLIC1BIkcNASAAIgFBAWohACAFIAVBEHZzQeuUr694bCIFIAVBDXZzQbXcypV8bCIFIAVBEHZzIi1BsfPd8XlsIAcgB0EQdnNB65Svr3hsIgUgBUENdnNBtdzKlXxsIgUgBUEQdnNzIgUgBUEQdnNB65Svr3hsIgUgBUENdnNBtdzKlXxsIgUgBUEQdnMhBSArQZX4qfoHcyIHIAdBEHZzQeuUr694bCIHIAdBDXZzQbXcypV8bCIHIAdBEHZzQeuUr694bCAqQZPrnNwBcyIHIAdBEHZzQeuUr694bCIHIAdBDXZzQbXcypV8bCIHIAdBEHZzaiIHIAdBEHZzQeuUr694bCIHIAdBDXZzQbXcypV8bCIHIAdBEHZzIQcgKUECRgR/IBRBAkYEfyALQYBAay0AAEHsAEYFQQALBH8gC0GBwABqLQAAQeUARgVBAAsFIBRBCEYgKUEDRnEEfyALQYBAaykDAELx6oXzxq6atuUAUQVBAAsLISsgLCALNgIAICwgACALazYCBCAsIC02AgggLCAFNgIMICwgBzYCECAsICtBAEc2AhQgLCAvIAtrNgIYC0EAIQtBACEqA0AgAiAqSgRAAkAgKkECdEGAGmooAgAgLUYEQEEBIQsMAQsgKkEBaiEqDAILCwsgCw0AIAJBAnRBgBpqIC02AgAgBSAkaiEkIAcgKGohKCAOIAJBAWoiAkgEQCACIQ4LICsEQEEBIRsgBSESIAchDCABIQ8gLyEDCyAAQYBAay0AACIBQSxGBEAgAEEBaiEADAILIAFB/QBGBEBBASEaIABBAWohAAsLCyACRSAaRXINAQsgAEGAQGstAABBIEcNACAAQQFqIQAgCkECRiIBIApFIClBAkZxIAEbBH8gABACBSAAIApBAUYgGHIQDAsiFEEASAR/QQEFIBRBgEBrLQAAQQpHCw0AIAIhAUEAIQcDQCACIAdKBEAgB0ECdEGAGmooAgAgAUEfbGohASAHQQFqIQcMAQsLIApFIAEgFkdxIAEgEEdxDQAjDSExRAAAAAAAAAAAITRBACEvQQAhB0EAIQIgKUEBRwRAIAoEQCARIChHBH9BAQUgJCAoQbHz3fF5bHNB/////wNxIBNHCw0CBSAbRQ0CICQgEmsgKCAMayICQbHz3fF5bHNB/////wNxIQcgKUECRgR/IA8gA2tBBEYEfyADQYBAay0AAEErRgVBAAsEfyADQYHAAGotAABByQBGBUEACwR/IANBgsAAai0AAEHuAEYFQQALBH8gA0GDwABqLQAAQeYARgVBAAsFQQALBHxEAAAAAAAA8H8FIAMQAiAPRw0DIw0LITQgAiARRyAHIBNHcgR/IAcgE0YgFyAjTHIEQEEBIQUFQQEhBQJAIwsjDEEBdEkNACMLIAdB/////wNxQQFqIgtBsfPd8XlscSESA0BBASEFIBJBAnRBgMDAAGooAgAiAyALRg0BQQAhBSADRQ0BIwsgEkEBanEhEgwACwALCyAFBEBBAkEAIAcgE0cgI0EgTnEbIRUMBAtBAQVBAAshLyApQQJGBH9EAAAAAAAA8P8gMyAvGyA0Y0VEAAAAAAAA8P8gNSAvGyAxZHIFIDREAAAAAAAA8D9lIDREAAAAAAAAAABmcUULDQILCyAfICRqIB4gKGogIBAADQAgLwRAICNB0ABsQYAoaiIAIAc2AgAgACACNgIEIAAgIDYCCCAAIAQ2AgwgACAUNgIQIAAgJTYCFCAAICE2AhggACAdNgIcIAAgHDYCICAAIDM5AyggACA1OQMwIAAgMDkDOCAAIDI5A0AgI0EBaiEjIAcQASAHIRMgAiERQQAhJUEAISFBACEdQQAhHEQAAAAAAADw/yEzRAAAAAAAAAAAITJEAAAAAAAA8P8hNUQAAAAAAAAAACEwCyAKQQFGBEBBASEdBSAKQQJGBEBBASEcIDEhMgUgASEQIClBAkYEQCAlQQFqISUgMSE1IDQiM0QAAAAAAADwf2EEQEEBISEgNSEwCwsLCyAgQQFqISAgGUEBaiEZIAQhBiAKIQggASEJIBRBAWoiLiEADAILCwtB7ABBASAVIAAgDU8bNgIAQRggLjYCAEEcIAY2AgBBzAAgCDYCAEHQACAJNgIAQegAIBA2AgBB5AAgIzYCAEEgIBM2AgBBJCARNgIAQSggJTYCAEEsICE2AgBB1AAgHTYCAEHYACAcNgIAQcABIDM5AwBByAEgNTkDAEHQASAwOQMAQdgBIDI5AwAgGQuNAgIDfwF8A0AgAUGAAkkEQCABQcEATyIABEAgAUHaAE0hAAsgAEUEQCABQfoATSABQeEAT3EhAAsgAEUEQCABQd8ARiEACyABQYAeakEDQQBBASABQTpGIAAbGyICQQpyIAIgAUEwTyICBH8gAUE5TQUgAgsbIgJBDHIgAiAAGzoAACABQQFqIQEMAQsLRAAAAAAAAPA/IQNBACEAA0AgAEEWTQRAIABBA3RBgBtqIAM5AwAgA0QAAAAAAAAkQKIhAyAAQQFqIQAMAQsLQf8BJAhBACQJQQAkCkH/ASQLQQAkDD8AQRB0IgBBgOCQAUkEQEH/35QBIABrQRB2QAAaC0GAwJABQQBBgCD8CwALJAAjDEUEQA8LQYDAwABBACMLQQFqQQJ0/AsAQQAkDEH/ASQLC+IDAQR/IAAhAiAAQYBAay0AACIDQS1GBH8gAUUEQEF/DwsgAEEBaiIAQYBAay0AAAUgA0ErRgR/IABBAWoiAEGAQGstAAAFIAMLCyIDQckARgRAIABBA2pBfyAAQYHAAGotAABB7gBGBH8gAEGCwABqLQAAQeYARgVBAAsbDwsgA0HOAEYEQCAAQQNqQX8gACACRgR/IABBgcAAai0AAEHhAEYFQQALBH8gAEGCwABqLQAAQc4ARgVBAAsbDwtBACEBA0AgA0Ewa0EJTQRAIAFBAWohASAEQQFqIQQgAEEBaiIAQYBAay0AACEDDAELCyADQS5GBEAgAEEBaiIAQYBAay0AACEDA0AgA0Ewa0EJTQRAIAFBAWohASAAQQFqIgBBgEBrLQAAIQMMAQsLCyABRQRAQX8PCyADQSByQeUARgRAIABBAWoiAEGAQGstAAAiA0EtRiIBIANBK0ZyBH8gAEEBaiIAQYBAay0AACEDIAEFQQALQQAhAQNAIAFBBUggA0EwayIDQQlNcQRAIAMgBUEKbGohBSABQQFqIQEgAEEBaiIAQYBAay0AACEDDAELCyABRSABQQVGcgRAQX8PC0UgBCAFakGsAkpxBEBBfw8LBSAEQawCSgRAQX8PCwsgAAs=";

// src/exposition/kernel/index.ts
var S_NAME_LEN = 0;
var S_NAME_H1 = 1;
var S_NAME_H2 = 2;
var S_SIG = 3;
var S_LINE_NO = 4;
var S_MODE = 5;
var S_OUT_END = 6;
var S_OUT_LAST = 7;
var S_GROUP_KEY = 8;
var S_GROUP_K2 = 9;
var S_BUCKETS = 10;
var S_INF_SEEN = 11;
var S_NEG_OK = 12;
var S_SUM_LEN = 13;
var S_COUNT_LEN = 16;
var S_OUT_KIND = 19;
var S_OUT_SIG = 20;
var S_SUM_SEEN = 21;
var S_COUNT_SEEN = 22;
var S_SIG_MAIN = 23;
var S_GROUP_ROOM = 24;
var S_NEW_GROUPS = 25;
var S_OUT_MAIN_SIG = 26;
var S_OUT_STOP = 27;
var F_LAST_LE = 24;
var F_LAST_COUNT = 25;
var F_INF = 26;
var F_COUNT = 27;
var LEGACY_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
var RunMode = { Flat: 1, Bucket: 2, Quantile: 3 };
var LineKind = { Main: 0, Sum: 1, Count: 2 };
var compiled;
function kernelModule() {
  if (compiled === void 0) {
    try {
      compiled = new WebAssembly.Module(Buffer.from(KERNEL_WASM, "base64"));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}
var SampleRunKernel = class _SampleRunKernel {
  /** After `run`: the chunk offset after the last line taken, and where that line starts. */
  end = 0;
  lastStart = 0;
  ex;
  nameMax;
  window;
  /** Where the names and the window go in the kernel's memory (its exports say). */
  nameAt;
  windowAt;
  newGroupsAt;
  groupEntry;
  buf;
  u8;
  i32;
  f64;
  /** The chunk part in the window: chunk[wStart, wEnd), whole lines. */
  wChunk;
  wSearch;
  wStart = 0;
  wEnd = 0;
  name = "";
  nameOk = false;
  /** A kernel, or undefined when WebAssembly is not there or cannot give one more instance its memory (the parser then reads every line). */
  static create() {
    const m = kernelModule();
    if (!m) return void 0;
    try {
      return new _SampleRunKernel(new WebAssembly.Instance(m, {}).exports);
    } catch {
      return void 0;
    }
  }
  constructor(ex) {
    this.ex = ex;
    ex.init();
    this.nameMax = ex.NAME_MAX.value;
    this.window = ex.WINDOW.value;
    this.nameAt = ex.NAME_AT.value;
    this.sum.at = ex.SUM_NAME_AT.value;
    this.count.at = ex.COUNT_NAME_AT.value;
    this.windowAt = ex.WINDOW_AT.value;
    this.newGroupsAt = ex.NEW_GROUPS_AT.value;
    this.groupEntry = ex.GROUP_ENTRY_BYTES.value;
    this.buf = ex.memory.buffer;
    this.u8 = new Uint8Array(this.buf);
    this.i32 = new Int32Array(this.buf, 0, 64);
    this.f64 = new Float64Array(this.buf, 0, 32);
  }
  /** Memory grows when the series table does: the views must follow. */
  views() {
    if (this.ex.memory.buffer === this.buf) return;
    this.buf = this.ex.memory.buffer;
    this.u8 = new Uint8Array(this.buf);
    this.i32 = new Int32Array(this.buf, 0, 64);
    this.f64 = new Float64Array(this.buf, 0, 32);
  }
  /**
   * Sets what the next runs expect: the sample name (latin1, as the semantics decoded it; false when
   * too long), its hashes as the parser makes them, the label-name signatures its lines may have
   * (the family's last, and that of its last line with this name), and whether a negative value is
   * fine (not in a counter).
   */
  expect(mode, name, nameH1, nameH2, sig, mainSig, negativeOk) {
    this.views();
    if (name !== this.name) {
      this.nameOk = this.fits(name);
      if (this.nameOk) this.write(this.nameAt, name);
      this.name = name;
    }
    if (!this.nameOk) return false;
    const s = this.i32;
    s[S_NAME_LEN] = name.length;
    s[S_NAME_H1] = nameH1;
    s[S_NAME_H2] = nameH2;
    s[S_SIG] = sig;
    s[S_SIG_MAIN] = mainSig;
    s[S_MODE] = mode;
    s[S_NEG_OK] = negativeOk ? 1 : 0;
    s[S_SUM_LEN] = 0;
    s[S_COUNT_LEN] = 0;
    return true;
  }
  /**
   * After `expect` in the bucket and quantile modes: the group's _sum and _count names the run may
   * also take (each only when the family has had it: '' otherwise), with their hashes.
   */
  groupNames(sum, sumH1, sumH2, count, countH1, countH2) {
    this.extraName(this.sum, sum, sumH1, sumH2);
    this.extraName(this.count, count, countH1, countH2);
  }
  sum = { at: 0, len: S_SUM_LEN, name: "", ok: false };
  count = { at: 0, len: S_COUNT_LEN, name: "", ok: false };
  /** Writes a group's _sum or _count name (when it changed) and sets its length and hashes (slots len, len+1, len+2). */
  extraName(slot, name, h1, h2) {
    if (name !== slot.name) {
      slot.ok = this.fits(name);
      if (slot.ok) this.write(slot.at, name);
      slot.name = name;
    }
    if (!slot.ok) return;
    const s = this.i32;
    s[slot.len] = name.length;
    s[slot.len + 1] = h1;
    s[slot.len + 2] = h2;
  }
  /** A name the kernel's grammar reads unquoted (a quoted name may hold any character), and short enough. */
  fits(name) {
    return name.length > 0 && name.length <= this.nameMax && LEGACY_NAME.test(name);
  }
  write(at, name) {
    for (let i = 0; i < name.length; i++) this.u8[at + i] = name.charCodeAt(i);
  }
  /**
   * The histogram or summary group the run continues (see Semantics.groupSample), and how many new
   * groups the family has room for.
   */
  group(key, k2, buckets, inf, lastLe, lastCount, room) {
    const s = this.i32, f = this.f64;
    s[S_GROUP_KEY] = key;
    s[S_GROUP_K2] = k2;
    s[S_BUCKETS] = buckets;
    s[S_INF_SEEN] = inf === void 0 ? 0 : 1;
    s[S_GROUP_ROOM] = room;
    f[F_INF] = inf ?? 0;
    f[F_LAST_LE] = lastLe;
    f[F_LAST_COUNT] = lastCount;
  }
  /** After `run`: the state of the group it ended in (the one it began with, or the last it started). */
  current() {
    const s = this.i32, f = this.f64;
    return {
      buckets: s[S_BUCKETS],
      inf: s[S_INF_SEEN] ? f[F_INF] : void 0,
      lastLe: f[F_LAST_LE],
      lastCount: f[F_LAST_COUNT],
      sumSeen: s[S_SUM_SEEN] !== 0,
      countSeen: s[S_COUNT_SEEN] !== 0,
      count: f[F_COUNT]
    };
  }
  /** After `run`: the groups it started, in order (usually none). */
  startedGroups() {
    const n = this.i32[S_NEW_GROUPS];
    const out = [];
    if (n === 0) return out;
    const dv = new DataView(this.buf);
    for (let i = 0; i < n; i++) {
      const e = this.newGroupsAt + i * this.groupEntry;
      out.push({
        key: dv.getUint32(e, true),
        k2: dv.getInt32(e + 4, true),
        line: dv.getUint32(e + 8, true),
        start: dv.getUint32(e + 12, true) + this.wStart,
        end: dv.getUint32(e + 16, true) + this.wStart,
        before: {
          buckets: dv.getInt32(e + 20, true),
          inf: dv.getInt32(e + 24, true) ? dv.getFloat64(e + 56, true) : void 0,
          lastLe: dv.getFloat64(e + 40, true),
          lastCount: dv.getFloat64(e + 48, true),
          sumSeen: dv.getInt32(e + 28, true) !== 0,
          countSeen: dv.getInt32(e + 32, true) !== 0,
          count: dv.getFloat64(e + 64, true)
        }
      });
    }
    return out;
  }
  /** After `run`: the kind of the last line taken (LineKind), its label-name signature, and that of the last line with the run's name. */
  get lastKind() {
    return this.i32[S_OUT_KIND];
  }
  get lastSig() {
    return this.i32[S_OUT_SIG];
  }
  get mainSig() {
    return this.i32[S_OUT_MAIN_SIG];
  }
  /** After `run`: whether it stopped at a line it cannot take (false: at the window's end or with its group log full, so it may go on). */
  get refused() {
    return this.i32[S_OUT_STOP] === 0;
  }
  /** A group Semantics made itself: the kernel must not start one under the same key. */
  groupKeyAdd(key) {
    this.ex.groupKeyAdd(key);
  }
  /** The family ended: its groups are gone. */
  groupKeysClear() {
    this.ex.groupKeysClear();
  }
  /**
   * Takes the lines of `chunk` from `pos` (a line start) that the kernel can; `lineNo` is the number
   * of the first. Returns how many it took (0: the line at `pos` needs the parser); `end` and
   * `lastStart` then say where they ended.
   */
  /** A new chunk is being read: the window's copy may be stale (callers may refill a buffer). */
  newChunk() {
    this.wChunk = void 0;
    this.wSearch = void 0;
  }
  run(chunk, pos, lineNo) {
    this.views();
    if (chunk !== this.wChunk || pos < this.wStart || pos >= this.wEnd) {
      if (!this.fill(chunk, pos)) {
        this.i32[S_OUT_STOP] = 0;
        return 0;
      }
    }
    this.i32[S_LINE_NO] = lineNo;
    const n = this.ex.run(pos - this.wStart, this.wEnd - this.wStart);
    this.views();
    this.end = this.i32[S_OUT_END] + this.wStart;
    this.lastStart = this.i32[S_OUT_LAST] + this.wStart;
    return n;
  }
  /** Copies the whole lines of chunk from `pos` that fit into the window. */
  fill(chunk, pos) {
    if (chunk !== this.wChunk) {
      this.wChunk = chunk;
      this.wSearch = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    }
    const upTo = Math.min(chunk.length, pos + this.window);
    const nl = this.wSearch.lastIndexOf(10, upTo - 1);
    if (nl < pos) {
      this.wEnd = this.wStart = 0;
      return false;
    }
    this.views();
    this.u8.set(chunk.subarray(pos, nl + 1), this.windowAt);
    this.wStart = pos;
    this.wEnd = nl + 1;
    return true;
  }
  // ---------------------------------------------------------------- IdentityTable (the series table)
  get size() {
    return this.ex.tableSize();
  }
  add(hi, lo, value) {
    return this.ex.tableAdd(hi, lo, value) >>> 0;
  }
  get(hi, lo) {
    return this.ex.tableGet(hi, lo) >>> 0;
  }
  clear() {
    this.ex.tableClear();
  }
  forEach(fn) {
    this.views();
    const zero = this.ex.tableZero() >>> 0;
    if (zero !== 0) fn(0, 0, zero);
    const slots = this.ex.tableSlots(), t = new Uint32Array(this.buf, this.ex.tableBase(), slots * 4);
    for (let i = 0; i < slots * 4; i += 4) {
      const a = t[i], b = t[i + 1];
      if ((a | b) !== 0) fn(a, b, t[i + 2]);
    }
  }
};

// src/exposition/sink.ts
var SPEC = { kind: "spec" };
var FAILS = { kind: "scrape-fails" };
var WRONG = { kind: "accepted-but-wrong" };
function fails(versions) {
  return { kind: "scrape-fails", versions };
}
var MAX_TEXT = 200;
var decoder = new TextDecoder("utf-8", { fatal: false });
function columnOf(buf, start, off) {
  let col = 1;
  for (let i = start; i < off; i++) if ((buf[i] & 192) !== 128) col++;
  return col;
}
function lineText(buf, start, end) {
  end = firstLineEnd(buf, start, end);
  const text = decoder.decode(buf.subarray(start, Math.min(end, start + MAX_TEXT * 4)));
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) + "\u2026" : text;
}
function firstLineEnd(buf, start, end) {
  const nl = buf.subarray(start, end).indexOf(10);
  return nl < 0 ? end : start + nl;
}
function describeAt(buf, off, end) {
  if (off >= end) return "the end of the line";
  const c = buf[off];
  if (c === 32) return "a space";
  if (c === 9) return "a tab";
  if (c === 0) return "a NUL byte";
  if (c < 32 || c === 127) return `byte 0x${c.toString(16).padStart(2, "0")}`;
  let stop = off + 1;
  while (stop < end && (buf[stop] & 192) === 128) stop++;
  return JSON.stringify(decoder.decode(buf.subarray(off, stop)));
}
var FindingSink = class {
  constructor(file, max) {
    this.file = file;
    this.max = max;
  }
  file;
  max;
  findings = [];
  /** Findings dropped after `max` was reached. */
  dropped = 0;
  /** Findings reported so far, kept or dropped: a caller compares two readings to learn whether a step reported any. */
  reported = 0;
  push(f) {
    if (this.findings.length < this.max) this.findings.push(f);
    else this.dropped++;
  }
  /** A finding on the current line, from byte `from` to byte `to` (exclusive) of the line. */
  onLine(rule2, messageId, data, verdict, line, from, to, severity) {
    this.reported++;
    if (this.findings.length >= this.max) {
      this.dropped++;
      return;
    }
    const b = line.buf;
    const to1 = Math.min(Math.max(to, from + 1), line.end + 1);
    let lineNo = line.no, lineStart = line.start;
    for (let i = line.start; i < from && i < line.end; i++) if (b[i] === 10) {
      lineNo++;
      lineStart = i + 1;
    }
    let endLine = lineNo, endStart = lineStart;
    for (let i = Math.max(from, line.start); i < to1 - 1 && i < line.end; i++) if (b[i] === 10) {
      endLine++;
      endStart = i + 1;
    }
    const column = columnOf(b, lineStart, from);
    const endColumn = endLine === lineNo ? column + Math.max(1, columnOf(b, from, to1) - 1) : columnOf(b, endStart, to1);
    let lineEnd = lineStart;
    while (lineEnd < line.end && b[lineEnd] !== 10) lineEnd++;
    const text = lineText(b, lineStart, lineEnd);
    if (this.findings.length >= this.max) {
      this.dropped++;
      return;
    }
    const f = toFinding(rule2, {
      messageId,
      data,
      severity,
      location: { file: this.file, line: lineNo, column, endLine, endColumn },
      extra: { payload: { line: lineNo, column, text }, verdict }
    });
    this.push(f);
  }
  /** A finding at a known line and column (for checks that run after the line is gone). */
  at(rule2, messageId, data, verdict, lineNo, column, endColumn, text, severity) {
    this.reported++;
    if (this.findings.length >= this.max) {
      this.dropped++;
      return;
    }
    const f = toFinding(rule2, {
      messageId,
      data,
      severity,
      location: { file: this.file, line: lineNo, column, endLine: lineNo, endColumn },
      extra: { payload: { line: lineNo, column, text }, verdict }
    });
    this.push(f);
  }
};

// src/exposition/parser.ts
var SP = 32;
var TAB = 9;
var HASH = 35;
var LBRACE = 123;
var RBRACE = 125;
var QUOTE = 34;
var BSLASH = 92;
var EQ = 61;
var COMMA = 44;
var CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const letter = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
  const digit = c >= 48 && c <= 57;
  if (letter || c === 58) CLASS[c] |= 1 | 2;
  if (digit) CLASS[c] |= 2 | 8;
  if (letter) CLASS[c] |= 4 | 8;
}
function fmix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16 | 0;
}
function nameHashes(name) {
  let h1 = 2166136261, h2 = 625341585;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i) & 255;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2, 31) + c | 0;
  }
  return [fmix(h1), fmix(h2 ^ 1013904242)];
}
var hashA = 0;
var hashB = 0;
function hashRange(b, s, e) {
  let h1 = 2166136261, h2 = 625341585;
  for (let i = s; i < e; i++) {
    const c = b[i];
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2, 31) + c | 0;
  }
  hashA = h1;
  hashB = h2;
}
var LineParser = class {
  constructor(cfg, out, sink) {
    this.cfg = cfg;
    this.out = out;
    this.sink = sink;
  }
  cfg;
  out;
  sink;
  // metric name (inner bytes when quoted)
  nameStart = 0;
  nameEnd = 0;
  nameQuoted = false;
  nameH1 = 0;
  nameH2 = 0;
  /** Labels: 4 ints per label (name start/end, value start/end, inner bytes without quotes). */
  lab = new Int32Array(64);
  /** Per-label pair hashes (two halves) and name hashes. */
  labP1 = new Int32Array(16);
  labP2 = new Int32Array(16);
  labN1 = new Int32Array(16);
  /** Per label: 1 = quoted name, 2 = value has escapes. */
  labFlags = new Uint8Array(16);
  /** Unescaped byte length of each value. */
  labVLen = new Int32Array(16);
  nLabels = 0;
  /** Sum of pair hashes (order-insensitive label-set identity). */
  setH1 = 0;
  setH2 = 0;
  /** Doubles from the start (NaN until a sample): see fmix on field representations. */
  value = NaN;
  valueStart = 0;
  valueEnd = 0;
  hasTs = false;
  /** Timestamp in the format's unit: ms (text) or s (OpenMetrics). */
  ts = NaN;
  tsStart = 0;
  tsEnd = 0;
  /** OpenMetrics exemplar: byte range of the whole ` # {...} v [ts]` part, or -1. */
  exStart = -1;
  exEnd = -1;
  // metadata
  metaNameStart = 0;
  metaNameEnd = 0;
  metaNameQuoted = false;
  metaTextStart = 0;
  metaTextEnd = 0;
  /** Set when HELP text holds escapes. */
  metaHasEscape = false;
  /** Text formats: line of OpenMetrics-only evidence (# UNIT, # EOF), 0 when none. */
  omEvidence = 0;
  omEvidenceText = "";
  omEvidenceEnd = 1;
  eofLine = 0;
  /**
   * Raw newlines in label values: when a text line ends inside a label value, `needsMore` is set and
   * the caller retries with the next line joined on (`allowContinuation` false on the last try);
   * `joinedAt` is the offset of the first joined newline (0 when none).
   */
  needsMore = false;
  /** Count of samples handed to the sink (lets the caller tell a clean line from a failed one). */
  emitted = 0;
  allowContinuation = true;
  joinedAt = 0;
  /**
   * Reuse (see `sampleLine`): the buffer the entries below point into (undefined after a joined
   * line), where the last sample name was (its end and the byte after it checked), and per label
   * index k < `prevValid`: the byte range [prevLabStart, prevLabEnd) from the label name to the
   * value's closing quote of the last line that had a label k, or prevLabEnd -1 when that label
   * was not parsed cleanly. The label arrays above still hold that label's entries.
   */
  prevBuf;
  /** A DataView on `prevBuf`: compares four bytes per step. */
  prevView = new DataView(new ArrayBuffer(0));
  prevNameStart = -1;
  prevNameEnd = 0;
  prevNameH1 = 0;
  prevNameH2 = 0;
  prevValid = 0;
  prevLabStart = new Int32Array(16);
  prevLabEnd = new Int32Array(16);
  crlfCount = 0;
  crlfFirst;
  nulReported = false;
  /** Parse one line (without its \n). */
  line(line) {
    const b = line.buf;
    let e = line.end;
    if (e > line.start && b[e - 1] === 13) {
      if (this.crlfCount++ === 0) {
        this.out.onLine(rules.crlfLineEnding, "crlf", { count: "{count}" }, FAILS, line, e - 1, e);
        this.crlfFirst = { line, text: "" };
      }
      e--;
      line = { buf: b, start: line.start, end: e, no: line.no };
    }
    const s = line.start;
    if (s === e) {
      if (this.cfg.om) this.out.onLine(rules.openmetricsBlankLine, "blank", {}, FAILS, line, s, s);
      return;
    }
    let c = b[s];
    if (!this.cfg.om && (c === SP || c === TAB)) {
      let i = s + 1;
      while (i < e && (b[i] === SP || b[i] === TAB)) i++;
      if (i === e) return;
      if (b[i] === HASH) return this.comment({ buf: b, start: i, end: e, no: line.no }, s);
      c = b[i];
    }
    if (c === HASH) return this.comment(line, s);
    if (c === 0) {
      if (!this.nulReported) {
        this.nulReported = true;
        this.out.onLine(rules.invalidNullByte, "nul", { where: "the start of a line (Prometheus stops reading here)" }, this.cfg.om ? FAILS : WRONG, line, s, s + 1);
      }
      return;
    }
    this.sampleLine(line);
  }
  /**
   * Forget earlier lines (see `sampleLine`): a caller may refill a buffer it pushed before, so
   * reuse only compares lines of the chunk being read.
   */
  newChunk() {
    this.prevBuf = void 0;
  }
  /** Called once at the end: fills in the CRLF count. */
  finish() {
    if (this.crlfCount > 0) {
      const f = this.out.findings.find((x) => x.rule === rules.crlfLineEnding.id);
      if (f) f.message = f.message.replace("{count}", this.crlfCount.toLocaleString("en-US"));
    }
    void this.crlfFirst;
  }
  // ---------------------------------------------------------------- comments and metadata
  /** `line.start` is at "#"; `lineStart` is the real start of the line (for columns). */
  comment(line, lineStart) {
    if (lineStart !== line.start) line = { buf: line.buf, start: lineStart, end: line.end, no: line.no };
    const b = line.buf, e = line.end;
    let s = line.start;
    while (b[s] !== HASH) s++;
    const om = this.cfg.om;
    let i = s + 1;
    if (om) {
      if (i < e && b[i] === SP) {
        i++;
        if (e - i === 3 && b[i] === 69 && b[i + 1] === 79 && b[i + 2] === 70) return this.sink.eof(line);
        const kind2 = this.keyword(b, i, e);
        if (kind2 && i + 4 < e && b[i + 4] === SP) return this.metadata(kind2, line, i + 5);
      }
      if (e - s >= 5 && b[s + 1] === SP && b[s + 2] === 69 && b[s + 3] === 79 && b[s + 4] === 70) {
        return this.out.onLine(rules.unexpectedToken, "afterTimestamp", { found: describeAt(b, s + 5, e) }, FAILS, line, s + 5, e);
      }
      this.out.onLine(rules.unexpectedToken, "comment", {}, FAILS, line, s, e);
      return;
    }
    if (i >= e || b[i] !== SP && b[i] !== TAB) return this.checkCommentBytes(line);
    while (i < e && (b[i] === SP || b[i] === TAB)) i++;
    const kind = this.keyword(b, i, e);
    if (kind === "UNIT" || e - i === 3 && b[i] === 69 && b[i + 1] === 79 && b[i + 2] === 70) {
      if (this.omEvidence === 0 || kind !== "UNIT") {
        this.omEvidence = line.no;
        this.omEvidenceText = lineText(b, line.start, e);
        this.omEvidenceEnd = columnOf(b, line.start, e);
      }
      if (kind !== "UNIT") this.eofLine = line.no;
    }
    if (!kind || kind === "UNIT" || i + 4 >= e || b[i + 4] !== SP && b[i + 4] !== TAB) return this.checkCommentBytes(line);
    let j = i + 4;
    while (j < e && (b[j] === SP || b[j] === TAB)) j++;
    this.metadata(kind, line, j);
  }
  /** Plain comments may hold anything but must still be UTF-8 for the spec. */
  checkCommentBytes(line) {
    const b = line.buf;
    for (let i = line.start; i < line.end; i++) {
      if (b[i] >= 128) {
        const n = utf8Len(b, i, line.end);
        if (n === 0) return this.out.onLine(rules.invalidUtf8, "bytes", { where: "a comment" }, SPEC, line, i, i + 1);
        i += n - 1;
      }
    }
  }
  keyword(b, i, e) {
    if (i + 4 > e) return void 0;
    const a = b[i], c = b[i + 1], d = b[i + 2], f = b[i + 3];
    if (a === 72 && c === 69 && d === 76 && f === 80) return "HELP";
    if (a === 84 && c === 89 && d === 80 && f === 69) return "TYPE";
    if (a === 85 && c === 78 && d === 73 && f === 84) return "UNIT";
    return void 0;
  }
  /** `i` is the first byte of the metric name after "# KIND ". */
  metadata(kind, line, i) {
    const b = line.buf, e = line.end, om = this.cfg.om;
    if (i >= e) {
      return this.out.onLine(rules.malformedMetadata, "missingName", { kind }, FAILS, line, i, i);
    }
    let nameStart = i, nameEnd, quoted = false;
    if (b[i] === QUOTE) {
      const q = this.scanQuoted(line, i, "a quoted metric name");
      if (q < 0) return;
      quoted = true;
      nameStart = i + 1;
      nameEnd = q - 1;
      i = q;
      if (!this.quotedNameAllowed(line, nameStart, nameEnd, i)) return;
    } else {
      if (!(CLASS[b[i]] & 1)) {
        return this.out.onLine(rules.malformedMetadata, "badName", { kind, found: describeAt(b, i, e) }, FAILS, line, i, i + 1);
      }
      i++;
      while (i < e && CLASS[b[i]] & 2) i++;
      nameEnd = i;
      if (i < e && b[i] !== SP && (om || b[i] !== TAB)) {
        return this.out.onLine(rules.malformedMetadata, "badName", { kind, found: describeAt(b, i, e) }, FAILS, line, i, i + 1);
      }
    }
    this.metaNameStart = nameStart;
    this.metaNameEnd = nameEnd;
    this.metaNameQuoted = quoted;
    const name = () => latin1(b, nameStart, nameEnd);
    if (i >= e) {
      if (kind === "HELP" && !om) {
        this.metaTextStart = this.metaTextEnd = e;
        this.metaHasEscape = false;
        return this.sink.meta(kind, this, line);
      }
      if (kind === "TYPE") return this.out.onLine(rules.invalidType, "missing", { name: name() }, FAILS, line, i, i);
      return this.out.onLine(rules.malformedMetadata, "missingText", { kind, name: name() }, FAILS, line, i, i);
    }
    if (b[i] !== SP && b[i] !== TAB) {
      return this.out.onLine(rules.malformedMetadata, "badName", { kind, found: describeAt(b, i, e) }, FAILS, line, i, i + 1);
    }
    i++;
    const textStart = i;
    if (kind === "TYPE") {
      let ts = textStart, te = e;
      while (ts < te && (b[ts] === SP || b[ts] === TAB)) ts++;
      while (te > ts && (b[te - 1] === SP || b[te - 1] === TAB)) te--;
      const type = latin1(b, ts, Math.min(te, ts + 64));
      if (!isKnownType(type, om)) {
        return this.out.onLine(rules.invalidType, "unknown", {
          type,
          format: this.cfg.formatName,
          allowed: om ? "counter, gauge, histogram, gaugehistogram, summary, info, stateset, unknown" : "counter, gauge, histogram, summary, untyped"
        }, FAILS, line, ts, te);
      }
      if (ts !== textStart || te !== e) {
        this.out.onLine(rules.invalidType, "whitespace", { name: name(), type }, FAILS, line, textStart, e);
      }
      this.metaTextStart = ts;
      this.metaTextEnd = te;
      return this.sink.meta(kind, this, line);
    }
    let hasEscape = false;
    for (let j = textStart; j < e; j++) {
      const c = b[j];
      if (c === BSLASH) {
        hasEscape = true;
        const n = j + 1 < e ? b[j + 1] : -1;
        if (n === BSLASH || n === 110 || n === QUOTE) {
          j++;
          continue;
        }
        this.out.onLine(rules.invalidEscapeSequence, "help", { found: JSON.stringify(latin1(b, j, Math.min(e, j + 2))) }, SPEC, line, j, Math.min(e, j + 2), "warning");
        if (n >= 0) j++;
      } else if (c >= 128) {
        const n = utf8Len(b, j, e);
        if (n === 0) {
          this.out.onLine(rules.invalidUtf8, "bytes", { where: `${kind} text` }, kind === "HELP" ? FAILS : SPEC, line, j, j + 1);
          return;
        }
        j += n - 1;
      } else if (om && c === QUOTE && kind === "HELP") {
      }
    }
    this.metaTextStart = textStart;
    this.metaTextEnd = e;
    this.metaHasEscape = hasEscape;
    this.sink.meta(kind, this, line);
  }
  // ---------------------------------------------------------------- samples
  sampleLine(line) {
    const b = line.buf, s = line.start, e = line.end;
    const om = this.cfg.om;
    let i = s;
    if (b[i] === SP || b[i] === TAB) {
      if (om) {
        return this.out.onLine(rules.unexpectedToken, "leadingSpace", {}, FAILS, line, s, s + 1);
      }
      while (i < e && (b[i] === SP || b[i] === TAB)) i++;
      const c2 = i < e ? b[i] | 32 : 0;
      if (c2 >= 97 && c2 <= 122 || b[i] === 95 || b[i] === 58) {
        if (this.cfg.promMajor < 3) this.out.onLine(rules.unexpectedToken, "leadingSpaceName2", {}, fails("<3.0"), line, s, i);
        else this.out.onLine(rules.unexpectedToken, "leadingSpaceName3", {}, WRONG, line, s, i, "warning");
      }
    }
    this.nLabels = 0;
    this.setH1 = 0;
    this.setH2 = 0;
    this.nameStart = this.nameEnd = -1;
    this.nameQuoted = false;
    this.exStart = this.exEnd = -1;
    if (b !== this.prevBuf || this.joinedAt !== 0 || !this.allowContinuation) {
      this.prevBuf = this.joinedAt === 0 && this.allowContinuation ? b : void 0;
      if (this.prevBuf) this.prevView = new DataView(b.buffer, b.byteOffset, b.byteLength);
      this.prevNameStart = -1;
      this.prevValid = 0;
    }
    const c = b[i];
    const pns = this.prevNameStart;
    let len = this.prevNameEnd - pns + 1;
    if (pns < 0 || i + len > e || !sameBytes(this.prevView, b, i, pns, len)) len = 0;
    if (len > 0) {
      this.nameStart = i;
      this.nameEnd = i + len - 1;
      this.nameH1 = this.prevNameH1;
      this.nameH2 = this.prevNameH2;
      this.prevNameStart = i;
      this.prevNameEnd = i = i + len - 1;
    } else if (CLASS[c] & 1) {
      const ns = i;
      let h1 = Math.imul(2166136261 ^ c, 16777619), h2 = Math.imul(625341585, 31) + c | 0;
      i++;
      while (i < e) {
        const d = b[i];
        if (!(CLASS[d] & 2)) break;
        h1 = Math.imul(h1 ^ d, 16777619);
        h2 = Math.imul(h2, 31) + d | 0;
        i++;
      }
      this.nameStart = ns;
      this.nameEnd = i;
      this.nameQuoted = false;
      this.nameH1 = fmix(h1);
      this.nameH2 = fmix(h2 ^ 1013904242);
      if (i < e && b[i] !== SP && b[i] !== TAB && b[i] !== LBRACE) {
        const found = describeAt(b, i, e);
        return this.out.onLine(rules.invalidMetricName, "invalidChar", { found, name: latin1(b, ns, Math.min(e, nextSpace(b, i, e), ns + 200)) }, FAILS, line, i, i + 1);
      }
      if (om && b[i] === TAB) return this.out.onLine(rules.unexpectedToken, "separator", { what: "the metric name and the value" }, FAILS, line, i, i + 1);
      if (this.prevBuf !== void 0 && i < e) {
        this.prevNameStart = ns;
        this.prevNameEnd = i;
        this.prevNameH1 = this.nameH1;
        this.prevNameH2 = this.nameH2;
      }
    } else if (c !== LBRACE) {
      if (c === QUOTE) {
        return this.out.onLine(rules.invalidMetricName, "missing", { found: 'a quoted name outside braces (write {"name"} instead)' }, FAILS, line, i, i + 1);
      }
      return this.out.onLine(rules.invalidMetricName, "missing", { found: describeAt(b, i, e) }, FAILS, line, i, i + 1);
    }
    if (!om && i < e && b[i] !== LBRACE) {
      let k = i;
      while (k < e && (b[k] === SP || b[k] === TAB)) k++;
      if (k < e && b[k] === LBRACE) i = k;
    }
    if (i < e && b[i] === LBRACE) {
      i = this.labels(line, i);
      if (i < 0) return;
      if (this.nameStart < 0) {
        return this.out.onLine(rules.invalidMetricName, "missing", { found: "a label set without a metric name" }, FAILS, line, s, i);
      }
    }
    if (om) {
      if (i >= e || b[i] !== SP) {
        return this.out.onLine(rules.invalidValue, "missing", { found: describeAt(b, i, e), name: this.nameForMessage(b) }, FAILS, line, i, i + 1);
      }
      i++;
    } else {
      while (i < e && (b[i] === SP || b[i] === TAB)) i++;
    }
    if (i >= e || om && b[i] === SP) {
      return this.out.onLine(rules.invalidValue, "missing", { found: describeAt(b, i, e), name: this.nameForMessage(b) }, FAILS, line, i, i + 1);
    }
    const vs = i;
    const pe = plainDecimal(b, vs, e, om);
    if (pe >= 0) i = pe;
    else {
      while (i < e && b[i] !== SP && (om || b[i] !== TAB)) i++;
      const v = parseGoFloat(b, vs, i);
      if (v === BAD) {
        return this.out.onLine(rules.invalidValue, "syntax", { value: latin1(b, vs, Math.min(i, vs + 100)) }, FAILS, line, vs, i);
      }
      if (v === RANGE) {
        return this.out.onLine(rules.invalidValue, "range", { value: latin1(b, vs, Math.min(i, vs + 100)) }, FAILS, line, vs, i);
      }
    }
    this.valueStart = vs;
    this.valueEnd = i;
    this.value = floatResult;
    this.hasTs = false;
    if (i < e) {
      if (om) {
        i++;
        if (i >= e || b[i] === SP) {
          return this.out.onLine(rules.unexpectedToken, i >= e ? "trailingSpace" : "separator", { what: "the value and the timestamp" }, FAILS, line, i - 1, i);
        }
      } else {
        while (i < e && (b[i] === SP || b[i] === TAB)) i++;
      }
    }
    if (i < e && b[i] !== HASH) {
      const ts0 = i;
      while (i < e && b[i] !== SP && (om || b[i] !== TAB)) i++;
      this.tsStart = ts0;
      this.tsEnd = i;
      if (!this.timestamp(line, ts0, i)) return;
      this.hasTs = true;
      if (i < e) {
        if (om) {
          i++;
          if (i >= e) return this.out.onLine(rules.unexpectedToken, "trailingSpace", {}, FAILS, line, i - 1, i);
        } else {
          while (i < e && (b[i] === SP || b[i] === TAB)) i++;
        }
      }
    }
    if (i < e) {
      if (b[i] === HASH) {
        if (!om) {
          return this.out.onLine(rules.invalidExemplar, "notOm", { format: this.cfg.formatName }, FAILS, line, i, e);
        }
        if (!this.exemplar(line, i)) return;
      } else {
        return this.out.onLine(rules.unexpectedToken, "afterTimestamp", { found: describeAt(b, i, e) }, FAILS, line, i, e);
      }
    }
    this.emitted++;
    this.sink.sample(this, line);
  }
  nameForMessage(b) {
    return this.nameStart >= 0 ? latin1(b, this.nameStart, Math.min(this.nameEnd, this.nameStart + 200)) : "metric";
  }
  setName(b, ns, ne, quoted) {
    this.nameStart = ns;
    this.nameEnd = ne;
    this.nameQuoted = quoted;
    hashRange(b, ns, ne);
    this.nameH1 = fmix(hashA);
    this.nameH2 = fmix(hashB ^ 1013904242);
  }
  /** A quoted name is part of text 1.0.0 and of Prometheus 3's parsers; not of 0.0.4 or OM 1.0. */
  quotedNameAllowed(line, ns, ne, after) {
    if (ne <= ns) {
      this.out.onLine(rules.invalidMetricName, "empty", {}, FAILS, line, ns - 1, after);
      return false;
    }
    if (this.cfg.promMajor < 3) {
      this.out.onLine(rules.quotedName, "unsupported", this.quotedData(line.buf, ns, ne), fails("<3.0"), line, ns - 1, after);
      return false;
    }
    if (!this.cfg.text1) this.out.onLine(rules.quotedName, "unsupported", this.quotedData(line.buf, ns, ne), SPEC, line, ns - 1, after, "warning");
    return true;
  }
  quotedData(b, ns, ne) {
    const name = new TextDecoder().decode(b.subarray(ns, Math.min(ne, ns + 200)));
    return { name, format: this.cfg.formatName, version: this.cfg.promMajor >= 3 ? "3.x" : "2.x", legacy: name.replace(/[^a-zA-Z0-9_:]/g, "_").replace(/^[0-9]/, "_$&") };
  }
  /**
   * Scan a double-quoted string starting at `i` (the quote). Returns the index after the closing
   * quote, or -1 after reporting. Used for quoted names (escapes \\ \" \n).
   */
  scanQuoted(line, i, what) {
    const b = line.buf, e = line.end;
    for (let j = i + 1; j < e; j++) {
      const c = b[j];
      if (c === QUOTE) return j + 1;
      if (c === BSLASH) {
        const d = j + 1 < e ? b[j + 1] : -1;
        if (d !== BSLASH && d !== QUOTE && d !== 110 && d >= 0) {
          this.out.onLine(rules.invalidEscapeSequence, "name", { found: JSON.stringify(latin1(b, j, j + 2)) }, SPEC, line, j, j + 2);
        }
        j++;
        continue;
      }
      if (c >= 128) {
        const n = utf8Len(b, j, e);
        if (n === 0) {
          this.out.onLine(rules.invalidUtf8, "bytes", { where: what }, FAILS, line, j, j + 1);
          return -1;
        }
        j += n - 1;
      }
    }
    this.out.onLine(rules.invalidLabelValue, "unterminated", { name: what }, FAILS, line, i, e);
    return -1;
  }
  /** Parse `{...}` starting at `i` (the brace). Returns the index after `}`, or -1 after reporting. */
  labels(line, i) {
    const b = line.buf, e = line.end, om = this.cfg.om;
    i++;
    let sawComma = false;
    let n = 0;
    for (; ; ) {
      if (!om) while (i < e && (b[i] === SP || b[i] === TAB)) i++;
      if (i >= e) {
        this.out.onLine(rules.unexpectedToken, "unclosed", {}, FAILS, line, i, i);
        return -1;
      }
      let c = b[i];
      if (c === RBRACE) {
        if (om && sawComma && n > 0) {
          this.out.onLine(rules.unexpectedToken, "trailingComma", {}, this.cfg.promVersion < 2051 ? fails("<2.51") : SPEC, line, i - 1, i);
        }
        this.nLabels = n;
        return i + 1;
      }
      if (c === COMMA && (n === 0 || sawComma)) {
        this.out.onLine(rules.invalidLabelName, "invalidChar", { found: '","' }, FAILS, line, i, i + 1);
        return -1;
      }
      const ls = i;
      let j = n < this.prevValid ? this.reusedLabel(b, ls, e, n) : -1;
      if (j >= 0) {
        if (n > 0 && !sawComma) {
          const lns = this.lab[n * 4];
          this.out.onLine(rules.missingCommaBetweenLabels, "missing", { name: latin1(b, lns, Math.min(this.lab[n * 4 + 1], lns + 100)) }, om ? FAILS : SPEC, line, ls, ls + 1);
        }
      } else {
        let mark = this.out.reported;
        let lns, lne, quoted = false, nh1 = 0, nh2 = 0;
        if (c === QUOTE) {
          const q = this.scanQuoted(line, i, "a quoted label name");
          if (q < 0) return -1;
          quoted = true;
          lns = i + 1;
          lne = q - 1;
          i = q;
          let k = i;
          if (!om) while (k < e && (b[k] === SP || b[k] === TAB)) k++;
          if (k < e && (b[k] === COMMA || b[k] === RBRACE)) {
            if (this.nameStart >= 0) {
              this.out.onLine(rules.invalidMetricName, "twice", {}, FAILS, line, ls, i);
              return -1;
            }
            if (!this.quotedNameAllowed(line, lns, lne, i)) return -1;
            this.setName(b, lns, lne, true);
            i = k;
            if (b[k] === COMMA) {
              i++;
              sawComma = true;
            }
            continue;
          }
          if (lne <= lns) {
            this.out.onLine(rules.invalidLabelName, "invalidChar", { found: "an empty quoted name" }, FAILS, line, ls, i);
            return -1;
          }
          if (this.cfg.promMajor < 3) {
            this.out.onLine(rules.quotedName, "unsupported", this.quotedData(b, lns, lne), fails("<3.0"), line, ls, i);
            return -1;
          }
          hashRange(b, lns, lne);
          nh1 = hashA;
          nh2 = hashB;
          if (!this.cfg.text1) this.out.onLine(rules.quotedName, "unsupported", this.quotedData(b, lns, lne), SPEC, line, ls, i, "warning");
        } else if (CLASS[c] & 4) {
          lns = i;
          let h12 = Math.imul(2166136261 ^ c, 16777619), h22 = Math.imul(625341585, 31) + c | 0;
          i++;
          while (i < e) {
            const d = b[i];
            if (!(CLASS[d] & 8)) break;
            h12 = Math.imul(h12 ^ d, 16777619);
            h22 = Math.imul(h22, 31) + d | 0;
            i++;
          }
          lne = i;
          nh1 = h12;
          nh2 = h22;
        } else {
          this.out.onLine(rules.invalidLabelName, "invalidChar", { found: describeAt(b, i, e) }, FAILS, line, i, i + 1);
          return -1;
        }
        const clean = this.out.reported === mark;
        if (n > 0 && !sawComma) {
          this.out.onLine(rules.missingCommaBetweenLabels, "missing", { name: latin1(b, lns, Math.min(lne, lns + 100)) }, om ? FAILS : SPEC, line, ls, ls + 1);
          mark = this.out.reported;
        }
        if (!om) while (i < e && (b[i] === SP || b[i] === TAB)) i++;
        if (i >= e || b[i] !== EQ) {
          this.out.onLine(rules.unexpectedToken, "afterLabels", { name: latin1(b, lns, Math.min(lne, lns + 100)), found: describeAt(b, i, e) }, FAILS, line, i, i + 1);
          return -1;
        }
        i++;
        if (!om) while (i < e && (b[i] === SP || b[i] === TAB)) i++;
        if (i >= e || b[i] !== QUOTE) {
          this.out.onLine(rules.invalidLabelValue, "unquoted", { name: latin1(b, lns, Math.min(lne, lns + 100)), found: describeAt(b, i, e) }, FAILS, line, i, i + 1);
          return -1;
        }
        const vs = i + 1;
        let esc = 0, flags = quoted ? 1 : 0;
        j = vs;
        let h1 = 2166136261, h2 = 625341585;
        for (; ; ) {
          const stop = e - j > VALUE_WINDOW ? j + VALUE_WINDOW : e;
          j = scanValue(b, j, stop, e, h1, h2);
          h1 = runH1;
          h2 = runH2;
          if (runEsc > 0) {
            esc += runEsc;
            flags |= 2;
          }
          if (j >= e) break;
          if (j >= stop) continue;
          c = b[j];
          if (c === QUOTE) break;
          if (c === BSLASH) {
            if (j + 1 >= e) {
              j = e;
              break;
            }
            const d = b[j + 1];
            this.out.onLine(rules.invalidEscapeSequence, "label", { found: JSON.stringify(latin1(b, j, j + 2)), name: latin1(b, lns, Math.min(lne, lns + 100)) }, SPEC, line, j, j + 2, om ? "warning" : void 0);
            flags |= 2;
            esc++;
            h1 = Math.imul(Math.imul(h1 ^ c, 16777619) ^ d, 16777619);
            h2 = Math.imul(Math.imul(h2, 31) + c | 0, 31) + d | 0;
            j += 2;
          } else {
            this.out.onLine(rules.invalidUtf8, "bytes", { where: `the value of label "${latin1(b, lns, Math.min(lne, lns + 100))}"` }, FAILS, line, j, j + 1);
            return -1;
          }
        }
        if (j >= e) {
          if (!om && this.allowContinuation) {
            this.needsMore = true;
            return -1;
          }
          this.out.onLine(rules.invalidLabelValue, "unterminated", { name: latin1(b, lns, Math.min(lne, lns + 100)) }, FAILS, line, i, e);
          return -1;
        }
        if (this.joinedAt > 0 && j > this.joinedAt && i < this.joinedAt) {
          this.out.onLine(rules.invalidLabelValue, "rawNewline", { name: latin1(b, lns, Math.min(lne, lns + 100)), line: line.no + 1 }, SPEC, line, i, this.joinedAt);
        }
        const n1 = fmix(nh1), n2 = nh2;
        if (n >= this.labFlags.length) this.growLabels();
        const p1 = fmix(Math.imul(n1, 2654435761) ^ fmix(h1));
        const p2 = fmix(Math.imul(fmix(n2 ^ 2135587861), 2246822507) + fmix(h2 ^ 461845907));
        const k4 = n * 4;
        this.lab[k4] = lns;
        this.lab[k4 + 1] = lne;
        this.lab[k4 + 2] = vs;
        this.lab[k4 + 3] = j;
        this.labN1[n] = n1;
        this.labP1[n] = p1;
        this.labP2[n] = p2;
        this.labFlags[n] = flags;
        this.labVLen[n] = j - vs - esc;
        if (this.prevBuf !== void 0) {
          if (n >= this.prevLabEnd.length) {
            this.prevLabStart = grow32(this.prevLabStart, n * 2);
            this.prevLabEnd = grow32(this.prevLabEnd, n * 2);
          }
          this.prevLabStart[n] = ls;
          this.prevLabEnd[n] = clean && this.out.reported === mark ? j + 1 : -1;
          if (n >= this.prevValid) this.prevValid = n + 1;
        }
      }
      this.setH1 = this.setH1 + this.labP1[n] | 0;
      this.setH2 = this.setH2 + this.labP2[n] | 0;
      n++;
      i = j + 1;
      sawComma = false;
      if (!om) while (i < e && (b[i] === SP || b[i] === TAB)) i++;
      if (i < e && b[i] === COMMA) {
        i++;
        sawComma = true;
      } else if (om && i < e && b[i] !== RBRACE) {
        this.nLabels = n;
        this.out.onLine(rules.missingCommaBetweenLabels, "missing", { name: describeAt(b, i, e) }, FAILS, line, i, i + 1);
        return -1;
      }
    }
  }
  /**
   * Label `n` starting at `ls` when its bytes, from the name to the value's closing quote, equal
   * those of label `n` of an earlier line of this buffer that parsed cleanly (see `sampleLine`):
   * shifts that label's entries here and returns the index of the closing quote; else -1.
   */
  reusedLabel(b, ls, e, n) {
    const pe = this.prevLabEnd[n];
    if (pe < 0) return -1;
    const ps = this.prevLabStart[n];
    const len = pe - ps;
    if (ls + len > e || !sameBytes(this.prevView, b, ls, ps, len)) return -1;
    const d = ls - ps, k4 = n * 4, lab = this.lab;
    lab[k4] += d;
    lab[k4 + 1] += d;
    lab[k4 + 2] += d;
    lab[k4 + 3] += d;
    this.prevLabStart[n] = ls;
    this.prevLabEnd[n] = ls + len;
    return ls + len - 1;
  }
  growLabels() {
    const cap = this.labFlags.length * 2;
    const grow = (a, n) => {
      const x = new a.constructor(n);
      x.set(a);
      return x;
    };
    this.lab = grow(this.lab, cap * 4);
    this.labP1 = grow(this.labP1, cap);
    this.labP2 = grow(this.labP2, cap);
    this.labN1 = grow(this.labN1, cap);
    this.labFlags = grow(this.labFlags, cap);
    this.labVLen = grow(this.labVLen, cap);
  }
  /** Validate a timestamp token; sets `this.ts`. */
  timestamp(line, s, e) {
    const b = line.buf;
    const text = () => latin1(b, s, Math.min(e, s + 100));
    if (this.cfg.om) {
      const v2 = parseGoFloat(b, s, e);
      if (v2 === BAD || v2 === RANGE || !Number.isFinite(floatResult)) {
        this.out.onLine(rules.invalidTimestamp, "syntax", { value: text() }, FAILS, line, s, e);
        return false;
      }
      this.ts = floatResult;
      return true;
    }
    let i = s;
    const neg = b[i] === 45;
    if (neg || b[i] === 43) i++;
    if (i >= e) {
      this.out.onLine(rules.invalidTimestamp, "syntax", { value: text() }, FAILS, line, s, e);
      return false;
    }
    let v = 0;
    for (let j = i; j < e; j++) {
      const d = b[j] - 48;
      if (d < 0 || d > 9) {
        this.out.onLine(rules.invalidTimestamp, "syntax", { value: text() }, FAILS, line, s, e);
        return false;
      }
      v = v * 10 + d;
    }
    if (e - i >= 19 && BigInt(latin1(b, i, e)) > (neg ? 9223372036854775808n : 9223372036854775807n)) {
      this.out.onLine(rules.invalidTimestamp, "range", { value: text() }, FAILS, line, s, e);
      return false;
    }
    if (neg || b[s] === 43) {
      this.out.onLine(rules.invalidTimestamp, neg ? "negative" : "syntax", { value: text() }, FAILS, line, s, e);
      return false;
    }
    this.ts = v;
    return true;
  }
  /** OpenMetrics exemplar: ` # {labels} value [timestamp]`, `i` at '#'. */
  exemplar(line, i) {
    const b = line.buf, e = line.end;
    const bad = (what, at, to = at + 1) => {
      this.out.onLine(rules.invalidExemplar, "syntax", { what }, FAILS, line, at, to);
      return false;
    };
    this.exStart = i;
    if (i + 2 >= e || b[i + 1] !== SP || b[i + 2] !== LBRACE) return bad('expected " # {" after the value', i, Math.min(e, i + 3));
    let j = i + 3;
    const ls = j;
    let chars = 0;
    let first = true;
    for (; ; ) {
      if (j >= e) return bad("exemplar label set is not closed", j);
      if (b[j] === RBRACE) break;
      if (!first) {
        if (b[j] !== COMMA) return bad(`expected "," or "}" in exemplar labels, found ${describeAt(b, j, e)}`, j);
        j++;
      }
      first = false;
      const ns = j;
      if (b[j] === QUOTE) {
        const q = this.scanQuoted(line, j, "a quoted exemplar label name");
        if (q < 0) return false;
        j = q;
      } else {
        if (!(CLASS[b[j]] & 4)) return bad(`expected a label name, found ${describeAt(b, j, e)}`, j);
        j++;
        while (j < e && CLASS[b[j]] & 8) j++;
      }
      chars += countChars(b, b[ns] === QUOTE ? ns + 1 : ns, b[ns] === QUOTE ? j - 1 : j);
      if (j >= e || b[j] !== EQ) return bad(`expected "=", found ${describeAt(b, j, e)}`, j);
      j++;
      if (j >= e || b[j] !== QUOTE) return bad(`expected a quoted label value, found ${describeAt(b, j, e)}`, j);
      const vs2 = j + 1;
      j++;
      for (; j < e; j++) {
        const c = b[j];
        if (c === QUOTE) break;
        if (c === BSLASH) {
          j++;
          continue;
        }
        if (c >= 128) {
          const n = utf8Len(b, j, e);
          if (n === 0) {
            this.out.onLine(rules.invalidUtf8, "bytes", { where: "an exemplar label value" }, FAILS, line, j, j + 1);
            return false;
          }
          j += n - 1;
        }
      }
      if (j >= e) return bad("exemplar label value is not closed", vs2 - 1, e);
      chars += countChars(b, vs2, j) - countEscapes(b, vs2, j);
      j++;
    }
    j++;
    if (chars > 128) {
      this.out.onLine(rules.exemplarTooLong, "long", { length: chars }, SPEC, line, ls - 1, j);
      return false;
    }
    if (j >= e || b[j] !== SP) return bad("expected a value after the exemplar labels", j);
    j++;
    const vs = j;
    while (j < e && b[j] !== SP) j++;
    const v = parseGoFloat(b, vs, j);
    if (v === BAD || v === RANGE) return bad(`invalid exemplar value ${JSON.stringify(latin1(b, vs, Math.min(j, vs + 100)))}`, vs, j);
    if (j < e) {
      j++;
      const ts = j;
      while (j < e && b[j] !== SP) j++;
      const t = parseGoFloat(b, ts, j);
      if (ts === j || t === BAD || t === RANGE || !Number.isFinite(floatResult)) {
        return bad(`invalid exemplar timestamp ${JSON.stringify(latin1(b, ts, Math.min(j, ts + 100)))}`, ts, Math.max(j, ts + 1));
      }
      if (j < e) return bad(`unexpected ${describeAt(b, j, e)} after the exemplar timestamp`, j, e);
    }
    this.exEnd = e;
    return true;
  }
};
function isKnownType(t, om) {
  switch (t) {
    case "counter":
    case "gauge":
    case "histogram":
    case "summary":
      return true;
    case "untyped":
      return !om;
    case "unknown":
    case "info":
    case "stateset":
    case "gaugehistogram":
      return om;
  }
  return false;
}
var runH1 = 0;
var runH2 = 0;
var runEsc = 0;
var VALUE_WINDOW = 64 * 1024;
function scanValue(b, j, stop, e, h1, h2) {
  let esc = 0;
  while (j < stop) {
    const c = b[j];
    if (c < 128 && c !== QUOTE && c !== BSLASH) {
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = Math.imul(h2, 31) + c | 0;
      j++;
      continue;
    }
    if (c === QUOTE) break;
    if (c === BSLASH) {
      if (j + 1 >= e) break;
      const d = b[j + 1];
      if (d !== BSLASH && d !== QUOTE && d !== 110) break;
      esc++;
      h1 = Math.imul(Math.imul(h1 ^ c, 16777619) ^ d, 16777619);
      h2 = Math.imul(Math.imul(h2, 31) + c | 0, 31) + d | 0;
      j += 2;
      continue;
    }
    const len = utf8Len(b, j, e);
    if (len === 0) break;
    for (let k = 0; k < len; k++) {
      h1 = Math.imul(h1 ^ b[j], 16777619);
      h2 = Math.imul(h2, 31) + b[j] | 0;
      j++;
    }
  }
  runH1 = h1;
  runH2 = h2;
  runEsc = esc;
  return j;
}
function sameBytes(dv, b, x, y, len) {
  if (len < 8) {
    if (len >= 4) return dv.getInt32(x, true) === dv.getInt32(y, true) && dv.getInt32(x + len - 4, true) === dv.getInt32(y + len - 4, true);
    for (let t = 0; t < len; t++) if (b[x + t] !== b[y + t]) return false;
    return true;
  }
  for (let t = 0; ; t += 8) {
    if (t + 8 > len) t = len - 8;
    const a = dv.getFloat64(x + t, true);
    if (a !== dv.getFloat64(y + t, true)) return false;
    if (a === 0 && dv.getInt32(x + t + 4, true) !== dv.getInt32(y + t + 4, true)) return false;
    if (t + 8 === len) return true;
  }
}
function grow32(a, n) {
  const x = new Int32Array(n);
  x.set(a);
  return x;
}
function nextSpace(b, i, e) {
  while (i < e && b[i] !== SP && b[i] !== TAB && b[i] !== LBRACE) i++;
  return i;
}
function latin1(b, s, e) {
  if (e - s > 64) return utf8Dec.decode(b.subarray(s, e));
  let ascii = true;
  for (let i = s; i < e; i++) if (b[i] >= 128) {
    ascii = false;
    break;
  }
  if (!ascii) return utf8Dec.decode(b.subarray(s, e));
  switch (e - s) {
    case 0:
      return "";
    case 1:
      return String.fromCharCode(b[s]);
    case 2:
      return String.fromCharCode(b[s], b[s + 1]);
    default:
      return String.fromCharCode.apply(null, b.subarray(s, e));
  }
}
var utf8Dec = new TextDecoder();
function bytesEqual(b, s, e, word) {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (b[s + i] !== word.charCodeAt(i)) return false;
  return true;
}
function countChars(b, s, e) {
  let n = 0;
  for (let i = s; i < e; i++) if ((b[i] & 192) !== 128) n++;
  return n;
}
function countEscapes(b, s, e) {
  let n = 0;
  for (let i = s; i < e; i++) if (b[i] === BSLASH) {
    n++;
    i++;
  }
  return n;
}
function utf8Len(b, i, e) {
  const c = b[i];
  if (c < 128) return 1;
  if (c < 194 || c > 244) return 0;
  if (c < 224) return i + 1 < e && (b[i + 1] & 192) === 128 ? 2 : 0;
  if (c < 240) {
    if (i + 2 >= e) return 0;
    const c12 = b[i + 1];
    if ((c12 & 192) !== 128 || (b[i + 2] & 192) !== 128) return 0;
    if (c === 224 && c12 < 160) return 0;
    if (c === 237 && c12 > 159) return 0;
    return 3;
  }
  if (i + 3 >= e) return 0;
  const c1 = b[i + 1];
  if ((c1 & 192) !== 128 || (b[i + 2] & 192) !== 128 || (b[i + 3] & 192) !== 128) return 0;
  if (c === 240 && c1 < 144) return 0;
  if (c === 244 && c1 > 143) return 0;
  return 4;
}
var BAD = -1;
var RANGE = -2;
var OK = 0;
var floatResult = 0;
var POW10 = [
  1,
  10,
  100,
  1e3,
  1e4,
  1e5,
  1e6,
  1e7,
  1e8,
  1e9,
  1e10,
  1e11,
  1e12,
  1e13,
  1e14,
  1e15,
  1e16,
  1e17,
  1e18,
  1e19,
  1e20,
  1e21,
  1e22
];
function plainDecimal(b, s, e, om) {
  let i = s;
  const neg = i < e && b[i] === 45;
  if (neg) i++;
  let mant = 0, sig = 0, digits = 0, frac = 0;
  while (i < e) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) break;
    if (sig > 0 || d !== 0) sig++;
    mant = mant * 10 + d;
    digits++;
    i++;
  }
  if (i < e && b[i] === 46) {
    i++;
    while (i < e) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) break;
      if (sig > 0 || d !== 0) sig++;
      mant = mant * 10 + d;
      digits++;
      frac++;
      i++;
    }
  }
  if (digits === 0 || sig > 15) return -1;
  let scale = -frac;
  if (i < e && (b[i] | 32) === 101) {
    i++;
    let eneg = false;
    if (i < e && (b[i] === 43 || b[i] === 45)) {
      eneg = b[i] === 45;
      i++;
    }
    let exp = 0, ed = 0;
    while (i < e && ed < 4) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) break;
      exp = exp * 10 + d;
      ed++;
      i++;
    }
    if (ed === 0 || ed === 4) return -1;
    scale += eneg ? -exp : exp;
  }
  if (scale < -22 || scale > 22) return -1;
  if (i < e && b[i] !== SP && (om || b[i] !== TAB)) return -1;
  const v = scale >= 0 ? mant * POW10[scale] : mant / POW10[-scale];
  floatResult = neg ? -v : v;
  return i;
}
function lowerIs(b, s, e, word) {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((b[s + i] | 32) !== word.charCodeAt(i)) return false;
  return true;
}
function parseGoFloat(b, s, e) {
  if (s >= e) return BAD;
  let i = s;
  let neg = false;
  if (b[i] === 43 || b[i] === 45) {
    neg = b[i] === 45;
    i++;
  }
  const c0 = b[i] | 32;
  if (c0 === 105) {
    if (lowerIs(b, i, e, "inf") || lowerIs(b, i, e, "infinity")) {
      floatResult = neg ? -Infinity : Infinity;
      return OK;
    }
    return BAD;
  }
  if (c0 === 110) {
    if (i === s && lowerIs(b, i, e, "nan")) {
      floatResult = NaN;
      return OK;
    }
    return BAD;
  }
  let mant = 0, digits = 0, sig = 0, fracDigits = 0;
  let j = i;
  while (j < e && b[j] >= 48 && b[j] <= 57) {
    if (sig > 0 || b[j] !== 48) sig++;
    mant = mant * 10 + (b[j] - 48);
    digits++;
    j++;
  }
  if (j < e && b[j] === 46) {
    j++;
    while (j < e && b[j] >= 48 && b[j] <= 57) {
      if (sig > 0 || b[j] !== 48) sig++;
      mant = mant * 10 + (b[j] - 48);
      digits++;
      fracDigits++;
      j++;
    }
  }
  if (digits === 0) return BAD;
  let exp = 0;
  let hasExp = false;
  if (j < e && (b[j] | 32) === 101) {
    hasExp = true;
    j++;
    let eneg = false;
    if (j < e && (b[j] === 43 || b[j] === 45)) {
      eneg = b[j] === 45;
      j++;
    }
    const es = j;
    while (j < e && b[j] >= 48 && b[j] <= 57) {
      if (exp < 1e5) exp = exp * 10 + (b[j] - 48);
      j++;
    }
    if (j === es) return BAD;
    if (eneg) exp = -exp;
  }
  if (j !== e) return BAD;
  const scale = exp - fracDigits;
  let v;
  if (sig <= 15 && scale >= -22 && scale <= 22) {
    v = scale >= 0 ? mant * POW10[scale] : mant / POW10[-scale];
  } else {
    v = Number(latin1(b, i, e));
    if (!hasExp && !Number.isFinite(v)) v = Number(latin1(b, i, e));
  }
  if (!Number.isFinite(v)) return RANGE;
  floatResult = neg ? -v : v;
  return OK;
}

// src/exposition/hash-set.ts
var KEEP_WORDS = 1 << 22;
var HINT_SLOTS = 1 << 14;
var IdentitySet = class {
  /** Slots [hi, lo]; slots 0..mask in use; (0, 0) = empty. */
  keys;
  /** Payload per slot. */
  vals;
  /** The other buffers: where the next grow() rehashes to. */
  spareKeys = new Uint32Array(0);
  spareVals = new Uint32Array(0);
  mask;
  /** Payload of the identity (0, 0), 0 when absent (it cannot live in a slot: zero marks an empty one). */
  zeroVal = 0;
  initialSlots;
  size = 0;
  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity * 2) cap *= 2;
    this.initialSlots = cap;
    this.keys = new Uint32Array(cap * 2);
    this.vals = new Uint32Array(cap);
    this.mask = cap - 1;
  }
  /** Add (hi, lo); returns 0 when new, else the payload stored by the first add. `value` must be > 0. */
  add(hi, lo, value) {
    hi >>>= 0;
    lo >>>= 0;
    if ((hi | lo) === 0) {
      if (this.zeroVal !== 0) return this.zeroVal;
      this.zeroVal = value;
      this.size++;
      return 0;
    }
    const t = this.keys;
    let i = (hi ^ Math.imul(lo, 2654435761)) & this.mask;
    for (; ; ) {
      const k = i << 1;
      const a = t[k], b = t[k + 1];
      if ((a | b) === 0) {
        t[k] = hi;
        t[k + 1] = lo;
        this.vals[i] = value;
        if (++this.size * 2 > this.mask) this.grow();
        return 0;
      }
      if (a === hi && b === lo) return this.vals[i];
      i = i + 1 & this.mask;
    }
  }
  /** The payload stored for (hi, lo), or 0. */
  get(hi, lo) {
    hi >>>= 0;
    lo >>>= 0;
    if ((hi | lo) === 0) return this.zeroVal;
    const t = this.keys;
    let i = (hi ^ Math.imul(lo, 2654435761)) & this.mask;
    for (; ; ) {
      const k = i << 1;
      const a = t[k], b = t[k + 1];
      if ((a | b) === 0) return 0;
      if (a === hi && b === lo) return this.vals[i];
      i = i + 1 & this.mask;
    }
  }
  /** Empty the set: zero the slots in use, then size the table for the next family. */
  clear() {
    if (this.size === 0) return;
    const last = this.size;
    this.size = 0;
    this.zeroVal = 0;
    if (this.keys.length > KEEP_WORDS) {
      this.keys = new Uint32Array(this.initialSlots * 2);
      this.vals = new Uint32Array(this.initialSlots);
      this.spareKeys = new Uint32Array(0);
      this.spareVals = new Uint32Array(0);
      this.mask = this.initialSlots - 1;
      return;
    }
    this.keys.fill(0, 0, (this.mask + 1) * 2);
    let cap = this.initialSlots;
    while (cap < HINT_SLOTS && cap * 2 <= this.mask + 1 && last * 2 > cap - 1) cap *= 2;
    this.mask = cap - 1;
  }
  /** Calls `fn` with each (hi, lo, value) held, in table order (for copying a family's series out before clear()). */
  forEach(fn) {
    if (this.zeroVal !== 0) fn(0, 0, this.zeroVal);
    const t = this.keys, v = this.vals;
    const slots = this.mask + 1;
    for (let i = 0; i < slots; i++) {
      const k = i << 1;
      if ((t[k] | t[k + 1]) !== 0) fn(t[k], t[k + 1], v[i]);
    }
  }
  grow() {
    const oldKeys = this.keys, oldVals = this.vals, oldSlots = this.mask + 1;
    const cap = oldSlots * (this.mask < 1 << 16 ? 4 : 2);
    let keys = this.spareKeys, vals = this.spareVals;
    if (keys.length < cap * 2) {
      keys = new Uint32Array(cap * 2);
      vals = new Uint32Array(cap);
    } else {
      keys.fill(0, 0, cap * 2);
    }
    this.spareKeys = oldKeys;
    this.spareVals = oldVals;
    this.keys = keys;
    this.vals = vals;
    this.mask = cap - 1;
    const mask = this.mask;
    for (let i = 0; i < oldSlots; i++) {
      const hi = oldKeys[i << 1], lo = oldKeys[(i << 1) + 1];
      if ((hi | lo) === 0) continue;
      let j = (hi ^ Math.imul(lo, 2654435761)) & mask;
      while ((keys[j << 1] | keys[(j << 1) + 1]) !== 0) j = j + 1 & mask;
      keys[j << 1] = hi;
      keys[(j << 1) + 1] = lo;
      vals[j] = oldVals[i];
    }
  }
};
function hashString(s) {
  let h1 = 2166136261, h2 = 625341585;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477) ^ h2 >>> 15;
  }
  return [h1 >>> 0, h2 >>> 0];
}

// src/exposition/histogram-sum.ts
var rule = rules.openmetricsInvalidHistogramSum;
function checkOmSum(out, type, series, sample, p, line, g) {
  const v = p.value;
  const text = () => lineText(line.buf, line.start, line.end);
  const value = () => latin1(line.buf, p.valueStart, Math.min(p.valueEnd, p.valueStart + 60));
  if (type === "histogram") {
    if (g.negLe !== void 0) {
      out.onLine(rule, "sumWithNegativeBuckets", { series: series(), le: g.negLe, sample }, SPEC, line, p.nameStart, p.nameEnd);
    } else if (g.buckets === 0) g.pending = { line: line.no, text: text(), sample, series: series(), value: v < 0 ? value() : void 0 };
    else if (v < 0) out.onLine(rule, "sumNegative", { sample, value: value() }, SPEC, line, p.valueStart, p.valueEnd);
    return;
  }
  if (type !== "gaugehistogram") return;
  if (Number.isNaN(v)) {
    out.onLine(rule, "gsumNaN", { sample }, SPEC, line, p.valueStart, p.valueEnd);
  } else if (v < 0 && g.negLe === void 0) {
    if (g.buckets > 0) out.onLine(rule, "gsumNegative", { sample, value: value() }, SPEC, line, p.valueStart, p.valueEnd);
    else g.pending = { line: line.no, text: text(), sample, series: "", value: value() };
  }
}
function checkOmSumAtEnd(out, type, g) {
  const x = g.pending;
  if (!x) return;
  const endColumn = [...x.text].length + 1;
  if (type === "histogram" && g.negLe !== void 0) {
    out.at(rule, "sumWithNegativeBuckets", { series: x.series, le: g.negLe, sample: x.sample }, SPEC, x.line, 1, endColumn, x.text);
  } else if (type === "histogram" && x.value !== void 0) {
    out.at(rule, "sumNegative", { sample: x.sample, value: x.value }, SPEC, x.line, 1, endColumn, x.text);
  } else if (type === "gaugehistogram" && x.value !== void 0 && g.negLe === void 0) {
    out.at(rule, "gsumNegative", { sample: x.sample, value: x.value }, SPEC, x.line, 1, endColumn, x.text);
  }
}

// src/exposition/openmetrics-name-clash.ts
var SUFFIXES = {
  counter: ["_total", "_created"],
  summary: ["_count", "_sum", "_created"],
  histogram: ["_count", "_sum", "_bucket", "_created"],
  gaugehistogram: ["_gcount", "_gsum", "_bucket"],
  info: ["_info"]
};
var ALL = [...new Set(Object.values(SUFFIXES).flat())];
var NameClash = class {
  constructor(out, max = 1e5) {
    this.out = out;
    this.max = max;
  }
  out;
  max;
  families = /* @__PURE__ */ new Map();
  /**
   * A family `name` starts (type unknown until its TYPE line) or gets its TYPE. `fromSample`: it starts
   * with a sample and no metadata; a sample name of an earlier family is then that family resuming
   * (reported as interleaved), not a new family.
   */
  check(name, type, line, from, to, fromSample = false) {
    const known = this.families.get(name);
    if (known) known.type = type;
    else if (this.families.size < this.max) this.families.set(name, { type, line: line.no });
    for (const s of ALL) {
      if (!name.endsWith(s) || name.length === s.length) continue;
      const base = name.slice(0, -s.length);
      const other = this.families.get(base);
      if (other && SUFFIXES[other.type]?.includes(s)) {
        if (fromSample) this.out.onLine(rules.interleavedFamily, "interleaved", { name: base.slice(0, 100), line: other.line }, SPEC, line, line.start, line.end);
        else this.report(name, type, base, other, name, line, from, to);
        return;
      }
    }
    for (const s of SUFFIXES[type] ?? []) {
      const other = this.families.get(name + s);
      if (other && other.line !== line.no) {
        this.report(name, type, name + s, other, name + s, line, from, to);
        return;
      }
    }
  }
  report(name, type, otherName, other, sample, line, from, to) {
    this.out.onLine(
      rules.openmetricsFamilyNameClash,
      "clash",
      { type, name: name.slice(0, 100), otherType: other.type, other: otherName.slice(0, 100), line: other.line, sample: sample.slice(0, 100), suggestion: name.slice(0, 100) + "_value" },
      SPEC,
      line,
      from,
      to
    );
  }
};

// src/exposition/openmetrics-type-rules.ts
function checkOmUnitForType(out, name, type, typeSeen, unit, line, from, to) {
  if (!typeSeen || !unit || type !== "info" && type !== "stateset") return;
  out.onLine(rules.openmetricsInvalidUnit, "type", { type, name, unit: unit.slice(0, 100) }, SPEC, line, from, to);
}
function checkOmQuantileValue(out, name, p, line, vs, ve) {
  if (!(p.value < 0)) return;
  out.onLine(
    rules.summaryInvalidQuantile,
    "negativeValue",
    { q: latin1(line.buf, vs, Math.min(ve, vs + 100)), name, value: latin1(line.buf, p.valueStart, Math.min(p.valueEnd, p.valueStart + 60)) },
    SPEC,
    line,
    p.valueStart,
    p.valueEnd
  );
}

// src/exposition/series-archive.ts
var SeriesArchive = class {
  constructor(maxEntries = 131072) {
    this.maxEntries = maxEntries;
  }
  maxEntries;
  /** (hi, lo, line) triples of the archived families, back to back. */
  pool = new Uint32Array(3 * 1024);
  used = 0;
  /** Family identity → entry number + 1; entry k's triples start at offs[k] (count counts[k]). */
  index = new IdentitySet(256);
  offs = new Uint32Array(256);
  counts = new Uint32Array(256);
  entries = 0;
  /** The current family (identity h1, h2) ends: keep the series identities `series` holds. */
  save(h1, h2, series) {
    const n = series.size;
    if (n === 0 || this.used / 3 + n > this.maxEntries) return;
    if (this.used + 3 * n > this.pool.length) {
      let cap = this.pool.length * 2;
      while (cap < this.used + 3 * n) cap *= 2;
      cap = Math.min(cap, 3 * this.maxEntries);
      const next = new Uint32Array(cap);
      next.set(this.pool.subarray(0, this.used));
      this.pool = next;
    }
    const t = this.pool;
    const off = this.used;
    let k = off;
    series.forEach((hi, lo, line) => {
      t[k++] = hi;
      t[k++] = lo;
      t[k++] = line;
    });
    this.used = k;
    let e = this.index.get(h1, h2);
    if (e === 0) {
      e = ++this.entries;
      if (e > this.offs.length) {
        const o = new Uint32Array(this.offs.length * 2);
        o.set(this.offs);
        this.offs = o;
        const c = new Uint32Array(this.counts.length * 2);
        c.set(this.counts);
        this.counts = c;
      }
      this.index.add(h1, h2, e);
    }
    this.offs[e - 1] = off;
    this.counts[e - 1] = n;
  }
  /** A family that ended before starts again: put its earlier identities back into `series`. */
  restore(h1, h2, series) {
    const e = this.index.get(h1, h2);
    if (e === 0) return;
    const t = this.pool;
    const end = this.offs[e - 1] + 3 * this.counts[e - 1];
    for (let k = this.offs[e - 1]; k < end; k += 3) series.add(t[k], t[k + 1], t[k + 2]);
  }
};

// src/exposition/semantics.ts
var TEXT_SUFFIXES = {
  histogram: ["_bucket", "_sum", "_count"],
  summary: ["_sum", "_count"]
};
var OM_SUFFIXES = {
  counter: ["_total", "_created"],
  gauge: [""],
  histogram: ["_bucket", "_count", "_sum", "_created"],
  gaugehistogram: ["_bucket", "_gcount", "_gsum"],
  summary: ["", "_count", "_sum", "_created"],
  info: ["_info"],
  stateset: [""],
  unknown: [""],
  untyped: [""]
};
var dec = new TextDecoder();
var MAX_GROUPS = 1e5;
var TYPES = ["counter", "gauge", "histogram", "gaugehistogram", "summary", "info", "stateset", "unknown", "untyped"];
function canonicalType(text) {
  for (const t of TYPES) if (t === text) return t;
  return text;
}
var Semantics = class {
  constructor(opts, out) {
    this.opts = opts;
    this.out = out;
    this.om = opts.format === "openmetrics-1.0.0";
    this.series = opts.kernel ?? new IdentitySet(1024);
    this.target = opts.target && opts.limits && labelLimitsSet(opts.limits) ? new TargetLabels(opts.target, opts.limits, opts.promVersion) : void 0;
    this.clash = this.om ? new NameClash(out) : void 0;
  }
  opts;
  out;
  om;
  samples = 0;
  families = 0;
  /** The name line of the family being closed (lint findings point at it). */
  lastNameLine;
  sawEof = false;
  eofLine = 0;
  afterEofReported = false;
  fam;
  series;
  ended = new IdentitySet(256);
  /** Series of ended families, for duplicates across the blocks of an interleaved family. */
  archive = new SeriesArchive();
  /** OpenMetrics: family names that clash with another family's sample names. */
  clash;
  lastNameH1 = 0;
  lastNameH2 = 0;
  lastName = "";
  nameCache = /* @__PURE__ */ new Map();
  nameCacheH2 = /* @__PURE__ */ new Map();
  labelNameCache = /* @__PURE__ */ new Map();
  limitState = {
    sampleLine: 0,
    sampleText: "",
    sampleEnd: 1,
    labelCount: 0,
    labelFirst: void 0,
    /** The first sample carrying a target label over a length limit (name, value). */
    targetName: void 0,
    targetValue: void 0,
    nameLen: 0,
    nameFirst: void 0,
    valueLen: 0,
    valueFirst: void 0
  };
  target;
  // ------------------------------------------------------------------ metadata
  meta(kind, p, line) {
    if (this.checkAfterEof(line)) return;
    const b = line.buf;
    let f = this.fam;
    const name = p.metaNameQuoted ? unescapeName(b, p.metaNameStart, p.metaNameEnd) : f && bytesEqual(b, p.metaNameStart, p.metaNameEnd, f.name) ? f.name : latin1(b, p.metaNameStart, p.metaNameEnd);
    if (!f || f.name !== name) {
      f = this.startFamily(name, line);
      if (kind !== "TYPE") this.clash?.check(name, f.type, line, p.metaNameStart, p.metaNameEnd);
      f.nameSpan = { line: line.no, column: columnOf(b, line.start, p.metaNameStart), endColumn: columnOf(b, line.start, p.metaNameEnd) };
      f.nameLineText = lineText(b, line.start, line.end);
    }
    const text = kind === "TYPE" ? latin1(b, p.metaTextStart, p.metaTextEnd) : dec.decode(b.subarray(p.metaTextStart, p.metaTextEnd));
    const prevLine = kind === "HELP" ? f.helpLine : kind === "TYPE" ? f.typeLine : f.unitLine;
    const prevValue = kind === "HELP" ? f.help : kind === "TYPE" ? f.type : f.unit;
    if (prevLine !== void 0) {
      const same = prevValue === text;
      this.out.onLine(
        rules.duplicateMetadata,
        same ? "duplicate" : "conflicting",
        { kind, name, line: prevLine, value: text.slice(0, 100), first: String(prevValue).slice(0, 100) },
        SPEC,
        line,
        line.start,
        line.end
      );
      return;
    }
    if (f.samples > 0 && (this.om || kind === "TYPE")) {
      this.out.onLine(rules.metadataAfterSamples, "after", { kind, name, line: f.firstSampleLine }, SPEC, line, line.start, line.end);
    }
    if (kind === "HELP") {
      f.help = text;
      f.helpLine = line.no;
    } else if (kind === "TYPE") {
      f.type = canonicalType(text);
      f.typeSeen = true;
      f.typeLine = line.no;
      if (this.om) this.checkOmFamilyName(f, line, p);
      if (this.om) checkOmUnitForType(this.out, name, f.type, true, f.unit, line, p.metaTextStart, p.metaTextEnd);
      this.clash?.check(name, f.type, line, p.metaNameStart, p.metaNameEnd);
    } else {
      f.unit = text;
      f.unitLine = line.no;
      if (text !== "" && !(name === text || name.endsWith("_" + text))) {
        this.out.onLine(rules.openmetricsInvalidUnit, "suffix", { unit: text, name }, FAILS, line, p.metaTextStart, p.metaTextEnd);
      }
      if (this.om) checkOmUnitForType(this.out, name, f.type, f.typeSeen, text, line, p.metaTextStart, p.metaTextEnd);
    }
  }
  checkOmFamilyName(f, line, p) {
    const reserved = {
      counter: ["_total", "_created"],
      info: ["_info"],
      histogram: ["_bucket", "_count", "_sum", "_created"],
      summary: ["_count", "_sum", "_created"],
      gaugehistogram: ["_bucket", "_gcount", "_gsum"]
    };
    for (const suffix of reserved[f.type] ?? []) {
      if (f.name.endsWith(suffix) && f.name.length > suffix.length) {
        this.out.onLine(
          rules.openmetricsInvalidFamilyName,
          "reserved",
          { type: f.type, name: f.name, suffix, base: f.name.slice(0, -suffix.length) },
          SPEC,
          line,
          p.metaNameStart,
          p.metaNameEnd
        );
        return;
      }
    }
  }
  eof(line) {
    if (this.checkAfterEof(line)) return;
    this.sawEof = true;
    this.eofLine = line.no;
  }
  /** OpenMetrics: anything after `# EOF` is an error (reported once). */
  checkAfterEof(line) {
    if (!this.sawEof) return false;
    if (!this.afterEofReported) {
      this.afterEofReported = true;
      this.out.onLine(rules.openmetricsContentAfterEof, "after", { line: this.eofLine }, FAILS, line, line.start, line.end);
    }
    return true;
  }
  // ------------------------------------------------------------------ samples
  sample(p, line) {
    if (this.om && this.checkAfterEof(line)) return;
    const b = line.buf;
    const name = this.sampleName(p, b);
    let f = this.fam;
    let suffix = "";
    if (f) {
      if (name === f.lastName) suffix = f.lastSuffix;
      else {
        const cached = f.suffixes.get(name);
        suffix = cached ?? this.suffixIn(f, name);
        if (cached === void 0 && f.suffixes.size < 64) f.suffixes.set(name, suffix);
      }
      if (suffix === "-") {
        if (this.om && f.typeSeen && f.samples === 0 && name.startsWith(f.name)) {
          this.out.onLine(
            rules.openmetricsInvalidSampleName,
            "suffix",
            { name, type: f.type, family: f.name, allowed: OM_SUFFIXES[f.type].map((s) => f.name + s).join(", ") },
            SPEC,
            line,
            p.nameStart,
            p.nameEnd
          );
          suffix = name.slice(f.name.length);
        } else if (this.om && f.typeSeen && name.startsWith(f.name) && !this.ended.get(...hashString(name))) {
          this.out.onLine(
            rules.openmetricsInvalidSampleName,
            "suffix",
            { name, type: f.type, family: f.name, allowed: OM_SUFFIXES[f.type].map((s) => f.name + s).join(", ") },
            SPEC,
            line,
            p.nameStart,
            p.nameEnd
          );
          suffix = name.slice(f.name.length);
        } else {
          f = void 0;
        }
      }
    }
    if (!f) {
      f = this.startFamily(name, line, true);
      this.clash?.check(name, f.type, line, p.nameStart, p.nameEnd, true);
      f.nameSpan = { line: line.no, column: columnOf(b, line.start, p.nameStart), endColumn: columnOf(b, line.start, p.nameEnd) };
      f.nameLineText = lineText(b, line.start, line.end);
      suffix = "";
    }
    if (f.samples === 0) f.firstSampleLine = line.no;
    f.samples++;
    this.samples++;
    if (name !== f.lastName) {
      f.lastName = name;
      f.lastSuffix = suffix;
      f.sampleNames.add(name);
    }
    this.addLabelNames(f, p, b);
    const h1 = p.nameH1 + p.setH1 | 0, h2 = p.nameH2 + p.setH2 | 0;
    const first = this.series.add(h1, h2, line.no);
    if (first !== 0) {
      this.out.onLine(rules.duplicateSeries, "duplicate", { series: seriesText(b, p, -1), line: first }, WRONG, line, line.start, p.valueStart > line.start ? p.valueStart - 1 : line.end);
    }
    this.checkLabels(p, line);
    this.checkLimits(p, line);
    this.checkTypeRules(f, suffix, name, p, line);
    if (p.hasTs) this.checkTimestamp(p, line);
    if (p.exStart >= 0) this.checkExemplarPlacement(f, suffix, name, p, line);
  }
  /**
   * Whether the kernel may read the lines that follow, told what it must agree with (see
   * kernel/index.ts). Only where `sample` would do nothing per line but what the kernel mirrors:
   * text formats, no per-sample limits, the last sample was of the current family, and that family
   * is flat (gauge, counter, untyped: the run keeps to the last sample's name) or a histogram or
   * summary whose last line was one of a group's (the run goes on in that group, its _sum and
   * _count, and new groups).
   */
  prepareRun(k) {
    const f = this.fam;
    if (f === void 0 || f.samples === 0 || this.om || f.lastName !== this.lastName || this.perSampleLimits) return false;
    const t = f.type;
    if (t === "gauge" || t === "counter" || t === "untyped") {
      return k.expect(RunMode.Flat, f.lastName, this.lastNameH1, this.lastNameH2, f.lastSig, f.lastSig, t !== "counter");
    }
    const hist = t === "histogram";
    if (!(hist || t === "summary") || f.lastGroup === void 0) return false;
    const sfx = f.lastSuffix;
    if (sfx !== (hist ? "_bucket" : "") && sfx !== "_sum" && sfx !== "_count") return false;
    const r = this.runNames(f);
    if (!f.sampleNames.has(r.main)) return false;
    if (!k.expect(hist ? RunMode.Bucket : RunMode.Quantile, r.main, r.mainH[0], r.mainH[1], f.lastSig, f.mainSig, true)) return false;
    const g = f.lastGroup;
    k.group(f.lastKey, g.k2, g.buckets, g.inf, g.lastLe, g.lastCount, MAX_GROUPS - (f.groups?.size ?? 0));
    k.groupNames(f.sampleNames.has(r.sum) ? r.sum : "", r.sumH[0], r.sumH[1], f.sampleNames.has(r.count) ? r.count : "", r.countH[0], r.countH[1]);
    return true;
  }
  /** The kernel took `n` sample lines of the current family (after `prepareRun`) from `chunk`. */
  afterRun(k, n, chunk) {
    const f = this.fam;
    f.samples += n;
    this.samples += n;
    const t = f.type;
    if (t !== "histogram" && t !== "summary") return;
    const hist = t === "histogram";
    let g = f.lastGroup;
    for (const ng of k.startedGroups()) {
      this.applyRun(g, ng.before, hist);
      const rawAt = this.keepFirstLine(chunk, ng.start, Math.min(ng.end, ng.start + 800));
      g = {
        k2: ng.k2,
        line: ng.line,
        rawAt,
        rawLen: this.firstLinesUsed - rawAt,
        lastLe: -Infinity,
        lastCount: -Infinity,
        buckets: 0,
        inf: void 0,
        sum: false,
        count: void 0,
        negLe: void 0,
        pending: void 0
      };
      f.groups.set(ng.key, g);
      f.lastKey = ng.key;
      f.lastGroup = g;
    }
    this.applyRun(g, k.current(), hist);
    f.mainSig = k.mainSig;
    f.lastSig = k.lastSig;
    const r = this.runNames(f);
    const kind = k.lastKind;
    const name = kind === LineKind.Main ? r.main : kind === LineKind.Sum ? r.sum : r.count;
    const h = kind === LineKind.Main ? r.mainH : kind === LineKind.Sum ? r.sumH : r.countH;
    f.lastName = this.lastName = name;
    f.lastSuffix = kind === LineKind.Main ? hist ? "_bucket" : "" : kind === LineKind.Sum ? "_sum" : "_count";
    this.lastNameH1 = h[0];
    this.lastNameH2 = h[1];
  }
  applyRun(g, s, hist) {
    if (hist) {
      g.buckets = s.buckets;
      g.lastLe = s.lastLe;
      g.lastCount = s.lastCount;
      g.inf = s.inf;
    }
    if (s.sumSeen) g.sum = true;
    if (s.countSeen) g.count = s.count;
  }
  runNamesOf;
  runNamesCache = { main: "", sum: "", count: "", mainH: [0, 0], sumH: [0, 0], countH: [0, 0] };
  /** The current family's bucket (or quantile), _sum and _count names and their hashes (once per family). */
  runNames(f) {
    if (this.runNamesOf !== f) {
      this.runNamesOf = f;
      const main = f.type === "histogram" ? f.name + "_bucket" : f.name, sum = f.name + "_sum", count = f.name + "_count";
      this.runNamesCache = { main, sum, count, mainH: nameHashes(main), sumH: nameHashes(sum), countH: nameHashes(count) };
    }
    return this.runNamesCache;
  }
  get perSampleLimits() {
    const lim = this.opts.limits;
    return lim !== void 0 && !!(lim.sampleLimit || lim.labelLimit || lim.labelNameLengthLimit || lim.labelValueLengthLimit);
  }
  /** The sample's name as a string, without allocating for names seen before (keyed by the name hashes). */
  sampleName(p, b) {
    if (p.nameH1 === this.lastNameH1 && p.nameH2 === this.lastNameH2) return this.lastName;
    const key = p.nameH1 & 1073741823;
    let name = this.nameCache.get(key);
    if (name === void 0 || this.nameCacheH2.get(key) !== p.nameH2) {
      const f = this.fam;
      name = p.nameQuoted ? unescapeName(b, p.nameStart, p.nameEnd) : f && bytesEqual(b, p.nameStart, p.nameEnd, f.name) ? f.name : latin1(b, p.nameStart, p.nameEnd);
      if (this.nameCache.size < 5e4) {
        this.nameCache.set(key, name);
        this.nameCacheH2.set(key, p.nameH2);
      }
    }
    this.lastNameH1 = p.nameH1;
    this.lastNameH2 = p.nameH2;
    this.lastName = name;
    return name;
  }
  /** The suffix `name` has within family `f` ('' = the family name), or '-' when it is not part of it. */
  suffixIn(f, name) {
    if (this.om) {
      const allowed2 = OM_SUFFIXES[f.type] ?? [""];
      if (!name.startsWith(f.name)) return "-";
      const rest2 = name.slice(f.name.length);
      return allowed2.includes(rest2) ? rest2 : "-";
    }
    if (name === f.name) return "";
    if (!f.typeSeen) {
      const base = stripSuffix(name);
      return base === f.base ? name.slice(base.length) : "-";
    }
    const allowed = TEXT_SUFFIXES[f.type];
    if (!allowed || !name.startsWith(f.name)) return "-";
    const rest = name.slice(f.name.length);
    return allowed.includes(rest) ? rest : "-";
  }
  addLabelNames(f, p, b) {
    let sig = p.nLabels;
    for (let i = 0; i < p.nLabels; i++) sig = Math.imul(sig, 31) + p.labN1[i] | 0;
    if (sig === f.lastSig && f.samples > 1) return;
    f.lastSig = sig;
    for (let i = 0; i < p.nLabels; i++) {
      const key = p.labN1[i];
      let s = this.labelNameCache.get(key);
      const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1];
      if (s === void 0 || s.length !== ne - ns) {
        s = p.labFlags[i] & 1 ? unescapeName(b, ns, ne) : latin1(b, ns, ne);
        if (this.labelNameCache.size < 1e4) this.labelNameCache.set(key, s);
      }
      if (f.labelNames.size < 1e3) f.labelNames.add(s);
    }
  }
  /** Duplicate label names in one sample (Prometheus: "label name ... is not unique": the scrape fails). */
  checkLabels(p, line) {
    const n = p.nLabels;
    if (n < 2 && !(n === 1 && isNameLabel(line.buf, p, 0))) return;
    const b = line.buf;
    if (n <= 16) {
      for (let i = 0; i < n; i++) {
        if (isNameLabel(b, p, i)) {
          this.reportDupLabel(p, line, i);
          return;
        }
        for (let j = 0; j < i; j++) {
          if (p.labN1[i] === p.labN1[j] && sameBytes2(b, p.lab[i * 4], p.lab[i * 4 + 1], p.lab[j * 4], p.lab[j * 4 + 1])) {
            this.reportDupLabel(p, line, i);
            return;
          }
        }
      }
      return;
    }
    const seen = /* @__PURE__ */ new Map();
    for (let i = 0; i < n; i++) {
      if (isNameLabel(b, p, i)) {
        this.reportDupLabel(p, line, i);
        return;
      }
      const j = seen.get(p.labN1[i]);
      if (j !== void 0 && sameBytes2(b, p.lab[i * 4], p.lab[i * 4 + 1], p.lab[j * 4], p.lab[j * 4 + 1])) {
        this.reportDupLabel(p, line, i);
        return;
      }
      seen.set(p.labN1[i], i);
    }
  }
  reportDupLabel(p, line, i) {
    const b = line.buf;
    const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1];
    const name = latin1(b, ns, Math.min(ne, ns + 100));
    if (isNameLabel(b, p, i)) {
      this.out.onLine(rules.duplicateLabelName, "duplicate", { name }, FAILS, line, ns, ne);
      return;
    }
    let empty = 0, total = 0;
    for (let k = 0; k < p.nLabels; k++) {
      if (p.labN1[k] !== p.labN1[i] || !sameBytes2(b, p.lab[k * 4], p.lab[k * 4 + 1], ns, ne)) continue;
      total++;
      if (p.lab[k * 4 + 2] === p.lab[k * 4 + 3]) empty++;
    }
    if (empty === 0) this.out.onLine(rules.duplicateLabelName, "duplicate", { name }, FAILS, line, ns, ne);
    else if (empty === total) this.out.onLine(rules.duplicateLabelName, "duplicateEmpty", { name }, SPEC, line, ns, ne);
    else this.out.onLine(rules.duplicateLabelName, "duplicateDropped", { name }, WRONG, line, ns, ne);
  }
  checkLimits(p, line) {
    const lim = this.opts.limits;
    if (!lim) return;
    const st = this.limitState;
    if (lim.sampleLimit && this.samples === lim.sampleLimit + 1) {
      st.sampleLine = line.no;
      st.sampleText = lineText(line.buf, line.start, line.end);
      st.sampleEnd = columnOf(line.buf, line.start, firstLineEnd(line.buf, line.start, line.end));
    }
    const b = line.buf;
    const tl = this.target;
    if (lim.labelLimit) {
      let own = 0, conflicts = 0;
      for (let i = 0; i < p.nLabels; i++) {
        if (p.labVLen[i] > 0) own++;
        if (tl !== void 0 && tl.honor && tl.find(b, p.lab[i * 4], p.lab[i * 4 + 1]) >= 0) conflicts++;
      }
      const added = tl !== void 0 ? tl.count - conflicts : this.opts.targetLabels ?? 2;
      const count = own + 1 + added;
      if (count > lim.labelLimit) {
        st.labelCount++;
        if (!st.labelFirst) {
          st.labelFirst = { line: line.no, col: 1, end: columnOf(b, line.start, firstLineEnd(b, line.start, line.end)), text: lineText(b, line.start, line.end), count, own, added, names: tl ? tl.addedNames((k) => sampleHas(tl, p, b, k)) : "" };
        }
      }
    }
    if (lim.labelNameLengthLimit || lim.labelValueLengthLimit) {
      const ms = p.nameStart, me = p.nameEnd;
      if (me > ms) {
        if (lim.labelNameLengthLimit && 8 > lim.labelNameLengthLimit) {
          st.nameLen++;
          if (!st.nameFirst) st.nameFirst = { line: line.no, col: columnOf(b, line.start, ms), end: columnOf(b, line.start, me), text: lineText(b, line.start, line.end), name: "__name__", length: 8 };
        }
        if (lim.labelValueLengthLimit && me - ms > lim.labelValueLengthLimit) {
          st.valueLen++;
          if (!st.valueFirst) st.valueFirst = { line: line.no, col: columnOf(b, line.start, ms), end: columnOf(b, line.start, me), text: lineText(b, line.start, line.end), name: "__name__", length: me - ms };
        }
      }
      const prefixes = tl !== void 0 && !tl.honor && lim.labelNameLengthLimit ? exportedPrefixes(tl, p, b) : void 0;
      for (let i = 0; i < p.nLabels; i++) {
        if (p.labVLen[i] === 0) continue;
        const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1], vs = p.lab[i * 4 + 2], ve = p.lab[i * 4 + 3];
        const renames = prefixes?.[i] ?? 0;
        const nameLen = ne - ns + renames * EXPORTED_PREFIX_BYTES;
        if (lim.labelNameLengthLimit && nameLen > lim.labelNameLengthLimit) {
          st.nameLen++;
          if (!st.nameFirst) st.nameFirst = { line: line.no, col: columnOf(b, line.start, ns), end: columnOf(b, line.start, Math.min(ne, firstLineEnd(b, line.start, line.end))), text: lineText(b, line.start, line.end), name: "exported_".repeat(Math.min(renames, 4)) + latin1(b, ns, Math.min(ne, ns + 60)), length: nameLen };
        }
        if (lim.labelValueLengthLimit && p.labVLen[i] > lim.labelValueLengthLimit) {
          st.valueLen++;
          if (!st.valueFirst) st.valueFirst = { line: line.no, col: columnOf(b, line.start, vs), end: columnOf(b, line.start, Math.min(ve, firstLineEnd(b, line.start, line.end))), text: lineText(b, line.start, line.end), name: latin1(b, ns, Math.min(ne, ns + 60)), length: p.labVLen[i] };
        }
      }
      if (tl !== void 0 && tl.long.length > 0 && (st.targetName === void 0 || st.targetValue === void 0)) this.checkLongTargetLabels(tl, p, line);
    }
  }
  /** A target label over a length limit fails the first sample it is added to: note that sample once. */
  checkLongTargetLabels(tl, p, line) {
    const st = this.limitState;
    const b = line.buf;
    for (const long of tl.long) {
      if (long.kind === "name" ? st.targetName !== void 0 : st.targetValue !== void 0) continue;
      if (tl.honor && sampleHas(tl, p, b, long.index)) continue;
      const at = { line: line.no, end: columnOf(b, line.start, firstLineEnd(b, line.start, line.end)), text: lineText(b, line.start, line.end), label: long };
      if (long.kind === "name") st.targetName = at;
      else st.targetValue = at;
    }
  }
  checkTypeRules(f, suffix, name, p, line) {
    const t = f.type;
    const v = p.value;
    const b = line.buf;
    const wrong = this.om ? SPEC : WRONG;
    if (this.om && suffix !== "_created" && suffix !== "") this.checkCounterLike(t, suffix, name, p, line);
    if (t === "counter") {
      if (v < 0 && suffix !== "_created") {
        this.out.onLine(rules.counterNegative, "negative", { name, value: latin1(b, p.valueStart, p.valueEnd) }, wrong, line, p.valueStart, p.valueEnd);
      }
      if (suffix === "_created") this.checkCreated(name, p, line);
      return;
    }
    if (t === "histogram" || t === "gaugehistogram" || t === "summary") {
      if (suffix === "_created") return this.checkCreated(name, p, line);
      this.groupSample(f, suffix, name, p, line);
      return;
    }
    if (this.om && t === "stateset") {
      let has = false;
      for (let i = 0; i < p.nLabels; i++) {
        const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1];
        if (bytesEqual(b, ns, ne, f.name)) {
          has = true;
          break;
        }
      }
      if (!has) this.out.onLine(rules.openmetricsInvalidStateset, "label", { name: f.name }, SPEC, line, p.nameStart, p.nameEnd);
      if (v !== 0 && v !== 1) this.out.onLine(rules.openmetricsInvalidStateset, "value", { value: latin1(b, p.valueStart, p.valueEnd) }, SPEC, line, p.valueStart, p.valueEnd);
      return;
    }
    if (this.om && t === "info" && v !== 1) {
      this.out.onLine(rules.openmetricsInvalidInfo, "value", { name, value: latin1(b, p.valueStart, p.valueEnd) }, SPEC, line, p.valueStart, p.valueEnd);
    }
  }
  /** OpenMetrics (as the reference parser): counter-like values are never NaN or negative; counts are whole. */
  checkCounterLike(t, suffix, name, p, line) {
    const v = p.value;
    const counterLike = t === "counter" && suffix === "_total" || (t === "histogram" || t === "summary") && (suffix === "_bucket" || suffix === "_count" || suffix === "_sum") || t === "gaugehistogram" && (suffix === "_bucket" || suffix === "_gcount");
    if (!counterLike) return;
    const whole = suffix === "_bucket" || suffix === "_count" || suffix === "_gcount";
    const at = (id) => this.out.onLine(rules.invalidCount, id, { name, type: t, value: latin1(line.buf, p.valueStart, Math.min(p.valueEnd, p.valueStart + 60)) }, SPEC, line, p.valueStart, p.valueEnd);
    if (Number.isNaN(v)) return at(whole ? "notInteger" : "nan");
    if (v < 0) {
      if (whole || t === "summary" && suffix === "_sum") at("negative");
      return;
    }
    if (whole && !Number.isInteger(v)) at("notInteger");
  }
  checkCreated(name, p, line) {
    if (!(p.value >= 0) || !Number.isFinite(p.value)) {
      this.out.onLine(rules.openmetricsInvalidCreated, "invalid", { name, value: latin1(line.buf, p.valueStart, p.valueEnd) }, SPEC, line, p.valueStart, p.valueEnd);
    }
  }
  /**
   * The first lines of the current family's histogram and summary groups, one after the other (a
   * copy each: the chunk they came from is gone by the family's end). Emptied when the family ends.
   */
  firstLines = new Uint8Array(4096);
  firstLinesUsed = 0;
  keepFirstLine(b, s, e) {
    const at = this.firstLinesUsed, n = e - s;
    if (at + n > this.firstLines.length) {
      let cap = this.firstLines.length * 2;
      while (cap < at + n) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.firstLines.subarray(0, at));
      this.firstLines = next;
    }
    this.firstLines.set(b.subarray(s, e), at);
    this.firstLinesUsed = at + n;
    return at;
  }
  /** Histogram / summary per-series state (grouped by the labels other than le / quantile). */
  groupSample(f, suffix, name, p, line) {
    const b = line.buf;
    const hist = f.type !== "summary";
    const special = hist ? "le" : "quantile";
    let idx = -1;
    for (let i = 0; i < p.nLabels; i++) {
      const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1];
      if (hist ? ne - ns === 2 && b[ns] === 108 && b[ns + 1] === 101 : bytesEqual(b, ns, ne, special)) {
        idx = i;
        break;
      }
    }
    const isBucket = hist ? suffix === "_bucket" : suffix === "";
    let k1 = p.setH1, k2 = p.setH2;
    if (idx >= 0 && isBucket) {
      k1 = k1 - p.labP1[idx] | 0;
      k2 = k2 - p.labP2[idx] | 0;
    }
    const key = (k1 ^ Math.imul(k2, 2654435761)) & 1073741823;
    const groups = f.groups ?? (f.groups = /* @__PURE__ */ new Map());
    let g = key === f.lastKey ? f.lastGroup : groups.get(key);
    if (g && g.k2 !== k2) return;
    if (!g) {
      if (groups.size >= MAX_GROUPS) return;
      const rawAt = this.keepFirstLine(b, line.start, Math.min(firstLineEnd(b, line.start, line.end), line.start + 800));
      g = {
        k2,
        line: line.no,
        rawAt,
        rawLen: this.firstLinesUsed - rawAt,
        lastLe: -Infinity,
        lastCount: -Infinity,
        buckets: 0,
        inf: void 0,
        sum: false,
        count: void 0,
        negLe: void 0,
        pending: void 0
      };
      groups.set(key, g);
      this.opts.kernel?.groupKeyAdd(key);
    }
    f.lastKey = key;
    f.lastGroup = g;
    if (isBucket) f.mainSig = f.lastSig;
    const wrong = this.om ? SPEC : WRONG;
    if (!isBucket) {
      if (suffix === "_sum" || suffix === "_gsum") {
        g.sum = true;
        if (this.om && hist) checkOmSum(this.out, f.type, () => seriesText(b, p, -1, f.name), name, p, line, g);
      } else if (suffix === "_count" || suffix === "_gcount") g.count = p.value;
      return;
    }
    if (idx < 0) {
      if (hist) this.out.onLine(rules.histogramMissingLe, "missing", { name }, wrong, line, p.nameStart, p.nameEnd);
      else this.out.onLine(rules.summaryInvalidQuantile, "missing", { name }, wrong, line, p.nameStart, p.nameEnd);
      return;
    }
    const vs = p.lab[idx * 4 + 2], ve = p.lab[idx * 4 + 3];
    const r = plainDecimal(b, vs, ve, this.om) === ve ? 0 : parseGoFloat(b, vs, ve);
    const q = floatResult;
    const text = r !== 0 || (hist ? q <= g.lastLe || p.value < g.lastCount : !(q >= 0 && q <= 1)) ? latin1(b, vs, Math.min(ve, vs + 100)) : "";
    if (!hist) {
      if (r !== 0) this.out.onLine(rules.summaryInvalidQuantile, "invalid", { q: text }, this.om ? SPEC : WRONG, line, vs, ve);
      else if (!(q >= 0 && q <= 1)) this.out.onLine(rules.summaryInvalidQuantile, "range", { q: text }, wrong, line, vs, ve);
      else if (this.om) checkOmQuantileValue(this.out, name, p, line, vs, ve);
      return;
    }
    if (r !== 0 || Number.isNaN(q)) {
      this.out.onLine(rules.histogramInvalidLe, "invalid", { le: text }, this.om ? SPEC : WRONG, line, vs, ve);
      return;
    }
    if (this.om && q < 0 && g.negLe === void 0) g.negLe = latin1(b, vs, Math.min(ve, vs + 100));
    if (this.om && q === Infinity && !bytesEqual(b, vs, ve, "+Inf")) this.out.onLine(rules.histogramInvalidLe, "infSpelling", { le: latin1(b, vs, Math.min(ve, vs + 100)) }, SPEC, line, vs, ve);
    g.buckets++;
    const v = p.value;
    if (q === g.lastLe) {
      this.out.onLine(rules.histogramBucketsOutOfOrder, "duplicate", { le: text, series: seriesText(b, p, idx) }, wrong, line, vs, ve);
    } else if (q < g.lastLe) {
      this.out.onLine(rules.histogramBucketsOutOfOrder, "order", { le: text, prevLe: leText(g.lastLe) }, wrong, line, vs, ve);
    } else if (v < g.lastCount) {
      this.out.onLine(
        rules.histogramBucketsNotCumulative,
        "decreasing",
        { le: text, count: latin1(b, p.valueStart, p.valueEnd), prev: String(g.lastCount), prevLe: leText(g.lastLe) },
        wrong,
        line,
        p.valueStart,
        p.valueEnd
      );
    }
    if (q > g.lastLe) {
      g.lastLe = q;
      g.lastCount = v;
    }
    if (q === Infinity) g.inf = v;
  }
  checkTimestamp(p, line) {
    const ts = p.ts;
    if (this.om) {
      if (ts > 1e11) this.out.onLine(rules.timestampInSeconds, "millis", { value: latin1(line.buf, p.tsStart, p.tsEnd) }, WRONG, line, p.tsStart, p.tsEnd);
      return;
    }
    if (ts >= 1e8 && ts < 1e11) {
      this.out.onLine(rules.timestampInSeconds, "seconds", { value: latin1(line.buf, p.tsStart, p.tsEnd), date: new Date(ts).toISOString() }, WRONG, line, p.tsStart, p.tsEnd);
    }
  }
  checkExemplarPlacement(f, suffix, name, p, line) {
    if ((this.opts.promVersion ?? 3999) < 2043 && !name.endsWith("_total") && !name.endsWith("_bucket")) {
      this.out.onLine(rules.invalidExemplar, "nameBefore243", { name }, fails("<2.43"), line, p.exStart, p.exEnd);
      return;
    }
    const ok = f.type === "counter" && suffix === "_total" || (f.type === "histogram" || f.type === "gaugehistogram") && suffix === "_bucket";
    if (!ok) this.out.onLine(rules.invalidExemplar, "placement", { name }, SPEC, line, p.exStart, p.exEnd);
  }
  // ------------------------------------------------------------------ families
  startFamily(name, line, fromSample = false) {
    this.endFamily();
    const base = fromSample && !this.om ? stripSuffix(name) : name;
    const [h1, h2] = hashString(base);
    const first = this.ended.get(h1, h2);
    if (first) {
      this.out.onLine(rules.interleavedFamily, "interleaved", { name: base, line: first }, SPEC, line, line.start, line.end);
      this.archive.restore(h1, h2, this.series);
    }
    this.fam = {
      name,
      base,
      type: this.om ? "unknown" : "untyped",
      typeSeen: false,
      firstLine: line.no,
      firstSampleLine: 0,
      samples: 0,
      sampleNames: /* @__PURE__ */ new Set(),
      labelNames: /* @__PURE__ */ new Set(),
      lastSig: 0,
      mainSig: 0,
      lastName: "",
      lastSuffix: "",
      suffixes: /* @__PURE__ */ new Map(),
      lastKey: -1,
      lastGroup: void 0,
      groups: void 0
    };
    return this.fam;
  }
  /** Close the current family: histogram/summary checks, FamilySummary hook. */
  endFamily() {
    const f = this.fam;
    if (!f) return;
    this.fam = void 0;
    this.families++;
    const [h1, h2] = hashString(f.base);
    this.archive.save(h1, h2, this.series);
    this.series.clear();
    this.ended.add(h1, h2, f.firstLine);
    if (f.groups) this.checkGroups(f);
    this.opts.kernel?.groupKeysClear();
    this.firstLinesUsed = 0;
    if (this.firstLines.length > 1 << 20) this.firstLines = new Uint8Array(4096);
    this.lastNameLine = f.nameSpan ? { line: f.nameSpan.line, text: f.nameLineText ?? "" } : void 0;
    this.opts.onFamily?.({
      name: f.name,
      type: f.type,
      format: this.opts.format,
      help: f.help,
      unit: f.unit,
      typeLine: f.typeLine,
      helpLine: f.helpLine,
      firstLine: f.firstLine,
      nameSpan: f.nameSpan,
      sampleNames: f.sampleNames,
      labelNames: f.labelNames,
      samples: f.samples
    });
  }
  checkGroups(f) {
    const wrong = this.om ? SPEC : WRONG;
    const textOf = (g) => lineText(this.firstLines, g.rawAt, g.rawAt + g.rawLen);
    const at = (rule2, id, data, g, severity) => {
      const text = textOf(g);
      this.out.at(rule2, id, data, wrong, g.line, 1, endColOf(text), text, severity);
    };
    for (const g of f.groups.values()) {
      if (f.type === "summary") {
        if (!this.om) {
          if (!g.sum) at(rules.histogramMissingSumOrCount, "missingSum", { type: "summary", series: seriesOf(textOf(g)), sample: f.name + "_sum" }, g);
          if (g.count === void 0) at(rules.histogramMissingSumOrCount, "missingCount", { type: "summary", series: seriesOf(textOf(g)), sample: f.name + "_count" }, g);
        }
        continue;
      }
      if (g.inf === void 0) at(rules.histogramMissingInf, "missing", { series: seriesOf(textOf(g)), name: f.name }, g);
      else if (g.count !== void 0 && g.count !== g.inf) {
        at(rules.histogramCountMismatch, "mismatch", { name: f.name, count: String(g.count), inf: String(g.inf) }, g);
      }
      if (this.om) checkOmSumAtEnd(this.out, f.type, g);
      if (!this.om) {
        if (!g.sum) at(rules.histogramMissingSumOrCount, "missingSum", { type: "histogram", series: seriesOf(textOf(g)), sample: f.name + "_sum" }, g);
        if (g.count === void 0) at(rules.histogramMissingSumOrCount, "missingCount", { type: "histogram", series: seriesOf(textOf(g)), sample: f.name + "_count" }, g);
      } else if (g.sum !== (g.count !== void 0)) {
        const gauge = f.type === "gaugehistogram";
        this.out.at(
          rules.histogramMissingSumOrCount,
          g.sum ? "missingCount" : "missingSum",
          { type: f.type, series: seriesOf(textOf(g)), sample: f.name + (gauge ? g.sum ? "_gcount" : "_gsum" : g.sum ? "_count" : "_sum") },
          SPEC,
          g.line,
          1,
          endColOf(textOf(g)),
          textOf(g),
          "error"
        );
      }
    }
  }
  /** End of payload: the last family, limits. */
  finish(bodyBytes, lastLine) {
    this.endFamily();
    const lim = this.opts.limits;
    if (!lim) return;
    const st = this.limitState;
    if (lim.sampleLimit && this.samples > lim.sampleLimit) {
      this.out.at(rules.sampleLimitExceeded, "exceeded", { count: fmt(this.samples), limit: fmt(lim.sampleLimit) }, FAILS, st.sampleLine, 1, st.sampleEnd, st.sampleText);
    }
    if (st.labelFirst) {
      const x = st.labelFirst;
      if (this.target) {
        this.out.at(rules.labelLimitExceeded, "exceededTarget", { count: fmt(x.count), own: fmt(x.own), added: fmt(x.added), names: x.names, limit: fmt(lim.labelLimit), samples: fmt(st.labelCount) }, FAILS, x.line, x.col, x.end, x.text);
      } else {
        this.out.at(rules.labelLimitExceeded, "exceeded", { count: fmt(x.count), limit: fmt(lim.labelLimit), samples: fmt(st.labelCount) }, FAILS, x.line, x.col, x.end, x.text);
      }
    }
    if (st.nameFirst) {
      const x = st.nameFirst;
      this.out.at(rules.labelNameLengthLimitExceeded, "exceeded", { name: x.name, length: fmt(x.length), limit: fmt(lim.labelNameLengthLimit), count: fmt(st.nameLen) }, FAILS, x.line, x.col, x.end, x.text);
    }
    if (st.valueFirst) {
      const x = st.valueFirst;
      this.out.at(rules.labelValueLengthLimitExceeded, "exceeded", { name: x.name, length: fmt(x.length), limit: fmt(lim.labelValueLengthLimit), count: fmt(st.valueLen) }, FAILS, x.line, x.col, x.end, x.text);
    }
    if (st.targetName) {
      const x = st.targetName;
      this.out.at(rules.labelNameLengthLimitExceeded, "target", { name: x.label.name, origin: targetLabelOrigin(x.label.name), length: fmt(x.label.length), limit: fmt(lim.labelNameLengthLimit) }, FAILS, x.line, 1, x.end, x.text);
    }
    if (st.targetValue) {
      const x = st.targetValue;
      this.out.at(rules.labelValueLengthLimitExceeded, "target", { name: x.label.name, origin: targetLabelOrigin(x.label.name), length: fmt(x.label.length), limit: fmt(lim.labelValueLengthLimit) }, FAILS, x.line, 1, x.end, x.text);
    }
    if (lim.bodySizeLimitBytes && bodyBytes >= lim.bodySizeLimitBytes) {
      const no = lastLine?.no ?? 1;
      this.out.at(rules.bodySizeLimitExceeded, "exceeded", { size: fmt(bodyBytes), limit: fmt(lim.bodySizeLimitBytes) }, FAILS, no, 1, 1, "");
    }
  }
};
function exportedPrefixes(tl, p, b) {
  let any = false;
  for (let i = 0; i < p.nLabels && !any; i++) any = p.labVLen[i] > 0 && tl.find(b, p.lab[i * 4], p.lab[i * 4 + 1]) >= 0;
  if (!any) return void 0;
  const names = [], empty = [];
  for (let i = 0; i < p.nLabels; i++) {
    names.push(p.labFlags[i] & 1 ? unescapeName(b, p.lab[i * 4], p.lab[i * 4 + 1]) : latin1(b, p.lab[i * 4], p.lab[i * 4 + 1]));
    empty.push(p.labVLen[i] === 0);
  }
  return tl.exportedPrefixes(names, empty);
}
function sampleHas(tl, p, b, k) {
  for (let i = 0; i < p.nLabels; i++) if (tl.find(b, p.lab[i * 4], p.lab[i * 4 + 1]) === k) return true;
  return false;
}
function seriesOf(text) {
  const m = /^\s*([^\s{]*(?:\{(?:[^"}]|"(?:[^"\\]|\\.)*")*\})?)/.exec(text);
  const s = m ? m[1] : text;
  return s.replace(/(?<=[{,])\s*(?:le|quantile)\s*=\s*"(?:[^"\\]|\\.)*"\s*,?/, "").replace(/,\}$/, "}").replace(/\{\}$/, "").replace(/_bucket(?=\{|$)/, "");
}
function stripSuffix(name) {
  for (const s of ["_bucket", "_count", "_sum"]) if (name.endsWith(s) && name.length > s.length) return name.slice(0, -s.length);
  return name;
}
function endColOf(text) {
  let n = 1;
  for (const ch of text) if (ch !== "\u2026") n++;
  return n;
}
function leText(v) {
  return v === Infinity ? "+Inf" : String(v);
}
function fmt(n) {
  return n.toLocaleString("en-US");
}
function isNameLabel(b, p, i) {
  const ns = p.lab[i * 4], ne = p.lab[i * 4 + 1];
  return bytesEqual(b, ns, ne, "__name__");
}
function sameBytes2(b, s1, e1, s2, e2) {
  if (e1 - s1 !== e2 - s2) return false;
  for (let i = 0; i < e1 - s1; i++) if (b[s1 + i] !== b[s2 + i]) return false;
  return true;
}
function unescapeName(b, s, e) {
  const raw = dec.decode(b.subarray(s, e));
  return raw.includes("\\") ? raw.replace(/\\(.)/g, (_, c) => c === "n" ? "\n" : c) : raw;
}
function seriesText(b, p, skip, name) {
  const parts = [];
  let len = 0;
  for (let i = 0; i < p.nLabels && len < 200; i++) {
    if (i === skip) continue;
    const t = dec.decode(b.subarray(p.lab[i * 4], p.lab[i * 4 + 1])) + '="' + dec.decode(b.subarray(p.lab[i * 4 + 2], Math.min(p.lab[i * 4 + 3], p.lab[i * 4 + 2] + 100))) + '"';
    parts.push(t);
    len += t.length;
  }
  const n = name ?? (p.nameQuoted ? unescapeName(b, p.nameStart, p.nameEnd) : latin1(b, p.nameStart, p.nameEnd));
  return parts.length ? `${n}{${parts.join(",")}}` : n;
}

// src/exposition/warmup.ts
var done = /* @__PURE__ */ new Set();
function warmUp(format, make) {
  if (done.has(format) || format === "protobuf") return;
  done.add(format);
  const payload = Buffer.from(warmupPayload(format === "openmetrics-1.0.0"), "utf8");
  const size = 4093;
  const v = make({ format, file: "<warm-up>", maxFindings: 50, kernel: false });
  for (let o = 0; o < payload.length; o += size) v.push(Buffer.from(payload.subarray(o, Math.min(payload.length, o + size))));
  v.end();
}
var VALUES = [
  "0",
  "1",
  "42",
  "-1",
  "-0.5",
  "0.000214885",
  "3.14159",
  "1.048576e+06",
  "8.8234112e+08",
  "12345678901",
  "-98765432109",
  "1e-07",
  "2.5E+3",
  "+Inf",
  "-Inf",
  "NaN",
  "1234567.891011121314",
  "0.1234567890123456789",
  "4294967296",
  "9007199254740993"
];
function warmupPayload(om) {
  const out = [];
  const v = (i) => VALUES[i % VALUES.length];
  const total = om ? "_total" : "";
  for (let f = 0; f < 2; f++) {
    const base = `warm_${f}_requests`;
    out.push(`# HELP ${base}${om ? "" : total} Requests \\\\ handled \\n by the "warm-up" \u2013 \xFCn\xEFc\xF8d\xE9 \u2713 \u{1D11E}.`);
    out.push(`# TYPE ${base} counter`);
    for (let s = 0; s < 10; s++) {
      const labels = `code="${200 + s % 5}",handler="/api/v${s % 3}/items/${s}",method="${s % 2 ? "GET" : "POST"}",pod="warm-${f}-7d9f8b6c4-${s}"`;
      const ts = s % 7 === 0 ? om ? " 1700000000.123" : " 1700000000123" : "";
      const ex = om && s % 9 === 0 ? ' # {trace_id="abc123"} 1.0 1700000000.5' : "";
      out.push(`${base}${total}{${labels}} ${s % 3 ? String(s * 1e3 + f) : `${s}.25`}${ts}${ex}`);
      if (om && s % 10 === 0) out.push(`${base}_created{${labels}} 1700000000.5`);
    }
    const g = `warm_${f}_temperature_celsius`;
    out.push(`# HELP ${g} A gauge.`);
    out.push(`# TYPE ${g} gauge`);
    for (let s = 0; s < VALUES.length; s++) {
      out.push(`${g}{sensor="s${s}",esc="a\\\\b\\"c\\nd",utf="\xFC\u2713\u{1D11E}${s}",empty=""${om ? "" : " "}} ${v(s + f)}`);
    }
    out.push(`${g}_plain ${v(f)}`);
    const h = `warm_${f}_request_duration_seconds`;
    out.push(`# HELP ${h} A histogram.`);
    out.push(`# TYPE ${h} histogram`);
    for (let s = 0; s < 2; s++) {
      const l = `handler="/h${s}",method="GET"`;
      let c = 0;
      for (const le of ["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"]) {
        c += s + 1;
        out.push(`${h}_bucket{${l},le="${le}"} ${c}`);
      }
      out.push(`${h}_sum{${l}} ${c * 0.37}`);
      out.push(`${h}_count{${l}} ${c}`);
    }
    const q = `warm_${f}_rpc_duration_seconds`;
    out.push(`# HELP ${q} A summary.`);
    out.push(`# TYPE ${q} summary`);
    for (let s = 0; s < 2; s++) {
      const l = `grpc_method="M${s}",grpc_service="S"`;
      for (const qq of ["0", "0.25", "0.5", "0.75", "0.99", "1"]) out.push(`${q}{${l},quantile="${qq}"} ${v(s)}`);
      out.push(`${q}_sum{${l}} ${s * 1.5}`);
      out.push(`${q}_count{${l}} ${s * 3}`);
    }
    if (!om) {
      out.push(`warm_${f}_untyped{a="1"} ${v(f + 3)}`);
      out.push(`warm_${f}_untyped{a="2"}	${v(f + 4)}`);
      out.push(`warm_${f}_untyped { a = "3" , } ${v(f + 5)}`);
      out.push("");
      out.push("# a plain comment \u2013 \u2713");
      out.push(`  warm_${f}_indented 1`);
    }
    if (om) {
      out.push(`# TYPE warm_${f}_info info`);
      out.push(`warm_${f}_info{version="1.${f}"} 1`);
      out.push(`# TYPE warm_${f}_state stateset`);
      out.push(`warm_${f}_state{warm_${f}_state="a"} 1`);
      out.push(`warm_${f}_state{warm_${f}_state="b"} 0`);
    }
  }
  out.push("# TYPE warm_many gauge");
  for (let s = 0; s < 40; s++) out.push(`warm_many{id="${s}",zone="z${s % 3}"} ${s}`);
  const wide = [];
  for (let k = 0; k < 40; k++) wide.push(`l${k}="${k}"`);
  out.push(`warm_wide{${wide.join(",")}} 1`);
  out.push(`warm_long{v="${"x".repeat(6e3)}"} 1`);
  out.push(`warm_escapes{v="${'\\\\\\"\\n'.repeat(50)}"} 1`);
  out.push("# TYPE warm_dup gauge");
  out.push('warm_dup{a="1"} 1');
  out.push('warm_dup{a="1"} 2');
  out.push("# TYPE warm_bad_seconds histogram");
  out.push('warm_bad_seconds_bucket{le="1"} 2');
  out.push('warm_bad_seconds_bucket{le="0.5"} 1');
  out.push('warm_bad_seconds_bucket{le="+Inf"} 2');
  out.push("warm_bad_seconds_sum 1");
  out.push("warm_bad_seconds_count 2");
  out.push("# TYPE warmCamelCase gauge");
  out.push("warmCamelCase 1");
  if (om) out.push("# EOF");
  return out.join("\n") + "\n";
}

// src/exposition/validator.ts
var NL = 10;
var MAX_JOINED_LINES = 8;
var MAX_JOINED_BYTES = 256 * 1024;
var WARM_UP_AT = 256 * 1024;
function makeValidator(options, lintHook) {
  const format = options.format;
  const om = format === "openmetrics-1.0.0";
  const promVersion = versionNumber(options.prometheusVersion);
  const promMajor = Math.floor(promVersion / 1e3);
  const out = new FindingSink(options.file, options.maxFindings ?? 1e3);
  const lintReport = (f) => {
    const at = sem.lastNameLine;
    if (!f.payload && at && f.location.line === at.line) f.payload = { line: at.line, column: f.location.column, text: at.text };
    if (!f.verdict) f.verdict = { kind: "accepted-but-wrong" };
    if (out.findings.length < out.max) out.findings.push(f);
    else out.dropped++;
  };
  const kernel = !om && options.kernel !== false ? SampleRunKernel.create() : void 0;
  const sem = new Semantics({
    kernel,
    format,
    limits: options.limits,
    targetLabels: options.targetLabels,
    target: options.target,
    promVersion,
    onFamily: (f) => {
      options.onFamily?.(f);
      lintHook?.(f, lintReport);
    }
  }, out);
  const parser = new LineParser({ om, text1: format === "text-1.0.0", promMajor, promVersion, formatName: formatName(format) }, out, sem);
  let lineNo = 0;
  let pendingParts = [];
  let pendingNo = 0;
  let lastLineBlank = false;
  let bytes = 0;
  let tail = [];
  let tailLen = 0;
  let last;
  const cur = { buf: new Uint8Array(0), start: 0, end: 0, no: 0 };
  let ended = false;
  let result;
  let kernelSkip = 0;
  let kernelBackoff = 1;
  function kernelRun(chunk, pos) {
    if (kernelSkip > 0) {
      kernelSkip--;
      return pos;
    }
    const k = kernel;
    for (; ; ) {
      if (pendingParts.length > 0 || !sem.prepareRun(k)) return pos;
      const n = k.run(chunk, pos, lineNo + 1);
      if (n === 0) {
        kernelSkip = kernelBackoff;
        kernelBackoff = Math.min(kernelBackoff * 2, 64);
        return pos;
      }
      kernelBackoff = 1;
      lineNo += n;
      parser.emitted += n;
      sem.afterRun(k, n, chunk);
      cur.buf = chunk;
      cur.start = k.lastStart;
      cur.end = k.end - 1;
      cur.no = lineNo;
      last = cur;
      lastLineBlank = false;
      pos = k.end;
      if (k.refused || pos >= chunk.length) return pos;
    }
  }
  const feed = (buf, start, end2) => {
    const ref = cur;
    ref.buf = buf;
    ref.start = start;
    ref.end = end2;
    ref.no = ++lineNo;
    lastLineBlank = start === end2;
    last = ref;
    if (om && sem.sawEof) {
      if (!sem.afterEofReported) {
        sem.afterEofReported = true;
        out.onLine(rules.openmetricsContentAfterEof, "after", { line: sem.eofLine }, FAILS, ref, start, end2);
      }
      return;
    }
    lineEntry(buf, start, end2, ref);
  };
  function lineEntry(buf, start, end2, ref) {
    if (pendingParts.length > 0) return continuePending(buf, start, end2, ref);
    const mark = out.findings.length, dropped = out.dropped;
    parser.needsMore = false;
    parser.line(ref);
    if (parser.needsMore) {
      out.findings.length = mark;
      out.dropped = dropped;
      pendingParts = [buf.slice(start, end2)];
      pendingNo = ref.no;
    }
  }
  function continuePending(buf, start, end2, ref) {
    pendingParts.push(buf.slice(start, end2));
    let size = pendingParts.length - 1;
    for (const p of pendingParts) size += p.length;
    const joined = new Uint8Array(size);
    let o = 0;
    for (let k = 0; k < pendingParts.length; k++) {
      if (k > 0) joined[o++] = NL;
      joined.set(pendingParts[k], o);
      o += pendingParts[k].length;
    }
    const mark = out.findings.length, dropped = out.dropped, emitted = parser.emitted;
    ref.buf = joined;
    ref.start = 0;
    ref.end = joined.length;
    ref.no = pendingNo;
    parser.joinedAt = pendingParts[0].length;
    parser.allowContinuation = pendingParts.length <= MAX_JOINED_LINES && joined.length < MAX_JOINED_BYTES;
    parser.needsMore = false;
    parser.line(ref);
    parser.joinedAt = 0;
    parser.allowContinuation = true;
    if (parser.needsMore) {
      out.findings.length = mark;
      out.dropped = dropped;
      return;
    }
    const parts = pendingParts;
    pendingParts = [];
    if (parser.emitted !== emitted) return;
    out.findings.length = mark;
    out.dropped = dropped;
    const firstNo = pendingNo;
    parser.allowContinuation = false;
    parser.line({ buf: parts[0], start: 0, end: parts[0].length, no: firstNo });
    parser.allowContinuation = true;
    for (let k = 1; k < parts.length; k++) {
      ref.buf = parts[k];
      ref.start = 0;
      ref.end = parts[k].length;
      ref.no = firstNo + k;
      lineEntry(parts[k], 0, parts[k].length, ref);
    }
  }
  function push(chunk) {
    if (ended) throw new Error("push after end()");
    if (chunk.length === 0) return;
    if (kernel === void 0 && bytes + chunk.length >= WARM_UP_AT && bytes < WARM_UP_AT) warmUp(format, (o) => makeValidator(o, lintHook));
    if (Object.getPrototypeOf(chunk) !== Uint8Array.prototype) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    const search = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    bytes += chunk.length;
    parser.newChunk();
    kernel?.newChunk();
    let pos = 0;
    if (tailLen > 0) {
      const nl = search.indexOf(NL);
      if (nl < 0) {
        tail.push(chunk.slice());
        tailLen += chunk.length;
        return;
      }
      const joined = new Uint8Array(tailLen + nl);
      let o = 0;
      for (const t of tail) {
        joined.set(t, o);
        o += t.length;
      }
      joined.set(chunk.subarray(0, nl), o);
      tail = [];
      tailLen = 0;
      feed(joined, 0, joined.length);
      pos = nl + 1;
    }
    for (; ; ) {
      if (kernel !== void 0) pos = kernelRun(chunk, pos);
      const nl = search.indexOf(NL, pos);
      if (nl < 0) break;
      feed(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < chunk.length) {
      tail.push(chunk.slice(pos));
      tailLen = chunk.length - pos;
    }
  }
  function end() {
    if (result) return result;
    ended = true;
    let lastLineUnterminated = false;
    if (tailLen > 0) {
      const joined = new Uint8Array(tailLen);
      let o = 0;
      for (const t of tail) {
        joined.set(t, o);
        o += t.length;
      }
      tail = [];
      tailLen = 0;
      lastLineUnterminated = true;
      feed(joined, 0, joined.length);
    }
    if (pendingParts.length > 0) {
      const parts = pendingParts;
      pendingParts = [];
      parser.allowContinuation = false;
      parser.line({ buf: parts[0], start: 0, end: parts[0].length, no: pendingNo });
      parser.allowContinuation = true;
      for (let k = 1; k < parts.length; k++) lineEntry(parts[k], 0, parts[k].length, { buf: parts[k], start: 0, end: parts[k].length, no: pendingNo + k });
    }
    if (lastLineUnterminated && !om && last && !blankOnly(last.buf, last.start, last.end)) {
      out.onLine(rules.missingFinalNewline, "missing", {}, SPEC, last, last.end, last.end);
    }
    parser.finish();
    if (!om && parser.omEvidence > 0) {
      const unit = parser.omEvidence !== parser.eofLine;
      if (unit || parser.eofLine === lineNo - (lastLineBlank ? 1 : 0)) {
        out.at(
          rules.formatMismatch,
          "openmetricsAsText",
          { format: formatName(format), evidence: unit ? "# UNIT" : "# EOF" },
          SPEC,
          parser.omEvidence,
          1,
          parser.omEvidenceEnd,
          parser.omEvidenceText,
          "warning"
        );
      }
    }
    if (om) {
      if (!sem.sawEof) {
        const l = last;
        out.at(rules.openmetricsMissingEof, "missing", {}, FAILS, l ? l.no : 1, 1, l ? columnOf(l.buf, l.start, l.end) : 1, l ? lineText(l.buf, l.start, l.end) : "");
      } else if (!lastLineUnterminated && !sem.afterEofReported && last && last.no !== sem.eofLine) {
      }
    }
    sem.finish(bytes, last);
    out.findings.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    result = { findings: out.findings, samples: sem.samples, families: sem.families, bytes, lines: lineNo, droppedFindings: out.dropped };
    return result;
  }
  return { push, end };
}
function formatName(format) {
  switch (format) {
    case "text-0.0.4":
      return "Prometheus text 0.0.4";
    case "text-1.0.0":
      return "Prometheus text 1.0.0";
    case "openmetrics-1.0.0":
      return "OpenMetrics 1.0";
    case "protobuf":
      return "protobuf";
  }
}
function blankOnly(b, s, e) {
  for (let i = s; i < e; i++) if (b[i] !== 32 && b[i] !== 9) return false;
  return true;
}

// src/exposition/negotiate.ts
var PROTOCOLS = {
  PrometheusProto: "protobuf",
  PrometheusText0_0_4: "text-0.0.4",
  "PrometheusText0.0.4": "text-0.0.4",
  "PrometheusText1.0.0": "text-1.0.0",
  "OpenMetricsText0.0.1": "openmetrics-1.0.0",
  "OpenMetricsText1.0.0": "openmetrics-1.0.0"
};
function protocolOf(format) {
  switch (format) {
    case "protobuf":
      return "PrometheusProto";
    case "text-0.0.4":
      return "PrometheusText0.0.4";
    case "text-1.0.0":
      return "PrometheusText1.0.0";
    case "openmetrics-1.0.0":
      return "OpenMetricsText1.0.0";
  }
}
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function parseMediaType(value) {
  const parts = splitParams(value);
  if (!parts) return void 0;
  const [full, ...rest] = parts;
  const type = full.trim().toLowerCase();
  const slash = type.indexOf("/");
  if (slash <= 0 || slash === type.length - 1) return void 0;
  if (!TOKEN.test(type.slice(0, slash)) || !TOKEN.test(type.slice(slash + 1))) return void 0;
  const params = {};
  for (const p of rest) {
    const s = p.trim();
    if (s === "") continue;
    const eq = s.indexOf("=");
    if (eq <= 0) return void 0;
    const key = s.slice(0, eq).trim().toLowerCase();
    let val = s.slice(eq + 1).trim();
    if (!TOKEN.test(key)) return void 0;
    if (val.startsWith('"')) {
      if (val.length < 2 || !val.endsWith('"')) return void 0;
      val = val.slice(1, -1).replace(/\\(.)/g, "$1");
    } else if (!TOKEN.test(val)) return void 0;
    if (key in params) return void 0;
    params[key] = val;
  }
  return { type, params };
}
function splitParams(value) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      cur += c;
      if (c === "\\" && i + 1 < value.length) cur += value[++i];
      else if (c === '"') quoted = false;
    } else if (c === '"') {
      quoted = true;
      cur += c;
    } else if (c === ";") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (quoted) return void 0;
  out.push(cur);
  return out;
}
function formatOfMedia(m) {
  switch (m.type) {
    case "text/plain":
      return m.params.version === "1.0.0" ? "text-1.0.0" : "text-0.0.4";
    case "application/openmetrics-text":
      return "openmetrics-1.0.0";
    case "application/vnd.google.protobuf":
      return "protobuf";
  }
  return void 0;
}
function problem(meta, id, data, severity, verdict, hintExtra = "") {
  const hint = meta.hints?.[id];
  return { rule: meta.id, severity, message: fill(meta.messages[id], data), ...hint ? { hint: fill(hint, data) + hintExtra } : {}, verdict };
}
function negotiateFormat(input) {
  const v3 = versionNumber(input.prometheusVersion) >= 3e3;
  const fallback = input.fallbackScrapeProtocol ? PROTOCOLS[input.fallbackScrapeProtocol] : void 0;
  const problems = [];
  const ct = input.contentType;
  const onFallback = (id, data) => {
    const meta = id === "missing" ? rules.contentTypeMissing : rules.contentTypeUnsupported;
    if (!v3) {
      problems.push(problem(meta, id, data, "warning", { kind: "spec" }, " Prometheus 2.x reads the body as text 0.0.4; Prometheus 3 fails this scrape without fallback_scrape_protocol."));
      return { format: "text-0.0.4", problems };
    }
    if (fallback) {
      problems.push(problem(meta, id, data, "warning", { kind: "spec" }, ` Prometheus uses fallback_scrape_protocol ${input.fallbackScrapeProtocol}.`));
      return { format: fallback, problems };
    }
    problems.push(problem(meta, id, data, "error", { kind: "scrape-fails", versions: ">=3.0" }, " Prometheus 3 fails the scrape: no fallback_scrape_protocol is set."));
    return { problems };
  };
  if (ct === void 0 || ct.trim() === "") return onFallback("missing", {});
  const media = parseMediaType(ct);
  if (!media) return onFallback("unparsable", { contentType: ct.slice(0, 200) });
  let format = formatOfMedia(media);
  if (!format) return onFallback("unsupported", { contentType: ct.slice(0, 200) });
  if (!v3 && format === "text-1.0.0") format = "text-0.0.4";
  const asked = input.scrapeProtocols.map((p) => PROTOCOLS[p]).filter((x) => x !== void 0);
  const family = (f) => f === "text-1.0.0" ? "text-0.0.4" : f;
  if (asked.length > 0 && !asked.some((a) => family(a) === family(format))) {
    problems.push(problem(rules.contentTypeUnsupported, "notNegotiated", { contentType: ct.slice(0, 200), protocol: protocolOf(format) }, "info", { kind: "accepted-but-wrong" }));
  }
  return { format, problems };
}

// src/exposition/index.ts
function createValidator(options) {
  if (options.format === "protobuf") throw new Error("createValidator: protobuf payloads go through src/exposition/protobuf");
  const lints = options.lints ?? true;
  return makeValidator(options, lints ? (f, report) => runLints(f, report, { file: options.file, severities: options.lintSeverities }) : void 0);
}
function validatePayload(bytes, options) {
  const v = createValidator(options);
  v.push(bytes);
  return v.end();
}

export {
  negotiateFormat,
  createValidator,
  validatePayload
};
