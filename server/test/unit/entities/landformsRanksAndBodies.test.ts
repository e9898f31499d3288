/**
 * Names in disaster and travel news (test-fixtures/entities/landforms-and-ranks.txt and -b.txt):
 * natural features ("Mount X", "Lake X", "Cape X") and their short forms, alert levels and their
 * local names, a body named "Centre for X and Y" and its American spelling, a body described in
 * lower case before its acronym, companies named for their country or ending in a company word,
 * well-known platforms, peoples, currency codes, Indonesian time zones, a person's shorter full
 * name, and an airport's short name; and a national body named in its own language and in English
 * (translated-bodies-a.txt and -b.txt); a city named in its own language and in English
 * (city-exonyms-a.txt and -b.txt); and a person's name without its middle name, with its surname
 * cut to an initial, or with a given name spelled another way (shortened-names-a.txt and -b.txt).
 */
import assert from 'node:assert/strict';
import { lookupZone } from '../../../src/analysis/values/clock';
import { group, workspace } from './helpers';

describe('entities: landforms, ranks, bodies, brands, peoples', () => {
  const a = 'landforms-and-ranks.txt';
  const b = 'landforms-and-ranks-b.txt';
  const ws = workspace([a, b]);
  const texts = ws.names(a).map((m) => m.text);

  it('types "Mount X", "Lake X" and "Cape X" as places, and "X" alone as the mountain', () => {
    for (const name of ['Mount Korvanu', 'Lake Merrow', 'Cape Dallin']) assert.equal(group(ws.mention(a, name).type), 'PLACE', name);
    const short = ws.mention(a, 'Korvanu');
    assert.equal(short.id, ws.mention(a, 'Mount Korvanu').id);
    assert.equal(group(short.type), 'PLACE');
  });

  it('reads no name in an alert level, a storm category or the local name of a level', () => {
    for (const t of ['Level IV', 'Level', 'IV', 'Awas', 'Category', 'Category 3']) assert.ok(!texts.includes(t), `"${t}" in ${texts.join(', ')}`);
  });

  it('continues "Centre for X and Y" across "and", and joins the American spelling "Center"', () => {
    const body = ws.mention(a, 'Centre for Seismology and Volcanic Risk Reduction');
    assert.equal(body.type, 'ORG');
    assert.ok(!texts.includes('Volcanic Risk Reduction'));
    assert.equal(ws.mention(b, 'Center for Seismology and Volcanic Risk Reduction').id, body.id);
  });

  it('takes a body described in lower case before its acronym as one name, the acronym its own', () => {
    const body = ws.mention(a, 'Sampar district disaster relief agency');
    assert.equal(body.type, 'ORG');
    assert.equal(ws.mention(a, 'BPDS').id, body.id);
    assert.equal(ws.mention(a, 'BPDS', 1).id, body.id);
  });

  it('types a company named for its country, one ending in "Construct", and well-known platforms as organisations', () => {
    for (const name of ['SkyNet Indonesia', 'Valtrex Construct', 'Facebook', 'Instagram']) assert.equal(ws.mention(a, name).type, 'ORG', name);
  });

  it('reads peoples ("West Australians", "Parisians") as nationalities and plural nouns for people as no name', () => {
    for (const t of ['West Australians', 'Parisians']) assert.equal(ws.docs.get(a)!.mentions.find((m) => m.text === t)?.type, 'NORP', t);
    assert.ok(!texts.includes('Survivors'));
  });

  it('reads no name in a currency code or a time zone, and knows the Indonesian zones', () => {
    assert.ok(!texts.includes('RON'));
    assert.ok(!texts.includes('WITA'));
    assert.equal(lookupZone('WIB')?.offset, 420);
    assert.equal(lookupZone('WITA')?.offset, 480);
    assert.equal(lookupZone('WIT')?.offset, 540);
  });

  it('joins a full name that drops its leading parts, and an airport with its short name', () => {
    assert.equal(ws.mention(a, 'Putra Kertajaya').id, ws.mention(a, 'Wayan Sudira Putra Kertajaya').id);
    assert.equal(ws.mention(b, 'Wayan Sudira Putra Kertajaya').id, ws.mention(a, 'Wayan Sudira Putra Kertajaya').id);
    const airport = ws.mention(a, 'Sultan Arif Mahmud International Airport');
    assert.equal(group(airport.type), 'PLACE');
    assert.equal(ws.mention(a, 'Arif Mahmud').id, airport.id);
  });
});

describe('entities: a national body named in its own language and in English', () => {
  const a = 'translated-bodies-a.txt';
  const b = 'translated-bodies-b.txt';
  const ws = workspace([a, b]);

  it('joins "Narodowy Bank Polski" and "National Bank of Poland", and keeps other banks apart', () => {
    const polish = ws.mention(a, 'Narodowy Bank Polski');
    assert.equal(polish.type, 'ORG');
    assert.equal(ws.mention(b, 'National Bank of Poland').id, polish.id);
    assert.notEqual(ws.mention(b, 'National Bank of Romania').id, polish.id);
    assert.notEqual(ws.mention(a, 'Bank of England').id, polish.id);
  });
});

describe('entities: a city named in its own language and in English', () => {
  const a = 'city-exonyms-a.txt';
  const b = 'city-exonyms-b.txt';
  const ws = workspace([a, b]);

  it('joins "München" and "Munich", "Lisboa" and "Lisbon", "Praha" and "Prague", "Köln" and "Cologne", "Kiev" and "Kyiv"', () => {
    for (const [local, english] of [['München', 'Munich'], ['Lisboa', 'Lisbon'], ['Praha', 'Prague'], ['Köln', 'Cologne'], ['Kiev', 'Kyiv']]) {
      const other = ws.mention(b, local);
      assert.equal(group(other.type), 'PLACE', local);
      assert.equal(other.id, ws.mention(a, english).id, `${local} / ${english}`);
    }
  });

  it('keeps different cities apart', () => {
    assert.notEqual(ws.mention(b, 'Lisboa').id, ws.mention(b, 'Praha').id);
    assert.notEqual(ws.mention(a, 'Munich').id, ws.mention(a, 'Cologne').id);
  });
});

describe('entities: a name shortened or spelled another way', () => {
  const a = 'shortened-names-a.txt';
  const b = 'shortened-names-b.txt';
  const ws = workspace([a, b]);

  it('reads the whole name after "Director of Health", and joins it without its middle name', () => {
    const full = ws.mention(a, 'Rosemary Atieno Onyango');
    assert.equal(group(full.type), 'PERSON');
    assert.equal(ws.mention(b, 'Rosemary Onyango').id, full.id);
  });
  it('joins "Geoffrey" and "Jeffrey" of one surname, and "Samuel O." with "Samuel Otieno"', () => {
    assert.equal(ws.mention(b, 'Jeffrey Mayaka').id, ws.mention(a, 'Geoffrey Mayaka').id);
    assert.equal(ws.mention(b, 'Samuel O').id, ws.mention(a, 'Samuel Otieno').id);
    assert.notEqual(ws.mention(a, 'Samuel Otieno').id, ws.mention(a, 'Geoffrey Mayaka').id);
  });
});
