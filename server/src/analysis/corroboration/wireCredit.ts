/**
 * Wire-service credits ("Reuters", "(AP)", "Agence France-Presse"): an article that carries one
 * was written, in whole or in part, by that agency, so two articles with the same credit and
 * similar text are one source, not two.
 */

/** Agencies and the ways they are credited, as a canonical name and a pattern. */
const AGENCIES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'Reuters', pattern: /\bReuters\b/u },
  { name: 'Associated Press', pattern: /\bAssociated Press\b|\(AP\)|\bAP\s*(?:Photo|\/|—|-|$)|^AP$/mu },
  { name: 'AFP', pattern: /\bAFP\b|\bAgence France[- ]Presse\b/u },
  { name: 'dpa', pattern: /\bdpa\b|\bDeutsche Presse-Agentur\b/u },
  { name: 'ANSA', pattern: /\bANSA\b/u },
  { name: 'EFE', pattern: /\bEFE\b/u },
  { name: 'Xinhua', pattern: /\bXinhua\b/u },
  { name: 'PA Media', pattern: /\bPA Media\b|\bPress Association\b/u },
  { name: 'Bloomberg', pattern: /\bBloomberg News\b/u },
  { name: 'UPI', pattern: /\bUPI\b|\bUnited Press International\b/u },
];

/** The wire agencies credited in `text`, by canonical name, in a fixed order. */
export function wireCredits(text: string): string[] {
  return AGENCIES.filter((a) => a.pattern.test(text)).map((a) => a.name);
}
