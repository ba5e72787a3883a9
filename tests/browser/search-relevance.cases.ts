/**
 * Queries written the way readers of this briefing search, each with the
 * places a reader would accept as the first answer: `page.html` (anywhere
 * on it) or `page.html#heading`. Names, places, dates, concepts, spellings
 * and transliterations found in the sources, phrases, and a query with no
 * answer. tests/browser/search.test.ts runs them hosted and from disk.
 */
export interface RelevanceCase {
	query: string;
	accept: string[];
	/** Why these answers: what a reader typing this wants. */
	why?: string;
}

const SECTIONS = ['index.html', 'background.html', 'victory-plan.html', 'partial-coverage.html', 'alliance-reaction.html'];

export const RELEVANCE: RelevanceCase[] = [
	// People, in the briefing's spelling and in others the sources use.
	{ query: 'Zelenskyy', accept: ['people.html#volodymyr-zelenskyy', 'partial-coverage.html#what-zelenskyy-proposed', 'victory-plan.html#the-victory-plan'] },
	{ query: 'Zelensky', accept: ['people.html#volodymyr-zelenskyy', 'partial-coverage.html#what-zelenskyy-proposed', 'victory-plan.html#the-victory-plan'] },
	{ query: 'Зеленський', accept: ['people.html#volodymyr-zelenskyy', 'partial-coverage.html#what-zelenskyy-proposed', 'victory-plan.html#the-victory-plan'], why: 'his name in Ukrainian, as a reader from Ukraine may type it' },
	{ query: 'Zelenskiy', accept: ['people.html#volodymyr-zelenskyy', 'partial-coverage.html#what-zelenskyy-proposed', 'victory-plan.html#the-victory-plan'] },
	{ query: 'Sybiha', accept: ['people.html#andrii-sybiha', 'victory-plan.html#andrii-sybiha-and-the-letter', 'victory-plan.html#the-minister'] },
	{ query: 'Sibiga', accept: ['people.html#andrii-sybiha', 'victory-plan.html#andrii-sybiha-and-the-letter', 'victory-plan.html#the-minister'] },
	{ query: 'Stefanishyna', accept: ['people.html#olha-stefanishyna', 'alliance-reaction.html#kyivs-own-acknowledgement', 'victory-plan.html#admitting-the-limits-consensus-is-not-there'] },
	{ query: 'Stefanishina', accept: ['people.html#olha-stefanishyna', 'alliance-reaction.html#kyivs-own-acknowledgement', 'victory-plan.html#admitting-the-limits-consensus-is-not-there'] },
	{ query: 'Stefanishy', accept: ['people.html#olha-stefanishyna', 'alliance-reaction.html#kyivs-own-acknowledgement', 'victory-plan.html#admitting-the-limits-consensus-is-not-there'], why: 'a name typed up to a y, which stemming would make an i' },
	{ query: 'Olga Stefanishina', accept: ['people.html#olha-stefanishyna', 'alliance-reaction.html#kyivs-own-acknowledgement', 'victory-plan.html#admitting-the-limits-consensus-is-not-there'] },
	{ query: 'Rutte', accept: ['people.html#mark-rutte', 'alliance-reaction.html#a-new-secretary-general', 'timeline.html#rutte-takes-office'] },
	{ query: 'Germany', accept: ['alliance-reaction.html#ally-germany'], why: 'a country is asked about for where it stands: the row of the allies’ positions had come eleventh, after West Germany in 1955' },
	{ query: 'where does Italy stand', accept: ['alliance-reaction.html#ally-united-kingdom-italy'] },
	{ query: 'US position', accept: ['alliance-reaction.html#ally-united-states'], why: '“US” is a spelling of the United States, as “USA” is: it had led with “US administration changes”' },
	{ query: 'who is Rutte', accept: ['people.html#mark-rutte'], why: 'asked who, the person: his entry had come third, after the timeline and the dated note' },
	{ query: 'Stoltenberg', accept: ['people.html#jens-stoltenberg', 'partial-coverage.html#stoltenberg-in-october-2024', 'timeline.html#stoltenberg-ft-interview'] },
	{ query: 'Galibarenko', accept: ['people.html#nataliia-galibarenko', 'alliance-reaction.html#waiting-for-washington'] },
	{ query: 'Halibarenko', accept: ['people.html#nataliia-galibarenko', 'alliance-reaction.html#waiting-for-washington'] },
	{ query: 'Putin', accept: ['people.html#vladimir-putin', 'victory-plan.html', 'timeline.html#oreshnik-strike'] },
	{ query: 'Trump', accept: ['people.html#donald-trump', 'alliance-reaction.html#waiting-for-washington', 'timeline.html#us-election'] },
	{ query: 'Kuleba', accept: ['people.html#dmytro-kuleba', 'victory-plan.html#the-minister', 'timeline.html#sybiha-appointed'] },
	// Places.
	{ query: 'Київ', accept: SECTIONS, why: 'Kyiv in Ukrainian' },
	{ query: 'Kiev', accept: SECTIONS, why: 'the briefing writes Kyiv throughout; any reading page that discusses Kyiv’s position is an answer' },
	{ query: 'Crimea', accept: ['partial-coverage.html', 'background.html#neutrality-dropped-2014-membership-in-the-constitution-2019', 'timeline.html#unga-resolution-68-262'] },
	{ query: 'Bucharest', accept: ['background.html#bucharest-2008-a-promise-without-a-plan', 'timeline.html#bucharest-summit'] },
	{ query: 'Vilnius', accept: ['background.html#vilnius-2023-the-map-step-removed-a-condition-added', 'timeline.html#vilnius-summit', 'alliance-reaction.html#irreversible-what-the-alliance-has-promised'] },
	{ query: 'Kursk', accept: ['victory-plan.html#constant-escalation-the-examples-cited', 'victory-plan.html', 'timeline.html#north-korean-troops-estimate'] },
	{ query: 'Dnipro', accept: ['victory-plan.html#constant-escalation-the-examples-cited', 'timeline.html#oreshnik-strike', 'glossary.html#oreshnik'] },
	{ query: 'Brussels', accept: ['timeline.html#foreign-ministers-meeting', 'index.html#what-to-watch-on-34-december', 'glossary.html#ministerial-meeting'] },
	{ query: 'Türkiye', accept: ['background.html#from-twelve-founders-to-thirty-two-members', 'background.html#what-membership-brings-articles-5-and-6', 'glossary.html#article-6', 'map.html'], why: 'its accession in 1952, and the protocol that amended Article 6' },
	{ query: 'Turkey', accept: ['background.html#from-twelve-founders-to-thirty-two-members', 'background.html#what-membership-brings-articles-5-and-6', 'glossary.html#article-6', 'map.html'], why: 'the name many sources use; the briefing writes Türkiye throughout, where it had written both' },
	// Dates.
	{ query: '16 October', accept: ['timeline.html#victory-plan-presented', 'victory-plan.html#the-victory-plan'] },
	{ query: '1955', accept: ['timeline.html#west-germany-joins', 'partial-coverage.html#the-west-german-precedent', 'glossary.html#west-german-model'] },
	{ query: 'April 2008', accept: ['timeline.html#bucharest-summit', 'background.html#bucharest-2008-a-promise-without-a-plan'] },
	{ query: '10000', accept: ['timeline.html#north-korean-troops-estimate', 'victory-plan.html#north-korean-troops', 'people.html#sabrina-singh'], why: 'the US estimate of North Korean soldiers, which the briefing writes “10,000”; typed without its comma it found nothing' },
	{ query: '1 October', accept: ['timeline.html#rutte-takes-office', 'alliance-reaction.html#a-new-secretary-general', 'partial-coverage.html#stoltenberg-in-october-2024', 'people.html#mark-rutte'], why: 'the day Rutte took over; with the day no word to Pagefind, every October came first' },
	{ query: '3 December', accept: ['timeline.html#foreign-ministers-meeting', 'index.html#what-to-watch-on-34-december', 'alliance-reaction.html#what-to-watch-at-the-34-december-meeting'] },
	// Concepts and terms.
	{ query: 'Article 5', accept: ['glossary.html#article-5', 'background.html#what-membership-brings-articles-5-and-6'] },
	{ query: '9/11', accept: ['glossary.html#article-5', 'partial-coverage.html#what-the-treaty-says-about-territory'], why: 'the one time Article 5 was invoked; the briefing writes the date out' },
	{ query: 'Article V', accept: ['glossary.html#article-5', 'background.html#what-membership-brings-articles-5-and-6'], why: 'the treaty’s articles are often numbered in Roman numerals; “V” alone would find “victory”' },
	{ query: 'Article 10', accept: ['glossary.html#article-10', 'background.html#article-10-who-decides'] },
	{ query: 'consensus', accept: ['glossary.html#consensus', 'alliance-reaction.html#how-an-invitation-is-decided'] },
	{ query: '"partial coverage"', accept: ['partial-coverage.html', 'glossary.html#partial-coverage'], why: 'a phrase in quotes: Pagefind ranks it by the phrase’s own occurrences, and the about page’s list of sections had come first' },
	{ query: 'MAP', accept: ['glossary.html#membership-action-plan'] },
	{ query: 'Membership Action Plan', accept: ['glossary.html#membership-action-plan', 'background.html#bucharest-2008-a-promise-without-a-plan'] },
	{ query: 'irreversible', accept: ['glossary.html#irreversible-path', 'timeline.html#washington-declaration', 'alliance-reaction.html#irreversible-what-the-alliance-has-promised', 'background.html#washington-2024-irreversible-path-no-invitation'] },
	// “The victory plan” is a heading with its first subsection straight under it, where a result opens.
	{ query: 'victory plan', accept: ['glossary.html#victory-plan', 'victory-plan.html#the-victory-plan', 'victory-plan.html#five-points-and-three-secret-annexes', 'timeline.html#victory-plan-presented'] },
	{ query: 'partial coverage', accept: ['partial-coverage.html'] },
	{ query: 'West German precedent', accept: ['partial-coverage.html#the-west-german-precedent', 'glossary.html#west-german-model'] },
	{ query: 'Oreshnik', accept: ['glossary.html#oreshnik', 'victory-plan.html#constant-escalation-the-examples-cited', 'timeline.html#oreshnik-strike'] },
	{ query: 'North Korean troops', accept: ['victory-plan.html#north-korean-troops', 'victory-plan.html#constant-escalation-the-examples-cited', 'timeline.html#north-korean-troops-estimate'] },
	{ query: 'Bucharest 2008', accept: ['background.html#bucharest-2008-a-promise-without-a-plan'], why: 'the part that tells the summit, its heading every word searched for: the summit’s line on the timeline had come first' },
	{ query: 'accession protocol', accept: ['glossary.html#accession-protocol', 'background.html#from-invitation-to-membership', 'alliance-reaction.html#how-an-invitation-is-decided'] },
	{ query: 'ratification', accept: ['background.html#from-invitation-to-membership', 'glossary.html#accession-protocol', 'alliance-reaction.html#how-an-invitation-is-decided'] },
	{ query: 'NATO-Ukraine Council', accept: ['glossary.html#nato-ukraine-council'] },
	{ query: 'Partnership for Peace', accept: ['glossary.html#partnership-for-peace', 'background.html#partnership-19942008', 'timeline.html#ukraine-joins-pfp'] },
	{ query: 'neutrality', accept: ['background.html#neutrality-dropped-2014-membership-in-the-constitution-2019', 'timeline.html#non-aligned-status-dropped'] },
	{ query: 'Washington summit', accept: ['background.html#washington-2024-irreversible-path-no-invitation', 'timeline.html#washington-declaration', 'alliance-reaction.html#irreversible-what-the-alliance-has-promised'] },
	{ query: 'Sky News interview', accept: ['partial-coverage.html#what-zelenskyy-proposed', 'timeline.html#sky-news-interview'] },
	// A name typed in capitals is the name: word by word, “What to watch” came first.
	{ query: 'NATO Watch', accept: ['alliance-reaction.html#after-note-2024-12-04'] },
	{ query: 'foreign ministers meeting', accept: ['glossary.html#ministerial-meeting', 'timeline.html#foreign-ministers-meeting', 'index.html'] },
	{ query: 'escalation', accept: ['victory-plan.html#the-argument-an-invitation-is-not-escalation', 'victory-plan.html#constant-escalation-the-examples-cited'] },
	{ query: 'who decides', accept: ['background.html#article-10-who-decides', 'alliance-reaction.html#how-an-invitation-is-decided'] },
	// Abbreviations, typed in capitals.
	{ query: 'UN', accept: ['timeline.html#unga-resolution-68-262', 'partial-coverage.html#what-he-did-not-say', 'background.html#neutrality-dropped-2014-membership-in-the-constitution-2019'], why: 'the United Nations; as the start of a word, “UN” found “United”, “until” and “under” first' },
	{ query: 'EU', accept: ['timeline.html#constitution-nato-course', 'background.html#neutrality-dropped-2014-membership-in-the-constitution-2019', 'victory-plan.html#who-saw-it-first'], why: 'the briefing writes “European Union”; in capitals, “EU” alone found only a role and two headlines' },
	{ query: 'RS-26', accept: ['glossary.html#oreshnik', 'victory-plan.html#oreshnik-and-the-testing-ground', 'people.html#sabrina-singh'], why: 'a designation with capitals in it: its match is hyphenated, and must not be taken for a longer word' },
	{ query: 'PA Media', accept: ['partial-coverage.html#what-zelenskyy-proposed', 'people.html#volodymyr-zelenskyy'], why: 'the agency whose translation of the interview the briefing quotes; as the start of a word, “PA” led with a “part”' },
	// Asked as a question: the small words must not decide.
	{ query: 'how many North Korean troops', accept: ['timeline.html#north-korean-troops-estimate', 'victory-plan.html#north-korean-troops', 'victory-plan.html#constant-escalation-the-examples-cited'], why: '“many” had been kept as a word to find, and only one result found it' },
	{ query: 'when is the meeting', accept: ['index.html#key-points', 'timeline.html#foreign-ministers-meeting', 'index.html#what-to-watch-on-34-december', 'alliance-reaction.html#what-to-watch-at-the-34-december-meeting'], why: 'the parts headed with the meeting’s dates answer it too' },
	{ query: 'what does irreversible mean', accept: ['glossary.html#irreversible-path'], why: '“mean” had been kept as a word to find, and only “means” was found' },
	{ query: 'what’s Article 6', accept: ['glossary.html#article-6'], why: '“what’s” had not been taken for a question' },
	{ query: 'what did Rutte say', accept: ['people.html#mark-rutte', 'alliance-reaction.html#after-note-2024-12-04'], why: 'asked what a person said, the question is about him: “what” had put his entry after the timeline' },
	{ query: 'what did Germany say', accept: ['alliance-reaction.html#ally-germany'], why: 'asked what an ally said, its position, not the Federal Republic of 1955 in the who’s who' },
	{ query: 'what did Sybiha write', accept: ['people.html#andrii-sybiha', 'victory-plan.html#what-the-letter-asks', 'timeline.html#sybiha-letter', 'index.html#the-request'], why: '“write” had been searched for, and found “in writing” in the background' },
	{ query: 'who replaced Kuleba', accept: ['timeline.html#sybiha-appointed', 'victory-plan.html#the-minister', 'people.html#dmytro-kuleba'], why: 'no part has both words: the name had been left out, and the results were about a commission replaced' },
	{ query: 'Replaced Kuleba', accept: ['timeline.html#sybiha-appointed', 'victory-plan.html#the-minister', 'people.html#dmytro-kuleba'], why: 'a phone’s capital on the first word had made “Replaced” a name, kept over Kuleba' },
	{ query: 'how does a country join NATO', accept: ['background.html#how-a-country-joins-nato', 'background.html#from-invitation-to-membership'], why: 'the heading that names the question had no text of its own, and the result opened at the last part under it' },
	{ query: 'what would an invitation change', accept: ['victory-plan.html#what-an-invitation-would-and-would-not-change', 'victory-plan.html#what-it-would-do', 'victory-plan.html#what-it-would-not-do'] },
	// A name after “the” or “a”, which a phrase search must not take from its entry.
	{ query: 'the Membership Action Plan', accept: ['glossary.html#membership-action-plan'] },
	{ query: 'the West German model', accept: ['glossary.html#west-german-model'] },
	{ query: 'the NATO–Ukraine Commission', accept: ['glossary.html#nato-ukraine-commission'], why: 'a phrase search had put the Council, its successor, first' },
	{ query: 'what did Washington say', accept: ['alliance-reaction.html#waiting-for-washington', 'alliance-reaction.html#ally-united-states'], why: 'asked what, of no person: the first ally’s position found had been put first' },
	// A half-remembered quotation, typed without quotation marks.
	{ query: 'not off the table', accept: ['alliance-reaction.html#kyivs-own-acknowledgement', 'victory-plan.html#admitting-the-limits-consensus-is-not-there', 'index.html#where-the-allies-stand', 'people.html#olha-stefanishyna'], why: 'word by word, “table” had found the arguments’ table first' },
	{ query: 'line of control', accept: ['partial-coverage.html#what-he-did-not-say'], why: 'word by word, the West German precedent had come first' },
	// Other names for what the briefing names one way.
	{ query: 'Britain', accept: ['alliance-reaction.html#ally-united-kingdom-italy'], why: 'the briefing’s table says United Kingdom: Britain had led with the Berlin guarantee of 1954' },
	{ query: 'DPRK', accept: ['timeline.html#north-korean-troops-estimate', 'victory-plan.html#north-korean-troops', 'victory-plan.html#constant-escalation-the-examples-cited'], why: 'the briefing writes North Korean; only a quotation in the who’s who says DPRK' },
	{ query: 'Art. 5', accept: ['glossary.html#article-5', 'background.html#what-membership-brings-articles-5-and-6'], why: 'the abbreviation had found Article 6 first' },
	{ query: 'Hungarian', accept: ['alliance-reaction.html#ally-hungary'], why: 'an ally by its adjective, which the briefing never uses: only a source’s title had been found' },
	{ query: 'British position', accept: ['alliance-reaction.html#ally-united-kingdom-italy'], why: '“British” had found the newspapers that syndicated an interview' },
	// Words found on one page, in different parts: the part that holds them all.
	{ query: 'bridge to membership', accept: ['background.html#washington-2024-irreversible-path-no-invitation', 'alliance-reaction.html#irreversible-what-the-alliance-has-promised'], why: 'the background had opened at its part with most “membership”, where no bridge is' },
	{ query: 'ukraine used as a testing ground for weapons', accept: ['victory-plan.html#oreshnik-and-the-testing-ground'], why: 'the part with most of the common words had opened, nothing in its excerpt marked' },
	{ query: 'nuclear weapons for Ukraine', accept: ['victory-plan.html#five-points-and-three-secret-annexes'], why: 'the part with most “Ukraine” had opened, where no weapons are' },
	// Dates as readers type them, which the briefing writes day first.
	{ query: 'Dec 3', accept: ['timeline.html#foreign-ministers-meeting'], why: '“Dec” had found “decides” and “declaration”, and “3” every 30 and 32' },
	{ query: '12/3/2024', accept: ['timeline.html#foreign-ministers-meeting'], why: 'read day first, 12 March found nothing, and the search had answered for March 2024: month first, as an American reader writes it, it is the meeting' },
	{ query: '7/3/2024', accept: ['timeline.html#sweden-joins'], why: 'read day first, 7 March 2024 is found, and stays the answer' },
	{ query: 'Dec 3-4', accept: ['index.html#what-to-watch-on-34-december', 'alliance-reaction.html#what-to-watch-at-the-34-december-meeting', 'alliance-reaction.html#after-note-2024-12-04', 'timeline.html#foreign-ministers-meeting'], why: 'two days, month first: it had been searched as “3 December-4”' },
	{ query: '1 Oct', accept: ['timeline.html#rutte-takes-office', 'alliance-reaction.html#a-new-secretary-general'], why: 'a short month: it had led with 3 October 1954' },
	// A reference page, by its name.
	{ query: 'glossary', accept: ['glossary.html'], why: 'the page whose entries are searched one by one: it had found nothing' },
	{ query: 'who’s who', accept: ['people.html'], why: 'it had answered with a timeline entry that says “whose”' },
	{ query: 'timeline', accept: ['timeline.html'] },
	// A word the briefing never uses, beside words it does.
	{ query: 'what is the difference between invitation and membership', accept: ['background.html#from-invitation-to-membership', 'victory-plan.html#membership-later-an-invitation-now', 'glossary.html#invitation'], why: '“difference” and “between” had been searched for, which no part that tells them apart uses: one result, the wrong one' },
	{ query: 'how did west germany join nato while the country was divided', accept: ['partial-coverage.html#the-west-german-precedent', 'glossary.html#west-german-model', 'timeline.html#west-germany-joins'], why: '“while” had been searched for, and the precedent’s part was not among the results' },
	{ query: 'invitation vs membership', accept: ['background.html#from-invitation-to-membership', 'victory-plan.html#membership-later-an-invitation-now'], why: 'Pagefind finds only what has every word, and no page has “vs”: it had found nothing' },
	{ query: 'who backed the invitation', accept: ['alliance-reaction.html#ally-lithuania', 'alliance-reaction.html#ally-denmark-estonia-finland-latvia-norway-poland-sweden', 'alliance-reaction.html#who-stood-where'], why: 'asked who, an ally: the background on what an invitation is had come first' },
	{ query: 'who opposed', accept: ['alliance-reaction.html#after-note-2024-12-04', 'alliance-reaction.html#who-stood-where', 'alliance-reaction.html#waiting-for-washington', 'alliance-reaction.html#key-points', 'alliance-reaction.html#ally-germany', 'alliance-reaction.html#ally-hungary', 'alliance-reaction.html#ally-slovakia'], why: 'asked who: a glossary term whose definition says “as opposed to” had come first' },
	{ query: 'how to cite', accept: ['about.html#cite'], why: 'a question’s word in a heading: “the examples cited” had come first, “How to cite it” third' },
	{ query: 'which countries oppose an invitation', accept: ['alliance-reaction.html#ally-germany', 'alliance-reaction.html#ally-hungary', 'alliance-reaction.html#ally-slovakia'], why: 'the table says “Against” where a reader says “oppose”: the background on invitations had come first' },
	{ query: 'why does Germany oppose', accept: ['alliance-reaction.html#ally-germany'], why: 'the row says “Against”, not “oppose”: the overview’s key points had come first' },
	{ query: 'does France support an invitation', accept: ['alliance-reaction.html#ally-france'], why: 'the row says “Open”, and no row holds “support”' },
	{ query: 'who opposed Ukraine at Bucharest', accept: ['background.html#bucharest-2008-a-promise-without-a-plan'], why: 'a question about the allies’ stance in 2008, not in 2024: the 2024 table is no answer' },
	{ query: 'who supports ukraine in nato', accept: ['alliance-reaction.html#ally-lithuania', 'alliance-reaction.html#ally-denmark-estonia-finland-latvia-norway-poland-sweden'], why: 'no row says “supports”: the Washington declaration had come first' },
	{ query: 'when did sweden join nato', accept: ['timeline.html#sweden-joins'], why: 'the day it joined: its record said “becomes the 32nd member”, and the first answer was the day it applied' },
	{ query: 'countries blocking the invitation', accept: ['alliance-reaction.html#ally-germany', 'alliance-reaction.html#ally-hungary', 'alliance-reaction.html#ally-slovakia'], why: 'the allies and a stance, searched as words rather than asked: only the arguments’ table had come' },
	{ query: 'US position on inviting ukraine', accept: ['alliance-reaction.html#ally-united-states'], why: 'an ally’s position, with more words than its row holds: the row was in no result' },
	{ query: 'Hungary veto', accept: ['alliance-reaction.html#who-stood-where', 'alliance-reaction.html#ally-hungary', 'people.html#peter-szijjarto'], why: 'the briefing never says “veto”, which a reader means as withholding consensus: it had found nothing' },
	{ query: 'who is who', accept: ['people.html'], why: 'it had led with the about page' },
	{ query: 'NAC', accept: ['glossary.html#north-atlantic-council'], why: 'the briefing writes the North Atlantic Council out; the abbreviation found nothing' },
	{ query: 'PfP', accept: ['glossary.html#partnership-for-peace'], why: 'a reader check found the abbreviation finding nothing' },
	{ query: 'NUC', accept: ['glossary.html#nato-ukraine-council'], why: 'the council’s abbreviation found nothing (a search trial)' },
	{ query: 'SG', accept: ['alliance-reaction.html#a-new-secretary-general', 'people.html#mark-rutte', 'timeline.html#rutte-takes-office'], why: 'the Secretary General by the abbreviation allies use: “NATO SG” had answered as “NATO”, the SG dropped unsaid' },
	{ query: 'DoD', accept: ['people.html#pat-ryder', 'people.html#sabrina-singh', 'victory-plan.html#north-korean-troops'], why: 'the Pentagon by its abbreviation had found the verb “do”' },
	{ query: 'bibliography', accept: ['sources.html'], why: 'the register by the name a paper gives it had found nothing' },
	{ query: 'does NATO vote', accept: ['glossary.html#consensus', 'background.html#article-10-who-decides', 'alliance-reaction.html#how-an-invitation-is-decided'], why: 'asked whether: the day the Rada voted, a timeline line, had come first' },
	{ query: 'is membership irreversible', accept: ['glossary.html#irreversible-path', 'alliance-reaction.html#irreversible-what-the-alliance-has-promised', 'background.html#from-invasion-to-an-irreversible-path-20222024'], why: 'asked whether: the summit’s line, which says the word, had come before the term that explains it' },
	{ query: 'UNGA', accept: ['timeline.html#unga-resolution-68-262', 'partial-coverage.html#what-he-did-not-say'], why: 'the briefing writes the UN General Assembly out; the abbreviation found nothing' },
	{ query: 'Selenskyj', accept: ['partial-coverage.html#what-zelenskyy-proposed', 'people.html#volodymyr-zelenskyy'], why: 'the German transliteration found nothing (a search trial)' },
	{ query: 'GDR', accept: ['partial-coverage.html#the-west-german-precedent'], why: 'East Germany by its abbreviation found nothing, though the FRG’s worked' },
	{ query: 'NYT', accept: ['people.html#angela-stent', 'partial-coverage.html#analysts-in-2023'], why: 'the newspaper by its abbreviation found nothing' },
	{ query: 'NIS', accept: ['victory-plan.html#north-korean-troops'], why: 'South Korea’s intelligence service by its abbreviation found nothing' },
	{ query: 'A/RES/68/262', accept: ['timeline.html#unga-resolution-68-262', 'partial-coverage.html#what-he-did-not-say'], why: 'the resolution’s symbol found only its register entry' },
	{ query: 'Crimean peninsula', accept: ['partial-coverage.html#what-he-did-not-say'], why: 'the adjective did not reach Crimea, and the peninsula was dropped' },
	{ query: '11.07.2023', accept: ['timeline.html#vilnius-summit'], why: 'a date with dots was no date: the 11 of 11 September and 11,000 came next' },
	{ query: 'what happens after an invitation', accept: ['glossary.html#accession-protocol', 'glossary.html#invitation', 'background.html#from-invitation-to-membership', 'victory-plan.html#what-it-would-do'], why: 'the question’s “happens” found the note on what happened at the meeting' },
	{ query: 'can one country block ukraine', accept: ['alliance-reaction.html#how-an-invitation-is-decided', 'glossary.html#consensus', 'background.html#article-10-who-decides'], why: 'the reader’s “block”, like “veto”, for what the briefing calls consensus: the arguments’ table had come alone' },
	{ query: 'hot stage of war', accept: ['partial-coverage.html#what-zelenskyy-proposed'], why: 'another translation of Zelenskyy’s words than the one the briefing quotes' },
	{ query: 'unanimous agreement', accept: ['background.html#article-10-who-decides', 'glossary.html#article-10'], why: 'the background’s key points, which sum it up, had come before the part on Article 10' },
	// Nothing in the briefing answers these.
	{ query: 'xylophone quasar', accept: [] },
	{ query: 'Boris Johnson', accept: [], why: 'not in the briefing; Pagefind would answer “John”, the longest start of “Johnson” it holds, in a source’s author' },
	{ query: 'Orbán', accept: [], why: 'the briefing never names him; Pagefind would answer with every “or”, the longest prefix it holds' },
];
