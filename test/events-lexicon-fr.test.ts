/**
 * The French trigger lexicon (lang/fr/events.json), session 4: French news equivalents of the
 * English vocabulary added by PLOVER type and CAMEO category (verbs, nouns, senses selected by
 * their object, subject or a dependent word), one original sentence per entry.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, testTriggerTypes } from './helpers.js';

const run = (text: string) => analyzeText(text, 'fr', '2024-05-10');

/** [sentence, trigger, PLOVER type, mode or null when any]. */
const CASES: [string, string, string, string | null][] = [
  [
    "Les deux voisins ont réglé leur différend frontalier lors d'une rencontre à Genève.",
    'réglé',
    'AGREE',
    null,
  ],
  ["Le chef rebelle s'est réconcilié avec le gouvernement de Bamako.", 'réconcilié', 'AGREE', null],
  ['Le premier ministre a proposé une trêve aux séparatistes.', 'proposé une trêve', 'AGREE', null],
  [
    'Le président français a tenu mardi une visioconférence avec le chancelier allemand.',
    'visioconférence',
    'CONSULT',
    'phone',
  ],
  ['Les deux ministres ont échangé leurs vues sur la crise au Sahel.', 'échangé', 'CONSULT', null],
  [
    'Le gouvernement a organisé une table ronde avec les syndicats agricoles.',
    'table',
    'CONSULT',
    'multilateral',
  ],
  [
    'Des soldats et des contrebandiers ont échangé des tirs près de la frontière.',
    'échangé',
    'ASSAULT',
    'firearms',
  ],
  [
    'Un échange de tirs a opposé la police à un groupe armé dans la nuit de lundi.',
    'échange de tirs',
    'ASSAULT',
    'firearms',
  ],
  ['Samedi, Moscou et Kiev ont échangé des prisonniers.', 'échangé', 'RETREAT', 'release'],
  [
    "Les belligérants ont procédé à un échange de prisonniers sous l'égide de la Croix-Rouge.",
    'échange de prisonniers',
    'RETREAT',
    'release',
  ],
  [
    'Les services de renseignement des deux pays ont échangé des informations sur le réseau.',
    'échangé',
    'COOPERATE',
    null,
  ],
  [
    'La police a dispersé les manifestants à coups de gaz lacrymogène.',
    'dispersé',
    'ASSAULT',
    'crowd-control',
  ],
  ["L'armée a mené une incursion dans le sud du Liban.", 'incursion', 'ASSAULT', null],
  ['Des militants ont saboté une ligne ferroviaire près de Lyon.', 'saboté', 'ASSAULT', 'destroy'],
  ['Des émeutiers ont mis le feu à la mairie de la commune.', 'mis le feu', 'ASSAULT', 'destroy'],
  ['Des inconnus ont lancé une grenade contre le commissariat.', 'lancé', 'ASSAULT', 'explosives'],
  ['La marine a coulé un navire ennemi au large de la côte.', 'coulé', 'ASSAULT', null],
  [
    'La défense antiaérienne a abattu un drone au-dessus de la capitale.',
    'abattu',
    'ASSAULT',
    null,
  ],
  ['Les miliciens ont mutilé plusieurs prisonniers.', 'mutilé', 'ASSAULT', 'torture'],
  ['Des policiers ont molesté un journaliste lors du rassemblement.', 'molesté', 'ASSAULT', 'beat'],
  ['Un sous-marin a torpillé un cargo dans le détroit.', 'torpillé', 'ASSAULT', 'heavy-weapons'],
  ["Les rebelles ont remis leurs armes aux observateurs de l'ONU.", 'remis', 'RETREAT', 'disarm'],
  ['Le groupe armé a remis les otages à la Croix-Rouge.', 'remis', 'RETREAT', 'release'],
  [
    'Les deux pays ont accepté de démilitariser la zone frontalière.',
    'démilitariser',
    'RETREAT',
    'disarm',
  ],
  [
    'Les insurgés ont cessé leurs attaques contre la base.',
    'cessé leurs attaques',
    'RETREAT',
    'ceasefire',
  ],
  ["L'armée a arrêté les bombardements sur la ville dimanche.", 'arrêté', 'RETREAT', 'ceasefire'],
  [
    'Les djihadistes ont abandonné leurs positions autour de la ville.',
    'abandonné',
    'RETREAT',
    'withdraw',
  ],
  [
    'Le régime a détruit son arsenal chimique sous contrôle international.',
    'détruit',
    'RETREAT',
    'disarm',
  ],
  [
    'Le président a renoncé au pouvoir après des semaines de manifestations.',
    'renoncé au pouvoir',
    'RETREAT',
    'resign',
  ],
  ["Les séparatistes ont cédé le contrôle de la ville à l'armée.", 'cédé', 'RETREAT', 'withdraw'],
  ["Le ministre de l'Intérieur s'est démis de ses fonctions.", 'démis', 'RETREAT', 'resign'],
  ['La direction a réintégré les deux délégués syndicaux licenciés.', 'réintégré', 'RETREAT', null],
  [
    'Washington a dégelé les avoirs de la banque centrale afghane.',
    'dégelé',
    'RETREAT',
    'withdraw',
  ],
  ['Les deux partis ont uni leurs forces contre la réforme.', 'uni', 'COOPERATE', null],
  [
    'La Russie a lancé des manœuvres militaires près de la frontière.',
    'manœuvres',
    'MOBILIZE',
    'troops',
  ],
  [
    'La marine chinoise a conduit un exercice naval au large de Taïwan.',
    'exercice',
    'MOBILIZE',
    'troops',
  ],
  ["L'état-major a redéployé deux brigades dans l'est du pays.", 'redéployé', 'MOBILIZE', 'troops'],
  ["L'armée a concentré des chars près de la ville.", 'concentré', 'MOBILIZE', 'troops'],
  ['Pyongyang a procédé à un nouvel essai nucléaire.', 'essai', 'MOBILIZE', 'weapons'],
  ['La Corée du Nord a testé un missile balistique mardi.', 'testé', 'MOBILIZE', 'weapons'],
  ['La préfecture a renforcé les contrôles aux frontières.', 'renforcé', 'MOBILIZE', 'police'],
  ['Le ministre a défendu sa réforme devant les députés.', 'défendu', 'SUPPORT', null],
  ['Les militants ont acclamé le candidat à son arrivée.', 'acclamé', 'SUPPORT', null],
  [
    "Madrid a annoncé la reconnaissance de l'État palestinien.",
    "reconnaissance de l'État",
    'SUPPORT',
    null,
  ],
  ['Israël et le Maroc ont normalisé leurs relations en 2020.', 'normalisé', 'SUPPORT', null],
  [
    "L'Arabie saoudite et l'Iran ont rétabli leurs relations diplomatiques.",
    'rétabli',
    'SUPPORT',
    null,
  ],
  ["Le Sénat s'est rangé du côté du gouvernement.", 'rangé du côté', 'SUPPORT', null],
  [
    'Le gouvernement a accédé aux revendications des grévistes.',
    'accédé aux revendications',
    'CONCEDE',
    null,
  ],
  ['Le gouvernement a abrogé le décret contesté.', 'abrogé', 'CONCEDE', null],
  [
    "L'entreprise a accepté de dédommager les familles des victimes.",
    'dédommager',
    'CONCEDE',
    null,
  ],
  ['Le ministre a reconnu sa culpabilité devant le tribunal.', 'reconnu', 'CONCEDE', null],
  ['Le président a commué la peine du condamné.', 'commué', 'CONCEDE', null],
  ['Pékin a adouci sa position sur la question.', 'adouci', 'CONCEDE', null],
  ['La société a retiré sa plainte contre le journal.', 'retiré', 'CONCEDE', null],
  ['Le syndicat a abandonné sa revendication salariale.', 'abandonné', 'CONCEDE', null],
  ["Les autorités ont retiré son passeport à l'opposant.", 'retiré', 'COERCE', 'restrict'],
  ['La Pologne a fermé sa frontière avec la Biélorussie.', 'fermé', 'COERCE', 'restrict'],
  ['Le Canada a fermé son ambassade à Téhéran.', 'fermé', 'SANCTION', 'withdraw'],
  [
    'Le gouvernement a ordonné la fermeture de la frontière avec le Mali.',
    'fermeture de la frontière',
    'COERCE',
    'restrict',
  ],
  [
    "Le président a décrété l'état d'urgence dans la capitale.",
    "état d'urgence",
    'COERCE',
    'martial-law',
  ],
  [
    'Le gouvernement a nationalisé les compagnies pétrolières étrangères.',
    'nationalisé',
    'COERCE',
    'seize',
  ],
  ['La Russie a annexé la Crimée en 2014.', 'annexé', 'COERCE', 'seize'],
  ['Les policiers ont fouillé le domicile du suspect.', 'fouillé', 'COERCE', 'seize'],
  ['Le gouvernement a dissous le parti islamiste.', 'dissous', 'COERCE', 'restrict'],
  ['La junte a restreint la liberté de la presse.', 'restreint', 'COERCE', 'restrict'],
  ['Le régime a maté la révolte dans le sang.', 'maté', 'COERCE', 'restrict'],
  ["L'armée a écrasé la rébellion en quelques jours.", 'écrasé', 'COERCE', 'restrict'],
  ['Le régime brouille les émissions des radios étrangères.', 'brouille', 'COERCE', 'censor'],
  [
    'Les enquêteurs ont interrogé le suspect pendant six heures.',
    'interrogé',
    'ACCUSE',
    'investigate',
  ],
  ["Paris a convoqué l'ambassadeur d'Iran après l'arrestation.", 'convoqué', 'ACCUSE', 'allege'],
  [
    'Le syndicat a manifesté son mécontentement auprès du ministre.',
    'manifesté',
    'ACCUSE',
    'disapprove',
  ],
  ["L'opposition conteste la légalité du scrutin.", 'conteste', 'ACCUSE', 'disapprove'],
  ['Le juge a remis en cause la version des policiers.', 'remis en cause', 'ACCUSE', 'disapprove'],
  ["La famille a intenté un procès contre l'hôpital.", 'intenté', 'ACCUSE', 'allege'],
  ['Le maire a raillé les promesses du gouvernement.', 'raillé', 'ACCUSE', 'disapprove'],
  ["L'opposant accuse le pouvoir de dénigrer les juges.", 'dénigrer', 'ACCUSE', 'disapprove'],
  ['La commission va examiner la plainte des détenus.', 'examiner', 'ACCUSE', 'investigate'],
  ['Washington a arrêté son aide militaire au Niger.', 'arrêté', 'SANCTION', 'discontinue'],
  [
    'La Banque mondiale a cessé ses versements au pays.',
    'cessé ses versements',
    'SANCTION',
    'discontinue',
  ],
  [
    "L'Union européenne a réduit son aide au gouvernement malien.",
    'réduit',
    'SANCTION',
    'discontinue',
  ],
  ['Le Maroc a coupé les ponts avec Berlin.', 'coupé', 'SANCTION', 'discontinue'],
  [
    "L'Australie a annulé le contrat de sous-marins avec Paris.",
    'annulé',
    'SANCTION',
    'discontinue',
  ],
  ["La ville a résilié le contrat avec l'entreprise.", 'résilié', 'SANCTION', 'discontinue'],
  ['Bruxelles a durci les sanctions contre Moscou.', 'durci', 'SANCTION', null],
  ["L'Union européenne a prolongé les sanctions contre la Russie.", 'prolongé', 'SANCTION', null],
  ['Les manifestants ont poussé le président à la démission.', 'poussé', 'REQUEST', null],
  ["Le régime a ignoré l'ultimatum de la Cédéao.", 'ignoré', 'REJECT', null],
  ['Les rebelles ont enfreint le cessez-le-feu dès dimanche.', 'enfreint', 'REJECT', null],
  ['Berlin rechigne à livrer des chars à Kiev.', 'rechigne', 'REJECT', null],
  ["Des milliers de manifestants ont bravé l'interdiction de manifester.", 'bravé', 'REJECT', null],
  ['Le chef du Hezbollah a juré de venger la mort de son commandant.', 'juré', 'THREATEN', null],
  ['Téhéran a promis de riposter à toute attaque.', 'promis', 'THREATEN', null],
  ['Washington a brandi la menace de nouvelles sanctions.', 'brandi', 'THREATEN', null],
  [
    'Les étudiants ont érigé des barricades devant la faculté.',
    'barricades',
    'PROTEST',
    'obstruct',
  ],
  [
    'Des centaines de personnes ont scandé des slogans contre le gouvernement.',
    'scandé',
    'PROTEST',
    'demo',
  ],
  [
    "Une mutinerie a éclaté à la prison de Fresnes, où des détenus ont pris le contrôle d'une aile.",
    'mutinerie',
    'PROTEST',
    'riot',
  ],
  [
    'Des milliers de manifestants se sont rassemblés devant le Parlement.',
    'rassemblés',
    'PROTEST',
    'demo',
  ],
  ['Des jeunes ont lancé des pierres sur les policiers.', 'lancé', 'PROTEST', 'riot'],
  [
    'Les enseignants sont descendus dans la rue pour réclamer des hausses de salaire.',
    'descendus dans la rue',
    'PROTEST',
    'demo',
  ],
  [
    'Le militant a entamé une grève de la faim dans sa cellule.',
    'grève de la faim',
    'PROTEST',
    'hunger',
  ],
  ['Des militants ont dégradé la permanence du député.', 'dégradé', 'PROTEST', 'vandalize'],
  ['Le FMI a consenti un prêt de trois milliards au Pakistan.', 'consenti', 'AID', null],
  ['La Croix-Rouge a remis des vivres aux familles sinistrées.', 'remis', 'AID', null],
  ["L'armée jordanienne a parachuté des vivres sur Gaza.", 'parachuté', 'AID', null],
  ["Des agents russes ont empoisonné l'ancien espion à Salisbury.", 'empoisonné', 'ASSAULT', null],
  [
    'Le syndicat milite depuis des années pour la réintégration des grévistes.',
    'milite',
    'REQUEST',
    null,
  ],
  [
    'Les contrôleurs aériens se sont mis en grève pour leurs salaires.',
    'mis en grève',
    'PROTEST',
    'strike',
  ],
  ["Le Mali a déclaré persona non grata l'ambassadeur de France.", 'déclaré', 'SANCTION', 'expel'],
  ['Les médiateurs qataris ont élaboré un accord entre les deux camps.', 'élaboré', 'AGREE', null],
  ['Les gendarmes ont rattrapé les fuyards dans un champ.', 'rattrapé', 'COERCE', 'arrest'],
  [
    'Des pirates ont détourné un pétrolier au large de la Somalie.',
    'détourné',
    'ASSAULT',
    'abduct',
  ],
  ['La mairie a passé un accord avec le syndicat des transports.', 'passé', 'AGREE', null],
  ["L'opposant est bloqué chez lui par la police depuis lundi.", 'bloqué', 'COERCE', 'restrict'],
  ["L'ancien ministre purge une peine de cinq ans de prison.", 'purge', 'SANCTION', 'convict'],
  [
    'Les douaniers ont été lancés aux trousses des trafiquants.',
    'lancés aux trousses',
    'MOBILIZE',
    null,
  ],
  [
    'Paris et Berlin vont travailler ensemble sur la défense européenne.',
    'travailler ensemble',
    'COOPERATE',
    null,
  ],
  [
    'Le président a complimenté les sapeurs-pompiers pour leur courage.',
    'complimenté',
    'SUPPORT',
    null,
  ],
  [
    "Le ministère a révoqué l'accréditation de la correspondante de la BBC.",
    'révoqué',
    'COERCE',
    'restrict',
  ],
  [
    'Le gouverneur a révoqué le couvre-feu instauré la semaine dernière.',
    'révoqué',
    'CONCEDE',
    null,
  ],
  ['Le Pentagone a déplacé des troupes vers la Pologne.', 'déplacé', 'MOBILIZE', 'troops'],
  ['Le Vatican a réprouvé la décision du gouvernement.', 'réprouvé', 'ACCUSE', 'disapprove'],
  [
    'Les miliciens ont achevé la remise de leurs armes aux casques bleus.',
    'remise de leurs armes',
    'RETREAT',
    'disarm',
  ],
  [
    'Le Hamas a annoncé la remise de trois otages à la Croix-Rouge.',
    'remise de trois otages',
    'RETREAT',
    'release',
  ],
  ['Les gendarmes ont bloqué les accès au village.', 'bloqué', 'COERCE', 'restrict'],
  ['Le maire a dénoncé le contrat passé avec la région en 2014.', 'passé', 'AGREE', null],
  [
    'Des militaires ont roué de coups un manifestant devant la caserne.',
    'roué de coups',
    'ASSAULT',
    'beat',
  ],
  ['Des gardiens ont brutalisé plusieurs détenus de la prison.', 'brutalisé', 'ASSAULT', 'beat'],
  ["Un policier est soupçonné d'avoir violenté une lycéenne.", 'violenté', 'ASSAULT', 'beat'],
  ['Les gendarmes ont menotté le conducteur.', 'menotté', 'COERCE', 'arrest'],
  [
    'Les enseignants se sont mobilisés contre la réforme des retraites.',
    'mobilisés',
    'PROTEST',
    'demo',
  ],
  [
    'Les syndicats appellent à une mobilisation contre le projet de loi.',
    'mobilisation',
    'PROTEST',
    'demo',
  ],
  [
    'Le rapport a pointé du doigt les lacunes de la police.',
    'pointé du doigt',
    'ACCUSE',
    'disapprove',
  ],
  ['Le ministre a taclé son prédécesseur sur la dette.', 'taclé', 'ACCUSE', 'disapprove'],
  ['La Cour des comptes égratigne la gestion de la mairie.', 'égratigne', 'ACCUSE', 'disapprove'],
  ['Le président sortant a adoubé son dauphin.', 'adoubé', 'SUPPORT', null],
  ['La France a parrainé une résolution sur le climat.', 'parrainé', 'SUPPORT', null],
  ['Les ministres ont entériné le compromis trouvé à Bruxelles.', 'entériné', 'AGREE', null],
  ['Le président a eu un long échange avec son homologue turc.', 'échange', 'CONSULT', null],
  [
    'Le Programme alimentaire mondial a distribué des vivres aux déplacés.',
    'distribué',
    'AID',
    null,
  ],
  ['La Russie approvisionne la Syrie en carburant.', 'approvisionne', 'AID', null],
  ["Le ravitaillement de la ville par l'ONU a repris.", 'ravitaillement', 'AID', null],
  ["L'avocat a été radié du barreau par le conseil de l'ordre.", 'radié', 'SANCTION', 'expel'],
  ["Le gouvernement a agité la menace d'une dissolution.", 'agité', 'THREATEN', null],
  ['Le pape a conjuré Moscou et Kiev de déposer les armes.', 'conjuré', 'REQUEST', null],
  [
    "Des milliers de Polonais ont manifesté leur solidarité avec l'Ukraine.",
    'manifesté',
    'SUPPORT',
    null,
  ],
  ['Lisbonne a présenté des preuves contre le transporteur.', 'preuves', 'ACCUSE', 'allege'],
];

testTriggerTypes('fr', CASES, run);

test('lexicon (fr): the object selects the sense, else no event', () => {
  const types = (text: string) => (run(text).events ?? []).map((e) => e.type);
  // Exchanging prisoners is a release, exchanging fire an assault, exchanging gifts nothing.
  assert.deepEqual(types('Les deux armées ont échangé des prisonniers de guerre.'), ['RETREAT']);
  assert.deepEqual(types('Les deux familles ont échangé des cadeaux.'), []);
  // Settling a dispute is an agreement; settling a bill is not.
  assert.deepEqual(types('Le comptable a réglé la facture du traiteur.'), []);
  // Closing a border restricts; closing a door does nothing PLOVER codes.
  assert.deepEqual(types('Le gardien a fermé la porte du gymnase.'), []);
  // Throwing stones is a riot, throwing balls a game; dispersing ashes is no crowd control.
  assert.deepEqual(types('Les enfants ont lancé des ballons dans la cour.'), []);
  assert.deepEqual(types('Le vent a dispersé les cendres sur la plaine.'), []);
  // Mobilising reservists is a mobilisation; mobilising against a reform a protest.
  assert.deepEqual(types("L'armée a mobilisé des réservistes."), ['MOBILIZE']);
  assert.deepEqual(types('Les enseignants se sont mobilisés contre la réforme.'), ['PROTEST']);
  // Handing over weapons disarms; handing over change is a purchase.
  assert.deepEqual(types('Le boulanger a remis la monnaie au client.'), []);
  // Gathering parties (or gathering oneself) is a meeting; a summit convened is no second
  // meeting, nor are funds raised.
  assert.deepEqual(types('Le président a réuni les chefs des partis.'), ['CONSULT']);
  assert.deepEqual(types('Les ministres se sont réunis lundi.'), ['CONSULT']);
  assert.deepEqual(types("Le sommet sur l'eau réuni à Genève a pris fin lundi."), []);
  assert.deepEqual(types("L'association a réuni des fonds."), []);
});
