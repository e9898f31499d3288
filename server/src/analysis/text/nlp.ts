/**
 * Tokens and sentence boundaries from wink-nlp, with UTF-16 offsets into the original text.
 *
 * wink-nlp keeps every character of its input (tokens plus their preceding whitespace rebuild the
 * text exactly), so offsets are recovered by walking the tokens. The model loads once per process
 * (about 70 ms) and reads about 2 MB of text per second on one core.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../types';

/** One token with its offsets and the model's part of speech and lemma. */
export interface Token extends Span {
  text: string;
  /** Universal POS tag: PROPN, NOUN, VERB, NUM, PUNCT, SPACE... */
  pos: string;
  /** Lower-case lemma ("said" -> "say"). */
  lemma: string;
}

/** The tokens of a text and the sentence spans the model found, in order. */
export interface TokenizedText {
  tokens: Token[];
  /** Sentences as token index ranges [first, last] inclusive. */
  sentenceTokens: Array<[number, number]>;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

function loadModel(): ReturnType<typeof winkNLP> {
  // Only the sentence boundary and part-of-speech pipes: wink's own NER and sentiment are not used.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Runs of non-space characters longer than this are not words (URLs, base64, ASCII art). */
export const MAX_TOKEN_LENGTH = 64;
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN_LENGTH + 1},}`, 'gu');

/**
 * Blanks out runs of non-space characters longer than `MAX_TOKEN_LENGTH`, keeping the length so
 * offsets stay valid. wink-nlp's tokenizer is superlinear in a token's length (200,000 characters
 * without a space take tens of seconds), and such runs are never names or claims.
 */
export function maskLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => ' '.repeat(run.length));
}

/** Tokenises `text` and finds its sentences. Pure and deterministic. */
export function tokenize(text: string): TokenizedText {
  const engine = loadModel();
  const its = engine.its;
  const doc = engine.readDoc(maskLongRuns(text));
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  // wink's typings do not list lemma among token properties, though the model provides it.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const value = values[i];
    // Guard against any normalisation by the tokenizer: re-find the token in the text if needed.
    if (text.startsWith(value, offset) === false) {
      const found = text.indexOf(value, offset);
      if (found >= 0) offset = found;
    }
    out.push({ start: offset, end: offset + value.length, text: value, pos: tags[i], lemma: (lemmas[i] ?? value).toLowerCase() });
    offset += value.length;
  }
  const sentenceTokens: Array<[number, number]> = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const span = s.out(its.span) as unknown as [number, number];
    sentenceTokens.push([span[0], span[1]]);
  });
  return { tokens: out, sentenceTokens };
}
