#!/usr/bin/env node
import { enableCompileCache } from '@pgforge/startup';

// Node's compile cache first (@pgforge/startup): the CLI's code, imported after it, is not
// compiled again on a later start.
enableCompileCache();

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

const { runCli } = await import('./cli.js');
process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  },
  process.env,
);
