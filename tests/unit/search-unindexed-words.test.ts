import { describe, expect, it } from 'vitest';
import { answersWord, formOf, misspeltAs, wordsOf, nameAsMarked, showsEvery, withoutFinalY, writesEvery } from '../../src/client/search/unindexed-words.ts';
import { withoutStandIns } from '../../src/client/search/stand-ins.ts';
import { pagefindData } from '../helpers/pagefind-data.ts';

describe('words Pagefind does not hold', () => {
	const data = pagefindData;
	it('tells a word that answers the one typed from a shorter word standing in for it', () => {
		expect(['orban', 'orb'].map((t) => answersWord('or', t))).toEqual([false, true]);
		expect(answersWord('policy', 'policies')).toBe(true);
		expect(answersWord('war', 'wars')).toBe(true);
		expect(answersWord('died', 'dies')).toBe(true);
		expect(answersWord('doc', 'docker')).toBe(false);
		expect(answersWord('john', 'johnson')).toBe(false);
		expect(answersWord('instal', 'installa')).toBe(true);
		// Its stem is the start of another word: “crimes” is not “Crimea”, nor “states” “statement”.
		expect(answersWord('crimea', 'crimes')).toBe(false);
		expect(answersWord('statement', 'states')).toBe(false);
		expect(answersWord('talking', 'talks')).toBe(true);
		expect(answersWord('brussels', 'brussells')).toBe(true);
		// Four letters in common and the rest another word's: “steps” had answered “stephanishyna”.
		expect(answersWord('steps', 'stephanishyna')).toBe(false);
		expect(answersWord('turkey', 'tur')).toBe(true);
		// A shorter word with an ending is no answer to a longer word typed on past it; a misspelling near its end is.
		expect(answersWord('bars', 'barot')).toBe(false);
		expect(answersWord('bar', 'barot')).toBe(false);
		expect(answersWord('rutte', 'rute')).toBe(true);
		// Past a stem of four letters, two inflections of it, or a slip; two words of a stem only from five letters.
		expect([['allies', 'allience'], ['footing', 'football'], ['policy', 'policies'], ['sybiha', 'sybiga'], ['invited', 'invitation'], ['stoltenberg', 'stoltenburg'], ['ukrainian', 'ukraine'], ['hungary', 'hungarians'], ['italian', 'italy'], ['ratified', 'ratify'], ['occupying', 'occupied']].map(([m, t]) => answersWord(m, t))).toEqual([false, false, ...Array(9).fill(true)]);
		// A word of the typed word's stem, from six letters in common (a search trial); not “statement” for “states”.
		for (const [m, t] of [['escalation', 'escalated'], ['negotiation', 'negotiated'], ['enlargement', 'enlarged']]) expect(answersWord(m, t), `${m} for ${t}`).toBe(true);
		expect(answersWord('statement', 'states')).toBe(false);
		// A stem's last letter doubled, an -ial adjective, and -ize for -ise are forms of the stem (a maintainer's review).
		for (const [m, t] of [['controls', 'controlled'], ['signal', 'signalled'], ['stops', 'stopping'], ['territory', 'territorial'], ['recognised', 'recognize'], ['summarised', 'summarize']]) expect(answersWord(m, t), `${m} for ${t}`).toBe(true);
		// Nor is a word that the one typed goes on past with letters that are neither a slip nor an ending.
		expect([['member', 'membersip'], ['members', 'membersip'], ['north', 'northern'], ['north', 'norther'], ['invitation', 'invitationss'], ['sanction', 'sanctioned']].map(([m, t]) => answersWord(m, t))).toEqual([false, false, false, true, true, true]);
		expect(answersWord('using', 'used')).toBe(true);
		expect(answersWord('5', '5')).toBe(true);
		// A number is itself or nothing, typed whole or not.
		expect([['30', '3'], ['3', '30'], ['2024', '20']].map(([m, t]) => answersWord(m, t))).toEqual([false, false, false]);
		// However its thousands are grouped: “1,000” is not the start of “10,000”, and is “1000”.
		expect([['10,000', '1,000'], ['100,000', '10,000'], ['1,000', '1000'], ['1000', '1,000'], ['1,000', '1,000']].map(([m, t]) => answersWord(m, t))).toEqual([false, false, true, true, true]);
	});
	it('tells a form of a word from another word it begins', () => {
		expect(['annexes', 'invited', 'planned', 'Russian', 'European', 'Americans', 'Korean', 'Germany', 'secretly'].map((w) => formOf(w.toLowerCase(), { annexes: 'annex', invited: 'invite', planned: 'plan', Russian: 'russia', European: 'europe', Americans: 'america', Korean: 'korea', Germany: 'german', secretly: 'secret' }[w]!))).toEqual(Array(9).fill(true));
		expect([['secretary', 'secret'], ['northern', 'north'], ['secretariat', 'secret'], ['planet', 'plan']].map(([w, t]) => formOf(w, t))).toEqual([false, false, false, false]);
		// Nor is a place its people's adjective misspelt.
		expect([['korea', 'korean'], ['russia', 'russians'], ['koreaa', 'korea'], ['ukrainan', 'ukrainian']].map(([t, w]) => misspeltAs(t, w))).toEqual([false, false, true, true]);
	});
	it('takes a word with a capital for a name, which a word typed on past it by letters that are no ending does not answer', () => {
		// “Mark” had answered “market” in “stock market” (a search trial), in a mark and in a title that found a result alone.
		expect(withoutStandIns(data('<mark>Mark</mark> Rutte took over'), 'stock market')).toBeUndefined();
		expect(withoutStandIns({ ...data('Rutte succeeds Stoltenberg.'), meta: { title: '1 October 2024: Mark Rutte takes over' } }, 'market')).toBeUndefined();
		// A people's name is a name with an ending; a word in small letters may still be typed on, the last word halfway.
		expect(withoutStandIns(data('in <mark>Kyiv</mark> itself'), 'kyivan')?.excerpt).toBe('in <mark>Kyiv</mark> itself');
		expect(withoutStandIns(data('a <mark>market</mark> town'), 'stock marke')?.excerpt).toBe('a <mark>market</mark> town');
		expect(withoutStandIns({ ...data('Rutte succeeds Stoltenberg.'), meta: { title: '1 October 2024: Mark Rutte takes over' } }, 'mark')).toBeDefined();
	});
	it('keeps a number’s groups together as one word, as Pagefind does', () => {
		expect(withoutStandIns(data('about <mark>10,000</mark> troops'), '1,000')).toBeUndefined();
		expect(withoutStandIns(data('its <mark>1,000th</mark> day, <mark>10,000</mark> troops'), '1,000')?.excerpt).toBe('its <mark>1,000th</mark> day, 10,000 troops');
		// A number typed whole that the record's text does not hold, title and all: Pagefind found it in a longer one.
		const withText = (excerpt: string, content: string, title = 'A') => ({ ...data(excerpt), content, meta: { title } });
		expect(withoutStandIns(withText('North Korean <mark>troops</mark>', 'about 10,000 North Korean troops'), '1,000 troops')).toBeUndefined();
		expect(withoutStandIns(withText('North Korean <mark>troops</mark>', 'some 1,000 North Korean troops'), '1,000 troops')?.excerpt).toBe('North Korean <mark>troops</mark>');
		expect(withoutStandIns(withText('the thousandth <mark>day</mark>', 'the thousandth day', 'Ukraine marks 1,000 days'), '1000 days')).toBeDefined();
		// Not while it is still being typed, last, but once it is followed by a space.
		expect(withoutStandIns(withText('about 10,000 <mark>troops</mark>', 'about 10,000 troops'), 'troops 1,000')).toBeDefined();
		expect(withoutStandIns(withText('about 10,000 <mark>troops</mark>', 'about 10,000 troops'), 'troops 1,000 ')).toBeUndefined();
		// Only digits are grouped: letters before a comma or a point stay a word of their own.
		expect(wordsOf('article,5 and v1.2, 1,000th; 3.5')).toEqual(['article', '5', 'and', 'v1', '2', '1,000', 'th', '3.5']);
	});
	it('takes a word typed with a hyphen as one word, as Pagefind searches it, answered by the text’s compound alone', () => {
		// “Kyiv-held” is searched as “kyivheld”, which the text never writes: “Kyiv” only stood in for it.
		expect(withoutStandIns(data('the land <mark>Kyiv</mark> holds'), 'Kyiv-held')).toBeUndefined();
		expect(withoutStandIns(data('Politico <mark>counted</mark> the Baltic states'), 'counter-offensive')).toBeUndefined();
		expect(withoutStandIns(data('its <mark>full-scale</mark> invasion'), 'full-scale')?.excerpt).toBe('its <mark>full-scale</mark> invasion');
		expect(withoutStandIns(data('its <mark>full-scale</mark> invasion'), 'full-sc')?.excerpt).toBe('its <mark>full-scale</mark> invasion');
		expect(withoutStandIns(data('<mark>non-members</mark> of NATO'), 'non-member invasion')?.excerpt).toBe('<mark>non-members</mark> of NATO');
		// A word typed without one is still answered by a part of a compound.
		expect(withoutStandIns(data('its <mark>full-scale</mark> invasion'), 'scale')?.excerpt).toBe('its <mark>full-scale</mark> invasion');
	});
	it('unmarks stand-ins, drops the headings only they matched, and drops a result with nothing else', () => {
		expect(withoutStandIns(data('one <mark>or</mark> more', ['two <mark>or</mark> three']), 'Orbán')).toBeUndefined();
		const kept = withoutStandIns(data('<mark>Zelenskyy</mark> <mark>or</mark> Kyiv', ['<mark>or</mark> no', 'for <mark>Zelenskyy’s</mark> plan']), 'Orbán Zelenskyy')!;
		expect(kept.excerpt).toBe('<mark>Zelenskyy</mark> or Kyiv');
		expect(kept.sub_results.map((s) => s.title)).toEqual(['H1']);
		// Accents are folded, as Pagefind folds them.
		expect(withoutStandIns(data('the <mark>Türkiye</mark> case'), 'turkiye')?.excerpt).toBe('the <mark>Türkiye</mark> case');
		// A result with no marks stays if it was found by its title (pagefindData's is “A”), and goes if not.
		expect(withoutStandIns(data('no marks here'), 'a')).toBeDefined();
		// A short word typed whole is itself, not the start of “now” or “November”, unless it is still being typed.
		expect(withoutStandIns(data('<mark>now</mark> the <mark>invitation</mark>, <mark>no</mark> vote'), 'no invitation')?.excerpt).toBe('now the <mark>invitation</mark>, <mark>no</mark> vote');
		expect(withoutStandIns(data('<mark>November</mark> <mark>invitation</mark>'), 'invitation no')?.excerpt).toBe('<mark>November</mark> <mark>invitation</mark>');
		// A longer word typed whole is answered by a shorter start of it only as by its stem: not “North” for “Northern”.
		expect(withoutStandIns(data('<mark>North</mark> Atlantic <mark>territory</mark>'), 'Northern Territories')?.excerpt).toBe('North Atlantic <mark>territory</mark>');
		expect(withoutStandIns(data('the <mark>war</mark> <mark>aims</mark>'), 'wars aims')?.excerpt).toBe('the <mark>war</mark> <mark>aims</mark>');
		// Typed last, it may be typed halfway past a word (“Northe”), but not past it with letters that are no ending.
		expect(withoutStandIns(data('<mark>North</mark> Atlantic'), 'Northe')?.excerpt).toBe('<mark>North</mark> Atlantic');
		expect(withoutStandIns(data('<mark>North</mark> Atlantic'), 'Northern')).toBeUndefined();
		// Nor a word typed whole by a longer one it only begins, but by a form of it: not “Secretary” for “secret”.
		expect(withoutStandIns(data('the <mark>secret</mark> <mark>annexes</mark>', ['press <mark>secretary</mark>']), 'secret annexes')?.sub_results).toEqual([]);
		expect(withoutStandIns(data('<mark>Secretary</mark> General'), 'secret annexes')).toBeUndefined();
		expect(withoutStandIns(data('<mark>Russian</mark> <mark>troops</mark>, <mark>planned</mark> <mark>invitations</mark>'), 'Russia plan invitation troops')?.excerpt).toBe('<mark>Russian</mark> <mark>troops</mark>, <mark>planned</mark> <mark>invitations</mark>');
		// Followed by a space, the last word too was typed whole.
		expect(withoutStandIns(data('<mark>North</mark> Atlantic'), 'Northern ')).toBeUndefined();
		// Small words beside words of substance are not marked, but stay marked inside a phrase.
		// A part whose window shows only small words is kept, unmarked: its word of substance may lie outside the window.
		expect(withoutStandIns(data('<mark>outcome</mark> <mark>of</mark> <mark>the</mark> talks at <mark>the</mark> <mark>meeting</mark>', ['<mark>the</mark> rest', 'the <mark>meeting</mark>']), 'outcome of the meeting')).toMatchObject({
			excerpt: '<mark>outcome</mark> of the talks at the <mark>meeting</mark>',
			sub_results: [{ excerpt: 'the rest' }, { excerpt: 'the <mark>meeting</mark>' }],
		});
		expect(withoutStandIns(data('the <mark>Partnership</mark> <mark>for</mark> <mark>Peace</mark> <mark>for</mark> all'), 'Partnership for Peace')?.excerpt).toBe('the <mark>Partnership</mark> <mark>for</mark> <mark>Peace</mark> for all');
		// Marked only by small words, the rest having matched elsewhere: kept, unmarked, with its parts.
		expect(withoutStandIns(data('<mark>the</mark> end', ['at <mark>the</mark> summit']), 'the outcome')).toMatchObject({ excerpt: 'the end', sub_results: [{ excerpt: 'at the summit' }] });
		expect(withoutStandIns(data('no marks here'), 'Artcle')).toBeUndefined();
	});
	it('names the briefing’s spelling of a name misspelt that stemming found all the same, and only then', () => {
		expect(nameAsMarked('Brussells', ['the meeting in <mark>Brussels</mark>', 'to <mark>Brussels</mark>.'])).toBe('Brussels');
		// The word as typed, the rest of it being typed, the word with an ending, a word not a name.
		expect(nameAsMarked('Brussels', ['in <mark>Brussels</mark>'])).toBeUndefined();
		expect(nameAsMarked('Bruss', ['in <mark>Brussels</mark>'])).toBeUndefined();
		expect(nameAsMarked('Ukrainians', ['<mark>Ukrainian</mark> forces'])).toBeUndefined();
		expect(nameAsMarked('policies', ['a <mark>policy</mark>'])).toBeUndefined();
		// In a query of more words, each such name, the rest as typed; a word before another was typed whole (“Debora”).
		expect(nameAsMarked('Brussells meeting', ['<mark>Brussels</mark> <mark>meeting</mark>'])).toBe('Brussels meeting');
		expect(nameAsMarked('Mark Rutter', ['<mark>Mark</mark> <mark>Rutte</mark> succeeded', '<mark>Rutte</mark> took over'])).toBe('Mark Rutte');
		expect(nameAsMarked('Debora Hayns', ['<mark>Deborah</mark> <mark>Haynes</mark>'])).toBe('Deborah Haynes');
		expect(nameAsMarked('Mark Rut', ['<mark>Mark</mark> <mark>Rutte</mark>'])).toBeUndefined();
		expect(nameAsMarked('nato meeting', ['<mark>NATO</mark> <mark>meeting</mark>'])).toBeUndefined();
		// The same word with another ending, capitalised at a sentence's start, is no respelling: “sky news talks”.
		expect(nameAsMarked('sky news talks', ['<mark>Sky</mark> <mark>News</mark>', '<mark>Talking</mark> to Stuart Ramsay'])).toBeUndefined();
		// “German” is no misspelling of “Germany”, whose adjective it is; nor where the results write it too.
		expect(nameAsMarked('German unification', ['re-<mark>unification</mark> of <mark>Germany</mark>'])).toBeUndefined();
		expect(nameAsMarked('German unification', ['re-<mark>unification</mark> of <mark>Germany</mark>'], ['The West German precedent'])).toBeUndefined();
		expect(nameAsMarked('German unification', ['the German case: re-<mark>unification</mark> of <mark>Germany</mark>'])).toBeUndefined();
		// Marked two ways: no one spelling to name.
		expect(nameAsMarked('Zelenskyi', ['<mark>Zelenskyy</mark>', '<mark>Zelensky</mark> unveils'])).toBeUndefined();
	});
	it('names the briefing’s word for a common word misspelt that stemming found all the same, whatever the marks’ capitals', () => {
		expect(nameAsMarked('irreversable', ['its <mark>irreversible</mark> path', '<mark>Irreversible</mark> path'])).toBe('irreversible');
		expect(nameAsMarked('irreversable path', ['its <mark>irreversible</mark> <mark>path</mark>'])).toBe('irreversible path');
		// Typed with a capital, as a phone's keyboard may begin a search.
		expect(nameAsMarked('Irreversable', ['its <mark>irreversible</mark> path', '<mark>Irreversible</mark> path'])).toBe('irreversible');
		// A name typed in lower case keeps the capital the briefing writes it with.
		expect(nameAsMarked('brussells', ['the meeting in <mark>Brussels</mark>'])).toBe('Brussels');
		// Marked two ways, or written as typed somewhere: no one word to name.
		expect(nameAsMarked('irreversable', ['<mark>irreversible</mark>', '<mark>irreversibly</mark>'])).toBeUndefined();
		expect(nameAsMarked('countrys', ['<mark>countries</mark>'], ['Two countrys'])).toBeUndefined();
		// A word being typed, which the mark goes on past, is no misspelling: the status is read out once typing pauses.
		expect(nameAsMarked('membershi', ['<mark>membership</mark>'])).toBeUndefined();
		expect(nameAsMarked('membershi ', ['<mark>membership</mark>'])).toBe('membership');
		// Another word of the same stem is no misspelling of the one the briefing writes (a reader's trial of the status).
		expect(nameAsMarked('reluctance', ['was <mark>reluctant</mark> to'])).toBeUndefined();
		const otherWords = [
			['trumpet', '<mark>Trump</mark> said'], ['nationalist', 'the <mark>National</mark> Security'], ['defensive', 'Department of <mark>Defense</mark>'],
			['Victoria', 'a <mark>victory</mark> plan'], ['negotiator', 'a <mark>negotiation</mark>'], ['escalator', 'an <mark>escalation</mark>'],
			['ministres', 'Foreign <mark>Ministry</mark>'], ['Europian', 'in <mark>Europe</mark>'], ['secretariat', '<mark>Secretary</mark> General'],
			['generally', '<mark>General</mark> Rutte'], ['councillor', 'the <mark>Council</mark>'],
		];
		for (const [typed, excerpt] of otherWords) expect(nameAsMarked(typed, [excerpt]), typed).toBeUndefined();
		// Of the words marked, the one the reader's is a slip of.
		expect(nameAsMarked('invitaion', ['an <mark>invitation</mark>', 'to <mark>invite</mark> Ukraine'])).toBe('invitation');
	});
	it('tells a misspelling from another form of the word, or another word of its stem', () => {
		expect(misspeltAs('irreversable', 'irreversible')).toBe(true);
		expect(misspeltAs('brussells', 'brussels')).toBe(true);
		const others = [
			['policies', 'policy'], ['talks', 'talking'], ['operational', 'operations'], ['politics', 'political'], ['strategic', 'strategy'],
			['alliance', 'alliances'], ['partial', 'partially'], ['decisive', 'decision'], ['relative', 'relation'], ['independent', 'independence'],
			['presidency', 'president'], ['positive', 'position'], ['reluctance', 'reluctant'], ['invasive', 'invasion'], ['collective', 'collection'],
			['intelligent', 'intelligence'], ['assistant', 'assistance'],
		];
		for (const [typed, written] of others) expect(misspeltAs(typed, written), `${typed}, ${written}`).toBe(false);
		// A name takes no endings: “Hayns” is “Haynes” misspelt, where a word's “-s” and “-es” are two of its forms.
		expect(misspeltAs('hayns', 'haynes', true)).toBe(true);
		expect(misspeltAs('hayns', 'haynes')).toBe(false);
		// Too far apart for a slip, or too short to tell.
		expect(misspeltAs('countrys', 'countries')).toBe(false);
		expect(misspeltAs('victoria', 'victory')).toBe(false);
		expect(misspeltAs('relative', 'relations')).toBe(false);
		expect(misspeltAs('wars', 'war')).toBe(false);
	});
	it('drops the final y of a name typed up to it, and only after a consonant', () => {
		expect(withoutFinalY('Olha Stefanishy')).toBe('Olha Stefanish');
		expect(['Kyiv', 'buy', 'Sy', 'they'].map(withoutFinalY)).toEqual([undefined, undefined, undefined, undefined]);
	});
});

describe('a result of the reader’s own spelling', () => {
	it('shows their words where it marks each of those the briefing’s spelling lacks, and nothing where there are none', () => {
		expect(showsEvery('American <mark>security</mark> <mark>guarantees</mark> to Japan', ['security', 'guarantees'])).toBe(true);
		expect(showsEvery('Sky News’s <mark>security</mark> and defence editor', ['security', 'guarantees'])).toBe(false);
		// A spelling with no word of its own (“Turkiye” for Türkiye, as folded) adds nothing, as before.
		expect(showsEvery('<mark>Türkiye</mark>', [])).toBe(false);
		// A word of two letters shows only as itself, not as the start of a longer one (“uk”, “Ukraine”).
		expect(showsEvery('the <mark>UK</mark> and France', ['uk'])).toBe(true);
		expect(showsEvery('<mark>Ukraine</mark> applied', ['uk'])).toBe(false);
	});
	it('writes their words only where it marks each as typed, a form of it, or its people in the singular', () => {
		expect(writesEvery('the <mark>UK</mark> and France', ['uk'])).toBe(true);
		expect(writesEvery('<mark>Ukrainian</mark> forces', ['ukrainians'])).toBe(true);
		expect(writesEvery('<mark>Ukrainians</mark> said', ['ukrainian'])).toBe(true);
		expect(writesEvery('their <mark>security</mark> <mark>guarantee</mark> for Berlin', ['security', 'guarantees'])).toBe(true);
		// A slip, or the start of the word, answers it but is no way of writing it: the status had said “Donbas” and “Donbass”.
		expect(writesEvery('the occupied <mark>Donbas</mark>', ['donbass'])).toBe(false);
		expect(writesEvery('Slovakia and <mark>Slovenia</mark>', ['slovenian'])).toBe(false);
		expect(showsEvery('the occupied <mark>Donbas</mark>', ['donbass'])).toBe(true);
	});
});
