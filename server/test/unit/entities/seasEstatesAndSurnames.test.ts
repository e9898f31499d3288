/**
 * Places and people that looked like something else: a sea named with a compass word beside an
 * agency named after it ("South Atlantic" / "South Atlantic Press"), an island named after a king
 * ("King George Island"), a base named after a president ("the Eduardo Frei base"), a palace and
 * an estate under their Portuguese heads ("Paço de Belmonte", "Quinta de Santa Marta"), a surname
 * spelled like a legal form ("Fábio Nogueira Sá"), a town's ground and paper under Portuguese heads
 * ("Campo Municipal", "Correio Atlântico"), and a ministry's field ("Climate Change").
 */
import assert from 'node:assert/strict';
import { placeKind } from '../../../src/analysis/lexicon/places';
import { group, workspace } from './helpers';

describe('entities: seas, estates and surnames', () => {
  const ws = workspace([
    ['a.txt', 'South Atlantic Press | Wire Service\n\nReefs Bleach\n\nSALVADOR, March 4, 2031 (SAP) — The survey covered reefs in the South Atlantic, the institute said on Monday. Environment and Climate Change Minister Renata Lins announced a fund. Evacuees were taken to Chile\'s Eduardo Frei base on King George Island.\n\n© 2031 South Atlantic Press. All rights reserved.'],
    ['b.txt', 'Palace Speaks\n\nPORTO ALVAR, March 4, 2031 — The king spoke from the Paço de Belmonte on Monday, then drove to the Quinta de Santa Marta. The head of the Royal Household, Vasco Pimentel de Sá, said the ceremony was ready. Captain Fábio Nogueira Sá said the crew was safe. Sá added that the rig was empty. Captain Fábio Nogueira Costa said nothing.'],
  ]);

  it('reads "South Atlantic" as a sea, not the short form of the agency named after it', () => {
    assert.equal(placeKind('South Atlantic'), 'region');
    assert.equal(placeKind('Western Balkans'), 'region');
    assert.equal(placeKind('South Parkview'), undefined);
    assert.equal(group(ws.mention('a.txt', 'South Atlantic').type), 'PLACE');
  });
  it('reads an island named after a king and a base named after a president as places', () => {
    assert.equal(group(ws.mention('a.txt', 'George Island').type), 'PLACE');
    assert.equal(group(ws.mention('a.txt', 'Eduardo Frei').type), 'PLACE');
  });
  it('reads "Paço de Belmonte" and "Quinta de Santa Marta" as places', () => {
    assert.equal(group(ws.mention('b.txt', 'Paço de Belmonte').type), 'PLACE');
    assert.equal(group(ws.mention('b.txt', 'Quinta de Santa Marta').type), 'PLACE');
  });
  it('reads "Sá" ending a name as a surname, not "S.A.": the person keeps their own id', () => {
    assert.equal(ws.mention('b.txt', 'Vasco Pimentel de Sá').type, 'PERSON');
    const sa = ws.mention('b.txt', 'Fábio Nogueira Sá');
    assert.equal(sa.type, 'PERSON');
    assert.notEqual(sa.id, ws.mention('b.txt', 'Fábio Nogueira Costa').id);
  });
  it('reads a Portuguese ground ("Campo Municipal da Ribeira Grande") as a place and a paper ("Correio Atlântico") as a body', () => {
    const local = workspace([['c.txt', 'Referee Attacked\n\nPONTA DELGADA, March 4, 2031 — The referee was attacked at the Campo Municipal da Ribeira Grande on Sunday, the Correio Atlântico reported. The Correio Atlântico said five fans were held.']]);
    assert.equal(group(local.mention('c.txt', 'Campo Municipal da Ribeira Grande').type), 'PLACE');
    assert.equal(local.mention('c.txt', 'Correio Atlântico').type, 'ORG');
  });
  it('reads a gate named by a group\'s possessive, a sanctuary "of" a name, their Portuguese names and a "Sala" as places', () => {
    const local = workspace([['d.txt', 'Crush at the Shrine\n\nMONTES CLAROS, March 4, 2031 — Fourteen pilgrims died at the Pilgrims\' Gate of the Sanctuary of Bom Jesus do Lago on Saturday. The Corpo de Bombeiros said the Portão dos Romeiros of the Santuário do Bom Jesus do Lago was closed.']]);
    for (const name of ["Pilgrims' Gate", 'Sanctuary of Bom Jesus do Lago', 'Portão dos Romeiros', 'Santuário do Bom Jesus do Lago']) assert.equal(group(local.mention('d.txt', name).type), 'PLACE', name);
    assert.equal(local.mention('d.txt', 'Corpo de Bombeiros').type, 'ORG');
    // The English and the Portuguese names of the sanctuary are one place.
    const both = workspace([
      ['f.txt', 'Crush at the Shrine\n\nMONTES CLAROS, March 4, 2031 (Wire) — Fourteen pilgrims died at the Sanctuary of Bom Jesus do Lago on Saturday.'],
      ['g.txt', 'Tragedy in the Santuário\n\nMONTES CLAROS, March 4, 2031 — Fourteen pilgrims died in the Santuário do Bom Jesus do Lago this Saturday.'],
    ]);
    assert.equal(both.mention('f.txt', 'Sanctuary of Bom Jesus do Lago').id, both.mention('g.txt', 'Santuário do Bom Jesus do Lago').id);
    const hall = workspace([['e.txt', 'Tour Off\n\nRIO DE JANEIRO, March 4, 2031 — The orchestra will play a free concert at the Sala Cecília Meireles on Saturday.']]);
    assert.equal(group(hall.mention('e.txt', 'Sala Cecília Meireles').type), 'PLACE');
  });
  it('takes "Climate Change" before "Minister" for the ministry\'s field, not a name', () => {
    assert.ok(!ws.names('a.txt').some((m) => m.text.includes('Change')), ws.names('a.txt').map((m) => m.text).join(', '));
  });
});
