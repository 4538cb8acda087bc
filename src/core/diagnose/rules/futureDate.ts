// PD204: a published or modified date after "now" (in every time zone) was misread, or the clock is wrong.
import { isFuture, parseLooseDate } from '../dates';
import type { Rule } from '../rule';

export const futureDate: Rule = {
	code: 'PD204',
	name: 'future-date',
	category: 'metadata',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'The published or modified date is in the future.',
	fixable: false,
	check(ctx, report) {
		const { published, modified } = ctx.article.metadata;
		for (const [label, field] of [['Published', published], ['Modified', modified]] as const) {
			const d = parseLooseDate(field?.value);
			if (!d || !isFuture(d, ctx.options.now)) continue;
			report({ message: `${label} date ${d.iso} is in the future.`, range: field?.source ?? ctx.metadataAnchor });
		}
	},
};
