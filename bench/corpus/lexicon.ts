/**
 * Word lists the synthetic corpus is built from. People, outlets, organisations and places are
 * combinations of these parts, so every name in a corpus is invented; states are real country
 * names (from the world-countries package) because the extractor's gazetteer is part of the work
 * being measured.
 */

export const GIVEN_NAMES = [
  'Amara', 'Bastian', 'Celia', 'Dario', 'Elin', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kaveh', 'Lena', 'Matteo', 'Nadia',
  'Oskar', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tove', 'Umar', 'Vera', 'Wendell', 'Ximena', 'Yusuf', 'Zofia', 'Anders', 'Beatriz',
  'Caspar', 'Delphine', 'Emeka', 'Freya', 'Gideon', 'Hana', 'Idris', 'Julia', 'Kofi', 'Leila', 'Marek', 'Noor', 'Olivier', 'Paulina',
  'Rafael', 'Selin', 'Tomas', 'Ursula', 'Viktor', 'Wanjiru', 'Yara', 'Zane', 'Aurelio', 'Brigitte', 'Cyrus', 'Dagny', 'Esteban',
  'Fatima', 'Gunnar', 'Helena', 'Ivo', 'Jasmin', 'Kenji', 'Lorenzo', 'Mireille', 'Nikolai', 'Odette', 'Pavel', 'Rania', 'Stellan',
];

export const SURNAMES = [
  'Albrecht', 'Barrow', 'Castellanos', 'Dunmore', 'Ekwueme', 'Falkner', 'Grasso', 'Halloran', 'Ibarra', 'Jansen', 'Kowalczyk',
  'Lindqvist', 'Moravec', 'Nakashima', 'Okonjo', 'Pereira', 'Quist', 'Rasmussen', 'Sandoval', 'Thorne', 'Urquhart', 'Valente',
  'Whitlock', 'Yilmaz', 'Zander', 'Achterberg', 'Brennan', 'Costa', 'Dragomir', 'Esposito', 'Fitzgerald', 'Gallo', 'Haddad',
  'Ivanova', 'Juarez', 'Kerrigan', 'Larsen', 'Mbeki', 'Novak', 'Orlov', 'Petrakis', 'Renner', 'Saarinen', 'Tanaka', 'Ulrich',
  'Varga', 'Weiss', 'Yamamoto', 'Zeller', 'Abernathy', 'Bellamy', 'Calloway', 'Desrosiers', 'Engström', 'Ferrante', 'Grieve',
  'Holloway', 'Ishikawa', 'Jovanović', 'Kessler', 'Lambrecht', 'Mansour', 'Nordin', 'Ostrowski', 'Pellegrini', 'Rowntree',
];

export const STATE_TITLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Trade Minister', 'Energy Minister',
  'deputy foreign minister', 'chief negotiator', 'government spokesperson', 'national security adviser', 'ambassador to the United Nations',
];

export const ORG_TITLES = ['chief executive of', 'spokesperson for', 'director of', 'secretary-general of', 'chair of', 'senior economist at'];

export const OUTLET_HEADS = [
  'Meridian', 'Northgate', 'Harborview', 'Ironbridge', 'Lakeshore', 'Continental', 'Atlas', 'Beacon', 'Granite', 'Silverline',
  'Crossroads', 'Highland', 'Keystone', 'Lantern', 'Mariner', 'Orchard', 'Pinecrest', 'Redwater', 'Summit', 'Tidewater',
];

export const OUTLET_TAILS = ['Post', 'Ledger', 'Dispatch', 'Wire', 'Herald', 'Monitor', 'Observer', 'Chronicle', 'Report', 'Review', 'Journal', 'Daily'];

export const ORG_HEADS = ['Northern', 'Atlantic', 'Pacific', 'Central', 'Eastern', 'Southern', 'Continental', 'Regional', 'Federal', 'Coastal', 'Inland', 'Allied'];
export const ORG_TOPICS = ['Energy', 'Grain', 'Shipping', 'Security', 'Trade', 'Health', 'Water', 'Rail', 'Steel', 'Fisheries', 'Mining', 'Aviation'];
export const ORG_KINDS = ['Council', 'Agency', 'Commission', 'Alliance', 'Authority', 'Consortium', 'Union', 'Forum', 'Federation', 'Board'];

export const PLACE_STARTS = ['Var', 'Kes', 'Dor', 'Mal', 'Ost', 'Bel', 'Tor', 'Sen', 'Lun', 'Ash', 'Cal', 'Brin', 'Hel', 'Mor', 'Zel', 'Tav'];
export const PLACE_ENDS = ['holm', 'ava', 'grad', 'mere', 'ford', 'ino', 'ara', 'stad', 'wick', 'ovo', 'enza', 'burg', 'ia', 'on'];
export const REGION_KINDS = ['region', 'valley', 'corridor', 'coast', 'basin', 'province', 'plateau'];

export const COMMODITIES = ['wheat', 'steel', 'natural gas', 'fertiliser', 'copper', 'rice', 'lithium', 'diesel', 'timber', 'semiconductors', 'cotton', 'coal'];

export const CATEGORIES = ['World', 'Europe', 'Asia', 'Americas', 'Africa', 'Middle East', 'Economy', 'Energy', 'Defense', 'Diplomacy', 'Trade'];

export const SENTIMENT = [
  [2, 'Bearish'], [3, 'Cautiously Bearish'], [4, 'Cautiously Bearish'], [5, 'Neutral'], [6, 'Cautiously Bullish'], [7, 'Bullish'],
] as const;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several'];

/** Adjectives for quotes: what supporters and opponents call a proposal. */
export const PRAISE = ['a sensible step', 'long overdue', 'very constructive', 'the right decision', 'a real opportunity', 'good for both sides'];
export const SCORN = ['totally false', 'completely unacceptable', 'a dangerous gamble', 'dead on arrival', 'reckless', 'a serious mistake'];
