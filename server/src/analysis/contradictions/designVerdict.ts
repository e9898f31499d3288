/**
 * Whether a thing "worked as designed": the verdict an official gives on brakes, a ventilation
 * system, an alarm or a barrier after an incident, told in many wordings ("The safety brakes did
 * exactly what they were designed to do", "the ventilation has functioned like it was planned",
 * "the brakes did not work like they were designed to work", "had not done what it was designed to
 * do"). Two tellings of one person's verdict on the same thing with opposite polarity reverse what
 * was said, though they share too few words for the word-level paraphrase rule to see one remark.
 */
import { stem } from '../corroboration/stem';

export interface DesignVerdict {
  /** The thing judged, as written ("brakes"). */
  subject: string;
  /** False when the telling says it did not work as designed. */
  worked: boolean;
  /** The verdict as written, for explanations ("did not work like they were designed to work"). */
  text: string;
}

/** A verb of working, a comparison and a word of design: "worked exactly as it was designed". */
const VERDICT =
  /\b(?:work|works|worked|working|function|functions|functioned|operate|operated|perform|performed|do|did|done|behave|behaved)\s+(?:exactly\s+|just\s+|fully\s+|precisely\s+)?(?:as|like|what|the\s+way)\s+(?:it|they|he|she|we|this|that)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:designed|intended|planned|supposed|meant|built|expected)\b/giu;

/** Words right before the verb that deny it ("did not work", "had never functioned", "failed to work"). */
const DENIAL_BEFORE = /(?:\bnot|n't|\bnever|\bfailed\s+to)\s+(?:\p{L}+\s+)?$/iu;

/** Words that are not the thing judged. */
const NOT_SUBJECTS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'it', 'they', 'had', 'has', 'have', 'did', 'does', 'do',
  'was', 'were', 'is', 'are', 'not', 'never', 'all', 'both', 'system', 'systems', 'said', 'which', 'and',
]);

/** The "worked as designed" verdicts of a telling, each with the thing it judges. */
export function designVerdicts(text: string): DesignVerdict[] {
  const out: DesignVerdict[] = [];
  for (const m of text.matchAll(VERDICT)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 80), at);
    const denied = DENIAL_BEFORE.exec(before);
    const subject = subjectBefore(denied ? before.slice(0, denied.index) : before);
    if (!subject) continue;
    out.push({ subject, worked: !denied, text: `${denied ? denied[0] : ''}${m[0]}` });
  }
  return out;
}

/** The thing a verdict judges: the last content word of the clause before its verb ("the tunnel's ventilation had"). */
function subjectBefore(before: string): string | undefined {
  const clause = before.split(/[,;:.!?"“”]/u).pop() ?? '';
  const words = clause.toLowerCase().replace(/[’']s\b/gu, '').split(/[^\p{L}]+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w.endsWith('ly') || NOT_SUBJECTS.has(w)) continue;
    return w;
  }
  return undefined;
}

/**
 * A verdict on one thing that one telling gives as worked and the other as not; undefined when
 * there is none. The thing is matched by stem ("brake" / "brakes").
 */
export function flippedVerdict(a: string, b: string): { first: DesignVerdict; second: DesignVerdict } | undefined {
  const va = designVerdicts(a);
  if (va.length === 0) return undefined;
  const vb = designVerdicts(b);
  for (const x of va) for (const y of vb) if (x.worked !== y.worked && stem(x.subject) === stem(y.subject)) return { first: x, second: y };
  return undefined;
}
