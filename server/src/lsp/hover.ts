/**
 * Hover text for a position in an article: the entity under the cursor (canonical name, type,
 * other names, where else it appears) and the claim under the cursor (who else reports it,
 * independent sources first and copies grouped; who disagrees and why).
 *
 * Every piece of article text goes through `escapeMarkdown`, and the result is sent as plain
 * (untrusted) markdown: an article cannot put a live link or command into a hover.
 */
import { NAME_TYPES, type CorpusAnalysis, type DocumentAnalysis, type Passage } from '../analysis';
import { claimStatus, independentSourceCount } from './claimStatus';
import { baseName, displayName } from './displayName';
import { escapeMarkdown, markdownLink } from './markdown';
import { linkToRange, type PositionIndex } from './positions';

const TYPE_NAMES: Record<string, string> = {
  PERSON: 'person',
  ORG: 'organisation',
  GPE: 'place (country, city or state)',
  LOC: 'place',
  FAC: 'building or facility',
  PRODUCT: 'vessel, vehicle or product',
  MISC: 'name of an unknown kind',
  NORP: 'nationality or group',
  DATE: 'date',
  TIME: 'time',
  MONEY: 'money',
  QUANTITY: 'quantity',
  PERCENT: 'percentage',
  CARDINAL: 'number',
};

const MAX_LISTED = 8;

/** The hover markdown for `offset` in `doc`, or undefined when there is nothing to say. */
export function hoverMarkdown(analysis: CorpusAnalysis, doc: DocumentAnalysis, offset: number, positions: PositionIndex): string | undefined {
  const sections: string[] = [];
  const mention = doc.mentions.find((m) => m.start <= offset && offset < m.end);
  if (mention) sections.push(entitySection(analysis, doc, mention.id, mention.type, mention.text));
  const claim = doc.claims.find((c) => c.start <= offset && offset < c.end);
  if (claim) sections.push(claimSection(analysis, doc, claim.key, positions));
  return sections.length ? sections.join('\n\n---\n\n') : undefined;
}

function entitySection(analysis: CorpusAnalysis, doc: DocumentAnalysis, id: string | undefined, type: string, text: string): string {
  const entity = id ? analysis.entities.get(id) : undefined;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entity?.canonical ?? text)}** · ${TYPE_NAMES[type] ?? type.toLowerCase()}`);
  const value = doc.mentions.find((m) => m.text === text && m.value)?.value;
  if (value && value.kind === 'number') lines.push(`Value: ${value.min === value.max ? value.min : `${value.min}–${value.max}`}${value.unit ? ` ${escapeMarkdown(value.unit)}` : ''}`);
  if (value && value.kind === 'date') lines.push(`Date: ${escapeMarkdown(value.iso)}`);
  if (entity && NAME_TYPES.has(entity.type)) {
    const others = entity.aliases.filter((a) => a !== entity.canonical);
    if (others.length) lines.push(`Also written: ${others.slice(0, 10).map((a) => escapeMarkdown(a)).join(', ')}`);
    const perDoc = new Map<string, number>();
    for (const m of entity.mentions) perDoc.set(m.uri, (perDoc.get(m.uri) ?? 0) + 1);
    const where = [...perDoc].map(([uri, n]) => `${escapeMarkdown(uri === doc.uri ? 'this article' : displayName(analysis, uri), 80)} (${n})`);
    lines.push(`Mentioned in ${perDoc.size} article${perDoc.size === 1 ? '' : 's'}: ${where.slice(0, MAX_LISTED).join(', ')}${where.length > MAX_LISTED ? ', …' : ''}`);
  }
  return lines.join('  \n');
}

function claimSection(analysis: CorpusAnalysis, doc: DocumentAnalysis, key: string, positions: PositionIndex): string {
  const claim = doc.claims.find((c) => c.key === key)!;
  const status = claimStatus(analysis, doc.uri, claim);
  const lines: string[] = [];
  const n = independentSourceCount(status);
  if (n === 0 && status.copies.length > 0) lines.push('**Claim** · No independent source reports this claim; only copies of the same source do:');
  else if (n === 0) lines.push('**Claim** · No other source reports this claim.');
  else lines.push(`**Claim** · Reported by ${n} other independent source${n === 1 ? '' : 's'}${status.copies.length ? `, plus ${status.copies.length} cop${status.copies.length === 1 ? 'y' : 'ies'}` : ''}:`);
  const quote = doc.quotes.find((q) => q.start < claim.end && claim.start < q.end && q.speaker);
  if (quote?.speaker) {
    const speaker = analysis.entities.get(quote.speaker)?.canonical ?? quote.speaker;
    lines.splice(1, 0, `Quote attributed to ${escapeMarkdown(speaker)}.`);
  }
  for (const link of status.independent.slice(0, MAX_LISTED)) lines.push(`- ${passageLine(analysis, link, positions)}`);
  if (status.copies.length) {
    lines.push('', 'Copies (same wire or republished text, not independent):');
    for (const link of status.copies.slice(0, MAX_LISTED)) {
      const original = link.sameOrigin
        ? ' — same origin as this article'
        : link.copyOf
          ? ` — copy of ${escapeMarkdown(displayName(analysis, link.copyOf), 80)}`
          : '';
      lines.push(`- ${passageLine(analysis, link, positions)}${original}`);
    }
  }
  if (status.contradictions.length) {
    lines.push('', `**Disagreement** (${status.contradictions.length}):`);
    for (const { contradiction, other } of status.contradictions.slice(0, MAX_LISTED)) {
      lines.push(`- ${escapeMarkdown(contradiction.explanation, 400)} — ${passageLine(analysis, other, positions)}`);
    }
  }
  return lines.join('  \n').replace(/ {2}\n- /g, '\n- ').replace(/ {2}\n\n/g, '\n\n');
}

function passageLine(analysis: CorpusAnalysis, passage: Passage, positions: PositionIndex): string {
  const target = analysis.documents.get(passage.uri);
  const label = displayName(analysis, passage.uri);
  const file = baseName(passage.uri);
  const link = target ? markdownLink(label, linkToRange(passage.uri, positions.range(passage.uri, target.text, passage))) : escapeMarkdown(label);
  const fileNote = label !== file ? ` (${escapeMarkdown(file, 80)})` : '';
  return `${link}${fileNote}: “${escapeMarkdown(passage.text, 220)}”`;
}
