#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/main.js';

// A policy of this process, so set here and not by the library: each JavaScript heap (the build's
// worker threads have one each) may grow to three times what survived its last full collection,
// where V8 otherwise lets a heap of small live size grow to about four times. A build worker
// keeps about 32 MB alive; measured here on 300 modules in every format, the workers' heaps
// peaked at 96-103 MB instead of 124 MB, the build's at 431-441 MB instead of 469-491 MB, in
// 52-54 s against 49-52 s. Twice (100) cost a fifth more time; V8 reads the flag at each
// collection, so it also holds for the worker threads started after this line.
setFlagsFromString('--heap-growing-percent=200');

process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
