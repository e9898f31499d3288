/**
 * How far a company's shares moved on one trading day, as a quantity fact in percent (the shape
 * of quantityFacts.ts, compared by contradictions/quantityRules.ts): "Shares in Möllring fell
 * 8.2% in Frankfurt", "The news sent Möllring's shares down 18% on Tuesday", "Donghae shares
 * jumped 24.6%", "closed 2.1% lower". A fall is negative, a rise positive.
 *
 * The day is part of the measure (the day written with the move, else the article's date), and so
 * is the company, named in the words of the move: a move on Monday is never set against one on
 * Tuesday. A move over a longer stretch ("their loss since the start of the year", "this week"),
 * a move within the day ("as much as 12%", "in early trading", "at one point") and a move of
 * shares not named ("Its shares fell 9%") are left out.
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { applyHedge } from '../values/hedges';
import type { NumberRange } from '../values/numbers';
import { findQuantities, type Quantity } from '../values/quantities';
import { dayNear } from './days';
import type { DetailedFact } from './detail';
import { contextWords, quantityFact } from './quantityFacts';

/** A company's name: capitalised words ("Möllring", "Vestas Wind"). */
const NAME = String.raw`((?:\p{Lu}[\p{L}&.'’-]*)(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2})`;
const DOWN = 'fell|dropped|slid|sank|slumped|tumbled|plunged|plummeted|lost|declined|dipped|shed|closed\\s+down|ended\\s+down|were\\s+down|was\\s+down';
const UP = 'rose|gained|jumped|climbed|surged|soared|rallied|added|advanced|closed\\s+up|ended\\s+up|were\\s+up|was\\s+up';
/** "Shares in Möllring fell", "Möllring's shares rose", "Donghae shares jumped", "Shares of Corvantis closed": the subject and verb before the figure. */
const SHARES_VERB = new RegExp(
  String.raw`(?:\b[Ss]hares\s+(?:in|of)\s+${NAME}|${NAME}(?:['’]s)?\s+(?:shares|stock))\s+(${DOWN}|${UP}|closed|ended|finished)\s+(?:by\s+)?$`,
  'u',
);
/** "sent Möllring's shares down": a cause before the subject, the direction after it. */
const SENT_SHARES = new RegExp(String.raw`\b(?:sent|sending|pushed|pushing|drove|driving|knocked)\s+${NAME}(?:['’]s)?\s+(?:shares|stock)\s+(down|up|lower|higher|tumbling|plunging|sliding|falling|soaring|rising)\s+(?:by\s+)?$`, 'u');
/** "closed 2.1% lower": the direction after the figure, for verbs without one. */
const DIRECTION_AFTER = /^\s*(lower|higher|down|up)\b/iu;
/** Words of a longer stretch or of a move within the day, in the figure's own phrase. */
const NOT_ONE_DAY =
  /\b(?:as\s+much\s+as|at\s+one\s+point|earlier|initially|intraday|early|morning|afternoon|midday|late|after-hours|premarket|pre-market|since|so\s+far|this\s+(?:year|month|week)|year|years|month|months|week|weeks|over\s+the|in\s+the\s+past|would|could|may|might|if)\b/iu;

/** Share-price moves of one sentence. */
export function shareMoveFactsOf(doc: DocumentAnalysis, s: Sentence): DetailedFact[] {
  const text = s.text;
  if (!/\b(?:shares|stock)\b/iu.test(text)) return [];
  const out: DetailedFact[] = [];
  for (const q of findQuantities(text)) {
    if (q.type !== 'PERCENT') continue;
    const before = text.slice(Math.max(0, q.start - 90), q.start);
    const move = readMove(before, text.slice(q.end, q.end + 12));
    if (!move) continue;
    const moveStart = q.start - before.length + move.at;
    // The figure's own phrase: from the verb to the next comma, semicolon or stop.
    const tailEnd = text.slice(q.end).search(/[,;]|\.(?:\s|$)/u);
    const phraseEnd = tailEnd < 0 ? text.length : q.end + tailEnd;
    if (NOT_ONE_DAY.test(text.slice(moveStart, phraseEnd))) continue;
    const day = dayNear(doc, text, moveStart, q.end)?.iso ?? doc.published?.slice(0, 10);
    if (!day) continue;
    const company = move.company.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const measure = `share price move of ${company} on ${day}:percent`;
    const range = signed(q, move.sign);
    const label = `move in ${move.company}'s share price on the day`;
    out.push(quantityFact(doc, s, moveStart, q.end + (move.after ?? 0), { measure, label, range, unit: 'percent', context: contextWords(text) }));
  }
  return out;
}

/** The company, the direction (-1 a fall, 1 a rise) and where the words of a move begin in `before`; `after` is the length of a direction word after the figure. */
function readMove(before: string, after: string): { company: string; sign: number; at: number; after?: number } | undefined {
  const sent = SENT_SHARES.exec(before);
  if (sent) return { company: sent[1].replace(/['’]s$/u, ''), sign: /down|lower|tumbling|plunging|sliding|falling/iu.test(sent[2]) ? -1 : 1, at: sent.index };
  const verb = SHARES_VERB.exec(before);
  if (!verb) return undefined;
  const company = (verb[1] ?? verb[2] ?? '').replace(/['’]s$/u, '').replace(/^(?:The|A|An)\s+/u, '');
  if (!company || /^(?:its|their|the|his|her)$/iu.test(company)) return undefined;
  const word = verb[3].toLowerCase();
  if (new RegExp(`^(?:${DOWN})$`, 'iu').test(word)) return { company, sign: -1, at: verb.index };
  if (new RegExp(`^(?:${UP})$`, 'iu').test(word)) return { company, sign: 1, at: verb.index };
  const direction = DIRECTION_AFTER.exec(after);
  if (!direction) return undefined;
  return { company, sign: /lower|down/iu.test(direction[1]) ? -1 : 1, at: verb.index, after: direction[0].length };
}

/** The written precision of a percentage (8.2 is 8.1–8.3, 18 is 17–19) with hedges, turned by the direction. */
function signed(q: Quantity, sign: number): NumberRange {
  const decimals = /\.(\d+)/u.exec(q.text)?.[1].length ?? 0;
  const slack = decimals === 0 ? 1 : 10 ** -decimals;
  const written = { min: q.written.min - slack, max: q.written.max + slack };
  const r = q.hedge ? applyHedge(written, q.hedge, true) : written;
  return sign < 0 ? { min: -r.max, max: -r.min } : r;
}
