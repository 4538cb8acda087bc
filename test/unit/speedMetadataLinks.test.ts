// Issue 13 (session 44): the author-box pair rule tests a link's path before building its text, and the links' origin reads only each link's scheme and host; the answers are the old ones.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { authorBoxPairCandidates } from '../../src/core/extract/metadata/authorBoxPairs';
import { siteOrigin, webOrigin } from '../../src/core/extract/metadata/pageUrl';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import { parseUrl } from '../../src/core/extract/metadata/urls';
import { SHARE_HOST_RE } from '../../src/core/extract/metadataRules';

/** `linksOrigin`'s reading of one link as it was before `webOrigin`: `parseUrl` of the whole URL. */
function plainOrigin(href: string): string | undefined {
	const p = parseUrl(href.trim());
	if (!p?.host || !/^https?$/.test(p.scheme) || SHARE_HOST_RE.test(p.host)) return undefined;
	return `${p.scheme}://${p.host}`;
}

const HREFS = [
	'https://example.org/a/b?c=d#e', 'HTTP://Example.ORG/x', 'Https://user:pw@Host.example:8080/path', 'http://@:80/', 'http://',
	'https:no-host', 'http+x://example.org/', 'httpss://example.org/', '  https://spaced.example/  ', 'mailto:someone@example.org',
	'//protocol.example/relative', '/just/a/path', '#top', '?q=1', 'https://twitter.com/intent/tweet?url=x', 'https://www.facebook.com/sharer.php',
	'ftp://files.example/', 'https://example.org:443', 'https://h.example?x', 'https://h.example#frag', 'javascript:void(0)', '',
];

suite('speed: metadata links read once, path first (issue 13, session 44)', () => {
	test('webOrigin answers as parseUrl did, on every shape of link', () => {
		for (const h of HREFS) assert.equal(webOrigin(h.trim()), plainOrigin(h), JSON.stringify(h));
	});

	test('the origin most links point to is the same', () => {
		const links = ['HTTPS://News.Example/a', 'https://news.example/b', 'https://u@news.example:8443/c', 'https://other.example/', '/local', 'https://twitter.com/share'];
		const s = new MetadataScan(parseDump(`# Title\n\n${links.map((l, i) => `[link ${i}](${l})`).join('\n\n')}\n`), {});
		assert.equal(siteOrigin(s, [], undefined), 'https://news.example');
	});

	test("the author-box rule builds no text of a link to no author page, and still reads an empty author link's name", () => {
		const body = 'Rhubarb forces early if you cover the crown with a tall pot in late winter, and the stalks grow pale and sweet.\n\n';
		const dump = `# Forcing rhubarb\n\n${body.repeat(3)}[Seed catalogue](https://example.org/shop/seeds/) and [our forum](/forum/)\n\n[](https://example.org/author/orla/)\n\n#### Orla Fennimore\n`;
		const s = new MetadataScan(parseDump(dump), {});
		const found = authorBoxPairCandidates(s);
		assert.deepEqual(found.map((c) => c.value), [['Orla Fennimore']]);
		const others = s.links.filter((n) => !/\/author\//.test((n.inline as { href: string }).href));
		assert.equal(others.length, 2);
		for (const n of others) assert.equal(s.hasText(n), false, (n.inline as { href: string }).href);
	});
});
