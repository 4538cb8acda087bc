// HTML character references as the dump parser reads them (text, link targets, titles), on the core's one decoder in text/entities.
import { namedEntity, numericEntity } from '../text/entities';

export { decodeEntities } from '../text/entities';

/** A reference is at most `&` + 32 name characters + `;` (or a 7-digit decimal): longer runs are not looked at. */
const MAX_ENTITY_LENGTH = 40;
const ENTITY_RE = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

/** The reference starting at the `&` at `i`: its value and length, or undefined when HTML has no such reference. */
export function entityAt(s: string, i: number): { value: string; length: number } | undefined {
	const m = ENTITY_RE.exec(s.slice(i, i + MAX_ENTITY_LENGTH));
	if (!m) return undefined;
	const body = m[1];
	const value = body.charCodeAt(0) === 0x23 /* # */ ? numericEntity(body) : namedEntity(body);
	return value === undefined ? undefined : { value, length: m[0].length };
}
