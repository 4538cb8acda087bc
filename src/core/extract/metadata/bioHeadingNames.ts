// An author box after the article written as a heading with the writer's name and a bio that opens with that name ("### Jane Roe" / "Jane Roe writes about …"), with no label, class or link.
import { WEIGHT } from '../metadataRules';
import { GIVEN_NAMES } from './givenNames';
import { looksLikeName, splitNames } from './names';
import type { Candidate, MetadataScan, MNode } from './scan';

/**
 * Reason (session 59, meta59): an author box after the article's text is often only a heading with the writer's name
 * and a short bio under it ("### Jane Roe" / "Jane Roe writes about gardens and …", "Jane has covered …"). With the
 * theme's classes unread (the declassed yardstick, or a theme no vocabulary knows) and no "About" label or author-page
 * link (`aboutAuthorHeadings.ts`), nothing named the writer. The bio opening with the heading's name (whole, or the
 * given name then a lower-case word) is what makes the heading a person's box and not a section: a section heading
 * is not repeated as the subject of the paragraph under it. Found with `EVAL_RESHAPE_BYLINE=far-box`
 * (scripts/eval/reshapeByline.ts): 0 of 393 reshaped articles kept their author before this rule.
 *
 * Guards: the heading is an h2-h5 of 2 to 4 words that reads as one name (`splitNames`, `looksLikeName`), every word
 * capitalised, the first a common given name (`givenNames.ts`: without it, section headings repeated as their
 * paragraph's subject, "Lean Six Sigma" / "Lean Six Sigma is …", "Tuition Rates" / "Tuition rates vary …", gave 18 more
 * authors where the truth has none and 10 more wrong ones on the tuning part); it stands after the title; the bio is the next block and opens with the name; and the page has exactly
 * one such pair (a team page or a list of profiles, each a heading and a bio, names no one writer). Read as far from
 * the title (`:far`): it brings no date.
 * Measured on the wcxb-dev tuning part (session 59): as is and declassed, F1 per kind and every metadata value
 * unchanged (no tuning site prints such a box bare); EVAL_DROP_BYLINE guesses unchanged (author 65/529, date 78/561);
 * `EVAL_RESHAPE_BYLINE=far-box`, articles: author right 0 -> 176 of 393 (half A 0 -> 81 of 179, half B 0 -> 95 of 214).
 */

/** A heading longer than this is a sentence, not a name. */
const MAX_HEADING_CHARS = 60;
/** A name has 2 to 4 words here: one word is a handle or a section ("Sources"), more is a title. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** How many nodes after the heading its bio paragraph may start (the heading's own inlines, a picture between). */
const BIO_LOOKAHEAD_NODES = 8;
/** How much of the bio's start is read. */
const BIO_START_CHARS = 200;
/** More pairs than this on a page are a list of people, none the writer. */
const MAX_PAIRS = 1;

/** Each word capitalised (a name's words; "de", "van" and other particles allowed between). */
function capitalisedWords(words: readonly string[]): boolean {
	return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < words.length - 1 && /^(?:de|van|von|der|den|da|di|du|le|la|del|dos)$/.test(w)));
}

/** The bio under the heading: the next paragraph within a few nodes, before any other heading. */
function bioAfter(s: MetadataScan, at: number, heading: MNode): MNode | undefined {
	for (let j = at + 1; j < s.nodes.length && j <= at + BIO_LOOKAHEAD_NODES; j++) {
		const m = s.nodes[j];
		if (m.start < heading.end) continue;
		const k = s.kindAt(j);
		if (k === 'heading') return undefined;
		if (k === 'paragraph') return m;
	}
	return undefined;
}

/**
 * The verbs a bio opens with after a given name alone ("Jane is", "Jane has covered", "Jane writes"): a section heading
 * that starts with a given name ("Grace Period" / "Grace periods run …") goes on with a noun instead.
 */
const BIO_VERB_RE = /^\s+(?:is|was|has|had|writes|wrote|covers|covered|lives|lived|works|worked|joined|holds|leads|teaches|loves|grew|began|started|spent|studied|specializes|specialises|founded|runs|enjoys|helps)\b/u;

/** Whether the bio opens with the name: whole ("Jane Roe writes"), or its given name then a bio's verb ("Jane is"). */
function opensWithName(bio: string, name: string, given: string): boolean {
	const start = bio.slice(0, BIO_START_CHARS);
	if (start.startsWith(`${name} `) || start.startsWith(`${name},`) || start.startsWith(`${name}'`) || start.startsWith(`${name}’`)) return true;
	return start.startsWith(given) && BIO_VERB_RE.test(start.slice(given.length));
}

export function bioHeadingNameCandidates(s: MetadataScan): Candidate<string[]>[] {
	const a = s.anchor();
	if (a === undefined) return [];
	const found: Candidate<string[]>[] = [];
	for (let ni = 0; ni < s.nodes.length; ni++) {
		if (s.kindAt(ni) !== 'heading') continue;
		const n = s.nodes[ni];
		if (n.block?.kind !== 'heading' || n.block.level < 2 || n.block.level > 5 || n.start <= a || n.hidden) continue;
		if (s.textLongerThan(n, MAX_HEADING_CHARS)) continue;
		const text = s.textOf(n).trim();
		const words = text.split(/\s+/);
		if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS || !capitalisedWords(words) || !GIVEN_NAMES.has(words[0].toLowerCase()) || !looksLikeName(text)) continue;
		const names = splitNames(text);
		if (names.length !== 1 || names[0] !== text) continue;
		const bio = bioAfter(s, ni, n);
		if (!bio || !opensWithName(s.textOf(bio), text, words[0])) continue;
		found.push({ value: names, source: n.range, rule: 'text:bio-heading:far', score: WEIGHT.classOwn + s.positionScore(n, true), node: n });
		if (found.length > MAX_PAIRS) return [];
	}
	return found;
}
