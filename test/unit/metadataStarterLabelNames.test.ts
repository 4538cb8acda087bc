// Metadata (issue 12): a name written as plain text after "Thread starter" or "Started by" under a thread's title is the thread's author (starterLabelNames.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const POST = 'My old bench grinder wobbles at full speed since I swapped the wheel, and the new one was balanced at the shop.\n';

/** A reply whose poster is marked up as the post's author, as board software marks every reply. */
function reply(name: string, n: number): string {
	return `::: {.box itemprop="author" itemscope="" itemtype="https://schema.org/Person"}\n#### [[${name}]{itemprop="name"}](/members/${name}.${n}/)\n:::\n\nCheck the flange washers first, one of them is often bent after a wheel change.\n\n`;
}

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).author?.value;
}

const TITLE = '# Bench grinder wobbles after a wheel change\n\n';
const REPLIES = `${reply('flange_fred', 21)}${reply('wheelwright', 22)}`;

suite('Metadata: plain names after a thread-starter label', () => {
	test('"Thread starter" before a name in a span or as plain text names the author over the replies\' markup', () => {
		for (const header of ['-   [Thread starter]{.sr} grit_anna\n-   [Start date]{.sr} Oct 8, 2024', '-   [Thread starter]{.sr} [grit_anna]{.name user-id="0"}\n-   [Start date]{.sr} Oct 8, 2024']) {
			assert.strictEqual(authorOf(`${TITLE}${header}\n\n${POST}\n${REPLIES}`), 'grit_anna', header);
		}
	});

	test('a guest\'s mail address after the label is the name the board shows', () => {
		const dump = `${TITLE}-   [Thread starter]{.sr} [anna.grit@example.org]{.name user-id="0"}\n-   [Start date]{.sr} Oct 8, 2024\n\n${POST}\n${REPLIES}`;
		assert.strictEqual(authorOf(dump), 'anna.grit@example.org');
	});

	test('"Started by" with the date after a comma gives the name alone', () => {
		const dump = `${TITLE}Started by Anna Grit, June 04, 2024, 11:23:55 AM\n\n${POST}\n${REPLIES}`;
		assert.strictEqual(authorOf(dump), 'Anna Grit');
	});

	test('the label inside a sentence names no one', () => {
		const dump = `${TITLE}Most wheels are best started by hand before the motor, so the guard can be checked.\n\n${POST}\n${REPLIES}`;
		assert.notStrictEqual(authorOf(dump), 'hand before the motor');
		assert.strictEqual(authorOf(dump), 'flange_fred');
	});
});
