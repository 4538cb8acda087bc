// Data: the "Written by", "Posted by" and "Author:" labels of bylines in other languages than English, for the byline prefix (`BYLINE_PREFIX_RE`).

/**
 * Reason (session 59, meta59): the byline prefix knew English labels and a few bare words of other languages ("von",
 * "par", "por", "autor", "auteur"), not the phrases non-English blogs and newsrooms print before the name: "Verfasst von
 * Jane Roe", "Escrito por …", "Écrit par …", "Scritto da …", "Skrevet av …", "Forfatter: …", "Tekst: …", "Автор: …".
 * A line under the headline that starts with one was read as no byline at all. Found with the proxy
 * `EVAL_RESHAPE_BYLINE=label` (scripts/eval/reshapeByline.ts: each tuning article's byline removed and written again as
 * "LABEL Name" under its h1, the label one of 14 per site): 9 of the 14 labels got no author on any page (0 of 262).
 * Each phrase here is a whole label, the verb with its own language's "by"; a noun label needs its colon (as
 * "Authors:" does in English), since "Tekst", "Autore" and "Forfatter" also begin sentences and headings.
 * Measured on the wcxb-dev tuning part (session 59): as is and declassed, F1 per kind and every metadata value
 * unchanged (no tuning page prints these labels); EVAL_DROP_BYLINE guesses unchanged (author 65/529, date 78/561);
 * `EVAL_RESHAPE_BYLINE=label`, articles: author right 112 -> 328 of 392 (half A 43 -> 156 of 180, half B 69 -> 172 of
 * 212), wrong 25 -> 17.
 */

/** "Written by" in other languages: the verb and its "by", as one label. */
export const WRITTEN_BY_PHRASES: readonly string[] = [
	'verfasst von',
	'geschrieben von',
	'escrito por',
	'escrita por',
	'écrit par',
	'écrite par',
	'rédigé par',
	'rédigée par',
	'scritto da',
	'scritta da',
	'skrevet av',
	'skrevet af',
	'skriven av',
	'skrivet av',
	'geschreven door',
	'escrit per',
	'napisane przez',
	'napisał',
	'napisała',
	'написано',
	'kirjoittanut',
];

/** "Posted by" in other languages. */
export const POSTED_BY_PHRASES: readonly string[] = [
	'publicado por',
	'publicada por',
	'publié par',
	'publiée par',
	'pubblicato da',
	'pubblicata da',
	'veröffentlicht von',
	'gepubliceerd door',
	'geplaatst door',
	'postado por',
	'publicerad av',
	'publisert av',
	'publiceret af',
];

/** "Author" and "Text" as a label in other languages: a byline only with the colon after it. */
export const AUTHOR_NOUN_LABELS: readonly string[] = ['forfatter', 'författare', 'tekst', 'texte', 'autore', 'autrice', 'autora', 'autorka', 'auteure', 'автор', 'kirjoittaja', 'yazar', 'szerző', 'skribent'];

function alternation(words: readonly string[]): string {
	return [...words]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/\s+/g, '\\s+'))
		.join('|');
}

/** The source of the prefix's other-language alternatives (a phrase then an optional colon, or a noun then its colon), each followed by the name's space. */
export const OTHER_LANGUAGE_BYLINE_PREFIX_SOURCE = `(?:${alternation([...WRITTEN_BY_PHRASES, ...POSTED_BY_PHRASES])})\\s*:?\\s+|(?:${alternation(AUTHOR_NOUN_LABELS)})\\s*:\\s+`;
