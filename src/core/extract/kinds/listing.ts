// Listings: every item of the page (titles and summaries) outside its navigation, header and footer.
import type { KindStrategy } from './pageKind';

export const listing: KindStrategy = {
	kind: 'listing',
	reason:
		'A listing (blog index, search results, news feed) is its items: each teaser is short and linked, which the article pipeline scores as chrome.',
	extract: ({ whole }) => whole,
};
