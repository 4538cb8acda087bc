// Service and landing pages: every section of the page outside its navigation, header and footer.
import { ROOT } from '../blockIndex';
import { dropCtaSections } from '../heuristics/ctaSections';
import { endAtCopyright } from '../heuristics/pageFooter';
import { articleOrWholePage } from './coverage';
import type { KindStrategy } from './pageKind';

export const service: KindStrategy = {
	kind: 'service',
	reason:
		'A service or landing page is many short sections (offers, features, steps, contact): no one container holds it, so the whole page less its chrome is kept, unless one container holds most of it (coverage.ts); the whole page ends at its footer\'s copyright line (heuristics/pageFooter.ts) and loses its call-to-action bands (heuristics/ctaSections.ts).',
	extract: (page) => {
		const kept = articleOrWholePage(page);
		if (kept.region !== ROOT) return kept;
		const removed = [...kept.removed];
		const blocks = dropCtaSections(endAtCopyright(kept.blocks, removed), removed);
		return blocks.length === kept.blocks.length ? kept : { ...kept, blocks, removed };
	},
};
