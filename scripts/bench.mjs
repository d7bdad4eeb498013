#!/usr/bin/env node
// npm run bench — promgate metrics vs promtool check metrics, side by side, in one run.
//
// Writes payloads into bench-out/ (gitignored; reused when already there):
//   synthetic-<size>.prom   node ../shared/bench/gen-exposition.mjs --size <size>       (default 10MB, 50MB, 100MB)
//   node-amplified.prom     a real node_exporter scrape amplified with --amplify          (50MB)
//   adv-*.prom              adversarial payloads, each at half and full scale:
//                           one 10 MB label value, 100,000 labels on one line, 1,000,000
//                           distinct series, deep escape runs (\\ \" \n) in label values and HELP
// then runs, for each payload, `NODE dist/cli.js metrics FILE` (or, without a build,
// `NODE --import tsx src/cli/index.ts metrics FILE`; NODE is Node 24, see --node) and
// `promtool check metrics < FILE`, in turns (promgate, promtool, promgate on this Node, again), measuring
// wall time and peak RSS of each (/usr/bin/time -f '%e %M' when present, else polling VmHWM in
// /proc/<pid>/status), and prints a table with the ratios, MB/s and a linearity check.
//
// Options:
//   --quick                 small sizes (1MB, 2MB, 5MB; adversarial payloads at 1/10 scale): a smoke run
//   --sizes 10MB,50MB,100MB synthetic sizes for the linearity check
//   --amplify-size 50MB     size of the amplified node_exporter payload ('0' to skip)
//   --no-adversarial        skip the adversarial payloads
//   --promgate "CMD"        the promgate command; {file} is replaced by the payload path
//                           (default: NODE dist/cli.js metrics {file}, NODE as below)
//   --node PATH             the Node.js that runs promgate (default: Node 24, the runtime the action
//                           ships on: $PROMGATE_NODE24, else bench-out/node24 — installed there with
//                           `npm install node@24` on first use —, else this Node). When it is not the
//                           Node running the bench, promgate also runs on this one, in its own columns.
//   --no-promtool           promgate only
//   --no-config             skip the config comparison (promgate lint vs promtool check config --syntax-only
//                           on generated 1,000- and 10,000-job configs; 100 and 1,000 with --quick)
//   --config-only           only the config comparison
//   --runs N                runs per tool and payload; the fastest is kept (default 1; use 3 on a busy machine)
//   --out DIR               payload and results folder (default bench-out)
//   --timeout S             per-run time limit in seconds (default 600)
//   --promtool-timeout S    time limit for promtool on the adversarial payloads (default 120; 20 with
//                           --quick): promtool is quadratic on long label lists, and a run it does not
//                           finish shows as ">S", its speedup as a lower bound
//
// The machines are shared and noisy: read the ratios, not the absolute times.
// Needs: promtool (Debian package `prometheus`), prometheus-node-exporter for the amplified payload
// (or a node_exporter already listening on 127.0.0.1:9100), GNU time (`apt-get install -y time`)
// for the most exact numbers.
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, openSync, closeSync } from 'node:fs'
import { createServer } from 'node:net'
import { get } from 'node:http'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const GEN = resolve(ROOT, '../shared/bench/gen-exposition.mjs')

// ------------------------------------------------------------------ arguments
function parseArgs(argv) {
  const o = {
    quick: false, sizes: null, amplifySize: null, adversarial: true, promgate: null, promtool: true,
    runs: 1, out: join(ROOT, 'bench-out'), timeout: 600, promtoolTimeout: null, config: true, configOnly: false,
    node: null,
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const next = () => {
      if (i + 1 >= argv.length) die(`missing value for ${a}`)
      return argv[++i]
    }
    if (a === '--quick') o.quick = true
    else if (a === '--sizes') o.sizes = next().split(',').map((s) => s.trim()).filter(Boolean)
    else if (a === '--amplify-size') o.amplifySize = next()
    else if (a === '--no-adversarial') o.adversarial = false
    else if (a === '--promgate') o.promgate = next()
    else if (a === '--node') o.node = resolve(next())
    else if (a === '--no-promtool') o.promtool = false
    else if (a === '--no-config') o.config = false
    else if (a === '--config-only') o.configOnly = true
    else if (a === '--runs') o.runs = Math.max(1, Number(next()) | 0)
    else if (a === '--out') o.out = resolve(next())
    else if (a === '--timeout') o.timeout = Number(next())
    else if (a === '--promtool-timeout') o.promtoolTimeout = Number(next())
    else if (a === '-h' || a === '--help') {
      const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1)
      process.stdout.write(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.slice(3)).join('\n') + '\n')
      process.exit(0)
    } else die(`unknown argument ${a} (see --help)`)
  }
  o.sizes ??= o.quick ? ['1MB', '2MB', '5MB'] : ['10MB', '50MB', '100MB']
  o.amplifySize ??= o.quick ? '2MB' : '50MB'
  o.promtoolTimeout ??= o.quick ? 20 : 120
  for (const s of [...o.sizes, o.amplifySize]) if (s !== '0') parseSize(s)
  return o
}

function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|KiB|MiB|GiB)?$/i.exec(s)
  if (!m) die(`bad size ${s}`)
  const units = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }
  return Math.round(Number(m[1]) * units[(m[2] || 'b').toLowerCase()])
}

function die(msg) {
  process.stderr.write(`bench: ${msg}\n`)
  process.exit(2)
}

const log = (msg) => process.stderr.write(`bench: ${msg}\n`)
const has = (cmd) => !spawnSync(cmd, ['--version'], { stdio: 'ignore' }).error

// ------------------------------------------------------------------ payloads
function generate(out, args, label) {
  if (existsSync(out) && statSync(out).size > 0) return out
  log(`generating ${label} …`)
  const r = spawnSync(process.execPath, [GEN, ...args, '--out', out + '.tmp'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 })
  if (r.status !== 0) die(`gen-exposition failed for ${label}: ${r.stderr}`)
  spawnSync('mv', [out + '.tmp', out])
  return out
}

/** Write a payload from a generator of strings, streaming, so no payload is ever held in memory. */
async function writeStream(out, chunks) {
  if (existsSync(out) && statSync(out).size > 0) return out
  const tmp = out + '.tmp'
  const ws = createWriteStream(tmp)
  for (const c of chunks) if (!ws.write(c)) await new Promise((r) => ws.once('drain', r))
  await new Promise((r, j) => ws.end((e) => (e ? j(e) : r())))
  spawnSync('mv', [tmp, out])
  return out
}

/** Adversarial payloads at a scale (1 = the sizes the issue names). All are valid text 0.0.4. */
function adversarial(scale) {
  const n = (x) => Math.max(1, Math.round(x * scale))
  return {
    'long-label-value': function* () {
      const total = n(10_000_000)
      yield '# HELP big_value A gauge with one huge label value.\n# TYPE big_value gauge\nbig_value{v="'
      const block = 'abcdefghij'.repeat(6553) + 'abcdef' // 65536 bytes
      let left = total
      while (left > 0) { const k = Math.min(left, block.length); yield block.slice(0, k); left -= k }
      yield '"} 1\n'
    },
    'wide-line': function* () {
      const count = n(100_000)
      yield '# HELP wide A gauge with many labels.\n# TYPE wide gauge\nwide{'
      let buf = []
      for (let i = 0; i < count; i++) {
        buf.push(`${i ? ',' : ''}label_${i}="v${i}"`)
        if (buf.length === 4096) { yield buf.join(''); buf = [] }
      }
      yield buf.join('') + '} 1\n'
    },
    'many-series': function* () {
      const count = n(1_000_000)
      yield '# HELP many_series A gauge with many series.\n# TYPE many_series gauge\n'
      let buf = []
      for (let i = 0; i < count; i++) {
        buf.push(`many_series{id="${i}",shard="s${i % 97}"} ${i}\n`)
        if (buf.length === 8192) { yield buf.join(''); buf = [] }
      }
      yield buf.join('')
    },
    'escape-runs': function* () {
      // Every label value and HELP text is long runs of escape sequences: \\ \" \n.
      const runs = n(2_000)
      const esc = '\\\\\\"\\n'.repeat(1000) // 6000 bytes of escapes
      yield `# HELP escapes ${'\\\\\\n'.repeat(2000)} end\n# TYPE escapes gauge\n`
      for (let i = 0; i < runs; i++) yield `escapes{id="${i}",v="${esc}"} 1\n`
    },
  }
}

async function freePort() {
  return await new Promise((res, rej) => {
    const s = createServer()
    s.on('error', rej)
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)) })
  })
}

function fetchText(url, timeoutMs) {
  return new Promise((res, rej) => {
    const req = get(url, { headers: { accept: 'text/plain;version=0.0.4' }, timeout: timeoutMs }, (r) => {
      const chunks = []
      r.on('data', (c) => chunks.push(c))
      r.on('end', () => (r.statusCode === 200 ? res(Buffer.concat(chunks)) : rej(new Error(`HTTP ${r.statusCode}`))))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', rej)
  })
}

/** A real node_exporter scrape: a running one on 127.0.0.1:9100, else one we start and stop. */
async function captureNodeExporter(out) {
  if (existsSync(out) && statSync(out).size > 0) return out
  try {
    const body = await fetchText('http://127.0.0.1:9100/metrics', 2000)
    if (body.includes('node_')) { writeFileSync(out, body); log('captured the node_exporter on 127.0.0.1:9100'); return out }
  } catch { /* not running: start one */ }
  if (!has('prometheus-node-exporter')) { log('prometheus-node-exporter not installed: amplified payload skipped'); return null }
  const port = await freePort()
  const child = spawn('prometheus-node-exporter', [`--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' })
  try {
    for (let i = 0; i < 100; i++) {
      try {
        const body = await fetchText(`http://127.0.0.1:${port}/metrics`, 2000)
        writeFileSync(out, body)
        log(`captured a node_exporter started on 127.0.0.1:${port} (stopped again)`)
        return out
      } catch { await new Promise((r) => setTimeout(r, 100)) }
    }
    log('node_exporter did not answer within 10 s: amplified payload skipped')
    return null
  } finally {
    child.kill()
  }
}

// ------------------------------------------------------------------ measuring
const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%e %M', 'true'], { stdio: 'ignore' }).status === 0

/**
 * Run argv with stdin from `stdinFile` (or nothing), in its own process group so that a time-out
 * kills the whole tree (GNU time and the tool under it): { wall s, rssKiB, status, stderrHead }.
 * Peak RSS comes from GNU time's %M when present, else from polling VmHWM in /proc/<pid>/status.
 */
function measure(argv, stdinFile, timeoutS) {
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore'
  const tf = join(OPTS.out, `.time-${process.pid}`)
  rmSync(tf, { force: true })
  const cmd = GNU_TIME ? ['/usr/bin/time', '-f', '%e %M', '-o', tf, ...argv] : argv
  return new Promise((res) => {
    const t0 = process.hrtime.bigint()
    const child = spawn(cmd[0], cmd.slice(1), { stdio: [stdin, 'ignore', 'pipe'], cwd: ROOT, detached: true })
    let hwm = 0
    let err = ''
    let timedOut = false
    child.stderr.on('data', (c) => { if (err.length < 300) err += c })
    const poll = GNU_TIME ? undefined : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        if (m) hwm = Math.max(hwm, Number(m[1]))
      } catch { /* exited */ }
    }, 10)
    const kill = setTimeout(() => {
      timedOut = true
      try { process.kill(-child.pid, 'SIGKILL') } catch { /* gone */ }
    }, timeoutS * 1000)
    child.on('error', (e) => { err += String(e) })
    child.on('close', (status) => {
      const wallHr = Number(process.hrtime.bigint() - t0) / 1e9
      clearInterval(poll)
      clearTimeout(kill)
      if (typeof stdin === 'number') closeSync(stdin)
      let wall = wallHr
      let rssKiB = hwm || NaN
      if (GNU_TIME && existsSync(tf)) {
        // GNU time may print "Command exited with non-zero status N" before the format line.
        const [e, m] = readFileSync(tf, 'utf8').trim().split('\n').pop().split(' ').map(Number)
        // %e has 10 ms resolution: the wall time is our own hrtime measurement around it.
        void e
        if (Number.isFinite(m)) rssKiB = m
        rmSync(tf, { force: true })
      }
      if (timedOut) wall = timeoutS
      res({ wall, rssKiB, status: timedOut ? 'timeout' : status, stderrHead: err.slice(0, 300) })
    })
  })
}

/** The better of two runs (either may be missing): the faster; one that ran out of time counts as the slowest. */
function faster(a, b) {
  if (!a) return b
  if (!b) return a
  if (a.status === 'timeout') return b
  if (b.status === 'timeout') return a
  return b.wall < a.wall ? b : a
}

async function best(argv, stdinFile, timeoutS, runs = OPTS.runs) {
  let b
  for (let i = 0; i < runs; i++) {
    const r = await measure(argv, stdinFile, timeoutS)
    if (r.status === 'timeout') return r
    if (!b || r.wall < b.wall) b = r
  }
  return b
}

function promgateArgv(file, node = RUNTIME.path) {
  if (OPTS.promgate) return OPTS.promgate.split(/\s+/).filter(Boolean).map((p) => p.replaceAll('{file}', file))
  if (existsSync(join(ROOT, 'dist/cli.js'))) return [node, join(ROOT, 'dist/cli.js'), 'metrics', file]
  return [node, '--import', 'tsx', join(ROOT, 'src/cli/index.ts'), 'metrics', file]
}

// ------------------------------------------------------------------ runtime
const nodeVersion = (path) => {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 })
  return r.status === 0 ? r.stdout.trim() : null
}

/**
 * The Node that runs promgate. GitHub runs the action on node24, so that is the runtime measured
 * first: --node, $PROMGATE_NODE24, a copy installed in bench-out/node24 by an earlier run, else one
 * installed there now (the `node` package from the npm registry); without one, this Node.
 */
function pickRuntime() {
  const candidates = [OPTS.node, process.env.PROMGATE_NODE24, join(OPTS.out, 'node24/node_modules/node/bin/node')].filter(Boolean)
  for (const path of candidates) {
    const v = nodeVersion(path)
    if (v && (path === OPTS.node || v.startsWith('v24.'))) return { path, version: v }
    if (path === OPTS.node) die(`--node ${path}: not a working node`)
  }
  if (!OPTS.promgate && !process.version.startsWith('v24.')) {
    log('installing Node 24 (the action\'s runtime) into bench-out/node24 with npm …')
    const dir = join(OPTS.out, 'node24')
    mkdirSync(dir, { recursive: true })
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n')
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', dir, 'node@24'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 })
    const path = join(dir, 'node_modules/node/bin/node')
    const v = r.status === 0 ? nodeVersion(path) : null
    if (v) return { path, version: v }
    log(`could not install Node 24 (${String(r.stderr ?? r.error ?? '').trim().split('\n').pop()}): promgate runs on ${process.version} only`)
  }
  return { path: process.execPath, version: process.version }
}

// ------------------------------------------------------------------ report
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—')
const mib = (kib) => kib / 1024

function table(rows) {
  const head = ['payload', 'MB', 'promgate s', 'promtool s', 'speedup ×', 'promgate MiB', 'promtool MiB', 'mem fraction', 'promgate MB/s', 'promtool MB/s', 'exit pg/pt']
  if (ALSO) head.push(`promgate s on ${ALSO.version}`, `speedup × on ${ALSO.version}`)
  const body = rows.map((r) => [
    r.name, fmt(r.mb, 1), (r.pg.status === 'timeout' ? '>' : '') + fmt(r.pg.wall),
    r.pt ? (r.pt.status === 'timeout' ? '>' : '') + fmt(r.pt.wall) : '—',
    r.pt ? (r.pt.status === 'timeout' ? '>' : '') + fmt(r.pt.wall / r.pg.wall, 1) : '—',
    fmt(mib(r.pg.rssKiB), 0), r.pt ? fmt(mib(r.pt.rssKiB), 0) : '—', r.pt ? fmt(r.pg.rssKiB / r.pt.rssKiB, 3) : '—',
    fmt(r.mb / r.pg.wall, 0), r.pt ? fmt(r.mb / r.pt.wall, 0) : '—', `${r.pg.status}/${r.pt ? r.pt.status : '—'}`,
    ...(ALSO ? [(r.also?.status === 'timeout' ? '>' : '') + fmt(r.also?.wall), r.pt && r.also ? (r.pt.status === 'timeout' ? '>' : '') + fmt(r.pt.wall / r.also.wall, 1) : '—'] : []),
  ])
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)))
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join(' | ') + ' |'
  return [line(head), '|' + w.map((x, i) => (i === 0 ? ':' : '') + '-'.repeat(x + 1) + (i === 0 ? '-' : ':')).join('|') + '|', ...body.map(line)].join('\n')
}

/**
 * Cost per MB across sizes, after subtracting the tool's start-up (time and RSS on a one-line
 * payload). What matters is growth: the verdict compares each larger payload's seconds-per-MB with
 * every smaller one's, and calls it linear while no larger payload costs over 1.5× more per MB. A cost
 * per MB that falls with size (JIT warm-up amortised) is linear or better, not a failure.
 */
function linearity(rows, pick, base) {
  const pts = rows.filter((r) => pick(r) && pick(r).status !== 'timeout').map((r) => ({
    name: r.name, mb: r.mb,
    spm: Math.max(pick(r).wall - base.wall, 1e-3) / r.mb,
    kpm: Math.max(pick(r).rssKiB - base.rssKiB, 0) / r.mb,
  }))
  if (pts.length < 2) return null
  const bySize = [...pts].sort((x, y) => x.mb - y.mb)
  let ratio = 0
  for (let i = 0; i < bySize.length; i++) {
    for (let j = i + 1; j < bySize.length; j++) ratio = Math.max(ratio, bySize[j].spm / bySize[i].spm)
  }
  return { pts, ratio }
}

// ------------------------------------------------------------------ config lint
/** A prometheus.yml with `jobs` scrape configs, each with targets, labels, basic auth and relabeling. */
function writeConfig(file, jobs) {
  if (existsSync(file)) return file
  const out = ['global:\n  scrape_interval: 30s\n  scrape_timeout: 10s\nscrape_configs:\n']
  for (let i = 0; i < jobs; i++) {
    out.push(`  - job_name: job-${i}
    metrics_path: /metrics
    scrape_interval: 15s
    static_configs:
      - targets: ['10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}:9100', 'host-${i}.example:9100']
        labels: {team: t${i % 17}, env: prod}
    relabel_configs:
      - source_labels: [__address__]
        regex: '([^:]+):\\d+'
        target_label: host
        replacement: '$1'
      - action: labeldrop
        regex: tmp_.*
`)
  }
  writeFileSync(file, out.join(''))
  return file
}

function lintArgv(file, node = RUNTIME.path) {
  const cli = existsSync(join(ROOT, 'dist/cli.js')) ? [join(ROOT, 'dist/cli.js')] : ['--import', 'tsx', join(ROOT, 'src/cli/index.ts')]
  return [node, ...cli, 'lint', file, '--syntax-only', '--prometheus-version', '2.42']
}

/** `promgate lint` vs `promtool check config --syntax-only` on the same generated configs. */
async function configBench(havePromtool) {
  const sizes = OPTS.quick ? [100, 1000] : [1000, 10000]
  const rows = []
  for (const jobs of sizes) {
    const file = writeConfig(join(OPTS.out, `config-${jobs}-jobs.yml`), jobs)
    log(`linting a ${jobs}-job config …`)
    const pg = await best(lintArgv(file), null, OPTS.timeout, Math.max(OPTS.runs, 3))
    const pt = havePromtool ? await best(['promtool', 'check', 'config', '--syntax-only', file], null, OPTS.timeout, Math.max(OPTS.runs, 3)) : null
    const also = ALSO ? await best(lintArgv(file, ALSO.path), null, OPTS.timeout, Math.max(OPTS.runs, 3)) : null
    if (pg.status !== 0) log(`  promgate lint exited ${pg.status}: ${pg.stderrHead.trim().slice(0, 160)}`)
    if (pt && pt.status !== 0) log(`  promtool exited ${pt.status}: ${pt.stderrHead.trim().slice(0, 160)}`)
    rows.push({ jobs, mb: statSync(file).size / 1e6, pg, pt, also })
  }
  const lines = ['', `promgate lint (on ${RUNTIME.version}) vs promtool check config --syntax-only (best of ${Math.max(OPTS.runs, 3)}):`, '',
    '| config | MB | promgate s | promtool s | speedup × | promgate MiB | promtool MiB | exit pg/pt |' + (ALSO ? ` promgate s on ${ALSO.version} | speedup × on ${ALSO.version} |` : ''),
    '|:--|--:|--:|--:|--:|--:|--:|--:|' + (ALSO ? '--:|--:|' : '')]
  for (const r of rows) {
    lines.push(`| ${r.jobs} jobs | ${fmt(r.mb, 1)} | ${fmt(r.pg.wall)} | ${r.pt ? fmt(r.pt.wall) : '—'} | ${r.pt ? fmt(r.pt.wall / r.pg.wall, 2) : '—'} | ` +
      `${fmt(mib(r.pg.rssKiB), 0)} | ${r.pt ? fmt(mib(r.pt.rssKiB), 0) : '—'} | ${r.pg.status}/${r.pt ? r.pt.status : '—'} |` +
      (ALSO ? ` ${fmt(r.also.wall)} | ${r.pt ? fmt(r.pt.wall / r.also.wall, 2) : '—'} |` : ''))
  }
  const big = rows[rows.length - 1]
  if (big.pt) {
    lines.push(`goal on ${big.jobs} jobs (lint faster than promtool): ${fmt(big.pt.wall / big.pg.wall, 2)}× ${big.pg.wall < big.pt.wall ? 'MET' : 'MISSED'}`)
    // The margin that holds on a noisy machine: promgate in at most 0.6 of promtool's wall time.
    const share = big.pg.wall / big.pt.wall
    lines.push(`margin on ${big.jobs} jobs (promgate <= 0.6 of promtool's wall time): ${fmt(share, 2)} ${share <= 0.6 ? 'MET' : 'MISSED'}`)
  }
  return { lines, rows }
}

// ------------------------------------------------------------------ main
const OPTS = parseArgs(process.argv.slice(2))
mkdirSync(OPTS.out, { recursive: true })
const RUNTIME = pickRuntime()
/** This Node, when promgate's runtime is another: promgate runs on both (a user's CLI may be either). */
const ALSO = !OPTS.promgate && RUNTIME.path !== process.execPath ? { path: process.execPath, version: process.version } : null

async function main() {
  log(`promgate runs on ${RUNTIME.version} (${RUNTIME.path})${ALSO ? `, and also on ${ALSO.version}` : ''}`)
  if (!existsSync(GEN)) die(`generator not found at ${GEN}`)
  const havePromtool = OPTS.promtool && has('promtool')
  if (OPTS.promtool && !havePromtool) log('promtool not installed: promgate only (apt-get install -y prometheus)')
  if (!GNU_TIME) log('GNU time not found: measuring by polling /proc/<pid>/status (apt-get install -y time for exact peaks)')
  if (!OPTS.promgate && !existsSync(join(ROOT, 'dist/cli.js'))) log('dist/cli.js not built: running src/cli/index.ts through tsx (slower start-up; run npm run build first)')

  if (OPTS.configOnly) {
    const config = await configBench(havePromtool)
    process.stdout.write(config.lines.join('\n') + '\n')
    return
  }
  const payloads = []
  for (const s of OPTS.sizes) {
    payloads.push({ name: `synthetic ${s}`, group: 'synthetic', file: generate(join(OPTS.out, `synthetic-${s}.prom`), ['--size', s], `synthetic ${s}`) })
  }
  if (OPTS.amplifySize !== '0') {
    const scrape = await captureNodeExporter(join(OPTS.out, 'node-exporter.prom'))
    if (scrape) {
      payloads.push({ name: `node_exporter ×amplify ${OPTS.amplifySize}`, group: 'amplified',
        file: generate(join(OPTS.out, `node-amplified-${OPTS.amplifySize}.prom`), ['--amplify', scrape, '--size', OPTS.amplifySize], 'amplified node_exporter') })
    }
  }
  if (OPTS.adversarial) {
    const scales = OPTS.quick ? [0.05, 0.1] : [0.5, 1]
    for (const scale of scales) {
      for (const [name, gen] of Object.entries(adversarial(scale))) {
        const file = join(OPTS.out, `adv-${name}-x${scale}.prom`)
        if (!existsSync(file)) log(`generating adversarial ${name} ×${scale} …`)
        payloads.push({ name: `${name} ×${scale}`, group: `adv ${name}`, file: await writeStream(file, gen()) })
      }
    }
  }

  // Start-up cost of each tool, on a one-line payload: subtracted in the linearity check.
  const tiny = await writeStream(join(OPTS.out, 'tiny.prom'), ['# HELP up Up.\n# TYPE up gauge\nup 1\n'])
  const base = {
    pg: await best(promgateArgv(tiny), null, 60, 3),
    pt: havePromtool ? await best(['promtool', 'check', 'metrics'], tiny, 60, 3) : null,
  }
  log(`start-up: promgate ${fmt(base.pg.wall)} s / ${fmt(mib(base.pg.rssKiB), 0)} MiB` +
    (base.pt ? `, promtool ${fmt(base.pt.wall)} s / ${fmt(mib(base.pt.rssKiB), 0)} MiB` : ''))

  const rows = []
  for (const p of payloads) {
    const mb = statSync(p.file).size / 1e6
    log(`running ${p.name} (${mb.toFixed(1)} MB) …`)
    // Runs alternate between the tools (promgate, promtool, promgate on this Node, then again), so that a
    // slow spell of the shared machine falls on all of them, not on one tool's runs; the best of each is kept.
    const ptTimeout = p.group.startsWith('adv') ? OPTS.promtoolTimeout : OPTS.timeout
    let pg, pt = null, also = null
    for (let i = 0; i < OPTS.runs; i++) {
      pg = faster(pg, await measure(promgateArgv(p.file), null, OPTS.timeout))
      // a promtool that ran out of time once is not run again (on the adversarial payloads it is quadratic)
      if (havePromtool && pt?.status !== 'timeout') pt = faster(pt, await measure(['promtool', 'check', 'metrics'], p.file, ptTimeout))
      if (ALSO) also = faster(also, await measure(promgateArgv(p.file, ALSO.path), null, OPTS.timeout))
    }
    // promgate exits 0 (clean) or 1 (findings); 2 is a usage/internal error.
    if (pg.status !== 0 && pg.status !== 1) log(`  promgate exited ${pg.status}: ${pg.stderrHead.trim()}`)
    if (pt?.status === 'timeout') log(`  promtool still running after ${pt.wall} s: stopped (the ratio is a lower bound)`)
    // promtool exits 0 (clean), 3 (lint problems only) or 1 (parse error).
    if (pt && pt.status === 1) log(`  promtool rejected it (exit 1): ${pt.stderrHead.trim().slice(0, 160)}`)
    rows.push({ ...p, mb, pg, pt, also })
  }

  const out = []
  out.push(`promgate metrics (on ${OPTS.promgate ? 'the --promgate command' : `Node ${RUNTIME.version}`}) vs promtool check metrics — ${new Date().toISOString()}, ${OPTS.runs} run(s) each, best kept, ${GNU_TIME ? 'GNU time' : '/proc VmHWM polling'}`)
  out.push('')
  out.push(table(rows))
  out.push('')
  out.push('speedup × = promtool time / promgate time (goal ≥ 6); mem fraction = promgate peak RSS / promtool peak RSS (goal ≤ 0.25).')
  out.push('exit codes: promgate 0 clean, 1 findings, 2 error; promtool 0 clean, 3 lint problems, 1 parse error.')
  for (const r of rows.filter((x) => x.pt && (x.group === 'amplified' || x.name === 'synthetic 100MB'))) {
    const speed = r.pt.wall / r.pg.wall
    const mem = r.pg.rssKiB / r.pt.rssKiB
    out.push(`goal on ${r.name}: speedup ${fmt(speed, 1)}× ${speed >= 6 ? 'MET' : 'MISSED'}, memory ${fmt(mem, 3)} ${mem <= 0.25 ? 'MET' : 'MISSED'}` +
      (r.also ? ` (on ${ALSO.version}: speedup ${fmt(r.pt.wall / r.also.wall, 1)}×, memory ${fmt(r.also.rssKiB / r.pt.rssKiB, 3)})` : ''))
  }
  out.push('')
  if (OPTS.quick) out.push('(--quick: payloads this small are dominated by start-up and noise; the linearity verdicts below mean little)')
  out.push(`Linearity (cost per MB after start-up: promgate ${fmt(base.pg.wall)} s / ${fmt(mib(base.pg.rssKiB), 0)} MiB` +
    (base.pt ? `, promtool ${fmt(base.pt.wall)} s / ${fmt(mib(base.pt.rssKiB), 0)} MiB` : '') + '; linear when no larger payload costs > 1.5× more per MB than a smaller one):')
  const groups = [...new Set(rows.map((r) => r.group))]
  for (const g of groups) {
    const rs = rows.filter((r) => r.group === g)
    for (const [tool, pick, b] of [['promgate', (r) => r.pg, base.pg], ['promtool', (r) => r.pt, base.pt]]) {
      if (!b) continue
      const l = linearity(rs, pick, b)
      if (!l) continue
      const pts = l.pts.map((p) => `${fmt(p.mb, 1)} MB: ${fmt(p.spm * 1000, 1)} ms/MB, ${fmt(p.kpm / 1024, 1)} MiB/MB`).join('; ')
      out.push(`  ${g.padEnd(22)} ${tool.padEnd(8)} ${pts} → ratio ${fmt(l.ratio)} ${l.ratio < 1.5 ? 'linear' : 'NOT linear'}`)
    }
  }
  const config = OPTS.config ? await configBench(havePromtool) : { lines: [], rows: [] }
  out.push(...config.lines)
  process.stdout.write(out.join('\n') + '\n')
  writeFileSync(join(OPTS.out, 'results.json'), JSON.stringify({ date: new Date().toISOString(), gnuTime: GNU_TIME, runtime: RUNTIME, also: ALSO, startup: base, rows: rows.map(({ name, group, file, mb, pg, pt, also }) => ({ name, group, file, mb, promgate: pg, promtool: pt, promgateAlso: also })), config: config.rows }, null, 2))
  log(`results also in ${join(OPTS.out, 'results.json')}`)
}

await main()
