// An author box with no author markup and no bio: a picture named after a person, or an author-page link with no words of its own, then that person's name as the next text.
import { inCommentBox } from './commentBoxes';
import { MIN_REPORTED_SCORE } from './confidence';
import { splitNames } from './names';
import { isSnippetCopy } from './snippetCopies';
import { linkOf, type Candidate, type MetadataScan, type MNode } from './scan';
import { compoundAuthorSlug } from './compoundAuthorPaths';

/**
 * Reason: a theme's author box after the article (a picture, the name as a heading or a span, an optional role line
 * such as "Former McKinsey Consultant") reads as the writer's only through its class words (`author-box__name`,
 * `authorBoxNames.ts`); `authorCards.ts` reads such a box without them only when a bio sentence follows, and
 * `avatarNames.ts` only under the title. Without classes (the declassed yardstick, an unknown theme) the box is still a
 * pair a stranger recognises: a picture whose alt text is a person's name ("Picture of Andrew King"), or a link to an
 * author page (`/author/ahmet/`) with no words of its own (its picture dropped), and right after it an element whose whole
 * text is that name (for the link: a name sharing a word with the page's slug). A page with two or more such pairs under
 * different names is a team page, testimonials or a grid of posts: none is read. The name is read far from the title at
 * the lowest reported score (any byline near the title wins) and brings no date (rule suffix `:far`, `metadata.ts`).
 *
 * Measured on the wcxb-dev tuning part (session 43, meta48; `metaTune.js score`, cached regions): declassed, author
 * right 389 -> 393 of 529 (half B 190 -> 194: two picture-and-name boxes, an empty author link then the name; half A
 * unchanged), reported where the truth has none unchanged (7 of 525). Reading any picture whose alt text is a name
 * (not said to be a picture of someone) took products, services and icons: where none 7 -> 44.
 */

/** How many nodes after the picture or link the name may be: wrappers, the picture's own nodes, then the name's. */
const NAME_NODES = 8;
/** As sure as a card with a bio (`authorCards.ts`): just enough to be reported, never more than a byline near the title. */
const PAIR_SCORE = MIN_REPORTED_SCORE + 1;
/** At most this many words in a name: longer texts are a heading or a sentence. */
const MAX_NAME_WORDS = 4;
/** A slug word shared with the name must be this long at least ("al", "de" say nothing). */
const MIN_SLUG_WORD = 3;
/** Author-page paths (as `author.ts` reads them); the slug is the last part. Bounded runs. */
const AUTHOR_PAGE_RE = /\/(?:author|authors|autor|auteur|writers?|contributors?|people|team)\/([^/?#]{1,80})\/?(?:[?#]|$)/i;
/** Words a picture's alt text adds to a name, before or after it ("Picture of Jane Doe", "Jane Doe headshot"). */
const PICTURE_LEAD_RE = /^(?:(?:a\s+)?(?:photo|picture|image|portrait|headshot|avatar)\s+of\s+)/iu;
const PICTURE_WORDS_RE = /(?:['’]s)?\s+(?:image|photo|photograph|picture|pic|headshot|avatar|portrait)\.?$/iu;
/** Words that may start lower-case inside a person's name ("Ludwig van Beethoven"). */
const NAME_PARTICLE_RE = /^(?:de|del|der|den|van|von|da|di|du|le|la|bin|ibn|al)$/;

/** Whether a text is one person's name: one to four words, no figures, one name to `splitNames`; `capitals` asks every word to be capitalised. */
function isOneName(text: string, capitals: boolean): boolean {
	const words = text.split(/\s+/);
	if (words.length > MAX_NAME_WORDS || /\d/.test(text)) return false;
	if (capitals && (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE_RE.test(w)))) return false;
	const names = splitNames(text);
	return names.length === 1 && names[0] === text;
}

/** The name a picture's alt text gives (two to four capitalised words once "Picture of" and "headshot" are cut), or undefined. */
function pictureName(s: MetadataScan, pic: MNode): string | undefined {
	const whole = s.textOf(pic).replace(/\s+/g, ' ').trim();
	const alt = whole.replace(PICTURE_LEAD_RE, '').replace(PICTURE_WORDS_RE, '').trim();
	// The alt text must say it is a picture of someone ("Picture of Jane Doe", "Jane Doe headshot"): a bare alt text
	// is as often a product's, a service's or an icon's name ("Cloud SQL", "Leaf Icon"): without this, declassed
	// author where none 7 -> 44 of 525 on the tuning part.
	if (alt === whole) return undefined;
	return alt !== '' && isOneName(alt, true) ? alt : undefined;
}

/** The slug of an author page a link with no words points to, lower-cased, letters only; undefined for other links. */
function emptyAuthorLinkSlug(s: MetadataScan, n: MNode): string | undefined {
	// The path is tested before the text is built: most links are to no author page, and building every link's text
	// here was 0.5% of the extraction's CPU (issue 13, session 44). Both tests are pure, so the answer is the same.
	if (n.inline?.kind !== 'link') return undefined;
	const href = linkOf(n).href;
	// A compound author folder ("/blog-authors/jane-doe") too (`compoundAuthorPaths.ts`).
	const slug = AUTHOR_PAGE_RE.exec(href)?.[1] ?? compoundAuthorSlug(href);
	return slug !== undefined && s.textOf(n) === '' ? slug.toLowerCase().replace(/[^\p{L}]/gu, '') : undefined;
}

/** Whether a name shares a word of MIN_SLUG_WORD letters with an author page's slug ("Ahmet Serhan" and `ahmet`). */
function namesSlug(name: string, slug: string): boolean {
	for (const w of name.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= MIN_SLUG_WORD && slug.includes(w)) return true;
	return false;
}

/** The first element with text after `from` (within NAME_NODES), when its whole text passes `fits`; undefined otherwise. */
function nameAfter(s: MetadataScan, from: MNode, fits: (text: string) => boolean): MNode | undefined {
	let seen = 0;
	for (let i = from.order + 1; i < s.nodes.length && seen < NAME_NODES; i++) {
		const d = s.nodes[i];
		if (d.start < from.end) continue;
		seen++;
		const t = s.textOf(d).replace(/\s+/g, ' ');
		if (t === '') continue;
		if (fits(t)) return d;
		// A wrapper of the name and a role line ("Liz Kenny Former McKinsey Consultant"): its first child is looked at next.
		const next = s.nodes[i + 1];
		if (!next || next.start >= d.end) return undefined;
	}
	return undefined;
}

/** Author candidates from a page's one picture-and-name or author-link-and-name box; none when the page has several under different names. */
export function authorBoxPairCandidates(s: MetadataScan): Candidate<string[]>[] {
	let found: MNode | undefined;
	let rule = '';
	for (let i = 0; i < s.nodes.length; i++) {
		const n = s.nodes[i];
		let node: MNode | undefined;
		let how = '';
		if (s.kindAt(i) === 'image') {
			const name = pictureName(s, n);
			if (name === undefined) continue;
			const lower = name.toLowerCase();
			node = nameAfter(s, n, (t) => t.toLowerCase() === lower);
			how = 'picture';
		} else if (s.kindAt(i) === 'link') {
			const slug = emptyAuthorLinkSlug(s, n);
			if (slug === undefined) continue;
			node = nameAfter(s, n, (t) => isOneName(t, false) && namesSlug(t, slug));
			how = 'author-link';
		}
		if (!node) continue;
		if (found && s.textOf(found).replace(/\s+/g, ' ').toLowerCase() !== s.textOf(node).replace(/\s+/g, ' ').toLowerCase()) return [];
		if (!found) {
			found = node;
			rule = `card:${how}-name:far`;
		}
	}
	if (!found || found.hidden || s.isForeign(found) || isSnippetCopy(s, found) || inCommentBox(s, found)) return [];
	return [{ value: [s.textOf(found).replace(/\s+/g, ' ')], source: found.range, rule, score: PAIR_SCORE, node: found }];
}
