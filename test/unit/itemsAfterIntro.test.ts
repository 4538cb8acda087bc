// A category archive read from its description box gets back the grid of linked titles in the box after it (kinds/itemsAfterIntro.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, type Container, isContainer } from '../../src/core/extract/blockIndex';
import { withItemsAfterIntro } from '../../src/core/extract/kinds/itemsAfterIntro';
import type { KindContext } from '../../src/core/extract/kinds/pageKind';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { textLines } from '../util/gridContext';

const POSTS = ['Mending a torn jacket lining', 'Ten uses for old jam jars', 'Composting on a small balcony', 'A week without cling film', 'Choosing a refillable pen', 'Repairing a wobbly chair', 'Soap nuts, a year later', 'Swapping clothes with neighbours'];
const INTRO = [
	'::: {.category-description}',
	'Welcome to the beginners\' corner of this blog. Here you will find the posts I wish I had read when I started cutting down on waste at home, written for people with little time and no special tools.',
	'',
	'Start with the first one and work your way down; every post links to the next, and each ends with one small change to try this week.',
	':::',
].join('\n');

function grid(withSummaries: boolean): string {
	const cards = POSTS.map((t, i) => `::: excerpt-thumb\n![${t}](/img/${i}.jpg)\n:::\n\n::: excerpt-header\n## [${t}](/blog/${i})\n:::${withSummaries ? `\n\n${'A longer summary of this post, telling the reader what it covers and why it matters to a household. '.repeat(3)}` : ''}`);
	return `::: posts-grid\n${cards.join('\n\n')}\n:::`;
}

function context(dump: string): { ctx: KindContext; attempt: Attempt } {
	const index = new BlockIndex(parseDump(dump));
	const wrap = index.doc.blocks.find((b): b is Container => isContainer(b) && b.attrs.classes.includes('content'));
	assert.ok(wrap);
	const intro = wrap.children.find((b): b is Container => isContainer(b) && b.attrs.classes.includes('category-description'));
	assert.ok(intro);
	const attempt: Attempt = { region: intro, regionScore: 1, blocks: [...intro.children], removed: [], chars: index.statsOf(intro).chars };
	return { ctx: { index, signals: pageSignals(index), article: attempt, whole: wholePage(index) }, attempt };
}

suite('Items after a listing\'s introduction', () => {
	test('the grid of linked titles after the description box is read after it', () => {
		const { ctx, attempt } = context(`::: content\n# Zero waste for beginners\n\n${INTRO}\n\n${grid(false)}\n:::\n`);
		const lines = textLines(withItemsAfterIntro(ctx, attempt).blocks);
		assert.ok(lines.some((l) => l.startsWith('Welcome to the beginners')), lines.join('|'));
		for (const t of POSTS) assert.ok(lines.includes(t), `lost ${t}`);
	});

	test('a box of long teasers after the container is not taken: its titles are not most of it', () => {
		const { ctx, attempt } = context(`::: content\n# Zero waste for beginners\n\n${INTRO}\n\n${grid(true)}\n:::\n`);
		assert.strictEqual(withItemsAfterIntro(ctx, attempt), attempt);
	});

	test('a few linked titles after the container are not a grid', () => {
		const few = `::: posts-grid\n${POSTS.slice(0, 3).map((t, i) => `## [${t}](/blog/${i})`).join('\n\n')}\n:::`;
		const { ctx, attempt } = context(`::: content\n# Zero waste for beginners\n\n${INTRO}\n\n${few}\n:::\n`);
		assert.strictEqual(withItemsAfterIntro(ctx, attempt), attempt);
	});
});
