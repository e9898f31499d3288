/**
 * Claim detection on test-fixtures/claims/mayor-trial.txt (a fictional court case): facts with
 * numbers, dates, titles and attributed quotes are claims; headings, a section label, a question,
 * a teaser, speculation and opinion are not; a long sentence splits at its semicolon.
 */
import assert from 'node:assert/strict';
import { detectClaims } from '../../../src/analysis/claims/detectClaims';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { tokenize } from '../../../src/analysis/text/nlp';
import { splitSentences } from '../../../src/analysis/text/sentences';
import { DEFAULT_ANALYSIS_OPTIONS, type Claim } from '../../../src/analysis/types';
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

  it('does not end a sentence inside a time written with a full stop ("1.15pm", "11.40 CET")', () => {
    const text = 'The fire was out at 1.15pm BST. The snow came down at 11.40 CET on the upper run.';
    assert.deepEqual(splitSentences(text, tokenize(text), []).map((s) => s.text), ['The fire was out at 1.15pm BST.', 'The snow came down at 11.40 CET on the upper run.']);
  });
  it('does not crash on odd input', () => {
    for (const odd of ['', '   \n\n', '👋 🎉', 'مرحبا بالعالم. שלום עולם.', 'One line\r\nTwo lines;\r\n', 'word '.repeat(5000)]) {
      const tokenized = tokenize(odd);
      const sentences = splitSentences(odd, tokenized, []);
      assert.doesNotThrow(() => detectClaims(odd, sentences, [], [], 0.5, tokenized.tokens));
    }
  });
});

/**
 * Completed and negated events without names or numbers, existential counts and ordinals are
 * claims; predictions, prescriptions, evaluative frames, open questions and labelled analysis are
 * not (test-fixtures/claims/opinion-and-events.txt, a fictional factory fire).
 */
describe('claims: events versus opinion (opinion-and-events.txt)', () => {
  const text = fixture('claims/opinion-and-events.txt');
  const { claims } = runStages(text, { Ostrava: 'GPE' });
  const claimAt = (needle: string): Claim | undefined => {
    const at = text.indexOf(needle);
    assert.notEqual(at, -1, `fixture lacks "${needle}"`);
    return claims.find((c) => c.start <= at && at < c.end);
  };

  it('reports completed actions and negated ones, with no name or number in them', () => {
    for (const sentence of [
      'Fire crews evacuated the workers through the loading bays.',
      'Neither owner has been charged.',
      'The damaged machines have not been replaced.',
    ]) {
      assert.equal(claimAt(sentence)?.text, sentence);
    }
  });

  it('reports a short whole sentence of a completed action, but not a short fragment or a short hedge', () => {
    assert.equal(claimAt('Three firefighters were hurt.')?.text, 'Three firefighters were hurt.');
    assert.equal(claimAt('No doors were locked.')?.text, 'No doors were locked.');
    assert.equal(claimAt('Smoke over the river'), undefined);
    assert.equal(claimAt('It might spread.'), undefined);
  });

  it('reports a refusal to comment as an attributed statement', () => {
    const c = claimAt('The company declined to comment');
    assert.ok(c?.cues.includes('attribution'), JSON.stringify(c));
  });

  it('reports an existential count and an ordinal comparison', () => {
    assert.ok(claimAt('There were 86 people inside the building.')?.cues.includes('number'));
    assert.ok(claimAt('It is the third fire at an industrial site')?.cues.includes('comparison'));
  });

  it('does not let a hedge in a trailing ", meaning ..." clause sink the main clause', () => {
    assert.ok(claimAt('Neither of the two unions is expected to call a strike'));
  });

  it("leaves out sentences framed in the writer's own voice, whatever names, dates and numbers they hold", () => {
    for (const sentence of [
      'Anyone who has worked a night shift at Ostrava in January will know',
      'Surely it is time the owners published the 2031 safety audit.',
      'Questions will now be asked about why the sprinklers failed in 2030 as well.',
      'But it would be a mistake to read too much into one fire in Ostrava.',
      'What a winter it has been for the Ostrava plant.',
      "Nobody in Ostrava is holding their breath for the inspectors' report.",
      'Expect the insurers to fight every claim in court.',
      "Few jobs are as thankless as a night watchman's in February.",
      'Surely the 300 workers deserve an answer by Friday.',
    ]) {
      assert.equal(claimAt(sentence), undefined, `"${sentence}" should not be a claim`);
    }
  });

  it('leaves out predictions, prescriptions, evaluative frames, open questions and labelled analysis', () => {
    for (const sentence of [
      'This fire will not be the last of its kind.',
      'The region cannot keep pretending that old factories are safe.',
      "It is hard to think of a worse week for the town's workers.",
      'Whether the plant can reopen at all is another matter.',
      'Workers will be asking how safe their jobs really are.',
      'Analysis: it is a heavy blow, and the first test of the new owners will come in 2032.',
      "The fire has grown into a symbol of the town's decline.",
    ]) {
      assert.equal(claimAt(sentence), undefined, `flagged: ${sentence}`);
    }
  });
});

describe('claims: a long headline', () => {
  it('takes the page\'s headline line for a heading however many words it runs to, and makes no claim of it', () => {
    const page = [
      'HALDEN TODAY - News of Halden and the valley',
      '',
      'COURTS / CITY HALL',
      '',
      'Jury in Halden convicts former mayor Erik Lund of taking bribes from the Nordbygg firm over the harbour contract: 4 years',
      '',
      'A jury in Halden convicted former mayor Erik Lund on Tuesday of taking 2 million crowns in bribes from Nordbygg.',
    ].join('\n');
    const doc = analyzeDocument('h.txt', page, DEFAULT_ANALYSIS_OPTIONS);
    const headline = doc.sentences.find((x) => x.text.startsWith('Jury in Halden'));
    assert.ok(headline?.heading, JSON.stringify(doc.sentences.map((x) => [x.text, x.heading])));
    assert.ok(!doc.claims.some((c) => c.text.startsWith('Jury in Halden')));
    assert.ok(doc.claims.some((c) => c.text.startsWith('A jury in Halden')));
  });
});

