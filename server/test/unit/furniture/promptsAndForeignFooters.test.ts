/**
 * Furniture that pages in Markdown and pages from Indonesia carry below the article:
 * test-fixtures/furniture/bold-newsletter-and-foreign-footer.md (newsletter prompts in bold or
 * ending in a sign-up link, a travel box led by a question in capitals, and "read also" and
 * "follow us" lines in Indonesian, a prompt ending "Sign up free", long prompts in Danish and
 * Romanian).
 */
import assert from 'node:assert/strict';
import { detectFurniture } from '../../../src/analysis/furniture/detectFurniture';
import { fixture } from '../quotes/helpers';
import { inside } from './helpers';

describe('furniture: bold newsletter prompts, capitals question boxes, footers in other languages', () => {
  const text = fixture('furniture/bold-newsletter-and-foreign-footer.md');
  const { furniture } = detectFurniture(text);

  it('takes a newsletter prompt written in bold', () => {
    assert.ok(inside(text, furniture, "Sign up for the Gazette's Morning Tide"));
  });

  it('takes a newsletter box that ends with a sign-up link', () => {
    assert.ok(inside(text, furniture, "The Gazette's Weekend Briefing"));
  });

  it('takes a box led by a question in capitals', () => {
    assert.ok(inside(text, furniture, 'TRAVELLING BY FERRY? Check your operator'));
  });

  it('takes lines in Indonesian', () => {
    assert.ok(inside(text, furniture, 'Baca juga: Harga tiket kapal'));
    assert.ok(inside(text, furniture, 'Ikuti kami di Instagram dan WhatsApp'));
  });

  it('takes a prompt that ends in "Sign up free"', () => {
    assert.ok(inside(text, furniture, 'Get the Gazette Harbour Report every weekday.'));
  });

  it('takes long newsletter prompts in Danish and Romanian', () => {
    assert.ok(inside(text, furniture, 'Abonér på nyhedsbrevet'));
    assert.ok(inside(text, furniture, 'Abonează-te la buletinul nostru'));
  });

  it('keeps the article', () => {
    assert.ok(!inside(text, furniture, 'Ferry operators cancelled all crossings'));
    assert.ok(!inside(text, furniture, 'We will not sail until the wind drops'));
  });
});
