// PD111: an id declared twice: fragment links and scripts reach only the first element with it.
import type { Rule } from '../rule';
import { shorten } from '../rule';

export const duplicateId: Rule = {
	code: 'PD111',
	name: 'duplicate-id',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'Two elements declare the same id.',
	fixable: false,
	check(ctx, report) {
		for (const [id, all] of ctx.ids) {
			// Auto ids from headings are pandoc's to number (`intro-1`); only declared ids can clash.
			const occurrences = all.filter((o) => o.origin !== 'auto');
			if (occurrences.length < 2) continue;
			const first = occurrences[0];
			for (const o of occurrences.slice(1)) {
				if (!o.inScope) continue;
				report({
					message: `Duplicate id "${shorten(id, 60)}": it is declared ${occurrences.length} times; links reach only the first.`,
					range: o.range,
					related: [{ message: `First declaration of "${shorten(id, 60)}"`, range: first.range }],
				});
			}
		}
	},
};
