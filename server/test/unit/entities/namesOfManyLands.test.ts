/**
 * Names from general lexicons and cues that any story may need: given names of many regions (the
 * first list knew few outside Western Europe), a place run into a person's name after "In", a
 * trade's "House" as a firm, and "the mayor of X" as a place. Fixtures are in test-fixtures/entities/.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: names of many lands', () => {
  it('types people by given names of many regions where other cues point elsewhere (names-of-many-lands.txt)', () => {
    const doc = 'names-of-many-lands.txt';
    const ws = workspace([doc]);
    // "In Ioana Craciunescu's view", "at Jurgita Vaitkute's bakery", "The Rodrigo Almansa fund", "the Eszter Halmagyi choir".
    for (const name of ['Ioana Craciunescu', 'Jurgita Vaitkute', 'Rodrigo Almansa', 'Eszter Halmagyi']) assert.equal(ws.mention(doc, name).type, 'PERSON', name);
  });

  it('splits a place run into a person\'s name after "In" ("In Varnhold Tomasz Wierzchon, who ...")', () => {
    const doc = 'names-of-many-lands.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Tomasz Wierzchon').type, 'PERSON');
    assert.equal(ws.mention(doc, 'Varnhold').type, 'GPE');
    assert.ok(!ws.names(doc).some((m) => m.text.includes('Varnhold Tomasz')));
  });

  it('types an auction or publishing house as a firm and the place of a mayor as a place (trade-houses-and-mayors.txt)', () => {
    const doc = 'trade-houses-and-mayors.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Meridana Auction House').type, 'ORG');
    assert.equal(ws.mention(doc, 'Kvetna Publishing House').type, 'ORG');
    assert.equal(ws.mention(doc, 'Velky Brod').type, 'GPE');
    assert.equal(ws.mention(doc, 'Ostrany', 1).type, 'GPE');
  });
});

describe('entities: buildings, codes and regions', () => {
  const doc = 'buildings-codes-and-regions.txt';
  it('types a saint\'s church and a mountain hut as buildings, a Red Cross society and a hospital named with its town as bodies, a compass region as a place', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Church of St. Bartholomew').type, 'FAC');
    assert.equal(ws.mention(doc, 'Zlaty Vrch').type, 'FAC');
    assert.equal(ws.mention(doc, 'Bystrina Red Cross').type, 'ORG');
    assert.equal(ws.mention(doc, 'University Hospital Korvin').type, 'ORG');
    assert.ok(['LOC', 'GPE'].includes(ws.mention(doc, 'South Lesnia').type));
  });
  it('keeps a town named by its river whole and reads its first word as its short name ("Dolna nad Lesnou", "Dolna")', () => {
    const ws = workspace([doc]);
    const town = ws.mention(doc, 'Dolna nad Lesnou');
    assert.equal(ws.mention(doc, 'Dolna').id, town.id);
  });
  it('takes no name from an aircraft registration, a split flight number or a participle opening a sentence', () => {
    const ws = workspace([doc]);
    const texts = ws.names(doc).map((m) => m.text);
    for (const code of ['OM-KRT', 'QZ', 'Evacuated']) assert.ok(!texts.includes(code), `${code} in ${texts.join(', ')}`);
  });
});

describe('entities: parties, date lines and towns', () => {
  const doc = 'parties-and-datelines.txt';
  it('reads a party and its members named as a group as one body ("Social Democratic Party", "Social Democrats")', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Social Democrats').id, ws.mention(doc, 'Social Democratic Party').id);
  });
  it('reads a body without its national adjective as the body ("Ostrian Renewal", "Renewal")', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Renewal').id, ws.mention(doc, 'Ostrian Renewal').id);
  });
  it('takes the place of a date line in capitals that no other cue names ("VELGRAD, Nov 4 (NWA) -")', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'VELGRAD').type, 'GPE');
  });
  it('reads "Mayor of X, Name" as a town and a person, and the first part of a hyphenated town as its short name', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Stara-Kovina').type, 'GPE');
    assert.equal(ws.mention(doc, 'Jelena Pavic').type, 'PERSON');
    assert.equal(ws.mention(doc, 'Stara').id, ws.mention(doc, 'Stara-Kovina').id);
  });
});

describe('entities: firms run into names and places made adjectives', () => {
  const doc = 'listing-day.txt';
  it('splits "of Lumenta Radka Vesela" at the given name and gives the quote to the person, not the firm', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Radka Vesela').type, 'PERSON');
    assert.ok(!ws.names(doc).some((m) => m.text === 'Lumenta Radka Vesela'));
    const quote = ws.docs.get(doc)!.quotes.find((q) => q.inner.startsWith('We came'));
    assert.equal(quote?.speaker, 'Radka Vesela');
  });
  it('reads "Prague-based Vltava Kapital" as a place and a firm, and "Brno Brokers" as a firm', () => {
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Vltava Kapital').type, 'ORG');
    assert.equal(ws.mention(doc, 'Brno Brokers').type, 'ORG');
  });
});

describe('entities: clubs', () => {
  it('types a word and a known city ("Olimpia Poznan") and a club prefix ("NK Velebit") as clubs, and "Port Vale" as a place\'s name', () => {
    const doc = 'club-names.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Olimpia Poznan').type, 'ORG');
    assert.equal(ws.mention(doc, 'NK Velebit').type, 'ORG');
    assert.notEqual(ws.mention(doc, 'Port Vale').type, 'PERSON');
  });
});

describe('entities: countries the lexicon does not know', () => {
  it('reads "Marvania" beside "a Marvanian patrol boat" as a place, and the adjective as its nationality', () => {
    const doc = 'countries-by-adjective.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Marvania').type, 'GPE');
    assert.equal(ws.mention(doc, 'Ostrelia').type, 'GPE');
    assert.ok(!ws.names(doc).some((m) => m.text === 'Marvanian'), 'the adjective is no name');
  });
});

describe('entities: peaks and lakes named in their own language', () => {
  it('reads "Vârful Ursului" (a peak) and "Jezero Crno" (a lake) as places', () => {
    const doc = 'peaks-and-lakes.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Vârful Ursului').type, 'LOC');
    assert.equal(ws.mention(doc, 'Jezero Crno').type, 'LOC');
  });
});
