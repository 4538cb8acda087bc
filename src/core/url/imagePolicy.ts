// Which images an output or the preview shows, holds back (remote, not allowed yet) or drops (unsafe or a tracker).
import type { Attributes } from '../model/dumpDocument';
import { trackingReason } from '../vocab/tracking';
import { classifyUrl } from './urlPolicy';

/**
 * `all` shows http, https, relative and raster `data:` images; `https` also holds back plain http; `embedded` shows
 * only raster `data:` images and holds back every remote one (the preview's default, and the rule in an untrusted
 * workspace); `none` shows no image at all.
 */
export type ImagePolicy = 'all' | 'https' | 'embedded' | 'none';

/** `show` the image, `hold` it back (say so in place, the user may allow it), or `drop` it (unsafe: alt text only). */
export type ImageDecision = 'show' | 'hold' | 'drop';

/** What to do with an image source under a policy. Unsafe sources are dropped under every policy. */
export function imageDecision(src: string, policy: ImagePolicy): ImageDecision {
	const v = classifyUrl(src, 'image');
	if (!v.safe) return 'drop';
	if (policy === 'none') return 'hold';
	if (v.kind === 'data-image') return 'show';
	if (policy === 'embedded') return 'hold';
	if (v.kind === 'fragment') return 'drop';
	if (policy === 'https' && v.scheme === 'http') return 'hold';
	return 'show';
}

/** True when the image may be shown under the policy. */
export function isSafeImageUrl(src: string, policy: ImagePolicy = 'all'): boolean {
	return imageDecision(src, policy) === 'show';
}

/** Why an image is a tracking pixel (1×1, a known beacon host or path), or undefined: such images never reach an output. */
export function trackerImageReason(src: string, attrs: Attributes | undefined): string | undefined {
	return trackingReason(src, attrs);
}
