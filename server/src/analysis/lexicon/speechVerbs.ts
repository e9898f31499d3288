/**
 * Verbs of saying and stating. After a name they are a cue that the name is an agent: a person
 * ("Doe said") or, with "the" before the name, an organisation ("the ministry said"). Lower case,
 * inflected forms listed (no lemmatisation needed at this point).
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

export const SPEECH_VERBS = words(`
said says say told tells tell added adds stated states noted notes warned warns insisted insists claimed
claims announced announces confirmed confirms denied denies explained explains argued argues wrote writes
posted posts tweeted tweets asked asks replied replies urged urges called calls described describes
emphasized emphasised emphasizes emphasises stressed stresses acknowledged acknowledges admitted admits
declared declares affirmed affirms suggested suggests indicated indicates signalled signaled signals expressed expresses
accused accuses charged charges recalled recalls reported reports revealed reveals disclosed discloses
conceded concedes countered counters responded responds commented comments remarked remarks testified
testifies maintained maintains predicted predicts promised promises pledged pledges vowed vows
threatened threatens welcomed welcomes praised praises criticised criticized criticises criticizes
condemned condemns rejected rejects dismissed dismisses questioned questions believes believed thinks
thought hopes hoped fears feared expects expected wants wanted agreed agrees refused refuses
`);

/** Auxiliaries and adverbs that may sit between a name and its verb: "Doe has also said". */
export const VERB_FILLERS = words('has have had is was were will would also later then previously earlier again repeatedly publicly reportedly');
