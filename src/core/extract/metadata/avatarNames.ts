// A byline drawn as the writer's picture and name under the title, with no byline class or "By": an image whose alt text is the name, then the same name as text ("![Gary Marcus's avatar]" / "[Gary Marcus](…)").
import { splitNames } from './names';
import { isRoleText } from './nameRoleCards';
import { isSnippetCopy } from './snippetCopies';
import type { Candidate, MetadataScan, MNode } from './scan';

/**
 * Reason: newsletter platforms (Substack), blog builders and many hand-made themes lay out the byline as an avatar and
 * the writer's name beside it, in containers named only by layout or by hashed classes, with no "By" and no author
 * link pattern. What makes it the writer's byline, without any class word, is the pair: a picture whose alt text is a
 * person's name ("Gary Marcus's avatar", "Tim Enwall"), and right after it an element whose whole text is that same
 * name. A product's picture before its name is the page's title (skipped) or an item of a grid (several pairs: none read).
 *
 * Measured on the wcxb-dev tuning part (session 38, meta43): declassed (EVAL_DECLASS=all, the proxy for unseen sites)
 * author right 374 -> 390 of 529 (half A 186 -> 195, half B 188 -> 195: Substack newsletters, a blog builder, a
 * business blog's "Staff" card); as is 421 -> 422 (half B); reported where the truth has none unchanged on both.
 * Without the grid test it named a launch list's first product and a publication's masthead (2 where none, half A).
 */

/** How far after the title's start the picture may be (compact characters): the byline sits under the headline and its dek. */
const AFTER_TITLE_CHARS = 2500;
/** How far before the title it may be (a byline above the headline). */
const BEFORE_TITLE_CHARS = 400;
/** How far past the window a second picture-and-name pair is still looked for: grid items follow each other within a few hundred characters. */
const GRID_CHARS = 6000;
/** How many nodes after the picture the name may be: the picture's link and wrappers, then the name's wrappers. */
const NAME_NODES = 12;
/** Words an alt text adds to the name ("Gary Marcus's avatar", "Jane Doe headshot", "Photo of Jane Doe"). */
const PICTURE_WORDS_RE = /(?:['’]s)?\s+(?:image|photo|photograph|picture|pic|headshot|avatar|portrait|profile(?:\s+(?:picture|photo|image))?)\.?$/iu;
const PICTURE_LEAD_RE = /^(?:(?:a\s+)?(?:photo|picture|image|portrait|headshot|avatar)\s+of\s+)/iu;
/** A person's name: two to four words, each capitalised or a particle ("van", "de"), no figures. */
const MAX_NAME_WORDS = 4;
const NAME_PARTICLE_RE = /^(?:de|del|der|den|van|von|da|di|du|le|la|bin|ibn|al)$/;
/** As sure as a "By Jane Doe" line (`author.ts`), before the position score. */
const AVATAR_NAME_SCORE = 12;

/** The text an alt text gives, lower-cased, without the words a picture's alt adds; undefined unless two to four words (a lone word is a logo or an icon: "Facebook"). */
function altName(alt: string): string | undefined {
	let t = alt.replace(/\\(['’])/g, '$1').replace(PICTURE_LEAD_RE, '').replace(PICTURE_WORDS_RE, '').trim();
	// "Headshot of Lisa Pham, Associate Content Marketing Writer at Jobber": the name, then the writer's job (`nameRoleCards.ts`).
	// Session 39 (meta44): declassed author right +2 (one page in each half), as is +1 (half B); where none unchanged.
	const comma = t.indexOf(',');
	if (comma > 0 && isRoleText(t.slice(comma + 1).trim())) t = t.slice(0, comma).trim();
	const words = t.split(/\s+/).length;
	if (t === '' || words < 2 || words > MAX_NAME_WORDS) return undefined;
	return t.toLowerCase();
}

/** Whether a text is written as one person's name: two to four capitalised words, no figures, one name to `splitNames`. */
function isNameText(text: string): boolean {
	const words = text.split(/\s+/);
	if (words.length < 2 || words.length > MAX_NAME_WORDS || /\d/.test(text)) return false;
	if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE_RE.test(w))) return false;
	const names = splitNames(text);
	return names.length === 1 && names[0] === text;
}

/** The first element after the picture whose whole text is the text the picture's alt gives; undefined when none is close. */
function sameTextAfter(s: MetadataScan, pic: MNode, name: string): MNode | undefined {
	let seen = 0;
	for (let i = pic.order + 1; i < s.nodes.length && seen < NAME_NODES; i++) {
		const d = s.nodes[i];
		if (d.start < pic.end) continue;
		seen++;
		if (s.kindAt(i) === 'image') return undefined;
		const t = s.textOf(d);
		if (t === '') continue;
		if (t.toLowerCase() === name) return d;
		// Text that is not the name and does not start with it (the wrapper of name and date does): the pair is broken.
		if (!t.toLowerCase().startsWith(name)) return undefined;
	}
	return undefined;
}

/** Whether a node is a heading or inside one. */
function inHeading(n: MNode): boolean {
	for (let p: MNode | undefined = n; p; p = p.parent) if (p.block?.kind === 'heading') return true;
	return false;
}

/**
 * The page's avatar byline near its title. Every picture followed by its own alt text is counted, names or not: two or
 * more such pairs are a grid of items (a launch list's icons and product names), a team or testimonials, and none is
 * read. The one pair must be a person's name in running text, not a heading (a publication's masthead: "## Netflix
 * TechBlog" under its logo).
 */
export function avatarNameCandidates(s: MetadataScan): Candidate<string[]>[] {
	const a = s.anchor();
	if (a === undefined) return [];
	const found: MNode[] = [];
	for (let i = 0; i < s.nodes.length; i++) {
		if (s.kindAt(i) !== 'image') continue;
		const pic = s.nodes[i];
		const gap = s.gap(a, pic.start);
		// Pairs are counted a grid's length past the byline's window too: a grid's first item may sit in it alone.
		if (gap < -BEFORE_TITLE_CHARS || gap > AFTER_TITLE_CHARS + GRID_CHARS || (gap > AFTER_TITLE_CHARS && found.length === 0)) continue;
		const name = altName(s.textOf(pic));
		const node = name === undefined ? undefined : sameTextAfter(s, pic, name);
		if (node && !found.some((f) => s.textOf(f).toLowerCase() === name)) found.push(node);
		if (found.length > 1) return [];
	}
	const node = found[0];
	if (!node || inHeading(node) || node.hidden || isSnippetCopy(s, node) || s.isForeign(node)) return [];
	const name = s.textOf(node);
	if (!isNameText(name)) return [];
	return [{ value: [name], source: node.range, rule: 'text:avatar-name', score: AVATAR_NAME_SCORE + s.positionScore(node), node }];
}
