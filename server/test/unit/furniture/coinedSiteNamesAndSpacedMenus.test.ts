/**
 * Page tops of small sites (test-fixtures/furniture/): a coined site name with its tagline
 * ("CoastNews.net - News from across the coast"), a breadcrumb of two section names ("North Coast >
 * Harbour"), and a menu whose items are set apart by wide spaces under an agency's name.
 */
import assert from 'node:assert/strict';
import { detectFurniture } from '../../../src/analysis/furniture/detectFurniture';
import { fixture } from '../quotes/helpers';
import { inside } from './helpers';

describe('furniture: coined site names, two-name breadcrumbs, menus set apart by spaces', () => {
  it('takes a coined site name with its tagline and a breadcrumb of two section names', () => {
    const text = fixture('furniture/coined-site-names.txt');
    const { furniture, headline } = detectFurniture(text);
    assert.ok(inside(text, furniture, 'CoastNews.net - News from across the coast'));
    assert.ok(inside(text, furniture, 'North Coast > Harbour'));
    assert.equal(headline?.text, 'Ferry service resumes after a week of storms');
  });
  it('takes a menu set apart by wide spaces, with the agency\'s name and the section label above the headline', () => {
    const text = fixture('furniture/spaced-menu.txt');
    const { furniture, headline } = detectFurniture(text);
    assert.ok(inside(text, furniture, 'TPW | Tidewater Press Wire'));
    assert.ok(inside(text, furniture, 'World  Africa  Middle East'));
    assert.ok(inside(text, furniture, 'AFRICA'));
    assert.equal(headline?.text, 'Harbour cranes restart after strike ends');
  });
});
