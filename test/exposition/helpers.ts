import { createValidator, validatePayload, type ExpositionFormat, type ValidatorOptions } from '../../src/exposition/index.js'
import type { Finding } from '../../src/finding.js'
import { SampleRunKernel } from '../../src/exposition/kernel/index.js'

const enc = new TextEncoder()

export function run(text: string | Uint8Array, format: ExpositionFormat = 'text-0.0.4', extra: Partial<ValidatorOptions> = {}): Finding[] {
  const bytes = typeof text === 'string' ? enc.encode(text) : text
  return validatePayload(bytes, { file: 'payload', format, lints: false, ...extra }).findings
}

/** Findings as "rule@line:column" strings. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule.replace('exposition/', '')}@${f.location.line}:${f.location.column}`)
}

/** Validate by pushing the payload in pieces of `size` bytes. */
export function runChunked(text: string | Uint8Array, size: number, format: ExpositionFormat = 'text-0.0.4'): Finding[] {
  const bytes = typeof text === 'string' ? enc.encode(text) : text
  const v = createValidator({ file: 'payload', format, lints: false })
  for (let i = 0; i < bytes.length; i += size) v.push(bytes.slice(i, i + size))
  return v.end().findings
}

let kernelCounting = false
let kernelTakenTotal = 0
/**
 * Lines the sample-run kernel has taken in this process so far (the kernel's own `run` is called
 * unchanged; the first call puts the count around it). A kernel test reads it before and after, so a
 * quietly disabled kernel cannot pass.
 */
export function kernelLinesTaken(): number {
  if (!kernelCounting) {
    kernelCounting = true
    const run = SampleRunKernel.prototype.run
    SampleRunKernel.prototype.run = function (this: SampleRunKernel, chunk: Uint8Array, pos: number, lineNo: number): number {
      const n = run.call(this, chunk, pos, lineNo)
      kernelTakenTotal += n
      return n
    }
  }
  return kernelTakenTotal
}
