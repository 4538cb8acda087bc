// Articles: the article pipeline's container, unless it holds little of the page (then the page's sections).
import { withoutCardCopies } from './cardCopies';
import { articleOrWholePage } from './coverage';
import { dropLayoutTwins } from './layoutTwins';
import type { KindStrategy } from './pageKind';
import { withSiblingProse } from './siblingProse';
import { withTeaserTitles } from './teaserTitles';

export const article: KindStrategy = {
	kind: 'article',
	reason:
		'An article is one container of prose: the article pipeline (profile, scoring, cleaning) finds it; a page it covers little of is spread out.',
	extract: (page) => {
		const a = articleOrWholePage(page);
		// The kept container gets back the sibling blocks that read as its prose (siblingProse.ts: tuning 0.90258 -> 0.90298,
		// half B 0.90432 -> 0.90492); a feed read as an article keeps its items' linked titles (teaserTitles.ts).
		const b = a === page.article ? withTeaserTitles(page.index, withSiblingProse(page.index, a, page.whole)) : a;
		// ...and reads each card's teaser once (cardCopies.ts).
		const c = withoutCardCopies(page.index, b);
		// ...and a card's twin for another screen once (layoutTwins.ts).
		const removed = [...c.removed];
		const blocks = dropLayoutTwins(c.blocks, removed);
		return removed.length === c.removed.length ? c : { ...c, blocks, removed };
	},
};
