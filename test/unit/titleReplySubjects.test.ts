// Metadata (issue 12): the heading a thread's replies answer as "Re: …" is the thread's title, over a board's own h1 naming the site.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const POST = 'A reply long enough to be read as a post of the thread, with a few more words after it so that it counts as one.\n';

/**
 * The title read with the body region over the board's header, as the declassed reading of such a board found it: the
 * domain h1 then scores in the region and the topic's h2 outside it.
 */
function titleOf(dump: string): string | undefined {
	const header = { start: 0, end: dump.indexOf('\n\n## ') };
	return extractMetadata(parseDump(dump), { pageKind: 'forum', region: header }).title?.value;
}

/** A board as pandoc dumps it without its class words: the board's domain as the h1, the topic's h2, then posts titled by subject. */
function thread(subject: string, replies: number): string {
	const posts = [`### [${subject}](./viewtopic.php?p=100#p100) {#p100}\n\n${POST}`];
	for (let i = 1; i <= replies; i++) posts.push(`### [Re: ${subject}](./viewtopic.php?p=${100 + i}#p${100 + i})\n\n${POST}`);
	return `# birdwatchers.example.org\n\nThe forums of a club of bird watchers, and their field notes.\n\n[Board index](./index.php) » [Field guides](./viewforum.php?f=3)\n\n## [${subject}](./viewtopic.php?t=42) {#topic}\n\n${posts.join('\n')}`;
}

suite("Metadata: the subject a thread's replies answer", () => {
	test('the topic heading that the "Re: …" replies answer is the title, not the board\'s domain h1', () => {
		assert.strictEqual(titleOf(thread('Which lens for distant waders?', 3)), 'Which lens for distant waders?');
	});

	test('one "Re: …" heading is not enough to read a thread', () => {
		assert.strictEqual(titleOf(thread('Which lens for distant waders?', 1)), 'birdwatchers.example.org');
	});
});
