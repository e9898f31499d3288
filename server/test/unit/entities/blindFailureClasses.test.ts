/**
 * Names in forms that news from other countries and other beats use: companies' legal forms in many
 * languages, sports clubs and their short forms, nicknames in quotes, organisations named in French
 * with lower-case words and elided articles, entries of live pages, house-style capitals ("the
 * Board"), and occupations opening a sentence before a name. Fixtures in test-fixtures/entities/.
 */
import assert from 'node:assert/strict';
import { workspace } from './helpers';

describe('entities: legal forms, clubs, nicknames, foreign names, openers', () => {
  it('takes names ending in a legal form as companies, and the bare name as the same company (legal-forms.txt)', () => {
    const doc = 'legal-forms.txt';
    const ws = workspace([doc]);
    for (const name of ['Dravenor S.A.', 'Kelvane N.V.', 'Tovena GmbH', 'Brasca S.p.A.', 'Halvik ASA', 'Norrvik AB', 'Ostrup A/S', 'Kuusela Oy', 'Marlow Pty Ltd', 'Greyfield LLC']) {
      assert.equal(ws.mention(doc, name).type, 'ORG', name);
    }
    // "its Dutch rival Kelvane N.V." takes no title and stays a company.
    assert.equal(ws.mention(doc, 'Kelvane N.V.').title, undefined);
    for (const [bare, full] of [['Dravenor', 'Dravenor S.A.'], ['Tovena', 'Tovena GmbH'], ['Kelvane', 'Kelvane N.V.']]) {
      assert.equal(ws.mention(doc, bare).id, ws.mention(doc, full).id, bare);
      assert.equal(ws.mention(doc, bare).type, 'ORG', bare);
    }
    const texts = ws.names(doc).map((m) => m.text);
    assert.ok(!texts.includes('Kuusela Oy and Marlow Pty Ltd'), 'two companies joined by "and" stay apart');
    assert.ok(!texts.includes('Packaging'), '"Packaging group Dravenor": the opening word qualifies "group"');
    assert.ok(!texts.some((t) => t === 'S' || t === 'A'), `no pieces of legal forms: ${texts.join(', ')}`);
  });

  it('types sports clubs and joins their short forms (sports-clubs.txt)', () => {
    const doc = 'sports-clubs.txt';
    const ws = workspace([doc]);
    for (const name of ['Westbury Athletic', 'FC Lindholm', 'Clube Esporte Alvarenga', 'Real Castrillo', 'IFK Norrby', 'Kartal Spor']) {
      assert.equal(ws.mention(doc, name).type, 'ORG', name);
    }
    // "Westbury beat ...": the first word of one club alone, opening a sentence.
    assert.equal(ws.mention(doc, 'Westbury').id, ws.mention(doc, 'Westbury Athletic').id);
    // "joined Lindholm from ...", "at Lindholm": the club's name without its prefix, not a place.
    for (let n = 0; n < 3; n++) {
      assert.equal(ws.mention(doc, 'Lindholm', n).id, ws.mention(doc, 'FC Lindholm').id, `Lindholm #${n}`);
      assert.equal(ws.mention(doc, 'Lindholm', n).type, 'ORG', `Lindholm #${n}`);
    }
    // The coach's surname is his, not a club's.
    assert.equal(ws.mention(doc, 'Halden').id, ws.mention(doc, 'Peter Halden').id);
    assert.equal(ws.mention(doc, 'Halden').type, 'PERSON');
    assert.equal(ws.mention(doc, 'Tomas Varga').title, 'Midfielder');
  });

  it('reads a nickname in quotes inside a name as the same person (nicknames.txt)', () => {
    const doc = 'nicknames.txt';
    const ws = workspace([doc]);
    const full = ws.mention(doc, 'Thiago "Tigrinho" Lemos');
    assert.equal(full.type, 'PERSON');
    assert.equal(full.title, 'Winger');
    const entity = ws.entities.get(full.id!)!;
    assert.equal(entity.canonical, 'Thiago Lemos');
    assert.ok(entity.aliases.includes('Tigrinho'), entity.aliases.join(', '));
    for (const short of ['Tigrinho', 'Lemos', 'Thiago']) assert.equal(ws.mention(doc, short).id, full.id, short);
    assert.notEqual(ws.mention(doc, 'Ana Ribas').id, full.id);
  });

  it('keeps lower-case words and elided articles inside French organisation names (elided-articles.txt)', () => {
    const doc = 'elided-articles.txt';
    const ws = workspace([doc]);
    const bureau = ws.mention(doc, "Bureau d'enquête sur les risques industriels");
    assert.equal(bureau.type, 'ORG');
    assert.equal(ws.mention(doc, 'BERI').id, bureau.id);
    assert.equal(ws.mention(doc, 'BERI', 2).id, bureau.id);
    assert.equal(ws.mention(doc, 'Autorité de sûreté').type, 'ORG');
    // "l'Agence régionale de santé": the name starts after the elided article.
    assert.equal(ws.mention(doc, 'Agence régionale de santé').type, 'ORG');
    assert.ok(!ws.names(doc).some((m) => m.text === 'Bureau' || m.text === 'Autorité'));
  });

  it('reads a foreign movement joined by its own connector, its English gloss, and a force named by its head word (foreign-movements.txt)', () => {
    const doc = 'foreign-movements.txt';
    const ws = workspace([doc]);
    const movement = ws.mention(doc, 'Mișcarea pentru Adevăr');
    assert.equal(movement.type, 'ORG');
    // The bracketed English name is one name, and the same body.
    const gloss = ws.mention(doc, 'Movement for Truth');
    assert.equal(gloss.type, 'ORG');
    assert.equal(gloss.id, movement.id);
    assert.equal(ws.mention(doc, 'Mișcarea pentru Adevăr', 1).id, movement.id);
    for (let n = 0; n < 3; n++) assert.equal(ws.mention(doc, 'Jandarmeria', n).type, 'ORG', `Jandarmeria #${n}`);
    assert.equal(ws.mention(doc, 'Radu Petrescu').type, 'PERSON');
    assert.ok(!ws.names(doc).some((m) => m.text === 'Adevăr' || m.text === 'Truth'));
  });

  it('takes no name from an illness named after a place ("Lyme disease"), and types a shipping "Line" as a company without joining names around "and" (illness-and-lines.txt)', () => {
    const doc = 'illness-and-lines.txt';
    const ws = workspace([doc]);
    const texts = ws.names(doc).map((m) => m.text);
    assert.ok(!texts.includes('Lyme'), texts.join(', '));
    assert.equal(ws.mention(doc, 'Kestrel Line').type, 'ORG');
    assert.ok(!texts.some((t) => t.startsWith('Visby and')), texts.join(', '));
  });

  it('types the sides of a fixture as clubs, and takes the date line\'s place whole ("PORTO ALEGRE DO NORTE") as the place (fixture-sides.txt)', () => {
    const doc = 'fixture-sides.txt';
    const ws = workspace([doc]);
    for (const club of ['Vitória Serrana', 'Progresso Alvorada', 'Olaria Bravense']) assert.equal(ws.mention(doc, club).type, 'ORG', club);
    const dateline = ws.mention(doc, 'PORTO ALEGRE DO NORTE');
    assert.equal(dateline.type, 'GPE');
    assert.equal(ws.mention(doc, 'Porto Alegre do Norte').id, dateline.id);
  });

  it('types every member of a list after "the districts of" as a place, and both rivers of "the Vell and Oder-Mara rivers" (district-lists.txt)', () => {
    const doc = 'district-lists.txt';
    const ws = workspace([doc]);
    for (const place of ['Holmvar', 'Estrany', 'Kollbek', 'Tarnow']) assert.ok(['GPE', 'LOC'].includes(ws.mention(doc, place).type), place);
    for (const river of ['Vell', 'Oder-Mara']) assert.ok(['GPE', 'LOC'].includes(ws.mention(doc, river).type), river);
  });

  it('takes no names from the opening words of live entries, nor from house-style capitals (live-blog-openers.txt)', () => {
    const doc = 'live-blog-openers.txt';
    const ws = workspace([doc]);
    const texts = ws.names(doc).map((m) => m.text);
    for (const word of ['Window', 'Unconfirmed', 'Previous', 'Is', 'Board', 'Company', 'Ministry']) assert.ok(!texts.includes(word), `${word} in ${texts.join(', ')}`);
    assert.equal(ws.mention(doc, 'Valley Water Board').type, 'ORG');
    assert.equal(ws.mention(doc, 'Hextal Services Ltd').type, 'ORG');
    assert.equal(ws.mention(doc, 'Nadia Corven').type, 'PERSON');
  });

  it('takes no names from the opening words of an entry after a timestamp on the same line', () => {
    const doc = 'timestamp.txt';
    const ws = workspace([[doc, '09:40 Window of calm expected overnight, forecasters told Nadia Corven.\n']]);
    assert.deepEqual(ws.names(doc).map((m) => m.text), ['Nadia Corven']);
  });

  it('separates an occupation opening a sentence from the name after it (title-openers.txt)', () => {
    const doc = 'title-openers.txt';
    const ws = workspace([doc]);
    for (const [name, title] of [['Ivo Marek', 'Goalkeeper'], ['Dane Okafor', 'Striker'], ['Leila Haddad', 'Spokesperson'], ['Ruth Bellamy', 'Analyst']]) {
      const m = ws.mention(doc, name);
      assert.equal(m.type, 'PERSON', name);
      assert.equal(m.title, title, name);
    }
    assert.equal(ws.mention(doc, 'Okafor').id, ws.mention(doc, 'Dane Okafor').id);
    assert.equal(ws.mention(doc, 'Marek').id, ws.mention(doc, 'Ivo Marek').id);
  });
});

describe('entities: titles of more than one word before a name', () => {
  it('leaves "Executive" and "Financial Officer" in the title, not the name (title-tails.txt)', () => {
    const doc = 'title-tails.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Julian Moss').type, 'PERSON');
    assert.equal(ws.mention(doc, 'Anya Berg').type, 'PERSON');
    assert.equal(ws.mention(doc, 'Moss').id, ws.mention(doc, 'Julian Moss').id);
    const texts = ws.names(doc).map((m) => m.text);
    assert.ok(!texts.some((t) => /Executive|Financial|Officer/u.test(t)), texts.join(', '));
  });
});

describe('entities: the fields of a ministry before its title (portfolio-titles.txt)', () => {
  const doc = 'portfolio-titles.txt';
  const ws = workspace([doc]);
  it('takes no field of an office for a name, even joined by "and" or commas', () => {
    const texts = ws.names(doc).map((m) => m.text);
    for (const t of ['Water', 'Water and Rural Development', 'Rural Development', 'Health', 'Culture', 'Media and Sport', 'Media', 'Sport']) {
      assert.ok(!texts.includes(t), `${t}: ${texts.join(', ')}`);
    }
    for (const name of ['Tomas Reyva', 'Lena Okafor', 'Idris Vale']) assert.equal(ws.mention(doc, name).type, 'PERSON', name);
    assert.equal(ws.mention(doc, 'Reyva').id, ws.mention(doc, 'Tomas Reyva').id);
  });
  it('still reads an organisation inside a title ("European Commission President")', () => {
    assert.equal(ws.mention(doc, 'European Commission').type, 'ORG');
  });
});

describe('entities: offices named without a person (portfolio-offices.txt)', () => {
  const doc = 'portfolio-offices.txt';
  const ws = workspace([doc]);
  it('takes no field after "Minister for" or "Inspector of", no bare title and no honorific for a name', () => {
    const texts = ws.names(doc).map((m) => m.text);
    for (const t of ['Rural Affairs', 'Hon', 'Eastern Regional Minister', 'Fisheries', 'Transport Minister', 'LNG']) assert.ok(!texts.includes(t), `${t}: ${texts.join(', ')}`);
    for (const name of ['Kojo Addai', 'Ama Serwaa']) assert.equal(ws.mention(doc, name).type, 'PERSON', name);
  });
  it('reads "Andean" as an adjective of a region, not a place', () => {
    assert.notEqual(ws.mention(doc, 'Andean').type, 'GPE');
    assert.notEqual(ws.mention(doc, 'Andean').type, 'PERSON');
  });
});

describe('entities: business wire copy (business-wire.txt)', () => {
  const doc = 'business-wire.txt';
  const ws = workspace([doc]);
  it('takes no pronoun, time zone, quarter or bare title for a name', () => {
    const texts = ws.names(doc).map((m) => m.text);
    for (const t of ['I', 'ET', 'Q3', 'Chief Financial Officer']) assert.ok(!texts.includes(t), `${t}: ${texts.join(', ')}`);
  });
  it('reads a news-agency state abbreviation as a place, and the officer after the title as a person', () => {
    assert.equal(ws.mention(doc, 'Calif').type, 'GPE');
    assert.equal(ws.mention(doc, 'Nadia Brook').type, 'PERSON');
    assert.equal(ws.mention(doc, 'Brook').id, ws.mention(doc, 'Nadia Brook').id);
  });
});

describe('entities: states and provinces of the world (generated from country-region-data)', () => {
  it('types a state named in the text as a place, and a club named after a state by its club cues', () => {
    const ws = workspace([
      ['p1.txt', 'Heavy rain flooded villages across Karnataka on Sunday. Officials in Karnataka said 40 roads were closed. Rescue teams from Guangdong and Bavaria offered help.'],
      ['p2.txt', 'Brazilian club Bahia signed the midfielder on Monday. Bahia said the fee was undisclosed, and Bahia president Ana Lopes called him "a leader".'],
      ['p3.txt', 'Mary Holt, a nurse, said the ward was full. Mary said she had worked for 30 hours.'],
    ]);
    assert.equal(ws.mention('p1.txt', 'Karnataka').type, 'GPE');
    assert.equal(ws.mention('p1.txt', 'Guangdong').type, 'GPE');
    assert.equal(ws.mention('p2.txt', 'Bahia').type, 'ORG');
    assert.equal(ws.mention('p3.txt', 'Mary', 0).type, 'PERSON');
  });
});

describe('entities: titles with "of" or "for" a field, and initials after a name', () => {
  it('takes the name after "Superintendent of Police", "Minister for Enterprise", "Secretary of State", "Lord Mayor of Cork"', () => {
    const ws = workspace([
      ['o1.txt', 'Superintendent of Police K.R. Nandini said 30 people were rescued. Minister for Enterprise Aoife Kelleher visited the site. Secretary of State Ana Costa called it a tragedy. Lord Mayor of Cork Fergal Dennehy opened a book of condolence.'],
      ['o2.txt', 'Nandini K.R., the district\'s police chief, said the search would go on overnight.'],
    ]);
    for (const name of ['K.R. Nandini', 'Aoife Kelleher', 'Ana Costa', 'Fergal Dennehy']) assert.equal(ws.mention('o1.txt', name).type, 'PERSON', name);
    assert.equal(ws.mention('o1.txt', 'Cork').type, 'GPE');
    const texts = ws.names('o1.txt').map((m) => m.text);
    assert.ok(!texts.some((t) => /Police K|Enterprise Aoife|Secretary|Mayor/u.test(t)), texts.join(', '));
    // Initials after the name are the same person as initials before it.
    assert.equal(ws.mention('o2.txt', 'Nandini K.R.').id, ws.mention('o1.txt', 'K.R. Nandini').id);
  });
});

describe('entities: a border exchange (border-exchange.txt)', () => {
  const doc = 'border-exchange.txt';
  const ws = workspace([doc]);
  it('reads a name before "crossing" or "checkpoint" as a place, and before "delegates" or "staff" as an organisation', () => {
    assert.equal(ws.mention(doc, 'Varnak').type, 'FAC');
    assert.equal(ws.mention(doc, 'Tereshan').type, 'FAC');
    assert.equal(ws.mention(doc, 'Red Cross').type, 'ORG');
    assert.equal(ws.mention(doc, 'Border Guard').type, 'ORG');
  });
  it('takes "Kyrgyz" and "Uzbek" for nationalities, as news English writes them', () => {
    assert.equal(ws.mention(doc, 'Kyrgyz').type, 'NORP');
    assert.equal(ws.mention(doc, 'Uzbek').type, 'NORP');
  });
});

describe('entities: a port dispute (port-dispute.txt)', () => {
  const doc = 'port-dispute.txt';
  const ws = workspace([doc]);
  it('keeps a plural possessive inside an organisation\'s name ("Port Operators\' Association")', () => {
    assert.equal(ws.mention(doc, "Vellan Port Operators' Association").type, 'ORG');
  });
  it('reads initials past Portuguese connectors ("Ministério Público do Trabalho" is MPT)', () => {
    assert.equal(ws.mention(doc, 'MPT').id, ws.mention(doc, 'Ministério Público do Trabalho').id);
  });
});

describe('entities: monasteries and ridges (holy-sites.txt)', () => {
  it('reads a name before "monastery" or "complex" as a facility and before "ridge" as a place, even after a given name', () => {
    const doc = 'holy-sites.txt';
    const ws = workspace([doc]);
    assert.equal(ws.mention(doc, 'Varzel').type, 'FAC');
    assert.equal(ws.mention(doc, 'Tornik').type, 'LOC');
    assert.equal(ws.mention(doc, 'Saint Aram').type, 'FAC');
  });
});

describe('entities: a cyber attack (cyber-attack.txt)', () => {
  const doc = 'cyber-attack.txt';
  const ws = workspace([doc]);
  it('reads "a group calling itself X" as an organisation, and "Centre for X" as one name', () => {
    assert.equal(ws.mention(doc, 'Grey Heron').type, 'ORG');
    assert.equal(ws.mention(doc, 'Canadian Centre for Cyber Security').type, 'ORG');
    assert.equal(ws.mention(doc, 'Northern Institute for Health Data').type, 'ORG');
  });
  it('takes a time zone in capitals ("Eastern Time") for no name', () => {
    const texts = ws.names(doc).map((m) => m.text);
    assert.ok(!texts.some((t) => /Time/u.test(t)), texts.join(', '));
  });
});

describe('entities: facilities named in other languages', () => {
  it('types a name by the head of its apposition, not a noun that describes the head ("X, the district chief medical officer"; "Y, a resort popular with")', () => {
    const ws = workspace([['f3.txt', 'The ward was full. Marta Quive, Lunda\'s district chief medical officer, said most patients came late. Tourists fled to Porto Seco, a resort popular with sailors.']]);
    assert.equal(ws.mention('f3.txt', 'Marta Quive').type, 'PERSON');
    assert.equal(ws.mention('f3.txt', 'Porto Seco').type, 'GPE');
  });
  it('joins a square or palace named in its own language and in English, and keeps two English names apart', () => {
    const ws = workspace([
      ['g1.txt', 'Thousands gathered in Piața Unirii on Sunday, then marched to Palatul Cotroceni.'],
      ['g2.txt', 'Thousands gathered in Union Square on Sunday, then marched to Cotroceni Palace. Others met in Unity Square.'],
    ]);
    assert.equal(ws.mention('g1.txt', 'Palatul Cotroceni').id, ws.mention('g2.txt', 'Cotroceni Palace').id);
    assert.notEqual(ws.mention('g2.txt', 'Union Square').id, ws.mention('g2.txt', 'Unity Square').id);
  });
  it('reads "Vice Director of X Customs Department" as a body after a title, not a field and a person', () => {
    const ws = workspace([['h1.txt', 'Ms. Elena Stoeva, Vice Director of Varna Customs Department, spoke on Wednesday.']]);
    assert.equal(ws.mention('h1.txt', 'Varna Customs Department').type, 'ORG');
    assert.equal(ws.mention('h1.txt', 'Elena Stoeva').type, 'PERSON');
  });
  it('types streets and squares named in other languages ("Calea X", "Piața X", "Bulevardul X", "Jalan X") as facilities', () => {
    const ws = workspace([['f2.txt', 'Protesters marched down Calea Moșilor to Piața Romană. Police closed Bulevardul Unirii and Jalan Merdeka on Sunday.']]);
    for (const name of ['Calea Moșilor', 'Piața Romană', 'Bulevardul Unirii', 'Jalan Merdeka']) assert.equal(ws.mention('f2.txt', name).type, 'FAC', name);
  });
  it('types "X Stadion", "Stade de X", "Estadio X" and "Rua X" as facilities, and leaves the "Tour de France" alone', () => {
    const ws = workspace([['f1.txt', 'Norway won at the Ullevaal Stadion on Friday. The Stade de France was full, fans gathered on Rua Augusta and at the Estadio Azteca. Riders of the Tour de France left Lille.']]);
    for (const name of ['Ullevaal Stadion', 'Stade de France', 'Rua Augusta', 'Estadio Azteca']) assert.equal(ws.mention('f1.txt', name).type, 'FAC', name);
    assert.notEqual(ws.mention('f1.txt', 'Tour de France').type, 'FAC');
  });
});

describe('entities: seas, straits, rivers and mountain ranges', () => {
  it('types well-known natural features and world regions as locations', () => {
    const ws = workspace([['n1.txt', 'Ships crossed the Bosphorus on Monday. Talks on the South Caucasus resumed, while floods on the Danube and snow in the Pyrenees closed roads.']]);
    for (const name of ['Bosphorus', 'South Caucasus', 'Danube', 'Pyrenees']) assert.equal(ws.mention('n1.txt', name).type, 'LOC', name);
  });
});


describe('entities: a place or a body run into a person without a comma', () => {
  it('starts the person at the given name ("Deputy from Oslo Maria Berg", "the leader of Civic Forward Daniel Mensah")', () => {
    const doc = 'run-in.txt';
    const ws = workspace([[doc, 'Run-in names\n\nMay 3, 2026\n\nDeputy from Oslo Maria Berg said the vote was fair. The leader of Civic Forward Daniel Mensah said the same.\n']]);
    const texts = ws.names(doc).map((m) => m.text);
    assert.ok(texts.includes('Maria Berg') && texts.includes('Oslo'), texts.join(', '));
    assert.ok(texts.includes('Daniel Mensah') && texts.includes('Civic Forward'), texts.join(', '));
    assert.equal(ws.mention(doc, 'Maria Berg').type, 'PERSON');
  });
  it('keeps a person named with two given names whole ("Anna Maria Schmidt")', () => {
    const doc = 'two-given.txt';
    const ws = workspace([[doc, 'Names\n\nMay 3, 2026\n\nThe singer Anna Maria Schmidt said the concert would go ahead.\n']]);
    assert.ok(ws.names(doc).some((m) => m.text === 'Anna Maria Schmidt'), ws.names(doc).map((m) => m.text).join(', '));
  });
});
