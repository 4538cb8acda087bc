// Listings: every item of the page (titles and summaries) outside its navigation, header and footer.
import { articleOrWholePage } from './coverage';
import type { KindStrategy } from './pageKind';

export const listing: KindStrategy = {
	kind: 'listing',
	reason:
		'A listing (blog index, search results, news feed) is its items: each teaser is short and linked, which the article pipeline scores as chrome; kept whole unless one container holds most of it (coverage.ts).',
	extract: articleOrWholePage,
};
