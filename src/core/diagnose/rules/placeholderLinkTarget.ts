// PD103: `#` alone is a placeholder for a script-driven control; as a link in a saved page it goes nowhere.
import type { Rule } from '../rule';

export const placeholderLinkTarget: Rule = {
	code: 'PD103',
	name: 'placeholder-link-target',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A link targets the placeholder "#".',
	fixable: false,
	check(ctx, report) {
		for (const { node } of ctx.links) {
			if (node.kind !== 'link' || node.form === 'reference' || node.href.trim() !== '#') continue;
			report({ message: 'Link target "#" is a placeholder: it goes nowhere.', range: node.hrefRange });
		}
	},
};
