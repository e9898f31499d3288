/**
 * Contradiction rules on fictional fixtures (test-fixtures/contradictions/): each kind of
 * contradiction is found with its exact items, and each kind of agreement is left alone.
 */
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/analysis/analyzeDocument';
import { findContradictions } from '../../../src/analysis/contradictions/findContradictions';
import { extractFacts } from '../../../src/analysis/facts/extractFacts';
import { DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED, type Contradiction } from '../../../src/analysis/types';
import { analyseCopies, analyseFixtures, describe1, fixtureText } from './pipeline';

/** Asserts the items' offsets point at their text in the fixture. */
function assertAnchored(c: Contradiction): void {
  for (const item of c.items) assert.equal(fixtureText(item.uri).slice(item.start, item.end), item.text, describe1(c));
}

function lines(found: readonly Contradiction[]): string[] {
  for (const c of found) assertAnchored(c);
  return found.map(describe1).sort();
}

describe('contradictions: times and durations', () => {
  const { contradictions } = analyseFixtures(['summit-clock-a.txt', 'summit-clock-b.txt', 'summit-clock-c.txt']);
  const time = contradictions.filter((c) => c.kind === 'time');

  it('finds start plus end against a stated duration within one article', () => {
    const c = time.find((x) => x.fact.endsWith('duration'));
    assert.ok(c, JSON.stringify(time.map(describe1)));
    assert.deepEqual(c.items.map((i) => [i.uri, i.text]), [
      ['summit-clock-a.txt', 'began at 2 p.m. local time and ran past midnight'],
      ['summit-clock-a.txt', 'four-hour summit'],
    ]);
    assert.match(c.explanation, /past midnight/u);
    assert.match(c.explanation, /3\.6–4\.4 hours/u);
  });

  it('finds an end "in the evening" against "past midnight" in two other articles, and nothing else', () => {
    assert.deepEqual(lines(time), [
      'time: summit-clock-a.txt «began at 2 p.m. local time and ran past midnight» | summit-clock-a.txt «four-hour summit»',
      'time: summit-clock-a.txt «ran past midnight» | summit-clock-b.txt «concluded in the evening»',
      'time: summit-clock-b.txt «concluded in the evening» | summit-clock-c.txt «ran well past midnight»',
    ]);
  });

  it('leaves "more than three hours" and "four-hour" alone', () => {
    assert.ok(!contradictions.some((c) => c.items.some((i) => i.text.includes('more than three hours'))));
  });

  it('finds "former Mayor" against "Mayor" for one person', () => {
    const title = contradictions.filter((c) => c.kind === 'title');
    assert.deepEqual(lines(title), ['title: summit-clock-c.txt «Former Mayor Elena Ruiz» | summit-clock-b.txt «Mayor Elena Ruiz»']);
  });
});

describe('contradictions: time zones', () => {
  it('takes 10 a.m. EST and 15:00 GMT as the same start', () => {
    const { contradictions } = analyseFixtures(['zones-agree-a.txt', 'zones-agree-b.txt']);
    assert.deepEqual(contradictions.map(describe1), []);
  });
  it('finds 1600 GMT against 4 p.m. ET', () => {
    const { contradictions } = analyseFixtures(['zones-clash-a.txt', 'zones-clash-b.txt']);
    assert.deepEqual(lines(contradictions), ['time: zones-clash-a.txt «ended at 1600 GMT» | zones-clash-b.txt «ended at 4 p.m. ET»']);
    assert.equal(contradictions[0].fact, "hearing's end time");
  });
});

describe('contradictions: event identity', () => {
  it('does not compare meetings months apart, nor "weekend talks" with the main talks', () => {
    const { docs, contradictions } = analyseFixtures(['event-identity-a.txt', 'event-identity-b.txt']);
    assert.deepEqual(docs.map((d) => d.published), ['2025-01-12', '2025-04-20']);
    assert.deepEqual(contradictions.map(describe1), []);
  });
});

describe('contradictions: stories of the same kind', () => {
  // Two fires in Brennick a year apart, and one in Ostraven two days later with other people:
  // their durations and start times differ, but they are three fires, not three accounts of one.
  const { docs, contradictions } = analyseFixtures(['fire-brennick-a.txt', 'fire-brennick-b.txt', 'fire-ostraven.txt', 'fire-brennick-2025.txt']);
  it('reads the dates of datelines', () => {
    assert.deepEqual(docs.map((d) => d.published), ['2024-05-02', '2024-05-03', '2024-05-04', '2025-03-18']);
  });
  it('qualifies the fire with its actors and place', () => {
    const duration = docs[0].facts.find((f) => f.attribute === 'duration');
    assert.equal(duration?.subject, 'fire@brennick+harlow-mills+olga-renner');
  });
  it('finds the two durations of one fire, and nothing between different fires', () => {
    assert.deepEqual(lines(contradictions), ['time: fire-brennick-a.txt «six-hour blaze» | fire-brennick-b.txt «lasted about three hours»']);
  });
});

describe('contradictions: many accounts against one', () => {
  it('reports the dissenting account against a few of the agreeing ones, not all', () => {
    const entries: Array<[string, string]> = Array.from({ length: 12 }, (_, i) => [`agree-${String(i).padStart(2, '0')}.txt`, 'many-agree.txt']);
    entries.push(['dissent.txt', 'many-agree-dissent.txt']);
    const { contradictions } = analyseCopies(entries);
    assert.deepEqual(
      contradictions.map((c) => c.items.map((i) => `${i.uri} «${i.text}»`).join(' | ')),
      ['agree-00.txt', 'agree-01.txt', 'agree-02.txt'].map((u) => `${u} «six-hour meeting» | dissent.txt «three-hour meeting»`),
    );
  });
});

describe('contradictions: counts with versions and hedges', () => {
  const { contradictions } = analyseFixtures(['plan-versions-a.txt', 'plan-versions-b.txt', 'plan-versions-c.txt']);
  it('keeps an original draft and a revised plan apart, and "roughly 11-12" with "12"', () => {
    assert.ok(!contradictions.some((c) => c.items.some((i) => /20-point/u.test(i.text))), JSON.stringify(contradictions.map(describe1)));
    assert.ok(!contradictions.some((c) => c.items.some((i) => i.uri === 'plan-versions-a.txt') && c.items.some((i) => i.uri === 'plan-versions-b.txt')));
  });
  it('finds the new 15-point plan against both 12-point accounts', () => {
    assert.deepEqual(lines(contradictions), [
      'count: plan-versions-a.txt «12-point plan» | plan-versions-c.txt «15-point plan»',
      'count: plan-versions-b.txt «trimmed to roughly 11-12» | plan-versions-c.txt «15-point plan»',
    ]);
  });
});

describe('contradictions: ages told with ordinals', () => {
  it('finds "entering its third week" against "nearing the end of its third week" and "nearly three-week"', () => {
    const { contradictions } = analyseFixtures(['strike-age-a.txt', 'strike-age-b.txt', 'strike-age-c.txt']);
    assert.deepEqual(lines(contradictions), [
      'count: strike-age-a.txt «now entering its third week» | strike-age-b.txt «nearing the end of its third week»',
      'count: strike-age-a.txt «now entering its third week» | strike-age-c.txt «nearly three-week strike»',
    ]);
  });
});

describe('contradictions: titles', () => {
  it('finds two portfolios for one minister and takes aide and adviser as one role', () => {
    const { contradictions } = analyseFixtures(['titles-a.txt', 'titles-b.txt']);
    assert.deepEqual(lines(contradictions), ['title: titles-a.txt «Foreign Minister Tomas Berg» | titles-b.txt «Defence Minister Tomas Berg»']);
  });
});

describe('contradictions: weekday against date', () => {
  it('finds "Wednesday, March 4, 2025" (a Tuesday) and leaves "Friday, March 14, 2025" alone', () => {
    const { contradictions } = analyseFixtures(['weekday-date.txt']);
    assert.deepEqual(lines(contradictions), ['date: weekday-date.txt «Wednesday» | weekday-date.txt «March 4, 2025»']);
    assert.match(contradictions[0].explanation, /is a Tuesday/u);
  });
});

describe('contradictions: the age of a person named in full in both articles', () => {
  it('sets 49 against 53 though the articles share no other name', () => {
    const { contradictions } = analyseFixtures(['age-fullname-a.txt', 'age-fullname-b.txt']);
    assert.deepEqual(lines(contradictions), ['count: age-fullname-a.txt «Teodor Lindqvist, 49» | age-fullname-b.txt «Lindqvist, a 53-year-old»']);
  });
});

describe('contradictions: weekday against date, settled by another article', () => {
  it('shows "Thursday 9 May" (a Friday in 2025) against the article that gives "Friday, May 9"', () => {
    const { contradictions } = analyseFixtures(['weekday-witness-a.txt', 'weekday-witness-b.txt']);
    assert.deepEqual(lines(contradictions), ['date: weekday-witness-b.txt «Thursday 9 May» | weekday-witness-a.txt «Friday, May 9»']);
    assert.match(contradictions[0].explanation, /a Friday/u);
  });
  it('shows a wrong "this Monday (11)" against the other article\'s Tuesday told in the same words (the flights), not its first Tuesday', () => {
    const { docs, contradictions } = analyseFixtures(['flights-witness-a.txt', 'flights-witness-b.txt']);
    assert.deepEqual(lines(contradictions), ['date: flights-witness-b.txt «this Monday (11)» | flights-witness-a.txt «Tuesday»']);
    const witness = contradictions[0].items[1];
    const text = docs.find((d) => d.uri === witness.uri)!.text;
    assert.equal(witness.start, text.indexOf('On Tuesday a provincial helicopter') + 'On '.length);
  });
});

describe('contradictions: participants', () => {
  it('finds a third delegation that another account leaves out, and ignores an incomplete list', () => {
    const { contradictions } = analyseFixtures(['participants-a.txt', 'participants-b.txt', 'participants-c.txt']);
    assert.deepEqual(lines(contradictions), [
      'participants: participants-a.txt «between Kenyan, Ugandan and Tanzanian delegations» | participants-b.txt «between Kenyan engineers and Ugandan officials»',
    ]);
    assert.match(contradictions[0].explanation, /Tanzania/u);
  });
});

describe('contradictions: quotes', () => {
  const quotes = {
    'quotes-a.txt': [
      ['We are ready to reopen the plant next month,', 'Sara Novak'],
      ['The alarm system worked as designed,', 'Novak'],
    ] as Array<[string, string]>,
    'quotes-b.txt': [
      ['We are not ready to reopen the plant next month,', 'Sara Novak'],
      ['The alarm system worked as designed,', 'Leo Marsh'],
      ['Everyone got out safely thanks to the drills,', 'Novak'],
    ] as Array<[string, string]>,
  };
  const { contradictions } = analyseFixtures(['quotes-a.txt', 'quotes-b.txt', 'quotes-c.txt'], quotes);
  it('finds the same words given to two speakers', () => {
    const c = contradictions.filter((x) => x.kind === 'attribution');
    assert.deepEqual(lines(c), ['attribution: quotes-a.txt «“The alarm system worked as designed,”» | quotes-b.txt «“The alarm system worked as designed,”»']);
  });
  it('finds a negation that changes a quote, and leaves a paraphrase alone', () => {
    const c = contradictions.filter((x) => x.kind === 'quote');
    assert.deepEqual(lines(c), ['quote: quotes-a.txt «“We are ready to reopen the plant next month,”» | quotes-b.txt «“We are not ready to reopen the plant next month,”»']);
    assert.equal(contradictions.length, 2);
  });
});

describe('contradictions: odd input', () => {
  it('does not crash on empty text, emoji, right-to-left text, CRLF and long lines', () => {
    const texts = ['', '🔥🚒 The 🔥 began at 🕓 and ended past midnight 🎉', 'المحادثات بدأت at 4 p.m.', 'The talks began at 2 p.m.\r\nThe talks ended in the evening.\r\n', 'x '.repeat(50_000) + 'the six-hour meeting'];
    const docs = texts.map((t, i) => analyzeDocument(`odd-${i}`, t, DEFAULT_ANALYSIS_OPTIONS));
    for (const d of docs) d.facts = extractFacts(d, new Map());
    assert.ok(Array.isArray(findContradictions(docs, new Map(), NEVER_CANCELLED)));
  });
});

describe('contradictions: a quote given to an organisation and to its acronym', () => {
  it('takes "the Northern Bakery Workers\' Union" and "NBWU" for one speaker', () => {
    const { contradictions } = analyseFixtures(['union-quote-a.txt', 'union-quote-b.txt']);
    assert.deepEqual(contradictions.filter((x) => x.kind === 'attribution').map(describe1), []);
  });
});

describe('contradictions: a byline names no one in the story', () => {
  it('does not count the reporter among an article\'s people, so a story told by other officials is still one event', () => {
    // Without this, "By Sarah Whitlock" and the fire chief made two people of article a that
    // article b (which quotes a spokeswoman) never names: two stories, and the ages went unread.
    const found = analyseFixtures(['byline-a.txt', 'byline-b.txt']).contradictions.map(describe1);
    assert.deepEqual(found, ['count: byline-a.txt «arrested a 46-year-old farmer» | byline-b.txt «arrested a 64-year-old farmer»']);
  });
});

describe('contradictions: a long remark quoted word for word is one event', () => {
  it('gives the same twelve words to a minister and to a fire chief although the articles share only the town', () => {
    const { contradictions } = analyseFixtures(['quote-verbatim-a.txt', 'quote-verbatim-b.txt']);
    const found = contradictions.filter((c) => c.kind === 'attribution');
    assert.equal(found.length, 1, contradictions.map(describe1).join('\n'));
    assert.match(found[0].explanation, /Petra Sollund.*Anders Hovik/u);
  });
  it('does not take a remark repeated ten days later for proof of one event (a stock phrase recurs)', () => {
    const { contradictions } = analyseFixtures(['quote-verbatim-a.txt', 'quote-verbatim-later.txt']);
    assert.deepEqual(contradictions.filter((c) => c.kind === 'attribution').map(describe1), []);
  });
  it('does not take a short remark ("We will rebuild every home") for proof of one event', () => {
    const { contradictions } = analyseFixtures(['quote-short-a.txt', 'quote-short-b.txt']);
    assert.deepEqual(contradictions.filter((c) => c.kind === 'attribution').map(describe1), []);
  });
});

describe('contradictions: a quote whose ending is swapped (misquote-long fixture)', () => {
  it('flags "and it is final" against "and we are ready to improve it" after nine words in common', () => {
    // The speaker of "..., said VPEA spokeswoman Lena Marsh" is the person, not the organisation.
    const found = analyseFixtures(['misquote-long-a.txt', 'misquote-long-b.txt']).contradictions.filter((c) => c.kind === 'quote');
    assert.equal(found.length, 1, found.map(describe1).join('\n'));
    assert.match(found[0].explanation, /“it is final” against “we are ready to improve it”/u);
  });
});

describe('contradictions: a quote with a few words swapped (misquote fixture)', () => {
  const { contradictions } = analyseFixtures(['misquote-a.txt', 'misquote-b.txt']);
  it('flags one remark given word for word except "going backwards" against "going round in circles"', () => {
    const found = contradictions.filter((c) => c.kind === 'quote');
    assert.equal(found.length, 1, found.map(describe1).join('\n'));
    assert.match(found[0].explanation, /“backwards” against “round in circles”/u);
  });
  it('lets "We are" and "We\'re" stand for one wording', () => {
    assert.ok(!contradictions.some((c) => c.items.some((i) => i.text.includes('winter timetable'))));
  });
});

describe('contradictions: a quote with one word swapped for a synonym (misquote-synonym fixture)', () => {
  it('lets "guard a beautiful lie" and "protect a beautiful lie" stand for one remark, of one speaker ("Verbeeck", "Verbeek")', () => {
    const { contradictions } = analyseFixtures(['misquote-synonym-a.txt', 'misquote-synonym-b.txt']);
    assert.deepEqual(contradictions.filter((c) => c.kind === 'quote' || c.kind === 'attribution').map(describe1), []);
  });
});


describe('contradictions: a running death toll', () => {
  it('lets an earlier toll given as a count so far stand beside a later, higher one, and flags a later, lower one', () => {
    const { contradictions } = analyseFixtures(['running-toll-a.txt', 'running-toll-b.txt', 'running-toll-c.txt']);
    // a (08:15 GMT, "so far 12") < c (10:00 GMT, 18) and < b (19:40 GMT, 15): one toll rising.
    // c (18) > b (15) later that day: a toll of the dead cannot fall.
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'count')), [
      'count: running-toll-b.txt «killed 15 people» | running-toll-c.txt «killed 18 people»',
    ]);
  });
  it('flags an earlier, lower toll that nothing gives as provisional', () => {
    const { contradictions } = analyseFixtures(['running-toll-d.txt', 'running-toll-b.txt']);
    assert.deepEqual(lines(contradictions.filter((c) => c.kind === 'count')), [
      'count: running-toll-b.txt «killed 15 people» | running-toll-d.txt «killed nine people»',
    ]);
  });
});

describe('contradictions: the UTC offset that conversions of local time imply', () => {
  it('sets "7:15 a.m. (0515 GMT)" (UTC+2) against "7:15 local time (6:15 UTC)" (UTC+1), and leaves a third conversion at UTC+2 alone', () => {
    const { contradictions } = analyseFixtures(['offset-a.txt', 'offset-b.txt', 'offset-c.txt']);
    const offsets = contradictions.filter((c) => c.fact === 'UTC offset of local time');
    assert.deepEqual(lines(offsets), [
      'time: offset-a.txt «0515 GMT» | offset-b.txt «6:15 UTC»',
      'time: offset-b.txt «6:15 UTC» | offset-c.txt «1430 GMT»',
    ]);
    assert.match(offsets[0].explanation, /UTC\+2.*UTC\+1/u);
  });
});
