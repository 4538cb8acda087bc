// The remote checker's bounds: no loopback, private, link-local or metadata address in any spelling (literal, after
// DNS, on every redirect hop) unless allowed; redirects never change port or downgrade; a cap and a deadline per run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkRemoteLinksDetailed, summarizeNotChecked, type FetchLike, type FetchResponse, type RemoteTarget } from '../../src/core/diagnose/remoteLinks';
import { addressClass, hostClass } from '../../src/core/url/addressPolicy';
import { main, type CliIo } from '../../src/cli/pagedump';
import { pinnedFetch } from '../../src/node/pinnedFetch';

function targets(...urls: string[]): RemoteTarget[] {
	return urls.map((url, i) => ({ url: new URL(url).href, range: { start: i * 10, end: i * 10 + 5 } }));
}

function response(status: number, location?: string): FetchResponse {
	return { status, headers: { get: (n: string) => (n.toLowerCase() === 'location' ? (location ?? null) : null) } };
}

/**
 * A loopback server that logs every request (and, in `hosts`, its Host header); `/slow` never answers (held until the
 * server closes, so a run that returns did not wait for it, with no clock to compare). `address`
 * and `port` put a second server on another loopback address with the same port.
 */
async function startServer(address = '127.0.0.1', port = 0): Promise<{ base: string; port: number; log: string[]; hosts: string[]; close: () => Promise<void> }> {
	const log: string[] = [];
	const hosts: string[] = [];
	const server = http.createServer((req, res) => {
		log.push(`${req.method} ${req.url}`);
		hosts.push(req.headers.host ?? '');
		if (req.url === '/slow') return;
		res.writeHead(req.url === '/missing' ? 404 : 200);
		res.end();
	});
	await new Promise<void>((resolve) => server.listen(port, address, resolve));
	const bound = (server.address() as AddressInfo).port;
	return {
		base: `http://${address}:${bound}`,
		port: bound,
		log,
		hosts,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

const nodeFetch: FetchLike = (url, init) => fetch(url, init);

suite('remote links: address policy', () => {
	test('every spelling of loopback, private, link-local and metadata is classified after URL parsing', () => {
		const cases: [string, string][] = [
			['http://127.0.0.1/', 'loopback'], ['http://localhost/', 'loopback'], ['http://a.localhost/', 'loopback'], ['http://2130706433/', 'loopback'],
			['http://0x7f.0.0.1/', 'loopback'], ['http://0177.0.0.1/', 'loopback'], ['http://127.1/', 'loopback'], ['http://[::1]/', 'loopback'],
			['http://[::ffff:127.0.0.1]/', 'loopback'], ['http://[0:0:0:0:0:ffff:7f00:1]/', 'loopback'], ['http://169.254.169.254/', 'metadata'],
			['http://metadata.google.internal/', 'metadata'], ['http://[fd00:ec2::254]/', 'metadata'], ['http://10.1.2.3/', 'private'], ['http://172.16.0.1/', 'private'],
			['http://192.168.1.1/', 'private'], ['http://[fd00::1]/', 'private'], ['http://[fe80::1]/', 'link-local'], ['http://169.254.1.1/', 'link-local'],
			['http://0.0.0.0/', 'unspecified'], ['http://[::]/', 'unspecified'], ['http://[64:ff9b::10.0.0.1]/', 'private'], ['http://LOCALHOST./', 'loopback'],
		];
		for (const [url, cls] of cases) assert.equal(hostClass(new URL(url).hostname), cls, url);
		for (const url of ['https://example.org/', 'http://8.8.8.8/', 'http://[2001:4860:4860::8888]/', 'http://172.32.0.1/']) assert.equal(hostClass(new URL(url).hostname), undefined, url);
		assert.equal(addressClass('::ffff:192.168.0.1'), 'private');
	});

	test('refused addresses are never requested and are listed as not checked', async () => {
		const requested: string[] = [];
		const recording: FetchLike = async (url) => {
			requested.push(url);
			return response(200);
		};
		const urls = ['http://127.0.0.1:8080/', 'http://localhost/', 'http://2130706433/a', 'http://0x7f.0.0.1/b', 'http://[::ffff:127.0.0.1]/', 'http://169.254.169.254/latest/meta-data/',
			'http://metadata.google.internal/', 'http://10.0.0.1/', 'http://192.168.0.1/', 'http://[fd00::1]/', 'http://[fe80::1]/'];
		const result = await checkRemoteLinksDetailed(targets(...urls), {}, { fetch: recording });
		assert.deepEqual(requested, []);
		assert.deepEqual(result.findings, []);
		assert.equal(result.notChecked.length, urls.length);
		assert.match(summarizeNotChecked(result.notChecked), /5 a loopback address; 2 a cloud metadata address; 3 a private address; 1 a link-local address/);
	});

	test('a name that resolves to a private address is refused after DNS; allowing the class lets it through', async () => {
		const requested: string[] = [];
		const recording: FetchLike = async (url) => {
			requested.push(url);
			return response(404);
		};
		const resolve = async (host: string): Promise<string[]> => (host === 'intranet.example' ? ['93.184.216.34', '10.0.0.7'] : ['93.184.216.34']);
		const refused = await checkRemoteLinksDetailed(targets('https://intranet.example/a'), {}, { fetch: recording, resolve });
		assert.deepEqual(requested, []);
		assert.match(refused.notChecked[0].reason, /resolves to 10\.0\.0\.7, a private address/);
		const allowed = await checkRemoteLinksDetailed(targets('https://intranet.example/a'), { allowAddresses: { private: true } }, { fetch: recording, resolve });
		assert.deepEqual(requested, ['https://intranet.example/a', 'https://intranet.example/a']);
		assert.equal(allowed.findings[0].code, 'PD401');
	});

	test('every redirect hop is checked again: a name rebound to loopback is refused on the second hop', async () => {
		const requested: string[] = [];
		let lookups = 0;
		const resolve = async (): Promise<string[]> => (lookups++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']);
		const redirecting: FetchLike = async (url) => {
			requested.push(url);
			return response(301, '/next');
		};
		const result = await checkRemoteLinksDetailed(targets('https://rebind.example/start'), {}, { fetch: redirecting, resolve });
		assert.deepEqual(requested, ['https://rebind.example/start']);
		assert.match(result.notChecked[0].reason, /resolves to 127\.0\.0\.1, a loopback address/);
	});

	test('a redirect to another port or down to http is reported, never followed', async () => {
		for (const location of ['https://site.example:6379/', 'http://site.example/x']) {
			const requested: string[] = [];
			const redirecting: FetchLike = async (url) => {
				requested.push(url);
				return response(301, location);
			};
			const result = await checkRemoteLinksDetailed(targets('https://site.example/a'), {}, { fetch: redirecting });
			assert.deepEqual(requested, ['https://site.example/a'], location);
			assert.equal(result.findings[0]?.code, 'PD402', location);
		}
	});

	test('at most maxUrls URLs are requested per run; the rest are summarised', async () => {
		const requested: string[] = [];
		const ok: FetchLike = async (url) => {
			requested.push(url);
			return response(200);
		};
		const urls = [1, 2, 3, 4, 5].map((n) => `https://example.org/${n}`);
		const result = await checkRemoteLinksDetailed(targets(...urls), { maxUrls: 2, exclude: ['https://example.org/5'] }, { fetch: ok });
		assert.equal(requested.length, 2);
		assert.equal(summarizeNotChecked(result.notChecked), '2 over the limit of 2 URLs per run; 1 excluded by a pattern');
	});

	test('the deadline ends the run: what was left is listed, nothing is reported as broken', async () => {
		const server = await startServer();
		try {
			// '/slow' never answers: its 10 s timeout would report it as broken; no finding and the deadline's reason say the
			// deadline ended the run (no clock compared here).
			const result = await checkRemoteLinksDetailed(targets(`${server.base}/slow`), { timeoutMs: 10_000, deadlineMs: 200, allowAddresses: { loopback: true } }, { fetch: nodeFetch });
			assert.deepEqual(result.findings, []);
			assert.match(summarizeNotChecked(result.notChecked), /1 the run's deadline passed/);
		} finally {
			await server.close();
		}
	});

	test('pagedump check --remote: loopback refused by default, --include-loopback and --exclude honoured', async () => {
		const server = await startServer();
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagedump-remote-'));
		try {
			const file = path.join(dir, 'd.txt');
			fs.writeFileSync(file, `::: {#main .article-body}\n# Title\n\nRead [the missing page](${server.base}/missing) and [the other](http://localhost:${server.port}/x) for more about it.\n:::\n`);
			let err = '';
			let out = '';
			const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
			await main(['check', file, '--remote', '--format', 'json'], io);
			assert.equal(server.log.length, 0, server.log.join());
			assert.match(err, /2 remote links not checked: 2 a loopback address/);
			err = '';
			out = '';
			await main(['check', file, '--remote', '--format', 'json', '--include-loopback', '--exclude', 'localhost'], io);
			assert.deepEqual(server.log.filter((l) => l.endsWith('/missing')).length > 0, true, server.log.join());
			assert.ok(!server.log.some((l) => l.endsWith('/x')), 'an excluded host was requested');
			assert.ok((JSON.parse(out) as { code: string }[]).some((f) => f.code === 'PD401'));
			assert.match(err, /1 remote link not checked: 1 excluded by a pattern/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
			await server.close();
		}
	});
});

suite('remote links: DNS pinning', () => {
	test('pinnedFetch connects to the vetted address, not to a fresh lookup\'s, with the name in the Host header', async () => {
		// "localhost" resolves to 127.0.0.1 (server a); the vetted address is 127.0.0.2 (server b, same port).
		const a = await startServer('127.0.0.1');
		const b = await startServer('127.0.0.2', a.port);
		try {
			const res = await pinnedFetch(`http://localhost:${a.port}/page`, { method: 'HEAD', redirect: 'manual', signal: new AbortController().signal, headers: { accept: '*/*' }, addresses: ['127.0.0.2'] });
			assert.equal(res.status, 200);
			await res.body?.cancel();
			assert.deepEqual({ a: a.log, b: b.log, host: b.hosts }, { a: [], b: ['HEAD /page'], host: [`localhost:${a.port}`] });
			// Without vetted addresses it is an ordinary fetch: the system's answer, server a.
			const plain = await pinnedFetch(`http://127.0.0.1:${a.port}/plain`, { method: 'GET', redirect: 'manual', signal: new AbortController().signal, headers: {} });
			assert.equal(plain.status, 200);
			await plain.body?.cancel();
			assert.deepEqual(a.log, ['GET /plain']);
		} finally {
			await b.close();
			await a.close();
		}
	});

	test('a checked name is requested at the address the check saw: a second DNS answer (rebinding) is never used', async () => {
		// The name exists only in the checker's resolver: any second lookup by the request would fail (ENOTFOUND).
		const server = await startServer('127.0.0.2');
		const lookups: string[] = [];
		let answers = 0;
		// A rebinding resolver: the first answer is the vetted one, any later answer points at the metadata service.
		const resolve = async (host: string): Promise<string[]> => {
			lookups.push(host);
			return answers++ === 0 ? ['127.0.0.2'] : ['169.254.169.254'];
		};
		try {
			const url = `http://rebind.invalid:${server.port}/story`;
			const result = await checkRemoteLinksDetailed(targets(url, `http://rebind.invalid:${server.port}/missing`), { allowAddresses: { loopback: true }, maxPerHost: 1, maxConcurrent: 1 }, { fetch: pinnedFetch, resolve });
			assert.deepEqual(server.log, ['HEAD /story'], 'the first URL reached the vetted address; the second was vetted again and refused');
			assert.deepEqual(server.hosts, [`rebind.invalid:${server.port}`]);
			assert.deepEqual(lookups, ['rebind.invalid', 'rebind.invalid'], 'one lookup per check, none by the request');
			assert.deepEqual(result.findings, []);
			assert.match(summarizeNotChecked(result.notChecked), /1 a cloud metadata address/);
		} finally {
			await server.close();
		}
	});

	test('a name the checker cannot resolve is broken without a request (no lookup of the request\'s own)', async () => {
		const requested: string[] = [];
		const recording: FetchLike = async (url) => {
			requested.push(url);
			return response(200);
		};
		const resolve = async (): Promise<string[]> => {
			throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
		};
		const result = await checkRemoteLinksDetailed(targets('https://gone.example/a'), {}, { fetch: recording, resolve });
		assert.deepEqual(requested, []);
		assert.deepEqual(result.findings.map((f) => [f.code, f.message]), [['PD401', 'Broken link "https://gone.example/a": the host "gone.example" does not resolve (ENOTFOUND).']]);
	});
});
