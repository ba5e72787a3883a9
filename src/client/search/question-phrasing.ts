/**
 * A question's words put as the briefing puts them, before its small words
 * are left out (client/search/questions.ts): phrasings whose words of substance
 * are small words, or would find the wrong part.
 */

/**
 * Applying to join NATO, said in full: applying is what the question asks
 * about, and the rest is what applying is. “when did ukraine apply to join
 * nato” had needed “join” and “NATO” beside “apply”, which the record of
 * Ukraine's application does not say, and led with Finland and Sweden's.
 */
const APPLYING_TO_JOIN = /\b(appl(?:y|ies|ied|ying))\s+(?:to\s+join(?:\s+(?:nato|the\s+alliance))?|for\s+(?:nato\s+)?membership(?:\s+(?:of|in)\s+(?:nato|the\s+alliance))?)(?=\s*[?？]?\s*$|\s)/giu;

/** Asked whether it is “up to date”, the briefing is asked when it was updated: “up” had found “hold it up”. */
const UP_TO_DATE = /\bup[\s-]+to[\s-]+date\b/giu;

/**
 * What must be, asked as what has to be or needs to be: its small words
 * left nothing of it, and “how many allies have to agree” searched “allies
 * agree” and found a declaration agreed by all 32, not the rule that they
 * must all agree to an invitation. Not the idioms “have to do with” and
 * “have to say”, which ask nothing of the kind.
 */
const HAVE_TO = /\b(?:have|has|had|need|needs|needed)\s+to\b(?!\s+(?:do\s+with|say)\b)/giu;

/**
 * A letter signed is a letter written, and who wrote it is what the
 * question asks (“wrote” is a small word): “who signed the letter” had
 * searched for “sign”, the start of “signatories” and of the letter read
 * “as a sign”, and never found Sybiha. A treaty signed stays so: the
 * timeline says who signed the Washington Treaty.
 */
const SIGNED_LETTER = /\bsign(?:s|ed|ing)?(?=\s+(?:(?:the|a|his|this|that|sybiha['’]?s|ukraine['’]?s|kyiv['’]?s)\s+)?letters?\b)/giu;

/**
 * Becoming a member is joining, as the briefing's record of each accession
 * says: “when did finland become a nato member” had found Scholz's “a
 * country at war cannot become a member” before Finland's joining.
 */
const BECOMING_A_MEMBER = /\bbec(?:o|a)m(?:e|es|ing)\s+(?:an?\s+)?(?:(?:nato|full)\s+)?members?\b(?:\s+of\s+(?:nato|the\s+alliance)\b)?/giu;

/**
 * The countries in NATO, counted or asked which, are its members, as the
 * briefing counts them (“the 32nd”, “all 32 allies”), and so they are now:
 * “how many countries are in nato” had led with how a country joins, and
 * with “now” the arguments for an invitation now. Only after “how many”,
 * “which” or “what”: “the United States” and “the Baltic states” in NATO are
 * no count (content/spellings.yaml has made “European countries” a European state).
 */
const COUNTRIES_IN_NATO = /(?<=\b(?:how\s+many|which|what)\s+)(?:european\s+)?(?:countries|nations|states?)\s+(?:are\s+)?(?:there\s+)?(?:in|of)\s+(nato|the\s+alliance)\b(?:\s+(?:now|today|currently)\b)?/giu;

/**
 * The war began with Russia's full-scale invasion, as the briefing says it
 * (“when did the war start” found only a key point), and it is counted in
 * months (“33 months”), not said to go on or last: “how long has the war
 * been going on” had found the part on a country at war joining. Only the
 * war asked about when it began, or since: not the cold war, nor a war that
 * may start.
 */
const WAR_STARTED = /(?<=\b(?:(?:when|why|how)\s+did|since|before|after)\s+)the\s+war\s+(?:started|start|begin|began|begun)\b/giu;
const HOW_LONG_AT_WAR = /\bhow\s+long(?=\s+(?:has|had|is|was)\s+the\s+war\b)/giu;
const WAR_GOING_ON = /\b(the\s+war(?:\s+in\s+ukraine)?)\s+(?:been\s+going\s+on|been\s+going|gone\s+on|lasted)\b/giu;

/**
 * So is the time a country takes to join, from application to membership (Finland's ten and a half months):
 * “how long does it take to join nato” had found only the steps of accession, which give no time.
 */
const HOW_LONG_TO_JOIN = /\bhow\s+long\s+(?:does|did|will|would|could|can)\s+(?:it|that)\s+take(?=\s+(?:(?:a\s+)?\p{L}+\s+)?to\s+(?:join|become\s+a\s+member)\b)/giu;

/**
 * Conditions are met, as the allies' texts say (“when Allies agree and conditions are met”): “what conditions must
 * ukraine meet” had searched for “meet”, which found the ministers' meeting.
 */
const CONDITIONS_MEET = /(?<=\bconditions?(?:\s+\S+){0,3}\s+)meet\b/giu;

/**
 * The briefing is issued, as its about page says, by whoever wrote it: “who wrote this briefing” had searched for
 * “briefing” alone, and led with the news report it was begun from.
 */
const WHO_MADE_IT = /\bwho\s+(?:wrote|writes|made|makes|authored|produced|compiled|publishes|published|is\s+behind|runs)(?=\s+(?:this|the)(?:\s+(?:briefing|site|website)(?:['’]s)?)?\s*[?？]?\s*$)/giu;

/**
 * When the briefing came out is when it was first published, as its about page says: “when was this published” had
 * searched for “published”, and led with a writer whose essay was.
 */
const WHEN_PUBLISHED = /^\s*when\s+(?:was|is|were)\s+(?:this|it|the)(?:\s+(?:briefing|site|website|page))?\s+(?:published|written|released|issued|made|put\s+out)\s*[?？]?\s*$/giu;

/**
 * What was corrected or changed, asked of the briefing itself, is its log of corrections and updates: “what was
 * corrected” had found the corrections policy's “corrected where it stands” above the log, and “what changed” what an
 * invitation would change. Only the question whole, or asked of this briefing (“what has changed on this page
 * lately”), the whole of it put as the briefing puts it: not “what changed in Germany's view”.
 */
const WHAT_CHANGED = /^\s*(?:what(?:['’]?s)?(?:\s+(?:was|were|has|have|is|got))?(?:\s+been)?\s+(?:corrected|changed|fixed|revised|amended|updated)|what\s+(?:changes|corrections)\s+(?:were|have\s+been|has\s+been)\s+made|what\s+(?:did|have)\s+you\s+(?:correct|change|fix|update|revise)(?:e?d)?)(?:\s+(?:recently|lately))?(?:\s+(?:in|on|to)\s+(?:this|the)(?:\s+(?:briefing|site|website|page))?)?(?:\s+(?:recently|lately))?\s*[?？]?\s*$/giu;

/**
 * A verb that opens a question is followed by what it asks about, never by “not” or another verb: “should not be
 * seen as an escalation”, “did not reach a decision” and “will become members of nato” are words remembered from a
 * quotation, and had been cut to a question's words of substance.
 */
const NO_SUBJECT = /^\s*(?:will|would|can|could|should|is|are|was|were|did|does|do|has|have|had)\s+(?:not|never|be|been|become|have|also)\b/i;
export const opensWithoutSubject = (query: string) => NO_SUBJECT.test(query);

/** `text` with each of these phrasings put as the briefing puts it. */
export const asTheBriefingPutsIt = (text: string) =>
	text
		.replace(APPLYING_TO_JOIN, '$1')
		.replace(UP_TO_DATE, 'updated')
		.replace(HAVE_TO, 'must')
		.replace(SIGNED_LETTER, 'wrote')
		.replace(BECOMING_A_MEMBER, 'join')
		.replace(COUNTRIES_IN_NATO, 'members of $1')
		.replace(WAR_STARTED, 'the full-scale invasion')
		.replace(HOW_LONG_AT_WAR, 'how many months')
		.replace(WAR_GOING_ON, '$1')
		.replace(HOW_LONG_TO_JOIN, 'how many months')
		.replace(CONDITIONS_MEET, 'met')
		.replace(WHO_MADE_IT, 'who issued')
		.replace(WHEN_PUBLISHED, 'when first published')
		.replace(WHAT_CHANGED, 'what corrections and updates');
