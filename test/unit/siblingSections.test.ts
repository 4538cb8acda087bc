// Sibling sections (kinds/siblingSections.ts): a service page kept as one container gets back the headed sections beside it.
import * as assert from 'node:assert';
import { type Attempt, ROOT } from '../../src/core/extract/blockIndex';
import { withSiblingSections } from '../../src/core/extract/kinds/siblingSections';
import { attemptText, readWithRegion } from '../util/keptRegion';

/** A tutoring landing page: a menu, sections side by side in one wrapper, the offer being the longest. */
const PAGE = [
	'::: page',
	'::: tabs',
	'-   [Home](/home)',
	'-   [Find a tutor](/find)',
	'-   [Pricing](/pricing)',
	'-   [Subjects](/subjects)',
	':::',
	'',
	'::: {.section .subjects}',
	'## Subjects and grade levels',
	'',
	'Tutoring is available from elementary school through college, step by step and without the confusion.',
	'',
	'-   Algebra',
	'-   Geometry',
	':::',
	'',
	'::: {.section .offer}',
	'## Two ways to work with a tutor',
	'',
	'Get ongoing academic support or instant homework help: our tutors guide you every step of the way, and each session is planned around your goals.',
	'',
	'Prefer structured support? Our tutoring packages pair you with one tutor, so you can master key concepts and prepare for exams at your own pace.',
	':::',
	'',
	'::: {.section .links}',
	'## More subjects',
	'',
	'[Chemistry tutoring and homework help](/chemistry) [Physics tutoring and homework help](/physics) [Biology tutoring](/biology)',
	':::',
	'',
	'::: {.section .faq}',
	'## Frequently asked questions',
	'',
	'#### Can I choose my tutor?',
	'',
	'Yes: with a package you work with the same tutor at every session of the plan.',
	':::',
	':::',
	'',
].join('\n');

const read = (text: string): ReturnType<typeof readWithRegion> => readWithRegion(text, 'offer');
const textOf = attemptText;

suite('Sibling sections', () => {
	test('the headed sections beside the kept container come back, in page order', () => {
		const { index, kept, whole } = read(PAGE);
		const out = withSiblingSections(index, kept, whole);
		const text = textOf(out);
		assert.ok(text.includes('Subjects and grade levels'), text);
		assert.ok(text.includes('Tutoring is available from elementary school'), text);
		assert.ok(text.includes('Can I choose my tutor?'), text);
		assert.ok(text.indexOf('Subjects and grade levels') < text.indexOf('Two ways to work'), text);
		assert.ok(out.chars > kept.chars);
	});

	test('a menu and a section of links stay out', () => {
		const { index, kept, whole } = read(PAGE);
		const text = textOf(withSiblingSections(index, kept, whole));
		assert.ok(!text.includes('Find a tutor'), text);
		assert.ok(!text.includes('Physics tutoring'), text);
	});

	test('the whole page, or a container without sibling sections, is returned as it is', () => {
		const { index, kept, whole } = read(PAGE);
		const root: Attempt = { ...whole, region: ROOT };
		assert.strictEqual(withSiblingSections(index, root, whole), root);
		const lone = read(['::: {.section .offer}', '## Offer', '', 'One long paragraph of the offer, with enough words to read as a sentence.', ':::', ''].join('\n'));
		assert.strictEqual(withSiblingSections(lone.index, lone.kept, lone.whole), lone.kept);
		assert.ok(kept.chars > 0);
	});
});
