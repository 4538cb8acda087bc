// Service and landing pages: what the whole page brings that the reader did not come for (forms, rows of buttons) goes; the sections stay.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isButtonRow } from '../../src/core/extract/heuristics/callsToAction';
import { FORM_TOKEN_RE, isFormContainer } from '../../src/core/extract/heuristics/forms';
import { cleanedWholePage } from '../../src/core/extract/kinds/coverage';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import type { Block } from '../../src/core/model/dumpDocument';
import { renderText } from '../../src/core/render/articleText';
import { KIND_FIXTURES } from '../util/kindFixtures';

/** The text a whole-page strategy keeps of a fixture of test/fixtures/kinds/. */
function wholePageText(name: string): string {
	const doc = parseDump(fs.readFileSync(path.join(KIND_FIXTURES, name), 'utf8'));
	const kept = cleanedWholePage(wholePage(new BlockIndex(doc)));
	return renderText({ blocks: kept.blocks, removed: kept.removed, metadata: {}, empty: false });
}

/** The first paragraph of a one-paragraph dump. */
function paragraph(dump: string): Extract<Block, { kind: 'paragraph' }> {
	const b = parseDump(dump).blocks.find((x) => x.kind === 'paragraph');
	assert.ok(b && b.kind === 'paragraph', `no paragraph in ${dump}`);
	return b;
}

suite('Service pages (whole page clean-ups)', () => {
	test('a landing page keeps its sections and loses its callback form and its row of buttons', () => {
		const text = wholePageText('landing-with-form.txt');
		for (const kept of ['same crew packs', 'Secure storage', 'Piano and antiques', 'reassemble the beds', 'Our insurance cover']) {
			assert.ok(text.includes(kept), `lost ${kept}`);
		}
		for (const dropped of ['Full name', 'Gloucestershire', 'Preferred day', 'I agree to be contacted', 'Request a callback', 'Submit', 'Book a free survey', 'See our prices']) {
			assert.ok(!text.includes(dropped), `kept ${dropped}`);
		}
	});

	test('form builders\' class words name a form; transform, information and formatted text do not', () => {
		for (const w of ['form', 'gform_wrapper', 'wpforms-field', 'hs-form', 'contact-form', 'form-group', 'mktoForm', 'wpcf7-form', 'formFieldGroup']) {
			assert.ok(FORM_TOKEN_RE.test(w), w);
		}
		for (const w of ['transform', 'information', 'text-formatted', 'platform', 'formattedPrice', 'uniform']) {
			assert.ok(!FORM_TOKEN_RE.test(w), w);
		}
		assert.ok(isFormContainer({ id: 'newsletter-form', classes: [] }));
		assert.ok(!isFormContainer({ classes: ['card', 'transform-none'] }));
	});

	test('a row of buttons is one to three short links that open with an imperative, and nothing else', () => {
		for (const row of ['[Talk to a specialist](#contact)  [Explore products](#shop)', '**[Get Loom for free](/signup)**', '[Sign up for free trial](/a)[Request Demo](/b)', '[Book now](/b) · [Watch the tour](/tour)']) {
			assert.ok(isButtonRow(paragraph(row).content), row);
		}
		for (const row of [
			'[Our insurance cover](/insurance)',
			'[Get a quote](/q) or call us on 01632 960418.',
			'[Read how one crew moved a grand piano down four flights of stairs](/story)',
			'[Get](/a) [Book](/b) [See](/c) [Try](/d)',
			'[Call 01632 960418](tel:01632960418)',
		]) {
			assert.ok(!isButtonRow(paragraph(row).content), row);
		}
	});
});
