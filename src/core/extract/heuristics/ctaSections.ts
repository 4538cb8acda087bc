// Call-to-action bands: a short section under a heading like "Contact us" or "Ready to get started?" asks the reader to act; it is not content.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { collapsedText } from '../inlineText';

/**
 * Headings of the bands landing pages put between and after their sections. Studied on the tuning part of wcxb-dev's
 * service pages (headings of the kept whole page against the annotated text): "Contact us", "Call us", "Let's
 * connect", "Book a demo", "Request pricing", "Talk to an expert", "Ready to …?" are left out by the annotators on 18
 * pages and kept on 3 (two "Ready to …?" bands of 40 words; the length cap keeps them). Not "Get started with …":
 * that heading opens a how-to section as often as a band.
 */
export const CTA_HEADING_RE =
	/^(?:contact us|contact (?:one of )?our (?:experts?|team|specialists?)|call us|let'?s (?:connect|talk|chat)|get in touch|book (?:a |your )?(?:free )?(?:demo|call|consultation|strategy call)|request (?:a )?(?:demo|pricing|quote|callback|consultation)|talk to (?:an?|our) (?:experts?|specialists?)|schedule (?:a |your )?(?:demo|call|consultation)|ready to [^?]{1,60}\?|get started (?:fast|easily|today|now)|get started on\b)/i;
/** A band is short: a heading over a line or two and a button. Longer sections under such headings are content. */
export const MAX_CTA_SECTION_CHARS = 200;

/** Drops each call-to-action heading with its short section (up to the next heading), at the top level of the blocks. */
export function dropCtaSections(blocks: Block[], removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		const text = b.kind === 'heading' ? collapsedText(b) : '';
		if (text && CTA_HEADING_RE.test(text)) {
			let end = i + 1;
			let chars = 0;
			while (end < blocks.length && blocks[end].kind !== 'heading') chars += collapsedText(blocks[end++]).length;
			if (chars <= MAX_CTA_SECTION_CHARS) {
				removed.push({ range: { start: b.range.start, end: blocks[end - 1].range.end }, step: 'call-to-action-band', signal: text });
				i = end - 1;
				continue;
			}
		}
		out.push(b);
	}
	return out;
}
