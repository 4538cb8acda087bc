// Common given names (English and Western European, lower case): data for telling a person's own site from a brand's.

/**
 * Reason: a site name shaped like a person's ("Toby Vance", "Echo Tide", "Smith Harlow Associates") is a person's when
 * its first word is a given name. A closed list errs on the side of saying nothing: a person whose given name is not
 * here is not credited by `siteOwnerAuthor.ts`, while a brand is never taken for a person unless it starts with one
 * (the organisation words there catch most of those). Frequent given names from public birth-name lists, spelling
 * variants kept short. Session 56: common given names across European and South Asian languages added (the list held
 * English and Western European ones only, so an "Owain" or a "Christoffer" with a personal blog was not credited). Tuning
 * part of wcxb-dev, as is and declassed alike: author right half A +2 (212 -> 214 of 254 as is), half B +2 (215 -> 217 of
 * 275); where none, wrong, dates, titles and F1 per kind unchanged on both yardsticks.
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
		'virginia wendy zoe ' +
		// More, across European and South Asian languages (session 56): the first list was English and Western European only.
		'aarav aditya ahmed akash alain alberto aleksander alessandro alexandre alexei amit anders andrei anil ' +
		'antoine arjun armin arnaud axel bastian benoit bjorn bram bruno callum cameron carsten cedric christoffer ' +
		'christophe claudio clement conor cory corey cristian damian damien dario deepak diego dmitri duncan edoardo ' +
		'elias emil emmanuel enrico erwin fabian fabio fabrice federico felipe fernando filip florian francesco ' +
		'francisco franz frederik gareth geoffrey gerard gilles giorgio giuseppe gordon guillaume gustavo hamish ' +
		'harald hector heinrich hendrik henrik hugh igor ivan jakob javier jens jeroen joachim jochen joost jules ' +
		'julien jurgen kai kamil karthik kasper klaus kristian lorenzo luca ludovic lukas maarten magnus malcolm ' +
		'manuel marcel marcin mario marius markus massimo mateo matteo mathias matthias mattias maurice maxime ' +
		'michel mikael mohammed muhammad myles nathaniel nicolas niels nikolai nils olaf olivier omar owain pascal ' +
		'patrik paolo pavel piotr pradeep rahul raj rajesh ramon raphael remy ricardo riccardo roberto rodrigo ' +
		'roland rory rui rupert salvatore sandeep sanjay sergio sergei shaun silvio soren stefano sven theo thibault ' +
		'thijs tobias tomas torsten ulrich vijay vikram vladimir wim wojciech xavier yann yannick yusuf agnes alba ' +
		'alejandra alessandra alexa alina amelie anika anita anja annika antonia astrid beatrice bianca birgit ' +
		'camille carla carmen carolina cathy caterina cecilia celine chiara claudia colette cora daniela delphine ' +
		'eleanor elisa elise eliza elsa emilia emilie fatima federica felicity francesca freya gemma giulia gabriela ' +
		'greta hanna harriet heidi helena ines ingrid irene isabelle jana janine jessie johanna josephine judith ' +
		'juliette justine karin katarina katja kirsten lara lea leila lena lina lorena louise lucia luisa magdalena ' +
		'maja manon marta marina marion marlene mathilde mia miriam monika nadia nathalie paola petra pia polly ' +
		'priya sabine sandrine silvia simone sofia sonia susanne svenja sylvie tamara tanja ursula valentina vera ' +
		'veronica yasmin yvonne jürgen søren bjørn'
	).split(' '),
);
