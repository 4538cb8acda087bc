// PD101: a link or image whose target is empty goes nowhere (pandoc writes `[text]()` for `<a>` without href).
import type { Rule } from '../rule';

export const emptyLinkTarget: Rule = {
	code: 'PD101',
	name: 'empty-link-target',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A link or image has an empty target.',
	fixable: false,
	check(ctx, report) {
		for (const { node } of ctx.links) {
			// An undefined reference is PD106's: the target is not empty, it is missing.
			if (node.kind === 'link' && (node.unresolved || node.form === 'reference')) continue;
			const href = node.kind === 'link' ? node.href : node.src;
			if (href.trim() !== '') continue;
			report({ message: node.kind === 'link' ? 'Link has an empty target.' : 'Image has an empty source.', range: node.range });
		}
	},
};
