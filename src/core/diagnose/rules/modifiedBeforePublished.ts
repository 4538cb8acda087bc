// PD203: a last-modified date before the publication date means one of the two was misread.
import { compareLoose, parseLooseDate } from '../dates';
import type { Rule } from '../rule';

export const modifiedBeforePublished: Rule = {
	code: 'PD203',
	name: 'modified-before-published',
	category: 'metadata',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'The modified date is earlier than the published date.',
	fixable: false,
	check(ctx, report) {
		const { published, modified } = ctx.article.metadata;
		const p = parseLooseDate(published?.value);
		const m = parseLooseDate(modified?.value);
		if (!p || !m || compareLoose(m, p) >= 0) return;
		report({
			message: `Modified date ${m.iso} is before the published date ${p.iso}.`,
			range: modified?.source ?? ctx.metadataAnchor,
			related: published?.source ? [{ message: `Published ${p.iso}`, range: published.source }] : undefined,
		});
	},
};
