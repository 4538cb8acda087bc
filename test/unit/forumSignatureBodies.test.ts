// Forum threads: XenForo signatures, whose `<aside>` pandoc drops, are a second message body outside the message, and go.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isSignatureBody } from '../../src/core/extract/heuristics/signatureBodies';
import { extractDumpText } from '../util/kindFixtures';

const MESSAGES = [
	'The new tablet is as fast as a laptop and the screen is the best I have used, but the asking price is hard to justify.',
	'Agreed on the price. I bought the older model on sale and it does everything I need for drawing and reading.',
	'Battery life is the surprise for me: two full days of use between charges, even with the brightness turned up.',
];
const SIGNATURE = 'Displays: a 77 inch OLED and a 32 inch monitor. Audio: an 11.1.4 soundbar. Players: a UHD disc player.';

/** A XenForo 2 thread: each post's message in `message-userContent` > `bbWrapper`; the second post has a signature body after it. */
function thread(): string {
	const post = (i: number, sig: boolean): string[] => [
		`::: {#js-post-${i} .message .message--post}`,
		`[member${i}]{.username} [Sep 21, 2024]{.u-dt}`,
		'',
		'::: {.message-content .js-messageContent}',
		'::: {.message-userContent .lbContainer}',
		'::: bbWrapper',
		MESSAGES[i],
		':::',
		':::',
		'',
		...(sig ? ['::: bbWrapper', SIGNATURE, ':::', ''] : []),
		':::',
		':::',
		'',
	];
	return ['# Review discussion: the new tablet', '', ...post(0, false), ...post(1, true), ...post(2, false)].join('\n');
}

suite('Forum signature bodies', () => {
	const sig = { body: 'bbWrapper', message: 'message-userContent' };

	test('a body outside the message is a signature; the message body and other containers are not', () => {
		const index = new BlockIndex(parseDump(thread()));
		const bodies = index.containers.filter((c) => c.attrs.classes.includes('bbWrapper'));
		assert.deepStrictEqual(
			bodies.map((c) => isSignatureBody(index, c, sig)),
			[false, false, true, false],
		);
		assert.ok(!index.containers.filter((c) => !c.attrs.classes.includes('bbWrapper')).some((c) => isSignatureBody(index, c, sig)));
		// A theme with no message container around its bodies: every body is a message.
		const bare = new BlockIndex(parseDump(thread().replace(/::: \{\.message-userContent \.lbContainer\}\n/g, '::: {.message-inner}\n')));
		assert.ok(!bare.containers.some((c) => isSignatureBody(bare, c, sig)));
	});

	test('a XenForo thread keeps every message and loses the signature', () => {
		const { text, kind } = extractDumpText(thread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
		assert.ok(!text.includes('soundbar'), 'kept the signature');
	});
});
