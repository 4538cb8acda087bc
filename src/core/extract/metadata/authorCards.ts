// An author card with no author markup: the writer's picture named after them, then a bio that starts with the same name ("Julia Gralberg is a freelance travel writer…").
import { inCommentBox } from './commentBoxes';
import { MIN_REPORTED_SCORE } from './confidence';
import { splitNames } from './names';
import { isSnippetCopy } from './snippetCopies';
import type { Candidate, MetadataScan, MNode } from './scan';

/**
 * Reason: many themes close a post with a card about its writer — a picture, the name, a few lines of bio — in
 * containers named only by layout (`w-full`, `blog_details_text`) or not at all, so neither the byline vocabulary nor
 * `authorBoxNames.ts` reads it, and such pages got no author (issue 12: "author boxes 250-600 words below the title
 * are not found"). What makes the card a person's card and not a product's or a gallery's is the pair: a picture whose
 * alt text is a name, and within a few blocks a paragraph of prose that starts with that name or its first word
 * ("Tim explores…", "Elliot is a…"). A page with two or more such cards is a team page or testimonials: none is read.
 * The name is read far from the title without a penalty and brings no date (rule suffix `:far`, `metadata.ts`).
 *
 * Measured on the wcxb-dev tuning part (session 23, cached regions, `metaTune.js score`; right / reported where the
 * truth has none): author half A 194 -> 196 of 254 / 2 of 244 unchanged; half B 210 -> 211 of 275 / 1 of 281
 * unchanged; published and title unchanged. Without the pronoun, the capitals and the low score it took product and
 * place pictures in listicles ("Ratio Six Coffee Maker", "Coffee house") over right bylines: half A 4 wrong, 2 where none.
 */

/** How far after the picture (dump characters, inline data URIs not counted) the bio may start: srcsets and attribute blocks take room. */
const CARD_CHARS = 2000;
/** How many text blocks after the picture are looked at for the bio: the name, a role line, then the bio. */
const CARD_BLOCKS = 4;
/** A bio is prose: a sentence of this many words at least ("Tim explores the intersections of …"). */
const BIO_MIN_WORDS = 10;
/** Words an alt text adds to the name ("Elliot Raba Image", "Derek Seaman Photo", "Jane Doe headshot"). */
const PICTURE_WORDS_RE = /(?:'s)?\s+(?:image|photo|photograph|picture|pic|headshot|avatar|portrait|profile(?:\s+(?:picture|photo|image))?)\.?$/iu;
/** At most this many words in the name: longer alt texts describe a scene ("A man walking on the beach at dusk"). */
const MAX_NAME_WORDS = 4;
/**
 * Score: just enough to be reported, so that any byline the page has near its title wins over a card (a card within an
 * article may name a quoted expert). Not raised for nearness. A card in comments, a sidebar or a footer
 * (`MetadataScan.isForeign`), or hidden, is not read: a sidebar's "About me" names the site's owner.
 */
const CARD_SCORE = MIN_REPORTED_SCORE + 1;
/** The rule name; `:far` tells `metadata.ts` that no dateline is looked for beside it. */
const RULE = 'card:picture-bio:far';

/** The name an image's alt text gives, when the alt text is one name and nothing else. */
function pictureName(s: MetadataScan, n: MNode): string | undefined {
	const alt = s.textOf(n).replace(PICTURE_WORDS_RE, '').trim();
	if (alt === '') return undefined;
	// A person's name has two words at least, each capitalised, and no figures ("Coffee house", "ESP32-C6 Proxy" are
	// none). Tested before the byline split: most pictures' alt texts fail them, and `splitNames` of every alt text was
	// 0.4% of the extraction's CPU over every fourth wcxb-dev dump.
	const words = alt.split(/\s+/);
	if (words.length > MAX_NAME_WORDS || words.length < 2 || /\d/.test(alt) || !words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE_RE.test(w))) return undefined;
	const names = splitNames(alt);
	return names.length === 1 && names[0] === alt ? alt : undefined;
}

/**
 * A person's pronouns: a bio goes on with one ("When she isn't busy…", "His work…", "where he excels"); a product's or
 * a place's card does not ("Ratio has followed…", "Coffee was widely consumed…"). "They" is left out: it is a company's too.
 */
const PERSON_PRONOUN_RE = /(?<![\p{L}])(?:he|she|his|her|him|hers)(?![\p{L}])/iu;
/** Words that may start lower-case inside a person's name ("Ludwig van Beethoven"). */
const NAME_PARTICLE_RE = /^(?:de|del|der|den|van|von|da|di|du|le|la|bin|ibn|al)$/;

/** Whether a text starts with a lead ("Tim", "Julia Gralberg") followed by a lower-case word ("is", "has", "explores"). */
function startsWith(text: string, lead: string): boolean {
	return text.length > lead.length && text.slice(0, lead.length).toLowerCase() === lead.toLowerCase() && /^,?\s+\p{Ll}/u.test(text.slice(lead.length));
}

/**
 * Whether a text is prose about the named person: it starts with the whole name or the first name ("Julia Gralberg is
 * a freelance travel writer…", "Tim explores…", "Elliot is a…") and goes on with a person's pronoun.
 */
function isBioOf(text: string, name: string): boolean {
	if (text.split(/\s+/).length < BIO_MIN_WORDS || !PERSON_PRONOUN_RE.test(text)) return false;
	const first = name.split(/\s+/)[0];
	return startsWith(text, name) || startsWith(text, first);
}

/** The bio paragraph after a picture, within CARD_CHARS and CARD_BLOCKS. */
function bioAfter(s: MetadataScan, pic: MNode, name: string): MNode | undefined {
	let blocks = 0;
	for (let i = pic.order + 1; i < s.nodes.length && blocks < CARD_BLOCKS; i++) {
		const d = s.nodes[i];
		if (d.start < pic.end) continue;
		if (s.gap(pic.end, d.start) > CARD_CHARS) return undefined;
		const kind = d.block?.kind;
		if (kind !== 'paragraph' && kind !== 'heading') continue;
		const t = s.textOf(d);
		if (t === '') continue;
		blocks++;
		if (kind === 'paragraph' && isBioOf(t, name)) return d;
	}
	return undefined;
}

/** Author candidates from a page's one author card (picture + bio); none when the page has several cards. */
export function authorCardCandidates(s: MetadataScan): Candidate<string[]>[] {
	const cards: { name: string; bio: MNode }[] = [];
	// Images by the scan's column of kinds (`nodeKinds.ts`): other nodes are skipped without being read.
	for (let i = 0; i < s.nodes.length; i++) {
		if (s.kindAt(i) !== 'image') continue;
		const n = s.nodes[i];
		const name = pictureName(s, n);
		if (!name) continue;
		const bio = bioAfter(s, n, name);
		if (bio && !cards.some((c) => c.bio === bio)) cards.push({ name, bio });
	}
	const names = new Set(cards.map((c) => c.name.toLowerCase()));
	if (names.size !== 1) return [];
	const { name, bio } = cards[0];
	if (bio.hidden || s.isForeign(bio) || isSnippetCopy(s, bio) || inCommentBox(s, bio)) return [];
	return [{ value: [name], source: bio.range, rule: RULE, score: CARD_SCORE, node: bio }];
}
