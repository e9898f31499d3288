/**
 * Names written in a shorter or longer form across articles (place-and-body-forms-a.txt and -b.txt):
 * a sea, a beach or a strait without its kind, a body's name that goes on after "and", ranks and
 * honorifics before a name, and given names romanised with or without a hyphen.
 */
import assert from 'node:assert/strict';
import { group, workspace } from './helpers';

describe('entities: short and long forms of places, bodies and people', () => {
  const a = 'place-and-body-forms-a.txt';
  const b = 'place-and-body-forms-b.txt';
  const ws = workspace([a, b]);
  const textsA = ws.names(a).map((m) => m.text);
  const textsB = ws.names(b).map((m) => m.text);
  const sameEntity = (docA: string, textA: string, docB: string, textB: string) => assert.equal(ws.mention(docB, textB).id, ws.mention(docA, textA).id, `${textA} / ${textB}`);

  it('keeps the field of a body that opens a sentence ("Interior Ministry spokeswoman", "Foreign Office spokesman")', () => {
    assert.equal(ws.mention(a, 'Interior Ministry').type, 'ORG');
    assert.equal(ws.mention(a, 'Foreign Office').type, 'ORG');
    for (const cut of ['Ministry', 'Office']) assert.ok(!textsA.includes(cut), `"${cut}" in ${textsA.join(', ')}`);
  });

  it('ends a name at its initial when an article or a pronoun opens the next sentence', () => {
    for (const word of ['The', 'She']) assert.ok(!textsA.some((t) => t === word || t.endsWith(` ${word}`)), `"${word}" in ${textsA.join(', ')}`);
    assert.equal(group(ws.mention(a, 'Mei-Lin T').type), 'PERSON');
    sameEntity(a, 'Mei-Lin T', b, 'Mei-Lin T');
    assert.equal(group(ws.mention(a, 'Tomasz W').type), 'PERSON');
  });

  it('joins a given name romanised with and without its hyphen ("Wei-ming" / "Weiming")', () => {
    sameEntity(a, 'Chen Wei-ming', b, 'Chen Weiming');
  });

  it('joins a sea, a beach, a nature park and a strait to their names alone', () => {
    sameEntity(a, 'Orsund Sea', b, 'Orsund');
    sameEntity(a, 'Kettle Beach', b, 'Kettle');
    sameEntity(a, 'Brask Nature Park', b, 'Brask');
    sameEntity(a, 'Strait of Tolvar', b, 'Tolvar');
    for (const place of ['Kettle Beach', 'Orsund Sea', 'Brask Nature Park', 'Strait of Tolvar']) assert.equal(group(ws.mention(a, place).type), 'PLACE', place);
  });

  it('leaves a shop named after a beach apart from the beach', () => {
    assert.notEqual(ws.mention(a, 'Kettle Beach Store').id, ws.mention(a, 'Kettle Beach').id);
    assert.notEqual(ws.mention(b, 'Kettle').id, ws.mention(a, 'Kettle Beach Store').id);
  });

  it('takes ranks and honorifics off names ("Comisario", "Sub-commissioner", "City Councilor")', () => {
    assert.ok(textsA.includes('Raúl Ibarrez') && textsA.includes('Ana Ruiz'), textsA.join(', '));
    assert.ok(textsB.includes('Raul Ibarres'), textsB.join(', '));
  });

  it('joins surnames transliterated with "z" or "s" and with "zh" or "j"', () => {
    sameEntity(a, 'Raúl Ibarrez', b, 'Raul Ibarres');
    sameEntity(a, 'Askar Zhanibekov', b, 'Askar Janibekov');
  });

  it('joins "Italian Ferretti" to the one Ferretti, and names him by his full name', () => {
    const italian = ws.mention(a, 'Italian Ferretti');
    sameEntity(a, 'Italian Ferretti', b, 'Marco Ferretti');
    assert.equal(ws.entities.get(italian.id!)!.canonical, 'Marco Ferretti');
  });

  it('reads a short weekday inside a name as a syllable of it, and the portfolio before the name as the title\'s', () => {
    assert.equal(group(ws.mention(a, 'Nguyen Thi Thu Ha').type), 'PERSON');
    assert.ok(!textsA.some((t) => t.startsWith('Trade')), textsA.join(', '));
  });

  it('reads no name in a ministry\'s fields after its title ("Minister for Lands and Natural Resources")', () => {
    for (const field of ['Natural Resources', 'Lands', 'Lands and Natural Resources']) assert.ok(!textsA.includes(field), `"${field}" in ${textsA.join(', ')}`);
  });

  it('reads no body in a title with its fields and no name ("Minister of Agriculture", "Secretary of Energy"), nor in an amount', () => {
    for (const title of ['Minister of Agriculture', 'Secretary of Energy', 'Serbian Minister of Internal', 'Minister of Internal Trade', 'VND1']) {
      assert.ok(!textsA.includes(title), `"${title}" in ${textsA.join(', ')}`);
    }
    assert.equal(group(ws.mention(a, 'Ana Petrović').type), 'PERSON');
  });

  it('types island groups and old quarters as places, a person of a nation as a nationality, and "Rear" as part of a rank', () => {
    assert.equal(group(ws.mention(a, 'Azores').type), 'PLACE');
    assert.equal(group(ws.mention(a, 'Old Quarter').type), 'PLACE');
    assert.equal(group(ws.mention(a, 'Ilan Varga').type), 'PERSON');
    assert.ok(!textsA.includes('Rear') && !textsA.includes('Dane'), textsA.join(', '));
  });

  it('reads Malaysian names: a given name cut short ("Mohd"), an English name and surname before the rest, "Tan Sri" before a name, "Universiti"', () => {
    sameEntity(a, 'Mohd Rafiq Salleh', b, 'Mohamad Rafiq Salleh');
    sameEntity(a, 'Jeffrey Lim Kok Seng', b, 'Jeffrey Lim');
    assert.equal(group(ws.mention(a, 'Zainal Abidin Mokhtar').type), 'PERSON');
    assert.equal(ws.mention(a, 'Universiti Malaya').type, 'ORG');
    assert.ok(!textsA.includes('Community Development') && !textsA.some((t) => t.includes('Tan Sri')), textsA.join(', '));
  });

  it('continues "Department of X and Y" and "Chamber of X and Y" across "and", and joins the acronym after them', () => {
    assert.equal(ws.mention(a, 'Department of Foreign Affairs and Trade').type, 'ORG');
    const chamber = ws.mention(a, 'Velmore Chamber of Commerce and Industry');
    assert.equal(ws.mention(a, 'VCCI').id, chamber.id);
    assert.equal(ws.mention(b, 'VCCI').id, chamber.id);
    assert.equal(ws.mention(a, 'Petroleum and Natural Gas Senior Staff Association').type, 'ORG');
  });

  it('joins a body named in its own language to its English name, whatever the order of its words', () => {
    sameEntity(a, 'Polícia Judiciária', b, 'Judiciary Police');
    sameEntity(a, 'Corte de Apelaciones de Velmore', b, 'Velmore Court of Appeals');
    sameEntity(a, 'Deutsche Marine', b, 'German Navy');
    assert.notEqual(ws.mention(b, 'Judiciary Police').id, ws.mention(b, 'Velmore Court of Appeals').id);
  });

  it('joins "the Interior Ministry" to "the Federal Ministry of the Interior", a region to its English name, and a surname spelled with other vowels after the same given names', () => {
    sameEntity(a, 'Interior Ministry', b, 'Federal Ministry of the Interior');
    sameEntity(a, 'Andalucía', b, 'Andalusia');
    sameEntity(a, 'Nasir Ali Jadoon', b, 'Nasir Ali Jadun');
  });

  it('joins "DoC" to the Department of Conservation, and "the Justice Ministry" to the Ministry of Justice and Public Security', () => {
    sameEntity(a, 'Department of Conservation', b, 'DoC');
    sameEntity(a, 'Ministry of Justice and Public Security', b, 'Justice Ministry');
  });
});
