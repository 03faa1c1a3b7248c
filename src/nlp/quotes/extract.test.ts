import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extract.js';
import { splitBlocks } from '../../extract/text/paragraphs.js';

/** The quotes of `text` as readable strings: `kind|quote|speaker|cue`. */
function quotes(text: string): string[] {
  const at = (s: { start: number; end: number } | null) => (s === null ? '' : text.slice(s.start, s.end));
  return extractQuotes(text, splitBlocks(text)).map((q) => `${q.kind}|${at(q.quote)}|${at(q.speaker)}|${at(q.cue)}`);
}

test('should attribute a direct quote to the speaker after it', () => {
  assert.deepEqual(quotes('“I don’t support Uber at all,” candidate Doug McCallum responded at one debate.'), [
    'direct|“I don’t support Uber at all,”|candidate Doug McCallum|responded',
  ]);
});

test('should attribute an inverted cue ("said X") and step over an apposition', () => {
  assert.deepEqual(quotes('“There is a cost,” said Sevaun Palvetzian, CEO of Civic Action.'), [
    'direct|“There is a cost,”|Sevaun Palvetzian|said',
  ]);
  assert.deepEqual(quotes('"We continue to make progress," Bill Sims, the city\'s director of engineering, said.'), [
    'direct|"We continue to make progress,"|Bill Sims, the city\'s director of engineering|said',
  ]);
});

test('should attribute a quote introduced by a colon or a cue before it', () => {
  assert.deepEqual(quotes('The minister said: «Мы готовы к переговорам.»'), ['direct|«Мы готовы к переговорам.»|The minister|said']);
  assert.deepEqual(quotes('Protesters chanted “Trudeau must go!”'), ['direct|“Trudeau must go!”|Protesters|chanted']);
});

test('should read German low quotes and dash dialogue', () => {
  assert.deepEqual(quotes('„Wir sind bereit“, sagte er. Then, she said: „Das ist gut.“'), ['direct|„Das ist gut.“|she|said']);
  assert.deepEqual(quotes('— Мы готовы к переговорам, — заявил министр.'), ['direct|— Мы готовы к переговорам,|министр|заявил']);
});

test('should give a floating quote (a whole sentence, no cue) no speaker', () => {
  assert.deepEqual(quotes('“It was a twinkle in some engineer’s eye some years ago.”'), [
    'direct|“It was a twinkle in some engineer’s eye some years ago.”||',
  ]);
});

test('should find reported speech before and after the attribution', () => {
  assert.deepEqual(quotes('Kim said the family is working with an immigration lawyer.'), [
    'indirect|the family is working with an immigration lawyer|Kim|said',
  ]);
  assert.deepEqual(quotes('Being a young person in public can be hard, Lonechild said.'), [
    'indirect|Being a young person in public can be hard|Lonechild|said',
  ]);
  assert.deepEqual(quotes('According to Statistics Canada, the unemployment rate rose in November.'), [
    'indirect|the unemployment rate rose in November|Statistics Canada|According to',
  ]);
});

test('should make a reported clause holding a quotation mixed, and "said that “…”" direct', () => {
  assert.deepEqual(quotes('Justice Dunphy said the station’s stand “was adopted to frustrate the applicants.”'), [
    'mixed|the station’s stand “was adopted to frustrate the applicants.”|Justice Dunphy|said',
  ]);
  assert.deepEqual(quotes('Putin said that “closer ties will be in the interests of both countries.”'), [
    'direct|“closer ties will be in the interests of both countries.”|Putin|said',
  ]);
});

test('should not take scare quotes or titles for quotes', () => {
  assert.deepEqual(quotes('Kim Jong-un became more aggressive, repeating the “scenario” of Vladimir Putin.'), []);
  assert.deepEqual(quotes('Civic Action also has an online “road map” for employers.'), []);
  assert.deepEqual(quotes('The legend gets a spin in “The Kid Who Would Be King,” a delightful film.'), []);
});

test('should not report speech that did not happen or is not speech', () => {
  assert.deepEqual(quotes('Singh won’t say what he’ll do if he loses the vote.'), []);
  assert.deepEqual(quotes('Bardos must have said something to redeem himself, because they kept talking.'), []);
  assert.deepEqual(quotes('They added yet another goal early in the third period.'), []);
  assert.deepEqual(quotes('The costs are lower than TransLink says they are in the report.'), []);
});

test('should take an embedded post and a pull quote with the name after the words', () => {
  assert.deepEqual(quotes('Damage is unprecedented with hundreds of trees on power lines. pic.twitter.com/W0IkInjjSH — BC Hydro (@bchydro) December 22, 2018'), [
    'direct|Damage is unprecedented with hundreds of trees on power lines.|BC Hydro|',
  ]);
  assert.deepEqual(quotes("It's very bad for our senior population if they have nothing in the way of backup. Rod Peters, Lake Cowichan mayor"), [
    "direct|It's very bad for our senior population if they have nothing in the way of backup.|Rod Peters, Lake Cowichan mayor|",
  ]);
  assert.deepEqual(quotes('Kim Jong-un was expected to meet with U.S. President Donald Trump.'), []);
});

test('should split a sentence around a parenthetical attribution, or join it on request', () => {
  const text = 'But while some couples collapse under the strain, Rutledge said, for others it can heighten emotional connections.';
  assert.deepEqual(quotes(text), [
    'indirect|But while some couples collapse under the strain|Rutledge|said',
    'indirect|for others it can heighten emotional connections|Rutledge|said',
  ]);
  const joined = extractQuotes(text, splitBlocks(text), { joinContinuations: true });
  assert.equal(joined.length, 1);
  assert.equal(joined[0]!.parts?.length, 2);
});

test('should join “A,” she said. “B.” into one quote with parts only on request', () => {
  const text = '“I am not shy,” I said. “I have not been reluctant to express my views in public.”';
  assert.deepEqual(quotes(text), ['direct|“I am not shy,”|I|said', 'direct|“I have not been reluctant to express my views in public.”||']);
  const joined = extractQuotes(text, splitBlocks(text), { joinContinuations: true });
  assert.equal(joined.length, 1);
  assert.deepEqual(joined[0]!.parts?.map((p) => text.slice(p.start, p.end)), ['“I am not shy,”', '“I have not been reluctant to express my views in public.”']);
});

test('should find speakers across appositions, abbreviations and coordinated verbs', () => {
  assert.deepEqual(quotes('Scheer, however, said he would not allow Huawei into the network.'), [
    'indirect|he would not allow Huawei into the network|Scheer|said',
  ]);
  assert.deepEqual(quotes('On Tuesday, Ms. May said a time limit on the backstop could be a solution.'), [
    'indirect|a time limit on the backstop could be a solution|Ms. May|said',
  ]);
  assert.deepEqual(quotes('Mike Pompeo praised the talks and said he did not think the dispute would matter.'), [
    'indirect|he did not think the dispute would matter|Mike Pompeo|said',
  ]);
  assert.deepEqual(quotes('Kim said in his New Year speech he was ready to meet Trump at any time.'), [
    'indirect|he was ready to meet Trump at any time|Kim|said',
  ]);
});

test('should not read a link to another story as the article’s speech', () => {
  assert.deepEqual(quotes('READ MORE: Nova Scotia says hospital emergency departments are closing more often.'), []);
});

test('should take the speaker from the next sentence when it is only an attribution', () => {
  assert.deepEqual(quotes('“Cooperation has reached a new level.” The DPRK leader said.'), [
    'direct|“Cooperation has reached a new level.”|The DPRK leader|said',
  ]);
  assert.deepEqual(quotes('“Cooperation has reached a new level.” He said the talks would go on for years.'), [
    'direct|“Cooperation has reached a new level.”||',
    'indirect|the talks would go on for years|He|said',
  ]);
});

test('should read Russian and Ukrainian reported speech', () => {
  assert.deepEqual(quotes('Путин заявил, что Россия готова к переговорам.'), ['indirect|Россия готова к переговорам|Путин|заявил']);
  assert.deepEqual(quotes('За словами Зеленського, переговори з партнерами тривають.'), ['indirect|переговори з партнерами тривають|Зеленського|За словами']);
});

test('should give a participle cue the speaker of the clause it hangs on and end the first clause there', () => {
  assert.deepEqual(quotes('Mr. Hemming argued that the move hurt his group, noting the board lobbies its members by e-mail.'), [
    'indirect|the move hurt his group|Mr. Hemming|argued',
    'indirect|the board lobbies its members by e-mail|Mr. Hemming|noting',
  ]);
  assert.deepEqual(quotes('He was quoted as saying by local media that police had received several reports.'), [
    'indirect|police had received several reports|He|was quoted as saying',
  ]);
});

/** The quotes of `text` in the relation reading (`joinContinuations`): `kind|quote|speaker|cue`. */
function relations(text: string): string[] {
  const at = (s: { start: number; end: number } | null) => (s === null ? '' : text.slice(s.start, s.end));
  return extractQuotes(text, splitBlocks(text), { joinContinuations: true }).map((q) => `${q.kind}|${at(q.quote)}|${at(q.speaker)}|${at(q.cue)}`);
}

test('should make "said that “…”" mixed in the relation reading, the complementiser being content', () => {
  assert.deepEqual(relations('Putin said that “closer ties will be in the interests of both countries.”'), [
    'mixed|that “closer ties will be in the interests of both countries.”|Putin|said',
  ]);
});

test('should take the clause around a partial quote as its content in the relation reading', () => {
  assert.deepEqual(relations('Skelly called Braynard “a real smart guy.”'), ['mixed|Braynard “a real smart guy.”|Skelly|called']);
  assert.deepEqual(relations('Obama promised to make Apple “build their computers in this country.”'), [
    'mixed|to make Apple “build their computers in this country.”|Obama|promised',
  ]);
  // The quotation reading keeps the quoted words, a direct quote.
  assert.deepEqual(quotes('Skelly called Braynard “a real smart guy.”'), ['direct|“a real smart guy.”|Skelly|called']);
});

test('should take the rest of a sentence that a quotation does not end into its content in the relation reading', () => {
  assert.deepEqual(relations('He says “the wind is at our backs” despite his loss.'), ['mixed|“the wind is at our backs” despite his loss|He|says']);
});

test('should keep a quotation that is the whole content direct in the relation reading', () => {
  assert.deepEqual(relations('She said, “We are ready.”'), ['direct|“We are ready.”|She|said']);
  assert.deepEqual(relations('He told the crowd, “I am proud of you.”'), ['direct|“I am proud of you.”|He|told']);
  assert.deepEqual(relations('He yelled “You lie!” at the president.'), ['direct|“You lie!”|He|yelled']);
  assert.deepEqual(relations('“We are ready,” she said.'), ['direct|“We are ready,”|she|said']);
});

test('should take the speaker of a participle cue from the subject of its main clause', () => {
  assert.deepEqual(quotes('Roy Graf protested the two bills, saying they are limiting the industry.'), [
    'indirect|they are limiting the industry|Roy Graf|saying',
  ]);
  assert.deepEqual(quotes('On Friday, a Superior Court of Ontario judge chastised the station, saying it had acted in bad faith.'), [
    'indirect|it had acted in bad faith|a Superior Court of Ontario judge|saying',
  ]);
  assert.deepEqual(quotes('Hours later, Trump returned the compliment, telling Reuters, “Sheldon and I have been friends for a long time.”'), [
    'direct|“Sheldon and I have been friends for a long time.”|Trump|telling',
  ]);
  assert.deepEqual(quotes('"It does say that in the letter," Kim confirmed, adding that she had no idea where it came from.'), [
    'direct|"It does say that in the letter,"|Kim|confirmed',
    'indirect|she had no idea where it came from|Kim|adding',
  ]);
});

test('should not take an opening adverbial or participle phrase for the subject of a participle cue', () => {
  assert.deepEqual(quotes('Asked about the deal, the company declined to comment, saying it was under review.'), [
    'indirect|it was under review|the company|saying',
  ]);
  // No subject to be found: the speaker stays empty rather than wrong.
  assert.deepEqual(quotes('There was a long silence, adding to the sense that the talks had failed.'), ['indirect|the talks had failed||adding']);
});

test('should step over an adverbial before a coordinated cue and a comma inside an apposition', () => {
  assert.deepEqual(quotes('Trudeau called the allegation false and in a carefully worded response said he never issued directions.'), [
    'indirect|he never issued directions|Trudeau|said',
  ]);
  assert.deepEqual(quotes('Navdeep Bains, Minister of Innovation, Science and Economic Development, said the policy would stay.'), [
    'indirect|the policy would stay|Navdeep Bains, Minister of Innovation, Science and Economic Development|said',
  ]);
  assert.deepEqual(quotes('The plan failed, Bill Sims, the director, said.'), ['indirect|The plan failed|Bill Sims, the director|said']);
});

test('should join a floating quotation to the reported clause before it in the relation reading only', () => {
  const text = 'Clinton said America needs steady leaders in turbulent times. “And that’s why experience is so important.”';
  assert.deepEqual(quotes(text), [
    'indirect|America needs steady leaders in turbulent times|Clinton|said',
    'direct|“And that’s why experience is so important.”||',
  ]);
  const joined = extractQuotes(text, splitBlocks(text), { joinContinuations: true });
  assert.equal(joined.length, 1);
  assert.equal(joined[0]!.kind, 'mixed');
  assert.deepEqual(joined[0]!.parts?.map((p) => text.slice(p.start, p.end)), [
    'America needs steady leaders in turbulent times',
    '“And that’s why experience is so important.”',
  ]);
  // Not across a paragraph break: a new paragraph after a report opens a quote of its own.
  const apart = 'Clinton said America needs steady leaders in turbulent times.\n\n“And that’s why experience is so important.”';
  assert.deepEqual(relations(apart), [
    'indirect|America needs steady leaders in turbulent times|Clinton|said',
    'direct|“And that’s why experience is so important.”||',
  ]);
});

test('should start the content at a clause right after a saying verb in the relation reading, not at a hearer', () => {
  assert.deepEqual(relations('He said it’s unrealistic to think that if the U.S. pulls back, “our oceans are going to save us.”'), [
    'mixed|it’s unrealistic to think that if the U.S. pulls back, “our oceans are going to save us.”|He|said',
  ]);
  assert.deepEqual(relations('Biden told the mayors who gathered in Indianapolis, “no one should be confused about our commitment.”'), [
    'direct|“no one should be confused about our commitment.”|Biden|told',
  ]);
});

test('should attribute a quotation by less common saying verbs', () => {
  assert.deepEqual(quotes('“Would it be negotiable?” Hannity pressed.'), ['direct|“Would it be negotiable?”|Hannity|pressed']);
  assert.deepEqual(quotes('“That would have been a demonstration of good faith,” Toomey fumed on Tuesday.'), [
    'direct|“That would have been a demonstration of good faith,”|Toomey|fumed',
  ]);
});

test('should keep a quotation direct in the relation reading when what follows is a clause of its own', () => {
  assert.deepEqual(relations('Silverman joked, “Bernie or Bust people, you’re being ridiculous,” drawing loud jeers.'), [
    'direct|“Bernie or Bust people, you’re being ridiculous,”|Silverman|joked',
  ]);
  assert.deepEqual(relations('Singh explained it this way: “It’s like a wedding buffet where nobody wants to go first.”'), [
    'direct|“It’s like a wedding buffet where nobody wants to go first.”|Singh|explained',
  ]);
  assert.deepEqual(relations('Ohio Gov. John Kasich has also broadly called for “boots on the ground.”'), [
    'direct|“boots on the ground.”|Ohio Gov. John Kasich|called',
  ]);
});

test('should not let two quotations on one cue overlap in the relation reading', () => {
  assert.deepEqual(relations('Trump says “the whole game has become screwed up” because “football has become soft.”'), [
    'direct|“the whole game has become screwed up”|Trump|says',
    'mixed|because “football has become soft.”|Trump|says',
  ]);
});

test('should give a coordinated or prepositional cue before a quotation the subject of its main clause', () => {
  assert.deepEqual(quotes('He then adopted a fake Southern accent and joked, “But I’m just going to make it easier for them.”'), [
    'direct|“But I’m just going to make it easier for them.”|He|joked',
  ]);
  assert.deepEqual(quotes('Beck began by saying, “I don’t think that it’s necessary for him to go to jail.”'), [
    'direct|“I don’t think that it’s necessary for him to go to jail.”|Beck|saying',
  ]);
  // A subordinate clause with no comma hides the subject: no speaker rather than "When".
  assert.deepEqual(quotes('When he returned he began by saying, “I don’t think that it’s necessary for him to go to jail.”'), [
    'direct|“I don’t think that it’s necessary for him to go to jail.”||saying',
  ]);
});

test('should take the speaker of a colon-introduced quotation from the clause, not an opening adverbial', () => {
  assert.deepEqual(quotes('In a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the end of his career.”'), [
    'direct|“If he goes forward and loses, it’s the end of his career.”|Trump|',
  ]);
  assert.deepEqual(quotes('Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting voters.”'), [
    'direct|“One of the biggest lessons was a simple one: keep on contacting voters.”|Carl Bialik|',
  ]);
});
