// Post chrome written as headings: a thread's member titles and ranks ("##### Senior Member {.userTitle}") are not its messages.
import type { Block } from '../../model/dumpDocument';
import type { RemovedRegion } from '../article';
import { attrWords, collapsedText } from '../inlineText';
import { withChildren } from '../../model/divNodes';
import { withItemChildren } from '../../model/listItemNode';

/**
 * Class words of a heading inside a post that is the poster's title or rank, not a message's heading. Forum software
 * (XenForo, vBulletin) writes the member title as a small heading under the author's name; containers with these
 * names are already post chrome (kinds/forum.ts), headings are not containers. And whatever its classes, a heading
 * whose microdata names it the poster's `jobTitle` (schema.org `Person`): XenForo 2 writes the member title so
 * (`##### Full Member {itemprop="jobTitle"}`), which a theme's or an unseen site's class words do not change. Measured
 * on the tuning part of wcxb-dev with every class and id word made opaque (`EVAL_DECLASS=all`, the proxy for unseen
 * sites): forum half A 0.8122 -> 0.8126, half B 0.8813 -> 0.8827, 7 XenForo threads of 7 sites up (0.838 -> 0.863 the
 * most), none down; as it is: no page moved (the XenForo profile names the title by class).
 */
export const CHROME_HEADING_RE = /user-?title|member-?title|usertitle|rank|badge|role-?title|\bjobtitle\b/i;

/**
 * Drops the headings of a thread's posts whose own class names post chrome (`CHROME_HEADING_RE`, the thread's chrome
 * pattern and its platform's), in lists, quotes and containers too. A heading without classes always stays: the
 * author's name is a heading as well.
 */
export function dropChromeHeadings(blocks: readonly Block[], chrome: readonly RegExp[], removed: RemovedRegion[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (b.kind === 'heading') {
			const words = attrWords(b.attrs);
			if (words && (CHROME_HEADING_RE.test(words) || chrome.some((re) => re.test(words)))) {
				removed.push({ range: b.range, step: 'post-chrome', signal: `${words}: ${collapsedText(b)}` });
				continue;
			}
			out.push(b);
			continue;
		}
		if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') {
			const children = dropChromeHeadings(b.children, chrome, removed);
			out.push(children.length === b.children.length && children.every((c, i) => c === b.children[i]) ? b : withChildren(b, children));
			continue;
		}
		if (b.kind === 'list') {
			const items = b.items.map((it) => {
				const children = dropChromeHeadings(it.children, chrome, removed);
				return children.length === it.children.length && children.every((c, i) => c === it.children[i]) ? it : withItemChildren(it, children);
			});
			out.push(items.every((it, i) => it === b.items[i]) ? b : { ...b, items });
			continue;
		}
		out.push(b);
	}
	return out;
}
