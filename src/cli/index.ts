// Entry of the promgate CLI (dist/cli.js): turns on the compile cache where Node has one, then calls main().
import module from 'node:module'
import { main } from './main.js'

// Node >= 22.1: keep V8's compiled code of the modules loaded from here on (the gate, the config
// stage, the YAML parser) on disk, so the next run skips compiling them. A no-op where absent.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env })
