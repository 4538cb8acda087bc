// Articles: the article pipeline's container, unless it holds little of the page (then the page's sections).
import { withoutCardCopies } from './cardCopies';
import { articleOrWholePage } from './coverage';
import type { KindStrategy } from './pageKind';
import { withTeaserTitles } from './teaserTitles';

export const article: KindStrategy = {
	kind: 'article',
	reason:
		'An article is one container of prose: the article pipeline (profile, scoring, cleaning) finds it; a page it covers little of is spread out.',
	extract: (page) => {
		const a = articleOrWholePage(page);
		// A feed read as an article keeps its items' linked titles (teaserTitles.ts).
		const b = a === page.article ? withTeaserTitles(page.index, a) : a;
		// ...and reads each card's teaser once (cardCopies.ts).
		return withoutCardCopies(page.index, b);
	},
};
