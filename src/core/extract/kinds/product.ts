// Product pages: the product's name, description and details.
import { articleOrWholePage } from './coverage';
import type { KindStrategy } from './pageKind';

export const product: KindStrategy = {
	kind: 'product',
	reason:
		'A product page is its name, description and details, often in tabs and short sections the article pipeline does not join.',
	extract: articleOrWholePage,
};
