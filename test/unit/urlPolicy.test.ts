// The shared URL policy: every encoded spelling of a script or editor URL is refused by classification, by every
// output format (md, json, html, text) and by the rules (PD102, never PD107).
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { diagnose } from '../../src/core/diagnose/diagnose';
import { extractDump, formatExtraction } from '../../src/core/render/formats';
import { classifyUrl, decodeFragment, isRelativeReference, isSafeLinkUrl, revealUrl, unsafeUrlReason, urlScheme } from '../../src/core/url/urlPolicy';
import { imageDecision } from '../../src/core/url/imagePolicy';
import { resolveUrl } from '../../src/core/url/resolveUrl';

/** `javascript:` in every spelling a browser, a Markdown tool or a YAML reader might undo. */
const SCRIPT_VARIANTS = [
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	'jav&#x61;script:alert(1)',
	'&#x6A;avascript&#x3A;alert(1)',
	'javascript&colon;alert(1)',
	'javascript&COLON;alert(1)',
	'&#x0001;javascript:alert(1)',
	'&#106;avascript:alert(1)',
	'&#0000106avascript:alert(1)',
	'&#x6a;&#x61;&#x76;&#x61;script&#58;alert(1)',
	'&amp;#x6A;avascript:alert(1)',
	'%6Aavascript:alert(1)',
	'%256Aavascript:alert(1)',
	'java%09script:alert(1)',
	'java\tscript:alert(1)',
	'java\nscript:alert(1)',
	'\u0000javascript:alert(1)',
	' \u0001 javascript:alert(1)',
	'java\u200bscript:alert(1)',
	'\ufeffjavascript:alert(1)',
	'java&Tab;script:alert(1)',
	'java&NewLine;script:alert(1)',
	'vbscript:msgbox(1)',
	'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
	'command:workbench.action.terminal.new',
	'c&#x6F;mmand:workbench.action.terminal.new',
	'COMMAND&colon;workbench.action.files.openFile',
	'vscode:extension/evil.publisher',
	'vscode://vscode.git/clone?url=x',
	'v%73code:extension/evil',
	'vscode-insiders:extension/evil',
	'file:///etc/passwd',
	'ftp://files.example.org/a',
];

suite('URL policy', () => {
	test('every encoded script, command and vscode URL is unsafe as a link and as an image', () => {
		for (const url of SCRIPT_VARIANTS) {
			assert.equal(classifyUrl(url, 'link').safe, false, `link ${JSON.stringify(url)}`);
			assert.equal(classifyUrl(url, 'image').safe, false, `image ${JSON.stringify(url)}`);
			assert.equal(isRelativeReference(url), false, `relative ${JSON.stringify(url)}`);
			assert.ok(unsafeUrlReason(url, 'link'), `reason ${JSON.stringify(url)}`);
		}
	});

	test('the reason names the danger', () => {
		assert.match(unsafeUrlReason('jav&#x61;script:x', 'link')!, /javascript: URL runs script/);
		assert.match(unsafeUrlReason('command:x', 'link')!, /VS Code command/);
		assert.match(unsafeUrlReason('gopher://x', 'link')!, /not an allowed link scheme/);
	});

	test('allow-listed, relative and fragment URLs are safe', () => {
		for (const url of ['https://example.org/a?b#c', 'http://example.org', 'mailto:a@example.org', 'tel:+441234', '/a/b', 'a/b.html', '../x', '?q=1', '#top', '//cdn.example.org/x', 'a/b:c', 'https://example.org/a%3Ab']) {
			assert.equal(isSafeLinkUrl(url), true, url);
		}
		assert.deepEqual(classifyUrl('#top', 'link'), { safe: true, kind: 'fragment' });
		assert.equal(isRelativeReference('a/b.html'), true);
		assert.equal(isRelativeReference('#x'), false);
		assert.equal(isRelativeReference('//cdn.example.org/x'), false);
	});

	test('images: raster data only; SVG and documents are unsafe', () => {
		assert.equal(classifyUrl('data:image/png;base64,AA', 'image').safe, true);
		assert.equal(classifyUrl('data:image/png;base64,AA', 'link').safe, false);
		assert.equal(classifyUrl('data:image/svg+xml,<svg onload=alert(1)>', 'image').safe, false);
		assert.equal(classifyUrl('mailto:a@b.c', 'image').safe, false);
	});

	test('image policy: embedded holds back remote images, none holds back all, unsafe is dropped', () => {
		assert.equal(imageDecision('https://a.example/x.png', 'embedded'), 'hold');
		assert.equal(imageDecision('data:image/gif;base64,AA', 'embedded'), 'show');
		assert.equal(imageDecision('https://a.example/x.png', 'https'), 'show');
		assert.equal(imageDecision('http://a.example/x.png', 'https'), 'hold');
		assert.equal(imageDecision('http://a.example/x.png', 'all'), 'show');
		assert.equal(imageDecision('javascript:x', 'all'), 'drop');
		assert.equal(imageDecision('https://a.example/x.png', 'none'), 'hold');
	});

	test('revealUrl and urlScheme undo entities, percent escapes and ignored characters', () => {
		assert.equal(revealUrl('jav&#x61;script&colon;x'), 'javascript:x');
		assert.equal(urlScheme('&#x6A;avascript&#x3A;x'), 'javascript');
		assert.equal(urlScheme('a/b'), undefined);
		assert.equal(revealUrl('&#xFFFFFFFF;'), '\ufffd');
	});

	test('decodeFragment never throws: a malformed escape such as #%E0 is kept as written', () => {
		assert.equal(decodeFragment('%E0'), '%E0');
		assert.equal(decodeFragment('%'), '%');
		assert.equal(decodeFragment('caf%C3%A9'), 'café');
	});

	test('resolveUrl follows RFC 3986', () => {
		const base = 'https://a.example/b/c/d.html';
		assert.equal(resolveUrl('../x', base), 'https://a.example/b/x');
		assert.equal(resolveUrl('//cdn.example/x', base), 'https://cdn.example/x');
		assert.equal(resolveUrl('mailto:x@y.z', base), 'mailto:x@y.z');
	});
});

/** A dump without a canonical URL whose paragraph links to `url` inline, by reference, and as an image. */
function hostileDump(url: string): string {
	return [
		'Title',
		'=====',
		'',
		`Some prose for the article with [an inline link](${url}) and [a reference link][ref] and ![a picture](${url}) to follow.`,
		'More prose so the paragraph counts as the article body, with enough words to be kept by the extractor.',
		'',
		`[ref]: ${url}`,
		'',
	].join('\n');
}

suite('URL policy in every output and rule', () => {
	test('tracking pixels never reach an output; ordinary images do', () => {
		const dump = [
			'Title', '=====', '',
			'Article words before the pixels, long enough to be the body of the page and be kept as its article text.',
			'![](https://www.google-analytics.com/collect?v=1&tid=UA-1) ![spacer](https://cdn.example.org/p.gif){width="1" height="1"}',
			'![A real photo](https://cdn.example.org/photo.jpg)', '',
		].join('\n');
		const extraction = extractDump(dump);
		for (const format of ['md', 'json', 'html'] as const) {
			const out = formatExtraction(extraction, format);
			assert.ok(!out.includes('google-analytics') && !out.includes('p.gif'), `${format} keeps a tracking pixel:\n${out}`);
			assert.ok(out.includes('https://cdn.example.org/photo.jpg'), `${format} lost the photo`);
		}
		assert.ok(!/img-src[^;"]*http:/.test(formatExtraction(extraction, 'html')), 'exported HTML CSP allows http: images');
	});

	// Characters that make a URL unparseable as one Markdown link destination are not the point here.
	const variants = SCRIPT_VARIANTS.filter((u) => !/[\s\u0000-\u001f]/.test(u));

	test('md, json, html and text never carry a refused target', () => {
		for (const url of variants) {
			const extraction = extractDump(hostileDump(url));
			for (const format of ['md', 'json', 'html', 'text'] as const) {
				const out = formatExtraction(extraction, format);
				assert.ok(!out.includes(url), `${format} keeps ${JSON.stringify(url)}:\n${out}`);
				assert.ok(!/\]\((?!https?:)[^)]*\)/.test(format === 'json' ? (JSON.parse(out) as { markdown: string }).markdown : format === 'md' ? out : ''), `${format} keeps a non-web link for ${url}`);
			}
			const html = formatExtraction(extraction, 'html');
			assert.ok(!/href="(?!https?:)/i.test(html), `html href for ${url}`);
			assert.ok(!/<img/i.test(html), `html img for ${url}`);
		}
	});

	test('check reports PD102, never PD107, for every variant', () => {
		for (const url of variants) {
			const doc = parseDump(hostileDump(url));
			const findings = diagnose(doc, extractArticle(doc), { scope: 'page', requiredMetadata: [] });
			const codes = findings.map((f) => f.code);
			assert.ok(codes.includes('PD102'), `PD102 for ${JSON.stringify(url)}: ${codes.join(' ')}`);
			assert.ok(!codes.includes('PD107'), `PD107 for ${JSON.stringify(url)}`);
		}
	});
});
