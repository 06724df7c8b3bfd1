#!/usr/bin/env node
import { runCli } from './cli.js';

// Whatever escapes runCli (an error thrown from a stream's callback) is still one line, not a
// stack trace; PGFORGE_DEBUG shows the stack.
const last = (e: unknown): void => {
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`error: ${err.message}\n`);
  if (process.env.PGFORGE_DEBUG) process.stderr.write(`${err.stack ?? ''}\n`);
  process.exit(1);
};
process.on('uncaughtException', last);
process.on('unhandledRejection', last);

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  },
  process.env,
);
