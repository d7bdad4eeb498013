/**
 * The scrape stage passes the target's real labels and honor_labels to the validator: a static
 * label counts toward label_limit as Prometheus counts it. Real server on 127.0.0.1, real validator.
 */
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scrapeTarget } from '../../src/scrape/scrape-target.js'
import { resolveTargets } from '../../src/targets/resolve-targets.js'
import type { ScrapeJob } from '../../src/config/model.js'
import { makeJob } from '../targets/helpers.js'
import { httpServer, type Running } from './fixtures.js'

const PAYLOAD = '# HELP a A.\n# TYPE a gauge\na{x="1"} 1\n# HELP b B.\n# TYPE b gauge\nb{x="1",y="2"} 1\n'
/** Exposes its own team label: 2 labels + __name__ + job, instance (+ team unless honor_labels lets the exposed one win). */
const TEAM = '# HELP c C.\n# TYPE c gauge\nc{team="web",y="1"} 1\n'
let ws: string
let server: Running
before(async () => {
  ws = realpathSync(mkdtempSync(join(tmpdir(), 'promgate-scrape-limits-')))
  server = await httpServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    res.end(req.url === '/team' ? TEAM : PAYLOAD)
  })
})
after(async () => {
  await server.close()
  rmSync(ws, { recursive: true, force: true })
})

async function scrape(job: Partial<ScrapeJob> & { labels?: Record<string, string> }) {
  const j = makeJob({ targets: [`127.0.0.1:${server.port}`], ...job })
  const { targets } = resolveTargets(j, { configDir: ws, workspace: ws, prometheusVersion: '3.5' })
  assert.equal(targets.length, 1, 'fixture target resolves')
  return scrapeTarget(targets[0]!, j, { allow: [], prometheusVersion: '3.5', configDir: ws, workspace: ws })
}

test('a static label pushes a sample over label_limit: b has 2 labels + __name__ + job, instance, team = 6 > 5', { timeout: 20_000 }, async () => {
  // without the static label: 5, at the limit
  const plain = await scrape({ labelLimit: 5 })
  assert.deepEqual(plain.findings, [])
  assert.equal(plain.ok, true)

  const outcome = await scrape({ labelLimit: 5, labels: { team: 'payments' } })
  assert.deepEqual(outcome.findings.map((f) => f.rule), ['exposition/label-limit-exceeded'])
  const f = outcome.findings[0]!
  assert.match(f.message, /this sample has 6 labels once Prometheus adds the target's: 2 of its own, __name__, and 3 target label\(s\) \(instance, job, team\); label_limit is 5/)
  assert.deepEqual(f.verdict, { kind: 'scrape-fails' })
  assert.equal(f.payload?.line, 6)
  assert.equal(f.scrape?.layer, 'format')
  assert.equal(outcome.ok, false)
  assert.doesNotMatch(f.message, /metric_relabel_configs/)
})

test('honor_labels: true, and a long instance value; metric_relabel_configs are named as an assumption', { timeout: 20_000 }, async () => {
  // honor_labels: false keeps the exposed team as exported_team: 6 > 5; true lets it replace the target's: 5
  const kept = await scrape({ labelLimit: 5, labels: { team: 'payments' }, metricsPath: '/team' })
  assert.deepEqual(kept.findings.map((f) => f.rule), ['exposition/label-limit-exceeded'])
  const honored = await scrape({ labelLimit: 5, labels: { team: 'payments' }, metricsPath: '/team', honorLabels: true })
  assert.deepEqual(honored.findings, [])
  assert.equal(honored.ok, true)

  // instance = "127.0.0.1:<port>" is at least 14 bytes
  const long = await scrape({ labelValueLengthLimit: 13 })
  assert.deepEqual(long.findings.map((f) => f.rule), ['exposition/label-value-length-limit-exceeded'])
  assert.match(long.findings[0]!.message, /target label "instance" \(set from the target address\) has a value of \d+ bytes; label_value_length_limit is 13/)

  const relabeled = await scrape({
    labelLimit: 5,
    labels: { team: 'payments' },
    metricRelabelConfigs: [{ sourceLabels: [], separator: ';', regex: 'y', replacement: '$1', action: 'labeldrop', span: makeJob().span }],
  })
  assert.deepEqual(relabeled.findings.map((f) => f.rule), ['exposition/label-limit-exceeded'])
  assert.match(relabeled.findings[0]!.message, /assuming the job's metric_relabel_configs change nothing/)
})
