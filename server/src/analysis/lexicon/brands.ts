/**
 * The world's best-known platforms and companies, which articles name without any cue ("posted on
 * Facebook", "follow us on Instagram"), and international bodies named by a word or by an acronym
 * that British papers write in title case ("Interpol", "Nato", "Fifa"): general knowledge, like the news outlets. Lower case,
 * accents folded; one entry per name as written. Names that are also common words, places or
 * surnames ("Apple", "Amazon", "Shell", "Signal", "Ford", "Dell") are left out: there the capital
 * or the context has to decide.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/** One-word names. */
export const BRANDS = words(`
facebook instagram whatsapp youtube tiktok snapchat twitter linkedin pinterest reddit telegram
wechat weibo douyin kuaishou viber twitch tumblr bluesky mastodon
google microsoft meta netflix spotify uber lyft airbnb expedia tripadvisor
paypal mastercard alipay tencent alibaba baidu bytedance huawei xiaomi samsung sony nintendo
toyota volkswagen nissan hyundai kia renault peugeot stellantis bmw mercedes-benz tesla
boeing airbus embraer bombardier siemens philips nokia ericsson intel nvidia qualcomm ibm
oracle cisco openai deepmind
exxonmobil chevron gazprom rosneft aramco totalenergies petrobras pemex
pfizer moderna astrazeneca novartis sanofi bayer biontech
nestle unilever coca-cola pepsico starbucks walmart ikea h&m nike adidas
interpol europol frontex eurojust greenpeace oxfam unicef unesco unhcr nato opec fifa uefa asean mercosur
`);

/** Multi-word names, lower case: matched as whole names. */
export const BRAND_NAMES: ReadonlySet<string> = new Set(['x corp', 'booking holdings', 'general electric', 'general motors', 'procter & gamble', 'johnson & johnson', 'mercedes benz']);

/** True when a name, as written, is a well-known platform or company. */
export function isBrand(lowerWords: readonly string[]): boolean {
  return lowerWords.length === 1 ? BRANDS.has(lowerWords[0]) : BRAND_NAMES.has(lowerWords.join(' '));
}
