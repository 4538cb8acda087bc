// A sentence only a form prints marks the small box around it as a form, whatever its class words; the page's sections stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapse, blockText } from '../../src/core/extract/inlineText';
import { dropFormNotices, isFormNotice } from '../../src/core/extract/heuristics/formNotices';
import type { Block } from '../../src/core/model/dumpDocument';

/** Every paragraph and heading of the blocks, at any depth (a whole page's read is flat). */
function leaves(blocks: readonly Block[], out: Block[] = []): Block[] {
	for (const b of blocks) {
		if (b.kind === 'paragraph' || b.kind === 'heading') out.push(b);
		else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') leaves(b.children, out);
		else if (b.kind === 'list') for (const it of b.items) leaves(it.children, out);
	}
	return out;
}

/** The text kept of a dump read flat (as a whole page's read is) or as its own tree, and what went. */
function run(dump: string, flat = true): { text: string; removed: RemovedRegion[] } {
	const doc = parseDump(dump);
	const removed: RemovedRegion[] = [];
	const read = flat ? leaves(doc.blocks) : doc.blocks;
	const kept = dropFormNotices(new BlockIndex(doc), read, removed);
	return { text: leaves(kept).map((b) => collapse(blockText(b))).join('\n'), removed };
}

/** A landing page's sections, in opaque class words. */
const SECTIONS = [
	'::: {.q7 .z2}',
	'## Estate planning that lasts',
	'',
	'Our attorneys draft wills and trusts for families across the city, and review them with you every few years as your life changes.',
	'',
	'## Business formation',
	'',
	'We register your company, write its operating agreement and file every form the state asks for, so you can open your doors sooner.',
	'',
	'## Elder law',
	'',
	'We help families plan for long-term care, protect a home and apply for the benefits a parent has earned, without the paperwork burden.',
	'',
	'## Real estate',
	'',
	'We review every contract of sale, attend the closing with you and make sure the title is clear before a single dollar changes hands.',
	'',
	'## Personal injury',
	'',
	'After an accident we deal with the insurers, gather the medical records and fight for a settlement that covers what you have lost.',
	':::',
	'',
].join('\n');

/** A contact form with no starred label: its intro, a select's options, its consent line, its button and thank-you. */
const FORM = [
	'::: k1',
	'### Contact us',
	'',
	'::: a3',
	'::: b4',
	'Type of Project Web Development Mobile Development Data Analytics Cloud Migration',
	':::',
	'',
	'::: b4',
	'I agree to the terms of the [Privacy Policy](/privacy/).',
	'',
	'Please accept the terms to proceed.',
	':::',
	'',
	'::: b4',
	'Send Inquiry',
	':::',
	'',
	'Thank you for submitting your request.',
	':::',
	':::',
	'',
].join('\n');

suite('Form notices', () => {
	test('the sentences a form prints about itself are notices; prose that agrees or mentions a form is not', () => {
		for (const s of [
			'By checking this box, you confirm that you have read and understand this notice.',
			'By submitting your email, you agree to receive reminders and marketing communications.',
			'By signing up, I agree to the Terms of Use and to receive emails from us.',
			'Required fields are marked with an asterisk(*)',
			'* indicates required field',
			'Please enable JavaScript in your browser to complete this form.',
			'Complete this form and a representative will be in touch shortly.',
			'Please fill out the form or send us an email to',
			'I agree to the terms of the Privacy Policy.',
			'I consent to receive text messages from the firm.',
			// An account wall's line, beside its sign-up buttons.
			'By continuing, you agree to our User Agreement and acknowledge that you understand the Privacy Policy.',
			'By signing in or creating an account, you agree to the Terms of Service.',
			'By joining, you agree to the Community Rules.',
		]) {
			assert.ok(isFormNotice(s), s);
		}
		for (const s of [
			'I agree to the point made above about the second quarter.',
			'I agree with you.',
			'Our form builder lets you complete this form in minutes.',
			'By the way, we agree that the market moved.',
			'Required reading for every manager.',
			`By checking this box, you agree ${'to a very long list of things '.repeat(12)}`,
		]) {
			assert.ok(!isFormNotice(s), s);
		}
	});

	test('a form\'s box goes whole (options, button, thank-you) from a flat read; the sections and the heading above stay', () => {
		const r = run(SECTIONS + FORM);
		assert.ok(r.text.includes('Our attorneys draft wills'));
		assert.ok(r.text.includes('Elder law'));
		assert.ok(r.text.includes('Contact us'), 'the section\'s heading sits outside the form\'s box');
		for (const gone of ['Type of Project', 'I agree', 'Please accept', 'Send Inquiry', 'Thank you for submitting']) assert.ok(!r.text.includes(gone), gone);
		assert.ok(r.removed.every((x) => x.step === 'form-notice'));
	});

	test('read as a tree (an article\'s container), the same box goes', () => {
		const r = run(SECTIONS + FORM, false);
		assert.ok(r.text.includes('Our attorneys draft wills'));
		assert.ok(!r.text.includes('Send Inquiry'));
	});

	test('a box holding a heading is the page\'s section: only the notice goes', () => {
		const titled = ['::: s1', '## Talk to our team', '', 'We answer every message within one working day, by email or by phone.', '', 'By clicking Send, you agree to our privacy policy.', ':::', ''].join('\n');
		const r = run(SECTIONS + titled);
		assert.ok(r.text.includes('We answer every message'));
		assert.ok(!r.text.includes('By clicking Send'));
		assert.strictEqual(r.removed.length, 1);
	});

	test('a box that is a large share of the read is no form\'s box: only the notice goes', () => {
		const big = ['::: s1', 'We answer every message within one working day, by email or by phone, and we never share it.', '', 'By submitting this form, you agree to our terms.', ':::', ''].join('\n');
		const r = run(big);
		assert.ok(r.text.includes('We answer every message'));
		assert.ok(!r.text.includes('By submitting'));
	});

	test('an account wall beside a short thread goes whole: the notice\'s own words do not count against the share', () => {
		const thread = [
			'::: p1',
			'# Which lathe for a small shop?',
			'',
			'My garage is tiny and my budget is small. I turn pens and bowls, nothing longer than a foot. What do you use?',
			':::',
			'',
			'::: p2',
			'A benchtop midi lathe does all of that; buy good chisels before a bigger machine.',
			':::',
			'',
			'::: w1',
			'::: w2',
			'New to Tinkerers?',
			'',
			'Create your account and meet makers near you.',
			':::',
			'',
			'::: w3',
			'Continue with Email',
			':::',
			'',
			'::: w4',
			'By continuing, you agree to our [User Agreement](/terms) and acknowledge that you understand the [Privacy Policy](/privacy).',
			':::',
			':::',
			'',
		].join('\n');
		const r = run(thread);
		assert.ok(r.text.includes('My garage is tiny'));
		assert.ok(r.text.includes('A benchtop midi lathe'));
		for (const gone of ['New to Tinkerers?', 'Create your account', 'Continue with Email', 'By continuing']) assert.ok(!r.text.includes(gone), gone);
	});

	test('a page without notices is kept as it is', () => {
		const r = run(SECTIONS);
		assert.strictEqual(r.removed.length, 0);
		assert.ok(r.text.includes('Business formation'));
	});
});
