// Which network addresses the remote link checker may contact: loopback, private, link-local and cloud metadata
// addresses are refused by default (as lychee does), in every spelling the URL parser and DNS may produce.

/** Why an address is special. `undefined` from `addressClass` means an ordinary public address. */
export type AddressClass = 'loopback' | 'private' | 'link-local' | 'metadata' | 'unspecified' | 'multicast' | 'reserved';

/** Which special classes a run may still contact (all false by default). Metadata counts as link-local. */
export interface AddressAllowance {
	readonly loopback?: boolean;
	readonly private?: boolean;
	readonly linkLocal?: boolean;
}

/** Host names that always mean this machine or a cloud metadata service, whatever DNS says. */
const LOOPBACK_NAME_RE = /^(?:localhost|.+\.localhost)$/;
const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata.goog', 'metadata', 'instance-data', 'instance-data.ec2.internal']);

function ipv4Parts(ip: string): number[] | undefined {
	const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
	if (!m) return undefined;
	const parts = m.slice(1).map(Number);
	return parts.every((p) => p <= 255) ? parts : undefined;
}

function ipv4Class(p: readonly number[]): AddressClass | undefined {
	const [a, b, c, d] = p;
	if (a === 169 && b === 254 && c === 169 && d === 254) return 'metadata';
	if (a === 127) return 'loopback';
	if (a === 0) return 'unspecified';
	if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
	// Carrier-grade NAT and the IETF protocol block: not the public internet either.
	if ((a === 100 && b >= 64 && b <= 127) || (a === 192 && b === 0 && c === 0)) return 'private';
	if (a === 169 && b === 254) return 'link-local';
	// Benchmarking, multicast, reserved and broadcast.
	if (a === 198 && (b === 18 || b === 19)) return 'reserved';
	if (a >= 224 && a <= 239) return 'multicast';
	if (a >= 240) return 'reserved';
	return undefined;
}

/** The 8 groups of an IPv6 address (brackets allowed, `::` expanded, a dotted IPv4 tail read), or undefined. */
function ipv6Groups(ip: string): number[] | undefined {
	let s = ip.replace(/^\[|\]$/g, '').toLowerCase();
	const zone = s.indexOf('%');
	if (zone >= 0) s = s.slice(0, zone);
	if (!s.includes(':')) return undefined;
	const tail = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
	if (tail) {
		const p = ipv4Parts(tail[1]);
		if (!p) return undefined;
		s = s.slice(0, -tail[1].length) + ((p[0] << 8) | p[1]).toString(16) + ':' + ((p[2] << 8) | p[3]).toString(16);
	}
	const halves = s.split('::');
	if (halves.length > 2) return undefined;
	const head = halves[0] ? halves[0].split(':') : [];
	const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
	const missing = 8 - head.length - rest.length;
	if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
	const groups = [...head, ...new Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest].map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
	return groups.length === 8 && groups.every((g) => !Number.isNaN(g)) ? groups : undefined;
}

function ipv6Class(g: readonly number[]): AddressClass | undefined {
	const zeroUpTo = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
	if (zeroUpTo(7) && g[7] === 1) return 'loopback';
	if (zeroUpTo(8)) return 'unspecified';
	// IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): the IPv4 address decides.
	const v4 = [g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff];
	if ((zeroUpTo(5) && (g[5] === 0xffff || g[5] === 0)) || (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))) return ipv4Class(v4) ?? undefined;
	if (g[0] === 0xfd00 && g[1] === 0x0ec2 && g.slice(2, 7).every((x) => x === 0) && g[7] === 0x254) return 'metadata';
	if ((g[0] & 0xfe00) === 0xfc00) return 'private';
	if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
	// Deprecated site-local.
	if ((g[0] & 0xffc0) === 0xfec0) return 'private';
	if ((g[0] & 0xff00) === 0xff00) return 'multicast';
	return undefined;
}

/** The class of an IP address (v4 dotted, or v6 with or without brackets), undefined for a public one or a name. */
export function addressClass(ip: string): AddressClass | undefined {
	const v4 = ipv4Parts(ip);
	if (v4) return ipv4Class(v4);
	const v6 = ipv6Groups(ip);
	return v6 ? ipv6Class(v6) : undefined;
}

/** True when `host` is an IP literal (v4 dotted or v6, bracketed or not). */
export function isIpLiteral(host: string): boolean {
	return ipv4Parts(host) !== undefined || ipv6Groups(host) !== undefined;
}

/**
 * The class of a URL's host as the URL parser normalised it (`new URL` turns `2130706433` and `0x7f.1` into
 * `127.0.0.1`): an IP literal's class, or a name that always means loopback or metadata.
 */
export function hostClass(hostname: string): AddressClass | undefined {
	const h = hostname.toLowerCase().replace(/\.$/, '');
	if (isIpLiteral(h)) return addressClass(h);
	if (LOOPBACK_NAME_RE.test(h)) return 'loopback';
	if (METADATA_NAMES.has(h)) return 'metadata';
	return undefined;
}

/** Whether a run may contact an address of this class; public addresses always, unspecified/multicast/reserved never. */
export function isAllowedClass(cls: AddressClass | undefined, allow: AddressAllowance = {}): boolean {
	switch (cls) {
		case undefined:
			return true;
		case 'loopback':
			return allow.loopback === true;
		case 'private':
			return allow.private === true;
		case 'link-local':
		case 'metadata':
			return allow.linkLocal === true;
		default:
			return false;
	}
}

/** How a refused class reads in a message. */
export function describeClass(cls: AddressClass): string {
	return cls === 'metadata' ? 'a cloud metadata address' : cls === 'unspecified' ? 'an unspecified address' : `a ${cls} address`;
}
