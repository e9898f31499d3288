/**
 * Command-line parsing shared by the CLI's commands, so that every command reports a malformed
 * command line the same way (a UsageError: message, usage text, exit code 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './files';

/** Parses a command's options and positional arguments; unknown or malformed options throw a UsageError. */
export function parseCommandArgs<const T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs<{ args: string[]; allowPositionals: true; options: T }>({ args: argv, allowPositionals: true, options });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
