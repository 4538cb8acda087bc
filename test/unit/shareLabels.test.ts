// Share labels (heuristics/shareLabels.ts): a line that is only a sharing prompt goes; a sentence about sharing stays.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropShareLabels, isShareLabel } from '../../src/core/extract/heuristics/shareLabels';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';

const BODY = [
	'Tomatoes want six to eight hours of direct sun a day; on a shaded balcony they grow tall and thin, and set few fruit before the nights turn cold.',
	'',
	'Water them deeply twice a week rather than a little every day, so the roots reach down into the pot instead of staying near the surface.',
	'',
	'Pinch out the side shoots of cordon varieties as they appear, and tie the main stem to a cane every twenty centimetres as it climbs.',
];

suite('Share labels', () => {
	test('a post header and footer "Share" label go; the body and a sentence about sharing stay', () => {
		const dump = dumpLines(
			'::: {.entry-content}',
			'# Growing tomatoes on a balcony',
			'',
			'::: {.share-bar}',
			'Share',
			'',
			'[![](facebook.svg)](https://facebook.com/sharer) [![](x.svg)](https://x.com/share)',
			':::',
			'',
			...BODY,
			'',
			'Share your own balcony harvest with us in the comments below.',
			'',
			'::: {.post-footer}',
			'### Share this article:',
			':::',
			':::',
		);
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(!/^Share$/m.test(text), text);
		assert.ok(!text.includes('Share this article'), text);
		assert.ok(text.includes('Share your own balcony harvest'), text);
		assert.ok(text.includes('six to eight hours') && text.includes('side shoots'), text);
	});

	test('only whole sharing prompts match', () => {
		for (const line of ['Share', 'SHARE', 'Share:', 'Share it!', 'Share this', 'Share this article:', 'Share this post', 'Share on', 'Share on social media', '↗ Share', 'Sharing is caring!', 'Teilen']) {
			assert.strictEqual(isShareLabel(line), true, line);
		}
		for (const line of ['Share your story', 'Share the road', 'Shares', 'Market share', 'Share price: $12.40', 'Share this recipe with a friend who loves to bake bread', 'Shared hosting']) {
			assert.strictEqual(isShareLabel(line), false, line);
		}
	});

	test('a nested label goes and is recorded', () => {
		const blocks = parseDump(dumpLines('::: {.social}', 'Share:', ':::', '', 'A paragraph of the post.')).blocks;
		const removed: Parameters<typeof dropShareLabels>[1] = [];
		const kept = dropShareLabels(blocks, removed);
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].step, 'share-label');
		assert.strictEqual(kept.length, 1);
	});
});
