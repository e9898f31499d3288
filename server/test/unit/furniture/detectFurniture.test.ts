/**
 * Page furniture on fictional pages: test-fixtures/furniture/museum-theft-page.txt (label,
 * breadcrumb, keyword slug, photo credit, ad, share row, "Read more" link, related links and a
 * French comment form), strike-newsletter-box.txt (cookie banner, a newsletter box inside the
 * article, tags and a Spanish comment form) and plain-article.txt (no furniture at all).
 */
import assert from 'node:assert/strict';
import { detectFurniture } from '../../../src/analysis/furniture/detectFurniture';
import { isNotEnglish } from '../../../src/analysis/furniture/language';
import { isBreadcrumb } from '../../../src/analysis/furniture/patterns';
import type { Span } from '../../../src/analysis/types';
import { fixture } from '../quotes/helpers';
import { inside } from './helpers';

/** The text of each furniture span. */
function regions(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('furniture: detectFurniture', () => {
  describe('museum theft page', () => {
    const text = fixture('furniture/museum-theft-page.txt');
    const { furniture, headline } = detectFurniture(text);
    const found = regions(text, furniture);

    it('takes the section label and the breadcrumb as one region at the top', () => {
      assert.equal(found[0], 'Culture\n\nHome > Culture > Crime > Jewels stolen from Paris museum in four-minute raid');
    });

    it('finds the headline under the breadcrumb', () => {
      assert.ok(headline);
      assert.equal(headline.text, 'Jewels stolen from Paris museum in four-minute raid');
      assert.equal(text.slice(headline.start, headline.end), headline.text);
      assert.ok(headline.start > furniture[0].end);
    });

    it('takes the keyword slug, the photo credit, the ad, the share row and the "Read more" link', () => {
      assert.ok(found.includes('paris museum jewels theft louvre-annex police'));
      assert.ok(found.includes('Photo: Hélène Martin/AFP'));
      assert.ok(found.includes('Advertisement'));
      assert.ok(found.includes('Share on Facebook | Twitter | Email\n\nRead more: How Paris museums rethought security after the 2029 break-ins'));
    });

    it('takes the whole tail from "Related Articles" through the French comment form as one region', () => {
      const tail = furniture[furniture.length - 1];
      assert.equal(text.slice(tail.start, tail.start + 16), 'Related Articles');
      assert.equal(tail.end, text.trimEnd().length);
      assert.ok(inside(text, furniture, 'Votre adresse e-mail ne sera pas publiée.'));
    });

    it('keeps the article, its caption, byline and date', () => {
      for (const kept of [
        'Thieves took eight pieces',
        'The museum\'s director, Paul Lemaire',
        'Investigators were studying footage',
        'Visitors queue outside the Musée Carnot',
        'By Claire Dubois',
        'March 3, 2031',
      ]) {
        assert.ok(!inside(text, furniture, kept), `"${kept}" was taken as furniture`);
      }
    });

    it('returns sorted, disjoint regions', () => {
      for (let i = 1; i < furniture.length; i++) assert.ok(furniture[i - 1].end < furniture[i].start);
    });
  });

  describe('factory strike page with a newsletter box inside the article', () => {
    const text = fixture('furniture/strike-newsletter-box.txt');
    const { furniture, headline } = detectFurniture(text);
    const found = regions(text, furniture);

    it('takes the cookie banner and not the headline', () => {
      assert.ok(found[0].startsWith('We use cookies'));
      assert.equal(headline?.text, 'Workers walk out at Dorval tractor plant');
    });

    it('takes the newsletter box but keeps the article on both sides of it', () => {
      assert.ok(found.includes("Sign up for our morning briefing\nGet the day's top business stories delivered to your inbox every weekday.\nEnter your email address"));
      assert.ok(!inside(text, furniture, 'The union is demanding a pay rise'));
      assert.ok(!inside(text, furniture, 'Plant manager Jana Novak said'));
      assert.ok(!inside(text, furniture, 'Negotiators for both sides'));
    });

    it('takes the tags and the Spanish comment form as the tail', () => {
      const tail = found[found.length - 1];
      assert.ok(tail.startsWith('Tags\nLabour'));
      assert.ok(tail.endsWith('no será publicada.'));
    });
  });

  it('finds no furniture in a plain article whose text says "more", "share" and "read"', () => {
    const text = fixture('furniture/plain-article.txt');
    const { furniture, headline } = detectFurniture(text);
    assert.deepEqual(furniture, []);
    assert.equal(headline?.text, 'Council approves new tram line after six-hour debate');
  });

  it('reads CRLF pages like LF pages', () => {
    const lf = fixture('furniture/museum-theft-page.txt');
    const crlf = lf.replace(/\n/gu, '\r\n');
    const a = detectFurniture(lf);
    const b = detectFurniture(crlf);
    assert.deepEqual(regions(crlf, b.furniture).map((s) => s.replace(/\r/gu, '')), regions(lf, a.furniture));
    assert.equal(b.headline?.text, a.headline?.text);
  });

  it('does not crash on odd input', () => {
    for (const odd of ['', '\n\n\n', '👋', 'שלום עולם\nمرحبا', 'x'.repeat(200_000), 'Home > '.repeat(1000)]) {
      assert.doesNotThrow(() => detectFurniture(odd));
    }
    assert.deepEqual(detectFurniture('').furniture, []);
  });
});

describe('furniture: press releases and syndicated portals', () => {
  it('takes a press release\'s "About", forward-looking statements and contacts as its tail, and keeps the news', () => {
    const text = fixture('furniture/press-release-page.txt');
    const { furniture } = detectFurniture(text);
    for (const t of ['About Halvern Corp', 'designs and makes industrial sensors', 'Forward-Looking Statements', 'Media Contact', 'press@halvern.example', '###']) {
      assert.ok(inside(text, furniture, t), t);
    }
    for (const t of ['reported second-quarter revenue of $412 million', 'Demand for our industrial sensors', 'expects full-year revenue']) {
      assert.ok(!inside(text, furniture, t), t);
    }
  });
  it('takes link rows with a masthead or a label, a tip prompt, a syndication note, and boxes in German and Romanian', () => {
    const text = fixture('furniture/syndicated-portal-page.md');
    const { furniture, headline } = detectFurniture(text);
    for (const t of ['THE GRID DAILY', 'Got a tip about the energy industry', 'Read next:', 'has not been edited by Grid Daily staff', 'Weitere Nachrichten zu Nordwind', 'Windkraft: Branche fordert', 'Acest site folosește cookie-uri']) {
      assert.ok(inside(text, furniture, t), t);
    }
    for (const t of ['Nordwind Energie said on Wednesday', 'employs about 2,400 people']) assert.ok(!inside(text, furniture, t), t);
    assert.equal(headline?.text, 'Wind farm operator cuts 300 jobs in Bremen');
  });
});

describe('furniture: isNotEnglish', () => {
  const check = (line: string) => isNotEnglish(line, line.split(/\s+/u));

  it('recognises comment forms and buttons in other languages', () => {
    for (const line of ['Bir yanıt yazın', 'Başa dön tuşu', 'Deja una respuesta', 'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée.', 'Добавить комментарий', 'Meld deg på vårt nyhetsbrev og få de største sakene fra fylket hver kveld.']) {
      assert.ok(check(line), line);
    }
  });

  it('keeps English lines, with foreign names in them', () => {
    for (const line of ['Breaking News', 'Irish leader Micheál Martin met the delegation in Dublin.', 'El Paso police reopen the case', 'Los Angeles fires spread', 'Café owners protest new rules', 'Ships bound for the Med were told to dig in and wait till Monday.']) {
      assert.ok(!check(line), line);
    }
  });
});

describe('furniture: isBreadcrumb', () => {
  it('recognises trails with two separators, or one after a root', () => {
    for (const line of ['Home › World › Europe', 'News / Politics / Local elections', 'Home » Sport', 'Business | Markets | Energy']) {
      assert.ok(isBreadcrumb(line), line);
    }
  });

  it('leaves text with a lone comparison or ratio alone', () => {
    for (const line of ['Turnout was 62% > last year', 'The 24/7 service resumed', 'Prices rose 3% / year, officials said']) {
      assert.ok(!isBreadcrumb(line), line);
    }
  });
});

describe('furniture: masthead, tagline, menu and page notices (masthead-menu-page.txt)', () => {
  const text = fixture('furniture/masthead-menu-page.txt');
  const { furniture, headline } = detectFurniture(text);

  it('takes the site name, tagline, section menu, weather line and archive notice at the top', () => {
    const top = furniture[0];
    assert.equal(top.start, 0);
    assert.equal(text.slice(top.start, top.end), text.slice(0, text.indexOf('\n\nDock Workers')));
  });

  it('finds the headline under the masthead block, not the site name', () => {
    assert.equal(headline?.text, 'Dock Workers Walk Out at Port of Velden Over Night Shifts');
  });

  it('takes the audio player and the "Buy Now" photo button', () => {
    assert.ok(inside(text, furniture, 'Listen to this article · 4 min'));
    assert.ok(inside(text, furniture, 'Buy Now'));
  });

  it('keeps the deck, the byline, the date, the caption and the article', () => {
    for (const kept of ['Union says 1,200 members', 'By Ruth Ambler', '8 May 2031', 'Pickets at the north gate', 'About 1,200 dock workers', 'The operator declined to comment.']) {
      assert.ok(!inside(text, furniture, kept), `"${kept}" was taken as furniture`);
    }
  });

  it('does not take a short first line as a masthead when the headline follows in the same block', () => {
    const page = 'Port strike ends\nBy Ruth Ambler\n\nDock workers returned to work at the Port of Velden on Monday after a four-day strike over night shifts.';
    assert.equal(detectFurniture(page).headline?.text, 'Port strike ends');
    assert.deepEqual(detectFurniture(page).furniture, []);
  });
});

describe('furniture: boxes at the end of a page (tail-boxes-page.txt)', () => {
  const text = fixture('furniture/tail-boxes-page.txt');
  const { furniture } = detectFurniture(text);

  it('takes a subscriber offer inside the article', () => {
    assert.ok(inside(text, furniture, 'Premium subscribers can read our full guide to the dispute (PDF).'));
  });

  it('takes the author bio, the wire copyright notice, "Also in" and "Most viewed in" lists as one tail', () => {
    const tail = furniture[furniture.length - 1];
    assert.equal(text.slice(tail.start, tail.end), text.slice(text.indexOf('Ruth Ambler is the Herald'), text.trimEnd().length));
  });

  it('keeps the article between the boxes', () => {
    for (const kept of ['The strike at the Port of Velden entered', 'Talks between the union and the operator', 'By Ruth Ambler']) {
      assert.ok(!inside(text, furniture, kept), `"${kept}" was taken as furniture`);
    }
  });

  it('keeps a sentence about subscribers that reports news', () => {
    const page = 'Paper loses readers\n\nThe Velden Herald said its digital subscribers fell by 4,000 last year as the strike hit local advertising.';
    assert.deepEqual(detectFurniture(page).furniture, []);
  });
});

describe('furniture: mastheads alone in their block', () => {
  it('takes a site name followed by a menu in the next block', () => {
    const page = 'The Velden Post\n\nHome › Business › Ports\n\nDock workers end strike at Velden port\n\nBy Ruth Ambler\n\nDock workers returned to work at the Port of Velden on Monday after a four-day strike over night shifts.';
    const { furniture, headline } = detectFurniture(page);
    assert.equal(headline?.text, 'Dock workers end strike at Velden port');
    assert.equal(page.slice(furniture[0].start, furniture[0].end), 'The Velden Post\n\nHome › Business › Ports');
  });

  it('keeps a short headline with a publication word when no menu follows it', () => {
    const page = 'Record Heat Grips Velden\n\nTemperatures passed 40 degrees for the third day running\n\nVelden recorded its hottest May day on Sunday, the weather service said, as temperatures reached 41 degrees.';
    const { furniture, headline } = detectFurniture(page);
    assert.equal(headline?.text, 'Record Heat Grips Velden');
    assert.deepEqual(furniture, []);
  });
});

describe('furniture: cookie notices in other languages', () => {
  it('takes them, and not the headline after them', () => {
    for (const line of ['Koristimo kolačiće kako bismo poboljšali vaše iskustvo. U redu | Postavke', 'Vi använder kakor för att förbättra webbplatsen.', 'Ez a weboldal sütiket használ.', 'Tento web používá soubory cookies. Pokračováním souhlasíte s jejich použitím. [Rozumím]']) {
      const text = `SITE NEWS\n\n${line}\n\nLecturers strike over pay as talks fail\n\nUniversity lecturers went on strike on Tuesday after talks with the ministry failed.`;
      const { furniture, headline } = detectFurniture(text);
      assert.ok(inside(text, furniture, line.slice(0, 20)), line);
      assert.equal(headline?.text, 'Lecturers strike over pay as talks fail', line);
    }
  });
});
