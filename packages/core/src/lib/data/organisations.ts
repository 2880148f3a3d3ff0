/**
 * What makes a capitalised name an organisation: legal-form suffixes ("Co., Ltd."), head words ("Group",
 * "University", "Bureau"), the standard party and government bodies of China and the best-known
 * international organisations, and the lower-case words allowed inside a name ("Bank of China").
 *
 * Source: company-law legal forms of China (有限公司 Co., Ltd., 股份有限公司 Co., Ltd./Corporation), Hong
 * Kong, Japan (K.K.), Korea, the US and Europe; the State Council's list of constituent departments and
 * directly affiliated agencies (2023 reform), the CPC and NPC/CPPCC structure, and the English names those
 * bodies use for themselves; the UN system and common regional organisations. Only national and standard
 * bodies are listed — never a particular company.
 */

import { ownNameLegislatures } from './legislatures.js'

/** Legal-form suffixes that end a company name, longest first ("Co., Ltd." before "Ltd."). */
// biome-ignore format: packed data
export const legalFormSuffixes: readonly string[] = [
  'Company Limited', 'Co., Ltd.', 'Co., Ltd', 'Co.,Ltd.', 'Co.,Ltd', 'Co. Ltd.', 'Co. Ltd', 'Co Ltd',
  'Pte. Ltd.', 'Pte Ltd', 'Pty Ltd', 'Sdn Bhd', 'Incorporated', 'Corporation', 'Limited', 'Company', 'L.L.C.',
  'S.p.A.', 'GmbH', 'Corp.', 'Corp', 'Inc.', 'Inc', 'Ltd.', 'Ltd', 'Co.', 'LLC', 'LLP', 'PLC', 'plc', 'AG',
  'SE', 'S.A.', 'SA', 'N.V.', 'NV', 'B.V.', 'BV', 'K.K.', 'KK', 'OJSC', 'PJSC', 'JSC',
]

/**
 * Two-word legal forms written with no space, which the parser keeps as one word ("Corvid Marine
 * Pte.Ltd.", "Rong Trading Co.Ltd."; "Co.,Ltd." it splits at the comma), and the form the name is given
 * with, so that both spellings name one company. Without the full stop the parser takes off at the end
 * of a sentence too.
 */
export const joinedLegalForms: ReadonlyMap<string, string> = new Map([
  ['Pte.Ltd.', 'Pte. Ltd.'],
  ['Pte.Ltd', 'Pte. Ltd.'],
  ['PTE.LTD.', 'PTE. LTD.'],
  ['Pty.Ltd.', 'Pty. Ltd.'],
  ['Pty.Ltd', 'Pty. Ltd.'],
  ['Co.Ltd.', 'Co., Ltd.'],
  ['Co.Ltd', 'Co., Ltd.'],
  ['CO.LTD.', 'CO., LTD.'],
  ['Sdn.Bhd.', 'Sdn. Bhd.'],
  ['Sdn.Bhd', 'Sdn. Bhd.'],
])

/**
 * One-word legal forms of Europe, Russia and South-East Asia that end a company name ("… Maschinenbau
 * GmbH", "… Meccanica S.p.A.", "… Kessel KG"), beside the English ones every rule knows ("Ltd.", "Inc.").
 * The Polish "Sp. z o.o." is three words; `body-heads.ts` reads it.
 */
// biome-ignore format: packed data
export const foreignLegalForms: ReadonlySet<string> = new Set([
  'AG', 'KG', 'KGaA', 'SE', 'B.V.', 'BV', 'N.V.', 'NV', 'S.A.', 'S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'S.L.',
  'S.A.S.', 'SAS', 'SARL', 'S.à r.l.', 'AB', 'AS', 'ASA', 'A/S', 'ApS', 'Oy', 'Oyj', 'K.K.', 'LLP', 'PLC',
  'plc',
  'JSC', 'PJSC', 'OJSC', 'CJSC', 'Bhd', 'Bhd.', 'Tbk', 'Ltda', 'Ltda.',
  // the Malaysian public company, written out ("Kenanga Permata Berhad") as often as cut ("… Bhd")
  'Berhad',
  // the Japanese company forms written out: "… Kabushiki Kaisha" (K.K.), "… Godo Kaisha", "… Yugen Kaisha"
  'Kaisha', 'Kabushiki-gaisha', 'Kabushiki-Gaisha',
  // Central and Eastern Europe, Turkey and Iberia, often in lower case: the Czech and Slovak "a.s."
  // and "s.r.o.", the Hungarian "Kft." and "Zrt.", the Croatian and Slovene "d.o.o.", the Turkish "A.Ş."
  'a.s.', 'A.S.', 's.r.o.', 'S.R.O.', 'Kft.', 'Kft', 'Zrt.', 'Zrt', 'Nyrt.', 'd.o.o.', 'd.d.', 'A.Ş.',
  'S.R.L.', 'SRL', 'S.L.U.', 'Lda.', 'OÜ',
  // the Portuguese and Macanese limited company, cut short or written out ("… Pescas Maré Alta, Limitada")
  'Lda', 'Limitada',
  // the French, Swiss and West African "SA" and the Algerian and Italian "SPA" written in capitals ("Korvan
  // Textiles SA", "Orsel Ciments SPA"); only after a name (`acronymLegalForms`), as "SPA" names an agency too
  'SA', 'SPA',
  // the Lithuanian and Latvian limited companies, after the name as well as before it ("Kalnų Mediena
  // UAB", "UAB Kalnų Mediena"; `balticPrefixForms`), and the Polish partnerships ("Wierzba Meble sp.k.")
  'UAB', 'SIA', 'sp.k.', 'Sp.k.', 'sp.j.', 'Sp.j.',
  // Egypt and the Arab world, with their full stops ("Sarafand Linen Spinning S.A.E."): the Egyptian and
  // Lebanese joint-stock companies, the Omani, Qatari, Bahraini, Kuwaiti and Emirati public companies, and
  // the Gulf's limited liability company (W.L.L.)
  'S.A.E.', 'S.A.L.', 'S.A.O.G.', 'S.A.O.C.', 'Q.P.S.C.', 'Q.S.C.', 'B.S.C.', 'K.S.C.', 'K.S.C.P.', 'P.J.S.C.',
  'W.L.L.',
  // the same Gulf forms as they are more often written, without full stops ("… Green Hydrogen SAOC"); not
  // the Emirati "PSC", which in news of ports is Port State Control ("the Xinbao PSC officers")
  'SAOC', 'SAOG', 'QPSC', 'QSC', 'BSC', 'KSC', 'KSCP', 'WLL', 'SAE', 'SAL',
  // the Emirati free-zone companies: the one-owner establishment and the company of several owners
  // ("… Marine Supplies FZE", "… Trading FZCO", "… Media FZ-LLC", "… Foods FZC")
  'FZE', 'FZCO', 'FZC', 'FZ-LLC',
  // Latin America: the Peruvian closed and open corporations and one-owner company, and the Mexican
  // investment and listed corporations ("… S.A.P.I. de C.V."; body-heads.ts reads "de C.V." and "S. de
  // R.L.")
  'S.A.C.', 'S.A.A.', 'E.I.R.L.', 'S.A.P.I.', 'S.A.B.',
])

/**
 * Trades a company named by an acronym is often called after ("KTL Semiconductor", "DMC Chemicals"); not
 * head words, since after an ordinary word they name the trade ("the Dalian Semiconductor industry").
 */
// biome-ignore format: packed data
export const industryWords: ReadonlySet<string> = new Set([
  'Semiconductor', 'Semiconductors', 'Chemical', 'Chemicals', 'Chem', 'Auto', 'Automotive', 'Energy',
  'Pharma', 'Biotech', 'Bio', 'Materials', 'Machinery', 'Robotics', 'Steel', 'Foods', 'Software',
  'Microelectronics', 'Aerospace', 'Marine', 'Petroleum', 'Petrochemical', 'Textiles', 'Optics', 'Display',
  'Power', 'Cables', 'Metals', 'Seafood',
])

/**
 * Legal forms written before the name ("PJSC Volna Terminal", "OOO Sever", "AO Kedr Avto"): Russian and
 * Central Asian companies, and the Indonesian limited company, Perseroan Terbatas ("PT Kelapa Surya Abadi").
 */
export const prefixLegalForms: ReadonlySet<string> = new Set([
  'PT',
  'PJSC',
  'OJSC',
  'CJSC',
  'JSC',
  'PAO',
  'OAO',
  'ZAO',
  'OOO',
  // the Russian and Kazakh joint-stock company ("AO Kedr Avto")
  'AO',
])

/**
 * Legal forms of the Baltic and Nordic countries written before the name as well as after it ("UAB Kalnų
 * Mediena", "SIA Vējš Koks", "AS Meretuul", "Oy Lumitalo"): Lithuanian, Latvian, Estonian, Swedish and
 * Finnish companies.
 */
export const balticPrefixForms: ReadonlySet<string> = new Set(['UAB', 'AB', 'AS', 'SIA', 'Oy'])

/**
 * Legal forms written before the name that are an English word in a heading in capitals as well ("PORTS
 * GROW TOO FAST"): the Kazakh limited partnership ("TOO Dala Astyk"), a form only before a name in mixed
 * case (`isPrefixForm`).
 */
export const wordPrefixForms: ReadonlySet<string> = new Set(['TOO'])

/**
 * Legal forms that are a body's acronym as often: "Officials from SIA" (an airline), "researchers from UAB"
 * (a university). Only a name before ("Vējš Koks SIA") or after ("SIA Vējš Koks") makes them a form.
 */
export const acronymLegalForms: ReadonlySet<string> = new Set(['UAB', 'SIA', 'SA', 'SPA'])

/** First words of two-word legal forms ("Pte. Ltd.", "Pty Ltd", "Sdn. Bhd."), as the parser splits them. */
// biome-ignore format: packed data
export const legalFormStarts: ReadonlySet<string> = new Set([
  'Pte', 'Pte.', 'Pty', 'Pty.', 'Sdn', 'Sdn.',
  // the South Asian private limited company ("… Spice Exports Pvt. Ltd.")
  'Pvt', 'Pvt.',
])

/**
 * Head words that end an organisation's name ("Ningbo Port Group", "Jilin Normal University",
 * "Municipal Bureau of Commerce" ends in "Bureau of …", see `organisationConnectors`).
 */
// biome-ignore format: packed data
export const organisationHeadWords: ReadonlySet<string> = new Set([
  // companies
  'Group', 'Holdings', 'Holding', 'Company', 'Corporation', 'Enterprise', 'Enterprises', 'Industries',
  'Industry', 'Bank', 'Securities', 'Insurance', 'Trust', 'Fund', 'Capital', 'Investment', 'Investments',
  'Partners', 'Ventures', 'Technology', 'Technologies', 'Electronics', 'Electric', 'Motor', 'Motors',
  'Pharmaceutical', 'Pharmaceuticals', 'Logistics', 'Shipping', 'Shipbuilding', 'Shipyard', 'Airlines',
  'Airline', 'Port', 'Airport', 'Railway', 'Railways', 'Telecom', 'Mobile', 'Media', 'Network', 'Networks',
  'Exchange', 'Factory', 'Works', 'Plant', 'Mill', 'Hotel', 'Hotels', 'Resorts', 'Consulting', 'Services',
  'Systems', 'Solutions',
  // a bank's or a company's office in a city, named with its "of" phrase ("Xinbao Branch of the Bank of …")
  'Branch', 'Sub-branch', 'Sub-Branch', 'Sub-council', 'Sub-Council',
  // education, research, health, culture
  'University', 'College', 'School', 'Faculty', 'Institute', 'Academy', 'Laboratory', 'Lab', 'Hospital', 'Clinic',
  // a named kindergarten is an institution as a school is ("the Xinbao No. 3 Kindergarten", 幼儿园)
  'Kindergarten', 'Preschool', 'Nursery',
  'Museum', 'Gallery', 'Library', 'Archives', 'Theatre', 'Theater', 'Orchestra', 'Troupe', 'Press', 'Daily',
  'News Agency',
  'Television', 'Radio', 'Station', 'Observatory',
  // associations
  'Association', 'Federation', 'Society', 'Foundation', 'Alliance', 'League', 'Union', 'Club', 'Chamber',
  'Chamber of Commerce', 'Organization', 'Organisation', 'Council', 'Consortium', 'Cooperative', 'Co-operative',
  'Chapter',
  // a merchants' or craftsmen's guild, a standing body of its trade ("the Kessel Rice Merchants Guild")
  'Guild',
  // government and party
  'Committee', 'Commission', 'Bureau', 'Department', 'Ministry', 'Administration', 'Office', 'Agency',
  'Authority', 'Customs', 'Government', "People's Government", "People's Congress", 'Congress', 'Parliament',
  'Assembly', 'Court', "People's Court", 'Procuratorate', "People's Procuratorate", 'Embassy', 'Consulate',
  // a region's or a country's trade office abroad ("the Trade Representation of the Kessel Republic in China")
  'Representation',
  'Consulate General', 'Consulate-General', 'Mission', 'Center', 'Centre', 'Party', 'CPPCC',
  // an army is named by its country or its cause ("the Soviet Red Army", "the Chinese People's Liberation
  // Army"); a mosque is run by its own committee and imam, like a temple's association
  'Army', 'Mosque',
  'Administrative Committee', 'Management Committee', 'Working Committee', 'Party Committee',
  'Party Working Committee', 'Standing Committee', 'Party Group', 'Secretariat', 'Team',
  // a standing command set up for a task ("the Flood Control and Drought Relief Headquarters")
  'Headquarters',
  // a party branch of a village, a community or a company ("Xiwan Village Party Branch")
  'Party Branch', 'General Party Branch',
  // a shipping company named as its line ("Korsak Shipping Line"), where a line alone is a route
  'Shipping Line',
  // police, fire and rescue units ("the Traffic Police Detachment of the Public Security Bureau")
  'Detachment', 'Brigade', 'Corps',
  // military bodies ("the Xinbao Garrison Command", "the Xinbao Military Sub-command", "the Northern
  // Theater Command"); "Military Region" is read in body-heads.ts
  'Command', 'Garrison', 'Sub-command', 'Sub-Command',
  // other countries' assemblies, by their own names ("the Sejm", "the Knesset"); those that are family
  // names too ("the State Duma", "the Verkhovna Rada") are heads only after their qualifier: body-heads.ts
  ...ownNameLegislatures,
  // the local governments of Central Asia, named by their region or city ("the Akimat of Kostanay Region",
  // "the Bukhara Region Khokimiyat")
  'Akimat', 'Akimiat', 'Khokimiyat', 'Khokimiyati', 'Hokimiyat', 'Hokimiyati', 'Hakimiyat',
])

/**
 * The fields a government department is in charge of, which a department's name lists with commas and a
 * final "and" ("the Commerce, Industry and Tourism Department", "the Bureau of Culture, Tourism and
 * Sports"); the last word of each field.
 */
// biome-ignore format: packed data
export const portfolioWords: ReadonlySet<string> = new Set([
  'Commerce', 'Industry', 'Trade', 'Tourism', 'Culture', 'Sports', 'Sport', 'Education', 'Science',
  'Technology', 'Health', 'Radio', 'Television', 'Film', 'Press', 'Publication', 'Publishing', 'Information',
  'Transport', 'Transportation', 'Communications', 'Agriculture', 'Forestry', 'Fisheries', 'Water',
  'Ecology', 'Environment', 'Housing', 'Construction', 'Planning', 'Land', 'Resources', 'Finance', 'Labour',
  'Labor', 'Employment', 'Youth', 'Women', 'Justice', 'Arts', 'Heritage', 'Innovation', 'Energy', 'Economy',
  'Investment', 'Welfare', 'Affairs', 'Development', 'Reform', 'Infrastructure', 'Aviation', 'Mining',
  'Security', 'Statistics', 'Taxation', 'Regulation', 'Supervision', 'Safety', 'Cooperation',
  // ports and the sea: "the Port and Logistics Bureau", "the Ocean and Fishery Bureau"
  'Port', 'Ports', 'Logistics', 'Shipping', 'Ocean', 'Oceans', 'Fishery',
])

/**
 * Body names that follow a place ("Shenyang Municipal Party Committee", "Hebei Provincial Government");
 * alone and capitalised ("the Municipal Government") they are generic.
 */
// biome-ignore format: packed data
export const localGovernmentBodies: readonly string[] = [
  'Municipal Party Committee', 'Provincial Party Committee', 'District Party Committee',
  'County Party Committee', 'Municipal Committee of the CPC', 'Provincial Committee of the CPC',
  'CPC Municipal Committee', 'CPC Provincial Committee', 'Municipal Government',
  "Municipal People's Government", 'Provincial Government', "Provincial People's Government",
  'District Government', "District People's Government", 'County Government', "County People's Government",
  'City Government', "Municipal People's Congress", "Provincial People's Congress",
  "Standing Committee of the Municipal People's Congress",
  "Standing Committee of the Provincial People's Congress", "Municipal People's Congress Standing Committee",
  'Municipal CPPCC', 'Provincial CPPCC', 'Municipal Committee of the CPPCC',
  'Provincial Committee of the CPPCC', 'CPPCC Municipal Committee', 'CPPCC Provincial Committee',
  'Municipal Commission for Discipline Inspection', 'Provincial Commission for Discipline Inspection',
  'Municipal Supervisory Commission', 'Municipal Development and Reform Commission',
  'Municipal Bureau of Commerce', 'Municipal Commerce Bureau', 'Municipal Foreign Affairs Office',
  'Municipal Public Security Bureau', "Municipal Intermediate People's Court",
  "Municipal People's Procuratorate", 'Municipal Federation of Industry and Commerce',
  'Administrative Committee', 'Management Committee', 'Party Working Committee',
]

/** Standard national bodies of China and well-known international organisations, with their abbreviations. */
// biome-ignore format: packed data
export const nationalBodies: readonly string[] = [
  // party
  'Communist Party of China', 'CPC', 'Chinese Communist Party', 'CCP', 'CPC Central Committee',
  'Central Committee of the Communist Party of China', 'Central Committee of the CPC',
  'Political Bureau of the CPC Central Committee', 'Central Commission for Discipline Inspection', 'CCDI',
  'Central Military Commission', 'Communist Youth League of China', 'Communist Youth League',
  // state
  'State Council', "National People's Congress", 'NPC', 'NPC Standing Committee',
  "Standing Committee of the National People's Congress",
  "Chinese People's Political Consultative Conference", 'CPPCC', 'CPPCC National Committee',
  'National Supervisory Commission', "Supreme People's Court", "Supreme People's Procuratorate",
  'Ministry of Foreign Affairs', 'Ministry of National Defense', 'National Development and Reform Commission',
  'NDRC', 'Ministry of Education', 'Ministry of Science and Technology',
  'Ministry of Industry and Information Technology', 'MIIT', 'National Ethnic Affairs Commission',
  'Ministry of Public Security', 'Ministry of State Security', 'Ministry of Civil Affairs',
  'Ministry of Justice', 'Ministry of Finance', 'Ministry of Human Resources and Social Security',
  'Ministry of Natural Resources', 'Ministry of Ecology and Environment',
  'Ministry of Housing and Urban-Rural Development', 'Ministry of Transport', 'Ministry of Water Resources',
  'Ministry of Agriculture and Rural Affairs', 'Ministry of Commerce', 'MOFCOM',
  'Ministry of Culture and Tourism', 'National Health Commission', 'Ministry of Veterans Affairs',
  'Ministry of Emergency Management', "People's Bank of China", 'PBOC', 'National Audit Office',
  'State-owned Assets Supervision and Administration Commission', 'SASAC',
  'General Administration of Customs', 'State Taxation Administration',
  'State Administration for Market Regulation', 'National Financial Regulatory Administration',
  'China Securities Regulatory Commission', 'CSRC', 'National Bureau of Statistics',
  'National Energy Administration', 'State Administration of Foreign Exchange',
  'Civil Aviation Administration of China', 'National Data Administration',
  'China National Intellectual Property Administration', 'State Council Information Office',
  'Hong Kong and Macao Affairs Office', 'Taiwan Affairs Office', 'Chinese Academy of Sciences',
  'Chinese Academy of Engineering', 'Chinese Academy of Social Sciences', 'Xinhua News Agency',
  'China Council for the Promotion of International Trade', 'CCPIT',
  'All-China Federation of Industry and Commerce', 'All-China Federation of Trade Unions',
  "All-China Women's Federation", 'Export-Import Bank of China', 'China Development Bank',
  // international
  'United Nations', 'UN', 'World Trade Organization', 'WTO', 'World Bank', 'International Monetary Fund',
  'IMF', 'World Health Organization', 'WHO', 'UNESCO', 'UNDP', 'UNIDO', 'Asian Development Bank', 'ADB',
  'Asian Infrastructure Investment Bank', 'AIIB', 'New Development Bank',
  'Association of Southeast Asian Nations', 'ASEAN', 'Asia-Pacific Economic Cooperation', 'APEC',
  'Shanghai Cooperation Organization', 'SCO', 'BRICS', 'G20', 'Group of 20', 'G7', 'European Union', 'EU',
  'European Commission', 'OECD', 'World Economic Forum', 'WEF', 'African Union',
  'Japan External Trade Organization', 'JETRO', 'Korea Trade-Investment Promotion Agency', 'KOTRA',
  // UN agencies and the energy bodies, by their acronyms, which name them as modifiers too ("FAO guidelines")
  'UNICEF', 'UNEP', 'UNHCR', 'UNCTAD', 'FAO', 'ILO', 'IAEA', 'WIPO', 'ICAO', 'WFP', 'UNWTO', 'WMO', 'IEA',
  'IRENA', 'OPEC', 'NATO', 'Interpol', 'INTERPOL', 'World Customs Organization', 'WCO',
  // sports federations, which an article names as modifiers ("meets FIFA standards", "a World Athletics
  // Gold Label race"); not "AFC", which is also an alkaline fuel cell
  'FIFA', 'UEFA', 'International Olympic Committee', 'IOC', 'Olympic Council of Asia', 'OCA',
  'International Paralympic Committee', 'World Athletics', 'World Aquatics', 'World Rugby', 'World Sailing',
  'World Triathlon', 'World Archery', 'Asian Football Confederation', 'FIBA', 'FIVB', 'FINA', 'ITTF', 'BWF',
  'FISU', 'FIS', 'ISU', 'UCI', 'FIA',
  // other countries' central banks, named in news on rates and exchange rates
  'Federal Reserve', 'US Federal Reserve', 'U.S. Federal Reserve', 'Federal Reserve System',
  'Federal Reserve Board', 'European Central Bank', 'ECB', 'Bank of Japan', 'Bank of England',
  'Bank of Korea', 'Bank of Russia', 'Reserve Bank of India', 'Swiss National Bank',
  // stock exchanges whose names end in no head word ("listed on Euronext Paris", "on the NASDAQ")
  'NASDAQ', 'Euronext Amsterdam', 'Euronext Brussels', 'Euronext Dublin',
  'Euronext Lisbon', 'Euronext Milan', 'Euronext Oslo', 'Euronext Paris',
  // assemblies named by a word of their own ("the Knesset voted"), see the head words
  ...ownNameLegislatures,
]

/**
 * Lower-case words that may stand inside an organisation's name ("Bank of China", "Ministry of Industry
 * and Information Technology", "Chamber of Commerce for Import & Export"); "the" only after "of".
 */
export const organisationConnectors: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', '&', 'on'])

// The head words of foreign bodies' names that come first, in a module of their own.
export { headFirstEnglish, headFirstParticles, headFirstWords } from './head-first-words.js'
