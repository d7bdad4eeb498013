/**
 * The CLI edge: argv in, text out, an exit status. Everything else is the engine's.
 * 0 = nothing at or above --fail-on, 1 = findings at or above it, 2 = usage error or unreadable input.
 */
import { openSync, readSync, closeSync, fstatSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { atLeast, compareFindings, summarize } from '../finding.js'
import { InputError } from '../input-error.js'
import type { GateResult } from '../result.js'
import type { ExpositionFormat } from '../exposition/index.js'
import { sniffFormat } from '../exposition/sniff.js'
import { parseCommand, UsageError, USAGE, type Command } from './args.js'
import { render } from './render.js'
import { DEFAULT_PROMETHEUS_VERSION, VERSION } from '../version.js'

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean }
  stderr: { write(s: string): unknown }
  stdin?: Readable
  cwd: string
  env: NodeJS.ProcessEnv
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let command: Command
  try {
    command = parseCommand(argv)
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`promgate: ${e.message}\n${'Run "promgate --help" for usage.'}\n`)
      return 2
    }
    throw e
  }
  if (command.kind === 'help') {
    io.stdout.write(USAGE + '\n')
    return 0
  }
  if (command.kind === 'version') {
    io.stdout.write(`promgate ${VERSION}\n`)
    return 0
  }
  try {
    const result =
      command.kind === 'metrics'
        ? await checkMetrics(command, io)
        : await (await import('../gate.js')).gate({
            configPath: command.config,
            mode: command.kind,
            prometheusVersion: command.prometheusVersion,
            allow: command.allow,
            workspace: io.cwd,
            syntaxOnly: command.syntaxOnly,
            features: command.features,
            agentMode: command.agent,
            ignoreUnknownFields: command.ignoreUnknownFields,
          })
    const color = command.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== 'dumb')
    io.stdout.write(await render(result, command.format, { color }))
    return result.findings.some((f) => atLeast(f.severity, command.failOn)) ? 1 : 0
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`promgate: ${e.message}\n`)
      return 2
    }
    io.stderr.write(`promgate: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    if (io.env.PROMGATE_DEBUG) io.stderr.write(`${e instanceof Error ? e.stack : ''}\n`)
    return 2
  }
}

type MetricsCommand = Extract<Command, { kind: 'metrics' }>

/** `promgate metrics`: stream one payload through the validator, as the scrape stage does. */
async function checkMetrics(command: MetricsCommand, io: CliIo): Promise<GateResult> {
  const fromStdin = command.file === '-'
  const shown = fromStdin ? '<stdin>' : command.file
  const prometheusVersion = command.prometheusVersion ?? DEFAULT_PROMETHEUS_VERSION
  // Loaded here, not at the top: `metrics` is the benchmarked path, and start-up is part of its cost.
  const { createValidator, negotiateFormat } = await import('../exposition/index.js')
  const findings = []

  let format: ExpositionFormat | undefined
  if (command.forced) format = command.forced === 'openmetrics' ? 'openmetrics-1.0.0' : 'text-0.0.4'
  else if (command.contentType !== undefined) {
    const negotiated = negotiateFormat({
      contentType: command.contentType,
      scrapeProtocols: [],
      prometheusVersion,
    })
    for (const p of negotiated.problems) {
      findings.push({ ...p, location: { file: shown, line: 1, column: 1, endLine: 1, endColumn: 1 } })
    }
    format = negotiated.format
    if (!format) {
      findings.sort(compareFindings)
      return { findings, summary: summarize(findings), targets: [], sources: {} }
    }
  }

  let stream: AsyncIterable<Uint8Array>
  let head: Uint8Array | undefined
  let tail: Uint8Array | undefined
  if (fromStdin) {
    stream = io.stdin ?? process.stdin
  } else {
    const path = resolve(io.cwd, command.file)
    let fd: number
    try {
      fd = openSync(path, 'r')
    } catch (e) {
      throw new InputError(`${shown}: cannot read payload (${(e as NodeJS.ErrnoException).code ?? String(e)})`)
    }
    try {
      const st = fstatSync(fd)
      if (!st.isFile()) throw new InputError(`${shown}: not a regular file`)
      if (!format) {
        head = readAt(fd, 0, Math.min(st.size, 64 * 1024))
        tail = readAt(fd, Math.max(0, st.size - 64), Math.min(st.size, 64))
      }
    } finally {
      closeSync(fd)
    }
    stream = readReusing(path, 1024 * 1024)
  }

  // Protobuf has its own decoder (and protobufjs): load it only for a protobuf Content-Type.
  const protobuf = format === 'protobuf' ? await import('../exposition/protobuf/index.js') : undefined
  let validator: ReturnType<typeof createValidator> | undefined
  const pending: Buffer[] = []
  let pendingBytes = 0
  const start = (fmt: ExpositionFormat) => {
    validator = protobuf
      ? protobuf.createProtobufValidator({ file: shown, prometheusVersion })
      : createValidator({ format: fmt, file: shown, prometheusVersion })
    for (const chunk of pending) validator.push(chunk)
    pending.length = 0
  }
  if (format || head) start(format ?? sniffFormat(head!, tail))
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer
      if (validator) validator.push(buf)
      else {
        // stdin without a forced format: hold the first 64 KiB to sniff it, then stream the rest.
        pending.push(buf)
        pendingBytes += buf.length
        if (pendingBytes >= 64 * 1024) start(sniffFormat(Buffer.concat(pending)))
      }
    }
  } catch (e) {
    throw new InputError(`${shown}: cannot read payload (${(e as NodeJS.ErrnoException).code ?? String(e)})`)
  }
  if (!validator) start(sniffFormat(Buffer.concat(pending)))
  const result = validator!.end()
  findings.push(...result.findings)
  findings.sort(compareFindings)
  return { findings, summary: summarize(findings), targets: [], sources: {} }
}

/**
 * A file's bytes, read into two buffers in turn: the validator copies what it keeps (the part of a
 * line a chunk ends in), and a new buffer per read would sit in memory until a garbage collection,
 * which the WebAssembly kernel's small JavaScript allocation rate makes rare. The next read runs
 * while the caller works on the chunk just given.
 */
async function* readReusing(path: string, size: number): AsyncGenerator<Uint8Array> {
  const fh = await open(path, 'r')
  try {
    let cur = Buffer.allocUnsafe(size), spare = Buffer.allocUnsafe(size)
    let reading = fh.read(cur, 0, size, null)
    for (;;) {
      const { bytesRead } = await reading
      if (bytesRead === 0) return
      const chunk = cur.subarray(0, bytesRead)
      ;[cur, spare] = [spare, cur]
      reading = fh.read(cur, 0, size, null)
      yield chunk
    }
  } finally {
    await fh.close()
  }
}

function readAt(fd: number, position: number, length: number): Uint8Array {
  const buf = Buffer.alloc(length)
  const n = readSync(fd, buf, 0, length, position)
  return buf.subarray(0, n)
}
