/**
 * Transliteration variants across two fictional flood reports (test-fixtures/entities/
 * flood-relief-a.txt and -b.txt): Yuliya/Yulia, Aleksei/Alexey and Tallinn/Tallin meet; Orlova, a
 * different person, does not merge with Orlov. Plus the name keys themselves.
 */
import assert from 'node:assert/strict';
import { nameKey, transliterationKey } from '../../../src/analysis/entities/nameKeys';
import { workspace } from './helpers';

describe('entities: transliteration variants', () => {
  it('makes common transliteration variants equal and keeps different names apart', () => {
    const same = [
      ['Kovalskyy', 'Kovalsky'],
      ['Tatiana', 'Tatyana'],
      ['Aleksei', 'Alexey'],
      ['Grigoriev', 'Grigoriyev'],
      ['Tallinn', 'Tallin'],
      ['Seán', 'Sean'],
      ['Olexandr', 'Oleksandr'],
    ];
    for (const [a, b] of same) assert.equal(transliterationKey(a), transliterationKey(b), `${a} / ${b}`);
    const different = [
      ['Orlov', 'Orlova'],
      ['Lee', 'Li'],
      ['Martin', 'Marten'],
    ];
    for (const [a, b] of different) assert.notEqual(transliterationKey(a), transliterationKey(b), `${a} / ${b}`);
  });

  it('gives country abbreviations the country key', () => {
    assert.equal(nameKey('U.S.'), nameKey('United States'));
    assert.equal(nameKey('US'), nameKey('United States'));
    assert.equal(nameKey('UK'), nameKey('Britain'));
  });

  describe('in a workspace', () => {
    const ws = workspace(['flood-relief-a.txt', 'flood-relief-b.txt']);
    const A = 'flood-relief-a.txt';
    const B = 'flood-relief-b.txt';

    it('joins Yuliya Koval and Yulia Koval, with the bare surname', () => {
      const id = ws.mention(A, 'Yuliya Koval').id;
      assert.equal(ws.mention(B, 'Yulia Koval').id, id);
      assert.equal(ws.mention(A, 'Koval').id, id);
      assert.equal(ws.mention(A, 'Yuliya Koval').title, 'Deputy Prime Minister');
    });

    it('joins Aleksei Orlov and Alexey Orlov but keeps Anna Orlova apart', () => {
      const id = ws.mention(A, 'Aleksei Orlov').id;
      assert.equal(ws.mention(B, 'Alexey Orlov').id, id);
      assert.equal(ws.mention(B, 'Orlov').id, id);
      assert.notEqual(ws.mention(B, 'Anna Orlova').id, id);
    });

    it('joins Tallinn and Tallin as one place', () => {
      assert.equal(ws.mention(B, 'Tallin').id, ws.mention(A, 'Tallinn').id);
      assert.equal(ws.mention(B, 'Tallin').type, 'GPE');
    });

    it('types the Red Cross as an organisation', () => {
      assert.equal(ws.mention(A, 'Red Cross').type, 'ORG');
    });
  });
  it('joins surnames transliterated two ways across articles, with the same given name', () => {
    const ws = workspace([
      ['t1.txt', 'Judge Elena Marin sentenced Dimitar Valchev to five years. Georgi Hristov, his deputy, was acquitted. Analyst Priya Venkataraman said the ruling was expected.'],
      ['t2.txt', 'Dimitar Vulchev will appeal, his lawyer said. Georgi Khristov left the court without comment. Priya Venkatraman, an analyst, called it a landmark.'],
      ['t3.txt', 'Nikolai Petrenko and Nikolai Petrinko, two brothers-in-law, were both questioned by police.'],
      ['t4.txt', 'General Timur Dzhabarov met Aidar Kusainov, the foreign ministry\'s special envoy, at the border.'],
      ['t5.txt', 'Timur Jabarov, the border commander, and Aidar Kussainov spoke to reporters.'],
    ]);
    for (const [a, b] of [['Dimitar Valchev', 'Dimitar Vulchev'], ['Georgi Hristov', 'Georgi Khristov'], ['Priya Venkataraman', 'Priya Venkatraman']]) {
      assert.equal(ws.mention('t1.txt', a).id, ws.mention('t2.txt', b).id, `${a} / ${b}`);
    }
    // "Dzh" and "J" write one Cyrillic letter; a possessive inside an apposition ("the foreign
    // ministry's special envoy") leaves its head ("envoy") to type the name.
    assert.equal(ws.mention('t4.txt', 'Timur Dzhabarov').id, ws.mention('t5.txt', 'Timur Jabarov').id);
    assert.equal(ws.mention('t4.txt', 'Aidar Kusainov').type, 'PERSON');
    assert.equal(ws.mention('t4.txt', 'Aidar Kusainov').id, ws.mention('t5.txt', 'Aidar Kussainov').id);
    // One article naming both spellings tells two people apart.
    assert.notEqual(ws.mention('t3.txt', 'Nikolai Petrenko').id, ws.mention('t3.txt', 'Nikolai Petrinko').id);
  });
  it('joins a short given name with the full one across articles, folds the schwa, and strips "Substitute"', () => {
    const ws = workspace([
      ['g1.txt', 'Fire chief Nikolaos Varelas said the blaze was contained. Minister Ilham Məmmədov arrived on Monday. Substitute Jonas Berg scored late. Airport manager Musa Ɗanladi said the runway was shut.'],
      ['g2.txt', 'Nikos Varelas told reporters that 40 homes had burned. Ilham Mammadov said aid would follow. Jonas Berg was the hero. Musa Danladi said flights resumed.'],
      ['g3.txt', 'Alexandra Lind and her brother Alexander Lind both ran the race.'],
    ]);
    assert.equal(ws.mention('g1.txt', 'Nikolaos Varelas').id, ws.mention('g2.txt', 'Nikos Varelas').id);
    assert.equal(ws.mention('g1.txt', 'Ilham Məmmədov').id, ws.mention('g2.txt', 'Ilham Mammadov').id);
    assert.equal(ws.mention('g1.txt', 'Musa Ɗanladi').id, ws.mention('g2.txt', 'Musa Danladi').id, 'Hausa hooked letters fold');
    assert.equal(ws.mention('g1.txt', 'Jonas Berg').id, ws.mention('g2.txt', 'Jonas Berg').id);
    assert.notEqual(ws.mention('g3.txt', 'Alexandra Lind').id, ws.mention('g3.txt', 'Alexander Lind').id, 'one article naming both tells them apart');
  });
  it('joins a given name shortened to its end ("Femi" / "Olufemi") and Thai romanizations ("Viriyapan" / "Wiriyaphan"), and reads "Rs5" as no name', () => {
    const ws = workspace([
      ['y1.txt', 'Chief executive Olufemi Oduwole said the crew were safe. Commission chairman Kittipong Wiriyaphan set the date. The minister announced Rs5 lakh for each family.'],
      ['y2.txt', 'Femi Oduwole told reporters the aircraft was insured. Kittipong Viriyapan spoke to reporters.'],
    ]);
    assert.equal(ws.mention('y1.txt', 'Olufemi Oduwole').id, ws.mention('y2.txt', 'Femi Oduwole').id);
    assert.equal(ws.mention('y1.txt', 'Kittipong Wiriyaphan').id, ws.mention('y2.txt', 'Kittipong Viriyapan').id);
    assert.ok(!ws.names('y1.txt').some((n) => /Rs5/u.test(n.text)), ws.names('y1.txt').map((n) => n.text).join(', '));
  });
  it('joins a pet form of a given name to the full one ("Willy" / "Wilfredo", "Freddie" / "Frederick")', () => {
    const ws = workspace([
      ['p1.txt', 'Union leader Wilfredo Quenta Arce said the roads would stay closed. Chief engineer Frederick Ashdown inspected the bridge.'],
      ['p2.txt', 'Willy Quenta told the crowd to go home. Freddie Ashdown said the bridge was safe.'],
    ]);
    assert.equal(ws.mention('p1.txt', 'Wilfredo Quenta Arce').id, ws.mention('p2.txt', 'Willy Quenta').id);
    assert.equal(ws.mention('p1.txt', 'Frederick Ashdown').id, ws.mention('p2.txt', 'Freddie Ashdown').id);
    // One article may write both.
    const one = workspace([['p3.txt', 'Union leader Wilfredo Quenta Arce spoke first. "This is a first step," declared Willy Quenta.']]);
    assert.equal(one.mention('p3.txt', 'Wilfredo Quenta Arce').id, one.mention('p3.txt', 'Willy Quenta').id);
  });
  it('reads an accented given name as the list holds it folded ("César"), and joins a name that leaves out a second given name', () => {
    const ws = workspace([
      ['c1.txt', 'His defence lawyer, César Augusto Llontop Ríos, said he would appeal the ruling.'],
      ['c2.txt', 'His lawyer, Mr César Llontop, said his client had never signed a contract.'],
    ]);
    assert.equal(ws.mention('c1.txt', 'César Augusto Llontop Ríos').type, 'PERSON');
    assert.equal(ws.mention('c1.txt', 'César Augusto Llontop Ríos').id, ws.mention('c2.txt', 'César Llontop').id);
  });
});

