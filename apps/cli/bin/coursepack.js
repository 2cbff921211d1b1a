#!/usr/bin/env node
import { exitWhenOutputCloses } from '../dist/exit-when-output-closes.js';
import { main } from '../dist/main.js';

exitWhenOutputCloses([process.stdout, process.stderr], (code) => process.exit(code));
process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
