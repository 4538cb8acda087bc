// Collections (category grids): the category's text and its cards.
import { articleOrWholePage } from './coverage';
import type { KindStrategy } from './pageKind';

export const collection: KindStrategy = {
	kind: 'collection',
	reason:
		'A collection (category grid) is its cards and the category text; the article pipeline finds one card or the category blurb.',
	extract: articleOrWholePage,
};
