// A run of required fields' labels is a form and goes, whatever its class words; footnoted claims and lone starred lines stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { blockText } from '../../src/core/extract/inlineText';
import { dropFormFields, isFieldLabel } from '../../src/core/extract/heuristics/formFields';

function run(dump: string): { text: string; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const kept = dropFormFields(parseDump(dump).blocks, removed);
	return { text: kept.map((b) => blockText(b)).join('\n'), removed };
}

const PROSE = [
	'::: {.q7 .z2}',
	'## Pest control that lasts',
	'',
	'Our technicians treat the whole house, inside and out, and come back every quarter to check that nothing has moved in.',
	'',
	'## Same-day visits',
	'',
	'Call before two in the afternoon and a technician is at your door the same day, at no extra charge for the visit.',
	'',
	'## Safe for pets',
	'',
	'Every product we use is registered for homes with children and pets, and we tell you before we spray anything indoors.',
	':::',
	'',
].join('\n');

/** A contact form as pandoc dumps it from an opaque-classed page: labels with a starred span, a select's options, a button. */
const FORM = [
	'::: {.k1 .m9}',
	'## Get started today',
	'',
	'::: a3',
	'First Name[\\*]{.r5}',
	':::',
	'',
	'::: a3',
	'Last Name[\\*]{.r5}',
	':::',
	'',
	'::: a3',
	'Email address: \\*',
	':::',
	'',
	'::: a3',
	'Country \\*',
	'',
	'\\- Please select United States United Kingdom Canada France Germany Spain',
	':::',
	'',
	'Send',
	':::',
	'',
].join('\n');

/** FORM's container went as one region: its labels, the select's options and the button. */
function assertFormWentWhole(r: { text: string; removed: RemovedRegion[] }): void {
	assert.ok(!r.text.includes('First Name'));
	assert.ok(!r.text.includes('Please select'));
	assert.ok(!r.text.includes('Send'));
	assert.strictEqual(r.removed.length, 1);
	assert.strictEqual(r.removed[0].step, 'form-fields');
}

suite('Form fields', () => {
	test('required fields\' labels in any language are labels; footnoted prices and claims are not', () => {
		for (const s of ['First Name*', 'Email address: *', 'Full Name: *', 'Comment *', 'How can we help you? *', 'Nom *', 'E-Mail-Adresse *', 'Téléphone :*', 'Vorname*', 'Correo electrónico *']) {
			assert.ok(isFieldLabel(s), s);
		}
		for (const s of ['$49/mo*', 'Same day service available!*', 'Apple Intelligence**', 'From 12 months*', 'Terms apply.*', '*', 'A much longer sentence that happens to end with a footnote mark *']) {
			assert.ok(!isFieldLabel(s), s);
		}
	});

	test('a contact form\'s container goes whole (options, button), the page\'s prose stays', () => {
		const r = run(PROSE + FORM);
		assert.ok(r.text.includes('Our technicians treat the whole house'));
		assertFormWentWhole(r);
	});

	test('labels loose in the page\'s one container go from the first to the last, the text around them stays', () => {
		const loose = PROSE.replace(/:::\n$/, ['', 'Name \\*', '', 'Email \\*', '', 'Message \\*', '', 'We answer within a day, on working days, by email or by phone as you prefer.', ':::', ''].join('\n'));
		const r = run(loose);
		assert.ok(!r.text.includes('Email'));
		assert.ok(r.text.includes('Same-day visits'));
		assert.ok(r.text.includes('We answer within a day'));
		assert.strictEqual(r.removed.length, 3);
	});

	test('two starred lines, or three far apart, are no form', () => {
		const two = run(PROSE + ['Name \\*', '', 'Email \\*', ''].join('\n'));
		assert.strictEqual(two.removed.length, 0);
		const gap = ['Plan name \\*', '', 'One', '', 'Two', '', 'Three', '', 'Four', '', 'Support \\*', '', 'Five', '', 'Six', '', 'Seven', '', 'Eight', '', 'Hosting \\*', ''].join('\n');
		assert.strictEqual(run(gap).removed.length, 0);
	});

	test('past the leaves\' first room (256), a form inside a container still goes whole: its leaves keep their container', () => {
		// 400 paragraphs of prose in their own container, then the form: its leaves' boxes sit past the column's first
		// room, where it grows (heuristics/formFields.ts LEAF_COLUMNS). Read wrong there, the form would go line by line.
		const many = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1} of the article, long enough to be prose and not a label.\n`).join('\n');
		const r = run(PROSE.replace(/:::\n$/, many + ':::\n') + FORM);
		assert.ok(r.text.includes('Paragraph 400 of the article'));
		assertFormWentWhole(r);
	});
});
