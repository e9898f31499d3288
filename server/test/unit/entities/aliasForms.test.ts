/**
 * Forms of one name that news writes in different articles, each joined to one id by a general
 * rule: a Spanish double surname's short forms, letters with a diacritic written as digraphs,
 * a body's name with its words reordered or without its first words, a river without "River", a
 * port named for its town; and a hyphenated place kept whole when only one half is a known town.
 * Fixtures: alias-forms-a.txt, alias-forms-b.txt (one story), alias-forms-apart.txt (bodies that
 * look alike and stay apart).
 */
import assert from 'node:assert/strict';
import { digraphSpellings } from '../../../src/analysis/entities/digraphSpellings';
import { bodyWordBag } from '../../../src/analysis/entities/bodyWordBags';
import { firstSurnameIndex } from '../../../src/analysis/entities/doubleSurnames';
import { workspace } from './helpers';

const A = 'alias-forms-a.txt';
const B = 'alias-forms-b.txt';

describe('entities: alias forms across articles', () => {
  const ws = workspace([A, B]);

  it('joins a double surname with its given name and first surname, and the first surname alone', () => {
    const id = ws.mention(A, 'Lorena Quintero Basave').id;
    assert.equal(ws.mention(B, 'Lorena Quintero').id, id);
    assert.equal(ws.mention(A, 'Quintero').id, id);
    assert.equal(ws.mention(B, 'Quintero').id, id);
  });

  it('joins a name written with umlauts or Turkic letters to its digraph spelling', () => {
    assert.equal(ws.mention(B, 'Brueckner').id, ws.mention(A, 'Brückner Logistik GmbH').id);
    assert.equal(ws.mention(B, 'Shahin Rustamov').id, ws.mention(A, 'Şahin Rüstəmov').id);
  });

  it('joins bodies whose names have the same words in another order, a nationality standing for its country', () => {
    assert.equal(ws.mention(B, 'Fisheries Ministry').id, ws.mention(A, 'Ministry of Fisheries').id);
    assert.equal(ws.mention(B, 'Seismological Institute of Chile').id, ws.mention(A, 'Chilean Seismological Institute').id);
  });

  it("joins a body's last words to it when its article names it in full", () => {
    assert.equal(ws.mention(A, 'Customs Service').id, ws.mention(A, 'Moldovan Customs Service').id);
  });

  it('joins a river named without "River", and a port named for its town, to one entity', () => {
    assert.equal(ws.mention(B, 'Vessa').id, ws.mention(A, 'Vessa River').id);
    assert.equal(ws.mention(A, 'Port of Corvello').id, ws.mention(A, 'Corvello').id);
  });

  it('joins a stadium named with the German or Scandinavian "Stadion" to its name alone', () => {
    assert.equal(ws.mention(B, 'Brannvik').id, ws.mention(A, 'Brannvik Stadion').id);
  });

  it('keeps a hyphenated place whole when only its first half is a known town', () => {
    assert.ok(ws.names(A).some((m) => m.text === 'Kara-Sogot'), ws.names(A).map((m) => m.text).join(', '));
    assert.ok(!ws.names(A).some((m) => m.text === 'Kara'));
  });

  it('keeps two countries\' ministries apart, and a short form its article uses for two bodies', () => {
    const doc = 'alias-forms-apart.txt';
    const apart = workspace([doc]);
    assert.notEqual(apart.mention(doc, 'Norwegian Fisheries Ministry').id, apart.mention(doc, 'Fisheries Ministry of Iceland').id);
    const short = apart.mention(doc, 'Customs Service').id;
    assert.notEqual(short, apart.mention(doc, 'Estonian Customs Service').id);
    assert.notEqual(short, apart.mention(doc, 'Latvian Customs Service').id);
  });

  it('reads the parts these rules rest on', () => {
    assert.deepEqual(digraphSpellings('Möllring'), ['Moellring']);
    assert.deepEqual(digraphSpellings('Şahin Rüstəmov'), ['Şahin Ruestəmov', 'Shahin Rüstəmov']);
    assert.deepEqual(digraphSpellings('Novak'), []);
    assert.deepEqual(digraphSpellings('Castañeda'), ['Castanheda', 'Castanyeda']);
    assert.equal(bodyWordBag('Ministry of Health'), bodyWordBag('Health Ministry'));
    assert.equal(bodyWordBag('Peruvian Geophysical Institute'), bodyWordBag('Geophysical Institute of Peru'));
    assert.notEqual(bodyWordBag('Spanish Health Ministry'), bodyWordBag('Ministry of Health'));
    assert.equal(firstSurnameIndex('Ana Ruiz Vidal'), 1);
    assert.equal(firstSurnameIndex('Mary Ann Smith'), undefined);
    assert.equal(firstSurnameIndex('Luiz Inácio da Silva'), undefined);
  });
});
