// Remote link checking (PD401, PD402): HEAD then GET, per-host limits, 429 backoff, a cache, exclusion globs.
// The core stays pure: the caller injects `fetch` (Node's global fetch in the CLI and the extension host).
import type { Article } from '../extract/article';
import type { DumpDocument, SourceRange } from '../model/dumpDocument';
import { buildContext } from './context';
import { type DiagnoseOptions, resolveOptions, resolveRules } from './diagnose';
import type { Finding, Severity } from './finding';
import { shorten } from './rule';
import { brokenRemoteLink } from './rules/brokenRemoteLink';
import { redirectToOtherHost } from './rules/redirectToOtherHost';
import { sameSite, schemeOf } from './urls';
import { type AddressAllowance, addressClass, describeClass, hostClass, isAllowedClass } from '../url/addressPolicy';

/** The part of a fetch Response the checker reads. */
export interface FetchResponse {
	readonly status: number;
	readonly headers: { get(name: string): string | null };
	readonly body?: { cancel(): Promise<void> } | null;
}

/**
 * The part of `fetch` the checker calls; redirects are followed by the checker itself to see the hosts. `addresses`:
 * what the checker resolved the URL's name to and let through its address policy; a fetch that honours it connects
 * to one of them (with the name in the Host header and TLS SNI) and never looks the name up again, so DNS rebinding
 * between the check and the request cannot reach a refused address (the Node adapters' `pinnedFetch` does).
 */
export type FetchLike = (url: string, init: { method: 'HEAD' | 'GET'; redirect: 'manual'; signal: AbortSignal; headers: Record<string, string>; addresses?: readonly string[] }) => Promise<FetchResponse>;

export interface RemoteTarget {
	readonly url: string;
	/** Where to report: the link's target in the dump. */
	readonly range: SourceRange;
}

export interface RemoteCheckOptions {
	/** Per request, until the response headers arrive. Default 10 s. */
	readonly timeoutMs?: number;
	/** URL globs never requested: `*` within a path segment, `**` across; a glob without `://` matches the host. */
	readonly exclude?: readonly string[];
	/** Requests in flight per host. Default 2, to stay polite. */
	readonly maxPerHost?: number;
	/** Requests in flight overall. Default 8. */
	readonly maxConcurrent?: number;
	/** Retries after 429 Too Many Requests before giving up on a URL (it is then not reported). Default 3. */
	readonly maxRetries?: number;
	/** First backoff after a 429 without Retry-After; doubles each time. Default 1 s. */
	readonly backoffMs?: number;
	/** Longest wait after a 429, whatever Retry-After says. Default 30 s. */
	readonly maxBackoffMs?: number;
	readonly maxRedirects?: number;
	/** Results kept between runs; entries older than `cacheMaxAgeMs` are checked again. */
	readonly cache?: RemoteLinkCache;
	readonly cacheMaxAgeMs?: number;
	/** Rule settings, as for `diagnose`: PD401/PD402 can be turned off or given another severity. */
	readonly rules?: DiagnoseOptions['rules'];
	/** Stops the run: pending requests are aborted and no findings are returned. */
	readonly signal?: AbortSignal;
	/**
	 * Special addresses a run may contact. By default none: loopback (`localhost`, 127/8, ::1), private (10/8,
	 * 172.16/12, 192.168/16, fc00::/7), link-local and cloud metadata (169.254/16, fe80::/10) are not requested, in any
	 * spelling, after DNS resolution, on every redirect hop.
	 */
	readonly allowAddresses?: AddressAllowance;
	/** Most distinct URLs requested in one run; the rest are listed as not checked. Default 200. */
	readonly maxUrls?: number;
	/** The whole run's deadline; requests still open then are stopped and listed as not checked. Default 120 s. */
	readonly deadlineMs?: number;
}

export interface RemoteDeps {
	readonly fetch: FetchLike;
	/** Waits; injected so tests of backoff need not wait. Must resolve early when `signal` aborts. */
	readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** The clock for the cache. */
	readonly now?: () => number;
	/**
	 * Resolves a host name to its addresses (Node's `dns.promises.lookup(host, { all: true })`), so that a name
	 * pointing at a private address is refused too. Without it only literal addresses and known names are refused.
	 */
	readonly resolve?: (hostname: string) => Promise<readonly string[]>;
}

/** What became of one URL. `unknown` (429 to the end, cancelled) and `refused` (by the address policy) are not reported. */
export type LinkStatus =
	| { readonly kind: 'ok' }
	| { readonly kind: 'unknown'; readonly reason: string }
	| { readonly kind: 'refused'; readonly reason: string }
	| { readonly kind: 'broken'; readonly reason: string; readonly dns?: boolean }
	| { readonly kind: 'redirect'; readonly to: string };

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CACHE_MAX_AGE_MS = 60 * 60 * 1000;
const DEFAULT_MAX_PER_HOST = 2;
const DEFAULT_MAX_CONCURRENT = 8;
const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_BACKOFF_MS = 1000;
const DEFAULT_MAX_BACKOFF_MS = 30_000;
const DEFAULT_MAX_REDIRECTS = 5;
/** Enough for a long article's links; a dump with thousands of links must not turn into thousands of requests. */
export const DEFAULT_MAX_URLS = 200;
/** A run ends after this, whatever is still waiting (429 backoffs of up to 30 s per URL could otherwise last hours). */
export const DEFAULT_DEADLINE_MS = 120_000;
// Some servers answer HEAD with an error they would not give a GET; these are worth a second look.
const HEAD_RETRY_STATUSES = new Set([400, 403, 404, 405, 410, 500, 501, 502, 503]);
// Node's error codes for a name that does not resolve.
const DNS_ERRORS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);

/** Remembers link results for a while, across runs and documents. */
export class RemoteLinkCache {
	readonly #entries = new Map<string, { status: LinkStatus; at: number }>();

	get(url: string, now: number, maxAgeMs: number): LinkStatus | undefined {
		const e = this.#entries.get(url);
		if (!e) return undefined;
		if (now - e.at > maxAgeMs) {
			this.#entries.delete(url);
			return undefined;
		}
		return e.status;
	}

	set(url: string, status: LinkStatus, now: number): void {
		this.#entries.set(url, { status, at: now });
	}

	clear(): void {
		this.#entries.clear();
	}

	get size(): number {
		return this.#entries.size;
	}
}

/** A glob over URLs as a regular expression (see `RemoteCheckOptions.exclude`). */
export function globToRegExp(glob: string): RegExp {
	let re = '';
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i];
		if (c === '*' && glob[i + 1] === '*') {
			re += '.*';
			i++;
		} else if (c === '*') re += '[^/]*';
		else if (c === '?') re += '[^/]';
		else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
	}
	return new RegExp(`^${re}$`, 'i');
}

function isExcluded(url: URL, globs: readonly RegExp[], hostGlobs: readonly RegExp[]): boolean {
	return globs.some((g) => g.test(url.href)) || hostGlobs.some((g) => g.test(url.hostname));
}

/** The http(s) links in scope (the article by default) as absolute URLs, with their target ranges. */
export function remoteLinkTargets(doc: DumpDocument, article: Article, options: DiagnoseOptions = {}): RemoteTarget[] {
	const context = buildContext(doc, article, resolveOptions(options));
	const out: RemoteTarget[] = [];
	for (const { node } of context.links) {
		if (node.kind !== 'link' || node.form === 'reference') continue;
		const href = node.href.trim();
		const scheme = schemeOf(href);
		if (scheme !== 'http' && scheme !== 'https' && !href.startsWith('//')) continue;
		try {
			const url = new URL(href.startsWith('//') ? 'https:' + href : href);
			url.hash = '';
			out.push({ url: url.href, range: node.hrefRange });
		} catch {
			// PD105 reports what does not parse.
		}
	}
	return out;
}

/** Limits concurrent work per key and overall; waiters are served in order. */
class Limiter {
	readonly #active = new Map<string, number>();
	readonly #waiting: { key: string; go: () => void }[] = [];
	#total = 0;

	constructor(
		private readonly perKey: number,
		private readonly overall: number,
	) {}

	acquire(key: string): Promise<void> {
		return new Promise((resolve) => {
			this.#waiting.push({ key, go: resolve });
			this.#pump();
		});
	}

	release(key: string): void {
		this.#active.set(key, (this.#active.get(key) ?? 1) - 1);
		this.#total--;
		this.#pump();
	}

	#pump(): void {
		for (let i = 0; i < this.#waiting.length && this.#total < this.overall; ) {
			const w = this.#waiting[i];
			if ((this.#active.get(w.key) ?? 0) < this.perKey) {
				this.#waiting.splice(i, 1);
				this.#active.set(w.key, (this.#active.get(w.key) ?? 0) + 1);
				this.#total++;
				w.go();
			} else i++;
		}
	}
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		if (signal?.aborted) return resolve();
		const timer = setTimeout(done, ms);
		function done(): void {
			clearTimeout(timer);
			signal?.removeEventListener('abort', done);
			resolve();
		}
		signal?.addEventListener('abort', done, { once: true });
	});
}

function errorCode(err: unknown): string | undefined {
	const e = err as { code?: unknown; cause?: { code?: unknown; errors?: { code?: unknown }[] } } | undefined;
	const code = e?.cause?.code ?? e?.cause?.errors?.[0]?.code ?? e?.code;
	return typeof code === 'string' ? code : undefined;
}

/** Seconds or an HTTP date, as Retry-After allows; undefined when absent or unreadable. */
function retryAfterMs(value: string | null, now: number): number | undefined {
	if (!value) return undefined;
	if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

type Outcome = { readonly response: FetchResponse } | { readonly failure: LinkStatus };

class Checker {
	readonly #limiter: Limiter;
	readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
	readonly #now: () => number;
	readonly #timeoutMs: number;
	/** The run's own stop: the caller's signal or the deadline. */
	readonly #signal: AbortSignal;

	constructor(
		private readonly options: RemoteCheckOptions,
		private readonly deps: RemoteDeps,
		signal: AbortSignal,
	) {
		this.#signal = signal;
		this.#limiter = new Limiter(options.maxPerHost ?? DEFAULT_MAX_PER_HOST, options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
		this.#sleep = deps.sleep ?? defaultSleep;
		this.#now = deps.now ?? Date.now;
		this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	}

	/** One request with the timeout, holding a slot of its host; retried after 429 with backoff. */
	async request(url: URL, method: 'HEAD' | 'GET', addresses?: readonly string[]): Promise<Outcome> {
		const host = url.host.toLowerCase();
		await this.#limiter.acquire(host);
		try {
			const retries = this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
			let backoff = this.options.backoffMs ?? DEFAULT_BACKOFF_MS;
			for (let attempt = 0; ; attempt++) {
				const outcome = await this.#once(url, method, addresses);
				if (!('response' in outcome) || outcome.response.status !== 429) return outcome;
				if (attempt >= retries) return { failure: { kind: 'unknown', reason: 'the server kept answering 429 Too Many Requests' } };
				// The slot stays held while waiting: the host asked for fewer requests, not for other ones.
				const wait = Math.min(retryAfterMs(outcome.response.headers.get('retry-after'), this.#now()) ?? backoff, this.options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS);
				backoff *= 2;
				await this.#sleep(wait, this.#signal);
				if (this.#signal?.aborted) return { failure: { kind: 'unknown', reason: 'cancelled' } };
			}
		} finally {
			this.#limiter.release(host);
		}
	}

	async #once(url: URL, method: 'HEAD' | 'GET', addresses: readonly string[] | undefined): Promise<Outcome> {
		const controller = new AbortController();
		const outer = this.#signal;
		if (outer?.aborted) return { failure: { kind: 'unknown', reason: 'cancelled' } };
		const onAbort = (): void => controller.abort();
		outer?.addEventListener('abort', onAbort, { once: true });
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, this.#timeoutMs);
		try {
			const init = { method, redirect: 'manual' as const, signal: controller.signal, headers: { accept: '*/*' } };
			const response = await this.deps.fetch(url.href, addresses ? { ...init, addresses } : init);
			// Only the status matters: do not download bodies.
			response.body?.cancel().catch(() => undefined);
			return { response };
		} catch (err) {
			if (timedOut) return { failure: { kind: 'broken', reason: `no answer within ${formatMs(this.#timeoutMs)}` } };
			if (outer?.aborted) return { failure: { kind: 'unknown', reason: 'cancelled' } };
			const code = errorCode(err);
			if (code && DNS_ERRORS.has(code)) return { failure: { kind: 'broken', reason: `the host "${url.hostname}" does not resolve (${code})`, dns: true } };
			if (code === 'ECONNREFUSED') return { failure: { kind: 'broken', reason: 'the connection was refused' } };
			if (code === 'UND_ERR_CONNECT_TIMEOUT') return { failure: { kind: 'broken', reason: `no connection within ${formatMs(this.#timeoutMs)}` } };
			return { failure: { kind: 'unknown', reason: `the request failed (${code ?? (err as Error)?.message ?? 'error'})` } };
		} finally {
			clearTimeout(timer);
			outer?.removeEventListener('abort', onAbort);
		}
	}

	/**
	 * The address policy for a URL's host (its literal form, then every address DNS gives): why it is refused, or the
	 * checked addresses the request must use (none for a literal address or without a resolver), or the failure of a
	 * name that does not resolve (reported as the request's would be: PD401, or offline).
	 */
	async #vet(url: URL): Promise<{ readonly refused: string } | { readonly failure: LinkStatus } | { readonly addresses?: readonly string[] }> {
		const allow = this.options.allowAddresses;
		const literal = hostClass(url.hostname);
		if (!isAllowedClass(literal, allow)) return { refused: `${url.hostname} is ${describeClass(literal!)}` };
		if (!this.deps.resolve || literal !== undefined || /^\[|^\d+\.\d+\.\d+\.\d+$/.test(url.hostname)) return {};
		let addresses: readonly string[];
		try {
			addresses = await this.deps.resolve(url.hostname);
		} catch (err) {
			// Not left to the request: its own lookup could answer otherwise (rebinding).
			const code = errorCode(err) ?? 'ENOTFOUND';
			return { failure: { kind: 'broken', reason: `the host "${url.hostname}" does not resolve (${code})`, dns: DNS_ERRORS.has(code) } };
		}
		if (addresses.length === 0) return { failure: { kind: 'broken', reason: `the host "${url.hostname}" does not resolve (ENOTFOUND)`, dns: true } };
		for (const address of addresses) {
			const cls = addressClass(address);
			if (!isAllowedClass(cls, allow)) return { refused: `${url.hostname} resolves to ${address}, ${describeClass(cls!)}` };
		}
		return { addresses };
	}

	/**
	 * Follows redirects within the site (same host, same port, same scheme or an upgrade to https); a redirect
	 * elsewhere, 404, 410 or a network failure ends the walk. Every hop passes the address policy first.
	 */
	async check(start: URL): Promise<LinkStatus> {
		let url = start;
		const maxRedirects = this.options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
		for (let hop = 0; hop <= maxRedirects; hop++) {
			const vetted = await this.#vet(url);
			if ('refused' in vetted) return { kind: 'refused', reason: vetted.refused };
			if ('failure' in vetted) return vetted.failure;
			if (this.#signal.aborted) return { kind: 'unknown', reason: 'cancelled' };
			// The request goes to the addresses just checked, never to a second lookup's answer.
			let outcome = await this.request(url, 'HEAD', vetted.addresses);
			if ('response' in outcome && HEAD_RETRY_STATUSES.has(outcome.response.status)) outcome = await this.request(url, 'GET', vetted.addresses);
			if ('failure' in outcome) return outcome.failure;
			const { status, headers } = outcome.response;
			if (status >= 300 && status < 400 && status !== 304) {
				const location = headers.get('location');
				if (!location) return { kind: 'ok' };
				let next: URL;
				try {
					next = new URL(location, url);
				} catch {
					return { kind: 'broken', reason: `it redirects to an invalid address "${shorten(location, 60)}"` };
				}
				if (!sameSite(next.hostname, start.hostname)) return { kind: 'redirect', to: next.href };
				// Another port, a downgrade to http or another scheme is another origin: reported, never followed.
				const upgrade = url.protocol === 'http:' && next.protocol === 'https:';
				if ((next.protocol !== url.protocol && !upgrade) || (next.port !== url.port && !(upgrade && next.port === ''))) return { kind: 'redirect', to: next.href };
				url = next;
				continue;
			}
			if (status === 404) return { kind: 'broken', reason: '404 Not Found' };
			if (status === 410) return { kind: 'broken', reason: '410 Gone' };
			// Other errors (403, 5xx) are often bot walls or passing trouble, not a broken link.
			return { kind: 'ok' };
		}
		return { kind: 'broken', reason: `more than ${maxRedirects} redirects` };
	}
}

function formatMs(ms: number): string {
	return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

/** What a run found, whether the machine looked offline (then nothing is reported), and what it did not check. */
export interface RemoteCheckResult {
	readonly findings: Finding[];
	/** No host answered and at least `OFFLINE_MIN_HOSTS` hosts failed to resolve: the network, not the links, is down. */
	readonly offline: boolean;
	/** Distinct URLs not checked, with why: excluded, a refused address, over `maxUrls`, the deadline, 429 to the end. */
	readonly notChecked: readonly { readonly url: string; readonly reason: string }[];
}

/** One line per reason: "3 over the limit of 200 URLs per run; 1 a loopback address". Empty when all were checked. */
export function summarizeNotChecked(notChecked: RemoteCheckResult['notChecked']): string {
	const counts = new Map<string, number>();
	for (const { reason } of notChecked) {
		// Group refusals by class, not by host: "resolves to 10.0.0.1, a private address" -> "a private address".
		const key = /(a [a-z-]+ address|a cloud metadata address|an unspecified address)$/.exec(reason)?.[1] ?? reason;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [...counts].map(([reason, n]) => `${n} ${reason}`).join('; ');
}

// With this many distinct hosts failing DNS and none answering, the resolver is down rather than every link dead.
const OFFLINE_MIN_HOSTS = 2;

/**
 * Checks remote links and returns PD401/PD402 findings, in target order. Each distinct URL is requested once per
 * run (and not at all while cached). Resolves to no findings when `options.signal` aborts or the machine is offline.
 * Never rejects.
 */
export async function checkRemoteLinks(targets: readonly RemoteTarget[], options: RemoteCheckOptions, deps: RemoteDeps): Promise<Finding[]> {
	return (await checkRemoteLinksDetailed(targets, options, deps)).findings;
}

/** Like `checkRemoteLinks`, and says whether the run looked offline, so a caller can tell the user. */
export async function checkRemoteLinksDetailed(targets: readonly RemoteTarget[], options: RemoteCheckOptions, deps: RemoteDeps): Promise<RemoteCheckResult> {
	const none: RemoteCheckResult = { findings: [], offline: false, notChecked: [] };
	const rules = resolveRules({ [brokenRemoteLink.code]: 'on', [redirectToOtherHost.code]: 'on', ...options.rules });
	const brokenSeverity = rules.get(brokenRemoteLink);
	const redirectSeverity = rules.get(redirectToOtherHost);
	if (!brokenSeverity && !redirectSeverity) return none;
	const globs = (options.exclude ?? []).filter((g) => g.includes('://')).map(globToRegExp);
	const hostGlobs = (options.exclude ?? []).filter((g) => !g.includes('://')).map(globToRegExp);
	// The run stops at the caller's signal or at the deadline, whichever comes first.
	const stop = new AbortController();
	const onAbort = (): void => stop.abort();
	options.signal?.addEventListener('abort', onAbort, { once: true });
	const deadline = setTimeout(() => stop.abort(), options.deadlineMs ?? DEFAULT_DEADLINE_MS);
	const checker = new Checker(options, deps, stop.signal);
	const now = deps.now ?? Date.now;
	const maxAge = options.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS;
	const maxUrls = options.maxUrls ?? DEFAULT_MAX_URLS;
	const notChecked: { url: string; reason: string }[] = [];
	const seen = new Set<string>();
	let requested = 0;
	const pending = new Map<string, { url: URL; cached: boolean; status: Promise<LinkStatus> }>();
	for (const t of targets) {
		if (pending.has(t.url) || seen.has(t.url)) continue;
		seen.add(t.url);
		let url: URL;
		try {
			url = new URL(t.url);
		} catch {
			continue;
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
		if (isExcluded(url, globs, hostGlobs)) {
			notChecked.push({ url: t.url, reason: 'excluded by a pattern' });
			continue;
		}
		const cached = options.cache?.get(url.href, now(), maxAge);
		if (!cached && requested >= maxUrls) {
			notChecked.push({ url: t.url, reason: `over the limit of ${maxUrls} URLs per run` });
			continue;
		}
		if (!cached) requested++;
		const status = cached ? Promise.resolve(cached) : checker.check(url).catch((err: unknown): LinkStatus => ({ kind: 'unknown', reason: String(err) }));
		pending.set(t.url, { url, cached: !!cached, status });
	}
	const statuses = new Map<string, LinkStatus>();
	try {
		for (const [key, p] of pending) statuses.set(key, await p.status);
	} finally {
		clearTimeout(deadline);
		options.signal?.removeEventListener('abort', onAbort);
	}
	if (options.signal?.aborted) return none;
	const deadlinePassed = stop.signal.aborted;
	for (const [key, s] of statuses) {
		if (s.kind === 'refused') notChecked.push({ url: key, reason: s.reason });
		else if (s.kind === 'unknown') notChecked.push({ url: key, reason: deadlinePassed && s.reason === 'cancelled' ? 'the run\'s deadline passed' : s.reason });
	}
	const answered = [...statuses.values()].some((s) => !(s.kind === 'broken' && s.dns) && s.kind !== 'unknown' && s.kind !== 'refused');
	const unresolvedHosts = new Set<string>();
	for (const [key, p] of pending) {
		const s = statuses.get(key);
		if (s?.kind === 'broken' && s.dns) unresolvedHosts.add(p.url.hostname);
	}
	if (!answered && unresolvedHosts.size >= OFFLINE_MIN_HOSTS) return { findings: [], offline: true, notChecked };
	for (const [key, p] of pending) {
		const s = statuses.get(key)!;
		if (!p.cached && s.kind !== 'unknown' && s.kind !== 'refused') options.cache?.set(p.url.href, s, now());
	}
	const findings: Finding[] = [];
	for (const t of targets) {
		const status = statuses.get(t.url);
		if (status?.kind === 'broken' && brokenSeverity) {
			findings.push({ code: brokenRemoteLink.code, rule: brokenRemoteLink.name, severity: brokenSeverity, message: `Broken link "${shorten(t.url, 80)}": ${status.reason}.`, range: t.range });
		} else if (status?.kind === 'redirect' && redirectSeverity) {
			findings.push({ code: redirectToOtherHost.code, rule: redirectToOtherHost.name, severity: redirectSeverity as Severity, message: `Link "${shorten(t.url, 60)}" redirects to another host: ${shorten(status.to, 80)}.`, range: t.range });
		}
	}
	return { findings, offline: false, notChecked };
}
