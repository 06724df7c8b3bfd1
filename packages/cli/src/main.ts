#!/usr/bin/env node
import { runCli } from './cli.js';

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  },
  process.env,
);
