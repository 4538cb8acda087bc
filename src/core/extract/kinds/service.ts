// Service and landing pages: every section of the page outside its navigation, header and footer.
import { articleOrWholePage } from './coverage';
import type { KindStrategy } from './pageKind';

export const service: KindStrategy = {
	kind: 'service',
	reason:
		'A service or landing page is many short sections (offers, features, steps, contact): no one container holds it, so the whole page less its chrome is kept, unless one container holds most of it (coverage.ts).',
	extract: articleOrWholePage,
};
