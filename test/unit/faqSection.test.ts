// FAQ sections (kinds/faqSection.ts): a landing page's FAQ, picked for its long answers, is one section of the page, not its body.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex } from '../../src/core/extract/blockIndex';
import { isFaqSection, questionHeadings } from '../../src/core/extract/kinds/faqSection';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import type { Block } from '../../src/core/model/dumpDocument';
import { extractFixture } from '../util/kindFixtures';

const ANSWER =
	'Every move starts with a survey: our planner walks each floor with your office manager, counts desks, screens and cabinets, and agrees the order in which rooms are packed, so that the teams who need their desks first on Monday get them first, and nobody waits for a monitor or a chair.';

function faq(questions: readonly string[]): string {
	return ['::: faq-list', ...questions.flatMap((q) => [`### ${q}`, '', ANSWER, '']), ':::', ''].join('\n');
}

const QUESTIONS = ['How long does an office move take?', 'Do you work at weekends?', 'Who packs the servers?'];

/**
 * A landing page: a hero, figures, two offers and a list of case studies (too few headed sections for
 * headedSections.ts), then an FAQ whose long answers make the article pipeline pick it.
 */
const LANDING = [
	'# Office removals in Leeds',
	'',
	'We move offices of every size across Yorkshire over a weekend, and your team sits at its desks on Monday.',
	'',
	'- 98% of our clients book us again for their next move.',
	'- 120 firms moved with us last year, from two desks to four floors.',
	'- 35 years of moving offices, archives and labs in the north.',
	'',
	'## Desks and servers',
	'',
	'Our crews wrap, label and carry desks, screens and servers from your old floor to the new one, and set them up again before you arrive.',
	'',
	'## Storage between moves',
	'',
	'What the new floor cannot take yet waits in our dry, alarmed warehouse, and comes back on the day you choose.',
	'',
	'Recent moves:',
	'',
	'- A law firm of 80 people, from the centre to the waterfront, in one weekend.',
	'- A laboratory with its freezers kept cold all the way across the city.',
	'- A school office moved over half term, with every file back on its shelf.',
	'- A call centre of 200 seats, moved floor by floor without a day lost.',
	'- A design studio with its plotters, prints and plans rolled, tubed and rehung.',
	'- A surgery whose records stayed sealed and tracked from shelf to shelf.',
	'',
	'"They moved four floors in a weekend and every phone worked on Monday morning." Office manager, Leeds.',
	'',
	'"Not one box was lost, and the servers were back up by Sunday noon." IT lead, Bradford.',
	'',
	faq(QUESTIONS),
].join('\n');

/** The attempt that keeps one container's blocks, as the article pipeline would report it. */
function attemptOf(block: Block, chars: number): Attempt {
	assert.ok(block.kind === 'div');
	return { region: block as never, regionScore: 1, blocks: block.children, removed: [], chars };
}

function faqAttempt(dump: string): { faqBlock: Attempt; whole: Attempt } {
	const index = new BlockIndex(parseDump(dump));
	const block = index.doc.blocks.find((b) => b.kind === 'div' && b.attrs.classes.includes('faq-list'));
	assert.ok(block);
	return { faqBlock: attemptOf(block, index.statsOf(block).chars), whole: wholePage(index) };
}

suite('FAQ sections', () => {
	test('question headings are counted, an accordion toggle after the question mark too', () => {
		const blocks = parseDump('## Prices?\n\n## Weekends? +\n\n## Our team\n\n::: x\n### Storage?\n:::\n').blocks;
		assert.deepStrictEqual(questionHeadings(blocks), { headings: 4, questions: 3 });
	});

	test('an FAQ holding a small share of a landing page is one section of it', () => {
		const { faqBlock, whole } = faqAttempt(LANDING);
		assert.ok(isFaqSection(faqBlock, whole), `FAQ ${faqBlock.chars} of ${whole.chars} characters`);
	});

	test('an article written as questions, holding most of the page, is the page', () => {
		const { faqBlock, whole } = faqAttempt(['# Moving an office', '', faq(QUESTIONS), '::: note', 'Updated in May.', ':::', ''].join('\n'));
		assert.ok(!isFaqSection(faqBlock, whole));
	});

	test('a container of plain headings is no FAQ', () => {
		const plain = LANDING.replace(faq(QUESTIONS), faq(['Survey', 'Packing', 'Moving day']));
		const { faqBlock, whole } = faqAttempt(plain);
		assert.ok(!isFaqSection(faqBlock, whole));
	});

	test('a landing page whose FAQ the article pipeline picks is extracted whole: its hero, figures and offers with its FAQ', () => {
		const { text, kind } = extractFixture('landing-faq.txt');
		assert.strictEqual(kind, 'service');
		for (const kept of ['your team sits at its desks on Monday', 'firms moved with us last year', 'Archives and files', 'Who packs and moves the servers?']) assert.ok(text.includes(kept), `lost ${kept}: ${text.slice(0, 300)}`);
		assert.ok(!text.includes('Prices'), `kept the site header: ${text.slice(0, 300)}`);
	});
});
