// Recognises tracking pixels and beacons: invisible images whose only job is to report the page view. Shared vocabulary
// below extract and diagnose (metadata skips beacons as lead images, the rules report them).
import { attributeValue } from '../dump/attributes';
import type { Attributes } from '../model/dumpDocument';
import { firstAttribute, readHtmlAttributes } from '../text/htmlAttributes';

/** Hosts that serve analytics beacons and nothing a reader sees. Matched as the host or a parent domain. */
const TRACKER_HOSTS = [
	'google-analytics.com', 'doubleclick.net', 'googletagmanager.com', 'facebook.com/tr', 'scorecardresearch.com',
	'quantserve.com', 'vortex.data.microsoft.com', 'bat.bing.com', 'pixel.wp.com', 'stats.wp.com',
	'analytics.twitter.com', 't.co/i/adsct', 'px.ads.linkedin.com', 'ct.pinterest.com', 'omtrdc.net',
	'2o7.net', 'chartbeat.net', 'parsely.com', 'hotjar.com', 'mixpanel.com', 'segment.io', 'newrelic.com', 'nr-data.net',
];

/** Paths of beacon endpoints on any host (`/b/ss/` is Adobe Analytics, `/collect` the Measurement Protocol). */
const BEACON_PATH_RE = /\/(?:b\/ss\/|collect(?:\/|\?|$)|__utm\.gif|pixel(?:\.gif|\.png)?(?:\?|$)|beacon(?:\.gif)?(?:\?|$)|track(?:ing)?\.gif|t\.gif(?:\?|$))/i;

function pixels(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const m = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(value);
	return m ? Number(m[1]) : undefined;
}

function styleSize(style: string | undefined, prop: 'width' | 'height'): number | undefined {
	if (!style) return undefined;
	const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(style);
	return m ? Number(m[1]) : undefined;
}

function trackerHost(src: string): string | undefined {
	let url: URL;
	try {
		url = new URL(src.trim().startsWith('//') ? 'https:' + src.trim() : src.trim());
	} catch {
		return undefined;
	}
	const host = url.hostname.toLowerCase();
	const hostPath = host + url.pathname.toLowerCase();
	// Entries with a path match as a prefix of host + path; the others as the host or a parent domain of it.
	return TRACKER_HOSTS.find((t) => (t.includes('/') ? hostPath.startsWith(t) || hostPath.includes('.' + t) : host === t || host.endsWith('.' + t)));
}

/** Why an image is a tracking pixel, or undefined. `width`/`height` of 0 or 1 count, as does a known beacon. */
export function trackingReason(src: string, attrs: Attributes | undefined): string | undefined {
	const w = pixels(attributeValue(attrs, 'width')) ?? styleSize(attributeValue(attrs, 'style'), 'width');
	const h = pixels(attributeValue(attrs, 'height')) ?? styleSize(attributeValue(attrs, 'style'), 'height');
	if (w !== undefined && h !== undefined && w <= 1 && h <= 1) return `it is ${w}\u00d7${h} pixels`;
	const host = trackerHost(src);
	if (host) return `${host} is an analytics service`;
	if (/^https?:|^\/\//i.test(src.trim()) && BEACON_PATH_RE.test(src)) return 'its address is a beacon endpoint';
	return undefined;
}

/** Attributes of an `<img>` tag in raw HTML, enough for `trackingReason`; the first `src` wins, as in browsers. */
export function imgTagAttributes(tag: string, start: number): { src: string; attrs: Attributes } | undefined {
	const read = readHtmlAttributes(tag);
	const src = firstAttribute(read, 'src');
	if (src === undefined) return undefined;
	const pairs = read.filter((a) => a.name.toLowerCase() !== 'src').map((a): [string, string] => [a.name, a.value]);
	return { src, attrs: { classes: [], pairs, range: { start, end: start + tag.length } } };
}
