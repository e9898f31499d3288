/**
 * Matching on values written in different forms: money in several notations and currencies,
 * hedged numbers taken as ranges, clock times in different notations and zones; and links that
 * need more in common than the story's main actors. Fixtures: test-fixtures/corroboration/
 * transfer-fee, coach-crash and plant-fire (claims built by simpleDocs.ts).
 */
import assert from 'node:assert/strict';
import { claimFeatures } from '../../../src/analysis/corroboration/claimFeatures';
import { amountsAgree, largeCountsAgree } from '../../../src/analysis/corroboration/valueFeatures';
import { corroborate } from '../../../src/analysis/corroboration/corroborate';
import { DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED, type DocumentAnalysis } from '../../../src/analysis/types';
import { simpleAnalysis, simpleFixtures, withNames } from './simpleDocs';

/** Every independent link as "a «first words» -> b «first words»" (letters are file prefixes). */
function links(docs: readonly DocumentAnalysis[]): string[] {
  const map = corroborate(docs, new Map(), [], DEFAULT_ANALYSIS_OPTIONS, NEVER_CANCELLED);
  const letter = (uri: string) => uri.split('/').pop()!.slice(0, 1);
  const head = (t: string) => t.replace(/^.*— /u, '').slice(0, 24);
  const out: string[] = [];
  for (const d of docs) {
    for (const c of d.claims) for (const l of map.get(d.uri)?.get(c.key) ?? []) out.push(`${letter(d.uri)} «${head(c.text)}» -> ${letter(l.uri)} «${head(l.text)}»`);
  }
  return out.sort();
}

/** The value keys (money, clock time) of the first claim of `text`. */
function valueKeys(text: string): string[] {
  return claimFeatures(simpleAnalysis('v.txt', text))[0].keys.filter((k) => k[0] === '$' || k[0] === 't');
}

describe('money features', () => {
  it('normalise amount and currency across notations', () => {
    assert.deepEqual(valueKeys('The club paid €85m for him.'), ['$eur85000000']);
    assert.deepEqual(valueKeys('The club paid 85 million euros for him.'), ['$eur85000000']);
    assert.deepEqual(valueKeys('The fee, EUR 85 million, is a record.'), ['$eur85000000']);
    assert.deepEqual(valueKeys('The fee was 85m EUR.'), ['$eur85000000']);
    assert.deepEqual(valueKeys('They paid $99 million.'), ['$usd99000000']);
    assert.deepEqual(valueKeys('They paid US$99m.'), ['$usd99000000']);
  });

  it('carry both currencies when a conversion is given', () => {
    assert.deepEqual(valueKeys('The club paid €85m (about £73.5m) for him.').sort(), ['$eur85000000', '$gbp73500000']);
  });
});

describe('amount features', () => {
  const amounts = (text: string) => claimFeatures(simpleAnalysis('v.txt', text))[0].amounts.map((a) => `${a.written} ${a.unit}`);

  it('read a word that merely begins like a month ("marathon", "decent") as no month', () => {
    assert.deepEqual(amounts('He chaired a marathon five-hour meeting.'), ['5 hour']);
    assert.deepEqual(amounts('A decent 12 seats went to the party.'), ['12 seat']);
    assert.deepEqual(amounts('It happened on March 12 in the capital.'), []);
  });
});

describe('amounts in different units and scales', () => {
  const first = (text: string) => claimFeatures(simpleAnalysis('u.txt', text))[0].amounts[0];
  it('agree across units of one dimension, and with Indian scale words', () => {
    const agree = (a: string, b: string) => amountsAgree(first(a), first(b));
    assert.ok(agree('The storm dropped 312 mm of rain.', 'The storm dropped 31.2 cm of rain.'));
    assert.ok(agree('The fire burned 400 hectares.', 'The fire burned about 1,000 acres.'));
    assert.ok(agree('The dam released 1.2 lakh cusecs.', 'The dam released 120,000 cusecs.'));
    assert.ok(agree('The queue stretched for 40 km.', 'The queue stretched for 25 miles.'));
    assert.ok(!agree('The fire burned 400 hectares.', 'The fire burned 4,000 acres.'));
    assert.ok(!agree('The dam released 1.2 lakh cusecs.', 'The dam released 12,000 cusecs.'));
  });
  it('let large counts of differently named things agree loosely, small ones never', () => {
    assert.ok(largeCountsAgree(first('Over 12,000 evacuated overnight.'), first('Some 12,400 people are in camps.')));
    assert.ok(!largeCountsAgree(first('Over 12,000 evacuated overnight.'), first('Some 9,400 people are in camps.')));
    assert.ok(!largeCountsAgree(first('Seven evacuated overnight.'), first('Seven people are in camps.')));
    assert.ok(!largeCountsAgree(first('Over 12,000 evacuated overnight.'), first('It cost 12,400 euros.')), 'money is not a count');
  });
});

describe('clock-time features', () => {
  it('normalise local times across notations, and zoned times to UTC', () => {
    assert.ok(valueKeys('It left the road at around 14:40, police said.').includes('t880'));
    assert.ok(valueKeys('It left the road at 2:40 p.m. local time.').includes('t880'));
    assert.ok(valueKeys('The call came at 16:52 UTC.').includes('tz1012'));
    assert.ok(valueKeys('The call came at 1652 GMT.').includes('tz1012'));
    assert.ok(valueKeys('The call came at 17:52 CET.').includes('tz1012'));
  });

  it('do not read a clock time into the numbers of a claim', () => {
    const keys = claimFeatures(simpleAnalysis('v.txt', 'The call came at 16:52 UTC.'))[0].keys;
    assert.ok(!keys.includes('#16') && !keys.includes('#52'), keys.join(' '));
  });
});

describe('corroborate: one fee in five notations (transfer-fee fixture)', () => {
  const docs = simpleFixtures(['a-sports-desk', 'b-evening-post', 'c-wire-copy', 'd-london-paper', 'e-us-site'].map((f) => `transfer-fee/${f}.txt`));
  const all = links(docs);

  it('links the fee sentence with a conversion to the same amount in either currency', () => {
    for (const x of ['b «Valmont have sold their', 'c «The fee, EUR 85 million', 'd «Harbour City paid £73.5m']) {
      assert.ok(all.some((l) => l.startsWith('a «Harbour City have signed') && l.includes(`-> ${x}`)), `a -> ${x}\n${all.join('\n')}`);
      assert.ok(all.some((l) => l.startsWith(x) && l.includes('-> a «Harbour City have signed')), `${x} -> a\n${all.join('\n')}`);
    }
  });

  it('links the fee in another currency on its other evidence', () => {
    assert.ok(all.some((l) => l.startsWith('e «Harbour City agreed to ') && l.includes('-> a «Harbour City have signed')), all.join('\n'));
  });

  it('gives no source to the single-source sentences', () => {
    for (const alone of ['Ostrova passed', 'He will wear', 'Supporters', "The club's chairman", 'The manager', 'The player grew']) {
      assert.ok(!all.some((l) => l.includes(`«${alone}`)), `${alone}\n${all.join('\n')}`);
    }
  });
});

describe('corroborate: hedged numbers and clock times (coach-crash fixture)', () => {
  const docs = simpleFixtures(['coach-crash/a-morning-news.txt', 'coach-crash/b-regional-daily.txt']);
  const all = links(docs);

  it('links numbers whose ranges agree and times that agree across notations and zones', () => {
    for (const [a, b] of [
      ['More than 30 passengers', 'Rescuers said 31 passen'],
      ['At least 12 people died ', 'A dozen people died at t'],
      ['The coach was carrying a', 'The coach had 48 people '],
      ['The coach left the road ', 'Witnesses said the coach'],
      ['The first emergency call', 'Dispatchers received the'],
    ]) {
      assert.ok(all.some((l) => l.startsWith(`a «${a}`) && l.includes(`-> b «${b}`)), `a ${a} -> b ${b}\n${all.join('\n')}`);
      assert.ok(all.some((l) => l.startsWith(`b «${b}`) && l.includes(`-> a «${a}`)), `b ${b} -> a ${a}\n${all.join('\n')}`);
    }
  });

  it('gives no source to the single-source sentences', () => {
    assert.ok(!all.some((l) => /priest|Road repairs/u.test(l)), all.join('\n'));
  });
});

describe('corroborate: shared names alone are not a link (plant-fire fixture)', () => {
  // As the entity stage resolves them: the company and the plant are entities in every sentence.
  const names = { 'Norrvik Motors': 'norrvik-motors', Eastfield: 'eastfield' };
  // Other stories in the workspace make the company's name rare, hence heavy, overall.
  const others = simpleFixtures(['museum-theft/a-city-desk.txt', 'museum-theft/b-evening-post.txt', 'factory-strike/a-morning-report.txt', 'factory-strike/b-regional-daily.txt']);
  const docs = [...simpleFixtures(['plant-fire/p-business-wire.txt', 'plant-fire/q-local-paper.txt']).map((d) => withNames(d, names)), ...others];
  const plantLinks = (ds: readonly DocumentAnalysis[]) => links(ds).filter((l) => /^[pq] .* -> [pq] /u.test(l));

  it('links only the sentences that share more than the company and its plant', () => {
    assert.deepEqual(plantLinks(docs), [
      'p «Norrvik Motors employs 2» -> q «About 2,300 people work »',
      'p «Norrvik Motors halted pr» -> q «Production at the Eastfi»',
      'q «About 2,300 people work » -> p «Norrvik Motors employs 2»',
      'q «Production at the Eastfi» -> p «Norrvik Motors halted pr»',
    ]);
  });

  it('links nothing to a low-scoring opinion line that shares only names', () => {
    const lowOpinion = docs.map((d) => ({ ...d, claims: d.claims.map((c) => (c.text.startsWith('Questions') ? { ...c, score: 0.5 } : c)) }));
    assert.ok(!plantLinks(lowOpinion).some((l) => l.includes('Questions') || l.includes('declined')));
  });
});
