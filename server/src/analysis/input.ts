/**
 * Turning a file's bytes into article text, or a reason why it cannot be one.
 *
 * The rules follow what prose linters do (Harper's `maxFileLength`, cSpell's `checkLimit`): a size
 * cap, no binary files, and a clear message instead of a crash or garbage diagnostics.
 */
import type { SkipReason } from './types';

/** Files larger than this many bytes are not read at all. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Either the decoded text or why the file was skipped. */
export type DecodeResult = { ok: true; text: string; notes: string[] } | { ok: false; reason: SkipReason };

/**
 * Decodes UTF-8 bytes (BOM removed, line endings untouched). Rejects empty, binary, oversized and
 * invalid UTF-8 input with a reason a user can act on.
 */
export function decodeArticleBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodeResult {
  const tooLarge = sizeCheck(bytes.length, maxBytes);
  if (tooLarge) return tooLarge;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (sample.includes(0)) return skip('binary', 'File looks binary (it contains NUL bytes); it was not analysed.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return skip('invalid-encoding', 'File is not valid UTF-8; re-save it as UTF-8 to analyse it.');
  }
  // TextDecoder strips the BOM by default (ignoreBOM: false), which is what the report schema wants.
  return checkText(text);
}

/**
 * The skip result for a file of `size` bytes above `maxBytes`, or undefined when it fits. Callers
 * that can stat a file check this first, so a huge file is never read into memory.
 */
export function sizeCheck(size: number, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodeResult | undefined {
  if (size <= maxBytes) return undefined;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return skip('too-large', `File is ${mb(size)} MB, above the ${mb(maxBytes)} MB limit (setting crosscheck.maxFileSizeMB); it was not analysed.`);
}

/** Checks already-decoded text (an open editor buffer) for the same conditions. */
export function checkText(text: string): DecodeResult {
  if (text.trim().length === 0) return skip('empty', 'File is empty; there is nothing to analyse.');
  if (text.includes('\u0000')) return skip('binary', 'Text contains NUL characters; it was not analysed.');
  const notes: string[] = [];
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, notes };
}

function skip(code: SkipReason['code'], message: string): DecodeResult {
  return { ok: false, reason: { code, message } };
}
