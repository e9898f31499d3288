/**
 * Clock times with zones, parts of the day as intervals, dates resolved against the article's
 * date, the article's own date, and value mentions as the editor shows them.
 */
import assert from 'node:assert/strict';
import { findDateline } from '../../../src/analysis/dates/dateline';
import { findPublicationDate } from '../../../src/analysis/dates/publicationDate';
import { tokenize } from '../../../src/analysis/text/nlp';
import { splitSentences } from '../../../src/analysis/text/sentences';
import { findClockTimes, findDayParts, lookupZone, offsetOn } from '../../../src/analysis/values/clock';
import { findDates } from '../../../src/analysis/values/dates';
import { extractValueMentions } from '../../../src/analysis/values/extractValues';

describe('values: dates in figures', () => {
  it('reads a Buddhist Era year ("8/2/2569") as the common era, day before month when that falls nearer the article', () => {
    const iso = (text: string) => findDates(text, '2025-12-12').map((d) => d.iso);
    assert.deepEqual(iso('The vote is on Sunday 8/2/2569, advance voting on Sunday 25/1/2569.'), ['2026-02-08', '2026-01-25']);
    assert.deepEqual(iso('The decree is dated 12/12/2568.'), ['2025-12-12']);
  });
});

describe('values: clock times and zones', () => {
  it('reads "at 5h40", "from 23h40" and "at 10h" as the 24-hour clock of Portuguese and French pages, and leaves a race time "in 2h05" alone', () => {
    assert.deepEqual(findClockTimes('The police stopped the work at 5h40.').map((t) => [t.text, t.minutes]), [['5h40', 340]]);
    assert.deepEqual(findClockTimes('It turned over from 23h40 of Tuesday and the talks began at 10h in the hall.').map((t) => [t.text, t.minutes]), [['23h40', 1420], ['10h', 600]]);
    assert.deepEqual(findClockTimes('She ran it in 2h05 last year.'), []);
  });
  it('reads a time with its part of the day in Swahili (hours from 6 a.m.) or Malay, as local outlets\' English pages keep it', () => {
    const read = (t: string) => findClockTimes(t).map((c) => [c.text, c.minutes]);
    assert.deepEqual(read('were arrested at saa 10:30 alfajiri by rangers'), [['saa 10:30 alfajiri', 4 * 60 + 30]]);
    assert.deepEqual(read('the rally ended at saa 2 usiku'), [['saa 2 usiku', 20 * 60]]);
    assert.deepEqual(read('took the oath at 3.00 petang'), [['3.00 petang', 15 * 60]]);
    assert.deepEqual(read('left at 8.30 pagi'), [['8.30 pagi', 8 * 60 + 30]]);
  });
  it('reads a twelve-hour time with its half of the day in words ("3:45 in the afternoon"), and no race time', () => {
    assert.equal(findClockTimes('brought the fire under control at 3:45 in the afternoon.')[0].minutes, 15 * 60 + 45);
    assert.equal(findClockTimes('the pumps stopped at 3:45 in the morning.')[0].minutes, 3 * 60 + 45);
    assert.deepEqual(findClockTimes('stopping the clock at 2:04:41.'), []);
  });
  it('reads 12-hour, 24-hour and wire-style times with their zones', () => {
    const [a, b, c] = findClockTimes('Doors opened at 4:30 p.m. Lisbon time, the vote closed at 21:15 and results came at 1330 GMT.');
    assert.equal(a.text, '4:30 p.m. Lisbon time');
    assert.equal(a.minutes, 16 * 60 + 30);
    assert.equal(a.zone?.local, true);
    assert.equal(a.zone?.offset, 0);
    assert.equal(b.text, '21:15');
    assert.equal(b.zone, undefined);
    assert.equal(c.text, '1330 GMT');
    assert.equal(c.minutes, 13 * 60 + 30);
    assert.equal(c.zone?.offset, 0);
  });
  it('knows the time of capitals and cities the zone database files under another city ("Brasília time", "Canberra time")', () => {
    assert.equal(lookupZone('Brasília time')?.offset, -180);
    assert.equal(lookupZone('Canberra time')?.offset, 600);
    assert.equal(lookupZone('Munich time')?.offset, 60);
  });
  it('knows zone names, city times and local time', () => {
    assert.equal(lookupZone('Nairobi time')?.offset, 180);
    assert.equal(lookupZone('Nairobi time')?.local, true);
    assert.equal(lookupZone('EDT')?.offset, -240);
    assert.equal(lookupZone('ET')?.dstUncertain, true);
    assert.equal(lookupZone('local time')?.offset, undefined);
    // Lower-case "est" is a word, not a zone.
    assert.equal(lookupZone('est'), undefined);
  });
  it('knows the clock of a one-zone country whose capital the time-zone database files under another city (New Zealand, Switzerland, Nigeria)', () => {
    assert.equal(offsetOn(lookupZone('New Zealand time')!, '2025-02-11')?.offset, 13 * 60);
    assert.equal(offsetOn(lookupZone('Switzerland time')!, '2025-07-01')?.offset, 120);
    assert.equal(lookupZone('Nigeria time')?.offset, 60);
  });
  it('leaves out a time told in the reader\'s own clock ("9:30 in the morning by our time")', () => {
    assert.deepEqual(findClockTimes('The final started at 9:30 in the morning by our time, at 7.30pm in Melbourne.').map((t) => t.text), ['7.30pm']);
  });
  it('knows the time of every city of the runtime\'s time-zone database, and of capitals filed under another', () => {
    assert.equal(lookupZone('Dushanbe time')?.offset, 5 * 60);
    assert.equal(lookupZone('Bishkek time')?.offset, 6 * 60);
    assert.equal(lookupZone('Astana time')?.offset, lookupZone('Almaty time')?.offset);
    assert.equal(lookupZone('Port-au-Prince time')?.dstUncertain, true);
    assert.equal(lookupZone('Kathmandu time')?.offset, 5 * 60 + 45);
    // A word that is also a database name is not a zone after a clock time.
    assert.equal(findClockTimes('at 5 p.m. Easter time')[0].zone, undefined);
    assert.equal(findClockTimes('doors opened at 11 a.m. Dushanbe time (0600 GMT)')[0].text, '11 a.m. Dushanbe time');
  });
  it('reads a country\'s time from its capital, but not the time of a country of several zones', () => {
    const [spain] = findClockTimes('The quake struck at 2:14 a.m. local time, or 09:14 in mainland Spain.').slice(1);
    assert.equal(spain.text, '09:14 in mainland Spain');
    assert.equal(spain.zone?.offset, 60);
    assert.equal(lookupZone('Kenya time')?.offset, 180);
    assert.equal(lookupZone('in Russia'), undefined);
    assert.equal(lookupZone('United States time'), undefined);
  });
  it('reads a nationality\'s time as its country\'s, and a time with a full stop by its part of the day', () => {
    assert.equal(lookupZone('British time')?.tz, 'Europe/London');
    assert.equal(lookupZone('American time'), undefined);
    const [british, dotted] = findClockTimes('announced at 9.30am British time on Tuesday, and again at 8.30 on Wednesday evening');
    assert.equal(british.text, '9.30am British time');
    assert.deepEqual([dotted.text, dotted.minutes], ['8.30', 20 * 60 + 30]);
  });
  it('settles daylight saving from the day for a zone the database knows', () => {
    const madrid = lookupZone('in Spain')!;
    assert.deepEqual(offsetOn(madrid, '2025-11-23'), { offset: 60, doubt: 0 });
    assert.deepEqual(offsetOn(madrid, '2025-07-01'), { offset: 120, doubt: 0 });
    assert.deepEqual(offsetOn(madrid, undefined), { offset: 60, doubt: 60 });
    assert.deepEqual(offsetOn(lookupZone('ET')!, '2025-01-10'), { offset: -300, doubt: 0 });
    assert.deepEqual(offsetOn(lookupZone('GMT')!, '2025-07-01'), { offset: 0, doubt: 0 });
  });
  it('reads a 24-hour time with a full stop when a zone follows it', () => {
    const times = findClockTimes('It blew at 5.42am local time on Tuesday - 13.42 GMT, and prices rose 12.50 on the day.');
    assert.deepEqual(times.map((t) => t.text), ['5.42am local time', '13.42 GMT']);
    assert.deepEqual(findClockTimes('The snow came down at 11.40 CET; the score stood at 11.40 points.').map((t) => [t.text, t.minutes]), [['11.40 CET', 700]]);
  });
  it('reads a time with a full stop before a named zone\'s time ("03.47 Norwegian time"), but no other number', () => {
    assert.deepEqual(findClockTimes('The call came at 03.47 Norwegian time.').map((t) => [t.text, t.minutes, t.zone?.name]), [['03.47 Norwegian time', 227, 'Norwegian time']]);
    assert.deepEqual(findClockTimes('Shares rose 3.47 per cent, the third time this week.'), []);
  });
  it('reads a zone written after a weekday ("at 11:47 a.m. Tuesday, Manila time")', () => {
    assert.deepEqual(findClockTimes('It sent a distress call at 11:47 a.m. Tuesday, Manila time, and sank.').map((t) => [t.text, t.zone?.name]), [['11:47 a.m. Tuesday, Manila time', 'Manila time']]);
    assert.deepEqual(findClockTimes('It sank at 11:47 a.m. Tuesday, when the wave hit.').map((t) => [t.text, t.zone?.name]), [['11:47 a.m.', undefined]]);
  });
  it('reads "13 o\'clock" on the 24-hour clock, and leaves "7 o\'clock" (morning or evening) alone', () => {
    assert.deepEqual(findClockTimes("It was out shortly after 13 o'clock.").map((t) => [t.text, t.minutes, t.approximate]), [["13 o'clock", 780, true]]);
    assert.deepEqual(findClockTimes("They met at 7 o'clock."), []);
  });
  it('marks hedged times as approximate', () => {
    assert.equal(findClockTimes('the match began around 8 p.m.')[0].approximate, true);
    assert.equal(findClockTimes('the match began at 8 p.m.')[0].approximate, false);
  });
  it('turns parts of the day into intervals, past midnight on the next day', () => {
    const parts = findDayParts('The fire was put out in the evening but flared again well past midnight.');
    assert.deepEqual(parts.map((p) => [p.text, p.lo, p.hi]), [
      ['in the evening', 17 * 60, 23 * 60],
      ['well past midnight', 24 * 60, 28 * 60],
    ]);
  });
});

describe('values: dates', () => {
  it('reads "Monday, 14.10." (day and month with a stop after each) as that date, marking the weekday it really falls on', () => {
    const [d] = findDates('Early on Monday, 14.10., at 6 o\'clock officers came.', '2025-10-15');
    assert.deepEqual([d.text, d.iso, d.weekday, d.actualWeekday], ['Monday, 14.10.', '2025-10-14', 1, 2]);
  });
  it('reads a day and month without a year the way nearer the article\'s date ("12/3" in March is 12 March)', () => {
    assert.deepEqual(findDates('found missing on Wednesday early morning (12/3).', '2025-03-11').map((d) => [d.text, d.iso]), [
      ['Wednesday', '2025-03-12'],
      ['12/3', '2025-03-12'],
    ]);
    assert.equal(findDates('the hearing on 3/12 was adjourned', '2025-12-01')[0].iso, '2025-12-03');
  });
  it('reads "this Tuesday 12/3" in a paper of 14 March as 12 March, a Wednesday, and not as 3 December, a Tuesday', () => {
    const [d] = findDates('The captive was set free this Tuesday 12/3 after long talks.', '2025-03-14');
    assert.deepEqual([d.iso, d.weekday, d.actualWeekday], ['2025-03-12', 2, 3]);
  });
  it('reads the day after "in the early morning of", and drops a trailing "at" before a clock time', () => {
    assert.deepEqual(findDates('stopped in the early morning of Tuesday, 11 March, at 3:47.', '2025-03-12').map((d) => [d.text, d.iso]), [['Tuesday, 11 March', '2025-03-11']]);
  });
  it('resolves weekdays and relative dates against the article date', () => {
    const found = findDates('The jury met on Tuesday and the judge resigned last week.', '2025-03-06');
    assert.deepEqual(found.map((d) => [d.text, d.iso, d.relative]), [
      ['Tuesday', '2025-03-04', true],
      ['last week', '2025-02-27', true],
    ]);
  });
  it('leaves relative dates unresolved without an article date', () => {
    const [d] = findDates('The jury met on Tuesday.');
    assert.equal(d.text, 'Tuesday');
    assert.equal(d.iso, undefined);
    assert.equal(d.weekday, 2);
  });
  it('flags a weekday that does not match its date, and years alone', () => {
    const found = findDates('The trial opened on Wednesday, March 4, 2025, eleven years after the theft in 2014.');
    assert.equal(found[0].text, 'Wednesday, March 4, 2025');
    assert.equal(found[0].actualWeekday, 2);
    assert.deepEqual(found.map((d) => d.iso), ['2025-03-04', '2014']);
  });
});

describe('dates: findPublicationDate', () => {
  const dateOf = (text: string) => {
    const tokenized = tokenize(text);
    return findPublicationDate(text, splitSentences(text, tokenized, []));
  };
  it('reads a date inside a byline or stamp line with separators, and a date with its clock time', () => {
    assert.equal(dateOf('Ridge talks end\n\n*Analysis · 15 October 2025 · by Dr Ana Serra, senior fellow*\n\nThe talks ended on Tuesday.'), '2025-10-15');
    assert.equal(dateOf('Ministers meet\n\n15 May 2025, 21:10 (GMT+4)\nBy Tural Hasanli\n\nThe ministers met on Thursday.'), '2025-05-15');
  });
  it('reads the date line of a page abroad in its site\'s language', () => {
    assert.equal(dateOf('WARTA KOTA\n\nVolcano erupts\n\nSabtu, 19 Agustus 2023 | 21:30 WITA | By Dewi Lestari\n\nThe volcano erupted on Saturday.'), '2023-08-19');
    assert.equal(dateOf('Noticias\n\nLa huelga sigue\n\n15 de octubre de 2025 · Por Ana Ruiz\n\nThe strike went on.'), '2025-10-15');
    assert.equal(dateOf('Notícias\n\nCheias na Beira\n\nTerça-feira, 11 de Fevereiro de 2025 – 17:35 | By Rui Neto, in Beira\n\nThe river rose.'), '2025-02-11');
    assert.equal(dateOf('Hírek\n\nKamatdöntés\n\n2025. október 15. 14:05\n\nThe bank cut its rate.'), '2025-10-15');
    assert.equal(dateOf('Vijesti | Region\n\nHikers found alive\n\nNedjelja, 16. novembar 2025, 14:25 | Author: Ana Peric\n\nThey were found on Sunday.'), '2025-11-16');
    assert.equal(dateOf('Ziņas\n\nRoad reopens\n\n2025. gada 3. septembris\n\n3. septembris 2025, 09:10\n\nThe road reopened.'), '2025-09-03');
  });
  it('reads the day of "from 2 May" (chrono-node took it for the start of a range)', () => {
    const [d] = findDates('The ban counts from 2 May, when she was suspended.', '2026-10-08');
    assert.deepEqual(d && { text: d.text, iso: d.iso, grain: d.grain }, { text: '2 May', iso: '2026-05-02', grain: 'day' });
    const [r] = findDates('Roads close from 12 May to 4 June.', '2026-10-08');
    assert.equal(r?.iso, '2026-05-12');
  });
  it('does not take "date" in running text for a stamp, nor a race distance for a date', () => {
    assert.equal(
      dateOf('Rower banned\n\nFriday 4 April 2025, 10:15 | By Eva Lind\n\nShe came third in the final on Sunday 2 March 2025 and lost every result after that date.'),
      '2025-04-04',
    );
    assert.deepEqual(findDates('She was second in 200m butterfly and fourth in 400m.'), []);
  });
  it('reads a numeric date day-first when the dateline names the day and month that way', () => {
    assert.equal(dateOf('Fire destroys homes\n\nSource: PEP | 04/08/2025 18:02\n\nKRANIDI, Greece, Aug 4 (PEP) - A wildfire destroyed 27 homes on Sunday.'), '2025-08-04');
    assert.equal(dateOf('Fire destroys homes\n\nPosted 04/08/2025\n\nBOISE, Idaho, April 8 (AP) - A wildfire destroyed 27 homes on Monday.'), '2025-04-08');
  });
  it('reads an ambiguous numeric date day-first, unless the article calls its day by a weekday only the month-first reading has', () => {
    assert.equal(dateOf('Floods close schools\n\n05/02/2025 16:20 | By Rui Neto\n\nThe schools closed this Wednesday after the river rose.'), '2025-02-05');
    assert.equal(dateOf('Floods close schools\n\n05/02/2025 16:20 | By Rui Neto\n\nThe schools closed after the river rose.'), '2025-02-05');
    assert.equal(dateOf('Floods close schools\n\n05/02/2025 16:20 | By Ron Nash\n\nThe schools closed this Friday after the river rose.'), '2025-05-02');
    assert.equal(dateOf('Floods close schools\n\n25/02/2025 16:20 | By Rui Neto\n\nThe schools closed.'), '2025-02-25');
    assert.equal(dateOf('Floods close schools\n\n04.05.2026 | Redsur\n\nThe schools closed.'), '2026-05-04');
    // A clock time after a dash on the same line ("12/03/2025 - 18:05").
    assert.equal(dateOf('Plant stopped\n\n12/03/2025 - 18:05 | By Marcos Ledesma\n\nThe plant stopped.'), '2025-03-12');
    // A full stop after the year, as some pages write it.
    assert.equal(dateOf('Floods close schools\n\n04.11.2025. 23:05 | Autor: Ana Horvat\n\nThe schools closed.'), '2025-11-04');
    // Points followed by spaces, as Czech and Slovak pages write them.
    assert.equal(dateOf('Floods close schools\n\n14. 10. 2025, 16:20 | Author: Jan Novak\n\nThe schools closed.'), '2025-10-14');
  });
  it('reads a numeric date day-first beside "this Tuesday (11)", a day of the page\'s week, whichever of the weekday or the day is wrong', () => {
    // 12 November 2025 is a Wednesday; "Tuesday (11)" is the day before, not the page's own day in December.
    assert.equal(dateOf('Raids across the border\n\nPublished 12/11/2025 - 19h20\n\nThe police started the raids at dawn of this Tuesday (11).'), '2025-11-12');
    // A wrong weekday ("Monday (7)" for Tuesday 7 October) does not move the page to July.
    assert.equal(dateOf('Boat capsized\n\n07/10/2025 - 20:15 | by Redazione\n\nThis Monday (7) an old fishing boat capsized.'), '2025-10-07');
    // Only the month-first reading has the bracketed day near it: 12 March, not 3 December.
    assert.equal(dateOf('Floods close schools\n\n03/12/2025 16:20 | By Ron Nash\n\nThe schools closed this Wednesday (12) after the river rose.'), '2025-03-12');
  });
  it('puts "Monday, 10 November" without a year in the year its weekday fits near the article\'s date, and leaves a wrong weekday as written', () => {
    assert.equal(findDates('The talks resume on Monday, 10 November.', '2025-11-04')[0].iso, '2025-11-10');
    assert.equal(findDates('The talks resumed on Friday, 31 October.', '2025-11-04')[0].iso, '2025-10-31');
    // 10 November 2025 is a Monday: "Tuesday, 10 November" fits no near year and keeps the parser's reading.
    const wrong = findDates('The talks resume on Tuesday, 10 November.', '2025-11-04')[0];
    assert.equal(wrong.actualWeekday !== undefined, true);
  });
  it('reads a "Published" stamp', () => {
    assert.equal(dateOf('Bridge Reopens\nPublished: 3 Dec 2025 14:02 GMT\n\nThe bridge reopened on Tuesday.'), '2025-12-03');
  });
  it('reads a byline with a date', () => {
    assert.equal(dateOf('Bridge Reopens\nBy Ana Lopes | March 7, 2024\n\nThe bridge reopened on Tuesday.'), '2024-03-07');
  });
  it('ignores dates of events in running text', () => {
    assert.equal(dateOf('Bridge Reopens\n\nThe bridge, closed on March 7, 2024, reopened on Tuesday after repairs.'), undefined);
  });
  it('survives empty text and emoji', () => {
    assert.equal(dateOf(''), undefined);
    assert.equal(dateOf('🔥🔥\r\n\r\n'), undefined);
  });
});

describe('dates: findDateline', () => {
  it('reads a dateline with a full date that opens the body', () => {
    const text = 'Kiln Fire in Aldmouth\n\nALDMOUTH, October 14, 2024 — A fire broke out at the pottery on Monday, firefighters said.';
    const d = findDateline(text);
    assert.deepEqual(d && { place: d.place, iso: d.iso, text: text.slice(d.start, d.end) }, { place: 'ALDMOUTH', iso: '2024-10-14', text: 'ALDMOUTH, October 14, 2024 — ' });
    const tokenized = tokenize(text);
    assert.equal(findPublicationDate(text, splitSentences(text, tokenized, [])), '2024-10-14');
  });
  it('reads a wire dateline with a region and an agency, and its month and day', () => {
    const d = findDateline('Port Deal Signed\n\nTARNVIK, Norland, Feb. 3 (Wire Service) - Dockers accepted the offer.');
    assert.deepEqual(d && { place: d.place, iso: d.iso, monthDay: d.monthDay }, { place: 'TARNVIK', iso: undefined, monthDay: { month: 1, day: 3 } });
  });
  it('reads a dateline whose clock time has its zone in brackets before the agency\'s ("23:14 (GMT+4) (EPS)")', () => {
    const d = findDateline('Festival Ends\n\nBATUMI, 8 November 2025, 23:14 (GMT+4) (EPS)\n\nThe jury gave its prize to a debut.');
    assert.deepEqual(d && { place: d.place, iso: d.iso }, { place: 'BATUMI', iso: '2025-11-08' });
  });
  it('does not take a weekday, a title-case name without a date, or running text for a dateline', () => {
    assert.equal(findDateline('Monday, March 3, 2025 — The council met.'), undefined);
    assert.equal(findDateline('Mayor Lena Holt — who took office in May — resigned.'), undefined);
    assert.equal(findDateline('The bridge, closed on March 7, 2024, reopened on Tuesday.'), undefined);
  });
});

describe('values: extractValueMentions', () => {
  it('gives each value a type and a normalised value inside sentences', () => {
    const text = 'Storm Hits Coast\n\nThe storm, which began at 9 p.m. GMT on Friday, caused $3 million in damage to 12 boats.';
    const tokenized = tokenize(text);
    const sentences = splitSentences(text, tokenized, []);
    const mentions = extractValueMentions(text, tokenized, sentences, '2025-10-12');
    assert.deepEqual(mentions.map((m) => [m.type, m.text]), [
      ['TIME', '9 p.m. GMT'],
      ['DATE', 'Friday'],
      ['MONEY', '$3 million'],
      ['CARDINAL', '12'],
    ]);
    for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.deepEqual(mentions[0].value, { kind: 'time', minutesLocal: 21 * 60, minutesUtc: 21 * 60, zone: 'GMT' });
    assert.deepEqual(mentions[1].value, { kind: 'date', iso: '2025-10-10', grain: 'day' });
    assert.deepEqual(mentions[3].value, { kind: 'number', min: 12, max: 12, unit: 'boat' });
  });
});

describe('values: a weekday with its day in brackets', () => {
  const one = (text: string, published: string) => {
    const dates = findDates(text, published);
    assert.equal(dates.length, 1, JSON.stringify(dates));
    return dates[0];
  };
  it('reads "this Monday" without a day as the Monday of the article\'s week, and a planned "this Monday" never before the article', () => {
    // 6 October 2026 is a Tuesday; 11 October a Sunday.
    assert.equal(one('The storm has closed the harbour this Monday.', '2026-10-06').iso, '2026-10-05');
    assert.equal(one('The ferries sail again this Friday.', '2026-10-06').iso, '2026-10-09');
    assert.equal(one('They met this Monday.', '2026-10-11').iso, '2026-10-05');
    const planned = findDates('The harbour reopens this Monday.', '2026-10-06', true);
    assert.equal(planned[0].iso, '2026-10-12');
  });
  it('reads "this Tuesday (11)" as the 11th nearest the article, written with a Tuesday it does not fall on', () => {
    const d = one('The talks opened this Tuesday (11) in the capital.', '2026-02-12');
    assert.equal(d.text, 'this Tuesday (11)');
    assert.equal(d.iso, '2026-02-11');
    assert.equal(d.weekday, 2);
    assert.equal(d.actualWeekday, 3);
  });
  it('reads "this Wednesday (16/10)" and "10/1 (Tue.)" as one date each', () => {
    const a = one('The roof was burning this Wednesday (16/10) afternoon.', '2025-10-17');
    assert.deepEqual([a.text, a.iso, a.weekday, a.actualWeekday], ['this Wednesday (16/10)', '2025-10-16', 3, 4]);
    const b = one('The session will open on 10/1 (Tue.), officials said.', '2030-09-28');
    assert.deepEqual([b.text, b.iso, b.weekday, b.actualWeekday], ['10/1 (Tue.)', '2030-10-01', 2, undefined]);
  });
  it('reads "Tuesday evening (14.01)" and "This Thursday (21.01)" as day and month in brackets, day first', () => {
    const a = one('The laboratory confirmed the virus in Tuesday evening (14.01). Next night it spread.', '2026-01-15');
    assert.deepEqual([a.text, a.iso, a.weekday, a.actualWeekday], ['Tuesday evening (14.01)', '2026-01-14', 2, 3]);
    const b = one('This Thursday (21.01) at 5.40 in the morning a pipe burst.', '2026-01-21');
    assert.deepEqual([b.text, b.iso, b.weekday, b.actualWeekday], ['This Thursday (21.01)', '2026-01-21', 4, 3]);
  });
  it('reads "in early morning of this Tuesday (14/05)" as the 14th, written with a Tuesday', () => {
    const d = one('It happened in early morning of this Tuesday (14/05), the company said.', '2025-05-15');
    assert.deepEqual([d.text, d.iso, d.weekday, d.actualWeekday], ['this Tuesday (14/05)', '2025-05-14', 2, 3]);
  });
  it('reads "In the evening this Sunday (27/6)" as the 27th, written with a Sunday', () => {
    const d = one('In the evening this Sunday (27/6), the team won the cup.', '2026-06-28');
    assert.deepEqual([d.text, d.iso, d.weekday, d.actualWeekday], ['this Sunday (27/6)', '2026-06-27', 0, 6]);
  });
  it('reads "on Friday (27th)" as the 27th, a Friday', () => {
    const d = one('He was elected on Friday (27th) in Tokyo.', '2030-09-28');
    assert.deepEqual([d.iso, d.weekday, d.actualWeekday], ['2030-09-27', 5, undefined]);
  });
});
