#!/usr/bin/env node
/**
 * The command-line front end: the same analysis core as the language server, for batch runs
 * and CI. Output goes to stdout; messages and errors go to stderr.
 *
 * Exit codes: 0 success, 1 when --fail-on found something, 2 usage or input errors.
 */
import { runCli } from './run';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    process.stderr.write(`crosscheck: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 3;
  });
