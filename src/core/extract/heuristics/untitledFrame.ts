// Untitled frames: a page whose visible text is a short header and footer with no title of its own is a frame around content hidden until a script runs.
import type { Block } from '../../model/dumpDocument';
import type { Attempt } from '../blockIndex';
import { collapse, inlineText } from '../inlineText';

/**
 * The visible page less its named chrome (kinds/wholePage.ts) can be this long and still be only a frame: a site's
 * header menus, its footer's columns and legal lines, on a site whose class words name none of them (a hidden
 * "defer" wrapper around a shop's whole product, an app's page drawn after load). With class words made opaque
 * (EVAL_DECLASS=all, the proxy for unseen sites), seven tuning pages of six sites show a visible page of 599 to
 * 2,198 characters beside hidden text 6 to 47 times longer; their visible reads scored 0.00 to 0.23 but one.
 * The pages with such a visible page as they are (class words known) show none: their frames are named and pruned.
 * Measured (session 39, tuning part, word F1): declassed all 0.85997 → 0.86357 (half A 0.85712 → 0.85994, half B
 * 0.86252 → 0.86683), product 0.59263 → 0.60787 (B 0.61181 → 0.62258), collection B 0.71193 → 0.74323, service A
 * 0.80031 → 0.81317; five sites up (+0.07 to +0.93), none down. As is, no page changes.
 */
export const FRAME_MAX_CHARS = 3000;

/** Whether a block list holds a level-1 heading with text, at any depth of its containers. */
function hasTitle(blocks: readonly Block[]): boolean {
	const stack: Block[] = [...blocks];
	while (stack.length > 0) {
		const b = stack.pop()!;
		if (b.kind === 'heading') {
			if (b.level === 1 && collapse(inlineText(b.content)) !== '') return true;
		} else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			// One push per child: a spread of a container's children overflows the call stack past about 100,000 of them.
			for (let i = 0; i < b.children.length; i++) stack.push(b.children[i]);
		}
	}
	return false;
}

/**
 * Whether the visible page (`whole`: the page less its chrome and hidden parts) is a frame without a title: under
 * `FRAME_MAX_CHARS` and no level-1 heading. A page whose title is visible shows its content, however much more it
 * hides (a listing whose hidden copies of its sidebar outweigh its visible list of launches, 0.88 → 0.15 read hidden).
 */
export function isUntitledFrame(whole: Attempt): boolean {
	return whole.chars < FRAME_MAX_CHARS && !hasTitle(whole.blocks);
}
