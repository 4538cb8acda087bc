// The remote link checks' settings (`pageDump.diagnostics.remoteLinks.*`), read with defaults for missing or mistyped
// values; the bounds that widen what a dump may make the editor contact count only in a trusted workspace. No vscode
// import, so unit tests read it as is.
import { DEFAULT_CACHE_MAX_AGE_MS, DEFAULT_DEADLINE_MS, DEFAULT_MAX_URLS, DEFAULT_TIMEOUT_MS, type RemoteCheckOptions } from '../core/index';

export interface RemoteSettings {
	readonly enabled: boolean;
	readonly timeoutMs: number;
	readonly exclude: readonly string[];
	readonly cacheMaxAgeMs: number;
	/** Links to private-network addresses (10/8, 172.16/12, 192.168/16, fc00::/7) are checked too. */
	readonly allowPrivateAddresses: boolean;
	/** Most distinct URLs requested per check of a dump. */
	readonly maxUrls: number;
	/** A check of one dump stops after this long; what is left is not checked. */
	readonly deadlineMs: number;
}

/** Reads one setting of the `pageDump.diagnostics` section (`config.get` of a WorkspaceConfiguration). */
export type SettingReader = (key: string) => unknown;

function positive(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * The remote settings. In an untrusted workspace the widening ones (private addresses, a higher cap, a longer
 * deadline) keep their defaults whatever the workspace's settings say: a cloned repository must not point the checker
 * at the reviewer's network (remote checks do not run there at all; this holds if that ever changes).
 */
export function readRemoteSettings(get: SettingReader, trusted: boolean): RemoteSettings {
	const exclude = get('remoteLinks.exclude');
	const maxAge = get('remoteLinks.cacheMaxAge');
	const maxUrls = positive(get('remoteLinks.maxUrls'), DEFAULT_MAX_URLS);
	const deadline = positive(get('remoteLinks.deadline'), DEFAULT_DEADLINE_MS / 1000);
	return {
		enabled: get('remoteLinks.enabled') === true,
		timeoutMs: positive(get('remoteLinks.timeout'), DEFAULT_TIMEOUT_MS),
		exclude: Array.isArray(exclude) ? exclude.filter((g): g is string => typeof g === 'string') : [],
		cacheMaxAgeMs: (typeof maxAge === 'number' && Number.isFinite(maxAge) && maxAge >= 0 ? maxAge : DEFAULT_CACHE_MAX_AGE_MS / 1000) * 1000,
		allowPrivateAddresses: trusted && get('remoteLinks.allowPrivateAddresses') === true,
		maxUrls: trusted ? Math.floor(maxUrls) : DEFAULT_MAX_URLS,
		deadlineMs: trusted ? deadline * 1000 : DEFAULT_DEADLINE_MS,
	};
}

/** The checker's options from the settings (the run's cache, rules and signal are the caller's). */
export function remoteCheckOptions(s: RemoteSettings): Pick<RemoteCheckOptions, 'timeoutMs' | 'exclude' | 'cacheMaxAgeMs' | 'allowAddresses' | 'maxUrls' | 'deadlineMs'> {
	return {
		timeoutMs: s.timeoutMs,
		exclude: s.exclude,
		cacheMaxAgeMs: s.cacheMaxAgeMs,
		allowAddresses: { private: s.allowPrivateAddresses },
		maxUrls: s.maxUrls,
		deadlineMs: s.deadlineMs,
	};
}
