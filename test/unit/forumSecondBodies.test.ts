// Signatures by their body's class: a second box with the message body's class word, in a wrapper of its own after the message.
import * as assert from 'node:assert';
import { extractDumpText } from '../util/kindFixtures';
import { SINK_MESSAGES, SINK_POSTERS } from '../util/sinkThread';

const MESSAGES = SINK_MESSAGES;
const POSTERS = SINK_POSTERS;
const SIGNATURES = ['', 'Licensed plumber since 1998, ask me anything about traps and vents.', '', ''];

/**
 * A board whose class words are its own (opaque): each post a box with the member card and the main cell: a stamp, the
 * message body (`.b5t`) in its wrapper (`.r1c`), and on one post the signature written as a second `.b5t` in a wrapper
 * of its own (XenForo's shape with its words gone).
 */
function thread(opts: { sigWrapper?: string; extraBodies?: number } = {}): string {
	const { sigWrapper = '::: {.s3g}', extraBodies = 0 } = opts;
	const out = ['::: {.n4v}', '- [Home](/)', '- [Boards](/boards)', ':::', '', '# Sink gurgles when the washing machine drains', '', '::: {.w9z}'];
	MESSAGES.forEach((m, i) => {
		out.push('::: {.x7q}', '::: {.k2m}', `[${POSTERS[i]}](/members/${POSTERS[i]}.${40 + i}/)`, '', `Posts: ${120 + i * 37}`, ':::', '');
		out.push('::: {.m2c}', '::: {.d8r}', `Mar ${3 + i}, 2024`, ':::', '', '::: {.r1c}', '::: {.b5t}', m, ':::', ':::', '');
		if (SIGNATURES[i]) out.push(sigWrapper, '::: {.b5t}', SIGNATURES[i], ':::', ':::', '');
		for (let k = 0; k < extraBodies; k++) out.push('::: {.s3g}', '::: {.b5t}', `Another message in the same box, number ${i}.${k}, with words of its own.`, ':::', ':::', '');
		out.push(':::', ':::', '');
	});
	out.push(':::', '', '::: {.f0o}', 'Terms · Privacy · Contact us', ':::', '');
	return out.join('\n');
}

suite('Forum signatures written as a second message body', () => {
	test('a second body in a wrapper of its own after the message is the signature: it goes, the messages stay', () => {
		const { text, kind } = extractDumpText(thread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
		for (const s of SIGNATURES.filter(Boolean)) assert.ok(!text.includes(s), `kept a signature: ${s.slice(0, 30)}`);
	});

	test('boxes of the body class side by side (a message written in parts) stay', () => {
		// The signature's box is the message body's sibling: a message's parts, not a signature.
		const { text } = extractDumpText(thread({ sigWrapper: '::: {.r1c}' }).replace(/:::\n:::\n\n::: \{\.r1c\}\n::: \{\.b5t\}\n(Licensed|My workshop)/g, ':::\n::: {.b5t}\n$1'));
		for (const s of SIGNATURES.filter(Boolean)) assert.ok(text.includes(s), `lost a message's part: ${s.slice(0, 30)}`);
	});

	test('a box with several second bodies holds several posts: none is taken for a signature', () => {
		const { text } = extractDumpText(thread({ sigWrapper: '::: {.s3g}', extraBodies: 1 }));
		for (const s of SIGNATURES.filter(Boolean)) assert.ok(text.includes(s), `dropped a second body of a box with several: ${s.slice(0, 30)}`);
		assert.ok(text.includes('Another message in the same box, number 1.0'), 'dropped a second body');
	});
});
