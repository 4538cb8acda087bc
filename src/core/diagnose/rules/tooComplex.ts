// PD304: a dump with more elements than its size allows is not parsed (the memory guard); this says so where it shows.
import type { Rule } from '../rule';

export const tooComplex: Rule = {
	code: 'PD304',
	name: 'too-complex',
	category: 'fidelity',
	defaultSeverity: 'error',
	defaultEnabled: true,
	description: 'The dump has far more blocks, links and emphasis than any real page of its size, so it is not parsed: nothing else is checked.',
	fixable: false,
	check(ctx, report) {
		for (const p of ctx.doc.problems) if (p.kind === 'too-complex') report({ message: p.message, range: { start: 0, end: 0 } });
	},
};
