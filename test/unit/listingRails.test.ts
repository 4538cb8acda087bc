// Listing rails (kinds/listingRails.ts): a listing's read ends before a closing rail of other items under a label of further reading.
import * as assert from 'node:assert';
import { extractDumpText } from '../util/kindFixtures';
import { dumpLines } from '../util/joinLines';

const SUMMARY =
	'Our engineers rebuilt the search index in a month, and this post explains the three mistakes that slowed the first attempt and the queue design that finally let us reindex without downtime.';

/** A blog's front page: 12 linked titles over summaries, then a rail of `rail` other stories under `label`. */
function blogFront(label: string, rail = 6): string {
	const items = Array.from({ length: 12 }, (_, i) => [`## [Engineering note number ${i + 1} from the platform team](/blog/note-${i + 1})`, '', SUMMARY.replace('a month', `${i + 2} weeks`), '']);
	const others = Array.from({ length: rail }, (_, i) => [`- [Someone else's story about databases, part ${i + 1}](/other/${i + 1})`]);
	return dumpLines('::: {.content}', '# Engineering blog', '', ...items.flat(), `### ${label}`, '', ...others.flat(), '', ':::');
}

suite('Listing rails', () => {
	test('a rail of other stories under "Trending stories" at the end of a listing goes', () => {
		const { kind, text } = extractDumpText(blogFront('Trending stories'));
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Engineering note number 12 from the platform team'), 'kept the last item');
		assert.ok(!text.includes("Someone else's story"), 'dropped the rail');
	});

	test('under a label that names no further reading, the links stay', () => {
		// A label of five words or more: a short one ("Our team") over bare links is a sidebar that kinds/headedLinkLists.ts drops.
		const { kind, text } = extractDumpText(blogFront('What our team wrote this year'));
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes("Someone else's story about databases, part 1"), 'kept the links');
	});
});
