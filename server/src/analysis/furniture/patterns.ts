/**
 * Patterns of page furniture, written for news pages in general (no site or story in particular).
 * Each pattern is matched against one trimmed line.
 */

/** "Home > World > Europe", "News / Politics / ...", "Home » Sport". */
const CRUMB_SEPARATOR = /\s(?:>|›|»|\/|\||→|::)\s/gu;
const CRUMB_ROOTS = /^(?:home|homepage|news|start|main|accueil|inicio|portada|startseite|home ?page)\s*(?:>|›|»|\/|\||→|::)/iu;

/** True for a breadcrumb trail: two separators, or one after a root such as "Home" or between two short names. */
export function isBreadcrumb(line: string): boolean {
  const separators = line.match(CRUMB_SEPARATOR)?.length ?? 0;
  if (separators >= 2 || (separators === 1 && CRUMB_ROOTS.test(line))) return true;
  // "North Africa > Tunisia": one separator between two short section names in capitals.
  return separators === 1 && line.split(CRUMB_SEPARATOR).every((part) => /^(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(part.trim()));
}

/**
 * Lines that open the "rest of the page" after an article: related links, trending lists,
 * newsletter boxes, tags, comment forms. Matched against the whole (short) line.
 */
export const TAIL_TRIGGER =
  /^(?:related(?: articles?| stories| posts?| content| news| coverage| reading| topics| links)?|more (?:from|on|in|about|stories|news|articles|coverage|to read)\b.*|read (?:more|next|also)\b.*|also read\b.*|see also\b.*|you (?:may|might) (?:also )?(?:like|enjoy|be interested in).*|recommended(?: for you| stories| articles| reading)?|top (?:trending|stories|news|picks)|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared|commented)(?: stories| articles)?(?: (?:in|on|from) .{1,40})?|also (?:in|on|from)\b.*|popular(?: now| stories| articles| posts)?|latest (?:news|stories|articles|posts)|editor'?s? picks|what to read next|tags?|topics|filed under\b.*|share(?: this)?(?: article| story| post)?|leave a (?:reply|comment)|post a comment|comments?|\d+ comments?|join the conversation|subscribe\b.*|sign up\b.*|newsletter|get our newsletter.*|(?:our |daily |weekly )?newsletters?\b.*|advertisement|sponsored(?: content| stories| links)?|around the web|from our partners|breaking news|footer|follow us(?: on)?\b.*|explore more\b.*|our standards\b.*)$/iu;

/** One-word or two-word labels that stand alone on a page: section names, buttons, widgets. */
export const LABEL =
  /^(?:home|world|news|more|tags?|topics|share|print|email|e-mail|comments?|menu|search|advertisement|ad|sponsored|related|trending|latest|live|video|videos|photos?|gallery|podcasts?|opinion|analysis|politics|business|economy|markets|sport|sports|technology|tech|science|health|culture|entertainment|lifestyle|travel|gaming|europe|local|national|international|crime|environment|climate|education|arts|books|film|music|food|weather|obituaries|features|ideas|columns|letters|money|finance|property|motoring|style|fashion|puzzles|games|crosswords?|newsletters|world news|breaking news|top stories|most read|read more|see more|load more|show more|next|previous|back to top|skip to content|listen|watch|close|open|log ?in|sign ?in|register|subscribe|follow)[.:]?$/iu;

/** Page chrome: reading-time notes, audio players, buttons and navigation aids. */
export const PAGE_CHROME =
  /^(?:listen to (?:this|the) (?:article|story)(?:\s*[·|:,–-]?\s*\d+\s*min(?:ute)?s?\.?)?|buy now|buy (?:this )?(?:photo|image|picture|print)s?|(?:purchase|order) (?:a |this )?(?:photo|image|print|reprint)s?|\d+\s*min(?:ute)?s?\.? read|reading time:?.{0,20}|print (?:this )?(?:page|article)|copy link|save (?:this )?article|gift (?:this )?article|font size|view comments|show comments|load more|show more|see more|skip to (?:main )?content|(?:sign in|log in|login|register|subscribe|sign up|my account)(?:\s*[|·/]\s*(?:sign in|log in|login|register|subscribe|sign up|my account))+|back to top|toggle navigation|open menu|close menu|image source,.{1,80}|video source,.{1,80}|save|saved|link copied!?|ad feedback|video ad feedback|reuse this content|(?:copyright|©)\s.{0,400}|all rights reserved\.?|this material may not be (?:published|reproduced|distributed)\b.{0,200}|(?:archived?\s*[:|–-]\s*)?this (?:article|story|page) is (?:more than|over) (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) \w+ old\.?|(?:tags?|topics|keywords|categories|category|filed under)\s*:.{0,200})$/iu;

/** Comment sections: once they start, the article is over. */
export const COMMENTS_TRIGGER = /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d+ comments?|comments?(?: \(\d+\))?|join the conversation|discussion)$/iu;

/** Advertising and sponsorship markers. */
export const ADVERTISEMENT = /^(?:advertisement|advertising|ad|sponsored(?: content| post| links?)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?|paid (?:post|content|partner content))$/iu;

/** Share and social buttons: every word is a network or a share verb. */
const SHARE_WORDS = new Set([
  'share', 'shares', 'tweet', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'pinterest',
  'email', 'e-mail', 'mail', 'print', 'copy', 'link', 'copied', 'messenger', 'bluesky', 'threads', 'flipboard', 'on',
  'this', 'article', 'story', 'via', 'save', 'comment', 'comments', '|', '·', '•', '-', '/',
]);

/** True when the line is a row of share buttons ("Share on Facebook | Twitter | Email"). */
export function isShareRow(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 12) return false;
  let network = false;
  for (const raw of words) {
    const w = raw.toLowerCase().replace(/^[^\p{L}|·•/-]+|[^\p{L}|·•/-]+$/gu, '');
    if (w === '') continue;
    if (!SHARE_WORDS.has(w)) return false;
    if (w !== 'on' && w !== 'this' && w !== 'via' && w !== '|') network = true;
  }
  return network && /share|tweet|facebook|twitter|whatsapp|linkedin|email|print|copy/iu.test(words.join(' '));
}

/** Newsletter, subscription and sign-up prompts. */
export const NEWSLETTER =
  /\b(?:sign up (?:for|to)\b|sign up(?: (?:for )?free| now| today| here)?\s*[.!]?\s*$|subscribe (?:to|for|now|today)\b|newsletter\w*|nyhetsbrev\w*|nyhedsbrev\w*|nieuwsbrief\w*|infolettre\w*|boletín|biuletyn\w*|h[ií]rlev[eé]l\w*|bülten\w*|enter your e-?mail|your inbox|delivered (?:straight |directly )?to your inbox|get (?:the|our) (?:latest|best|top)\b.*\b(?:emails?|inbox|newsletter)|unsubscribe at any time)/iu;

/** Cookie and consent banners, addressed to the reader. */
export const COOKIES =
  /\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies|accept (?:all )?cookies|reject (?:all )?cookies|manage (?:your )?(?:cookie|consent|privacy) (?:settings|preferences|choices)|by (?:continuing|clicking|using)\b.{0,60}\bcookies)\b/iu;

/** Cookie buttons on their own line. */
export const COOKIE_BUTTON = /^(?:cookie (?:policy|settings|preferences|consent)|privacy (?:policy|settings)|accept|reject all|i agree|got it)$/iu;

/** Comment forms (English; other languages are caught by the language check). */
export const COMMENT_FORM =
  /^(?:leave a (?:reply|comment)|cancel reply|post (?:a )?comment|add a comment|comments are closed|(?:name|email|website)\s*\*?)$|\b(?:your email address will not be published|required fields are marked|save my name, email|notify me of (?:new|follow-up) (?:comments|posts))/iu;

/** Photo credits: "Photo: Jane Roe/AFP", "Image credit: ...", "(AP Photo/John Doe)", "... / Getty Images". */
export const PHOTO_CREDIT =
  /^(?:\(?(?:photos?|photograph|picture|image|images|illustration|video|graphic|foto|credit|credits|source)(?: credit| by| courtesy(?: of)?)?\s*[:©]\s*.{1,80}|\(?[a-z]{2,5} photo\/[^)]{1,60}\)?|©.{1,80}|.{0,60}(?:\/|\||via |for )\s*(?:getty images|afp|ap|reuters|epa|pa|shutterstock|alamy|bloomberg|ap photo)\)?|(?:getty images|shutterstock|alamy)(?: for .{1,40})?|.{3,120} featured image)$/iu;

/** News agencies and picture agencies that appear alone on a line as a credit under a photo. */
export const AGENCY_ALONE = /^(?:reuters|ap|afp|epa|getty images|associated press|anadolu(?: agency)?|xinhua|tass|dpa|ansa|efe|pa|pa images|shutterstock|alamy|bloomberg)(?:\s*(?:\/|via)\s*[\p{L} ]{1,30})?$/iu;

/** Lines that introduce a link to another article inside the body: "Read more: ...", "RELATED: ...". */
export const INLINE_LINK = /^(?:read (?:more|also|next)|also read|related|see also|watch|listen|more|recommended|must read|don'?t miss|click here)\b\s*[:>|-]/iu;

/** Bylines and datelines are kept: the publication date and the author are read from them. */
export const BYLINE_OR_DATE =
  /^(?:by\s|\p{L}+ by\s|published\b|updated\b|posted\b|last updated\b)|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|gmt|utc|et|bst|cet)?\b/iu;

/**
 * Offers to subscribers and prompts to subscribe, addressed to the reader ("Premium subscribers can
 * download our full briefing", "Become a member"), as opposed to news about subscriber numbers.
 */
export const SUBSCRIBER_OFFER =
  /\b(?:(?:premium|paying|digital|print|all) )?(?:subscribers?|members?) (?:can|get|enjoy|may) (?:now )?(?:read|download|access|unlock|listen|enjoy|get|see)\b|\b(?:subscribe|register) (?:now|today|for free)\b|\b(?:become|already) a (?:subscriber|member)\b|\bsubscriber[- ]only\b|\b(?:for|exclusive to) subscribers(?: only)?\b|\bunlock (?:this|the full|unlimited|all)\b|\bunlimited access\b|^enjoyed this (?:story|article)\b|^subscribe\s*[:!]|\bsubscribe (?:from|for) [£$€]|^support (?:independent|quality|our|local) journalism\b/iu;

/** Prompts to follow the site elsewhere ("Follow us on Instagram", "Join the Ledger's WhatsApp channel"). */
export const SOCIAL_PROMPT =
  /\bfollow us (?:on|in)\b|\bjoin\b.{0,60}\b(?:whatsapp|telegram|viber|signal) (?:channel|group|community)\b|\b(?:like|follow) (?:us|our page) on (?:facebook|instagram|x|twitter|tiktok|youtube)\b/iu;

/**
 * An author's bio box: "About the author", or "Jane Roe is a/the ... correspondent ..." (taken only
 * at the end of a page, where bio boxes sit; see detectFurniture).
 */
export const AUTHOR_BIO =
  /^(?:about the authors?\b.*|(?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'.-]+ (?:is|was|has been) (?:a|an|the|our)\b.{0,120}\b(?:correspondent|reporter|editor|journalist|writer|columnist|contributor|photographer|photojournalist|producer|anchor)s?\b.*)$/u;

/**
 * Words that name news publications ("Times", "Gazette", "Daily"): a short first line holding one,
 * above the headline, is the site's masthead.
 */
export const PUBLICATION_WORD =
  /\b(?:news|times|post|daily|weekly|gazette|herald|courier|standard|monitor|tribune|journal|chronicle|observer|review|voice|express|telegraph|mail|globe|wire|today|online|press|record|star|sun|mirror|independent|guardian|register|bulletin|dispatch|examiner|inquirer|sentinel|reporter|edition|magazine|digest|insider|report|portal|media|tv|radio)\b|\d+$/iu;

/** A Markdown link: "[Title](url)", with the text in group 1. */
const MD_LINK = String.raw`\[([^\]\n]{1,200})\]\([^)\s]{1,500}(?:\s+"[^"]*")?\)`;
/** A line that is only a Markdown image: "![Smoke over the harbour](https://...)", maybe with a caption link. */
export const MARKDOWN_IMAGE = new RegExp(String.raw`^\[?!\[[^\]\n]{0,300}\]\([^)\s]{1,500}(?:\s+"[^"]*")?\)(?:\]\([^)\s]{1,500}\))?(?:\s*[*_]?.{0,200})?$`, 'u');
/** A line that is one Markdown link, as a list item or alone: "- [Title](url)". */
export const MARKDOWN_LINK_ITEM = new RegExp(String.raw`^(?:[-*+•]\s+|\d{1,2}[.)]\s+)?${MD_LINK}\s*[.,;]?$`, 'u');
/** A line of two or more Markdown links and separators only: "[Home](/) [News](/news) | [Sport](/sport)". */
export const MARKDOWN_NAV = new RegExp(String.raw`^(?:[-*+•|·/>»›]?\s*${MD_LINK}\s*){2,}[|·/>»›]?$`, 'u');

/**
 * A short trail at the top of a page with a single separator ("Coastal Region > Harwick",
 * "Sport › Football"): one to three capitalised words on each side.
 */
export function isShortTrail(line: string): boolean {
  const m = /^(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}'’.&-]+){0,2})\s+(?:>|›|»|\/|→)\s+(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}'’.&-]+){0,2})$/u.exec(line);
  return m !== null;
}

/** Titles of a live page's summary box ("Key events", "Key points"), which repeats later entries. */
export const KEY_EVENTS = /^(?:key (?:events|points|moments|updates|developments)|highlights|summary|at a glance|what we know(?: so far)?|the latest)[:.]?$/iu;

/**
 * Tail triggers of pages in other languages, since syndicated copy keeps its portal's boxes:
 * "Weitere Nachrichten", "Meistgelesen", "Les plus lus", "À lire aussi", "Lo más leído", "Mais
 * lidas", "Leia também", "I più letti", "Cele mai citite", "Najczęściej czytane", "Meest gelezen".
 */
export const FOREIGN_TAIL_TRIGGER =
  /^(?:weitere (?:nachrichten|artikel|meldungen)\b.*|mehr zum thema\b.*|meistgelesen(?:e)?(?: artikel)?|top-artikel|das könnte sie auch interessieren|lesen sie auch\b.*|les plus lus|à lire aussi|a lire aussi|sur le même sujet|lo más (?:leído|visto)|te puede interesar|noticias relacionadas|más noticias\b.*|mais (?:lidas|lidos)|leia também\b.*|veja também\b.*|notícias relacionadas|i più letti|leggi anche\b.*|cele mai (?:citite|noi)|citește și\b.*|najczęściej czytane|czytaj (?:także|też)\b.*|meest gelezen|lees ook\b.*)[:.]?$/iu;

/**
 * The closing sections of a company's press release, after the news: "About Acme", "Forward-Looking
 * Statements", "Safe Harbor Statement", "Media Contact", "###". Written with capitals as headings.
 */
export const PRESS_RELEASE_TAIL =
  /^(?:About (?:the )?\p{Lu}[\p{L}\p{N}.&'’ -]{1,50}|(?:Cautionary (?:Note|Statement) (?:Regarding|Concerning|on) )?Forward[- ]Looking Statements?|Safe Harbou?r(?: Statement)?|(?:Media|Press|Investor|Analyst)(?: Relations)? (?:Contacts?|Enquiries|Inquiries)|Contacts?|Notes? to [Ee]ditors|#{3}|-\s*[Ee][Nn][Dd][Ss]?\s*-)[:.]?$/u;

/** A note that the story came from a feed unedited ("This story has not been edited by ... staff"). */
export const SYNDICATION_NOTE =
  /\b(?:(?:has|have) not been edited by\b.{0,60}\bstaff|(?:published|auto-?generated|generated) from a syndicated feed|automatisch aus\b.{0,60}\bübernommen|übernimmt keine gewähr)/iu;

/** A prompt for readers' tips ("Got a tip? Reach us securely on Signal"). */
export const TIP_PROMPT = /^(?:got|have) a (?:news )?tip\b|\b(?:send us|share) (?:a |your )?(?:news )?tips?\b|\breach us securely\b/iu;

/**
 * Cookie banners in other languages ("Acest site folosește cookie-uri", "Diese Website verwendet
 * Cookies", "Koristimo kolačiće ...", "Vi använder kakor", "sütiket használ").
 */
export const FOREIGN_COOKIES =
  /\b(?:cookie-uri|verwendet cookies|utilise des cookies|utiliza cookies|usa cookies|utilizza (?:i )?cookie|używa (?:plików )?cookies|gebruikt cookies|(?:använder|bruger|bruker) (?:cookies|kakor)|soubory cookies?|súbory cookies?|файлы cookies?|kolačić\p{L}*|колачић\p{L}*|piškotk\p{L}*|sütik\p{L}*|evästei\p{L}*|informasjonskapsl\p{L}*|slapuk\p{L}*|sīkdatn\p{L}*|küpsis\p{L}*|çerez\p{L}*|бисквитк\p{L}*)(?![\p{L}])/iu;

/** Markdown links in a line ("[Sport](/sport)"). */
const MD_LINK_GLOBAL = /\[[^\]\n]{1,120}\]\([^)\s]{0,300}\)/gu;

/**
 * A row of links with at most a label or the site's name beside them ("**Read next:** [A](/a) ·
 * [B](/b)", "**THE SITE** · [News](/news) · [AI](/ai)"): navigation, not the article.
 */
export function isLinkRow(text: string): boolean {
  const links = text.match(MD_LINK_GLOBAL);
  if (!links || links.length < 2) return false;
  const rest = text.replace(MD_LINK_GLOBAL, ' ').replace(/[*_]{1,2}/gu, ' ').replace(/[|·•/>»›,:;–—-]/gu, ' ');
  return rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 4;
}
