import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventCandidate } from './candidate.js';
import { codeHand, type ActorSpec } from './hand-doc.js';
import { createCoder } from '../coder.js';

// The general coding rules (roles, reciprocity, domestic and located recipients, clause scope), each on
// hand-built mentions so that the test exercises the event coder alone.

function code(text: string, actors: ActorSpec[]): string[] {
  return codeHand(text, actors).events.filter((e) => !e.negated).map(summary);
}

function summary(e: EventCandidate): string {
  const t = e.target ? e.target.code ?? e.target.country : '-';
  return `${e.type}:${e.cameo} ${e.source.code ?? e.source.country}>${t}${e.reciprocal ? '~' : ''}`;
}

const types = (xs: string[]): string[] => xs.map((x) => x.replace(/:\d+ /, ' '));

test('a compound actor of a mutual verb with no recipient is reciprocal, whatever the governed act', () => {
  // "agreed ... that their countries should cooperate": the agreeing is mutual even though the governed
  // clause is not a recipient-taking act.
  assert.deepEqual(types(code('Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate on refugees.', [
    { text: 'Hungarian', country: 'HUN', kind: 'demonym', modifier: true },
    { text: 'Romanian officials', country: 'ROU', kind: 'sector', sector: 'GOV' },
  ])), ['AGREE HUN>ROU~']);
  assert.deepEqual(types(code('Israel and the Palestinians reached a consensus to exchange information on water.', [
    { text: 'Israel', country: 'ISR' }, { text: 'Palestinians', country: 'PSE', kind: 'demonym' },
  ])), ['AGREE ISR>PSE~']);
  // A one-sided act with a recipient stays one event per actor.
  assert.deepEqual(types(code('The United States and France condemned Russia.', [
    { text: 'United States', country: 'USA' }, { text: 'France', country: 'FRA' }, { text: 'Russia', country: 'RUS' },
  ])), ['ACCUSE USA>RUS', 'ACCUSE FRA>RUS']);
});

test('a title and a name found as two mentions are one member of a compound actor', () => {
  assert.deepEqual(types(code('Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov signed a treaty of friendship.', [
    { text: 'Libyan leader', country: 'LBY', kind: 'sector', sector: 'GOV' },
    { text: 'Muammar Gaddafi', country: 'LBY', kind: 'person', sector: 'GOV' },
    { text: 'Bulgarian President Todor Zhivkov', country: 'BGR', kind: 'person', sector: 'GOV' },
  ])), ['SUPPORT LBY>BGR~']);
});

test('the place of a concession, an aid delivery or a peacekeeping offer is its recipient', () => {
  // A relative clause on the place ("where ...") is not the object of the trigger.
  assert.deepEqual(types(code('Serbia lifted a night curfew in Montenegro where 28 people have been killed in riots.', [
    { text: 'Serbia', country: 'SRB' }, { text: 'Montenegro', country: 'MNE' }, { text: 'people', country: null, kind: 'sector', sector: 'CVL' },
  ])), ['CONCEDE SRB>MNE']);
  // The troops offered are the object of the trigger, not its recipient.
  assert.deepEqual(code('France is ready to contribute up to 4,000 troops to an international force in Liberia.', [
    { text: 'France', country: 'FRA' }, { text: 'troops', country: null, kind: 'sector', sector: 'MIL' }, { text: 'Liberia', country: 'LBR' },
  ]), ['AGREE:0334 FRA>LBR']);
  assert.deepEqual(types(code('Red Cross officials suspended aid deliveries in Iraq on Wednesday.', [
    { text: 'Red Cross officials', country: null, kind: 'org', org: 'ICRC', code: 'NGO' }, { text: 'Iraq', country: 'IRQ' },
  ])), ['SANCTION NGO>IRQ']);
});

test('an armed force arriving somewhere is a deployment, not a visit', () => {
  assert.deepEqual(code('NATO peacekeeping troops have arrived in Bosnia.', [
    { text: 'NATO', country: null, kind: 'org', org: 'NATO', code: 'IGO' }, { text: 'troops', country: null, kind: 'sector', sector: 'MIL' },
    { text: 'Bosnia', country: 'BIH' },
  ]), ['AID:074 IGO>BIH']);
  assert.deepEqual(code('Russian troops arrived in Belarus.', [
    { text: 'Russian troops', country: 'RUS', kind: 'sector', sector: 'MIL' }, { text: 'Belarus', country: 'BLR' },
  ]), ['MOBILIZE:154 RUS>BLR']);
  assert.deepEqual(types(code('The Japanese foreign minister arrived in Oslo.', [
    { text: 'Japanese foreign minister', country: 'JPN', kind: 'sector', sector: 'GOV' }, { text: 'Oslo', country: 'NOR', kind: 'metonym' },
  ])), ['CONSULT JPN>NOR']);
});

test('domestic recipients: a refusal in a one-country sentence, a concession located at home', () => {
  assert.deepEqual(types(code("Kenya's vice-president has declined to resign despite growing pressure.", [
    { text: "Kenya's vice-president", country: 'KEN', kind: 'person', sector: 'GOV' },
  ])), ['REJECT KEN>KEN']);
  // With another country in the sentence the recipient is unknown, not domestic.
  assert.deepEqual(types(code("Kenya's vice-president has declined to resign despite pressure from Britain.", [
    { text: "Kenya's vice-president", country: 'KEN', kind: 'person', sector: 'GOV' }, { text: 'Britain', country: 'GBR' },
  ])), ['REJECT KEN>-']);
  // A speech verb heading a longer trigger takes its object ("declared a state of siege in Haiti").
  assert.deepEqual(types(code('The military government declared a 30-day state of siege in Haiti on Saturday.', [
    { text: 'military government', country: null, kind: 'sector', sector: 'GOV' }, { text: 'Haiti', country: 'HTI' },
  ])), ['COERCE HTI>HTI']);
});

test('a state named as the object of its own actor is no recipient; a place is', () => {
  assert.deepEqual(types(code('Serbian President Vojislav Kostunica promised to democratize Serbia.', [
    { text: 'Serbian President Vojislav Kostunica', country: 'SRB', kind: 'person', sector: 'GOV' }, { text: 'Serbia', country: 'SRB' },
  ])), ['AGREE SRB>-']);
  assert.deepEqual(types(code('Turkish authorities imposed a curfew in southeastern Turkey.', [
    { text: 'Turkish authorities', country: 'TUR', kind: 'sector', sector: 'GOV' }, { text: 'Turkey', country: 'TUR' },
  ])), ['COERCE TUR>TUR']);
});

test('events in clauses of cause or prior time are background; simultaneous ones are events', () => {
  assert.deepEqual(types(code('North Korea expelled IAEA inspectors after U.S. officials alleged that the North had a uranium program.', [
    { text: 'North Korea', country: 'PRK' }, { text: 'IAEA', country: null, kind: 'org', org: 'IAEA', code: 'IGO' },
    { text: 'U.S. officials', country: 'USA', kind: 'sector', sector: 'GOV' },
  ])), ['SANCTION PRK>IGO']);
  const as = types(code('Japan and Norway agreed to raise their ties, as Japan hosted Norway for talks in Tokyo.', [
    { text: 'Japan', country: 'JPN' }, { text: 'Norway', country: 'NOR' }, { text: 'Japan', country: 'JPN', nth: 1 }, { text: 'Norway', country: 'NOR', nth: 1 },
  ]));
  assert.ok(as.includes('AGREE JPN>NOR~'), as.join(', '));
  assert.ok(as.some((x) => x.startsWith('CONSULT JPN>NOR')), as.join(', '));
});

test('an event noun modifying another noun names no event', () => {
  assert.deepEqual(types(code('The United States speeded up the withdrawal of some invasion forces from Panama.', [
    { text: 'United States', country: 'USA' }, { text: 'forces', country: null, kind: 'sector', sector: 'MIL' }, { text: 'Panama', country: 'PAN' },
  ])), ['RETREAT USA>PAN']);
});

test('an authority ordering a material act performs it; ordering anything else is a demand', () => {
  assert.deepEqual(types(code("Nicaragua's government ordered the opposition newspaper to suspend publication.", [
    { text: "Nicaragua's government", country: 'NIC', kind: 'sector', sector: 'GOV' },
    { text: 'opposition newspaper', country: 'NIC', kind: 'sector', sector: 'JRN' },
  ])), ['COERCE NIC>NIC']);
  assert.deepEqual(types(code('An Argentine judge has ordered the former president to appear for questioning.', [
    { text: 'Argentine judge', country: 'ARG', kind: 'sector', sector: 'JUD' }, { text: 'former president', country: 'ARG', kind: 'sector', sector: 'ELI' },
  ])), ['REQUEST ARG>ARG']);
});

test('cancelling a visit reduces relations (CAMEO 161); postponing one rejects a meeting', () => {
  assert.deepEqual(code('A French minister has cancelled a planned visit to Haiti.', [
    { text: 'French minister', country: 'FRA', kind: 'sector', sector: 'GOV' }, { text: 'Haiti', country: 'HTI' },
  ]), ['SANCTION:161 FRA>HTI']);
  assert.deepEqual(code('Blinken postponed a trip to China.', [
    { text: 'Blinken', country: 'USA', kind: 'person', sector: 'GOV' }, { text: 'China', country: 'CHN' },
  ]), ['REJECT:125 USA>CHN']);
});

test('an arrest that states its charge is also an accusation', () => {
  assert.deepEqual(types(code('A Canadian missionary was arrested in Lebanon for collaborating with Israel.', [
    { text: 'Canadian missionary', country: 'CAN', kind: 'sector', sector: 'REL' }, { text: 'Lebanon', country: 'LBN' }, { text: 'Israel', country: 'ISR' },
  ])), ['COERCE LBN>CAN', 'ACCUSE LBN>CAN']);
  assert.deepEqual(types(code('Russia detained an American reporter.', [
    { text: 'Russia', country: 'RUS' }, { text: 'American reporter', country: 'USA', kind: 'sector', sector: 'JRN' },
  ])), ['COERCE RUS>USA']);
});

test('roles: purpose objects, reflexive objects, reduced relatives, appositions after a list', () => {
  assert.deepEqual(types(code('Egyptian police opened fire to disperse demonstrators on Monday.', [
    { text: 'Egyptian police', country: 'EGY', kind: 'sector', sector: 'COP' }, { text: 'demonstrators', country: null, kind: 'sector', sector: 'CVL' },
  ])), ['ASSAULT EGY>EGY']);
  assert.deepEqual(types(code('Two Palestinian bombers blew themselves up in a market.', [
    { text: 'Palestinian bombers', country: 'PSE', kind: 'sector', sector: 'REB' },
  ])), []);
  assert.deepEqual(types(code("Israel's high court opened a hearing into interrogation techniques used against Palestinian detainees.", [
    { text: "Israel's high court", country: 'ISR', kind: 'sector', sector: 'JUD' }, { text: 'Palestinian detainees', country: 'PSE', kind: 'sector', sector: 'CVL' },
  ])), ['ACCUSE ISR>-']);
  assert.deepEqual(types(code('Al-Qaeda has threatened to strike the United States and Israel, a Saudi weekly reports.', [
    { text: 'Al-Qaeda', country: null, kind: 'org', org: 'AQ', code: 'IMG' }, { text: 'United States', country: 'USA' },
    { text: 'Israel', country: 'ISR' }, { text: 'Saudi', country: 'SAU', kind: 'demonym', modifier: true },
  ])), ['THREATEN IMG>USA', 'THREATEN IMG>ISR']);
});

test('clause scope: "once again" opens no clause, an attribution after a comma has its own subject', () => {
  assert.deepEqual(types(code('Bangladesh has once again rejected an Indian proposal.', [
    { text: 'Bangladesh', country: 'BGD' }, { text: 'Indian', country: 'IND', kind: 'demonym', modifier: true },
  ])), ['REJECT BGD>IND']);
  assert.deepEqual(types(code('Croatian authorities failed to protect the refugees, a newspaper charged on Wednesday.', [
    { text: 'Croatian authorities', country: 'HRV', kind: 'sector', sector: 'GOV' },
  ])), []);
});

test('a list of nouns does not close a relative clause; a blocked phrase is no governed act', () => {
  // "where ... blocked two boats carrying food, water and fuel to Filipino marines": the comma inside the
  // list does not end the clause, so the recipient is still in reach.
  assert.deepEqual(types(code('They met near the shoal, where Chinese vessels blocked two boats carrying food, water and fuel to Filipino marines.', [
    { text: 'Chinese vessels', country: 'CHN', kind: 'sector', sector: 'MIL' }, { text: 'Filipino marines', country: 'PHL', kind: 'sector', sector: 'MIL' },
  ])), ['PROTEST CHN>PHL']);
  // "return to" names no event (it is movement); the governed act is the dialogue (CAMEO 026).
  assert.deepEqual(code('Japan urged North Korea to return to dialogue.', [{ text: 'Japan', country: 'JPN' }, { text: 'North Korea', country: 'PRK' }]),
    ['REQUEST:026 JPN>PRK']);
});

test('coordinated noun phrases and foreign forces as recipients', () => {
  // "between an Israeli peace movement and the PLO": the demonym's noun phrase is one member of the pair.
  assert.deepEqual(types(code('King Hassan would be ready to host a meeting between an Israeli peace movement and the Palestine Liberation Organization.', [
    { text: 'King Hassan', country: 'MAR', kind: 'person', sector: 'GOV' }, { text: 'Israeli', country: 'ISR', kind: 'demonym', modifier: true },
    { text: 'Palestine Liberation Organization', country: 'PSE', kind: 'org', org: 'PLO' },
  ])), ['AGREE MAR>ISR', 'AGREE MAR>PSE']);
  // A regional force is not of the document's country, and no domestic recipient replaces it.
  assert.deepEqual(types(code('Ivory Coast rebels opposed the deployment of a regional peacekeeping force.', [
    { text: 'Ivory Coast rebels', country: 'CIV', kind: 'sector', sector: 'REB' }, { text: 'peacekeeping force', country: null, kind: 'sector', sector: 'MIL' },
  ])), ['REJECT CIV>-']);
});

test('counterfactuals did not happen; "from" is an origin unless the trigger takes it', () => {
  assert.deepEqual(code('It would have been the first visit to China by a U.S. secretary of state since 2018.', [
    { text: 'China', country: 'CHN' }, { text: 'U.S. secretary of state', country: 'USA', kind: 'person', sector: 'GOV' },
  ]), []);
  assert.deepEqual(code('Russia would have attacked Ukraine.', [{ text: 'Russia', country: 'RUS' }, { text: 'Ukraine', country: 'UKR' }]), []);
  assert.deepEqual(types(code('Russia has attacked Ukraine.', [{ text: 'Russia', country: 'RUS' }, { text: 'Ukraine', country: 'UKR' }])), ['ASSAULT RUS>UKR']);
  // Travelling "from" a summit: the summit's organisation is not the host.
  assert.deepEqual(types(code('Biden flew to Vietnam directly from the Group of 20 summit.', [
    { text: 'Biden', country: 'USA', kind: 'person', sector: 'GOV' }, { text: 'Vietnam', country: 'VNM' },
    { text: 'Group of 20', country: null, kind: 'org', org: 'G20', code: 'IGO' },
  ])), ['CONSULT USA>VNM']);
  // A withdrawal "from" a country: the country is the recipient.
  assert.deepEqual(types(code('Russia withdrew its troops from Georgia.', [
    { text: 'Russia', country: 'RUS' }, { text: 'troops', country: null, kind: 'sector', sector: 'MIL' }, { text: 'Georgia', country: 'GEO' },
  ])), ['RETREAT RUS>GEO']);
});

test('a place named as the object of an act stands for its country, a main-verb "have" takes talks', () => {
  assert.deepEqual(types(code('US artillery shelled Fallujah yesterday.', [
    { text: 'US artillery', country: 'USA', kind: 'sector', sector: 'MIL' },
  ])), ['ASSAULT USA>IRQ']);
  assert.deepEqual(types(code('Japan and Norway had talks in Oslo.', [{ text: 'Japan', country: 'JPN' }, { text: 'Norway', country: 'NOR' }])),
    ['CONSULT JPN>NOR~']);
  assert.deepEqual(types(code('Japan and Norway had a wide-ranging discussion.', [{ text: 'Japan', country: 'JPN' }, { text: 'Norway', country: 'NOR' }])),
    ['CONSULT JPN>NOR~'], 'a hyphenated modifier inside the trigger');
});

test('open questions and future-dated event nouns are not asserted events', () => {
  assert.deepEqual(code('The EU will decide in December whether to begin talks with Turkey.', [
    { text: 'EU', country: null, org: 'EU', code: 'IGO', kind: 'org' }, { text: 'Turkey', country: 'TUR' },
  ]), []);
  const planned = codeHand('Talks between Sudan and the rebels tomorrow could fail.', [
    { text: 'Sudan', country: 'SDN' }, { text: 'rebels', country: 'SDN', kind: 'sector', sector: 'REB' },
  ]).events;
  assert.ok(planned.every((e) => e.type !== 'CONSULT'), 'a meeting tomorrow is a plan');
});

test('the owner of a stance noun acts; the owner of a request is its recipient', () => {
  assert.deepEqual(types(code('The envoy conveyed American support for Belarus.', [
    { text: 'envoy', country: 'USA', kind: 'sector', sector: 'GOV' }, { text: 'American', country: 'USA', kind: 'demonym', modifier: true },
    { text: 'Belarus', country: 'BLR' },
  ])), ['SUPPORT USA>BLR']);
  assert.deepEqual(types(code('Yemen rejected a U.S. request to question detainees.', [
    { text: 'Yemen', country: 'YEM' }, { text: 'U.S.', country: 'USA', modifier: true },
  ])), ['REJECT YEM>USA']);
});

test('a speech act joined to a reported clause is the speaker\'s; an "as" phrase is no subject', () => {
  assert.ok(code('The United States declared that the violence amounted to genocide and urged the world to act.', [
    { text: 'United States', country: 'USA' },
  ]).some((x) => x.startsWith('REQUEST:') && x.includes('USA>')));
  assert.deepEqual(code('As strong NATO allies, they discussed trade.', [{ text: 'NATO', country: null, org: 'NATO', code: 'IGO', kind: 'org' }]), [],
    'NATO is what they are, not who discussed');
});

test('"called" a named leader is a phone call; "called" someone something is not', () => {
  const ppl = (a: string, b: string): ActorSpec[] => [
    { text: a, country: 'ISR', kind: 'person', sector: 'GOV' }, { text: b, country: 'ETH', kind: 'person', sector: 'GOV' },
  ];
  assert.deepEqual(types(code('President Rivlin called President Zewde on Friday.', ppl('President Rivlin', 'President Zewde'))), ['CONSULT ISR>ETH~']);
  assert.ok(!code('President Rivlin called President Zewde a friend.', ppl('President Rivlin', 'President Zewde')).some((x) => x.startsWith('CONSULT')));
});

test('a crowd without a country in a sentence naming several is of the place the report is filed from', () => {
  const coder = createCoder();
  const d = coder.code({ id: 'd', text: 'BAGHDAD (Reuters) - Militants said Tuesday that they had beheaded an American hostage and threatened a British captive, angering Washington and London.', published: '2004-10-10' });
  const behead = d.events.find((e) => e.type === 'ASSAULT');
  assert.ok(behead, JSON.stringify(d.events.map((e) => [e.type, e.source.text, e.source.country])));
  assert.equal(behead.source.country, 'IRQ');
  assert.equal(behead.source.certain, false);
  assert.equal(behead.target?.country, 'USA');
});

test('accidents and disasters kill without an attacker; an actor before them still attacks', () => {
  const coder = createCoder();
  const types = (text: string): string[] => coder.code({ id: 'x', text, published: '2004-10-10' }).events.map((e) => `${e.type} ${e.source.country}`);
  assert.deepEqual(types('Greek School Bus Crash Kills Seven, Injures 24.'), []);
  assert.deepEqual(types('A military plane crashed into a mountain in central Venezuela, killing 25 people.'), []);
  assert.deepEqual(types('Floods in Bangladesh killed 40 people.'), []);
  assert.ok(types('Gunmen in northern Iraq ambushed a convoy, killing three police officers.').some((t) => t.startsWith('ASSAULT')));
  assert.ok(types('Israeli troops killed two militants in Gaza.').includes('ASSAULT ISR'));
  assert.ok(types('Indian business leaders called for free trade with Pakistan.').some((t) => t.startsWith('REQUEST IND')), 'business voices still count');
});
