/**
 * One given name in the forms news writes it from different languages: Ukrainian and Belarusian
 * against Russian ("Yevhen" / "Yevgeny" / "Evgeni", "Oleksandr" / "Aleksandr", "Anatol" /
 * "Anatoly"), and the English form ("Eugene", "Alexander"). Spelling differences within one form
 * ("Evgeny" / "Evgeni", "Yuri" / "Yury") are already one name key (nameKeys.ts); these are the
 * forms no letter rule joins, and a few short forms printed as the name ("Zé" for "José"). Like
 * other spelling variants, they join full names with one surname across articles only (see
 * resolveEntities.ts).
 */
import { transliterationKey } from './nameKeys';

const FORMS: readonly string[] = [
  'yevhen yevgeny yevgeni yevgeniy evgeny evgeni evgenii eugene',
  // Latvian writes a masculine "-s" onto Russian names ("Aleksandrs", "Sergejs", "Jurijs").
  'oleksandr aleksandr alexandr alexander aleksander aleksandrs',
  'oleksiy oleksii alexei alexey aleksei aleksey',
  'serhiy serhii sergei sergey serguei sergiy sergejs',
  'mykola nikolai nikolay',
  'dmytro dmitry dmitri dmitriy',
  'andriy andrii andrei andrey',
  'volodymyr vladimir',
  'yuriy yurii yuri yury iouri jurijs',
  'vasyl vasily vasiliy vassily',
  'petro pyotr petr',
  'pavlo pavel',
  'mykhailo mykhaylo mikhail',
  'hryhoriy hryhorii grigory grigori grigoriy',
  'heorhiy heorhii georgy georgi georgiy',
  'ihor igor',
  'oleh oleg',
  'anatoliy anatolii anatoly anatoli anatol',
  'vitaliy vitalii vitaly vitali',
  'valeriy valerii valery valeri',
  'yuliia yulia yuliya iuliia',
  'olena yelena elena',
  'tetiana tetyana tatiana tatyana',
  'kateryna yekaterina ekaterina',
  'nataliya natalia natalya',
  // Portuguese and Spanish short forms that papers print as the name ("Zé Nogueira" for "José
  // Aparecido Nogueira", "Chico" for "Francisco").
  'jose ze zezinho pepe',
  'francisco chico paco pancho',
  'antonio toninho tonho',
];

const CANONICAL = new Map<string, string>();
for (const line of FORMS) {
  const keys = line.split(' ').map(transliterationKey);
  for (const k of keys) if (!CANONICAL.has(k)) CANONICAL.set(k, keys[0]);
}

/** True when two given-name keys (transliterationKey) are forms of one name in different languages. */
export function givenNameForms(a: string, b: string): boolean {
  const x = CANONICAL.get(a);
  return x !== undefined && x === CANONICAL.get(b);
}
