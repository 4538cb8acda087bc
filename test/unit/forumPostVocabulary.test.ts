// Threads of boards that name their posts in their own language: read as threads, every post in order, chrome dropped.
import * as assert from 'node:assert';
import { isLocalControl, isLocalMemberLine, POST_VOCABULARY } from '../../src/core/extract/kinds/postVocabulary';
import { extractDumpText } from '../util/kindFixtures';

/** One synthetic board: its post class, its message class, its member path, its chrome lines, its posts' messages. */
interface Board {
	readonly lang: string;
	readonly title: string;
	readonly post: string;
	readonly body: string;
	readonly member: string;
	readonly date: (i: number) => string;
	readonly chrome: readonly string[];
	/** The thread's counters, a line in the opening post's header (session 54: counters in the board's language). */
	readonly stats: string;
	readonly card: (i: number) => readonly string[];
	readonly messages: readonly string[];
}

const BOARDS: readonly Board[] = [
	{
		lang: 'de',
		title: 'Heizung macht nachts Geräusche',
		post: 'beitrag',
		body: 'beitrag-inhalt',
		member: 'mitglieder',
		date: (i) => `0${i + 1}.03.2024, 18:2${i}`,
		chrome: ['Antworten', 'Zitieren', 'Melden'],
		stats: 'Antworten: 3 · Aufrufe: 1.204',
		card: (i) => [`Registriert: 0${i + 2}.01.2019`],
		messages: [
			'Seit ein paar Tagen klopft unsere Heizung nachts so laut, dass man davon aufwacht. Der Druck steht bei anderthalb bar.',
			'Das klingt nach Luft im System. Hast du die Heizkörper schon entlüftet? Oben im Haus sammelt sich die Luft meistens zuerst.',
			'Ich hatte das gleiche Problem, bei mir war die Pumpe zu hoch eingestellt. Eine Stufe niedriger und das Klopfen war weg.',
			'Danke euch beiden, nach dem Entlüften und einer kleineren Pumpenstufe ist es jetzt endlich ruhig in der Nacht.',
		],
	},
	{
		lang: 'fr',
		title: 'Problème de démarrage de la tondeuse',
		post: 'reponse',
		body: 'message-texte',
		member: 'membres',
		date: (i) => `le 1${i} avril 2024 à 09:4${i}`,
		chrome: ['Répondre', 'Citer', 'Signaler'],
		stats: '3 réponses · 845 vues',
		card: (i) => [`Messages : ${12 + i * 7}`],
		messages: [
			'Ma tondeuse ne démarre plus depuis cet hiver. Le réservoir est plein et la bougie est neuve, je ne sais plus quoi essayer.',
			'As-tu nettoyé le carburateur ? Avec de la vieille essence, le gicleur se bouche très souvent après un hiver sans tourner.',
			'Je confirme, chez moi c’était le carburateur. Un bon nettoyage au produit adapté et elle est repartie au premier coup.',
			'Merci à vous deux, le carburateur était encrassé. Après le nettoyage elle tourne de nouveau comme au premier jour.',
		],
	},
	{
		lang: 'es',
		title: 'La bicicleta hace ruido al frenar',
		post: 'respuesta',
		body: 'texto-mensaje',
		member: 'usuarios',
		date: (i) => `1${i} de mayo de 2024, 20:1${i}`,
		chrome: ['Responder', 'Citar', 'Denunciar'],
		stats: '3 respuestas · 845 visitas',
		card: (i) => [`Mensajes: ${40 + i}`],
		messages: [
			'Mi bicicleta chirría mucho cada vez que freno, sobre todo cuando llueve. Las pastillas tienen apenas dos meses de uso.',
			'Puede que el disco esté contaminado con grasa. Límpialo con alcohol isopropílico y lija un poco la superficie de las pastillas.',
			'A mí me pasó lo mismo y era la pinza desalineada. Afloja los tornillos, aprieta el freno y vuelve a apretarlos con cuidado.',
			'Gracias a los dos, era grasa en el disco. Después de limpiarlo con alcohol ya no hace ningún ruido al frenar.',
		],
	},
	{
		lang: 'it',
		title: 'Il forno non scalda in modo uniforme',
		post: 'messaggio',
		body: 'testo',
		member: 'utenti',
		date: (i) => `2${i} giugno 2024, 11:0${i}`,
		chrome: ['Rispondi', 'Cita', 'Segnala'],
		stats: 'Risposte: 3 | Visite: 845',
		card: (i) => [`Messaggi: ${100 + i}`],
		messages: [
			'Il mio forno cuoce le torte solo da un lato, la parte dietro brucia mentre quella davanti resta quasi cruda ogni volta.',
			'Hai provato a controllare la ventola? Se la resistenza circolare è guasta il calore non gira e resta tutto nella parte dietro.',
			'Anche a me succedeva, bastava girare la teglia a metà cottura. Però se è nuovo conviene chiamare l’assistenza.',
			'Grazie a tutti, era proprio la resistenza della ventola. Il tecnico l’ha cambiata e adesso cuoce in modo uniforme.',
		],
	},
	{
		lang: 'nl',
		title: 'Lekkende kraan in de keuken',
		post: 'reactie',
		body: 'bericht-tekst',
		member: 'leden',
		date: (i) => `${i + 3} juli 2024 om 14:3${i}`,
		chrome: ['Reageren', 'Citeren', 'Melden'],
		stats: '3 reacties · 845 weergaven',
		card: (i) => [`Berichten: ${5 + i}`],
		messages: [
			'Onze keukenkraan blijft druppelen, ook als hij helemaal dicht staat. Er komt elke minuut wel een paar druppels uit.',
			'Dat is meestal het leertje of bij een mengkraan het binnenwerk. Draai eerst de hoofdkraan dicht voordat je hem openmaakt.',
			'Bij mij was het binnenwerk versleten. Zo’n cartouche kost bij de bouwmarkt een paar euro en is snel vervangen.',
			'Bedankt allemaal, het was inderdaad het binnenwerk. Na het vervangen is de kraan helemaal droog gebleven.',
		],
	},
	{
		lang: 'pt',
		title: 'Computador desliga sozinho',
		post: 'mensagem',
		body: 'conteudo',
		member: 'membros',
		date: (i) => `1${i} de agosto de 2024 às 16:2${i}`,
		chrome: ['Responder', 'Citar', 'Denunciar'],
		stats: '3 respostas · 845 visualizações',
		card: (i) => [`Mensagens: ${300 + i}`],
		messages: [
			'Meu computador desliga sozinho depois de uns vinte minutos jogando. Não aparece nenhuma mensagem de erro na tela.',
			'Parece superaquecimento. Verifique se as ventoinhas estão girando e troque a pasta térmica do processador se for antiga.',
			'Comigo era a fonte, que não aguentava a placa de vídeo. Troquei por uma de maior potência e nunca mais desligou.',
			'Obrigado pessoal, era a pasta térmica ressecada. Depois de trocar a temperatura caiu bastante e não desligou mais.',
		],
	},
	{
		lang: 'pl',
		title: 'Pralka nie odpompowuje wody',
		post: 'odpowiedz',
		body: 'tresc',
		member: 'uzytkownik',
		date: (i) => `${i + 4} września 2024, 19:1${i}`,
		chrome: ['Odpowiedz', 'Cytuj', 'Zgłoś'],
		stats: 'Odpowiedzi: 3 · Wyświetleń: 845',
		card: (i) => [`Posty: ${20 + i}`],
		messages: [
			'Moja pralka od wczoraj nie odpompowuje wody i stoi z pełnym bębnem. Program kończy się błędem po kilku minutach.',
			'Najczęściej zatkany jest filtr pompy na dole z przodu. Podstaw miskę, bo wyleje się sporo wody po odkręceniu.',
			'U mnie w filtrze była moneta i kawałek gumki. Po wyczyszczeniu wszystko działało jak należy bez wzywania serwisu.',
			'Dzięki, w filtrze były dwie spinki do włosów. Po wyczyszczeniu pralka znowu odpompowuje wodę bez problemu.',
		],
	},
	{
		lang: 'sv',
		title: 'Bilen startar inte i kylan',
		post: 'inlagg',
		body: 'inlagg-text',
		member: 'medlem',
		date: (i) => `${i + 5} januari 2024 kl. 07:1${i}`,
		chrome: ['Svara', 'Citera', 'Rapportera'],
		stats: '3 svar · 845 visningar',
		card: (i) => [`Inlägg: ${60 + i}`],
		messages: [
			'Min bil vill inte starta de kalla morgnarna, startmotorn går bara långsamt och sedan händer ingenting alls.',
			'Det låter som batteriet. Vid minusgrader tappar ett gammalt batteri mycket kraft, mät spänningen innan du startar.',
			'Jag hade samma problem och det var polskorna som var oxiderade. Rengör dem och dra åt ordentligt innan du byter batteri.',
			'Tack för hjälpen, batteriet var slut. Med ett nytt startar bilen direkt även när det är tjugo minusgrader ute.',
		],
	},
	{
		lang: 'da',
		title: 'Opvaskemaskinen tørrer ikke',
		post: 'indlaeg',
		body: 'indlaeg-tekst',
		member: 'medlemmer',
		date: (i) => `${i + 5}. marts 2024 kl. 08:1${i}`,
		chrome: ['Svar', 'Citér', 'Rapportér'],
		stats: '3 svar · 845 visninger',
		card: (i) => [`Indlæg: ${10 + i}`],
		messages: [
			'Vores opvaskemaskine vasker fint, men servicet er altid vådt bagefter, især plastikbøtterne og glassene i den øverste kurv.',
			'Har du afspændingsmiddel i? Uden det bliver der siddende vand på alt, og plastik tørrer næsten aldrig af sig selv.',
			'Hos os hjalp det at åbne lågen på klem lige efter programmet. Dampen slipper ud, og resten tørrer på en halv time.',
			'Tak for svarene, beholderen til afspændingsmiddel var tom. Nu er det meste tørt, når programmet er færdigt.',
		],
	},
	{
		lang: 'no',
		title: 'Varmepumpa ising om vinteren',
		post: 'innlegg',
		body: 'innlegg-tekst',
		member: 'brukere',
		date: (i) => `${i + 5}. mars 2024 kl. 08:1${i}`,
		chrome: ['Svar', 'Siter', 'Rapporter'],
		stats: 'Svar: 3 | Visninger: 845',
		card: (i) => [`Innlegg: ${20 + i}`],
		messages: [
			'Utedelen på varmepumpa vår blir helt dekket av is når det er kaldt, og det blir nesten ikke varmt i stua lenger.',
			'Den skal avrime seg selv med jevne mellomrom. Sjekk at vannet kan renne fritt unna under, ellers fryser det fast.',
			'Vi hadde det samme, og det var et tett dreneringshull. Etter at det ble rensket har den avrimet som den skal.',
			'Takk for tipsene, det var is rundt dreneringen. Nå avrimer den igjen, og stua er varm hele dagen.',
		],
	},
	{
		lang: 'cs',
		title: 'Kotel se sám vypíná',
		post: 'prispevek',
		body: 'prispevek-text',
		member: 'uzivatel',
		date: (i) => `${i + 5}. března 2024, 08:1${i}`,
		chrome: ['Odpovědět', 'Citovat', 'Nahlásit'],
		stats: 'Odpovědi: 3 · Zobrazení: 845',
		card: (i) => [`Příspěvky: ${30 + i}`],
		messages: [
			'Náš plynový kotel se posledních pár dní sám vypíná a na displeji bliká chyba. Tlak vody je přitom v pořádku.',
			'To bývá ucpaný odvod kondenzátu. Zkontroluj sifon pod kotlem, v zimě v něm voda často zamrzne nebo se zanese.',
			'U nás to byl vadný snímač plamene. Technik ho vyměnil za pár minut a od té doby kotel jede bez problémů.',
			'Díky všem, sifon byl opravdu zanesený. Po vyčištění se kotel už ani jednou nevypnul a topí normálně.',
		],
	},
	{
		lang: 'tr',
		title: 'Buzdolabı soğutmuyor',
		post: 'mesaj',
		body: 'mesaj-icerik',
		member: 'uye',
		date: (i) => `${i + 5} Mart 2024, 08:1${i}`,
		chrome: ['Cevapla', 'Alıntı', 'Bildir'],
		stats: '3 cevap · 845 görüntüleme',
		card: (i) => [`Mesajlar: ${40 + i}`],
		messages: [
			'Buzdolabımız iki gündür soğutmuyor, motor çalışıyor gibi ses geliyor ama içerisi oda sıcaklığına yaklaştı.',
			'Arkadaki kondansatörün tozlu olup olmadığına bak. Toz birikince ısı atamaz ve dolap soğutmayı neredeyse bırakır.',
			'Bizde aynı sorun termostattan çıktı. Servis termostatı değiştirdi ve o günden beri sorunsuz çalışıyor.',
			'Herkese teşekkürler, kondansatör toz içindeydi. Temizledikten sonra dolap yeniden güzelce soğutmaya başladı.',
		],
	},
	{
		lang: 'zh',
		title: '路由器经常断网怎么办',
		post: 'post',
		body: 'post-content',
		member: 'space-uid',
		date: (i) => `发表于 2024-10-1${i} 21:0${i}`,
		chrome: ['回复', '引用', '举报'],
		stats: '回复 3 / 查看 845',
		card: (i) => [`${i + 1}楼`],
		messages: [
			'家里的路由器每天晚上都会断网好几次，重启之后能用一会儿，然后又断了，不知道是路由器坏了还是宽带的问题，请大家帮忙看看。',
			'先看看是不是信道太拥挤了，晚上邻居都在用网，可以在管理页面里把无线信道换成一个用的人少的，再观察几天看看效果。',
			'我家以前也这样，后来发现是路由器过热，放在通风的地方并且更新了固件以后就再也没有断过，你也可以试一试这个办法。',
			'谢谢大家，换了信道又升级了固件，这几天晚上一直很稳定，没有再断网了，问题应该是解决了，再次感谢各位的帮助。',
		],
	},
	{
		lang: 'ja',
		title: 'ノートパソコンのバッテリーがすぐ減る',
		post: 'post',
		body: 'message',
		member: 'users',
		date: (i) => `2024/11/0${i + 1} 22:4${i}`,
		chrome: ['返信', '引用', '通報'],
		stats: '返信数：3 閲覧数：845',
		card: () => ['いいね'],
		messages: [
			'買って一年のノートパソコンなのに、バッテリーが二時間ほどしか持たなくなりました。設定で何か改善できることはありますか。',
			'画面の明るさを下げて、使っていないアプリを終了するとかなり違います。バックグラウンドで動いているものも確認してください。',
			'私の場合はブラウザの拡張機能が原因でした。不要なものを削除したら、一時間ぐらい長く使えるようになりました。',
			'皆さんありがとうございます。明るさを下げて拡張機能を整理したら、三時間以上持つようになりました。助かりました。',
		],
	},
];

const POSTERS = ['ann_k', 'bertil', 'cora77', 'ann_k'];

/**
 * A thread of one board: a menu, the title, then each post as a box classed in the board's language, holding its
 * poster's link to a member page (the opening post's under the thread's counters), the poster's card line, the date,
 * the message in its own box and the post's buttons, then a footer. No class of the posts is an English post word, and no id is numbered.
 */
function thread(b: Board): string {
	const out = ['::: site-nav', '[Start](/) · [Forum](/forum) · [Hilfe](/help)', ':::', '', `# ${b.title}`, ''];
	b.messages.forEach((m, i) => {
		out.push(`::: {.${b.post}}`, '::: kopf', ...(i === 0 ? [b.stats, ''] : []), `[${POSTERS[i]}](/${b.member}/${POSTERS[i]})`, '', ...b.card(i).flatMap((l) => [l, '']), b.date(i), ':::', '');
		out.push(`::: {.${b.body}}`, m, ':::', '', '::: leiste', ...b.chrome.flatMap((c) => [c, '']), ':::', ':::', '');
	});
	out.push('::: site-footer', 'Impressum · Datenschutz · Kontakt', ':::');
	return out.join('\n');
}

suite('Forum posts named in the board language', () => {
	for (const b of BOARDS) {
		test(`a ${b.lang} thread is read as a thread, every post in order, its chrome dropped`, () => {
			const { text, kind } = extractDumpText(thread(b));
			assert.strictEqual(kind, 'forum', `${b.lang}: read as ${String(kind)}`);
			let at = -1;
			for (const m of b.messages) {
				const k = text.indexOf(m);
				assert.ok(k > at, `${b.lang}: lost or misplaced ${m.slice(0, 30)} in ${text.slice(0, 600)}`);
				at = k;
			}
			const lines = text.split('\n').map((l) => l.trim());
			for (const c of [b.stats, ...b.chrome, ...b.messages.flatMap((_, i) => b.card(i))]) assert.ok(!lines.includes(c), `${b.lang}: kept the chrome line ${c}`);
			assert.ok(!text.includes('Impressum'), `${b.lang}: kept the footer`);
		});
	}

	test('the vocabulary lists its sources, and its chrome tests are anchored: a sentence that starts like a button stays', () => {
		for (const v of POST_VOCABULARY) assert.ok(v.seenIn.length > 0, `${v.lang} lists no source`);
		assert.ok(isLocalControl('Antworten') && isLocalControl('Répondre') && isLocalControl('回复') && isLocalControl('3楼') && isLocalControl('返信'));
		assert.ok(!isLocalControl('Antworten kann hier jeder, der sich vorher angemeldet hat.'));
		assert.ok(!isLocalControl('Reply'), 'English controls are forumControls.ts’s');
		// Session 54: a thread's counters in the board's language, whole lines only.
		assert.ok(isLocalControl('12 respostas') && isLocalControl('Odpovědi: 3 · Zobrazení: 845') && isLocalControl('回复 12 / 查看 345'));
		assert.ok(!isLocalControl('12 respostas depois ainda ninguém sabe o motivo'));
		assert.ok(isLocalMemberLine('Beiträge: 1.234') && isLocalMemberLine('Inscrit le : 12 mars 2019') && isLocalMemberLine('Mitglied seit März 2015'));
		assert.ok(!isLocalMemberLine('Beiträge zum Thema Heizung gibt es hier viele, lies sie zuerst.'));
	});

	test('long lines of repeated letters are read in linear time', () => {
		const long = 'a'.repeat(50_000);
		const t0 = Date.now();
		isLocalControl(long);
		isLocalMemberLine(`Beiträge: ${'1'.repeat(50_000)}x`);
		isLocalControl(`${'1,'.repeat(25_000)} svar`);
		isLocalControl(`${'12 svar · '.repeat(5_000)}x`);
		assert.ok(Date.now() - t0 < 200);
	});
});
