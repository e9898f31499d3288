/**
 * Page furniture in pages saved as Markdown and in live pages: test-fixtures/furniture/
 * markdown-page.txt (a one-separator trail at the top, a row of navigation links, a picture with its
 * credit, and a "## Related" list of links) and live-key-events.txt (a "Key events" box that only
 * repeats later entries, a menu with "|" separators and a "More on this story" list of links).
 */
import assert from 'node:assert/strict';
import { detectFurniture } from '../../../src/analysis/furniture/detectFurniture';
import { fixture } from '../quotes/helpers';
import { inside } from './helpers';

describe('furniture: Markdown pages and live pages', () => {
  describe('markdown-page.txt', () => {
    const text = fixture('furniture/markdown-page.txt');
    const { furniture, headline } = detectFurniture(text);

    it('takes a short trail with one separator above the headline', () => {
      assert.ok(inside(text, furniture, 'Coastal Region > Harwick'));
    });

    it('takes a row of Markdown navigation links', () => {
      assert.ok(inside(text, furniture, '[Home](/) [News](/news) [Sport](/sport) [Weather](/weather)'));
    });

    it('reads the headline without its Markdown heading mark', () => {
      assert.equal(headline?.text, 'Harwick ferry service suspended after engine fire');
    });

    it('takes the picture and its credit', () => {
      assert.ok(inside(text, furniture, '![Smoke rises from the Selden Lines ferry Orla Bay off Harwick]'));
      assert.ok(inside(text, furniture, 'Photo: Marta Quill / Harbour Images'));
    });

    it('takes the "## Related" heading and its list of links', () => {
      assert.ok(inside(text, furniture, 'Related'));
      assert.ok(inside(text, furniture, '- [Coastguard praises volunteer crews in Harwick](https://news.example.org/harwick-crews)'));
    });

    it('leaves the article itself alone', () => {
      for (const s of ['A ferry operated by Selden Lines', 'Nobody was hurt.', 'Harbourmaster Owen Pryce said']) assert.ok(!inside(text, furniture, s), s);
    });
  });

  describe('live-key-events.txt', () => {
    const text = fixture('furniture/live-key-events.txt');
    const { furniture } = detectFurniture(text);

    it('takes a "Key events" box whose items repeat later entries', () => {
      assert.ok(inside(text, furniture, 'Key events\n- Turnout reached 61% in Drelmont\n- Mayor Iris Kalder concedes'));
    });

    it('keeps the entries themselves', () => {
      assert.ok(!inside(text, furniture, 'Turnout reached 61% in Drelmont, the electoral office said'));
      assert.ok(!inside(text, furniture, 'Mayor Iris Kalder concedes. She told supporters'));
    });

    it('takes the menu and the trailing list of links', () => {
      assert.ok(inside(text, furniture, 'Home | News | Politics | Elections'));
      assert.ok(inside(text, furniture, '[Who is Tomas Brenn?](https://news.example.org/brenn-profile)'));
    });
  });

  it('leaves a "Key events" box alone when an item is found nowhere else on the page', () => {
    const text = 'Key events\n- Bridge closed to traffic\n- Mayor resigns\n\n10:00\nThe bridge was closed to traffic this morning after cracks were found in a pillar.\n';
    const { furniture } = detectFurniture(text);
    assert.ok(!inside(text, furniture, '- Mayor resigns'));
  });

  it('takes a menu of short capitalised items between "|" separators', () => {
    const text = 'Home | Fixtures | Club Shop | Tickets\n\nWestbury sign new goalkeeper\n\nThe club confirmed the signing of a new goalkeeper on a two-year contract on Monday morning.\n';
    const { furniture } = detectFurniture(text);
    assert.ok(inside(text, furniture, 'Home | Fixtures | Club Shop | Tickets'));
  });
});
