// Common given names (English and Western European, lower case): data for telling a person's own site from a brand's.

/**
 * Reason: a site name shaped like a person's ("Toby Hede", "Echo Live", "Smith Hanley Associates") is a person's when
 * its first word is a given name. A closed list errs on the side of saying nothing: a person whose given name is not
 * here is not credited by `siteOwnerAuthor.ts`, while a brand is never taken for a person unless it starts with one
 * (the organisation words there catch most of those). Frequent given names from public birth-name lists, spelling
 * variants kept short.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
	(
		// Men.
		'aaron adam adrian aidan alan albert alex alexander alfred ali andre andreas andrew andy anthony antonio arthur austin ' +
		'ben benjamin bernard bill billy blake bob bobby brad bradley brandon brian bruce bryan carl carlos charles charlie ' +
		'chris christian christopher clark colin connor craig dale dan daniel danny darren dave david dean dennis ' +
		'derek dominic don donald doug douglas dylan ed eddie edward eric erik ethan evan felix frank fred frederick gabriel ' +
		'gary gavin george gerald giovanni graham greg gregory hans harry henry hugo ian isaac jack jacob jake james jamie ' +
		'jan jared jason jay jeff jeffrey jeremy jerry jesse jim jimmy joe joel johan john johnny jon jonathan jordan jorge ' +
		'jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kyle lars lee leo leon liam logan louis ' +
		'lucas luis luke marc marco marcus mark martin mason matt matthew max michael miguel mike nathan neil nick nicholas ' +
		'nico niklas noah oliver oscar owen pablo patrick paul pedro peter phil philip philipp pierce pierre rafael ' +
		'ralph randy ray raymond richard rick rob robert robin roger ronald ross roy russell ryan sam samuel scott sean ' +
		'sebastian seth shane simon stefan stephen steve steven stuart ted terry thomas tim timothy toby todd tom tommy tony ' +
		'travis trevor tyler victor vincent walter wayne will william zach zachary ' +
		// Women.
		'abby abigail adriana alexandra alice alicia alison allison amanda amber amelia amy ana andrea angela anna anne annie ' +
		'ashley audrey barbara beth betty brenda brittany brooke caroline carrie cassidy catherine charlotte chelsea chloe ' +
		'christina christine cindy claire clara courtney crystal cynthia dana danielle deborah debbie denise diana diane ' +
		'donna dorothy elena elizabeth ella ellen emily emma erica erin eva evelyn fiona frances grace hannah heather helen ' +
		'holly isabel isabella jackie jacqueline jane janet jasmine jean jennifer jenny jessica jill joan julia julie karen ' +
		'kate katherine kathleen kathryn katie kayla kelly kim kimberly kristen laura lauren leah linda lindsay lisa lucy ' +
		'lydia maddy madeline madison maggie margaret maria marie marilyn martha mary megan melanie melissa michelle molly ' +
		'monica nancy natalie nicole nina olivia pamela patricia paula rachel rebecca rose ruth sabrina sally samantha sandra ' +
		'sara sarah shannon sharon sophia sophie stephanie susan tara teresa tiffany tina tracy valerie vanessa victoria ' +
		'virginia wendy zoe'
	).split(' '),
);
