// Listing footer (kinds/listingFooter.ts): a listing's read ends at a copyright line in its last third, where a page's read waits for its last quarter.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { endAtCopyright, FOOTER_TAIL_SHARE } from '../../src/core/extract/heuristics/pageFooter';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { LISTING_FOOTER_TAIL_SHARE } from '../../src/core/extract/kinds/listingFooter';

/** Five short teasers (a title and a byline each), the copyright line, then the footer's link columns. */
const TEASERS = Array.from({ length: 5 }, (_, i) => [`## [Why the night ferry runs late, part ${i + 1}](/story/${i + 1})`, `By Harbour Desk · Mar 0${i + 1}, 2026 · 4 min read`]).flat();
const FOOTER = ['© 2026 Harbour Weekly. All rights reserved.', '- [Careers](/careers)\n- [Contact](/contact)\n- [Cookies](/cookies)\n- [Archive](/archive)', '- [Editors\' picks](/picks)\n- [Leaderboard](/board)\n- [Write for us](/write)\n- [Guidelines](/guidelines)', '- [Newsletter](/newsletter)\n- [Advertise with us](/ads)\n- [Terms of service](/terms)\n- [Privacy policy](/privacy)'];

function kept(blocks: string[], share: number): string[] {
	return endAtCopyright(parseDump(blocks.join('\n\n')).blocks, [], share).map((b) => collapse(blockText(b)));
}

suite('Listing footer', () => {
	test('a listing of short teasers ends at the copyright line its footer columns push above the last quarter', () => {
		const page = [...TEASERS, ...FOOTER];
		const listing = kept(page, LISTING_FOOTER_TAIL_SHARE);
		assert.strictEqual(listing.length, TEASERS.length, listing.join(' | '));
		assert.ok(listing[listing.length - 1].startsWith('By Harbour Desk'), 'ends with the last teaser');
		// The page's own share keeps the footer: the line sits before the last quarter of the text.
		assert.ok(kept(page, FOOTER_TAIL_SHARE).some((t) => t.startsWith('©')), 'the page\'s share keeps the footer');
	});

	test('a copyright line in the first half of a listing does not end it', () => {
		const page = [TEASERS[0], FOOTER[0], ...TEASERS.slice(1)];
		assert.ok(kept(page, LISTING_FOOTER_TAIL_SHARE).some((t) => t.startsWith('©')), 'kept the early line and what follows');
	});
});
