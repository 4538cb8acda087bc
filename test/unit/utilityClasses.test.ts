// Utility classes (Tailwind and its kin) carry no role: class weights read the other classes only.
import * as assert from 'node:assert/strict';
import { isUtilityClass, roleClasses } from '../../src/core/extract/heuristics/utilityClasses';
import { classWeight } from '../../src/core/extract/scoring';

suite('utility classes', () => {
	test('variants, arbitrary values and utility families with a value are utilities', () => {
		for (const c of ['maxlg:hidden', 'group-[.active]:block', 'w-[45%]', 'overflow-hidden', 'overflow-x-hidden', 'text-16', 'text-gray-light', 'bg-gray-50', '-mt-px', 'px-4', 'max-w-6xl', 'rounded-md', 'border-b-1', 'leading-1.35', 'gap-x-5']) {
			assert.equal(isUtilityClass(c), true, c);
		}
	});

	test('role names stay: a family word alone, or a name that only starts like one', () => {
		for (const c of ['hidden', 'text', 'content', 'overflow', 'sidebar', 'entry-content', 'post-body', 'footer-widgets', 'comments', 'promo-box', 'article']) {
			assert.equal(isUtilityClass(c), false, c);
		}
		const classes = ['entry-content', 'prose'];
		assert.equal(roleClasses(classes), classes, 'no utilities: the same array');
	});

	test('class weight ignores the utilities and still weighs the role names beside them', () => {
		assert.equal(classWeight(['section', 'max-w-6xl', 'mx-auto', 'maxlg:px-4', 'maxlg:overflow-hidden'], undefined), 0);
		assert.equal(classWeight(['text-16', 'font-bold'], undefined), 0);
		assert.ok(classWeight(['entry-content', 'text-lg'], undefined) > 0);
		assert.ok(classWeight(['sidebar', 'w-1/3'], undefined) < 0);
		assert.ok(classWeight(['hidden'], undefined) < 0, 'a bare `hidden` is still hidden');
	});
});
