/**
 * The country of an actor and of the story: demonyms, capitals, venues and datelines, states no
 * gazetteer knows, and the story's country when nothing names one.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  actorsOf,
  analyzeText,
  entityMatching as entity,
  eventsOfType,
  eventSummaries,
  eventTold,
  holding,
  named,
  participantCodes as parties,
  eventDetails as events,
  profileOf,
  entityNamed as entityOf,
  eventModes,
} from './helpers.js';

const run = analyzeText;

const told = eventTold;

test('a party of no stated country is of the one country whose parties the text names', () => {
  const entities = actorsOf(
    [
      'Le chef du Parti travailliste a rompu mardi les discussions avec le Likoud.',
      'A Ramallah, à Naplouse et à Jénine, les responsables palestiniens ont dénoncé la colonisation.',
      'Le négociateur palestinien a rencontré des diplomates palestiniens à Gaza et à Hébron.',
    ].join(' '),
    'fr',
  );
  const leader = profileOf(entities, 'chef du Parti travailliste');
  assert.deepEqual([leader.country, leader.sector], ['ISR', 'PTY']);
});

test("an unnamed newspaper is of the story's country", () => {
  const entities = actorsOf(
    "Kenya's interior ministry on Monday ordered the opposition newspaper to stop printing, and police in Nairobi seized copies.",
    'en',
  );
  assert.equal(profileOf(entities, 'newspaper').country, 'KEN');
});

test('a definite plural police group of the story is kept without a stated country', () => {
  const entities = actorsOf(
    'Une rixe a éclaté samedi soir près de la gare de Vesoul. Les gendarmes ont interpellé trois hommes.',
    'fr',
  );
  const police = profileOf(entities, 'Les gendarmes');
  assert.deepEqual([police.country, police.sector], ['FRA', 'COP']);
});

test('a counted plural of state bodies belongs to no single country', () => {
  const entities = actorsOf(
    'Chile and Peru signed a fisheries accord in Lima on Tuesday, the two governments announced.',
    'en',
  );
  const e = holding(entities, 'the two governments');
  assert.equal(e.country, null);
  assert.equal(e.sector, 'GOV');
});

test('a body named right after its state is that state’s', () => {
  const entities = actorsOf(
    'Flooding closed roads across Nepal on Sunday. In Kathmandu, the British Embassy said it was ' +
      'helping two stranded climbers, and the U.S. Embassy urged citizens to avoid travel.',
    'en',
  );
  assert.equal(holding(entities, 'Embassy').country, 'USA');
});

test('the dateline settles a tie between the story’s countries', () => {
  const entities = actorsOf(
    'YEREVAN, March 3 (AP) — Armenian farmers protested on Friday over imports from France. ' +
      'In Paris, exporters said the quotas would stay. The government said it would review the deal.',
    'en',
  );
  assert.equal(holding(entities, 'The government').country, 'ARM');
});

test('a place named like a state the story made an actor is that state', () => {
  const entities = actorsOf(
    "Georgia's parliament approved a budget on Monday, officials in Tbilisi said. In Atlanta, a " +
      'trade group said it was watching the situation in Georgia. The government said the budget ' +
      'was balanced.',
    'en',
  );
  assert.equal(holding(entities, 'The government').country, 'GEO');
});

test("a possessive pronoun gives a body its owner from the clause's subject", () => {
  const entities = actorsOf(
    'German police arrested two sailors in Hamburg on Friday. Brazilian President Luiz Inacio Lula da Silva said his office had asked Berlin for details.',
    'en',
  );
  const office = named(entities, 'his office');
  assert.ok(office);
  assert.equal(office.country, 'BRA');
});

test('a demonym of several words inside a phrase gives its country', () => {
  const doc = run('Hackers attacked the phones of South Korean navy officers.', 'en');
  assert.deepEqual(parties(told(doc, 'attacked').recipients), ['KOR/MIL']);
});

test('a phrase that is only a demonym shares the noun of its conjunct', () => {
  const doc = run('Troops have tortured hundreds of Sierra Leonean and Malian refugees.', 'en');
  assert.deepEqual(parties(told(doc, 'tortured').recipients), ['SLE/REF', 'MLI/REF']);
});

test('a capital addressed stands for its state', () => {
  const doc = run(
    'The foreign minister condemned the raid and called on Nairobi to apologise.',
    'en',
  );
  assert.deepEqual(parties(told(doc, 'called').recipients), ['KEN/GOV']);
});

test('demonyms the parser made a subject of their own qualify the subject noun after them', () => {
  const doc = run(
    "Sudanese and Nigerien officials held talks with Chadian envoys in N'Djamena on Monday.",
    'en',
  );
  assert.deepEqual(parties(told(doc, 'talks').actors), ['SDN/GOV', 'NER/GOV']);
});

test('a capital after a marker that also says where is a place', () => {
  const met = run('Le ministre a rencontré brièvement jeudi à Nairobi son homologue kényan.', 'fr');
  assert.equal(told(met, 'rencontré').place?.text, 'Nairobi');
});

test('conjoined demonyms read as names give one country each', () => {
  const doc = run('Tunisian and Algerian ministers held talks with Libyan envoys in Tunis.', 'en');
  assert.deepEqual(parties(told(doc, 'talks').actors), ['TUN/GOV', 'DZA/GOV']);
});

test('a common noun with no country of its own takes the country of the story’s demonyms', () => {
  const doc = run(
    'Striking dockers blocked the port to demand the resignation of the Kenyan transport minister.',
    'en',
  );
  assert.deepEqual(parties(told(doc, 'blocked').actors), ['KEN/LAB']);
});

test('a state body of a country no gazetteer knows has no country, nor have its people', () => {
  const countries = (text: string, lang: string) =>
    (analyzeText(text, lang).events ?? []).flatMap((e) => e.actors.map((p) => p.country));
  assert.deepEqual(
    countries(
      'Envoys of the government of Tarvonia signed a truce with the rebels in Geneva on Monday.',
      'en',
    ),
    [null],
  );
  assert.deepEqual(
    countries(
      'Le gouvernement de la Tarvonie a signé mardi à Genève une trêve avec les rebelles.',
      'fr',
    ),
    [null, null],
  );
});

test('an unknown demonym built on a name of the text gives its body no country, and the story none', () => {
  const text =
    "En Varnosie, le gouvernement varnosien et les rebelles du Front de l'Aube ont signé jeudi une trêve.";
  assert.equal(entity(text, 'fr', /gouvernement varnosien/).country, null);
  // Unknown places and the outlet's language make no French story of it.
  assert.equal(entity(text, 'fr', /rebelles/).country, null);
  // Away from a state body, the demonym needs the name it is built on.
  const envoy =
    "En Varnosie, les rebelles ont attaqué un convoi. L'émissaire varnosien a démenti jeudi.";
  assert.equal(entity(envoy, 'fr', /émissaire/).country, null);
});

test('the venue of talks is no country of their unnamed parties', () => {
  const [meeting] = events('Both sides met in Geneva on Monday.', 'en');
  assert.equal(meeting.type, 'CONSULT');
  assert.deepEqual(
    meeting.actors.map((p) => p.country),
    [null],
  );
  const [agreement] = events(
    'Negotiators for both sides agreed on a 60-day truce at talks in Geneva on Monday.',
    'en',
  );
  assert.equal(agreement.type, 'AGREE');
  assert.equal(agreement.actors[0].country, null);
});

test('the venue of talks is no country of the story', () => {
  const release = events(
    'Negotiators for both sides agreed on a truce at talks in Geneva on Monday. Both sides will release prisoners next week.',
    'en',
  ).find((e) => e.triggers.includes('release'));
  assert.ok(release);
  assert.deepEqual(
    release.recipients.map((p) => p.country),
    [null],
  );
});

test('a state named in an actor’s phrase is no country of the story', () => {
  const [attack] = events(
    'The U.S. envoy said soldiers had shelled three villages overnight.',
    'en',
  );
  assert.equal(attack.type, 'ASSAULT');
  assert.deepEqual(
    attack.recipients.map((p) => p.country),
    [null],
  );
});

test('a story of a state no gazetteer knows takes no country from the demonyms of its guests', () => {
  const attack = events(
    'The government of Drellia hosted Sudanese officials on Monday. Gunmen later attacked a convoy of traders.',
    'en',
  ).find((e) => e.type === 'ASSAULT');
  assert.ok(attack);
  assert.deepEqual(
    attack.actors.map((p) => p.country),
    [null],
  );
});

test('a nationality word no list knows right beside a state body names an unknown state', () => {
  const text = 'The Ostravan government closed its embassy in Nairobi on Monday.';
  assert.equal(entity(text, 'en', /government/).country, null);
});

test('an attack only a demonym attributes is by unidentified armed forces of that country', () => {
  const [attack] = events(
    'Deux soldats ont été blessés dans une embuscade tchadienne près de Bol.',
    'fr',
  );
  assert.equal(attack.type, 'ASSAULT');
  assert.deepEqual(attack.actors, [{ text: 'tchadienne', country: 'TCD', sector: 'UAF' }]);
});

test('an air strike or a shelling only a demonym attributes is by that state’s military', () => {
  const [shelling] = events('Russian shelling destroyed a hospital.', 'en');
  assert.equal(shelling.type, 'ASSAULT');
  assert.deepEqual(shelling.actors, [{ text: 'Russian', country: 'RUS', sector: 'MIL' }]);
  // The French demonym adjective stands for its state, not for people of that nationality.
  const [raid] = events('Les bombardements russes ont détruit un hôpital.', 'fr');
  assert.deepEqual(raid.actors, [{ text: 'russes', country: 'RUS', sector: 'MIL' }]);
  // What the attack hits is not of the attacker's country.
  assert.deepEqual(raid.recipients, [{ text: 'un hôpital', country: null, sector: 'MED' }]);
  // A state named as a modifier of the attack's noun attacks with its forces; a state where
  // strikes hit does not.
  const strikes = told(run('US air strikes killed dozens of militants in Yemen.', 'en'), 'strikes');
  assert.deepEqual(parties(strikes.actors), ['USA/MIL']);
  const where = told(run('Air strikes in Syria killed twenty people.', 'en'), 'strikes');
  assert.deepEqual(parties(where.actors), ['SYR/UAF']);
});

test('an intergovernmental body naming what a quantity counts gives its code', () => {
  const left = told(
    run('Hundreds of UN peacekeepers pulled out of the border town on Monday.', 'en'),
    'pulled',
  );
  assert.deepEqual(parties(left.actors), ['UNO/MIL']);
  // With no "of", the body's forces acting as the subject are one group all the same.
  for (const text of [
    'UN peacekeepers pulled out of the border town on Monday.',
    'Several hundred UN peacekeepers pulled out of the border town on Monday.',
  ])
    assert.deepEqual(parties(told(run(text, 'en'), 'pulled').actors), ['UNO/MIL'], text);
});

test('a nationality word of two countries is of the one the story names, else of the first listed', () => {
  const uganda = told(
    run('Congolese gunmen ambushed a convoy in western Uganda.', 'en'),
    'ambushed',
  );
  assert.deepEqual(
    parties(uganda.actors).map((p) => p.split('/')[0]),
    ['COD'],
  );
  const brazzaville = told(
    run('Congolese gunmen ambushed a convoy near Brazzaville.', 'en'),
    'ambushed',
  );
  assert.deepEqual(
    parties(brazzaville.actors).map((p) => p.split('/')[0]),
    ['COG'],
  );
});

test('a state joined to a backing participle backs the group: no nationality, no story country', () => {
  const shelled = told(
    run('Russian-backed separatists shelled a school in Donetsk.', 'en'),
    'shelled',
  );
  assert.deepEqual(parties(shelled.actors), ['UKR/REB']);
  const attack = told(run('US-backed rebels attacked an army post near Aleppo.', 'en'), 'attacked');
  assert.deepEqual(parties(attack.actors), ['SYR/REB']);
  // The participle tells no support of its own.
  assert.deepEqual(
    eventsOfType('US-backed rebels attacked an army post near Aleppo.', 'en', 'SUPPORT'),
    [],
  );
  // Who leads a coalition is its state.
  const bombed = told(run('A Saudi-led coalition bombed Sanaa on Monday.', 'en'), 'bombed');
  assert.equal(bombed.actors[0].country, 'SAU');
});

test('a town smaller than any capital does not stand for its state as a subject', () => {
  // "Tara", a town of Russia, as the recogniser's place: no Russian government rejects.
  assert.deepEqual(
    parties(told(run('Tara rejected the offer on Monday.', 'en'), 'rejected').actors),
    [],
  );
  // A capital still does.
  assert.deepEqual(
    parties(told(run('Moscow rejected the offer on Monday.', 'en'), 'rejected').actors),
    ['RUS/GOV'],
  );
  // A public figure the shipped dictionary knows by that name acts as the figure, and the
  // town gives the story no country.
  const doc = run(
    'Obama rejected the offer on Monday. The police arrested two men.',
    'en',
    '2012-05-02',
  );
  assert.deepEqual(parties(told(doc, 'rejected').actors), ['USA/GOV']);
  assert.deepEqual(parties(told(doc, 'arrested').actors), ['null/COP']);
});

test('people named by their trade and a demonym give the other side of the act no country', () => {
  const arrest = told(run('Police arrested two German journalists on Monday.', 'en'), 'arrested');
  assert.deepEqual(parties(arrest.actors), ['null/COP']);
  assert.deepEqual(parties(arrest.recipients), ['DEU/JRN']);
  // Civilians so named are of the story's state.
  const attack = told(run('Gunmen killed two Iraqi youths on Sunday.', 'en'), 'killed');
  assert.deepEqual(parties(attack.actors), ['IRQ/UAF']);
  // Nor are they the story's country the actor layer gives a state body it names.
  const held = told(
    run('La police a interpellé trois photographes italiens samedi.', 'fr'),
    'interpellé',
  );
  assert.ok(!parties(held.actors).includes('ITA/COP'));
});

test('people a meeting is between are of no one country the text does not give', () => {
  const countryOf = (text: string, lang: string, trigger: string, phrase: string) =>
    told(run(text, lang), trigger).actors.find((p) => p.text === phrase)?.country;
  const fr =
    'À Lima, le ministre péruvien a annoncé une réunion technique entre experts la semaine prochaine.';
  assert.equal(countryOf(fr, 'fr', 'réunion', 'experts'), null);
  const en =
    'In Lima, the Peruvian minister announced a technical meeting between experts next week.';
  assert.equal(countryOf(en, 'en', 'meeting', 'experts'), null);
});

test('a place where talks are held gives the story no country', () => {
  const text =
    'Le gouvernement morvanien et ses opposants ont entamé mardi à Vienne des pourparlers. Les pourparlers à Vienne doivent durer trois jours. La coalition réclame des élections.';
  assert.equal(entity(text, 'fr', /coalition/).country, null);
});

test('a name taken up by "its" is an organisation of the state its apposition names', () => {
  const text =
    'Airbus trimmed its forecast on Friday. Boeing, its U.S. competitor, will report results next week.';
  const boeing = entity(text, 'en', /^Boeing$/);
  assert.equal(boeing.type, 'organisation');
  assert.equal(boeing.country, 'USA');
});

test('a role telling a country takes up the one named person of its gender, not the story’s country', () => {
  const entities = actorsOf(
    'Mme Carmen Olivares et M. Kenji Sato se sont vus à Oslo. La ministre péruvienne a demandé à son homologue un calendrier. Le ministre a refusé.',
    'fr',
  );
  const olivares = entityOf(entities, 'Carmen Olivares');
  assert.equal(olivares.country, 'PER');
  assert.ok(olivares.mentions.some((m) => m.text === 'La ministre péruvienne'));
});

test('a counterpart of no stated country is never its possessor’s', () => {
  const entities = actorsOf(
    'La ministre péruvienne a demandé à son homologue un calendrier pour la reprise des livraisons.',
    'fr',
  );
  assert.equal(entityOf(entities, 'La ministre péruvienne').country, 'PER');
  assert.notEqual(entityOf(entities, 'son homologue').country, 'PER');
});

test('a region’s adjective tells no one country: not the story’s either', () => {
  const entities = actorsOf(
    'Selon un diplomate européen, le gouvernement kényan prépare un accord avec les éleveurs.',
    'fr',
  );
  assert.equal(entityOf(entities, 'diplomate européen').country, null);
  assert.equal(entityOf(entities, 'gouvernement kényan').country, 'KEN');
  const en = actorsOf('A European diplomat said the Kenyan government was preparing a deal.', 'en');
  assert.equal(entityOf(en, 'European diplomat').country, null);
});

describe('events with their mode and participants’ countries', () => {
  const events = eventModes;

  test('a dateline the gazetteer knows is only where a story of an unknown state is filed from', () => {
    const text =
      'NAIROBI (Coastline Wire) - The Tessarian government freed 40 prisoners on Friday. The army said it had withdrawn from two villages.';
    assert.equal(entity(text, 'en', /^The army$|^army$/).country, null);
    const [release] = events(text, 'en').filter((e) => e.type === 'RETREAT');
    assert.deepEqual(
      release.recipients.map((p) => p.country),
      [null],
    );
  });

  test('a demonym before adjectives on a title is the title holder’s country', () => {
    const text =
      'On Friday, Kenyan junior foreign minister Otieno Kamau summoned Uganda’s ambassador to protest the raids.';
    const summons = events(text, 'en').find((e) => e.triggers.includes('summoned'));
    assert.ok(summons);
    assert.deepEqual(
      summons.actors.map((p) => p.country),
      ['KEN'],
    );
  });
});

describe('event summaries (eventSummaries)', () => {
  const events = eventSummaries;

  test('an ethnic group is of the country where it is, not of its demonym', () => {
    const march = events(
      'Several thousand ethnic Hungarians marched in Romania on Sunday to demand language rights.',
      'en',
    ).find((e) => e.type === 'PROTEST');
    assert.ok(march);
    assert.deepEqual(
      march.actors.map((p) => p.country),
      ['ROU'],
    );
  });
});

test('with no place nor demonym, the state whose government acts is the story’s', () => {
  const [concession] = eventsOfType(
    'The Nepal government accepted demands from Maoist rebels on Tuesday.',
    'en',
    'CONCEDE',
  );
  assert.equal(concession.recipients[0]?.country, 'NPL');
  // A state named in another actor's phrase still tells no country of the story.
  const [attack] = eventsOfType(
    'The U.S. envoy said soldiers had shelled three villages.',
    'en',
    'ASSAULT',
  );
  assert.deepEqual(
    attack.recipients.map((p) => p.country),
    [null],
  );
});

test('unknown small places count for the language’s news country only as much as one town', () => {
  // a French-language story of a Czech minister, told with villages the gazetteer lacks
  const text =
    'Le ministre de la Santé, Pavel Dvorak, a dîné mercredi à Zbraslavka. Il avait dormi à ' +
    'Lhotovice, déjeuné à Dubrichy, visité une usine à Kosatka, une école à Vranovec et une ' +
    'ferme à Mrakotin. Les quotidiens tchèques Blesk et Pravo ont révélé l’affaire, et Prague a ' +
    'demandé sa démission à Brno.';
  assert.equal(profileOf(actorsOf(text, 'fr'), 'Pavel Dvorak').country, 'CZE');
  // a French village story stays French
  const village =
    "Le maire de Kervennec, Yann Le Goff, a inauguré l'école de Lanvézec et de Plouzanec.";
  assert.equal(profileOf(actorsOf(village, 'fr'), 'Yann Le Goff').country, 'FRA');
});

test('a town of a country nothing else names counts little, however often it is repeated', () => {
  // « Monsanto », the company, is also a Portuguese town: three uses do not make the story Portuguese
  const text =
    'La firme Bayer, propriétaire de Monsanto, a été condamnée lundi aux Etats-Unis. Monsanto ' +
    'vendait à la fois les semences et le désherbant. Pour Monsanto, le jugement est injuste, a ' +
    'déclaré la porte-parole du groupe.';
  assert.equal(profileOf(actorsOf(text, 'fr'), 'Bayer').country, 'USA');
  // two towns of one country are that country's story, though the text never names it
  const towns =
    'Le ministre de la Culture a visité lundi un musée à Coimbra, puis une école à Braga.';
  assert.equal(profileOf(actorsOf(towns, 'fr'), 'Le ministre de la Culture').country, 'PRT');
});
