// A Q&A page of an engine whose class words no rule knows: the "asked / answered DATE NAME reputation" cards go, the posts stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isQaPosterCard } from '../../src/core/extract/heuristics/qaPosterCards';
import { extractDumpText } from '../util/kindFixtures';

const QUESTION = 'My cast iron pan rusts overnight after every wash, even though I dry it with a towel straight away. What am I doing wrong with it?';
const ANSWERS = [
	'A towel leaves a film of water in the pores of the iron. Put the pan back on the burner for a minute until it is bone dry, then wipe a drop of oil over it.',
	'Your seasoning is probably worn through. Scrub the rust off, then oil and bake the pan upside down at high heat for an hour, two or three times over.',
];

/** The question or an answer, typed by schema.org's QAPage microdata and sharing one opaque class as an engine's posts do, its poster card under its text. */
function post(kind: 'Question' | 'Answer', i: number, body: string): string[] {
	const prop = kind === 'Answer' ? ' itemprop="suggestedAnswer"' : '';
	const verb = kind === 'Answer' ? 'answered' : 'asked';
	return [
		`::: {.qpx${prop} itemscope="" itemtype="https://schema.org/${kind}"}`,
		'::: {.c4b}',
		body,
		':::',
		'',
		'::: {.c9u}',
		'::: {.c2d}',
		`${verb} Mar ${i + 3}, 2025 at 10:1${i}`,
		':::',
		'',
		`::: {.c7p itemprop="author" itemscope="" itemtype="https://schema.org/Person"}`,
		`[ironcook${i}](/users/${40 + i}/ironcook${i})`,
		'',
		`${1200 + i * 7} 3 silver badges 12 bronze badges`,
		':::',
		':::',
		':::',
		'',
	];
}

function page(): string {
	const lines = ['# Cast iron pan rusts overnight', ''];
	lines.push(...post('Question', 0, QUESTION));
	ANSWERS.forEach((a, k) => lines.push(...post('Answer', k + 1, a)));
	return lines.join('\n');
}

suite('Forum Q&A poster cards', () => {
	test('a short, stamped, signed card inside a question or an answer is one; the post and its text are not', () => {
		const doc = parseDump(page());
		const index = new BlockIndex(doc);
		const cards = index.containers.filter((c) => isQaPosterCard(index, c));
		assert.ok(cards.length >= 3, 'a card was missed');
		for (const c of cards) assert.ok(!doc.text.slice(c.range.start, c.range.end).includes('pan'), 'a message was read as a card');
		// Outside a Question or an Answer (a discussion thread), the same card is no Q&A card.
		const plain = parseDump(page().replace(/(?: itemprop="suggestedAnswer")? itemscope="" itemtype="https:\/\/schema\.org\/(?:Question|Answer)"/g, ''));
		const plainIndex = new BlockIndex(plain);
		assert.strictEqual(plainIndex.containers.filter((c) => isQaPosterCard(plainIndex, c)).length, 0);
	});

	test('end to end: the question and the answers stay, their poster cards go', () => {
		const { text, kind } = extractDumpText(page());
		assert.strictEqual(kind, 'forum');
		for (const p of [QUESTION, ...ANSWERS]) assert.ok(text.includes(p), `lost ${p.slice(0, 30)}`);
		for (const s of ['asked Mar 3', 'answered Mar 4', 'silver badges', 'ironcook2']) assert.ok(!text.includes(s), `kept ${s}`);
	});
});
