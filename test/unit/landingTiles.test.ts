// Landing tiles (kinds/landingTiles.ts): a service page kept as one container gets back the short tiles its conditional cleaning dropped.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { collapsedText } from '../../src/core/extract/inlineText';
import { withLandingTiles } from '../../src/core/extract/kinds/landingTiles';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import type { Block } from '../../src/core/model/dumpDocument';

/** A landing page's main container: an intro, a row of figures (three short tiles), an offer, and a short link tile. */
const PAGE = [
	'::: site-main',
	'# Resume writing by career coaches',
	'',
	'Our writers have worked as recruiters in your field, and they rewrite your resume so that screening software and hiring managers both read it to the end.',
	'',
	'::: stat',
	'## 3x',
	'',
	'more interviews',
	':::',
	'',
	'::: stat',
	'## 42%',
	'',
	'higher salary offers',
	':::',
	'',
	'::: partner',
	'[Partner offers](https://example.com/partners)',
	':::',
	'',
	'## What you get',
	'',
	'A rewritten resume, a cover letter for each application and a profile that recruiters find, all delivered within a week and revised until you are happy.',
	':::',
	'',
].join('\n');

/** The page, its whole-page read, and the attempt the article pipeline reports for its container with the tiles cleaned away. */
function fixture(): { kept: Attempt; whole: Attempt; tiles: Block[] } {
	const index = new BlockIndex(parseDump(PAGE));
	const main = index.doc.blocks[0];
	assert.ok(main.kind === 'div');
	const tiles = main.children.filter((b) => b.kind === 'div');
	const [stat1, stat2, partner] = tiles;
	const kept: Attempt = {
		region: main,
		regionScore: 1,
		blocks: main.children.filter((b) => b.kind !== 'div'),
		removed: [
			{ range: stat1.range, step: 'conditional', signal: 'short 9 (stat)' },
			{ range: stat2.range, step: 'conditional', signal: 'short 23 (stat)' },
			{ range: partner.range, step: 'conditional', signal: 'link density 1.00 (partner)' },
		],
		chars: 300,
	};
	return { kept, whole: wholePage(index), tiles };
}

const texts = (a: Attempt): string[] => a.blocks.map((b) => collapsedText(b));

suite('Landing tiles', () => {
	test('the short tiles the cleaning dropped come back in page order, with their characters', () => {
		const { kept, whole } = fixture();
		const out = withLandingTiles(kept, whole);
		const t = texts(out);
		assert.deepStrictEqual(t.slice(0, 6), ['Resume writing by career coaches', t[1], '3x', 'more interviews', '42%', 'higher salary offers']);
		assert.ok(out.chars > kept.chars);
		assert.strictEqual(out.removed.length, 1, 'only the link tile stays removed');
	});

	test('a tile dropped for its links stays dropped', () => {
		const { kept, whole } = fixture();
		assert.ok(!texts(withLandingTiles(kept, whole)).includes('Partner offers'));
	});

	test('a page read whole, or a container with nothing dropped as short, is returned as it is', () => {
		const { kept, whole } = fixture();
		assert.strictEqual(withLandingTiles(whole, whole), whole);
		const none = { ...kept, removed: kept.removed.slice(2) };
		assert.strictEqual(withLandingTiles(none, whole), none);
		assert.strictEqual(whole.region, ROOT);
	});

	test('a feature tile whose heading links to its page, dropped for its links, comes back; a link row does not', () => {
		const page = [
			'::: site-main',
			'# Pet cover that pays the vet',
			'',
			'Our plans pay back most of every vet bill, for accidents and illnesses alike, from the first day of cover for most conditions.',
			'',
			'::: feature',
			'### [Dental illness](/cover/dental)',
			'',
			'Gum disease and broken teeth are covered, not only the accidents that cause them.',
			':::',
			'',
			'::: links',
			'### [All plans](/plans)',
			'',
			'[Compare](/compare)',
			':::',
			':::',
			'',
		].join('\n');
		const index = new BlockIndex(parseDump(page));
		const main = index.doc.blocks[0];
		assert.ok(main.kind === 'div');
		const [feature, links] = main.children.filter((b) => b.kind === 'div');
		const kept: Attempt = {
			region: main,
			regionScore: 1,
			blocks: main.children.filter((b) => b.kind !== 'div'),
			removed: [
				{ range: feature.range, step: 'conditional', signal: 'link density 0.24 (feature)' },
				{ range: links.range, step: 'conditional', signal: 'link density 0.45 (links)' },
			],
			chars: 150,
		};
		const t = texts(withLandingTiles(kept, wholePage(index)));
		assert.ok(t.includes('Dental illness') && t.some((x) => x.startsWith('Gum disease')), t.join(' | '));
		assert.ok(!t.includes('All plans'), t.join(' | '));
	});
});
