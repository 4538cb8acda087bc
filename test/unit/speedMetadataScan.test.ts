import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { withTextCache } from '../../src/core/extract/inlineText';
import { guessLanguage } from '../../src/core/extract/metadata/languageGuess';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import { isHomeLink } from '../../src/core/extract/metadata/urls';
import { AUTHOR_RE, DATE_RE, FOREIGN_RE } from '../../src/core/extract/metadataRules';
import { classifyUrl, urlScheme } from '../../src/core/url/urlPolicy';

/**
 * Pieces of synthetic dumps that put markup inside words (a drop cap, bold letters, an escape, character references),
 * hide text (a hidden span), and write the words, digits and marks the metadata pre-tests look for.
 */
const PIECES = [
	'By', 'by', '[B]{.dropcap}y', '**B**y', 'b&#121;', 'B\\y', 'Written ', 'writer', 'Au[thor]{.x}:', 'aut', ' ', ' Jane Doe',
	'2024', '&#50;', 'March ', '[5]{.d}', '(c)', '\\(c\\)', '©', '&copy;', 'Copy[right]{.x}', 'copyright', '`by`',
	'[hidden by]{style="display:none"}', '[link by](/author/x)', ' · ', '\n', '*', '_', 'x',
];
const LINE = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((xs) => xs.join(''));
const DUMP = fc.array(LINE, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `${l}\n`).join('\n'));
/** The same, wrapped in containers (`::: {.author}` divs, lists) so that containers and their word lists are scanned too. */
const NESTED = fc.tuple(DUMP, fc.constantFrom('author', 'byline date', 'comments', 'post-date', 'related', 'x')).map(([d, cls]) => `::: {.${cls.split(' ').join(' .')}}\n${d}\n- item ${d.split('\n')[0]}\n:::\n`);

function scanOf(dump: string): MetadataScan {
	return new MetadataScan(parseDump(dump), {});
}

suite('speed: metadata pre-tests and memoised vocabulary (issue 13)', () => {
	test('mayHoldWord and mayHoldChar never say "no" for a node whose text holds the word or character', () => {
		const words = [/by/i, /aut|writer/i, /copyright/i];
		const chars = [/\d/, /[©(]/];
		fc.assert(
			fc.property(fc.oneof(DUMP, NESTED), (dump) =>
				withTextCache(() => {
					const s = scanOf(dump);
					for (const n of s.nodes) {
						const t = s.textOf(n);
						for (const re of words) if (re.test(t)) assert.ok(s.mayHoldWord(n, re), `${re} in ${JSON.stringify(t)} from ${JSON.stringify(dump)}`);
						for (const re of chars) if (re.test(t)) assert.ok(s.mayHoldChar(n, re), `${re} in ${JSON.stringify(t)} from ${JSON.stringify(dump)}`);
					}
				}),
			),
			{ numRuns: 400 },
		);
	});

	test('the pre-tests say "no" for plain text without the word, and see through markup inside a word', () => {
		withTextCache(() => {
			const s = scanOf('Nothing here at all\n\n[B]{.dropcap}y Jane Doe\n\nb&#121; Jane\n');
			const [plain, dropCap, entity] = s.nodes.filter((n) => n.block?.kind === 'paragraph');
			assert.equal(s.mayHoldWord(plain, /by/i), false);
			assert.equal(s.mayHoldChar(plain, /\d/), false);
			assert.equal(s.textOf(dropCap), 'By Jane Doe');
			assert.ok(s.mayHoldWord(dropCap, /by/i));
			assert.ok(s.mayHoldWord(entity, /by/i));
			assert.ok(s.mayHoldChar(entity, /\d/), 'a character reference may be any character');
		});
	});

	test('wordTest and vocab answer as the regexes do on every node and its ancestors', () => {
		fc.assert(
			fc.property(NESTED, (dump) => {
				const s = scanOf(dump);
				for (const n of s.nodes) {
					for (const re of [AUTHOR_RE, DATE_RE, FOREIGN_RE]) {
						assert.equal(s.wordTest(n, re), n.words !== '' && re.test(n.words));
						let expected: 0 | 1 | 2 = n.words && re.test(n.words) ? 2 : 0;
						for (let p = n.parent, i = 0; expected === 0 && p && i < 3; p = p.parent, i++) if (p.words && re.test(p.words)) expected = 1;
						assert.equal(s.vocab(n, re), expected);
					}
				}
			}),
			{ numRuns: 200 },
		);
	});

	test('isForeign still skips layout containers and honours the title column', () => {
		const s = scanOf('::: {.comments}\nA comment\n:::\n\n::: {.main-sidebar .layout}\nA side note\n:::\n');
		const [comment, side] = s.nodes.filter((n) => n.block?.kind === 'paragraph');
		assert.ok(s.isForeign(comment));
		assert.equal(s.isForeign(side), false, 'a layout name beside "sidebar" is the page column');
	});

	test('textLongerThan is never true for a text that is not longer, containers included', () => {
		fc.assert(
			fc.property(fc.oneof(DUMP, NESTED), fc.integer({ min: 0, max: 60 }), (dump, chars) =>
				withTextCache(() => {
					const s = scanOf(dump);
					for (const n of s.nodes) if (s.textLongerThan(n, chars)) assert.ok(s.textOf(n).length > chars, JSON.stringify(s.textOf(n)));
				}),
			),
			{ numRuns: 300 },
		);
		const s = scanOf(`::: {.box}\n${'A long line of prose. '.repeat(10)}\n\n- one\n- two\n:::\n`);
		assert.ok(s.textLongerThan(s.nodes[0], 150), 'a container counts its paragraphs');
	});

	test('guessLanguage tells scripts apart in its letter scan', () => {
		assert.equal(guessLanguage('これはテストです。ひらがなとカタカナ。'.repeat(10)), 'ja');
		assert.equal(guessLanguage('한국어 문장입니다 '.repeat(20)), 'ko');
		assert.equal(guessLanguage('中文汉字测试句子'.repeat(20)), 'zh');
		assert.equal(guessLanguage('Это русский текст для проверки '.repeat(10)), 'ru');
		assert.equal(guessLanguage('هذا نص عربي للاختبار '.repeat(10)), 'ar');
		assert.equal(guessLanguage(`${'x'.repeat(200)} 日本`), undefined, 'a few ideographs in Latin text are no script of the page');
	});

	test('classifyUrl and urlScheme read a written http(s) scheme as the full decoding does', () => {
		for (const u of ['https://example.com/a?b=1&amp;c', 'http://x', 'https:', 'http:&#x6A;avascript:alert(1)']) {
			const scheme = u.startsWith('https') ? 'https' : 'http';
			assert.deepEqual(classifyUrl(u, 'link'), { safe: true, kind: 'web', scheme });
			assert.deepEqual(classifyUrl(u, 'image'), { safe: true, kind: 'web', scheme });
			assert.equal(urlScheme(u), scheme);
		}
		assert.deepEqual(classifyUrl('HTTPS://EXAMPLE.COM', 'image'), { safe: true, kind: 'web', scheme: 'https' });
		assert.equal(classifyUrl('jav&#x61;script:alert(1)', 'link').safe, false);
		assert.deepEqual(classifyUrl(' \thttps://x', 'link'), { safe: true, kind: 'web', scheme: 'https' }, 'blanks before the scheme are read by the full decoding');
		assert.equal(urlScheme('mailto:a@b.c'), 'mailto');
	});

	test('an entity before trailing spaces at a line end stays in its own text node (parseInlines)', () => {
		// The pre-tests read a node's source range: the entity's text once leaked into the next line's span.
		const p = parseDump('(c)&#50; \n[5]{.d}By\n').blocks[0];
		assert.equal(p.kind, 'paragraph');
		if (p.kind !== 'paragraph') return;
		const [first, span] = p.content;
		assert.equal(first.kind === 'text' ? first.value : first.kind, '(c)2');
		assert.equal(span.kind === 'span' && span.children[0].kind === 'text' ? span.children[0].value : span.kind, '5');
	});

	test('isHomeLink: only web URLs to the origin host, the origin read once per page', () => {
		assert.ok(isHomeLink('https://www.example.com/', 'https://example.com'));
		assert.ok(isHomeLink('//example.com/index.html', 'https://example.com'));
		assert.ok(isHomeLink('/', undefined));
		assert.equal(isHomeLink('mailto:x@example.com', 'https://example.com'), false);
		assert.equal(isHomeLink('https://example.com/a', 'https://example.com'), false);
		assert.equal(isHomeLink('https://example.org/', 'https://example.com'), false);
		assert.ok(isHomeLink('https://example.org/', 'https://example.org'), 'another origin is read anew');
		assert.equal(isHomeLink('https://example.com/', ''), false);
	});

	test('a node answers block or inline by its class: spans, links and images are inlines, every other node a block', () => {
		fc.assert(
			fc.property(fc.oneof(DUMP, NESTED), (dump) => {
				const s = scanOf(`${dump}\n![alt](/a.png){.pic}\n\n| a | [b](/b) |\n|---|---|\n| c | d |\n\n> quote [by]{.by}\n`);
				for (const n of s.nodes) {
					const inline = n.item.kind === 'span' || n.item.kind === 'link' || n.item.kind === 'image';
					assert.equal(n.inline, inline ? n.item : undefined, n.item.kind);
					assert.equal(n.block, inline ? undefined : n.item, n.item.kind);
				}
				assert.ok(s.nodes.some((n) => n.inline?.kind === 'image') && s.nodes.some((n) => n.block?.kind === 'table'));
			}),
			{ numRuns: 100 },
		);
	});
});
