/**
 * Quoted words against reported speech (test-fixtures/contradictions/paraphrase-*.txt): "we cannot
 * rule out a larger explosion in the coming days" against a report that a larger explosion "could
 * be ruled out" reverses what was said; a report that keeps the negation agrees.
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a quote reported with its negation dropped', () => {
  it('sets "could be ruled out" against "we cannot rule out", and names the word', () => {
    const { contradictions } = analyseFixtures(['paraphrase-a.txt', 'paraphrase-b.txt']);
    assert.equal(contradictions.length, 1, anchoredLines(contradictions).join('\n'));
    assert.equal(contradictions[0].kind, 'quote');
    assert.match(contradictions[0].explanation, /“ruled” is negated in one and not in the other/u);
  });
  it('reads a report after an adverb and another verb of saying, after a lower-case title or a title run into the name ("The volcanologist Hendrik Wolde however admitted to the journalists that")', () => {
    for (const other of ['paraphrase-u.txt', 'paraphrase-v.txt']) {
      const { contradictions } = analyseFixtures(['paraphrase-a.txt', other]);
      assert.equal(contradictions.length, 1, `${other}: ${anchoredLines(contradictions).join('\n')}`);
      assert.match(contradictions[0].explanation, /“ruled” is negated in one and not in the other/u);
    }
  });
  it('accepts "could not be ruled out"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['paraphrase-a.txt', 'paraphrase-c.txt']).contradictions), []);
  });
  it('lets a paraphrase move its denial to another word: "no evidence of new lava; everything points to" / "no sign of fresh magma, and the evidence pointed to"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['paraphrase-d.txt', 'paraphrase-e.txt']).contradictions), []);
  });
  it('reads "He said" after a sentence naming one person, and a name after its description; sets "signs" against "no indication" and points at the quote\'s sentence', () => {
    const { contradictions } = analyseFixtures(['paraphrase-f.txt', 'paraphrase-g.txt']);
    assert.deepEqual(anchoredLines(contradictions), [
      'quote: paraphrase-f.txt «"At this moment we have no indication that anyone inside the observatory helped them.» | paraphrase-g.txt «He said there were signs the thieves had been helped by someone inside the observatory»',
    ]);
  });
  it('sets two quotes of one remark against each other when one drops the negation, after "Ms. Stoeva said"; "no one" is "nobody"', () => {
    const { contradictions } = analyseFixtures(['paraphrase-h.txt', 'paraphrase-i.txt']);
    assert.deepEqual(anchoredLines(contradictions.filter((c) => c.kind === 'quote')), [
      'quote: paraphrase-h.txt «"Our first findings show that the goods were not intended for Bulgaria.» | paraphrase-i.txt «"The goods was intended for buyers in Bulgaria, this is not transit cargo,"»',
    ]);
  });
  it('compares one clause of a long quote with one of a short report: "we expect the number of deaths to rise" / "does not expect the number of deaths to go up"', () => {
    const found = analyseFixtures(['paraphrase-j.txt', 'paraphrase-k.txt']).contradictions.filter((c) => c.kind === 'quote');
    assert.equal(found.length, 1);
    assert.match(found[0].explanation, /“expect” is negated in one and not in the other/u);
  });
  it('reads reported speech after a title ("Colonel Rosa Quispe ... said") and sets "had already ruled out a problem with the brakes" against "We have not ruled out a brake failure"', () => {
    const found = analyseFixtures(['paraphrase-l.txt', 'paraphrase-m.txt']).contradictions.filter((c) => c.kind === 'quote');
    assert.equal(found.length, 1);
    assert.match(found[0].explanation, /“ruled” is negated in one and not in the other/u);
  });
  it('passes a denial through readiness to the verb ("not ready to raise" / "cannot increase") and not onto a place after "Nobody in"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['paraphrase-n.txt', 'paraphrase-o.txt']).contradictions.filter((c) => c.kind === 'quote')), []);
    const found = analyseFixtures(['paraphrase-n.txt', 'paraphrase-p.txt']).contradictions.filter((c) => c.kind === 'quote');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /“(?:raise|ready)” is negated in one and not in the other/u);
  });
});

describe('contradictions: denials passed on through purpose and wanting, not onto names', () => {
  it('reads "did not come to Lomé to surrender ... to humiliate anyone" and "did not want this fight" as the same remarks as "did not come in Lomé for capitulating, and not for humiliating" and "never wanted to fight"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['paraphrase-w.txt', 'paraphrase-x.txt']).contradictions), []);
  });
  it('reads "had come to Lomé neither to surrender nor to humiliate anyone" as the denial "did not come to Lomé to surrender"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['paraphrase-w.txt', 'paraphrase-y.txt']).contradictions.filter((c) => c.kind === 'quote')), []);
  });
  it('gives a quote to "Mons. Tomas Vrana" (an abbreviated title ends no sentence), and takes "as our grandparents did" for "like our grandparents did"', () => {
    const found = analyseFixtures(['rebuild-a.txt', 'rebuild-b.txt']);
    assert.deepEqual(found.docs[1].quotes.map((q) => q.speaker), ['Tomas Vrana']);
    assert.deepEqual(anchoredLines(found.contradictions.filter((c) => c.kind === 'quote' || c.kind === 'attribution')), []);
  });
});

describe('contradictions: reported speech after a first verb phrase, and "without"', () => {
  it('reads "Ridge boss Tomas Brenner put the defeat down to the red card and said he could not accept" against "I accept the referee\'s decision"', () => {
    const found = analyseFixtures(['coach-said-a.txt', 'coach-said-b.txt']).contradictions.filter((c) => c.kind === 'quote');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
    assert.match(found[0].explanation, /“accept” is negated in one and not in the other/u);
    assert.deepEqual(anchoredLines(analyseFixtures(['coach-said-a.txt', 'coach-said-c.txt']).contradictions.filter((c) => c.kind === 'quote')), []);
  });
  it('keys a hyphenated name alike in a quote and in reported speech ("Park Min-ho")', () => {
    const found = analyseFixtures(['coach-said-d.txt', 'coach-said-e.txt']).contradictions.filter((c) => c.kind === 'quote');
    assert.equal(found.length, 1, anchoredLines(found).join('\n'));
  });
  it('reads "without exception" as "no exceptions"', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['without-exception-a.txt', 'without-exception-b.txt']).contradictions.filter((c) => c.kind === 'quote')), []);
  });
});
