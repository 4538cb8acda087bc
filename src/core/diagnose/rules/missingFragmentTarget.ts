// PD104: an in-page `#fragment` link whose id no element of the dump declares.
import type { Rule } from '../rule';
import { shorten } from '../rule';

/** `#top` scrolls to the top of any page (HTML spec), and `#!` starts a script route, not an element id. */
function isSpecialFragment(fragment: string): boolean {
	return fragment.toLowerCase() === 'top' || fragment.startsWith('!') || fragment.startsWith('/');
}

function decode(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}

export const missingFragmentTarget: Rule = {
	code: 'PD104',
	name: 'missing-fragment-target',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A #fragment link names an id that no element in the dump has (ids from fenced divs, headings, spans, links and raw HTML).',
	fixable: false,
	check(ctx, report) {
		for (const { node } of ctx.links) {
			if (node.kind !== 'link') continue;
			const href = node.href.trim();
			if (!href.startsWith('#') || href.length < 2) continue;
			const fragment = href.slice(1);
			if (isSpecialFragment(fragment)) continue;
			if (ctx.ids.has(fragment) || ctx.ids.has(decode(fragment))) continue;
			report({ message: `No element in the dump has the id "${shorten(decode(fragment), 60)}".`, range: node.hrefRange });
		}
	},
};
