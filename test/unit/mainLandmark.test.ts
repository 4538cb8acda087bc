// The main landmark as a region check: kept blocks outside the page's `role="main"` or `#content` go, unless they are prose.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex, isContainer } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { keepInsideMainLandmark, landmarkName } from '../../src/core/extract/regions/mainLandmark';
import type { Block } from '../../src/core/model/dumpDocument';
import { joinLines } from '../util/joinLines';

/** The content blocks under `blocks`, containers flattened away, as an extraction keeps them. */
function leaves(blocks: readonly Block[]): Block[] {
	return blocks.flatMap((b) => (isContainer(b) ? leaves(b.children) : [b]));
}

function texts(blocks: readonly Block[]): string[] {
	return blocks.map((b) => collapse(blockText(b)));
}

const INTRO = 'We repair and service gas boilers across the county, with a written quote before any work starts.';
const STEPS = 'Book a visit online, and an engineer calls within the hour to agree a time that suits you.';
const PRICES = 'A repair visit costs a fixed fee, and parts are priced at what the maker charges us, never more.';
const AFTER = 'Every repair carries a twelve-month guarantee on parts and labour, whoever made the boiler.';

function page(main: string, after: string[]): string {
	return joinLines(
		'::: {.site-header}',
		'- [Home](/)',
		'- [Boilers](/boilers)',
		':::',
		'',
		`::: {${main}}`,
		'## Boiler repair',
		'',
		INTRO,
		'',
		STEPS,
		'',
		PRICES,
		':::',
		'',
		...after,
		'',
	);
}

suite('main landmark', () => {
	test('a menu and a footer line kept outside role=main go; the landmark keeps its blocks', () => {
		const doc = parseDump(page('role="main"', ['[Privacy](/privacy) · [Terms](/terms)']));
		const removed: RemovedRegion[] = [];
		const kept = keepInsideMainLandmark(new BlockIndex(doc), leaves(doc.blocks), removed);
		assert.deepEqual(texts(kept), ['Boiler repair', INTRO, STEPS, PRICES]);
		assert.deepEqual(
			removed.map((r) => [r.step, r.signal]),
			[
				['outside-main-landmark', 'role=main'],
				['outside-main-landmark', 'role=main'],
			],
		);
	});

	test('a prose paragraph printed after the landmark stays', () => {
		const doc = parseDump(page('#content', [AFTER, '', '[Privacy](/privacy)']));
		const kept = keepInsideMainLandmark(new BlockIndex(doc), leaves(doc.blocks), []);
		assert.deepEqual(texts(kept), ['Boiler repair', INTRO, STEPS, PRICES, AFTER]);
	});

	test('a landmark holding under 60% of what was kept is one section: nothing goes', () => {
		const long = Array.from({ length: 8 }, (_, i) => `- [Service area ${i}](/area/${i}) covering the villages around town ${i}`);
		const doc = parseDump(page('.main', long));
		const blocks = leaves(doc.blocks);
		const kept = keepInsideMainLandmark(new BlockIndex(doc), blocks, []);
		assert.equal(kept, blocks);
	});

	test('no landmark, or everything inside it: the very same blocks come back', () => {
		for (const main of ['.boiler-page', 'role="main"']) {
			const doc = parseDump(page(main, []));
			const inner = leaves(doc.blocks).slice(2);
			assert.equal(keepInsideMainLandmark(new BlockIndex(doc), inner, []), inner);
		}
	});

	test('a class its siblings share names tab panels or cards: the shown panel is no landmark', () => {
		const doc = parseDump(joinLines('::: panels', '::: {.content .active}', INTRO, '', STEPS, '', PRICES, ':::', '', '::: content', '- Three heat settings', ':::', ':::', ''));
		const blocks = leaves(doc.blocks);
		assert.equal(keepInsideMainLandmark(new BlockIndex(doc), blocks, []), blocks);
	});

	test('names: role=main, a bare main-content id or class; not a menu or sidebar named after content', () => {
		const names = (attrs: string): string | undefined => {
			const c = parseDump(joinLines(`::: {${attrs}}`, 'x', ':::', '')).blocks[0];
			return isContainer(c) ? landmarkName(c) : 'not a container';
		};
		assert.equal(names('role="main"'), 'role=main');
		assert.equal(names('#main-content'), '#main-content');
		assert.equal(names('.wrap .site-content'), '.site-content');
		assert.equal(names('#main-nav'), undefined);
		assert.equal(names('.content-sidebar'), undefined);
	});
});
