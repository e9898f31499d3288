/**
 * Two reports of different events, worded alike, are not corroboration: documents must name an
 * entity in common before their claims can corroborate each other.
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../../src/analysis';
import { sameStoryCheck } from '../../../src/analysis/corroboration/sameStory';

const FIRE_IN_BRENNICK_A =
  'Warehouse Fire in Brennick\n\nFire chief Anna Berg said the warehouse fire in Brennick destroyed 40 tonnes of grain on Monday.\n\nInvestigators believe the fire was caused by faulty wiring in the loading bay.\n';
const FIRE_IN_BRENNICK_B =
  'Brennick Grain Store Burns\n\nA fire destroyed 40 tonnes of grain at a Brennick warehouse on Monday, fire chief Anna Berg said.\n\nInvestigators believe faulty wiring in the loading bay caused the fire.\n';
const FIRE_IN_OSTRAVEN =
  'Depot Blaze in Ostraven\n\nCommander Luis Ferro said the depot fire in Ostraven destroyed 40 tonnes of grain on Monday.\n\nInvestigators believe the fire was caused by faulty wiring in the loading bay.\n';

function linksFrom(corpus: Corpus, uri: string): string[] {
  const analysis = corpus.analyze();
  return [...(analysis.corroborations.get(uri)?.values() ?? [])].flat().map((l) => l.uri);
}

describe('corroborate: documents about different stories', () => {
  it('links the two reports of one fire, and not the report of another fire worded alike', () => {
    const corpus = new Corpus();
    corpus.set('brennick-a', FIRE_IN_BRENNICK_A);
    corpus.set('brennick-b', FIRE_IN_BRENNICK_B);
    corpus.set('ostraven', FIRE_IN_OSTRAVEN);
    const fromA = linksFrom(corpus, 'brennick-a');
    assert.ok(fromA.includes('brennick-b'), `a -> b: ${fromA.join(', ')}`);
    assert.ok(!fromA.includes('ostraven'), 'the Ostraven fire shares wording but no one and no place');
    assert.deepEqual(linksFrom(corpus, 'ostraven'), []);
  });

  it('tells documents apart by the entities they name, and leaves documents that name nobody to the claims', () => {
    const corpus = new Corpus();
    corpus.set('brennick-a', FIRE_IN_BRENNICK_A);
    corpus.set('brennick-b', FIRE_IN_BRENNICK_B);
    corpus.set('ostraven', FIRE_IN_OSTRAVEN);
    corpus.set('nameless', 'Fire Out\n\nthe fire was out by noon, investigators said.\n');
    const docs = [...corpus.analyze().documents.values()];
    const at = (uri: string) => docs.findIndex((d) => d.uri === uri);
    const sameStory = sameStoryCheck(docs);
    assert.equal(sameStory(at('brennick-a'), at('brennick-b')), true);
    assert.equal(sameStory(at('brennick-a'), at('ostraven')), false);
    assert.equal(sameStory(at('ostraven'), at('brennick-b')), false);
    assert.equal(sameStory(at('nameless'), at('ostraven')), true);
  });
});
