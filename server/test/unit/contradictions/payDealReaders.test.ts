/**
 * A pay deal told by a wire and by a local page in another house style
 * (test-fixtures/contradictions/paydeal-*.txt, sar-title-*.txt): a bonus written "€ 2.800" against
 * "1,800 euros" (points between thousands, values/quantities.ts); a quote closed with "affirmed the
 * minister" given to the minister the text just named (quotes/attribution.ts); "Marta Ferreira" as
 * "Marta Ferreira da Costa" (entities/doubleSurnames.ts), so her quotes meet; a region's vote
 * ("In the Setúbal district, ... by 1.214 votes") kept apart from the national one
 * (contradictions/figureRules.ts); "12,480 votes to 3,102" read as no house's tally of 480 to 3
 * (facts/voteTallyFacts.ts); and a title before a comma that ends with the body's acronym
 * ("the director of the Port Search and Rescue Service (PSRS), Nuno Reis"; facts/roles.ts).
 */
import assert from 'node:assert/strict';
import { analyseFixtures, anchoredLines } from './pipeline';

describe('contradictions: a pay deal in two house styles', () => {
  it('flags the bonus and the quote given to the minister, and nothing else', () => {
    const { docs, contradictions } = analyseFixtures(['paydeal-a.txt', 'paydeal-b.txt']);
    assert.deepEqual(anchoredLines(contradictions), [
      'attribution: paydeal-a.txt «"to the limit of what the ports can afford without risking their future."» | paydeal-b.txt «"We went until the limit of what the ports can afford without to risk their future"»',
      'count: paydeal-a.txt «1,800 euros» | paydeal-b.txt «€ 2.800»',
    ]);
    assert.match(contradictions.find((c) => c.kind === 'attribution')!.explanation, /from Rui Valente/u);
    const ids = (name: string) => docs.flatMap((d) => d.mentions.filter((m) => m.text === name).map((m) => m.id));
    assert.deepEqual([...new Set([...ids('Marta Ferreira'), ...ids('Marta Ferreira da Costa')])], ['marta-ferreira-da-costa']);
    // "12,480 votes to 3,102" is read whole, never as a house's tally of 480 to 3.
    assert.deepEqual(docs[0].facts?.filter((f) => f.subject.startsWith('vote-tally')).map((f) => f.value.kind === 'text' && f.value.text), ['12480-3102']);
  });
  it('reads a title before a comma that ends with the body\'s acronym, against a spokesman', () => {
    assert.deepEqual(anchoredLines(analyseFixtures(['sar-title-a.txt', 'sar-title-b.txt']).contradictions), [
      'title: sar-title-a.txt «Nuno Reis, spokesman for the Port Search and Rescue Service» | sar-title-b.txt «the director of the Port Search and Rescue Service (PSRS), Nuno Reis»',
    ]);
  });
});
