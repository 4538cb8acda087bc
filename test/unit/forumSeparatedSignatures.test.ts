// Forum threads whose signatures have no class: a post's short tail after a line of underscores is its member's signature.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropSeparatedSignatures } from '../../src/core/extract/heuristics/separatedSignatures';
import { extractDumpText } from '../util/kindFixtures';

const MESSAGES = [
	'My old bench grinder started to wobble at full speed last week, and the wheel looks fine to me; is the arbor bent?',
	'Check the flanges first. A cracked or dirty flange makes the wheel run out long before the arbor itself is bent.',
	'Dress the wheel too. A wheel that was never dressed after mounting wobbles on almost every cheap grinder I have owned.',
	'Flanges were filthy and one had a burr on it. Cleaned both, dressed the wheel, and it runs true and quiet again.',
];
const POSTERS = ['oldtimer', 'sparkplug', 'filings', 'oldtimer'];
const SIGNATURES = ['Measure twice, cut once, swear three times.', 'My shop: [sparkplug builds](https://example.org/shop)', 'Retired machinist, still making chips.', 'Measure twice, cut once, swear three times.'];

/** A thread whose engine writes each signature under a line of underscores, in a div with no class (vBulletin 3). */
function thread(signature = (i: number) => ['<div>', '', `\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\`, SIGNATURES[i], '', '</div>']): string {
	const out = ['# Bench grinder wobbles at full speed', ''];
	MESSAGES.forEach((m, i) => {
		out.push(`::: {#post${100 + i} .post}`, `[${POSTERS[i]}](/members/${POSTERS[i]}/)`, '', `03-1${i}-2011, 0${i + 1}:45 PM`, '', '::: postbody', m, ':::', '', ...signature(i), ':::', '');
	});
	return out.join('\n');
}

suite('Forum signatures under a line of underscores', () => {
	test('the separator and the short tail after it go from each post; the message stays', () => {
		const doc = parseDump(thread());
		const posts = doc.blocks.filter((b) => b.kind === 'div');
		assert.strictEqual(posts.length, 4);
		const removed: RemovedRegion[] = [];
		const kept = dropSeparatedSignatures(posts, posts, removed);
		const text = kept.map((b) => doc.text.slice(b.range.start, b.range.end)).join('\n');
		assert.ok(removed.filter((r) => r.step === 'signature').length >= 4, 'a signature stayed');
		assert.strictEqual(dropSeparatedSignatures(kept, posts, []), kept, 'nothing left to drop');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
	});

	test('a long tail after a divider of the poster, or a separator opening its post, stays', () => {
		const long = 'Here is the full list of what I tried, step by step, because someone will ask: '.repeat(6);
		const doc = parseDump(thread((i) => ['\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_', '', i === 0 ? long : SIGNATURES[i], '']));
		const posts = doc.blocks.filter((b) => b.kind === 'div');
		const removed: RemovedRegion[] = [];
		dropSeparatedSignatures(posts, posts, removed);
		assert.strictEqual(removed.filter((r) => r.range.start < posts[0].range.end).length, 0, 'a long tail went');
		assert.ok(removed.some((r) => r.range.start >= posts[1].range.start), 'a short one stayed');
		const opening = parseDump('::: post\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ Quote of the day\n:::\n');
		assert.strictEqual(dropSeparatedSignatures(opening.blocks, opening.blocks, []), opening.blocks);
	});

	test('a thread of an engine no profile names is read without its separated signatures', () => {
		const { text, kind } = extractDumpText(thread());
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
		for (const s of ['Measure twice', 'sparkplug builds', 'Retired machinist']) assert.ok(!text.includes(s), `kept a signature: ${s}`);
		assert.ok(!text.includes('______'), 'kept a separator');
		assert.ok(text.includes('filings') && text.includes('03-12-2011'), 'lost a poster or a date');
	});
});
