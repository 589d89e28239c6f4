// British and American spellings as one word, for the FAQ search: "oestrogen" finds "estrogen", "recognise"
// finds "recognized". A small table rather than a maintained word list: the lists on npm are dictionaries of
// hundreds of kilobytes, and this module loads on visitors' pages. Applied to the query and to the text alike,
// so a rule can only ever join two spellings, never hide a word; highlighting still marks the words as written.

/** Word beginnings (British, American): medical words with oe/ae, and -our/-re words, in any of their forms. */
const BEGINNINGS: readonly (readonly [string, string])[] = [
  ['oestr', 'estr'], // oestrogen, oestradiol
  ['oedem', 'edem'], // oedema
  ['oesophag', 'esophag'],
  ['haem', 'hem'], // haemorrhage, haematoma, haemoglobin
  ['anaem', 'anem'], // anaemia
  ['anaesth', 'anesth'],
  ['leukaem', 'leukem'],
  ['ischaem', 'ischem'],
  ['paed', 'ped'], // paediatric
  ['orthopaed', 'orthoped'],
  ['gynaec', 'gynec'],
  ['foet', 'fet'],
  ['diarrhoe', 'diarrhe'],
  ['dyspnoe', 'dyspne'],
  ['coeliac', 'celiac'],
  ['colour', 'color'],
  ['behaviour', 'behavior'],
  ['favour', 'favor'],
  ['flavour', 'flavor'],
  ['humour', 'humor'],
  ['labour', 'labor'],
  ['neighbour', 'neighbor'],
  ['odour', 'odor'],
  ['tumour', 'tumor'],
  ['centre', 'center'],
  ['fibre', 'fiber'],
  ['litre', 'liter'],
];

/** -ise/-yse verbs and their forms (recognise, minimised, stabilising, paralyse, organisation): -ize/-yze. */
const ISE = /([a-z]{2}[iy])s(e|ed|es|er|ers|ing|ation|ations)$/;

/** A folded (lower-case, unaccented) word in American spelling, as far as the table knows it. */
export function americanSpelling(word: string): string {
  let spelled = word;
  for (const [british, american] of BEGINNINGS) {
    if (spelled.startsWith(british)) {
      spelled = american + spelled.slice(british.length);
      break;
    }
  }
  return spelled.replace(ISE, '$1z$2');
}
