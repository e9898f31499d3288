/**
 * A light English stemmer for matching claims across wordings. It is deliberately crude and fast
 * (a few string operations per word, no tokenizer model) because the corroboration index reads
 * every claim of a workspace that may hold thousands of articles: "reduced", "reduces" and
 * "reducing" must meet, and common irregular verbs of news prose must meet their base form.
 */

/** Irregular past forms and participles of verbs common in news reports, mapped to the base. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', told: 'tell', held: 'hold', met: 'meet', left: 'leave', took: 'take', taken: 'take',
  began: 'begin', begun: 'begin', fell: 'fall', fallen: 'fall', ran: 'run', came: 'come', went: 'go', gone: 'go',
  gave: 'give', given: 'give', made: 'make', brought: 'bring', sought: 'seek', thought: 'think', spoke: 'speak',
  spoken: 'speak', won: 'win', lost: 'lose', struck: 'strike', stricken: 'strike', stood: 'stand', kept: 'keep',
  sent: 'send', built: 'build', paid: 'pay', laid: 'lay', led: 'lead', shot: 'shoot', fought: 'fight',
  caught: 'catch', bought: 'buy', broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose',
  drove: 'drive', driven: 'drive', flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', knew: 'know',
  known: 'know', rose: 'rise', risen: 'rise', saw: 'see', seen: 'see', wrote: 'write', written: 'write',
  hid: 'hide', hidden: 'hide', stole: 'steal', stolen: 'steal', froze: 'freeze', frozen: 'freeze', sold: 'sell',
  found: 'find', felt: 'feel', heard: 'hear', meant: 'mean', sat: 'sit', spent: 'spend', hit: 'hit',
  wore: 'wear', worn: 'wear', threw: 'throw', thrown: 'throw', drew: 'draw', drawn: 'draw', forgot: 'forget',
  forgotten: 'forget', understood: 'understand', withdrew: 'withdraw', withdrawn: 'withdraw', overtook: 'overtake',
  undertook: 'undertake', arose: 'arise', arisen: 'arise', sank: 'sink', sunk: 'sink', swore: 'swear',
  sworn: 'swear', fled: 'flee', dealt: 'deal', lent: 'lend', bent: 'bend', slid: 'slide', shut: 'shut',
  quit: 'quit', cut: 'cut', set: 'set', put: 'put', let: 'let', bid: 'bid', hurt: 'hurt', cost: 'cost',
  // Too short for the suffix rules below, which would leave "died" apart from "die".
  died: 'die', dying: 'die', lied: 'lie', lying: 'lie', tied: 'tie', tying: 'tie',
  children: 'child', persons: 'people', person: 'people', men: 'man', women: 'woman', people: 'people', police: 'police', news: 'news',
  data: 'data', media: 'media', series: 'series', species: 'species',
};

/** Endings that look like a plural or verb suffix but belong to the word. */
const KEEP_S = /(ss|us|is|ous|ics|ws)$/u;

/** Reduces a lower-case word to a stem shared by its inflected forms. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (/(sses|xes|zes|ches|shes)$/u.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !KEEP_S.test(s)) s = s.slice(0, -1);
  else if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length > 4) s = undouble(s.slice(0, -2));
  if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  if (s.endsWith('ness') && s.length > 6) s = s.slice(0, -4);
  if (/[ts]ion$/u.test(s) && s.length > 6) s = s.slice(0, -3);
  // "reduce" and "reduc(ed)" meet once a final silent e is dropped everywhere.
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  // British and American spellings meet: "hospitalised" / "hospitalized", "organisation" / "organization".
  if (s.length > 5) s = s.replace(/iz(at)?$/u, 'is$1');
  if (s.endsWith('y') && s.length > 3) s = s.slice(0, -1) + 'i';
  return s;
}

/** "stopped" -> "stopp" -> "stop"; keeps "ll", "ss" and "ff" which are usually part of the word. */
function undouble(s: string): string {
  const n = s.length;
  if (n >= 3 && s[n - 1] === s[n - 2] && !/[lsfz]/u.test(s[n - 1]) && /[bcdgkmnprt]/u.test(s[n - 1])) return s.slice(0, -1);
  return s;
}
