import { describe, expect, it } from 'vitest';
import { asKeywords, byWord, inQuotes, membershipAsked, namesAnotherYear, saidOfTheRequest, speaksOfStance, stanceAsked, withoutOpenQuote } from '../../src/client/search/questions.ts';
import { outcomeAsked, updatesAsked } from '../../src/client/search/outcome-questions.ts';

describe('asKeywords', () => {
	it('searches a question for its words of substance', () => {
		expect(asKeywords('when is the meeting')).toBe('meeting');
		expect(asKeywords('can ukraine join nato during the war')).toBe('ukraine join nato war');
		expect(asKeywords('Why does Germany oppose Ukraine joining?')).toBe('Germany oppose Ukraine joining');
		expect(asKeywords('What did Germany say?')).toBe('Germany');
		// Words that ask how two things differ or when, which the parts that answer do not use.
		expect(asKeywords('what is the difference between invitation and membership')).toBe('invitation membership');
		expect(asKeywords('how did West Germany join NATO while the country was divided')).toBe('West Germany join NATO country divided');
		expect(asKeywords('how does an invitation work')).toBe('invitation work');
		// A request is asked as a question is.
		expect(asKeywords('tell us about the map')).toBe('map');
		expect(asKeywords('explain the consensus rule')).toBe('consensus rule');
		// “often” asks how frequently.
		expect(asKeywords('how often do nato foreign ministers meet')).toBe('nato foreign ministers meet');
		// A question asked after its subject, three words or more from its question word on; not a heading's two.
		expect(asKeywords('sybiha letter to foreign ministers what did he ask')).toBe('sybiha letter foreign ministers ask');
		expect(asKeywords('brussels meeting when is it')).toBe('brussels meeting');
		expect(asKeywords('article 10 who decides')).toBe('article 10 who decides');
		expect(asKeywords('"sybiha letter what did he ask"')).toBe('"sybiha letter what did he ask"');
		expect(asKeywords("why didn't NATO invite Ukraine")).toBe('NATO invite Ukraine');
		expect(asKeywords('why didnt NATO invite Ukraine')).toBe('NATO invite Ukraine');
		expect(asKeywords('where does Italy stand?')).toBe('Italy');
		expect(asKeywords('what does irreversible mean')).toBe('irreversible');
		expect(asKeywords("what's Article 6")).toBe('Article 6');
		expect(asKeywords('What’s the MAP?')).toBe('MAP');
		expect(asKeywords('whats the victory plan')).toBe('victory plan');
		expect(asKeywords('what did Sybiha write')).toBe('Sybiha');
		// A verb followed by “not” or another verb opens no question but words remembered from a quotation.
		for (const q of ['should not be seen as an escalation', 'will become members of nato', 'did not reach a decision']) expect(asKeywords(q), q).toBe(q);
		expect(asKeywords('will ukraine become a member')).toBe('ukraine join');
		// Asked what happened somewhere, the place: “happened” had found the About page's account of its method.
		expect(asKeywords('what happened in vilnius')).toBe('vilnius');
		expect(asKeywords('is crimea part of ukraine')).toBe('crimea ukraine');
		// Applying to join NATO is applying.
		expect(asKeywords('when did ukraine apply to join nato')).toBe('ukraine apply');
		expect(asKeywords('When did Finland apply for NATO membership?')).toBe('Finland apply');
		expect(asKeywords('why did sweden apply for membership of the alliance in 2022')).toBe('sweden apply 2022');
		expect(asKeywords('is Crimea included in the invitation?')).toBe('Crimea invitation');
		// The briefing asked about as the work the reader is in, where the question asks something of it.
		expect(asKeywords('how to cite this briefing')).toBe('cite');
		expect(asKeywords('How do I cite the site?')).toBe('cite');
		expect(asKeywords('what sources does the briefing use')).toBe('sources use');
		// Joining said in passing, in a question of three words more besides Ukraine and NATO, or about what someone said.
		expect(asKeywords('can one country block ukraine from joining')).toBe('one country block ukraine');
		expect(asKeywords('what did scholz say about ukraine joining')).toBe('scholz ukraine');
		expect(asKeywords('can ukraine join nato during the war')).toBe('ukraine join nato war');
		expect(asKeywords('how does a country join nato')).toBe('country join nato');
		expect(asKeywords('why are some titles in square brackets')).toBe('titles square brackets');
		// The work's possessive goes with its name; a question mark counts for no word.
		expect(asKeywords('what is the briefing’s licence')).toBe('licence');
		expect(asKeywords("why are the site's titles in square brackets")).toBe('titles square brackets');
		expect(asKeywords('can hungary block ukraine from joining nato?')).toBe(asKeywords('can hungary block ukraine from joining nato'));
		// Words of no substance on their own, asked the meaning of, are a phrase.
		expect(asKeywords('what does as of mean')).toBe('"as of"');
		expect(asKeywords('what does as of mean in the briefing')).toBe('"as of"');
		expect(asKeywords('tell me what as of means')).toBe('"as of"');
		expect(asKeywords('what does ‘as of’ mean?')).toBe('"as of"');
		expect(asKeywords('What is “as of”?')).toBe('What is “as of”?');
		// “Up to date” asks when it was updated.
		expect(asKeywords('is this briefing up to date')).toBe('updated');
		expect(asKeywords('is the briefing up-to-date?')).toBe('updated');
		// What has to be is what must be; a letter signed is a letter written (“wrote” a small word), a treaty signed stays so.
		expect(asKeywords('how many allies have to agree')).toBe('allies must agree');
		expect(asKeywords('what does ukraine need to do to join nato')).toBe('ukraine must join nato');
		expect(asKeywords('does ukraine need to give up territory')).toBe('ukraine must give up territory');
		expect(asKeywords('what does article 5 have to do with ukraine')).toBe('article 5 ukraine');
		expect(asKeywords('what do allies have to say')).toBe('allies');
		expect(asKeywords('who signed the letter to NATO')).toBe('letter NATO');
		expect(asKeywords('who signed Sybiha’s letter?')).toBe('Sybiha’s letter');
		expect(asKeywords('who signed the north atlantic treaty')).toBe('signed north atlantic treaty');
		// Becoming a member is joining.
		expect(asKeywords('when did finland become a nato member')).toBe('finland join');
		expect(asKeywords('when did sweden become a member of nato')).toBe('sweden join');
		// The countries in NATO are its members, now too; the war began with the full-scale invasion, and is counted in months.
		expect(asKeywords('how many countries are in nato')).toBe('members nato');
		expect(asKeywords('how many countries are in nato now')).toBe('members nato');
		expect(asKeywords('how many nations are there in the alliance today?')).toBe('members alliance');
		expect(asKeywords('which countries are in nato')).toBe('members nato');
		expect(asKeywords('when did the war start')).toBe('full-scale invasion');
		expect(asKeywords('what did nato do since the war began')).toBe('nato since full-scale invasion');
		expect(asKeywords('how many european countries are in nato')).toBe('members nato');
		// Not a country named, nor states of another kind; not another war, nor one that may start.
		expect(asKeywords('is the united states in nato')).toBe('united states nato');
		expect(asKeywords('why are the baltic states in nato')).toBe('baltic states nato');
		expect(asKeywords('when did the cold war start')).toBe('cold war start');
		expect(asKeywords('what happens if a new war starts')).toBe('if new war starts');
		expect(asKeywords('did the war start in 2014 or 2022')).toBe('war start 2014 2022');
		expect(asKeywords('how long has the war been going on')).toBe('months war');
		expect(asKeywords('how many months has the war been going on')).toBe('months war');
		expect(asKeywords('how long has the war lasted?')).toBe('months war');
		expect(asKeywords('how long has the war in ukraine been going on')).toBe('months war ukraine');
		// Conditions are met, and the briefing is issued, as the briefing says them.
		expect(asKeywords('what conditions must ukraine meet')).toBe('conditions must ukraine met');
		expect(asKeywords('when will the ministers meet')).toBe('ministers meet');
		expect(asKeywords('who wrote this briefing')).toBe('issued');
		expect(asKeywords('who made this site?')).toBe('issued');
		expect(asKeywords('who made the decision')).toBe('made decision');
		// When it came out is when it was first published: “published” alone had led with a writer whose essay was.
		expect(asKeywords('when was this published')).toBe('first published');
		expect(asKeywords('When was the briefing written?')).toBe('first published');
		expect(asKeywords('when was the letter published')).toBe('letter published');
		// What was corrected, asked of the briefing, is its log; not what changed of something else.
		for (const q of ['what was corrected', 'what changed?', 'what has changed in this briefing', 'whats been updated', 'what was fixed on the site', 'what got updated on this page', 'what changed recently', 'what has changed lately', 'what changes were made', 'what did you correct']) expect(asKeywords(q), q).toBe('corrections updates');
		expect(asKeywords('what changed in germany’s view')).toBe('changed germany’s view');
		expect(asKeywords('what has changed since bucharest')).toBe('changed since bucharest');
		expect(asKeywords('whats the west germany thing')).toBe('west germany');
		// A comparison asked without a question word is a question too.
		expect(asKeywords('difference between invitation and membership')).toBe('invitation membership');
		// So is the time from application to membership; not how long anything else takes.
		expect(asKeywords('how long does it take to join NATO')).toBe('months join NATO');
		expect(asKeywords('how long did it take finland to join nato')).toBe('months finland join nato');
		expect(asKeywords('how long does it take to ratify')).not.toContain('months');
	});
	it('leaves names, phrases, quoted text and questions of nothing but small words as typed', () => {
		expect(asKeywords('Partnership for Peace')).toBe('Partnership for Peace');
		expect(asKeywords('the victory plan')).toBe('the victory plan');
		expect(asKeywords('“who decides”')).toBe('“who decides”');
		expect(asKeywords('who is')).toBe('who is');
		expect(asKeywords('who')).toBe('who');
		expect(asKeywords('who’s who')).toBe('who’s who');
		// The work's name, where it is all the question asks about.
		expect(asKeywords('what is this briefing about')).toBe('briefing');
		// Who wrote it is who issued it, as the about page says (“This briefing is issued by …”).
		expect(asKeywords('who wrote the briefing')).toBe('issued');
		// Not asked, it is searched for as typed.
		expect(asKeywords('cite this briefing')).toBe('cite this briefing');
		// A first word that merely ends in s is no question word for it.
		expect(asKeywords('Does NATO decide')).toBe('NATO decide');
		expect(asKeywords('Thes words')).toBe('Thes words');
	});
});

describe('withoutOpenQuote', () => {
	it('drops the quotation mark left open, the last, and keeps a phrase closed before it', () => {
		expect(withoutOpenQuote('"unbalanced quote')).toBe('unbalanced quote');
		expect(withoutOpenQuote('"victory plan" "NATO')).toBe('"victory plan" NATO');
		expect(withoutOpenQuote('Rutte”')).toBe('Rutte');
		expect(withoutOpenQuote('“victory plan” and "full scale"')).toBe('“victory plan” and "full scale"');
	});
});

describe('inQuotes', () => {
	it('quotes what was typed once, whether or not the reader quoted it whole', () => {
		expect(inQuotes('victory plan')).toBe('“victory plan”');
		expect(inQuotes('"victory plan"')).toBe('“victory plan”');
		expect(inQuotes('“victory plan”')).toBe('“victory plan”');
	});
	it('turns quotation marks inside the query into single ones', () => {
		expect(inQuotes('Zelenskyy "partial coverage"')).toBe('“Zelenskyy ‘partial coverage’”');
		expect(inQuotes('"Rutte" and "Scholz"')).toBe('“‘Rutte’ and ‘Scholz’”');
	});
});

describe('stanceAsked', () => {
	it('reads which allies a question asks for, as the table of positions writes their stance', () => {
		expect(stanceAsked('which countries oppose an invitation')).toBe('Against');
		expect(stanceAsked('which countries would veto')).toBe('Against');
		// “Veto” as the rule's name, not an ally's act, asks about the rule (consensus).
		for (const q of ['who has a veto', 'which countries have a veto', 'how many countries can veto', 'who has veto power']) expect(stanceAsked(q), q).toBeUndefined();
		expect(stanceAsked('who is against ukraine joining')).toBe('Against');
		expect(stanceAsked('who opposed')).toBe('Against');
		expect(stanceAsked('Which countries support Ukraine joining NATO?')).toBe('For');
		expect(stanceAsked('who backed the invitation')).toBe('For');
		// Undecided, as a reader says it, is the table's “Unclear”; undecided and against at once is no one stance.
		for (const q of ['which allies were undecided', 'who is on the fence', 'which countries are unclear about an invitation']) expect(stanceAsked(q), q).toBe('Unclear');
		for (const q of ['which allies were undecided or against', 'who is for or undecided', 'who is for or on the fence', 'who is not undecided', 'who is undecided about Bucharest']) expect(stanceAsked(q), q).toBeUndefined();
		expect(stanceAsked('which NATO countries oppose Ukraine’s membership?')).toBe('Against');
		expect(stanceAsked('which country blocks the invitation')).toBe('Against');
		expect(stanceAsked('how many allies back ukraine')).toBe('For');
		expect(stanceAsked('how many NATO countries oppose an invitation')).toBe('Against');
		// Searched as words, not asked: the allies, then their stance.
		expect(stanceAsked('countries blocking the invitation')).toBe('Against');
		expect(stanceAsked('NATO members against Ukraine joining')).toBe('Against');
		expect(stanceAsked('allied governments opposed to an invitation')).toBe('Against');
		expect(stanceAsked('allies supporting an invitation')).toBe('For');
		// Asked the other way round, the negation right before the stance.
		expect(stanceAsked('which allies don’t support an invitation')).toBe('Against');
		// Wanting Ukraine is a stance, typed as a phone types it; wanting to join is not.
		expect(stanceAsked('who doesnt want ukraine in nato')).toBe('Against');
		expect(stanceAsked('who wants ukraine in nato')).toBe('For');
		expect(stanceAsked('who wants to join nato')).toBeUndefined();
		expect(stanceAsked('who did not oppose it')).toBe('For');
		expect(stanceAsked('who supports an invitation now, not the plan')).toBe('For');
		// Pushing for it, as a reader asks who the request's champions were.
		expect(stanceAsked('who pushed for an invitation')).toBe('For');
		expect(stanceAsked('which countries are pressing for ukraine to be invited')).toBe('For');
		expect(stanceAsked('who lobbied for ukraine joining')).toBe('For');
		expect(stanceAsked('who pushed ukraine')).toBeUndefined();
		// Pushing back is opposing: “back” had made it backing.
		expect(stanceAsked('who pushed back')).toBe('Against');
		expect(stanceAsked('which countries pushed back on the invitation')).toBe('Against');
		expect(stanceAsked('nato members pushing back')).toBe('Against');
		// Saying no, or yes, as a reader puts a refusal or consent.
		expect(stanceAsked('which countries said no')).toBe('Against');
		expect(stanceAsked('who says no to ukraine joining nato')).toBe('Against');
		expect(stanceAsked('which allies said yes to an invitation')).toBe('For');
		expect(stanceAsked('who did not say no')).toBe('For');
		expect(stanceAsked('who said nothing')).toBeUndefined();
		// “Who's” as a phone types it.
		expect(stanceAsked('whos against ukraine joining')).toBe('Against');
		expect(stanceAsked('who’s opposed to an invitation')).toBe('Against');
		// Being for it, as being against it.
		for (const q of ['who is for', 'whos for ukraine joining', 'which countries are for an invitation', 'who’s for it']) expect(stanceAsked(q), q).toBe('For');
		for (const q of ['who is for and who is against', 'who is responsible for the letter', 'who is asking for an invitation']) expect(stanceAsked(q), q).toBeUndefined();
	});
	it('asks nothing of a question about something besides the request', () => {
		expect(stanceAsked('who opposed Ukraine at Bucharest')).toBeUndefined();
		expect(stanceAsked('which countries opposed MAP in 2008')).toBeUndefined();
		expect(stanceAsked('who rejected any arrangement short of full membership')).toBeUndefined();
		expect(stanceAsked('which countries want to join NATO')).toBeUndefined();
	});
	it('asks nothing of a question about something else, or one that asks both ways', () => {
		expect(stanceAsked('who is Rutte')).toBeUndefined();
		expect(stanceAsked('why does Germany oppose')).toBeUndefined();
		expect(stanceAsked('which countries joined in 1999')).toBeUndefined();
		expect(stanceAsked('who supports and who opposes it')).toBeUndefined();
		expect(stanceAsked('Germany against')).toBeUndefined();
		// One ally, whose name holds a word for the allies: its own position, not all that are the same.
		expect(stanceAsked('United States against')).toBeUndefined();
		expect(stanceAsked('states that joined in 2004')).toBeUndefined();
	});
});

describe('outcomeAsked', () => {
	it('reads a question about what came of the meeting, which the dated note answers in other words', () => {
		expect(outcomeAsked('what did nato decide on 4 december')).toBe(true);
		expect(outcomeAsked('did the allies agree to invite ukraine')).toBe(true);
		expect(outcomeAsked('what did sybiha say after the meeting')).toBe(true);
		expect(outcomeAsked('how did the meeting end')).toBe(true);
		expect(outcomeAsked('how did the brussels meeting end')).toBe(true);
		expect(outcomeAsked('was ukraine invited in the end')).toBe(true);
		expect(outcomeAsked('what was the outcome of the brussels meeting')).toBe(true);
		// The meeting's year is a word about the meeting (a search trial's query had found only the as-of rule).
		expect(outcomeAsked('what happened at the nato foreign ministers meeting in december 2024')).toBe(true);
		// A headline's refusal asks what came of it, question or not.
		expect(outcomeAsked('nato rejects ukraine invitation')).toBe(true);
		expect(outcomeAsked('did nato turn down ukraine')).toBe(true);
		// On a day of the meeting, and the outcome named, not asked.
		expect(outcomeAsked('what did rutte say on the first day of the meeting')).toBe(true);
		expect(outcomeAsked('what did sybiha say during the meeting')).toBe(true);
		expect(outcomeAsked('result of brussels meeting')).toBe(true);
		expect(outcomeAsked('outcome of the nato foreign ministers meeting')).toBe(true);
	});
	it('reads no question about how NATO decides, another meeting, or what was said before it, nor words that ask nothing', () => {
		expect(outcomeAsked('how does nato decide')).toBe(false);
		expect(outcomeAsked('what did nato decide at bucharest')).toBe(false);
		expect(outcomeAsked('was ukraine invited to join nato in 2008')).toBe(false);
		expect(outcomeAsked('what did sybiha say')).toBe(false);
		expect(outcomeAsked('who decides')).toBe(false);
		expect(outcomeAsked('nato decision 4 december')).toBe(false);
		expect(outcomeAsked('results of the bucharest meeting')).toBe(false);
		expect(outcomeAsked('what did rutte say on the first day')).toBe(false);
		// A refusal of something else, or in quotation marks, the reader's to match.
		expect(outcomeAsked('ukraine rejects neutrality')).toBe(false);
		expect(outcomeAsked('"nato rejects ukraine invitation"')).toBe(false);
	});
});

describe('saidOfTheRequest', () => {
	it('names who a question asks what they said or think of the request, and only of the request', () => {
		expect(saidOfTheRequest('what did germany say about ukraine joining nato')).toBe('germany');
		expect(saidOfTheRequest('what does Hungary think')).toBe('Hungary');
		expect(saidOfTheRequest('what did lithuania say about the letter?')).toBe('lithuania');
		expect(saidOfTheRequest('What did the United States say about the invitation')).toBe('the United States');
		// Of another time or subject, or asked of someone else's words.
		for (const q of ['what did germany say in 1955', 'what did germany say at bucharest', 'what did germany say in the 1990s', 'what is the map', 'germany position']) expect(saidOfTheRequest(q), q).toBeUndefined();
		expect(saidOfTheRequest('what did zelenskyy say about germany')).toBeUndefined();
	});
});

describe('speaksOfStance', () => {
	it('hears backing or opposing in any query, and nothing else', () => {
		for (const q of ['why does Germany oppose', 'does France support an invitation', 'Hungary block', 'Hungary veto', 'would Slovakia veto it', 'US opposition', 'US position on inviting ukraine', 'Hungary’s stance', 'the German view', 'did Germany agree', 'does Hungary agree to it', 'is france for a ukraine invite', 'are the baltics for it', 'did hungary say no', 'did germany say yes']) expect(speaksOfStance(q), q).toBe(true);
		for (const q of ['Germany', 'what did Germany say', 'Bucharest 2008', 'unanimous agreement', 'partnership for peace', 'what is the plan for ukraine', 'no invitation', 'what did scholz say']) expect(speaksOfStance(q), q).toBe(false);
	});
});

describe('namesAnotherYear', () => {
	it('hears a year or a decade other than the request’s, as a question about another time', () => {
		for (const q of ['why did germany and france block the map in 2008', 'what did germany say in 1955', 'why did germany oppose in the 1990s', 'why did germany block ukraine in 2008 at bucharest']) expect(namesAnotherYear(q), q).toBe(true);
		// Not the request's year, nor a number of another length or part of one, nor a count or a name's number before a word of substance.
		for (const q of ['germany position 2024', 'why does germany oppose', 'article 5 and 32 allies, 1,000 days, 20081', 'does hungary oppose sending 2000 troops', 'does germany support ukraine joining nato since the 2022 invasion']) expect(namesAnotherYear(q), q).toBe(false);
	});
});

describe('byWord', () => {
	it('leaves out articles and prepositions where a word of substance remains, and a quoted phrase whole', () => {
		expect(byWord('a final verdict')).toBe('final verdict');
		expect(byWord('membership is a matter for the future')).toBe('membership matter future');
		expect(byWord('Partnership for Peace')).toBe('Partnership Peace');
		expect(byWord('the')).toBe('the');
		expect(byWord('Article 5')).toBe('Article 5');
		expect(byWord('"a final verdict"')).toBe('"a final verdict"');
	});
});

describe('updatesAsked', () => {
	it('reads a reader asking what is new, and nothing that asks about something else', () => {
		for (const q of ['update', 'Updates', 'latest news', 'the latest updates', 'what’s new', 'whats new?', 'latest', 'news']) expect(updatesAsked(q), q).toBe(true);
		for (const q of ['update on hungary', 'news reports of the letter', 'new members', 'sky news', 'what is new in the victory plan']) expect(updatesAsked(q), q).toBe(false);
	});
});

describe('a question whether Ukraine is in NATO', () => {
	it('is asked in the present or the future, however membership is put', () => {
		for (const q of ['is ukraine in nato', 'is ukraine a nato member', 'is ukraine a member of nato', 'Is Ukraine part of NATO?', 'has ukraine joined nato yet', 'will ukraine join nato', 'when will ukraine join nato', 'will ukraine become a member of the alliance', 'is ukraine nato member', 'does ukraine belong to nato', 'is Ukraine joining NATO', 'is ukraine going to join nato']) expect(membershipAsked(q), q).toBe(true);
	});
	it('is not one about when it applied, how it could join, or why it has not', () => {
		for (const q of ['can ukraine join nato during the war', 'when did ukraine apply to join nato', 'why is ukraine not in nato', 'is ukraine in nato talks', 'ukraine nato']) expect(membershipAsked(q), q).toBe(false);
	});
});
