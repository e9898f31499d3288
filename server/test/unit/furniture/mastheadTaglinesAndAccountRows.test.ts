/**
 * Page tops that copied pages carry (test-fixtures/furniture/): a site's name with its tagline on
 * one line ("GAZETA DO LITORAL - The newspaper of the north coast since 1987"), a row of account
 * links ("Sign in | Subscribe"), a prompt to support the paper; and a dateline that gives the
 * filing time after the date ("PORTO AZUL, Brazil, Feb 11, 2031, 5:40 PM BRT (Gazeta Wire) -").
 */
import assert from 'node:assert/strict';
import { findDateline } from '../../../src/analysis/dates/dateline';
import { detectFurniture } from '../../../src/analysis/furniture/detectFurniture';
import { fixture } from '../quotes/helpers';
import { inside } from './helpers';

describe('furniture: mastheads with taglines, account rows, support prompts; datelines with a time', () => {
  it('takes the masthead with its tagline and the account row, and finds the headline under them', () => {
    const text = fixture('furniture/masthead-tagline-and-account-row.txt');
    const { furniture, headline } = detectFurniture(text);
    assert.ok(inside(text, furniture, 'GAZETA DO LITORAL - The newspaper of the north coast since 1987'));
    assert.ok(inside(text, furniture, 'Sign in | Subscribe'));
    assert.equal(headline?.text, 'Fishing boats return to Porto Azul after a week at sea');
    assert.ok(!inside(text, furniture, 'Twelve fishing boats returned'));
  });
  it('reads the date of a dateline that gives the filing time too', () => {
    const text = fixture('furniture/masthead-tagline-and-account-row.txt');
    assert.equal(findDateline(text)?.iso, '2031-02-11');
  });
  it('takes a prompt to support the paper, and keeps the headline', () => {
    const text = fixture('furniture/support-journalism-prompt.md');
    const { furniture, headline } = detectFurniture(text);
    assert.ok(inside(text, furniture, 'Support independent journalism.'));
    assert.equal(headline?.text, 'Sardine fleet back in port after storm week');
  });
});
