// Post chrome inside a line: a poster's name printed again in brackets after the linked username ("raoul (raoul)").
import type { Block, Inline } from '../../model/dumpDocument';
import { mapLineContent } from '../../model/walk';
import type { RemovedRegion } from '../article';
import { collapse, inlineText } from '../inlineText';

/**
 * Discourse (and forums like it) write each poster's username as a link followed by the display name in brackets.
 * When the two are the same, annotators keep the name once ("raoul", not "raoul (raoul)"); when they differ
 * ("amondale (Amondale)", "rimelek (Ákos Takács)") the truths keep both, so only an exact repeat goes.
 * Tuning forum pages: 0503 0.2657 -> 0.2660, 0508 0.9918 -> 0.9928 (one word per post), none down.
 */
const MAX_NAME_CHARS = 40;

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The inlines with a bracketed exact repeat of the preceding link's text cut out, or undefined when there is none. */
function withoutRepeat(content: readonly Inline[], removed: RemovedRegion[]): Inline[] | undefined {
	let out: Inline[] | undefined;
	content.forEach((n, i) => {
		let next: Inline = n;
		const prev = content[i - 1];
		if (n.kind === 'text' && prev?.kind === 'link') {
			const name = collapse(inlineText(prev.children));
			if (name !== '' && name.length <= MAX_NAME_CHARS) {
				const m = new RegExp(`^(\\s*)\\(${escapeRe(name)}\\)`).exec(n.value);
				if (m) {
					// A plain object: parsed inlines may keep their fields on a prototype, which a spread would lose.
					next = { kind: 'text', value: m[1] + n.value.slice(m[0].length), range: n.range, softBreakAfter: n.softBreakAfter };
					removed.push({ range: n.range, step: 'post-chrome', signal: `(${name})` });
				}
			}
		} else if (n.kind === 'span' || n.kind === 'emphasis') {
			const children = withoutRepeat(n.children, removed);
			if (children) next = n.kind === 'span' ? { kind: 'span', attrs: n.attrs, children, range: n.range } : { kind: 'emphasis', style: n.style, children, range: n.range };
		}
		if (next !== n) out ??= content.slice(0, i);
		out?.push(next);
	});
	return out;
}

/** Drops a display name that repeats the linked username right before it, in the lines of a thread's posts. */
export function dropRepeatedPosterNames(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return mapLineContent(blocks, (content) => withoutRepeat(content, removed));
}
