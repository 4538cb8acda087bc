// Sign-up end: on a product page, a newsletter's sign-up prompt after the product's description opens the site's footer; the read ends there.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { descriptionAt } from './pricedSections';

/** The step under which heuristics/signupLines.ts records the sign-up lines it drops. */
const SIGNUP_STEP = 'signup-line';

/**
 * A prompt about the product itself, not the shop's mailing list: "Email me when back in stock", "Get notified by
 * email when this product is in stock". It sits in the buy box, and the product's text goes on after it.
 */
const STOCK_PROMPT_RE = /\b(?:notif(?:y|ied)|(?:e-?mail|text) me when|(?:back )?in stock|restock)/i;

/** The blocks before the first newsletter sign-up prompt after the product's description; `blocks` itself when none. */
export function endAtSignupPrompt(blocks: readonly Block[], removed: RemovedRegion[]): readonly Block[] {
	const at = descriptionAt(blocks);
	if (at < 0) return blocks;
	const from = blocks[at].range.end;
	let prompt = Infinity;
	for (const r of removed) if (r.step === SIGNUP_STEP && r.range.start >= from && r.range.start < prompt && !STOCK_PROMPT_RE.test(r.signal)) prompt = r.range.start;
	if (prompt === Infinity) return blocks;
	let cut = at + 1;
	while (cut < blocks.length && blocks[cut].range.start < prompt) cut++;
	if (cut >= blocks.length) return blocks;
	removed.push({ range: { start: blocks[cut].range.start, end: blocks[blocks.length - 1].range.end }, step: 'signup-end', signal: 'after a sign-up prompt' });
	return blocks.slice(0, cut);
}
