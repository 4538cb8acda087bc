// A drop-down's line (its ellipsis prompt, then its options) counts as a form's field: a demo form's drop-downs after its starred labels go with them.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { blockText } from '../../src/core/extract/inlineText';
import { dropFormFields } from '../../src/core/extract/heuristics/formFields';
import { isSelectLine } from '../../src/core/extract/heuristics/selectLines';

function run(dump: string): string {
	const removed: RemovedRegion[] = [];
	return dropFormFields(parseDump(dump).blocks, removed).map((b) => blockText(b)).join('\n');
}

/** A long page (the form is a small part of it, but its options are not): prose in one container, then a demo form in the same one. */
function page(options: string): string {
	const prose: string[] = [];
	for (let i = 0; i < 3; i++) {
		prose.push(`## Faster delivery ${'one two three'.split(' ')[i]}`, '', 'Our network caches your pages close to every visitor, so a page that took two seconds to load now takes a fraction of that, whatever the device.', '');
	}
	return [
		'::: w1',
		...prose,
		'Talk to an expert',
		'',
		'Work email: \\*',
		'',
		'Company: \\*',
		'',
		'Phone: \\*',
		'',
		`Select your job level\\... \\* Executive Director Manager Engineer Student Other`,
		'',
		`Select your country\\... ${options}`,
		'',
		'Thank you for your interest in our network.',
		':::',
		'',
	].join('\n');
}

const COUNTRIES = 'Albania Algeria Andorra Angola Argentina Armenia Australia Austria Belgium Brazil Canada Chile Denmark Egypt Finland France Germany Greece India Ireland Italy Japan Kenya Mexico Norway Peru Poland Portugal Spain Sweden';

suite('Select lines', () => {
	test('a prompt with an ellipsis then options is a drop-down; a sentence that pauses on an ellipsis is not', () => {
		for (const s of ['Select your job level... * Executive Director Manager Other', 'Choose one… Small Medium Large', 'I want to buy gym equipment for my... *I want to buy gym equipment for my...Apartment GymHome Gym Hotel Gym', 'Company size... 1-10 11-50 51-200']) {
			assert.ok(isSelectLine(s), s);
		}
		for (const s of ['Wait... There is more. We did it again.', 'And then... nothing', 'Loading...', 'Read more... about our team and our work', 'Select... Yes', 'Over 3,000 clients... We serve them all']) {
			assert.ok(!isSelectLine(s), s);
		}
	});

	test('the drop-downs after a form\'s starred labels go with them; the prose above stays', () => {
		const text = run(page(COUNTRIES));
		assert.ok(text.includes('Our network caches your pages'));
		assert.ok(!text.includes('Work email'));
		// Without the drop-downs counted as fields, the run of labels ends at "Phone" and the lists stay.
		assert.ok(!text.includes('Executive Director'), text);
		assert.ok(!text.includes('Albania'), text);
	});

	test('a line of prose with an ellipsis after the labels is not a field and stays', () => {
		const text = run(page(COUNTRIES).replace(/Select your job level.*\n/u, 'We reply within a day... often within the hour.\n').replace(/Select your country.*\n/u, 'Offices in Paris and Lima.\n'));
		assert.ok(text.includes('We reply within a day'), text);
		assert.ok(text.includes('Offices in Paris'), text);
	});
});
