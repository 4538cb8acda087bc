// Service coverage: on a page told to be a landing page, a container holding a minor part of it gives way to the whole page.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, type Container, ROOT } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { MIN_SHORT_PAGE_COVERAGE } from '../../src/core/extract/kinds/coverage';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { isPartOfLandingPage, MIN_SERVICE_COVERAGE } from '../../src/core/extract/kinds/serviceCoverage';
import { service } from '../../src/core/extract/kinds/service';
import { pageSignals } from '../../src/core/extract/kinds/signals';

const INTRO = 'Our tutors work one to one with each student, online or at home, and plan every session around the school syllabus.';
const METHOD = 'Each tutor starts with a short assessment, then sets goals with the family and reports on progress after each month.';
const MATCH = 'We match every student with a tutor who knows the course and the exam board, and change tutors for free on request.';
const SUBJECTS = 'We teach algebra, geometry, trigonometry, precalculus and calculus, from middle school up to college entrance exams.';
const GUARANTEE = 'Every package comes with a money-back guarantee: if the first session is not right for you, we refund it in full.';

/**
 * A tutoring service's page: an intro block the pipeline picks (more than half the page, so the general spread-out test
 * of coverage.ts keeps it), then two sections beside it that are the offer too.
 */
const DUMP = [
	'# Math tutoring',
	'',
	'::: intro',
	INTRO,
	'',
	METHOD,
	'',
	MATCH,
	':::',
	'',
	'::: subjects',
	'## Subjects and grade levels',
	'',
	SUBJECTS,
	':::',
	'',
	'::: faq',
	'## Is there a guarantee?',
	'',
	GUARANTEE,
	':::',
	'',
].join('\n');

/** The page's index, its whole-page read, and an attempt that keeps only the container with class `name`. */
function page(name: string): { index: BlockIndex; whole: Attempt; article: Attempt } {
	const index = new BlockIndex(parseDump(DUMP));
	const c = index.containers.find((x) => x.attrs.classes.includes(name)) as Container;
	const blocks = [...c.children];
	const chars = blocks.reduce((n, b) => n + collapse(blockText(b)).length, 0);
	return { index, whole: wholePage(index), article: { region: c, regionScore: 1, blocks, removed: [], chars } };
}

suite('Service coverage (kinds/serviceCoverage.ts)', () => {
	test('a container holding less than the share of a landing page is one of its sections', () => {
		const { whole, article } = page('intro');
		assert.ok(article.chars < whole.chars * MIN_SERVICE_COVERAGE && article.chars >= whole.chars * MIN_SHORT_PAGE_COVERAGE);
		assert.ok(isPartOfLandingPage(article, whole));
		// The whole page itself, an empty page and a container holding most of the page are not.
		assert.ok(!isPartOfLandingPage(whole, whole));
		assert.ok(!isPartOfLandingPage(article, { ...whole, chars: 0 }));
		assert.ok(!isPartOfLandingPage({ ...article, chars: whole.chars * MIN_SERVICE_COVERAGE }, whole));
	});

	test('the service strategy reads the whole page when its container is one section of it', () => {
		const { index, whole, article } = page('intro');
		const kept = service.extract({ index, signals: pageSignals(index), article, whole });
		assert.ok(kept);
		assert.strictEqual(kept.region, ROOT);
		const text = kept.blocks.map((b) => collapse(blockText(b))).join('\n');
		for (const s of [INTRO, SUBJECTS, GUARANTEE]) assert.ok(text.includes(s.slice(0, 40)), `lost ${s.slice(0, 40)}`);
	});
});
