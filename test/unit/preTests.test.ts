// Cheap pre-tests before costly patterns (issue 13): each gives the answer it replaces.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { ALL_FLAGS, BlockIndex } from '../../src/core/extract/blockIndex';
import { cleanBlock } from '../../src/core/extract/clean';
import { FORM_TOKEN_RE, isFormContainer } from '../../src/core/extract/heuristics/forms';
import { isHiddenSpan, NAMESPACED_HIDING_CLASS_RE, NAMESPACED_HIDING_NEED_RE, SHORT_TIME_CLASS_RE, SHORT_TIME_NEED_RE } from '../../src/core/extract/inlineText';
import type { RemovedRegion } from '../../src/core/extract/article';

/** The alternatives of the first non-capturing group of `re` that follows `after` in its source. */
function groupAlternatives(re: RegExp, after: string): string[] {
	const src = re.source;
	const open = src.indexOf(after) + after.length;
	let depth = 0;
	let end = open;
	for (; end < src.length; end++) {
		if (src[end] === '(') depth++;
		else if (src[end] === ')' && depth-- === 0) break;
	}
	const out: string[] = [];
	let from = open;
	depth = 0;
	for (let i = open; i < end; i++) {
		if (src[i] === '(') depth++;
		else if (src[i] === ')') depth--;
		else if (src[i] === '|' && depth === 0) {
			out.push(src.slice(from, i));
			from = i + 1;
		}
	}
	out.push(src.slice(from, end));
	return out;
}

suite('Pre-tests before costly patterns', () => {
	test('every alternative of the form-word pattern holds the pre-test\'s word, and the container test answers as the pattern does', () => {
		const alternatives = groupAlternatives(FORM_TOKEN_RE, '^(?:');
		assert.ok(alternatives.length >= 10, alternatives.join(' '));
		for (const a of alternatives) assert.ok(/form|wpcf7/i.test(a.replace(/\\S[*+]|\?|\[[^\]]*\]/g, '')), a);
		for (const w of ['form', 'gform_wrapper', 'wpforms-field', 'hs-form', 'contact-form', 'form-group', 'mktoForm', 'wpcf7-form', 'formFieldGroup', 'transform', 'platform', 'card']) {
			assert.equal(isFormContainer({ classes: ['x', w] }), FORM_TOKEN_RE.test(w), w);
			assert.equal(isFormContainer({ id: w, classes: [] }), FORM_TOKEN_RE.test(w), w);
		}
	});

	test('every hiding word of the namespaced pattern holds its pre-test\'s words; a short time class holds "short"', () => {
		const words = groupAlternatives(NAMESPACED_HIDING_CLASS_RE, '(?:^|[-_])(?:');
		assert.ok(words.length >= 4, words.join(' '));
		for (const w of words) assert.ok(NAMESPACED_HIDING_NEED_RE.test(w.replace(/-\?/g, '-').replace(/\([^)]*\)\??/g, '')), w);
		assert.ok(SHORT_TIME_CLASS_RE.source.endsWith('short$'));
		for (const c of ['h-sr-only', 'usa-sr-only', 'wt-screen-reader-only', 'ui-helper-hidden-accessible', 'VisuallyHidden_visuallyHidden__BwEVx', 'visually-hidden--inline']) {
			assert.ok(NAMESPACED_HIDING_CLASS_RE.test(c) && NAMESPACED_HIDING_NEED_RE.test(c), c);
			assert.equal(isHiddenSpan({ classes: [c], pairs: [] }, [{ kind: 'text', value: 'Save this event', range: { start: 0, end: 15 } }]), true, c);
		}
		for (const c of ['ipsTime__short', 'posttime--short', 'timeShort_short']) assert.ok(SHORT_TIME_CLASS_RE.test(c) && SHORT_TIME_NEED_RE.test(c), c);
		assert.equal(isHiddenSpan({ classes: ['ipsTime__short'], pairs: [] }, undefined), true);
		assert.equal(isHiddenSpan({ classes: ['md:not-sr-only', 'timeline'], pairs: [] }, [{ kind: 'text', value: 'Shown', range: { start: 0, end: 5 } }]), false);
	});

	test('a paragraph that is mostly a share link is dropped as sharing, through emphasis, and one with no such link is kept', () => {
		const doc = parseDump('**[Share on X](https://x.example/share){.share-link}** now\n\n[Read more](https://ex.org/more){.more-link} now\n\n[Share](https://x.example/s){.share-link} ' + 'and a long sentence of the text around it '.repeat(3) + '\n');
		const index = new BlockIndex(doc);
		const kept = doc.blocks.map((b) => {
			const removed: RemovedRegion[] = [];
			const out = cleanBlock(index, b, ALL_FLAGS, removed, undefined, false);
			return out.blocks.length > 0 ? 'kept' : removed.map((r) => r.step).join(',');
		});
		assert.deepEqual(kept, ['share', 'kept', 'kept']);
	});
});
