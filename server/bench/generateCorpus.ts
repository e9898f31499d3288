/**
 * A synthetic news corpus for the benchmark: stories built from templates with random names,
 * places and numbers, each covered by several articles that word the same facts differently,
 * plus some syndicated copies. Deterministic for a given seed. Nothing here comes from real
 * articles; it only has to look like news to the analysis (names, numbers, dates, quotes).
 */
import { randomSource } from './random';

/** One generated article. */
export interface GeneratedArticle {
  uri: string;
  text: string;
  words: number;
}

const FIRST = ['Anna', 'Marek', 'Lucia', 'Tomas', 'Ines', 'Pavel', 'Greta', 'Omar', 'Sofia', 'Kenji', 'Nadia', 'Felix', 'Irene', 'Jonas', 'Clara', 'Rafael', 'Mira', 'Victor', 'Helena', 'Samuel'];
/** Surnames are made of syllables, so that stories rarely share people (as real stories rarely do). */
const SYLLABLES = ['kor', 'val', 'den', 'mar', 'lo', 'quin', 'te', 'ro', 'hal', 'vor', 'sen', 'ka', 'for', 'bren', 'vas', 'tan', 'lind', 'mor', 'pet', 'rak', 'zel', 'ab', 'ar', 'ni', 'wick'];
/** Towns too: a first part and an ending ("Brannholm"). */
const TOWN_START = ['Bran', 'Ost', 'Kel', 'Mar', 'Wes', 'Ald', 'Fen', 'Hol', 'Ros', 'Tarn', 'Vel', 'Dun', 'Lor', 'Gris', 'Sand', 'Ebb', 'Mild', 'Carr', 'Norr', 'Yst'];
const TOWN_END = ['holm', 'ford', 'burg', 'vik', 'stad', 'wick', 'mouth', 'dal', 'haven', 'field'];
const ORG_SUFFIX = ['Transit Authority', 'Water Board', 'Steelworks', 'Museum', 'Regional Council', 'Airlines', 'Hospital Trust', 'Port Authority'];
const EVENTS: ReadonlyArray<{ noun: string; hurt: string; cause: string }> = [
  { noun: 'factory fire', hurt: 'injured', cause: 'a faulty boiler' },
  { noun: 'train derailment', hurt: 'hurt', cause: 'a broken rail' },
  { noun: 'museum theft', hurt: 'questioned', cause: 'a disabled alarm' },
  { noun: 'bridge collapse', hurt: 'injured', cause: 'corroded cables' },
  { noun: 'dock strike', hurt: 'affected', cause: 'a pay dispute' },
  { noun: 'flood', hurt: 'evacuated', cause: 'three days of heavy rain' },
];
const ROLES = ['mayor', 'police chief', 'union leader', 'spokeswoman', 'director', 'minister'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const FILLER = [
  'Residents gathered near the old market square as the evening went on.',
  'Local shops stayed open longer than usual, according to several owners.',
  'The weather was mild for the season, with light wind from the west.',
  'Commuters were advised to check timetables before setting out.',
  'A community meeting is planned for later in the month.',
  'Several volunteers offered coffee and blankets to people waiting outside.',
  'The regional newspaper published a special edition on the morning after.',
  'Schools in the district said lessons would continue as normal.',
  'Neighbours described the area as quiet and close-knit.',
  'Traffic on the ring road was slow for most of the afternoon.',
];

interface Story {
  city: string;
  org: string;
  event: (typeof EVENTS)[number];
  leader: string;
  role: string;
  official: string;
  resigner: string;
  count: number;
  days: number;
  hours: number;
  cost: number;
  date: Date;
}

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

function capitalised(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function person(rnd: () => number): string {
  const parts = 2 + Math.floor(rnd() * 2);
  let last = '';
  for (let i = 0; i < parts; i++) last += pick(rnd, SYLLABLES);
  return `${pick(rnd, FIRST)} ${capitalised(last)}`;
}

function surname(name: string): string {
  return name.split(' ').pop() ?? name;
}

function makeStory(rnd: () => number): Story {
  const city = pick(rnd, TOWN_START) + pick(rnd, TOWN_END);
  const date = new Date(Date.UTC(2024 + Math.floor(rnd() * 2), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 27)));
  return {
    city,
    org: `${city} ${pick(rnd, ORG_SUFFIX)}`,
    event: pick(rnd, EVENTS),
    leader: person(rnd),
    role: pick(rnd, ROLES),
    official: person(rnd),
    resigner: person(rnd),
    count: 3 + Math.floor(rnd() * 90),
    days: 2 + Math.floor(rnd() * 10),
    hours: 2 + Math.floor(rnd() * 8),
    cost: 1 + Math.floor(rnd() * 40),
    date,
  };
}

/** The story's facts, each in several wordings. */
function factWordings(s: Story): string[][] {
  const day = WEEKDAYS[(s.date.getUTCDay() + 6) % 7];
  const hoursWord = NUMBER_WORDS[s.hours - 2] ?? String(s.hours);
  const L = surname(s.leader);
  const O = surname(s.official);
  const R = surname(s.resigner);
  const e = s.event;
  return [
    [
      `${s.count} people were ${e.hurt} in the ${e.noun} in ${s.city} on ${day}.`,
      `The ${e.noun} in ${s.city} left ${s.count} people ${e.hurt}, officials said.`,
      `Officials said ${s.count} people were ${e.hurt} after the ${e.noun} on ${day}.`,
    ],
    [
      `Investigators believe the ${e.noun} was caused by ${e.cause}.`,
      `Early findings point to ${e.cause} as the cause of the ${e.noun}.`,
      `The ${e.noun} was probably started by ${e.cause}, according to investigators.`,
    ],
    [
      `${s.role[0].toUpperCase()}${s.role.slice(1)} ${s.leader} met ${s.official} of the ${s.org} for ${s.hours} hours.`,
      `${s.leader} held ${hoursWord}-hour talks with ${s.official} at the ${s.org}.`,
      `The meeting between ${L} and ${O} lasted ${hoursWord} hours, aides said.`,
    ],
    [
      `"We will restore normal service within ${s.days} days," ${L} said.`,
      `${L} promised that normal service would return in ${s.days} days.`,
      `According to ${L}, normal service should resume within ${s.days} days.`,
    ],
    [
      `The damage was estimated at $${s.cost} million.`,
      `Officials put the cost of the damage at about $${s.cost} million.`,
      `Repairs are expected to cost roughly ${s.cost} million dollars.`,
    ],
    [
      `${s.resigner}, the deputy director of the ${s.org}, resigned on ${day}.`,
      `${R} quit as deputy director of the ${s.org} after the ${e.noun}.`,
      `The ${s.org} said its deputy director, ${s.resigner}, had stepped down.`,
    ],
  ];
}

function dateline(s: Story, rnd: () => number): string {
  const d = new Date(s.date.getTime() + Math.floor(rnd() * 2) * 86_400_000);
  return `${s.city.toUpperCase()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} —`;
}

function article(s: Story, rnd: () => number, paragraphs: number): string {
  const facts = factWordings(s);
  const lines = [`${s.event.noun[0].toUpperCase()}${s.event.noun.slice(1)} in ${s.city}: ${s.count} ${s.event.hurt}`, ''];
  let body = `${dateline(s, rnd)} `;
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    for (const wordings of facts) if (rnd() < 0.7) sentences.push(pick(rnd, wordings));
    sentences.push(pick(rnd, FILLER), pick(rnd, FILLER));
    body += sentences.sort(() => rnd() - 0.5).join(' ');
    lines.push(body, '');
    body = '';
  }
  return lines.join('\n');
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/**
 * `count` articles about `count / perStory` stories; about one in twenty is a syndicated copy of
 * another article with a wire credit. `paragraphs` sets the length (one paragraph is ~90 words).
 */
export function generateCorpus(count: number, seed = 1, paragraphs = 2, perStory = 4): GeneratedArticle[] {
  const rnd = randomSource(seed);
  const out: GeneratedArticle[] = [];
  let story = makeStory(rnd);
  for (let i = 0; i < count; i++) {
    if (i % perStory === 0) story = makeStory(rnd);
    let text: string;
    if (i > 0 && rnd() < 0.05) {
      text = `${out[out.length - 1].text}\n(Reuters)\n`;
    } else {
      text = article(story, rnd, paragraphs);
    }
    out.push({ uri: `bench/${String(i).padStart(5, '0')}.txt`, text, words: countWords(text) });
  }
  return out;
}
