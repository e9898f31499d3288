/**
 * The value of the record a new reading beat, as quantity facts: "It beat the previous national
 * record of 47.6C (117.7F)", "It eclipsed the old national mark of 47.3C", "the former all-time
 * high of 117.7F" (previous national record temperature: 47.6 °C). Temperatures are read in
 * degrees Celsius, Fahrenheit converted, and only the first of a value and its conversion in
 * parentheses is read. The new record and the old one are two measures: only the old one is read
 * here.
 *
 * A record of a narrower kind ("the previous June record", "the town's old record", "the previous
 * record for Seville") is another measure: its qualifier is part of the measure, or it is left
 * out when it cannot be told (a possessive).
 */
import type { DocumentAnalysis, Sentence } from '../types';
import { quantityFact, type QuantityFact } from './quantityFacts';

/** Sentences that can state a previous record (cheap tests before the pattern). */
const MAY_TELL_PREVIOUS = /\b(?:previous|old|former|earlier|standing)\b/iu;
const RECORD_WORD = /\b(?:record|mark|high)\b/iu;

/**
 * "previous national record of 47.6C", "old mark of 47.3 °C", "previous record was 117.7
 * degrees Fahrenheit": the qualifier words, the number and the scale.
 */
const PREVIOUS_RECORD =
  /\b(?:previous|old|former|earlier|standing)\s+((?:[\p{L}-]+\s+){0,2}?)(?:record|mark|high)\s+(?:of|was|had\s+been|stood\s+at)\s+(?:some\s+)?(\d{1,3}(?:\.\d+)?)\s*(?:°|º|degrees?\s+)?\s*(C|F|Celsius|Fahrenheit|centigrade)\b/giu;
/** Qualifiers of the country's record, which is what a bare "previous record" means in a story of a national record. */
const NATIONAL = new Set(['national', 'all-time', 'alltime', 'temperature', 'heat', 'country', 'absolute']);
/** A possessive right before the phrase: whose record is not known ("the town's", "Spain's"). */
const POSSESSIVE_BEFORE = /[\p{L}]['’]s?\s+$/u;

/** Previous-record facts of one sentence. */
export function previousRecordFactsOf(doc: DocumentAnalysis, s: Sentence): QuantityFact[] {
  const text = s.text;
  if (!MAY_TELL_PREVIOUS.test(text) || !RECORD_WORD.test(text)) return [];
  const out: QuantityFact[] = [];
  for (const m of text.matchAll(PREVIOUS_RECORD)) {
    const start = m.index ?? 0;
    if (POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const words = m[1].toLowerCase().split(/\s+/u).filter(Boolean);
    const narrower = words.filter((w) => !NATIONAL.has(w));
    const kind = narrower.length > 0 ? narrower.join(' ') : 'national';
    const range = celsiusRange(m[2], m[3]);
    const label = `previous ${kind} record`;
    out.push(quantityFact(doc, s, start, start + m[0].length, { measure: `${label}:temperature`, label, range, unit: '°C', context: [] }));
  }
  return out;
}

/** The range in °C a written temperature stands for: its last written digit, half a step either way. */
function celsiusRange(written: string, scale: string): { min: number; max: number } {
  const value = Number(written);
  const decimals = /\.(\d+)/u.exec(written)?.[1].length ?? 0;
  const half = 0.5 * 10 ** -decimals;
  const fahrenheit = /^f/iu.test(scale);
  const toC = (x: number) => (fahrenheit ? ((x - 32) * 5) / 9 : x);
  return { min: round(toC(value - half)), max: round(toC(value + half)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
