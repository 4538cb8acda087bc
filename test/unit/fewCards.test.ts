// Four teaser cards found by shape that hold much of the page make it a listing (kinds/fewCards.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dumpLines } from '../util/joinLines';

const TOPICS = ['harbour', 'library', 'market', 'bridge'];

/** A search page's four results, each box with a class of its own, under a menu; `prose` paragraphs of an article before them. */
function results(prose: number): string {
	const cards = TOPICS.map((t, i) =>
		dumpLines(`::: {.r${i}a .r${i}b}`, `[![](/img/${t}.jpg)](/events/${t})`, '', `### Open day at the ${t}, week ${i + 1}`, '', `Guided walks, a talk and tea at the ${t}.`, '', `[Details](/events/${t})`, ':::', ''),
	);
	const text = 'The council met on Tuesday to weigh the plan for the harbour, and most members spoke for it after a long debate about costs. '.repeat(3);
	return dumpLines('::: {.m1}', '-   [Home](/)', '-   [Events](/events)', ':::', '', '::: {.m2}', '# Events this month', '', ...Array.from({ length: prose }, () => [text, '']).flat(), '::: {.m3}', ...cards, ':::', ':::');
}

function kindOf(dump: string): { kind: unknown; rule: string } {
	const md = extractArticle(parseDump(dump)).metadata.pageType;
	return { kind: md?.value, rule: md?.rule ?? '' };
}

suite('Few cards by shape', () => {
	test('four cards that are most of the page make it a listing', () => {
		const x = kindOf(results(0));
		assert.strictEqual(x.kind, 'listing', x.rule);
		assert.match(x.rule, /cards 4/);
	});

	test('four cards under an article\'s prose do not', () => {
		const x = kindOf(results(4));
		assert.notStrictEqual(x.kind, 'listing', x.rule);
	});
});
