/**
 * MinHash signatures and banded locality-sensitive hashing: documents whose shingle sets are
 * similar land in a shared bucket with high probability, so near-duplicates are found without
 * comparing every pair of documents.
 */

/** Hash functions per signature. */
export const SIGNATURE_SIZE = 60;
/** Rows per band: with 20 bands of 3 rows, pairs above about 0.35 Jaccard usually meet. */
export const BAND_ROWS = 3;

/** Fixed seeds so that results are deterministic. */
const SEEDS: Uint32Array = (() => {
  const out = new Uint32Array(SIGNATURE_SIZE * 2);
  let x = 0x9e3779b9;
  for (let i = 0; i < out.length; i++) {
    // xorshift32
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x >>> 0;
  }
  return out;
})();

/** Mixes a 32-bit value with a seed (a multiply-xorshift permutation). */
function mix(v: number, a: number, b: number): number {
  let h = Math.imul(v ^ a, 0x85ebca6b) + b;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MinHash signature of a set of hashed shingles. */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    const a = SEEDS[2 * k];
    const b = SEEDS[2 * k + 1];
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const h = mix(shingles[i], a, b);
      if (h < min) min = h;
    }
    sig[k] = min;
  }
  return sig;
}

/** Bucket keys of a signature, one per band. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band * BAND_ROWS < sig.length; band++) {
    const rows = sig.subarray(band * BAND_ROWS, (band + 1) * BAND_ROWS);
    keys.push(`${band}:${Array.from(rows).join(',')}`);
  }
  return keys;
}
