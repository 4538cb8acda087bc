// Metadata: a date right beside the reported byline is its dateline, over a strip of teasers' dates near the title (`bylineNextDates.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY =
	'A bridge camera keeps one long zoom lens on a small body, and it suits walks where changing lenses in the rain is the last thing you want to do.\n\n' +
	'A mirrorless camera takes the lenses you choose, weighs less than a reflex of the same sensor size, and shows you the exposure in its finder before you press.\n';

/** Two teasers above the headline: a picture link, a bare date, the story's title and its writer. */
const TEASERS = ['December 19, 2025', 'December 17, 2025']
	.map((d, i) => `-   [](https://example.com/story-${i + 1}/){.t0}\n\n    ::: t1\n    ${d}\n\n    [A story about lenses number ${i + 1}]{.t2}\n    More words about the story.\n\n    by Pat Lowe\n    :::`)
	.join('\n');

function publishedOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).published?.value;
}

const byline = '::: a1\n[[Joshua Waller](https://example.com/author/joshua-waller/)]{.a2}\n:::';

suite('Metadata: dates beside the byline', () => {
	test("the date just after the byline's author link wins over teasers' bare dates above the title", () => {
		const dump = `::: {.r1}\n${TEASERS}\n:::\n\n# Beginner's guide to camera types\n\n${byline}\n\n::: a3\n30 January 2025 / 23:07 GMT\n:::\n\n${BODY}`;
		assert.strictEqual(publishedOf(dump), '2025-01-30');
	});

	test('a date a paragraph of text away from the byline gets nothing from it', () => {
		const dump = `::: {.r1}\n${TEASERS}\n:::\n\n# Beginner's guide to camera types\n\n${byline}\n\n${BODY}\n${BODY}\n::: a3\n30 January 2025 / 23:07 GMT\n:::\n\n${BODY}`;
		assert.notStrictEqual(publishedOf(dump), '2025-01-30');
	});
});
