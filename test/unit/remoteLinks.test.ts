// The remote link checker against a local HTTP server on 127.0.0.1 that the tests start and stop.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { checkRemoteLinks, checkRemoteLinksDetailed, globToRegExp, RemoteLinkCache, remoteLinkTargets, type FetchLike, type RemoteTarget } from '../../src/core/diagnose/remoteLinks';

/** Node's fetch as the checker's port. */
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

interface Server {
	readonly base: string;
	readonly port: number;
	/** Requests seen, as `METHOD /path`. */
	readonly log: string[];
	/** Most requests in flight at once. */
	maxInFlight: number;
	close(): Promise<void>;
}

async function startServer(): Promise<Server> {
	const log: string[] = [];
	let busyHits = 0;
	let inFlight = 0;
	const state = { maxInFlight: 0 };
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		log.push(`${req.method} ${url.pathname}`);
		inFlight++;
		state.maxInFlight = Math.max(state.maxInFlight, inFlight);
		const end = (status: number, headers: http.OutgoingHttpHeaders = {}, delay = 0): void => {
			setTimeout(() => {
				inFlight--;
				res.writeHead(status, { 'content-type': 'text/plain', ...headers });
				res.end(req.method === 'HEAD' ? undefined : `status ${status}`);
			}, delay);
		};
		const port = (server.address() as AddressInfo).port;
		switch (url.pathname) {
			case '/ok':
				return end(200);
			case '/moved':
				return end(301, { location: '/ok' });
			case '/away':
				// Same server, another host name: a redirect to another host.
				return end(301, { location: `http://localhost:${port}/ok` });
			case '/missing':
				return end(404);
			case '/gone':
				return end(410);
			case '/busy':
				return end(busyHits++ === 0 ? 429 : 200, busyHits === 1 ? { 'retry-after': '0' } : {});
			case '/slow':
				// Never answered: held until the server closes, so a run that returns did not wait for it (no clock).
				return;
			case '/no-head':
				return end(req.method === 'HEAD' ? 405 : 200);
			case '/loop':
				return end(302, { location: '/loop' });
			default:
				if (url.pathname.startsWith('/wait/')) return end(200, {}, 100);
				return end(404);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	return {
		base: `http://127.0.0.1:${port}`,
		port,
		log,
		get maxInFlight() {
			return state.maxInFlight;
		},
		set maxInFlight(v: number) {
			state.maxInFlight = v;
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** The test server listens on 127.0.0.1: a loopback address, refused unless a run allows it. */
const LOOPBACK = { allowAddresses: { loopback: true } } as const;

function targets(...urls: string[]): RemoteTarget[] {
	return urls.map((url, i) => ({ url, range: { start: i * 10, end: i * 10 + 5 } }));
}

suite('remote links', () => {
	let server: Server;
	setup(async () => {
		server = await startServer();
	});
	teardown(async () => {
		await server.close();
	});

	test('200 and same-host redirects are fine; 404 and 410 are broken; another host is reported', async () => {
		const b = server.base;
		const findings = await checkRemoteLinks(targets(`${b}/ok`, `${b}/moved`, `${b}/missing`, `${b}/gone`, `${b}/away`), { ...LOOPBACK, timeoutMs: 5000 }, { fetch: nodeFetch });
		assert.deepEqual(findings.map((f) => `${f.range.start}:${f.code}:${f.severity}`), ['20:PD401:warning', '30:PD401:warning', '40:PD402:info']);
		assert.match(findings[0].message, /404 Not Found/);
		assert.match(findings[1].message, /410 Gone/);
		assert.match(findings[2].message, new RegExp(`redirects to another host: http://localhost:${server.port}/ok`));
		// The same-host redirect was followed to its target.
		assert.ok(server.log.includes('HEAD /ok'));
	});

	test('429 is retried after Retry-After, then the 200 counts', async () => {
		const slept: number[] = [];
		const findings = await checkRemoteLinks(targets(`${server.base}/busy`), { ...LOOPBACK, timeoutMs: 5000 }, { fetch: nodeFetch, sleep: async (ms) => void slept.push(ms) });
		assert.deepEqual(findings, []);
		assert.deepEqual(server.log, ['HEAD /busy', 'HEAD /busy']);
		assert.deepEqual(slept, [0]);
	});

	test('a 429 that never ends is not reported as broken, after a doubling backoff', async () => {
		const slept: number[] = [];
		const always429: FetchLike = async () => ({ status: 429, headers: { get: () => null } });
		const findings = await checkRemoteLinks(targets('https://example.test/a'), { ...LOOPBACK, maxRetries: 3, backoffMs: 100 }, { fetch: always429, sleep: async (ms) => void slept.push(ms) });
		assert.deepEqual(findings, []);
		assert.deepEqual(slept, [100, 200, 400]);
	});

	test('a slow answer times out', async () => {
		const findings = await checkRemoteLinks(targets(`${server.base}/slow`), { ...LOOPBACK, timeoutMs: 200 }, { fetch: nodeFetch });
		assert.equal(findings.length, 1);
		assert.equal(findings[0].code, 'PD401');
		assert.match(findings[0].message, /no answer within 200 ms/);
		// '/slow' never answers: the finding above says the run ended on its own 200 ms timeout (no clock compared here).
	});

	test('HEAD refused: the checker asks again with GET', async () => {
		const findings = await checkRemoteLinks(targets(`${server.base}/no-head`), LOOPBACK, { fetch: nodeFetch });
		assert.deepEqual(findings, []);
		assert.deepEqual(server.log, ['HEAD /no-head', 'GET /no-head']);
	});

	test('redirect loops end as broken', async () => {
		const findings = await checkRemoteLinks(targets(`${server.base}/loop`), { ...LOOPBACK, maxRedirects: 3 }, { fetch: nodeFetch });
		assert.equal(findings.length, 1);
		assert.match(findings[0].message, /more than 3 redirects/);
	});

	test('at most two requests at a time go to one host', async () => {
		const urls = Array.from({ length: 6 }, (_, i) => `${server.base}/wait/${i}`);
		const findings = await checkRemoteLinks(targets(...urls), LOOPBACK, { fetch: nodeFetch });
		assert.deepEqual(findings, []);
		assert.equal(server.log.length, 6);
		assert.equal(server.maxInFlight, 2);
	});

	test('each URL is requested once per run, and not again while cached', async () => {
		const cache = new RemoteLinkCache();
		let now = 1_000_000;
		const deps = { fetch: nodeFetch, now: () => now };
		const t = targets(`${server.base}/missing`, `${server.base}/missing`);
		const first = await checkRemoteLinks(t, { ...LOOPBACK, cache, cacheMaxAgeMs: 60_000 }, deps);
		assert.equal(first.length, 2, 'both links are reported');
		assert.equal(server.log.length, 2, 'HEAD then GET, once');
		const second = await checkRemoteLinks(t, { ...LOOPBACK, cache, cacheMaxAgeMs: 60_000 }, deps);
		assert.deepEqual(second, first);
		assert.equal(server.log.length, 2, 'served from the cache');
		now += 120_000;
		await checkRemoteLinks(t, { ...LOOPBACK, cache, cacheMaxAgeMs: 60_000 }, deps);
		assert.equal(server.log.length, 4, 'an old entry is checked again');
	});

	test('excluded URLs are never requested', async () => {
		const findings = await checkRemoteLinks(targets(`${server.base}/missing`, `${server.base}/gone`), { ...LOOPBACK, exclude: [`${server.base}/miss*`, '127.0.0.2'] }, { fetch: nodeFetch });
		assert.deepEqual(findings.map((f) => f.range.start), [10]);
		assert.deepEqual(server.log, ['HEAD /gone', 'GET /gone']);
		const byHost = await checkRemoteLinks(targets(`${server.base}/missing`), { ...LOOPBACK, exclude: ['127.0.0.*'] }, { fetch: nodeFetch });
		assert.deepEqual(byHost, []);
	});

	test('cancelling returns no findings and stops waiting', async () => {
		const controller = new AbortController();
		const pending = checkRemoteLinks(targets(`${server.base}/slow`, `${server.base}/missing`), { ...LOOPBACK, timeoutMs: 5000, signal: controller.signal }, { fetch: nodeFetch });
		setTimeout(() => controller.abort(), 50);
		// '/slow' never answers: without the cancel its 5 s timeout would report it (and '/missing') as broken.
		assert.deepEqual(await pending, []);
	});

	test('rule settings turn the remote rules off or change their severity', async () => {
		const b = server.base;
		const off = await checkRemoteLinks(targets(`${b}/missing`, `${b}/away`), { ...LOOPBACK, rules: { PD401: 'off', 'redirect-to-other-host': 'error' } }, { fetch: nodeFetch });
		assert.deepEqual(off.map((f) => `${f.code}:${f.severity}`), ['PD402:error']);
	});
});

suite('remote links: without a server', () => {
	test('a host that does not resolve is broken', async () => {
		const dnsFailure: FetchLike = async () => {
			throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' }) });
		};
		const findings = await checkRemoteLinks(targets('https://nowhere.invalid/a'), {}, { fetch: dnsFailure });
		assert.equal(findings.length, 1);
		assert.match(findings[0].message, /host "nowhere.invalid" does not resolve \(ENOTFOUND\)/);
	});

	test('when no host resolves, the machine is offline: nothing is reported or cached', async () => {
		const offline: FetchLike = async () => {
			throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'EAI_AGAIN' } });
		};
		const cache = new RemoteLinkCache();
		const result = await checkRemoteLinksDetailed(targets('https://a.example/x', 'https://b.example/y'), { cache }, { fetch: offline });
		assert.deepEqual(result, { findings: [], offline: true, notChecked: [] });
		assert.equal(cache.size, 0);
	});

	test('a refused connection is broken; other failures are not reported', async () => {
		const refused: FetchLike = async () => {
			throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
		};
		const odd: FetchLike = async () => {
			throw new TypeError('fetch failed');
		};
		assert.match((await checkRemoteLinks(targets('http://127.0.0.1:9/'), LOOPBACK, { fetch: refused }))[0].message, /refused/);
		assert.deepEqual(await checkRemoteLinks(targets('http://127.0.0.1:9/'), LOOPBACK, { fetch: odd }), []);
	});

	test('targets are the http(s) links of the article, fragments dropped', () => {
		const doc = parseDump('::: {.article-body}\n# T\n\n[a](https://example.com/a#x), [b](//example.com/b), [c](/c), [d](mailto:x@example.com), <https://example.com/auto>\n:::\n');
		const t = remoteLinkTargets(doc, extractArticle(doc), { scope: 'page' });
		assert.deepEqual(t.map((x) => x.url), ['https://example.com/a', 'https://example.com/b', 'https://example.com/auto']);
		assert.equal(doc.text.slice(t[0].range.start, t[0].range.end), 'https://example.com/a#x');
	});

	test('globs: * stays in a segment, ** crosses them', () => {
		assert.ok(globToRegExp('https://example.com/*').test('https://example.com/a'));
		assert.ok(!globToRegExp('https://example.com/*').test('https://example.com/a/b'));
		assert.ok(globToRegExp('https://example.com/**').test('https://example.com/a/b'));
		assert.ok(globToRegExp('*.example.com').test('www.example.com'));
	});
});
