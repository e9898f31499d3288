/**
 * Structured facts read from sentences: event times with zones carried across a sentence,
 * durations with hedges, versioned counts, ages, titles with status, and participant lists.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import type { DetailedFact } from '../../../src/analysis/facts/detail';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { isFigureFact } from '../../../src/analysis/facts/figureFacts';
import { findAppositiveTitles, findPersonTitles, findTitlesBeforeComma } from '../../../src/analysis/facts/roles';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/analysis/types';

/** The facts of a text, without the plain figures every number yields (restatedFigures.test.ts tests those). */
function factsOf(text: string): DetailedFact[] {
  const doc = analyzeDocument('test.txt', text, DEFAULT_ANALYSIS_OPTIONS);
  return (extractFacts(doc, new Map()) as DetailedFact[]).filter((f) => !isFigureFact(f));
}

describe('facts: event times', () => {
  it('reads the end of a vote told as voting', () => {
    const [f] = factsOf('Voting was finished at 13:37 Riga time.').filter((x) => x.kind === 'time' && x.attribute === 'end-time');
    assert.equal(f?.subject.split('@')[0], 'vote');
  });
  it('reads start and end of one event from one statement, the zone applying to both', () => {
    const text = 'The court session began around 9:30 a.m. Paris time and dragged on past midnight, lawyers said.';
    // (Its clock time read with its clause's words, a timed clause, is another fact.)
    const [f] = factsOf(text).filter((x) => x.kind === 'time' && x.attribute !== 'timed-clause');
    assert.equal(f.attribute, 'start-end');
    assert.equal(f.subject, 'meeting');
    assert.equal(f.span.text, 'began around 9:30 a.m. Paris time and dragged on past midnight');
    assert.equal(f.detail.startWindow?.lo, 9 * 60 + 30 - 20);
    assert.equal(f.detail.startWindow?.frame.offset, 60);
    assert.equal(f.detail.endWindow?.lo, 1440);
    assert.equal(f.detail.endWindow?.frame.offset, 60, 'the end takes the zone written with the start');
    assert.equal(text.slice(f.detail.endSpan!.start, f.detail.endSpan!.end), 'dragged on past midnight');
  });
  it('reads durations from compounds and verbs, with hedges', () => {
    const facts = factsOf('The three-hour debate was tense. Then the hearing lasted for more than two hours.').filter((x) => x.attribute === 'duration');
    assert.deepEqual(facts.map((f) => [f.subject, f.span.text, f.detail.range]), [
      ['debate', 'three-hour debate', { min: 2.7, max: 3.3000000000000003 }],
      ['hearing', 'lasted for more than two hours', { min: 2, max: Infinity }],
    ]);
  });
  it('reads a length after the event and "of" ("the powered descent of 12 minutes", "a meeting of two hours and half")', () => {
    const facts = factsOf('The lander finished the powered descent of 12 minutes. The two presidents held a meeting of two hours and half.').filter((x) => x.attribute === 'duration');
    assert.deepEqual(facts.map((f) => [f.subject, f.span.text, f.detail.range!.min.toFixed(2), f.detail.range!.max.toFixed(2)]), [
      ['descent', 'descent of 12 minutes', '0.18', '0.22'],
      ['meeting', 'meeting of two hours', '2.30', '2.70'],
    ]);
    assert.deepEqual(factsOf('A group of five climbers was stuck for six hours.').filter((x) => x.attribute === 'duration' && /of five/u.test(x.span.text)), []);
  });
  it('leaves out the length of another occasion ("after a 24-hour warning strike in March 2024")', () => {
    const facts = factsOf('It is the second strike at the operator in two years, after a 24-hour warning strike in March 2024. The 48-hour strike began on Tuesday.').filter((x) => x.attribute === 'duration');
    assert.deepEqual(facts.map((f) => f.span.text), ['48-hour strike']);
  });
  it('ignores the times of other occurrences ("weekend talks") and of other verbs', () => {
    const facts = factsOf('The weekend talks ended in the evening. Officials told reporters early Wednesday that progress was slow.');
    assert.deepEqual(facts.filter((x) => x.kind === 'time'), []);
  });
});

describe('facts: counts and ages', () => {
  it('reads versions of a plan from their words', () => {
    const facts = factsOf('The council backed a revised 8-point charter, replacing an original 10-point draft.').filter((x) => x.kind === 'count');
    assert.deepEqual(facts.map((f) => [f.subject, f.attribute, f.span.text, f.detail.version, f.detail.range]), [
      ['plan', 'count:point', '8-point charter', 'later', { min: 8, max: 8 }],
      ['plan', 'count:point', '10-point draft', 'earlier', { min: 10, max: 10 }],
    ]);
  });
  it('reads the age of a lasting event from an ordinal', () => {
    const [f] = factsOf('The siege, now in its second month, has cut the town off.').filter((x) => x.kind === 'count');
    assert.equal(f.subject, 'siege');
    assert.equal(f.attribute, 'age:month');
    assert.deepEqual(f.detail.range, { min: 1, max: 2 });
  });
});

describe('facts: counts beside verbs of change', () => {
  const counts = (text: string) => factsOf(text).filter((f) => f.kind === 'count').map((f) => `${f.attribute} ${f.span.text}`);
  it('reads a toll in a sentence whose train "jumped the rails" or whose crane "fell on" workers', () => {
    assert.deepEqual(counts('Three people lost their lives on Saturday when a train jumped the rails.'), ['quantity:people|dead Three people lost their lives']);
    assert.deepEqual(counts('A crane fell on the site, killing two workers.'), ['quantity:worker|dead killing two workers']);
  });
  it('counts people released or handed over, and carriages derailed; "over" after "handed" is no hedge', () => {
    assert.deepEqual(counts('Tajikistan handed over six Kyrgyz citizens, four of them border guards.'), ['quantity:kyrgyz citizen|released handed over six Kyrgyz citizens']);
    assert.deepEqual(counts('Eight detainees were freed at the crossing.'), ['quantity:prisoner|released Eight detainees were freed']);
    assert.deepEqual(counts('The engine and four carriages had been derailed.'), ['quantity:carriage|derailed four carriages had been derailed']);
    const [over] = factsOf('Police said over 40 people were injured.').filter((f) => f.kind === 'count');
    assert.deepEqual(over.value, { kind: 'number', min: 40, max: Infinity }, '"over 40" still means more than 40');
  });
  it('leaves the people one hospital treats alone: a part of the toll ("63 injured people were being treated")', () => {
    assert.deepEqual(counts('At the regional hospital, 63 injured people were being treated in tents.'), []);
    assert.deepEqual(counts('Twelve injured people were taken to Meadowbank Hospital.'), []);
    assert.deepEqual(counts('At least 80 people were injured, officials said.'), ['quantity:people|injured At least 80 people were injured']);
  });
  it('counts those taken to hospital, no hospital named, as the hospitalised, apart from the injured', () => {
    assert.deepEqual(counts('Fourteen people were taken to hospital, most with smoke inhalation.'), ['quantity:people|hospitalised Fourteen people were taken to hospital']);
    assert.deepEqual(counts('Twelve injured people were brought to hospital.'), ['quantity:people|hospitalised Twelve injured people were brought to hospital']);
    assert.deepEqual(counts('Two of the hurt, both seriously burned, were taken to hospital.').filter((c) => c.includes('hospitalised')), []);
    assert.deepEqual(counts('Two people with serious burns were taken to hospital.').filter((c) => c.includes('hospitalised')), []);
  });
  it('leaves the people moved one way alone: a part of all those evacuated ("about 300 people by boat")', () => {
    assert.deepEqual(counts('The coast guard evacuated about 300 people by boat from the beaches.'), []);
    assert.deepEqual(counts('Police evacuated about 300 people from the village.'), ['quantity:people|evacuated evacuated about 300 people']);
  });
  it('leaves a toll that changed alone ("rose to 11", "climbed by three", "reached 12")', () => {
    for (const text of ['The death toll rose to 11 people dead on Monday.', 'The toll has climbed by three to 14 dead.', 'The number of dead reached 12.']) {
      assert.deepEqual(counts(text), [], text);
    }
  });
});

describe('facts: a pay rise demanded or offered', () => {
  const percents = (text: string) => factsOf(text).filter((f) => f.kind === 'count').map((f) => `${f.attribute} ${f.span.text}`);
  it('reads what a union demands and what employers offer as two measures, each in its own clause', () => {
    assert.deepEqual(percents('The dockers\' union is demanding an 11% pay rise.'), ['quantity:pay rise demanded:percent demanding an 11%']);
    assert.deepEqual(percents('Their union wants wages raised by 14%; the employers have offered 4% on wages, citing costs.'), [
      'quantity:pay rise demanded:percent wants wages raised by 14%',
      'quantity:pay rise offered:percent offered 4%',
    ]);
  });
  it('reads no pay rise without pay, or without a stance', () => {
    assert.deepEqual(percents('The company offered 5% of its shares to staff.'), []);
    assert.deepEqual(percents('Prices rose 3% as wages climbed.'), []);
  });
});

describe('facts: titles', () => {
  it('reads the title before a name and its status', () => {
    const [t] = findPersonTitles('a letter from two aides of former Romanian Prime Minister Ion Vasile to the court');
    assert.equal(t.title, 'former Romanian Prime Minister');
    assert.equal(t.name, 'Ion Vasile');
    assert.equal(t.role, 'prime-minister');
    assert.equal(t.status, 'former');
    assert.equal(t.country, 'romania');
  });
  it('keeps "former" across an adjective of whom an adviser serves', () => {
    const [t] = findPersonTitles('a company owned by a relative of former ministerial adviser Dan Moldo.');
    assert.equal(t.status, 'former');
    assert.equal(t.role, 'adviser');
  });
  it('folds synonyms of roles', () => {
    const roles = findPersonTitles('Palace aide Mira Sol met senior advisor Jon Dee and spokeswoman Ida Berg.').map((t) => [t.name, t.role]);
    assert.deepEqual(roles, [
      ['Mira Sol', 'adviser'],
      ['Jon Dee', 'adviser'],
      ['Ida Berg', 'spokesperson'],
    ]);
  });
  it('reads a title before a comma and the name, with the body it names', () => {
    const brief = (text: string) => findTitlesBeforeComma(text).map((t) => [t.name, t.role, t.organisation ?? '', text.slice(t.start, t.end)]);
    assert.deepEqual(brief('"We will not give in," said the union\'s president, Carla Brandt.'), [
      ['Carla Brandt', 'president', 'union', "the union's president, Carla Brandt"],
    ]);
    assert.deepEqual(brief('She toured the pit with the Chief Inspector of Mines, Daniel Mensah, on Friday.'), [
      ['Daniel Mensah', 'chief-inspector', 'Mines', 'the Chief Inspector of Mines, Daniel Mensah'],
    ]);
    assert.deepEqual(brief("Orlen Air's chief executive, Maria Holm, said so."), [['Maria Holm', 'ceo', 'Orlen Air', "Orlen Air's chief executive, Maria Holm"]]);
    assert.deepEqual(brief('After meeting the president, Carla Brandt said the talks had gone well.'), [], 'a subordinate opening names someone else');
  });
  it('reads a title after the name and a comma without an article, with the body it names', () => {
    const [t] = findAppositiveTitles('Daniel Mensah, chief executive of the Minerals Board, said the pit was unlicensed.');
    assert.deepEqual([t.name, t.role, t.title, t.organisation], ['Daniel Mensah', 'ceo', 'chief executive of the Minerals Board', 'Minerals Board']);
    const both = findAppositiveTitles('Carla Brandt, spokeswoman and deputy leader of the Green Party, said so.').map((x) => x.role);
    assert.deepEqual(both, ['spokesperson', 'deputy-leader']);
  });
  it('reads India\'s district collector as its district magistrate: one post, two names', () => {
    const roles = ['The District Collector, Kavita Negi, visited the site.', 'District Magistrate Kavita Negi visited the site.'].map((t) => findAppositiveTitles(t).concat(findTitlesBeforeComma(t), findPersonTitles(t)).map((x) => x.role));
    assert.deepEqual(roles.map((r) => [...new Set(r)]), [['district-magistrate'], ['district-magistrate']]);
  });
  it('reads a title after an age in commas or brackets, and the heads of schools and faculties', () => {
    const [t] = findAppositiveTitles('Prosecutors charged Maria Lopez, 61, director of the city museum, on Tuesday.');
    assert.deepEqual([t.name, t.role, t.organisation], ['Maria Lopez', 'director', 'city museum']);
    const [u] = findAppositiveTitles('Maria Lopez (61), vice-dean of the medical college, was charged.');
    assert.deepEqual([u.name, u.role, u.organisation], ['Maria Lopez', 'deputy-dean', 'medical college']);
    assert.deepEqual(findAppositiveTitles('Maria Lopez, 61, said the museum would reopen.'), [], 'an age alone is no title');
  });
  it('names the body by the name written after its description ("the tunnel operator, Fellital Tunnels")', () => {
    const [t] = findAppositiveTitles('Daniel Mensah, a spokesman for the tunnel operator, Fellital Tunnels (FT), said the road was shut.');
    assert.deepEqual([t.role, t.organisation], ['spokesperson', 'Fellital Tunnels']);
    const [u] = findAppositiveTitles('Daniel Mensah, a spokesman for the tunnel operator, said the road was shut.');
    assert.equal(u.organisation, 'tunnel operator');
  });
  it('reads "Name, who heads the ..." as the head of a body, but not of an effort', () => {
    const [t] = findAppositiveTitles('Daniel Mensah, who heads the emergency services in Varl county, said two people died.');
    assert.deepEqual([t.role, t.status, t.organisation], ['head', 'current', 'emergency services in Varl county']);
    assert.equal(findAppositiveTitles('Carla Brandt, who chairs the port board, spoke first.')[0].role, 'chair');
    assert.deepEqual(findAppositiveTitles('Daniel Mensah, who leads the rescue effort, said so.'), []);
  });
  it('gives a rank before the name and a title after it as two titles', () => {
    const titles = factsOf('VARL, May 3, 2026 — The train left the rails, said Lieutenant Colonel Ionel Vasu, spokesman for the county emergency services inspectorate.')
      .filter((f) => f.kind === 'title')
      .map((f) => [f.detail.person?.role, f.detail.person?.organisation ?? '', f.span.text]);
    assert.deepEqual(titles, [
      ['colonel', '', 'Lieutenant Colonel Ionel Vasu'],
      ['spokesperson', 'county emergency services inspectorate', 'Ionel Vasu, spokesman for the county emergency services inspectorate'],
    ]);
  });
});

describe('facts: participants', () => {
  it('reads the parties of a meeting as countries', () => {
    const [f] = factsOf('Talks were held in Nairobi between Kenyan officials and Ethiopian envoys Abel Tesfaye and Hana Girma.').filter((x) => x.kind === 'participants');
    assert.deepEqual(f.value, { kind: 'set', items: ['ethiopia', 'kenya'] });
    assert.equal(f.span.text, 'between Kenyan officials and Ethiopian envoys Abel Tesfaye and Hana Girma');
  });
  it('gives no fact when a party is not a country', () => {
    assert.deepEqual(factsOf('The meeting between Kenyan officials and two lawyers ended early.').filter((x) => x.kind === 'participants'), []);
  });
});
