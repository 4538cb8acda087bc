// A poster's member title written as a heading its microdata names the poster's `jobTitle`: post chrome, whatever its classes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropChromeHeadings } from '../../src/core/extract/heuristics/postChromeHeadings';
import { collapsedText } from '../../src/core/extract/inlineText';

/** A post's card as XenForo 2 writes it, under class words no rule knows: the name, then the member title. */
const POST = [
	'::: {.k4e itemprop="author" itemscope="" itemtype="https://schema.org/Person"}',
	'#### [[plankwise]{itemprop="name"}](/members/plankwise.7/){.r2d} {#i9 .c5x}',
	'',
	'##### Well-Known Member {#i8 .c6y itemprop="jobTitle"}',
	':::',
	'',
	'## Sanding sealer before the first coat {#i7 .c6y}',
	'',
	'Sand the sealer back with 320 grit before the first coat of varnish.',
	'',
].join('\n');

suite('Member titles named jobTitle', () => {
	test("the title heading goes, the poster's name and the message's own heading stay", () => {
		const doc = parseDump(POST);
		const removed: RemovedRegion[] = [];
		const kept = dropChromeHeadings(doc.blocks, [], removed);
		const text = kept.map((b) => collapsedText(b)).join('\n');
		assert.ok(!text.includes('Well-Known Member'), text);
		assert.ok(text.includes('plankwise') && text.includes('Sanding sealer before the first coat') && text.includes('320 grit'), text);
		assert.strictEqual(removed.length, 1);
	});
});
