// Metadata: the member named after a thread-starter label ("Thread starter", "Started by") is the thread's author, over the replies' structured-data authors.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const POST = 'A paragraph of the opening post, long enough to be read as the article, with more words after it so it counts.\n';

function reply(name: string, n: number): string {
	return `::: {.box itemprop="author" itemscope="" itemtype="https://schema.org/Person"}\n#### [[${name}]{itemprop="name"}](/members/${name}.${n}/)\n:::\n\nI would pick the satin one for mugs, myself, and fire it a bit hotter than the bag says.\n\n`;
}

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).author?.value;
}

suite('Metadata: thread starter labels', () => {
	test('"Thread starter" before a member link names the author, though the replies carry itemprop author', () => {
		const dump = `# Which glaze for stoneware mugs?\n\n-   [Thread starter]{.hidden} [potter_jo](/members/potter_jo.12/)\n-   [Start date]{.hidden} [Dec 30, 2023](/threads/glaze.5/)\n\n${POST}\n${reply('clay_dan', 13)}${reply('kiln_amy', 14)}`;
		assert.strictEqual(authorOf(dump), 'potter_jo');
	});

	test('"Started by" works the same; a link after another label is no starter', () => {
		const dump = `# Which glaze for stoneware mugs?\n\nStarted by [potter_jo](/members/potter_jo.12/), Dec 30, 2023\n\n${POST}\n${reply('clay_dan', 13)}${reply('kiln_amy', 14)}`;
		assert.strictEqual(authorOf(dump), 'potter_jo');
		const other = `# Which glaze for stoneware mugs?\n\nLast reply by [potter_jo](/members/potter_jo.12/), Dec 30, 2023\n\n${POST}\n${reply('clay_dan', 13)}${reply('kiln_amy', 14)}`;
		assert.notStrictEqual(authorOf(other), 'potter_jo');
	});
});
