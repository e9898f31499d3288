/**
 * `crosscheck export --format claimreview|w3c <paths>`: exports user annotations (issue 5).
 */
import type { CliStreams } from './run';
import { UsageError } from './files';

/** STUB (issue 5 replaces it). Resolves to the exit code. */
export async function runExport(_argv: string[], _io: CliStreams): Promise<number> {
  throw new UsageError('export is not available yet');
}
