// Trailing links: the run of link lists, teaser links and their label ("Related articles", "Recent posts:") that ends an article is not its text.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { type BlockIndex, linkDensity } from '../blockIndex';
import { collapsedText } from '../inlineText';

/** A block with at least this share of its text in links is a link block (a teaser, a list of further reading). */
export const LINK_BLOCK_DENSITY = 0.5;
/** At least this many links (link paragraphs or list items) make a run: one link at the end may be the article's last word. */
export const MIN_RUN_LINKS = 2;
/** The run and its label are at most this share of the article's text: a page of links is a page of links. */
export const MAX_RUN_SHARE = 0.5;
/** The label of the run names the site's other pages, and is at most this long. */
export const LABEL_MAX_CHARS = 80;
/**
 * Labels of further reading. A run without one, or with another ("Additional resources", "Sources:", "My other
 * recipes"), is the author's own list of links, which the annotators keep: with any heading or colon line as the
 * label, 9 tuning articles lost up to 0.03 F1 for 13 that gained. Not "See also" or "Further reading": an
 * encyclopaedia's sections, which the readability corpus keeps (its wikipedia pages lost up to 7000 words).
 */
export const LABEL_RE =
	/^(?:related|recent|latest|popular|recommended|trending|more (?:from|stories|articles|posts|news|on|in|to read|like this)|other (?:posts|articles|stories|news)|you (?:may|might) also|read (?:next|more|also)|also read|what to read|if you (?:liked|enjoyed)|good articles|keep reading|don.t miss|similar (?:posts|articles|stories))/i;

/** The section after the label holds at least this share of its text in links: teasers, not a closing chapter. */
export const SECTION_MIN_LINK_DENSITY = 0.3;

/**
 * Drops the section of further reading that ends the article: the last label of further reading (a short heading or
 * line) after which the text is mostly links, to the end. Measured on the 567 article pages of the wcxb-dev tuning
 * part: see the note of the change that added it.
 */
export function dropTrailingLinks(index: BlockIndex, blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	let total = 0;
	for (const b of blocks) total += index.charsOf(b);
	let chars = 0;
	let linkChars = 0;
	let links = 0;
	for (let i = blocks.length - 1; i > 0; i--) {
		const b = blocks[i];
		const s = index.statsOf(b);
		if (chars + s.chars > total * MAX_RUN_SHARE) return blocks;
		if (links >= MIN_RUN_LINKS && chars > 0 && linkChars / chars >= SECTION_MIN_LINK_DENSITY && (b.kind === 'heading' || b.kind === 'paragraph') && linkDensity(s) < LINK_BLOCK_DENSITY) {
			// A label is words, not a link: "Read more: [another story]" is itself a teaser.
			const text = collapsedText(b);
			if (text.length <= LABEL_MAX_CHARS && LABEL_RE.test(text)) {
				removed.push({ range: { start: b.range.start, end: blocks[blocks.length - 1].range.end }, step: 'trailing-links', signal: text });
				return blocks.slice(0, i);
			}
		}
		chars += s.chars;
		linkChars += s.linkChars;
		if (linkDensity(s) >= LINK_BLOCK_DENSITY) links += b.kind === 'list' ? Math.max(1, s.listItems) : 1;
	}
	return blocks;
}
