// FAQ answers (kinds/faqAnswers.ts): hidden containers under kept questions, with no panel name, are the questions' answers.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapsedText } from '../../src/core/extract/inlineText';
import { withFaqAnswers } from '../../src/core/extract/kinds/faqAnswers';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { service } from '../../src/core/extract/kinds/service';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { articleAttempt } from '../../src/core/extract/sieve';

const ANSWERS: readonly (readonly [string, string])[] = [
	['How long does a boiler service take?', 'Most visits take under an hour: our engineer checks the flue, the burner and the pressure, and leaves a report.'],
	['Do you cover weekends?', 'Yes, every Saturday and Sunday across the county, at the same price as a weekday visit for plan members.'],
	['What if a part needs replacing?', 'Parts are included in the plan, and the engineer carries the common ones, so most repairs are done on the day.'],
];

/** A question in a plain container, then its answer in a container hidden by style, under hashed class names. */
function item(q: string, a: string): string {
	return ['::: sc-1a2b3c', q, ':::', '', '::: {.sc-4d5e6f style="visibility:hidden"}', '::: sc-7a8b9c', a, ':::', ':::', ''].join('\n');
}

function landing(items: readonly (readonly [string, string])[]): string {
	return [
		'# Boiler cover that comes to you',
		'',
		'We service and repair boilers across the county, with one yearly price and no call-out fee.',
		'',
		'## Frequently asked questions',
		'',
		...items.map(([q, a]) => item(q, a)),
	].join('\n');
}

function read(dump: string): string[] {
	const index = new BlockIndex(parseDump(dump));
	return withFaqAnswers(index, wholePage(index)).blocks.map((b) => collapsedText(b));
}

suite('FAQ answers', () => {
	test('the hidden answers of three kept questions come back after their questions', () => {
		const texts = read(landing(ANSWERS));
		for (const [q, a] of ANSWERS) {
			const at = texts.indexOf(q);
			assert.ok(at >= 0, `lost the question ${q}`);
			assert.strictEqual(texts[at + 1], a);
		}
	});

	test('two hidden answers are no FAQ: the page is read as it was', () => {
		const texts = read(landing(ANSWERS.slice(0, 2)));
		for (const [, a] of ANSWERS) assert.ok(!texts.includes(a), `kept ${a}`);
	});

	test('a hidden line after a question that is no answer (a thank-you, a link rail) stays hidden', () => {
		const thanks = landing(ANSWERS.map(([q]) => [q, 'Thanks for your feedback!'] as const));
		assert.ok(!read(thanks).includes('Thanks for your feedback!'));
		const rail = landing(ANSWERS.map(([q]) => [q, '[Boiler guides](/a) [Heating guides](/b) [Radiator guides](/c) [All guides](/d)'] as const));
		assert.ok(!read(rail).some((t) => t.includes('Heating guides')));
	});

	test('a hidden dialog after a question stays hidden', () => {
		const dialog = landing(ANSWERS).replace(/\.sc-4d5e6f/g, '.modal-dialog');
		for (const [, a] of ANSWERS) assert.ok(!read(dialog).includes(a));
	});

	test('the service strategy reads the folded answers', () => {
		const page = [
			landing(ANSWERS),
			'## Our plans',
			'',
			'Our engineers are Gas Safe registered, and our plans cover parts and labour with no excess to pay.',
			'',
		].join('\n');
		const index = new BlockIndex(parseDump(page));
		const article = articleAttempt(index);
		const read = service.extract({ index, signals: pageSignals(index), article, whole: wholePage(index, false, false, article.blocks) });
		const texts = (read?.blocks ?? []).map((b) => collapsedText(b));
		for (const [, a] of ANSWERS) assert.ok(texts.includes(a), `lost ${a}: ${texts.join(' | ')}`);
	});
});
