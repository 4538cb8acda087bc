// Speed rewrites of the extractor's walks (speedx13): each answers as the form it replaced.
import * as assert from 'node:assert/strict';
import type { Attributes } from '../../src/core/model/dumpDocument';
import { INNER_CHROME_TOKEN_RE, innerChromeToken } from '../../src/core/extract/heuristics/innerChrome';
import { isHidden, isHiddenSpan } from '../../src/core/extract/inlineText';
import { shareSignal } from '../../src/core/extract/clean';
import { parseDump } from '../../src/core/dump/parseDump';

function attrs(id: string | undefined, classes: string[], pairs: [string, string][] = []): Attributes {
	return { id, classes, pairs, range: { start: 0, end: 0 } };
}

/** innerChromeToken as it was: every id and class split into tokens, no word test first. */
function innerChromeTokenBefore(a: Attributes): string | undefined {
	const names = a.id ? [a.id, ...a.classes] : a.classes;
	for (const name of names) {
		const tokens = name.split(/[-_\s:]+/);
		for (let i = 0; i < tokens.length; i++) {
			if (INNER_CHROME_TOKEN_RE.test(tokens[i]) && !(i > 0 && /^(?:no|not|without|hide)$/i.test(tokens[i - 1]))) return name;
		}
	}
	return undefined;
}

/** isHiddenSpan's class tests as they were, with `some`. */
function hiddenSpanBefore(a: Attributes): boolean {
	if (isHidden(a)) return true;
	if (a.id && /^a11y-[\w-]*message$/.test(a.id)) return true;
	if (a.classes.some((c) => /^\w*time\w*(?:__|--|-|_)short$/i.test(c))) return true;
	const hiding = /^(?:d-none|hidden|sr-only|visually-hidden|visuallyhidden|screen-reader-text|u-visually-hidden|screenreader|screen-reader-only|screenreader-only|element-invisible|show-for-sr|assistive-text)$/;
	const showing = /^(?:d-(?:sm|md|lg|xl|xxl)-(?!none)\w+|(?:sm|md|lg|xl|2xl):(?!hidden)\w+|(?:sm|md|lg|xl|2xl):not-sr-only)$/;
	return a.classes.some((c) => hiding.test(c)) && !a.classes.some((c) => showing.test(c));
}

suite('extractor walks (speed rewrites)', () => {
	test('innerChromeToken answers as the split of every name did', () => {
		const cases: Attributes[] = [
			attrs(undefined, ['photo-credit']),
			attrs('author-box', ['wrap']),
			attrs(undefined, ['no_caption', 'figCaption']),
			attrs(undefined, ['without-author', 'AUTHORS']),
			attrs(undefined, ['authorship', 'biography', 'cta-row']),
			attrs(undefined, ['md:mb-4', 'hover:slider']),
			attrs('', ['hide-bio', 'x']),
			attrs(undefined, []),
			attrs('main', ['content', 'article-body']),
			attrs(undefined, ['swiper_wrapper', 'newsletter']),
		];
		for (const a of cases) assert.equal(innerChromeToken(a), innerChromeTokenBefore(a), JSON.stringify(a));
	});

	test('isHiddenSpan answers as the class tests with `some` did', () => {
		const cases: Attributes[] = [
			attrs(undefined, ['sr-only']),
			attrs(undefined, ['sr-only', 'md:not-sr-only']),
			attrs(undefined, ['d-none', 'd-md-inline']),
			attrs(undefined, ['d-md-inline', 'd-none']),
			attrs(undefined, ['hidden', 'ipsTime__short']),
			attrs(undefined, ['md:block', 'ipsTime__short']),
			attrs(undefined, ['ipsTime__long']),
			attrs('a11y-refresh-page-message', []),
			attrs(undefined, ['plain'], [['hidden', '']]),
			attrs(undefined, ['visually-hidden', 'x', 'lg:hidden']),
		];
		for (const a of cases) assert.equal(isHiddenSpan(a), hiddenSpanBefore(a), JSON.stringify(a));
	});

	test('a paragraph of share links is still a share row when cleaned on its own', () => {
		const doc = parseDump('[Share on X](https://x.example/share){.share-button} [Mail](mailto:a@b.example){.share-mail}\n\nA plain sentence with [one link](https://example.com) in it.\n');
		assert.equal(shareSignal([doc.blocks[0]]), 'share-button');
		assert.equal(shareSignal([doc.blocks[1]]), undefined);
	});
});
