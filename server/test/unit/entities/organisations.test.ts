/**
 * Organisations without a lexicon entry, typed from general rules: the head word of a company's
 * name ("Air", "Rail", "Energy"), what only organisations have or do ("operated by", "shares in",
 * "X's chief executive"), a weak default counted once per entity, and the maker before a model
 * code, where codes themselves are not names. Fixtures are in test-fixtures/entities/.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: organisations from general rules', () => {
  it('types an embassy or a consulate as the organisation it is ("the Norwegian Embassy said")', () => {
    const doc = 'embassy.txt';
    const ws = workspace([[doc, 'Consular help\n\nThe Norwegian Embassy said on Monday that the Danish Consulate would help stranded travellers.\n']]);
    assert.equal(ws.mention(doc, 'Norwegian Embassy').type, 'ORG');
    assert.equal(ws.mention(doc, 'Danish Consulate').type, 'ORG');
  });

  it('types companies by their head word and keeps two companies joined by "and" apart (org-suffix-heads.txt)', () => {
    const doc = 'org-suffix-heads.txt';
    const ws = workspace([doc]);
    for (const name of ['Brenmoor Rail', 'Kestavik Air', 'Ostvale Energy']) {
      assert.equal(ws.mention(doc, name).type, 'ORG', name);
      assert.equal(ws.mention(doc, name, 1).type, 'ORG', `${name} (second mention)`);
    }
    assert.notEqual(ws.mention(doc, 'Brenmoor Rail').id, ws.mention(doc, 'Kestavik Air').id);
    assert.ok(!ws.names(doc).some((m) => m.text.includes(' and ')), 'no mention spans "Brenmoor Rail and Kestavik Air"');
  });

  it('types a bare company name from "operated by", "shares in" and "X\'s chief executive" (org-agent-cues.txt)', () => {
    const doc = 'org-agent-cues.txt';
    const ws = workspace([doc]);
    const cues = ws.names(doc).filter((m) => m.text === 'Tellvane').map((m) => m.evidence.filter((e) => e.type === 'ORG').length > 0);
    assert.deepEqual(cues.slice(0, 3), [true, true, true], 'operated by / Shares in / possessive post each give an ORG cue');
    assert.equal(ws.mention(doc, 'Tellvane').type, 'ORG');
    assert.equal(ws.mention(doc, 'Tellvane', 3).type, 'ORG');
    assert.equal(ws.mention(doc, 'Orla Finch').type, 'PERSON');
  });

  it('counts the weak default cue once per entity, not once per mention (pooled-default-cue.txt)', () => {
    // Six mentions of "Valdra Sky", one cue that it is an organisation ("Valdra Sky chief executive").
    const doc = 'pooled-default-cue.txt';
    const ws = workspace([doc]);
    const all = ws.names(doc).filter((m) => m.text === 'Valdra Sky');
    assert.ok(all.length >= 5, `found ${all.length} mentions`);
    for (const m of all) assert.equal(m.type, 'ORG', `"Valdra Sky" at ${m.start}`);
    assert.equal(ws.mention(doc, 'Petra Lindqvist').type, 'PERSON');
    assert.equal(ws.mention(doc, 'Lindqvist').id, ws.mention(doc, 'Petra Lindqvist').id);
  });

  it('drops flight and model codes and splits the maker off the operator (model-codes.txt)', () => {
    const doc = 'model-codes.txt';
    const ws = workspace([doc]);
    const texts = ws.names(doc).map((m) => m.text);
    for (const code of ['KV412', 'E195', 'NB77', '900']) assert.ok(!texts.some((t) => t.includes(code)), `${code} in ${texts.join(', ')}`);
    // "a Norvik Air Embraer E195": operator and maker are two names.
    assert.equal(ws.mention(doc, 'Norvik Air').type, 'ORG');
    assert.equal(ws.mention(doc, 'Embraer').type, 'ORG');
    // "a Norvik Air CRJ 900": an acronym before a number is the model's maker.
    assert.equal(ws.mention(doc, 'Norvik Air', 1).type, 'ORG');
    assert.equal(ws.mention(doc, 'CRJ').type, 'ORG');
    assert.equal(ws.mention(doc, 'Norvik Air', 1).id, ws.mention(doc, 'Norvik Air').id);
    // Short letter-digit names are still names.
    assert.equal(ws.mention(doc, 'G7').type, 'ORG');
  });
});
