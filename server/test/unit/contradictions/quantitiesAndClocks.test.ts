/**
 * General counts, percentages, money and clock times (facts/quantityFacts.ts, facts/clockTimeFacts.ts,
 * contradictions/quantityRules.ts, contradictions/clockTimeRules.ts) on a fictional ferry fire told
 * by three articles (test-fixtures/contradictions/ferry-fire-*.txt), and on single sentences.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { isClockFact } from '../../../src/analysis/facts/clockTimeFacts';
import { findEventNouns } from '../../../src/analysis/facts/events';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { isQuantityFact, plural } from '../../../src/analysis/facts/quantityFacts';
import { DEFAULT_ANALYSIS_OPTIONS, type DocumentAnalysis } from '../../../src/analysis/types';
import { anchoredLines, analyseFixtures, describe1 } from './pipeline';

function quantities(text: string): Array<[string, string, number, number]> {
  const doc = analyzeDocument('q.txt', text, DEFAULT_ANALYSIS_OPTIONS);
  return (extractFacts(doc, new Map()) as DetailedFact[])
    .filter(isQuantityFact)
    .map((f) => [f.detail.quantity.measure, f.span.text, f.detail.quantity.range.min, f.detail.quantity.range.max]);
}

const lines = anchoredLines;

/** The clock-time facts of one text, alone in its document. */
const clockFactsOf = (text: string) => (extractFacts(analyzeDocument('c.txt', text, DEFAULT_ANALYSIS_OPTIONS), new Map()) as DetailedFact[]).filter(isClockFact);
/** "subject «passage»" (the subject without its names) of each clock-time fact of one analysed document. */
const clocksIn = (docs: readonly DocumentAnalysis[], uri: string) =>
  docs.find((d) => d.uri === uri)!.facts.filter((f) => isClockFact(f as DetailedFact)).map((f) => `${f.subject.split('@')[0]} «${f.span.text}»`);
/** "subject «passage»" of each clock-time fact of one text. */
const clocks = (text: string) => clockFactsOf(text).map((f) => `${f.subject} «${f.span.text}»`);

describe('facts: counts of people and things', () => {
  it('reads what is counted and what happened to it, before or after the number', () => {
    assert.deepEqual(quantities('Thieves stole 9 paintings from the gallery.'), [['artwork|taken', 'stole 9 paintings', 9, 9]]);
    assert.deepEqual(quantities('Two people were killed and 17 injured in the collision.'), [
      ['people|dead', 'Two people were killed', 2, 2],
      ['people|injured', '17 injured', 17, 17],
    ]);
    assert.deepEqual(quantities('The raiders escaped with nine pieces of antique silver.'), [['silver|taken', 'escaped with nine pieces of antique silver', 9, 9]]);
    // An outlet abroad writes "lost the life" for "lost their lives".
    assert.deepEqual(quantities('In the clashes four persons lost the life.'), [['people|dead', 'four persons lost the life', 4, 4]]);
    // A fishing boat's fishermen are its crew, named in plural as written.
    assert.deepEqual(quantities('The trawler had 15 fishermen on board.'), [['crew|aboard', '15 fishermen on board', 15, 15]]);
    assert.deepEqual([plural('fisherman'), plural('fishermen'), plural('man')], ['fishermen', 'fishermen', 'men']);
  });
  it('folds synonyms: works, artworks and paintings; killed and died', () => {
    const [a] = quantities('Fourteen works were taken from the chapel.');
    const [b] = quantities('The gang stole 14 artworks from the chapel.');
    assert.equal(a[0], b[0]);
    assert.equal(quantities('Three people died in the blaze.')[0][0], quantities('The blaze killed three people.')[0][0]);
  });
  it('reads people moved to safety as evacuated, and a number linked to its predicate by "resulted"', () => {
    assert.deepEqual(quantities('Some 8,000 people had been moved out of harm\'s way.').map((q) => q[0]), ['people|evacuated']);
    assert.deepEqual(quantities('Almost 9 thousand persons were taken to 40 accommodation centres.').map((q) => q[0]), ['people|evacuated']);
    assert.deepEqual(quantities('Nine people were taken to the clinic in Osh.'), []);
    assert.deepEqual(quantities('In total 12 persons died and 7 resulted injured.').map((q) => [q[0], q[2]]), [['people|dead', 12], ['people|injured', 7]]);
  });
  it('reads the injured rescued as the injured ("rescued with injuries", "29 injured persons were rescued"), and fire trucks as fire engines', () => {
    assert.deepEqual(quantities('Nineteen people were rescued with injuries and taken to hospital.').map((q) => [q[0], q[2]]), [['people|injured', 19]]);
    assert.deepEqual(quantities('Altogether 29 injured persons were rescued and sent to hospital.').map((q) => [q[0], q[2]]), [['people|injured', 29]]);
  });
  it('counts a group past an aside that names some of it, and reads "have expired" as died', () => {
    assert.deepEqual(quantities('Five people, two of them children, have died.').map((q) => [q[0], q[2]]), [['people|dead', 5]]);
    assert.deepEqual(quantities('7 persons including 3 innocent children have expired.').map((q) => [q[0], q[2]]), [['people|dead', 7]]);
  });
  it('counts those of a group that something befell, told whole ("Six of the accused are in custody")', () => {
    assert.deepEqual(quantities('Six of the accused are in custody.').map((q) => [q[0], q[2]]), [['people|arrested', 6]]);
    const held = quantities('Six of the accused, including former dean Lee Sun-ho, 61, are being held in detention, while the other 13 were released.');
    assert.deepEqual(held.map((q) => [q[0], q[2]]), [['people|arrested', 6]], 'past an appositive and its age');
    assert.deepEqual(quantities('Eight persons are in custody.').map((q) => [q[0], q[2]]), [['people|arrested', 8]]);
    assert.deepEqual(quantities('Two dozen people were killed.').map((q) => [q[0], q[2]]), [['people|dead', 24]]);
  });
  it('reads the compensation asked for, in a currency named by its country ("to demand compensation of 50 million Kenya shillings")', () => {
    const demanded = quantities('About 300 residents gathered to demand compensation of 50 million Kenya shillings.').filter((q) => q[0].startsWith('money:'));
    assert.deepEqual(demanded.map((q) => [q[0], q[2]]), [['money:demanded:shilling', 45e6]]);
    assert.deepEqual(quantities('Close to 300 persons came together to ask compensation of KSh 50 million.').map((q) => q[0]), ['money:demanded:shilling']);
  });
  it('reads "and other 43 resulted injured", as Spanish "otros 43" is written, as all the injured', () => {
    const found = quantities('Seven persons lost their life and other 43 resulted injured.').map((q) => [q[0], q[2]]);
    assert.deepEqual(found, [['people|dead', 7], ['people|injured', 43]]);
    assert.deepEqual(quantities('Police arrested other 3 men on Friday.'), [], 'other arrested are still others');
  });
  it('turns hedges into ranges', () => {
    assert.deepEqual(quantities('More than 20 passengers were injured.')[0].slice(2), [20, Infinity]);
    assert.deepEqual(quantities('About 50 people were evacuated.')[0].slice(2), [42.5, 57.5]);
    assert.deepEqual(quantities('At least 3 people were arrested.')[0].slice(2), [3, Infinity]);
  });
  it('keeps a sub-group apart from the whole ("two British tourists")', () => {
    assert.equal(quantities('Two British tourists were injured.')[0][0], 'british tourist|injured');
  });
  it('leaves out parts, other groups, changing tolls and hypotheticals', () => {
    assert.deepEqual(quantities('Two of the suspects were arrested in the port.'), []);
    assert.deepEqual(quantities('Four of the victims died at the scene.'), [], 'the victims are the dead and the hurt');
    assert.deepEqual(quantities('Two of the injured died overnight.'), [], 'a group that is itself a predicate');
    // Read only as people arrested besides another (otherArrestFacts.ts), never as all the people arrested.
    assert.deepEqual(quantities('Police arrested three others on Friday.').map((q) => q[0]), ['other people|arrested']);
    assert.deepEqual(quantities('By Monday the toll had risen to 12 dead.'), []);
    assert.deepEqual(quantities('Initially, officials said three people had died.'), []);
    assert.deepEqual(quantities('Up to 40 people could have been killed if the bomb had gone off.'), []);
    assert.deepEqual(quantities('The museum holds 400 paintings.'), [], 'a count with no event predicate is not a fact');
  });
  it('reads jobs cut, told as what a company would do, in jobs, roles or people', () => {
    assert.deepEqual(quantities('The firm said on Tuesday it would cut about 3,200 jobs.').map((q) => q.slice(0, 2)), [['job|cut', 'cut about 3,200 jobs']]);
    assert.deepEqual(quantities('It is laying off 2,300 people.').map((q) => q.slice(0, 2)), [['job|cut', 'laying off 2,300 people']]);
    assert.deepEqual(quantities('The bank will axe 120 roles in Leeds.').map((q) => q.slice(0, 2)), [['job|cut', 'axe 120 roles']]);
    assert.deepEqual(quantities('Kestrel lays off 2,300 as sales slump').map((q) => q.slice(0, 2)), [['job|cut', 'lays off 2,300']]);
    assert.deepEqual(quantities('**The cuts:** 400 roles, company-wide.').map((q) => q.slice(0, 2)), [['job|cut', 'cuts:** 400 roles']]);
    assert.deepEqual(quantities('Deaths: 12. Injured: 30.').map((q) => q.slice(0, 2)), [['people|dead', 'Deaths: 12'], ['people|injured', 'Injured: 30']]);
    assert.deepEqual(quantities('The plant could cut 30 jobs.'), [], 'a possibility is no count');
    assert.deepEqual(quantities('Officials said 40 people would be evacuated.'), [], '"would" stands only beside job cuts');
  });
  it('reads turnout and money, and skips a bracketed conversion', () => {
    assert.deepEqual(quantities('Turnout was 61.2%, officials said.'), [['turnout:percent', 'Turnout was 61.2%', 61.1, 61.300000000000004]]);
    assert.deepEqual(quantities('The stolen paintings are valued at about 3 million euros ($3.4 million).').map((q) => q[0]), ['money:value:eur']);
  });
});

describe('contradictions: counts, money and clock times of one ferry fire', () => {
  const { docs, contradictions } = analyseFixtures(['ferry-fire-a.txt', 'ferry-fire-b.txt', 'ferry-fire-c.txt']);

  it('finds the death toll, the insured sum, the alarm time and the docking time (UTC), and nothing else', () => {
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'count' || c.fact.startsWith('time of'))), [
      'count: ferry-fire-a.txt «Four Dead» | ferry-fire-b.txt «Six Killed»',
      'count: ferry-fire-a.txt «Four people died» | ferry-fire-b.txt «Six people were killed»',
      'count: ferry-fire-a.txt «insured for €4 million» | ferry-fire-b.txt «insured for 6 million euros»',
      'time: ferry-fire-a.txt «docked at 9:10 p.m. local time (1910 GMT)» | ferry-fire-c.txt «docked at 21:10 GMT»',
      'time: ferry-fire-a.txt «sounded at 6:40 p.m.» | ferry-fire-b.txt «sounded at 8:15 p.m.»',
      'time: ferry-fire-b.txt «docked at 19:10 GMT» | ferry-fire-c.txt «docked at 21:10 GMT»',
    ]);
  });
  it('explains what differs, with both values', () => {
    const toll = contradictions.find((c) => c.items.some((i) => i.text === 'Four people died'))!;
    assert.equal(toll.fact, 'number of people dead');
    assert.match(toll.explanation, /“Four people died” \(4\).*“Six people were killed” \(6\).*do not overlap/u);
    const dock = contradictions.find((c) => c.items.some((i) => i.text === 'docked at 21:10 GMT'))!;
    assert.match(dock.explanation, /19:10 UTC.*21:10 UTC/u);
  });
  it('lets hedged agreements stand: "more than 20" and 23 injured, "about 50" and 48 evacuated, 9:10 p.m. local (1910 GMT) and 19:10 GMT', () => {
    const texts = contradictions.flatMap((c) => c.items.map((i) => i.text));
    for (const t of ['More than 20 passengers were injured', '23 passengers were injured', 'About 50 people', '48 people', 'docked at 19:10 GMT']) {
      assert.ok(!contradictions.some((c) => c.items.every((i) => !i.text.includes('21:10')) && c.items.some((i) => i.text.includes(t))), `${t}: ${texts.join(' / ')}`);
    }
  });
  it('reads no count from a toll that changed over time, nor from a part of a group', () => {
    const c = docs.find((d) => d.uri === 'ferry-fire-c.txt')!;
    assert.deepEqual(c.facts.filter((f) => isQuantityFact(f as DetailedFact)), []);
    const b = docs.find((d) => d.uri === 'ferry-fire-b.txt')!;
    assert.ok(!b.facts.some((f) => f.span.text.includes('Two of the injured')));
    assert.ok(b.facts.some((f) => isClockFact(f as DetailedFact) && f.span.text === 'docked at 19:10 GMT'));
  });
});

describe('contradictions: the time of an event told by its subject or by a pronoun (bakery blast)', () => {
  const { docs, contradictions } = analyseFixtures(['bakery-blast-a.txt', 'bakery-blast-b.txt', 'bakery-blast-c.txt']);
  const clocks = (uri: string) => clocksIn(docs, uri);

  it('times the explosion when "the blast" is the subject, however long the object before the time', () => {
    assert.deepEqual(clocks('bakery-blast-a.txt'), ['clock:explode «blast ripped through the ground floor of the six-storey block on Rua do Souto at 6:05 a.m. local time (0505 GMT)»']);
  });
  it('times the explosion the previous sentence names when "it happened at" follows', () => {
    assert.deepEqual(clocks('bakery-blast-b.txt'), ['clock:explode «it happened at about 6 a.m.»']);
  });
  it('finds the hour-off GMT time against both the local and the converted time, and nothing between the agreeing two', () => {
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'time')), [
      'time: bakery-blast-a.txt «blast ripped through the ground floor of the six-storey block on Rua do Souto at 6:05 a.m. local time (0505 GMT)» | bakery-blast-c.txt «explosion happened at 6:05 GMT»',
      'time: bakery-blast-b.txt «it happened at about 6 a.m.» | bakery-blast-c.txt «explosion happened at 6:05 GMT»',
    ]);
  });
});

describe('contradictions: counts of different events', () => {
  it('does not compare the toll of a fire a year later with the first one', () => {
    const { contradictions } = analyseFixtures(['ferry-fire-dated-a.txt', 'ferry-fire-later.txt']);
    assert.deepEqual(contradictions.map(describe1), []);
  });
});

describe('contradictions: prison terms (trial fixture)', () => {
  const { docs, contradictions } = analyseFixtures(['trial-term-a.txt', 'trial-term-b.txt', 'trial-term-c.txt']);

  it('reads the term imposed, in its written forms, and nothing sought, faced or suspended', () => {
    const terms = docs.map((d) => quantitiesOf(d).filter(([m]) => m.startsWith('prison term')));
    assert.deepEqual(terms, [
      [['prison term|tomasz-wrona', 'six years in prison', 6, 6]],
      [['prison term|tomasz-wrona', 'six-year prison sentence', 6, 6]],
      [['prison term|tomasz-wrona', 'jailed for seven years', 7, 7]],
    ]);
  });
  it('flags seven years against six, and not six against six', () => {
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'count')), [
      'count: trial-term-a.txt «six years in prison» | trial-term-c.txt «jailed for seven years»',
      'count: trial-term-b.txt «six-year prison sentence» | trial-term-c.txt «jailed for seven years»',
    ]);
    assert.match(contradictions[0].explanation, /6 years.*7 years/u);
  });
});

function quantitiesOf(doc: DocumentAnalysis): Array<[string, string, number, number]> {
  return (doc.facts as DetailedFact[]).filter(isQuantityFact).map((f) => [f.detail.quantity.measure, f.span.text, f.detail.quantity.range.min, f.detail.quantity.range.max]);
}

describe('contradictions: attendance, homes destroyed, and quotes by spelling or description (match fixture)', () => {
  const { contradictions } = analyseFixtures(['match-a.txt', 'match-b.txt', 'match-c.txt', 'match-d.txt']);
  it('flags two attendances and two counts of homes destroyed, and lets "almost 31,000 fans" agree with 31,250', () => {
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'count')), [
      'count: match-a.txt «attendance was 31,250» | match-b.txt «crowd of 21,250»',
      'count: match-c.txt «destroyed 14 homes» | match-d.txt «destroyed 41 homes»',
    ]);
  });
  it('takes "Jørgen Lind" and "Jorgen Lind" for one speaker, and never compares a description ("the home coach") with a name', () => {
    assert.deepEqual(contradictions.filter((c) => c.kind === 'attribution').map(describe1), []);
  });
});

describe('contradictions: the day an event began (fire-start fixture)', () => {
  it('flags "Saturday afternoon" against "2:15 p.m. on Sunday", and lets "Sunday afternoon" agree with it', () => {
    const { contradictions } = analyseFixtures(['fire-start-a.txt', 'fire-start-b.txt', 'fire-start-c.txt']);
    const found = contradictions.filter((c) => c.kind === 'time');
    assert.deepEqual(lines(found), [
      'time: fire-start-a.txt «broke out on Saturday afternoon» | fire-start-b.txt «broke out at around 2:15 p.m.»',
      'time: fire-start-a.txt «broke out on Saturday afternoon» | fire-start-c.txt «started on Sunday afternoon»',
    ]);
    assert.match(found[0].explanation, /Sat, 07 Jun.*Sun, 08 Jun/u);
  });
});

describe('contradictions: the moment of a slide and the end of a fire, however the verb tells them', () => {
  it('times the avalanche whether the slide "broke away", the snow "broke loose" or the snow masses "came down", past a named peak', () => {
    const { docs, contradictions } = analyseFixtures(['slide-time-a.txt', 'slide-time-b.txt', 'slide-time-c.txt']);
    assert.deepEqual(clocksIn(docs, 'slide-time-a.txt'), ['clock:avalanche «slide broke away below the 2,700-metre Punta Grisa at 10:20 a.m. (0920 GMT)»']);
    assert.deepEqual(clocksIn(docs, 'slide-time-b.txt'), ['clock:avalanche «snow broke loose beneath the Punta Grisa peak at 10:20 a.m. GMT»']);
    assert.deepEqual(clocksIn(docs, 'slide-time-c.txt'), ['clock:avalanche «snow masses came down at 10.20 CET»']);
    // 10:20 GMT is an hour after the 09:20 GMT that the wire and "10.20 CET" agree on.
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'time')), [
      'time: slide-time-a.txt «slide broke away below the 2,700-metre Punta Grisa at 10:20 a.m. (0920 GMT)» | slide-time-b.txt «snow broke loose beneath the Punta Grisa peak at 10:20 a.m. GMT»',
      'time: slide-time-b.txt «snow broke loose beneath the Punta Grisa peak at 10:20 a.m. GMT» | slide-time-c.txt «snow masses came down at 10.20 CET»',
    ]);
  });

  it('reads "declared the blaze extinguished", "the flames were finally out" and "was completely extinguished" as one end of the fire', () => {
    const { docs, contradictions } = analyseFixtures(['fire-out-a.txt', 'fire-out-b.txt', 'fire-out-c.txt']);
    assert.deepEqual(clocksIn(docs, 'fire-out-b.txt'), ['clock:extinguish «flames were finally out at 1.30pm BST»']);
    assert.deepEqual(clocksIn(docs, 'fire-out-c.txt'), ['clock:extinguish «fire was completely extinguished at 12.30»']);
    assert.ok(clocksIn(docs, 'fire-out-a.txt').includes('clock:extinguish «extinguished at 12:30 p.m. (1030 GMT)»'));
    // 1.30pm BST is 12:30 GMT, two hours after the 10:30 GMT of the wire and of the local 12.30.
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'time')), [
      'time: fire-out-a.txt «extinguished at 12:30 p.m. (1030 GMT)» | fire-out-b.txt «flames were finally out at 1.30pm BST»',
      'time: fire-out-b.txt «flames were finally out at 1.30pm BST» | fire-out-c.txt «fire was completely extinguished at 12.30»',
    ]);
  });
});

describe('contradictions: responders sent, and people freed from where they were trapped (manhunt fixture)', () => {
  const { docs, contradictions } = analyseFixtures(['manhunt-a.txt', 'manhunt-b.txt', 'manhunt-c.txt']);
  const counts = (uri: string) =>
    docs.find((d) => d.uri === uri)!.facts.filter((f) => isQuantityFact(f as DetailedFact)).map((f) => `${(f as DetailedFact & { detail: { quantity: { measure: string } } }).detail.quantity.measure} «${f.span.text}»`);

  it('counts officers in a sentence of a search as those deployed, "police officers" and "policemen" alike', () => {
    assert.deepEqual(counts('manhunt-a.txt'), ['officer|deployed «more than 200 police officers»', 'people|rescued «freed 14 people»']);
    assert.deepEqual(counts('manhunt-c.txt'), ['officer|deployed «Over 200 policemen»']);
  });
  it('flags 60 officers against more than 200, and 41 people rescued against 14 freed, but not "more than 200" against "over 200"', () => {
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'count')), [
      'count: manhunt-a.txt «freed 14 people» | manhunt-b.txt «rescued 41 people»',
      'count: manhunt-a.txt «more than 200 police officers» | manhunt-b.txt «Around 60 officers»',
      'count: manhunt-b.txt «Around 60 officers» | manhunt-c.txt «Over 200 policemen»',
    ]);
  });
});

describe('events: a service named after fires is no fire', () => {
  it('reads no fire in "the national fire service said" or "the fire chief", and one in "the warehouse fire"', () => {
    assert.deepEqual(findEventNouns('Firefighters freed 14 people, the national fire service said.'), []);
    assert.deepEqual(findEventNouns('The fire chief said the warehouse fire was out.').map((e) => e.cls), ['fire']);
  });
});

describe('facts: an action timed past a long place name', () => {
  it('reads "touched down at Kordu Amana Valley International Airport at about 9:40 p.m." as the landing', () => {
    assert.deepEqual(clocks('The plane touched down at Kordu Amana Valley International Airport at about 9:40 p.m. local time.').map((c) => c.split(' «')[0]), ['clock:land']);
  });
});

describe('facts: an action denied until a time happened at that time', () => {
  it('reads "the alarm was not raised until 6am GMT" as the alarm raised at 6am GMT, like "was raised at"', () => {
    assert.deepEqual(clocks('Yet the alarm was not raised until 6am GMT, hours later.'), ['clock:raise alarm «alarm was not raised until 6am GMT»']);
    assert.deepEqual(clocks('The alarm was raised at 6 a.m. (0400 GMT).'), ['clock:raise alarm «alarm was raised at 6 a.m. (0400 GMT)»']);
  });
  it('still reads no plan: "talks will not resume until 9 a.m."', () => {
    assert.deepEqual(clocks('Talks will not resume until 9 a.m.'), []);
  });
});

describe('contradictions: the start of an outage told by what was lost, against a local time the article converts (blackout fixture)', () => {
  it('flags "the lights went out at 5.52pm BST" against "began at 14:52 local time (18:52 GMT)", and lets "went off at 19:52 BST" agree', () => {
    const { contradictions } = analyseFixtures(['blackout-a.txt', 'blackout-b.txt', 'blackout-c.txt']);
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'time')), [
      'time: blackout-a.txt «began at 14:52 local time» | blackout-b.txt «went out at 5.52pm BST»',
      'time: blackout-b.txt «went out at 5.52pm BST» | blackout-c.txt «went off at 19:52 BST»',
    ]);
  });
});

describe('facts: a storm\'s landfall, however told', () => {
  it('reads "came ashore at", "crossed the shore close to X at" (in SAST) and "the landfall was at" as one landfall', () => {
    assert.deepEqual(clocks('The storm came ashore at 3:40 a.m. local time (0140 GMT).'), ['clock:landfall «came ashore at 3:40 a.m. local time (0140 GMT)»']);
    assert.deepEqual(clocks('The eye crossed the shore close to Beira at around 3.40am SAST.'), ['clock:landfall «crossed the shore close to Beira at around 3.40am SAST»']);
    assert.deepEqual(clocks('According to the weather service, the landfall was at 03:40 GMT.'), ['clock:landfall «landfall was at 03:40 GMT»']);
  });
  it('reads a bus that "left the road near the town of X, in the Y region," and a coach that "came off the road" as one crash, with no actor for "it"', () => {
    const [a] = clockFactsOf('The bus was travelling overnight when it left the road near the town of Ayo, in the Puno region, at about 4:40 a.m. local time (0940 GMT).');
    const [b] = clockFactsOf('The coach came off the road at around 7.40am GMT.');
    assert.deepEqual([a.subject, a.detail.clock.actor], ['clock:crash', '']);
    assert.deepEqual([b.subject, b.detail.clock.actor], ['clock:crash', 'vehicle']);
  });
});
