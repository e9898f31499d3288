/**
 * Quote attribution on test-fixtures/quotes/cargo-crash.txt (a fictional air crash): speakers
 * before and after the quotation, "he said" resolved to the last person named as a speaker,
 * "according to", quotations over two sentences and two paragraphs, curly and straight marks,
 * and scare quotes left without a speaker.
 */
import assert from 'node:assert/strict';
import { findQuotes } from '../../../src/analysis/quotes/findQuotes';
import { findQuotedPassages } from '../../../src/analysis/quotes/quoteMarks';
import { tokenize } from '../../../src/analysis/text/nlp';
import { splitSentences } from '../../../src/analysis/text/sentences';
import type { Quote } from '../../../src/analysis/types';
import { fixture, mentionsFor, runStages } from './helpers';

const NAMES = {
  'Maria Keller': 'PERSON',
  Keller: 'PERSON',
  'Tomas Brandt': 'PERSON',
  Brandt: 'PERSON',
  'Lena Ostrova': 'PERSON',
  Linden: 'GPE',
  Bonn: 'GPE',
} as const;

function quoteStarting(quotes: readonly Quote[], prefix: string): Quote {
  const q = quotes.find((x) => x.inner.startsWith(prefix));
  assert.ok(q, `no quote starting "${prefix}" among ${JSON.stringify(quotes.map((x) => x.inner))}`);
  return q;
}

describe('quotes: findQuotes', () => {
  const text = fixture('quotes/cargo-crash.txt');
  const { quotes } = runStages(text, { ...NAMES });
  const spoken = (q: Quote) => (q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : undefined);

  it('attributes "X said: ..." to the name before the verb', () => {
    const q = quoteStarting(quotes, 'The aircraft lost contact');
    assert.equal(q.speaker, 'Maria Keller');
    assert.equal(spoken(q), 'Maria Keller');
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.text.startsWith('“') && q.text.endsWith('”'));
  });

  it('attributes a straight-quoted passage over two sentences to "said investigator X" after it', () => {
    const q = quoteStarting(quotes, 'We have recovered both flight recorders.');
    assert.ok(q.inner.endsWith('next week,'), q.inner);
    assert.equal(q.speaker, 'Tomas Brandt');
  });

  it('resolves "he said" to the last person named as a speaker, not the last person named', () => {
    const q = quoteStarting(quotes, 'There was no storm');
    // "Keller's team" is named after "Brandt added", but Brandt is the one speaking.
    assert.equal(q.speaker, 'Brandt');
    assert.equal(spoken(q), 'he');
  });

  it('gives scare quotes of one or two words no speaker', () => {
    assert.equal(quoteStarting(quotes, 'safety corridor').speaker, undefined);
  });

  it('keeps the speaker for a quotation that goes on after its attribution and into the next paragraph', () => {
    assert.equal(quoteStarting(quotes, 'I have worked here').speaker, 'Keller');
    assert.equal(quoteStarting(quotes, 'The crews did everything').speaker, 'Keller');
    assert.equal(quoteStarting(quotes, 'We owe them our thanks').speaker, 'Keller');
  });

  it('finds every quoted passage of the fixture, and nothing in apostrophes', () => {
    assert.deepEqual(
      quotes.map((q) => q.inner.slice(0, 12)),
      ['The aircraft', 'We have reco', 'There was no', 'thunderclap', 'safety corri', 'I have worke', 'The crews di', 'We owe them '],
    );
  });

  it('attributes "according to X" and writes and posts in other tenses', () => {
    const text2 =
      'According to Keller, the runway lights "had been checked on Thursday and worked".\n\n' +
      'Brandt wrote that "the recorders are intact and readable".\n\n' +
      '"We are still counting the cost," Keller posted on her blog.';
    const { quotes: q2 } = runStages(text2, { ...NAMES });
    assert.deepEqual(
      q2.map((q) => q.speaker),
      ['Keller', 'Brandt', 'Keller'],
    );
  });

  it('does not crash on odd input', () => {
    for (const odd of ['', '“', '"unclosed quote in a paragraph', 'שלום “עולם” 👋', 'a\r\n“b c d,” he said\r\n', '“'.repeat(500) + ' word'.repeat(2000)]) {
      const tokenized = tokenize(odd);
      const sentences = splitSentences(odd, tokenized, []);
      assert.doesNotThrow(() => findQuotes(odd, sentences, mentionsFor(odd, sentences, {})));
    }
  });
});

describe('quotes: findQuotedPassages', () => {
  it('never opens or closes on apostrophes', () => {
    const text = 'The mayor’s office and the pilots’ union said nothing.';
    assert.deepEqual(findQuotedPassages(text, [{ start: 0, end: text.length }]), []);
  });

  it('pairs straight single quotes at word edges, around apostrophes', () => {
    const text = "The pilots' union called the plan 'unsafe' and said it 'won't fly, whatever the board's view'.";
    const found = findQuotedPassages(text, [{ start: 0, end: text.length }]);
    assert.deepEqual(
      found.map((q) => text.slice(q.innerStart, q.innerEnd)),
      ['unsafe', "won't fly, whatever the board's view"],
    );
  });

  it('runs an unclosed quotation to the end of its paragraph and links the next paragraph', () => {
    const text = '“First part of it.\n\n“Second part.”';
    const found = findQuotedPassages(text, [
      { start: 0, end: 18 },
      { start: 20, end: text.length },
    ]);
    assert.equal(found.length, 2);
    assert.deepEqual([found[0].open, found[0].end, found[1].continues], [true, 18, true]);
  });
});

/**
 * "he said" after a paragraph that names two people (test-fixtures/quotes/minister-and-aide.txt):
 * the pronoun goes to the subject of the sentence before, not to the last person named, and never
 * to a speaker of an earlier paragraph when its own paragraph names someone.
 */
describe('quotes: pronouns after a paragraph naming two people (minister-and-aide.txt)', () => {
  const text = fixture('quotes/minister-and-aide.txt');
  const names = { 'Irena Dobreva': 'PERSON', 'Petar Kolev': 'PERSON', Kolev: 'PERSON', 'Stefan Marinov': 'PERSON', Varna: 'GPE' } as const;
  const { quotes } = runStages(text, { ...names });

  it('keeps the speaker of a quotation in her own paragraph', () => {
    assert.equal(quoteStarting(quotes, 'The crews reached them').speaker, 'Irena Dobreva');
  });

  it('gives "he said" to the subject of the sentence before, not to the aide named last', () => {
    assert.equal(quoteStarting(quotes, 'No boat should sail').speaker, 'Petar Kolev');
  });

  it('looks one paragraph back when the quotation stands alone', () => {
    assert.equal(quoteStarting(quotes, 'We will find out').speaker, 'Kolev');
  });

  it('does not look across a heading, and falls back to the last person named as a speaker', () => {
    // The heading names Marinov; the last person named as the subject of a speech verb is Kolev.
    assert.equal(quoteStarting(quotes, 'The inquiry will take months').speaker, 'Kolev');
  });
});

describe('quotes: a possessive name before the quotation', () => {
  it('attributes "Porto\'s summary, \"...\"" and "Brandt\'s reply: \"...\"" to the name', () => {
    const text = fixture('quotes/possessive-remark.txt');
    const { quotes } = runStages(text, { 'Ines Porto': 'PERSON', Porto: 'PERSON', 'Tomas Brandt': 'PERSON' });
    assert.equal(quoteStarting(quotes, 'We got what the city needed').speaker, 'Porto');
    assert.match(quoteStarting(quotes, 'The city paid too much').speaker ?? '', /^Tomas Brandt/u);
  });
});


describe('quotes: a role of a place, then the person', () => {
  it('gives "…," said the village head of Varl, Dario Mensk to the person after the comma, even where the place was taken for a person', () => {
    const text = 'Flood in Varl\n\n"The water came in the night and took the bridge," said the village head of Varl, Dario Mensk.\n';
    for (const varl of ['GPE', 'PERSON'] as const) {
      const { quotes } = runStages(text, { Varl: varl, 'Dario Mensk': 'PERSON' });
      assert.equal(quoteStarting(quotes, 'The water came').speaker, 'Dario Mensk', varl);
    }
  });
});
