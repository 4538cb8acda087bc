// An article in an unnamed frame (kinds/coverage.ts `holdsCleanedPage`): its share of the page is measured without the menus, notices above its title and footer links that no class word names.
import * as assert from 'node:assert';
import { extractFixture } from '../util/kindFixtures';

const FIXTURE = 'article-unnamed-frame.txt';

suite('Articles in an unnamed frame', () => {
	test('a service article under a drawer of notices and over footer columns is read as its article', () => {
		const { text, kind } = extractFixture(FIXTURE);
		assert.strictEqual(kind, 'article');
		for (const kept of ['Our diabetes educators help people', 'sliding fee scale', 'book a few weeks ahead']) assert.ok(text.includes(kept), `lost ${kept}`);
		for (const dropped of ['Visitor guidelines have changed', 'Board of directors', 'Care and classes for foot care']) assert.ok(!text.includes(dropped), `kept ${dropped}`);
	});
});
