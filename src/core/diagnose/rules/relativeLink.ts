// PD107: a relative target only works on the original site; without the page URL it cannot be followed at all.
import type { Rule } from '../rule';
import { shorten } from '../rule';
import { isRelativeReference } from '../urls';

/** Characters a resolved URL may hold that would end or break an inline Markdown link target. */
function markdownSafe(url: string): string {
	return url.replace(/[()<>\s]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

export const relativeLink: Rule = {
	code: 'PD107',
	name: 'relative-link',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A relative link cannot be resolved because the page URL is not known; when it is known, the link can be made absolute (reported as a hint).',
	fixable: true,
	check(ctx, report) {
		for (const { node } of ctx.links) {
			const image = node.kind === 'image';
			const href = image ? node.src : node.href;
			if (!isRelativeReference(href)) continue;
			const range = image ? node.srcRange : node.hrefRange;
			const what = image ? 'image source' : 'link';
			if (!ctx.pageUrl) {
				report({ message: `Relative ${what} "${shorten(href, 60)}" cannot be resolved: the page URL is not known.`, range });
				continue;
			}
			let absolute: string;
			try {
				absolute = new URL(href.trim(), ctx.pageUrl).href;
			} catch {
				continue; // PD105 reports targets that do not parse.
			}
			// A reference link's target lives in its definition; fixing it there would change every use.
			const fixable = !(node.kind === 'link' && node.form === 'reference');
			report({
				severity: 'hint',
				message: `Relative ${what} "${shorten(href, 60)}" works only on the original site; it resolves to ${shorten(absolute, 100)}.`,
				range,
				fix: fixable ? { title: 'Make the link absolute', edits: [{ range, newText: markdownSafe(absolute) }] } : undefined,
			});
		}
	},
};
