/**
 * A small table of general news vocabulary whose members report the same thing in different
 * words ("trimmed" / "reduced", "quit" / "resigned", "talks" / "negotiations", "aide" / "adviser").
 * Words are matched by stem, so one form of each word is enough. Nothing here names a story.
 */
import { stem } from './stem';

const GROUPS: readonly (readonly string[])[] = [
  // talks and meetings
  ['talks', 'negotiation', 'negotiations', 'meeting', 'discussion', 'session', 'summit', 'dialogue', 'consultation', 'encounter', 'huddle', 'parley', 'conference'],
  ['negotiate', 'negotiator', 'negotiating', 'bargain'],
  // people around leaders
  ['aide', 'adviser', 'advisor', 'assistant', 'counsellor', 'counselor', 'helper'],
  ['envoy', 'emissary', 'representative', 'delegate', 'delegation', 'negotiator'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['chief', 'head', 'leader', 'boss', 'director'],
  // leaving office
  ['resign', 'quit', 'departure', 'exit', 'resignation', 'oust', 'sack'],
  ['appoint', 'name', 'nominate', 'choose', 'appointment', 'replace', 'succeed'],
  ['lead', 'spearhead', 'head', 'direct', 'chair', 'helm'],
  // more and less
  ['reduce', 'trim', 'cut', 'lower', 'shrink', 'slash', 'pare', 'streamline', 'reduction', 'decrease', 'narrow'],
  ['increase', 'rise', 'raise', 'grow', 'climb', 'jump', 'boost', 'hike', 'surge', 'soar', 'expand'],
  ['limit', 'limitation', 'restrict', 'restriction', 'cap', 'curb', 'constraint', 'ceiling'],
  // agreement and its absence
  ['agreement', 'deal', 'accord', 'pact', 'treaty', 'compromise', 'settlement', 'breakthrough'],
  ['agree', 'accept', 'acceptable', 'acceptance', 'approve', 'endorse', 'consent'],
  ['reject', 'dismiss', 'dispute', 'deny', 'refuse', 'rebuff', 'contest', 'denial', 'unacceptable'],
  ['proposal', 'plan', 'draft', 'framework', 'initiative', 'proposition', 'suggestion', 'idea', 'blueprint', 'offer', 'scheme'],
  ['demand', 'insist', 'require', 'requirement', 'ultimatum'],
  // tone of talks
  ['constructive', 'productive', 'useful', 'positive', 'fruitful', 'substantive', 'substantial', 'good', 'encouraging'],
  ['long', 'lengthy', 'marathon', 'extended', 'protracted', 'prolonged', 'lengthen'],
  ['quick', 'swift', 'fast', 'rapid', 'speedy', 'prompt', 'immediate', 'soon', 'quickly'],
  ['secret', 'confidential', 'undisclosed', 'private', 'closed', 'shield', 'withhold'],
  ['disclose', 'reveal', 'publicize', 'divulge', 'release'],
  // beginnings and ends
  ['end', 'conclude', 'wrap', 'finish', 'close', 'conclusion', 'ending'],
  ['begin', 'start', 'open', 'launch', 'commence'],
  ['midnight', 'overnight'],
  // reporting and waiting
  ['brief', 'briefing', 'debrief', 'update', 'inform'],
  ['expect', 'await', 'anticipate', 'wait', 'hope'],
  ['accuse', 'blame', 'charge', 'allege', 'accusation'],
  ['obstruct', 'block', 'sabotage', 'undermine', 'derail', 'hinder', 'undercut', 'impede', 'thwart', 'delay', 'obstruction'],
  // force and territory
  ['capture', 'seize', 'fall', 'seizure', 'conquer', 'overrun', 'occupy'],
  ['surrender', 'cede', 'relinquish', 'yield', 'concede'],
  ['renounce', 'drop', 'abandon', 'forgo', 'forsake', 'relinquish', 'waive'],
  ['army', 'military', 'troops', 'forces', 'soldiers', 'armed'],
  ['control', 'authority', 'sovereignty', 'rule'],
  ['recognize', 'recognise', 'recognition', 'acknowledge', 'acknowledgement', 'legitimize'],
  ['freeze', 'frozen', 'halt', 'suspend', 'stop'],
  ['kill', 'dead', 'death', 'die', 'fatality', 'casualty', 'toll'],
  ['injure', 'injury', 'wound', 'hurt'],
  ['transfer', 'transport', 'rush', 'airlift'],
  ['attack', 'assault', 'strike', 'offensive', 'raid', 'bombardment', 'shelling'],
  ['arrest', 'detain', 'detention', 'custody', 'apprehend'],
  ['protect', 'guard', 'safeguard'],
  ['action', 'act', 'deed', 'conduct', 'behaviour', 'behavior'],
  ['raid', 'search', 'swoop'],
  ['investigation', 'probe', 'inquiry', 'investigate', 'case'],
  ['fine', 'penalty', 'sanction'],
  ['turnover', 'revenue', 'sales'],
  ['embezzle', 'embezzlement', 'fraud', 'corruption', 'graft', 'bribery', 'theft'],
  ['steal', 'theft', 'rob', 'robbery', 'heist', 'burglary', 'loot'],
  ['court', 'tribunal'],
  ['verdict', 'ruling', 'judgment', 'judgement', 'sentence', 'decision'],
  ['convict', 'guilty', 'conviction'],
  ['strike', 'walkout', 'stoppage'],
  ['worker', 'employee', 'staff', 'workforce', 'labourer', 'laborer'],
  ['crash', 'collision', 'accident', 'wreck'],
  ['election', 'vote', 'ballot', 'poll'],
  ['win', 'victory', 'triumph', 'defeat'],
  ['video', 'footage', 'clip', 'recording'],
  ['war', 'conflict', 'fighting', 'hostilities'],
  ['peace', 'ceasefire', 'truce', 'armistice'],
  ['remain', 'persist', 'stay', 'continue'],
  ['divide', 'division', 'disagreement', 'difference', 'rift', 'gap', 'split', 'divergence'],
  ['announce', 'declare', 'proclaim', 'tout', 'claim'],
  ['criticize', 'criticise', 'condemn', 'denounce', 'criticism', 'critic'],
  ['warn', 'caution', 'warning'],
  ['hopeful', 'optimistic', 'optimism', 'upbeat'],
  ['emergency', 'crisis'],
  ['price', 'cost', 'fee', 'fare'],
  ['firm', 'company', 'business', 'enterprise', 'corporation'],
  ['embassy', 'consulate', 'mission'],
];

const CONCEPTS = new Map<string, string[]>();
GROUPS.forEach((group, index) => {
  // The group's position keeps two groups apart even if their first words share a stem.
  const key = `~${stem(group[0])}${index}`;
  for (const word of group) {
    const s = stem(word);
    const list = CONCEPTS.get(s) ?? [];
    if (!list.includes(key)) list.push(key);
    CONCEPTS.set(s, list);
  }
});

/** The concept keys ("~reduc") a stem belongs to; empty when the word is in no group. */
export function conceptsOf(wordStem: string): readonly string[] {
  return CONCEPTS.get(wordStem) ?? [];
}
