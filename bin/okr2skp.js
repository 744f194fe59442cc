#!/usr/bin/env node
// Shim: the CLI lives in src/cli/main.ts (compiled to dist/). Keep this file free of logic.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
