/**
 * One person's given name in its Ukrainian and Russian forms, and one ministry named two ways
 * (test-fixtures/entities/slavic-forms-*): "Yevhen Kostenko" is "Evgeny Kostenko", "Oleksandr
 * Marchuk" is "Aleksandr Marchuk", "Castañeda" is "Castanheda", and the "Ministry of Foreign
 * Affairs" is the "Foreign Ministry".
 */
import assert from 'node:assert/strict';
import { givenNameForms } from '../../../src/analysis/entities/givenNameVariants';
import { transliterationKey } from '../../../src/analysis/entities/nameKeys';
import { workspace } from './helpers';

describe('entities: given names in two languages, ministries named two ways', () => {
  const [a, b] = ['slavic-forms-a.txt', 'slavic-forms-b.txt'];
  const ws = workspace([a, b]);

  it('knows the forms of one given name, and keeps other names apart', () => {
    const forms = (x: string, y: string) => givenNameForms(transliterationKey(x), transliterationKey(y));
    assert.ok(forms('Yevhen', 'Evgeny'));
    assert.ok(forms('Oleksandr', 'Alexander'));
    assert.ok(forms('Anatol', 'Anatoly'));
    assert.ok(!forms('Oleksandr', 'Oleksiy'));
    assert.ok(!forms('Yevhen', 'John'));
  });
  it('joins "Yevhen Kostenko" and "Evgeny Kostenko", "Oleksandr Marchuk" and "Aleksandr Marchuk"', () => {
    assert.equal(ws.mention(b, 'Evgeny Kostenko').id, ws.mention(a, 'Yevhen Kostenko').id);
    assert.equal(ws.mention(b, 'Aleksandr Marchuk').id, ws.mention(a, 'Oleksandr Marchuk').id);
  });
  it('joins a Spanish "ñ" and its Portuguese "nh" across articles ("Castañeda", "Castanheda")', () => {
    const pair = workspace([
      ['p.txt', 'SAO PAULO, April 9 (Wire) - Prosecutors raided the company on Wednesday, spokeswoman Marina Castanheda said.'],
      ['q.txt', 'Prosecutors raided the company on Wednesday, said Marina Castañeda, a spokeswoman for the prosecutors.'],
    ]);
    assert.equal(pair.mention('q.txt', 'Marina Castañeda').id, pair.mention('p.txt', 'Marina Castanheda').id);
  });
  it('gives the bare "nh" surname to the person when only the full name is written with "ñ"', () => {
    const pair = workspace([
      ['p.txt', 'Prosecutors raided the company on Wednesday, said Marina Castañeda, a spokeswoman for the prosecutors.'],
      ['q.txt', 'Marina Castanheda, who speaks for the prosecutors, confirmed the raid.\n\nAccording to Castanheda, the board knew.'],
    ]);
    const bare = pair.mention('q.txt', 'Castanheda');
    assert.equal(bare.type, 'PERSON');
    assert.equal(bare.id, pair.mention('p.txt', 'Marina Castañeda').id);
  });
  it('joins the "Ministry of Foreign Affairs" and the "Foreign Ministry" of one country', () => {
    const long = ws.names(a).find((m) => /Ministry of Foreign Affairs/u.test(m.text));
    const short = ws.names(b).find((m) => /Foreign Ministry/u.test(m.text));
    assert.ok(long && short, 'both ministries are names');
    assert.equal(short.id, long.id);
  });
});
