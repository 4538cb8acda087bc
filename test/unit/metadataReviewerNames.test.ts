// Metadata (issue 12, session 53, meta58): a name the page credits as its reviewer or fact checker is not its author anywhere on the page.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { reviewerNames, withoutReviewers } from '../../src/core/extract/metadata/reviewerNames';

const BODY = [
	'A budget starts with what comes in each month and what must go out: rent, food, transport and the bills.',
	'',
	'Put a tenth of each payday into savings before anything else, and keep three months of costs in reserve.',
	'',
	'Pay the dearest debt first, then the next, and check the plan again whenever your income changes.',
];

/** A page with a title, meta lines under it, the body, then what follows the body. */
function md(meta: readonly string[], after: readonly string[] = []): ArticleMetadata {
	return extractMetadata(parseDump(`${['# Money habits for your first job', '', ...meta, '', ...BODY, '', ...after].join('\n')}\n`), {});
}

/** An author box after the article: a heading-less box with the person's name element and a bio. */
const REVIEWER_BOX = ['::: author-box', '[Omar Feld, CPA]{.author-box__name}', '', 'Omar Feld is a tax adviser who checks our money guides.', ':::'];

suite('Metadata: names credited as reviewer', () => {
	test("the reviewer's author box after the article is not the author", () => {
		// Without the reviewer's credit the box's name is read as the author (the control).
		assert.strictEqual(md(['Updated May 3, 2025'], REVIEWER_BOX).author?.value, 'Omar Feld, CPA');
		assert.strictEqual(md(['Reviewed by: [Omar Feld, CPA](/team/omar-feld/)', '', 'Updated May 3, 2025'], REVIEWER_BOX).author, undefined);
	});

	test("a byline's reviewer is dropped from its names, the writer's credential kept", () => {
		const meta = md(['::: post-author', 'By [Lena Hart, CFP](/author/lena-hart). Reviewed by [Omar Feld,', 'CPA](/author/omar-feld)', ':::']);
		assert.strictEqual(meta.author?.value, 'Lena Hart, CFP');
	});

	test('reviewer names: labels read, sentences and edit stamps not', () => {
		assert.deepStrictEqual([...reviewerNames('Medically reviewed by [Ann Roe, MD](/x){.link}\n')], ['ann roe']);
		assert.deepStrictEqual([...reviewerNames('Fact-checked by: **Tom Bell** | May 2, 2025\n')], ['tom bell']);
		assert.deepStrictEqual([...reviewerNames('Every guide is reviewed by our research team before it goes live, and updated yearly.\n')], []);
		assert.deepStrictEqual([...reviewerNames('*Last edited by jdoe; Feb 17, 2026*\n')], []);
		assert.deepStrictEqual(withoutReviewers(['Lena Hart', 'CFP', 'Omar Feld', 'CPA'], new Set(['omar feld'])), ['Lena Hart', 'CFP']);
		assert.strictEqual(withoutReviewers(['Omar Feld', 'CPA'], new Set(['omar feld'])), undefined);
	});

	test('a label in a box of its own names the first line of the boxes below it (session 56)', () => {
		const card = ['::: credits', '::: label', 'Fact Checked By', ':::', '', '::: {.pic style="background:url(x.png)"}', ':::', '', '::: name-wrap', '::: name', 'Tom Bell', ':::', ':::', ':::'];
		assert.deepStrictEqual([...reviewerNames(`${card.join('\n')}\n`)], ['tom bell']);
		// A writer's card over a checker's card, the writer's name box empty: the checker is no writer.
		const writer = ['::: author-card', '::: label', 'Written By', ':::', '', '::: author-name', '', ':::', ':::', '', ...card.map((l) => l.replace('::: credits', '::: {.author-card .checker}'))];
		assert.strictEqual(md(writer).author, undefined);
		// The control: the same card with another label gives the name.
		assert.strictEqual(md(writer.map((l) => l.replace('Fact Checked By', 'Contributor'))).author?.value, 'Tom Bell');
		// Text below a label line's box that is no name is not read as one.
		assert.deepStrictEqual([...reviewerNames('Reviewed by\n:::\n\nOur editors check every guide against the law before it goes live each year.\n')], []);
	});
});
