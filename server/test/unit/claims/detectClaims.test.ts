/**
 * Claim detection on test-fixtures/claims/mayor-trial.txt (a fictional court case): facts with
 * numbers, dates, titles and attributed quotes are claims; headings, a section label, a question,
 * a teaser, speculation and opinion are not; a long sentence splits at its semicolon.
 */
import assert from 'node:assert/strict';
import { detectClaims } from '../../../src/analysis/claims/detectClaims';
import { tokenize } from '../../../src/analysis/text/nlp';
import { splitSentences } from '../../../src/analysis/text/sentences';
import type { Claim } from '../../../src/analysis/types';
import { fixture, runStages } from '../quotes/helpers';

const NAMES = {
  Halden: 'GPE',
  'Erik Lund': 'PERSON',
  Lund: 'PERSON',
  'Anna Berg': 'PERSON',
  'Jonas Vik': 'PERSON',
  'Petra Holm': 'PERSON',
  Nordbygg: 'ORG',
} as const;

describe('claims: detectClaims', () => {
  const text = fixture('claims/mayor-trial.txt');
  const { claims } = runStages(text, { ...NAMES });
  const claimAt = (needle: string): Claim | undefined => {
    const at = text.indexOf(needle);
    assert.notEqual(at, -1, `fixture lacks "${needle}"`);
    return claims.find((c) => c.start <= at && at < c.end);
  };

  it('reports a sentence with an actor, an amount and dates, with those cues', () => {
    const c = claimAt('A jury in Halden convicted');
    assert.ok(c);
    assert.equal(c.text, text.slice(c.start, c.end));
    assert.ok(c.text.endsWith('between 2024 and 2026.'));
    for (const cue of ['number', 'date', 'event'] as const) assert.ok(c.cues.includes(cue), `${cue} in ${c.cues}`);
    assert.ok(c.score >= 0.5 && c.score <= 1);
  });

  it('reports attributed statements and quotations', () => {
    assert.ok(claimAt('will be sentenced on June 12')?.cues.includes('attribution'));
    const quote = claimAt('The evidence was overwhelming');
    assert.ok(quote?.cues.includes('quote'));
  });

  it('reports comparisons and superlatives', () => {
    assert.ok(claimAt('the most in any corruption case')?.cues.includes('comparison'));
  });

  it('leaves out headings, labels, questions, teasers, speculation and opinion', () => {
    for (const line of [
      'Courts',
      'Jury convicts former mayor in bribery trial',
      'Was justice finally served?',
      'What the verdict means for the city',
      'The verdict could change how the city awards contracts',
      'It is a sad day for everyone.',
      'Find out what happens next!',
      'I think the city deserves better.',
    ]) {
      assert.equal(claimAt(line), undefined, `"${line}" should not be a claim`);
    }
  });

  it('splits a long sentence at its semicolon into two claims with their own keys', () => {
    const first = claimAt('would appeal the verdict');
    const second = claimAt('has denied any wrongdoing');
    assert.ok(first && second);
    assert.notEqual(first.key, second.key);
    assert.match(first.key, /^c\d+\.1$/u);
    assert.match(second.key, /^c\d+\.2$/u);
    assert.ok(first.text.endsWith('allowed by law'));
    assert.ok(second.text.startsWith('the construction firm, Nordbygg'));
  });

  it('keeps keys unique and claims in text order', () => {
    assert.equal(new Set(claims.map((c) => c.key)).size, claims.length);
    for (let i = 1; i < claims.length; i++) assert.ok(claims[i - 1].end <= claims[i].start);
  });

  it('applies the threshold', () => {
    const strict = runStages(text, { ...NAMES }, 0.99).claims;
    assert.ok(strict.length < claims.length);
    assert.ok(strict.every((c) => c.score >= 0.99));
  });

  it('finds claims without any name mentions (entity stage not ready)', () => {
    const bare = runStages(text).claims;
    const at = text.indexOf('A jury in Halden');
    assert.ok(bare.some((c) => c.start <= at && at < c.end));
  });

  it('does not crash on odd input', () => {
    for (const odd of ['', '   \n\n', '👋 🎉', 'مرحبا بالعالم. שלום עולם.', 'One line\r\nTwo lines;\r\n', 'word '.repeat(5000)]) {
      const tokenized = tokenize(odd);
      const sentences = splitSentences(odd, tokenized, []);
      assert.doesNotThrow(() => detectClaims(odd, sentences, [], [], 0.5, tokenized.tokens));
    }
  });
});
