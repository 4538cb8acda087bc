// The words boards in other languages use for their posts and their chrome, as data: class words, member paths, buttons, card lines.

/**
 * Why: a thread's posts are found by the words their containers are named with (kinds/posts.ts `POST_CLASS_RE`,
 * kinds/scatteredPosts.ts `POSTER_MARK_RE`) and their chrome by English lines (heuristics/forumControls.ts,
 * memberLines.ts). Hand-made themes and boards outside the English web name their posts in their own language
 * (`beitrag`, `reponse`, `mensaje`), link their posters to `/mitglieder/` or `/membres/`, and label their buttons and
 * member cards so ("Antworten", "Répondre", "Beiträge: 12", "回复", "3楼"). A German thread whose posts are classed
 * `beitrag` was read as a listing (session 34, forum38's note). Each language's words are listed here once, with where
 * they were seen; the recognisers read them from here.
 *
 * Sources (public code, searched in session 34): a German board's thread template (`Antworten` button, "Beiträge: 123 /
 * 456" card line, "geschrieben am"), a French board's views (`post-sujet`, `content_sujet`, `nombre-message`
 * "Messages:", "Réponse #1", "Répondre à ce sujet", `repondre`), a Spanish board's Smarty templates (`temamensaje`,
 * `cabezeramensaje`, `mensajes`), a Spanish forum's XML view (`Responder`, `Editar`), a Chinese ASP board and Discuz
 * clients (楼主, N楼 floors, 回复, 引用), and the stock language packs of phpBB, vBulletin, MyBB and XenForo, whose
 * translated button and profile labels are those below ("Zitieren", "Citer", "Citar", "Cita", "Citeren", "Cytuj",
 * "Citera"; "Registriert", "Inscrit le", "Registrado", "Iscritto", "Lid sinds", "Dołączył", "Medlem sedan").
 *
 * Measured effect (session 34, tuning part of wcxb-dev, word F1): no page of any kind changed its score, detected kind,
 * title, author or date (tuning 0.90258, forum half A 0.85166, half B 0.91455, page kind 872/1054); readability corpus
 * unchanged. The tuning part holds no thread classed or labelled in these languages: the words are for the unseen
 * boards. Main's build reads the synthetic German thread of test/unit/forumPostVocabulary.test.ts as an article with
 * every post's "Registriert:" line; with this vocabulary all ten synthetic threads are threads without them.
 *
 * Session 54 (issue 12, unseen boards): each language's counter words (`counters`: "Respostas: 12", "845 visningar",
 * "回复 12 / 查看 345"), read by `isLocalControl` as a thread's counters on a line of their own and by
 * kinds/otherThreadEntries.ts as an entry's counters; and Danish, Norwegian, Czech and Turkish boards, from their
 * phpBB and XenForo language packs. Tuning part (1,054 pages, as is and declassed): no page changed its score, detected
 * kind, title, author or date; forum pages declassed with the profiles off likewise. The tuning part holds no thread in
 * these languages. On synthetic boards (test/unit/forumPostVocabulary.test.ts, forumOtherThreads.test.ts) main kept
 * each language's counter line, read the four new languages' threads as articles, and kept eight languages' lists of
 * other threads as posts.
 */
export interface PostLanguage {
	readonly lang: string;
	/**
	 * Class words of a reply, a message or a comment: safe deep inside a layout wrapper, as English "reply" and
	 * "message" are (kinds/posts.ts `INNER_POST_CLASS_RE`).
	 */
	readonly replyWords: readonly string[];
	/**
	 * Class words of a post or a topic that CMS themes also give an article (German "Beitrag" is a blog post too):
	 * trusted only on a repeated item itself, as English "post" is (kinds/posts.ts `POST_CLASS_RE`).
	 */
	readonly postWords: readonly string[];
	/** Path words of a member's page (`/mitglieder/NAME`) and class words of a poster (`.autor`, `.pseudo`). */
	readonly memberPaths: readonly string[];
	readonly posterClasses: readonly string[];
	/** A post's buttons and labels, each a whole line (case-insensitive). */
	readonly controls: readonly string[];
	/** A member card's count labels ("Beiträge: 12") and join labels ("Registriert: 03.2019"). */
	readonly countLabels: readonly string[];
	readonly joinLabels: readonly string[];
	/** Ranks engines give by post count, each a whole line. */
	readonly ranks: readonly string[];
	/**
	 * The words a thread's counters are labelled with in lists of threads and over a thread: replies, views, answers,
	 * comments ("Respostas: 12", "345 visualizações", "回复 12", "閲覧数: 120"). Not posts: a member card counts those.
	 */
	readonly counters: readonly string[];
	readonly seenIn: readonly string[];
}

export const POST_VOCABULARY: readonly PostLanguage[] = [
	{
		lang: 'de',
		replyWords: ['antwort', 'nachricht', 'kommentar'],
		postWords: ['beitrag', 'beitraege'],
		memberPaths: ['mitglieder', 'mitglied', 'benutzer'],
		posterClasses: ['autor', 'benutzer', 'mitglied'],
		controls: ['antworten', 'zitieren', 'melden', 'beitrag melden', 'mit zitat antworten', 'gefällt mir', 'nach oben', 'zum seitenanfang', 'bearbeiten', 'teilen', 'zitat:', 'code: alles auswählen'],
		countLabels: ['beiträge', 'beitraege', 'nachrichten', 'themen', 'danksagungen'],
		joinLabels: ['registriert(?: seit| am)?', 'mitglied seit', 'dabei seit', 'anmeldedatum'],
		ranks: ['neuling', 'neues mitglied', 'erfahrenes mitglied', 'stammgast', 'mitglied'],
		counters: ['antworten', 'aufrufe', 'zugriffe', 'kommentare'],
		seenIn: ['a German board thread template (Antworten, Beiträge: N)', 'phpBB / vBulletin / XenForo German language packs'],
	},
	{
		lang: 'fr',
		replyWords: ['reponse', 'réponse', 'commentaire'],
		postWords: ['sujet'],
		memberPaths: ['membres?', 'utilisateurs?'],
		posterClasses: ['auteur', 'utilisateur', 'membre', 'pseudo'],
		controls: ['répondre', 'citer', 'signaler', 'répondre en citant', "j'aime", 'j’aime', 'partager', 'modifier', 'haut', 'retour en haut', 'citation ?:', 'code ?: tout sélectionner'],
		countLabels: ['messages', 'sujets', 'réponses'],
		joinLabels: ['inscrite?(?: le| depuis)?', 'inscription', 'membre depuis', 'date d.inscription'],
		ranks: ['nouveau membre', 'membre actif', 'membre'],
		counters: ['r[ée]ponses', 'vues', 'affichages', 'commentaires'],
		seenIn: ['French board views (post-sujet, content_sujet, nombre-message "Messages:", "Répondre à ce sujet")', 'phpBB French language pack'],
	},
	{
		lang: 'es',
		replyWords: ['respuesta', 'mensaje', 'comentario'],
		postWords: ['tema'],
		memberPaths: ['usuarios?', 'miembros?', 'perfil'],
		posterClasses: ['usuario', 'miembro'],
		controls: ['responder', 'citar', 'reportar', 'denunciar', 'responder citando', 'me gusta', 'compartir', 'editar', 'volver arriba', 'cita:', 'código: seleccionar todo'],
		countLabels: ['mensajes', 'temas', 'respuestas'],
		joinLabels: ['registrado(?: el| desde)?', 'miembro desde', 'fecha de registro'],
		ranks: ['nuevo miembro', 'miembro activo', 'miembro'],
		counters: ['respuestas', 'visitas', 'vistas', 'comentarios'],
		seenIn: ['Spanish board Smarty templates (temamensaje, cabezeramensaje)', 'a Spanish forum XML view (Responder, Editar)', 'phpBB Spanish language pack'],
	},
	{
		lang: 'it',
		replyWords: ['risposta', 'messaggio', 'commento'],
		postWords: ['intervento', 'discussione'],
		memberPaths: ['utenti', 'utente', 'membri'],
		posterClasses: ['autore', 'utente'],
		controls: ['rispondi', 'cita', 'segnala', 'rispondi citando', 'mi piace', 'condividi', 'modifica', 'torna su', 'citazione:', 'codice: seleziona tutto'],
		countLabels: ['messaggi', 'discussioni', 'risposte'],
		joinLabels: ['iscritto(?: il| dal)?', 'iscrizione', 'membro dal', 'registrato(?: il| dal)?'],
		ranks: ['nuovo utente', 'utente attivo', 'utente'],
		counters: ['risposte', 'visite', 'visualizzazioni', 'commenti'],
		seenIn: ['phpBB / vBulletin Italian language packs'],
	},
	{
		lang: 'nl',
		replyWords: ['reactie', 'antwoord'],
		postWords: ['bericht', 'onderwerp'],
		memberPaths: ['leden', 'lid', 'gebruikers?'],
		posterClasses: ['gebruiker'],
		controls: ['reageren', 'citeren', 'melden', 'beantwoorden', 'vind ik leuk', 'delen', 'bewerken', 'naar boven', 'citaat:', 'code: selecteer alles'],
		countLabels: ['berichten', 'reacties', 'onderwerpen'],
		joinLabels: ['lid sinds', 'geregistreerd(?: op)?', 'aangemeld'],
		ranks: ['nieuw lid', 'actief lid', 'lid'],
		counters: ['reacties', 'antwoorden', 'weergaven'],
		seenIn: ['phpBB / XenForo Dutch language packs'],
	},
	{
		lang: 'pt',
		replyWords: ['resposta', 'mensagem', 'comentario', 'comentário'],
		postWords: ['topico', 'tópico'],
		memberPaths: ['membros?', 'usuarios?', 'perfil'],
		posterClasses: ['usuario', 'membro'],
		controls: ['responder', 'citar', 'denunciar', 'curtir', 'gostei', 'compartilhar', 'partilhar', 'editar', 'voltar ao topo', 'citação:', 'código: selecionar tudo'],
		countLabels: ['mensagens', 'tópicos', 'respostas'],
		joinLabels: ['membro desde', 'registrado em', 'registo', 'cadastrado em'],
		ranks: ['novo membro', 'membro ativo', 'membro'],
		counters: ['respostas', 'visualiza[çc][õo]es', 'coment[áa]rios'],
		seenIn: ['phpBB / XenForo Portuguese language packs'],
	},
	{
		lang: 'pl',
		replyWords: ['odpowiedz', 'wiadomosc', 'komentarz'],
		postWords: ['wpis', 'temat'],
		memberPaths: ['uzytkownik', 'uzytkownicy', 'profil'],
		posterClasses: ['autor', 'uzytkownik'],
		controls: ['odpowiedz', 'cytuj', 'zgłoś', 'lubię to!?', 'udostępnij', 'edytuj', 'do góry', 'na górę', 'cytat:', 'kod: zaznacz wszystko'],
		countLabels: ['posty', 'postów', 'wiadomości', 'tematy'],
		joinLabels: ['dołączył(?:a|\\(a\\))?', 'rejestracja', 'zarejestrowany'],
		ranks: ['nowy użytkownik', 'użytkownik', 'bywalec'],
		counters: ['odpowiedzi', 'odpowied[źz]', 'wy[śs]wietle[ńn]', 'wy[śs]wietlenia', 'komentarzy', 'komentarze'],
		seenIn: ['phpBB Polish language pack'],
	},
	{
		lang: 'sv',
		replyWords: ['svar', 'kommentar'],
		postWords: ['inlagg', 'tradar'],
		memberPaths: ['medlem', 'medlemmar', 'anvandare'],
		posterClasses: ['anvandare', 'medlem'],
		controls: ['svara', 'citera', 'rapportera', 'gilla', 'dela', 'redigera', 'till toppen', 'citat:', 'kod: markera allt'],
		countLabels: ['inlägg', 'trådar'],
		joinLabels: ['medlem sedan', 'registrerad', 'gick med'],
		ranks: ['ny medlem', 'medlem'],
		counters: ['svar', 'visningar', 'kommentarer'],
		seenIn: ['phpBB / Flashback-style Swedish boards (inlägg, svar)'],
	},
	{
		lang: 'da',
		replyWords: ['svar', 'kommentar'],
		postWords: ['indlaeg', 'indlæg'],
		memberPaths: ['medlemmer', 'medlem', 'brugere?'],
		posterClasses: ['bruger', 'medlem'],
		controls: ['svar', 'citér', 'citer', 'rapportér', 'rapporter', 'synes godt om', 'del', 'rediger', 'til toppen', 'citat:', 'kode: marker alt'],
		countLabels: ['indlæg', 'emner'],
		joinLabels: ['medlem siden', 'tilmeldt', 'oprettet'],
		ranks: ['nyt medlem', 'medlem'],
		counters: ['svar', 'visninger', 'kommentarer', 'besvarelser'],
		seenIn: ['phpBB / XenForo Danish language packs (Svar, Citér, Indlæg: N, Medlem siden)'],
	},
	{
		lang: 'no',
		replyWords: ['svar', 'kommentar'],
		postWords: ['innlegg'],
		memberPaths: ['medlemmer', 'medlem', 'brukere?'],
		posterClasses: ['bruker', 'medlem'],
		controls: ['svar', 'siter', 'rapporter', 'lik', 'liker', 'del', 'rediger', 'til toppen', 'sitat:', 'kode: merk alt'],
		countLabels: ['innlegg', 'emner'],
		joinLabels: ['medlem siden', 'registrert', 'ble med'],
		ranks: ['nytt medlem', 'medlem'],
		counters: ['svar', 'visninger', 'kommentarer'],
		seenIn: ['phpBB / XenForo Norwegian language packs (Svar, Siter, Innlegg: N, Registrert)'],
	},
	{
		lang: 'cs',
		replyWords: ['odpoved', 'komentar'],
		postWords: ['prispevek', 'prispevky'],
		memberPaths: ['uzivatele?', 'clenove', 'clen'],
		posterClasses: ['autor', 'uzivatel'],
		controls: ['odpovědět', 'odpovědět s citací', 'citovat', 'nahlásit', 'líbí se mi', 'sdílet', 'upravit', 'nahoru', 'citace:', 'kód: vybrat vše'],
		countLabels: ['příspěvky', 'příspěvků', 'témata'],
		joinLabels: ['registrován[a]?', 'registrace', 'členem od', 'připojen[a]?'],
		ranks: ['nový člen', 'nováček', 'člen'],
		counters: ['odpovědi', 'odpovědí', 'odpověď', 'zobrazení', 'komentáře', 'komentářů'],
		seenIn: ['phpBB Czech language pack (Odpovědět, Citovat, Příspěvky: N, Registrován)'],
	},
	{
		lang: 'tr',
		replyWords: ['cevap', 'yanit', 'yorum', 'mesaj'],
		postWords: ['gonderi'],
		memberPaths: ['uyeler', 'uye', 'kullanici'],
		posterClasses: ['yazar', 'kullanici'],
		controls: ['cevapla', 'yanıtla', 'alıntı', 'alıntıla', 'alıntı yap', 'bildir', 'şikayet et', 'beğen', 'paylaş', 'düzenle', 'başa dön', 'alıntı:', 'kod: tümünü seç'],
		countLabels: ['mesajlar', 'mesaj', 'konular', 'gönderiler'],
		joinLabels: ['katılım(?: tarihi)?', 'kayıt(?: tarihi)?', 'üyelik tarihi'],
		ranks: ['yeni üye', 'aktif üye', 'üye'],
		counters: ['cevap', 'cevaplar', 'yanıt', 'yanıtlar', 'görüntüleme', 'görüntülenme', 'yorum', 'yorumlar', 'okunma'],
		seenIn: ['phpBB / XenForo Turkish language packs (Cevapla, Alıntı, Mesajlar: N, Katılım)'],
	},
	{
		lang: 'zh',
		replyWords: [],
		postWords: [],
		memberPaths: ['space-uid-\\d+'],
		posterClasses: [],
		controls: ['回复', '回覆', '引用', '举报', '舉報', '分享', '收藏', '只看该作者', '只看該作者', '楼主', '樓主', '沙发', '板凳', '地板', '支持', '反对', '点赞', '返回顶部', '使用道具', '评分', '引用:'],
		countLabels: ['帖子', '主题', '积分', '回帖'],
		joinLabels: ['注册时间', '註冊時間'],
		ranks: ['新手上路', '注册会员', '中级会员', '高级会员'],
		counters: ['回复', '回覆', '查看', '浏览', '瀏覽', '阅读', '閱讀', '评论', '評論', '回帖'],
		seenIn: ['Discuz! clients and a Chinese ASP board (楼主, N楼, 回复, 引用)'],
	},
	{
		lang: 'ja',
		replyWords: [],
		postWords: [],
		memberPaths: [],
		posterClasses: [],
		controls: ['返信', '引用', '通報', 'いいね!?', '共有', '編集', '報告', '返信する', 'ページの先頭へ', 'トップへ戻る'],
		countLabels: ['投稿数'],
		joinLabels: ['登録日'],
		ranks: [],
		counters: ['返信数?', '閲覧数?', '回答数?', 'コメント数?'],
		seenIn: ['Japanese boards with English classes (返信, 引用, 通報)'],
	},
];

const all = (pick: (l: PostLanguage) => readonly string[]): string[] => POST_VOCABULARY.flatMap(pick);

/** A short word ("svar", "tema", "wpis") must start a word of the class: "svart" and "sistema" are no posts. */
const MAX_SHORT_WORD = 4;
const classWord = (w: string, bounded: boolean): string => (bounded || w.length <= MAX_SHORT_WORD ? `(?<![a-z])${w}` : w);

/**
 * Class words of a reply or a message, at any depth (kinds/posts.ts `INNER_POST_CLASS_RE`). Long words may sit inside a
 * class (`temamensaje`, a Spanish board's post box); short ones must start a word of it.
 */
export const LOCAL_REPLY_CLASS_RE = new RegExp(all((l) => l.replyWords).map((w) => classWord(w, false)).join('|'), 'i');
/**
 * Class words of a post or a topic, trusted on a repeated item itself (kinds/posts.ts `POST_CLASS_RE`): the reply
 * words, and the post words, each starting a word of the class (`beitrag`, `beitrag-box`, `tema-principal`).
 */
export const LOCAL_POST_CLASS_RE = new RegExp(
	[...all((l) => l.replyWords).map((w) => classWord(w, false)), ...all((l) => l.postWords).map((w) => classWord(w, true))].join('|'),
	'i',
);

/** Path words of a member's page, for kinds/scatteredPosts.ts `POSTER_MARK_RE` (followed there by `/`, `.`, `?` or `=`). */
export const LOCAL_MEMBER_PATHS = all((l) => l.memberPaths).join('|');
/** Class words of a poster, for kinds/scatteredPosts.ts `POSTER_MARK_RE`. */
export const LOCAL_POSTER_CLASSES = all((l) => l.posterClasses).join('|');

/**
 * A post's number as boards outside English write it: a floor ("1楼", "#2楼", "第3楼", "5F") or a reply's number
 * ("Antwort #3", "Réponse #1", "Beitrag 4").
 */
const POST_NUMBER = '(?:#|第)?\\s?\\d+\\s?(?:楼|樓|f|階)|(?:antwort|beitrag|réponse|reponse|mensaje|respuesta|messaggio|risposta|reactie|bericht|mensagem|resposta|odpowiedź|inlägg|svar)\\s?#?\\d+';

/** A post's buttons and labels in the board's language, and its number: whole lines (heuristics/forumControls.ts). */
const LOCAL_CONTROL_RE = new RegExp(`^(?:${[...all((l) => l.controls), POST_NUMBER].join('|')})$`, 'iu');

/** The counter words of every language here, as a regex alternation (kinds/otherThreadEntries.ts `COUNTER_RE`). */
export const LOCAL_COUNTER_WORDS = all((l) => l.counters).join('|');

/** One count with its label, either way round: "12 respostas", "Respostas: 12", "回复 12", "閲覧数：1.2k". */
const LOCAL_COUNT = `(?:\\d[\\d.,]{0,12}[km]?\\s?(?:${LOCAL_COUNTER_WORDS})|(?:${LOCAL_COUNTER_WORDS})\\s?[:：]?\\s?\\d[\\d.,]{0,12}[km]?)`;

/**
 * A thread's counters on a line of their own in the board's language, one to three counts apart by a dot, a bar, a
 * comma or a slash ("12 respostas · 345 visualizações", "回复 12 / 查看 345"): what forumControls.ts drops in English
 * ("12 replies", `THREAD_STATS_RE`). Whole lines only, each count bounded.
 */
const LOCAL_COUNTER_LINE_RE = new RegExp(`^${LOCAL_COUNT}(?:\\s?[·•|,/]?\\s?${LOCAL_COUNT}){0,2}$`, 'iu');

/** Whether a line's collapsed text is a post's button or number, or a thread's counters, in a board's language. */
export function isLocalControl(text: string): boolean {
	return LOCAL_CONTROL_RE.test(text) || LOCAL_COUNTER_LINE_RE.test(text);
}

/** A date as member cards write it in these languages: "12.03.2019", "2019-03-12", "12. März 2019", "mars 2019", "2019". */
const CARD_DATE =
	'(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}[/.-]\\d{1,2}(?:[/.-]\\d{1,2})?|\\d{1,2}\\.?\\s(?:de\\s)?\\p{L}{3,10}\\.?(?:\\sde)?\\s\\d{4}|\\p{L}{3,10}\\.?\\s\\d{4}|\\d{4})';

/** A member card's line in the board's language: a count with its label, a join date with its label, or a rank. */
const LOCAL_MEMBER_LINE_RE = new RegExp(
	'^(?:' +
		[
			`(?:${all((l) => l.countLabels).join('|')})\\s*[:：]?\\s*\\d(?:[\\d.,\\s]*\\d)?`,
			`(?:${all((l) => l.joinLabels).join('|')})\\s*[:：]?\\s*${CARD_DATE}`,
			all((l) => l.ranks).join('|'),
		].join('|') +
		')$',
	'iu',
);

/** Whether a line's collapsed text is a member card's line in a board's language (`LOCAL_MEMBER_LINE_RE`). */
export function isLocalMemberLine(text: string): boolean {
	return LOCAL_MEMBER_LINE_RE.test(text);
}
