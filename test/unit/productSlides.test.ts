// Product slides: a kept region gets back the slider and bio blocks its inner-chrome step dropped, and no caption or call to action.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, type Container, ROOT } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { namesProductSlides, withProductSlides } from '../../src/core/extract/kinds/productSlides';
import { dumpLines } from '../util/joinLines';

const NAME = 'Ridgeline Rain Shell';
const INTRO = 'A packable rain shell with taped seams and a hood that rolls into the collar.';
const SLIDE = 'Pit zips open from the hem to the elbow, so the shell vents on a steep climb.';
const BIO = 'Made by a family workshop in the hills that has sewn outdoor gear since 1978.';
const CAPTION = 'Shown in slate grey';

const dump = dumpLines(
	'::: {.product-main}',
	`# ${NAME}`,
	'',
	INTRO,
	'',
	'::: {.feature-slider}',
	SLIDE,
	':::',
	'',
	'::: {.maker_bio}',
	BIO,
	':::',
	'',
	'::: {.image-caption}',
	CAPTION,
	':::',
	':::',
);

const doc = parseDump(dump);
const region = doc.blocks[0] as Container;
const boxes = region.children.filter((b) => b.kind === 'div' || b.kind === 'htmlDiv') as Container[];
const [slider, bio, caption] = boxes;
const texts = (a: Attempt): string[] => a.blocks.map((b) => collapse(blockText(b)));

/** The article's attempt: the region's name and intro, its three small boxes dropped as inner chrome. */
function article(step = 'inner-chrome'): Attempt {
	const kept = region.children.filter((b) => !boxes.includes(b as Container));
	const removed = [
		{ range: slider.range, step, signal: 'feature-slider' },
		{ range: bio.range, step, signal: 'maker_bio' },
		{ range: caption.range, step, signal: 'image-caption' },
	];
	return { region, regionScore: 1, blocks: kept, removed, chars: 100 };
}
/** The whole page's attempt: every block, inner chrome kept (as wholePage.ts reads it). */
const page: Attempt = {
	region: ROOT,
	regionScore: 0,
	blocks: [...region.children.filter((b) => !boxes.includes(b as Container)), ...boxes.flatMap((b) => b.children)].sort((a, b) => a.range.start - b.range.start),
	removed: [],
	chars: 300,
};

suite('Product slides', () => {
	test('sliders, swipers, authors and bios name a product\'s own text; captions and calls to action do not', () => {
		for (const name of ['feature-slider', 'swiper-slide', 'maker_bio', 'author', 'x-store__bio']) assert.strictEqual(namesProductSlides(name), true, name);
		for (const name of ['image-caption', 'compare-cta', 'photo-credit', 'sliders', 'biography', 'authority', undefined]) assert.strictEqual(namesProductSlides(name), false, String(name));
	});

	test('the slide and the bio come back in document order; the caption stays dropped', () => {
		const back = withProductSlides(article(), page);
		assert.deepStrictEqual(texts(back), [NAME, INTRO, SLIDE, BIO]);
		assert.ok(back.chars > 100);
	});

	test('other removal steps and the whole page are left as they are', () => {
		const cleaned = article('conditional');
		assert.strictEqual(withProductSlides(cleaned, page), cleaned);
		assert.strictEqual(withProductSlides(page, page), page);
	});

	test('a block the region already holds is not added twice', () => {
		const once = withProductSlides(withProductSlides(article(), page), page);
		assert.deepStrictEqual(texts(once), [NAME, INTRO, SLIDE, BIO]);
	});
});
