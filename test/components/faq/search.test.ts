import {expect} from '@open-wc/testing';
import {marked, matchesAll, queryTerms} from '../../../src/components/faq/search.js';
import {americanSpelling} from '../../../src/components/faq/spelling.js';
import {loadSource} from '../../helpers/browser.js';

/** The marked words of `text` for `query`. */
const marks = (query: string, text: string) =>
  marked(queryTerms(query), text)
    .filter((run) => run.match)
    .map((run) => run.text);

describe('FAQ search words', () => {
  let takeaway: string;
  before(async () => {
    // The article defines HRT in its takeaways: "... hormone replacement therapy (HRT) with a doctor."
    takeaway = (await loadSource()).split('\n').find((line) => line.includes('(HRT)'))!;
    expect(takeaway).to.include('hormone replacement therapy (HRT)');
  });

  it('matches an abbreviation the article defines and its long form, each way round', () => {
    const long = 'Medical guidance may include hormone replacement therapy, though risks should be reviewed.';
    const short = 'Ask whether HRT suits you.';
    expect(matchesAll(queryTerms('HRT'), long)).to.equal(true);
    expect(matchesAll(queryTerms('hormone replacement therapy'), short)).to.equal(true);
    expect(matchesAll(queryTerms('HRT zebra'), long)).to.equal(false);
    expect(
      matchesAll(queryTerms('HRT'), 'Hormone levels and replacement parts.'),
      'the words, not the phrase'
    ).to.equal(false);
    expect(marks('hrt', long)).to.deep.equal(['hormone', 'replacement', 'therapy']);
    expect(marks('hormone replacement therapy', short)).to.deep.equal(['HRT']);
    expect(marks('HRT', takeaway)).to.include.members(['hormone', 'replacement', 'therapy', 'HRT']);
  });

  it('reads British and American spellings as one word, marking the text as written', () => {
    const pairs = [
      ['oestrogen', 'estrogen'],
      ['oedema', 'edema'],
      ['anaemia', 'anemia'],
      ['haemorrhage', 'hemorrhage'],
      ['paediatric', 'pediatric'],
      ['tumour', 'tumor'],
      ['behaviours', 'behaviors'],
      ['centre', 'center'],
      ['stabilise', 'stabilize'],
      ['recognised', 'recognized'],
      ['analyse', 'analyze'],
      ['organisation', 'organization'],
    ];
    for (const [british, american] of pairs) {
      expect(americanSpelling(british), british).to.equal(americanSpelling(american));
      expect(marks(british, `Ask about ${american} today.`), british).to.deep.equal([american]);
      expect(marks(american, `Ask about ${british} today.`), american).to.deep.equal([british]);
    }
    // Words that only look alike stay apart.
    for (const [a, b] of [
      ['shoe', 'she'],
      ['four', 'for'],
      ['hour', 'hor'],
    ]) {
      expect(matchesAll(queryTerms(b), `A ${a} here.`), `${b} in "${a}"`).to.equal(false);
    }
  });
});
