// Knooppunt demo network: a small, invented network around Utrecht (NL) and Gent (BE) that lets
// every screen show something on a fresh install. The loader runs it into an empty database after
// the migrations. Each statement still MERGEs on id and MATCHes what it needs, so a second run
// changes nothing.
//
// Every organisation, branch, network, community, alliance, project and person here is INVENTED.
// Addresses, registration numbers and people are made up, and mail and web addresses use the reserved
// .example domain. Municipalities and the taxonomy (topics, target groups, domains) are the real
// reference data of the migrations and are only MATCHed, never created.
//
// Fixed ids, so that tests can refer to them (UUID version 4 format):
//   libraries       ...0101 Bibliotheek De Vaart (Utrecht), ...0102 Bibliotheek Heuvelrand (Zeist),
//                   ...0103 Bibliotheek Scheldemeersen (Gent)
//   branches        ...0111-0113 (De Vaart), ...0121-0122 (Heuvelrand), ...0131-0133 (Scheldemeersen)
//   partners        ...0201-0240
//   persons         ...0301-0308
//   taalnetwerk     ...0401        community ...0501
//   alliance        ...0601        network project ...0701
//   collaborations  ...0801-0862 (relationship ids)
// lastReviewedAt is relative to the moment of loading: most profiles are fresh, a few are more
// than 24 months old, so that the review reminders have something to show.

// Library 1: Bibliotheek De Vaart, Utrecht, also serving Nieuwegein and Houten.
MATCH (m:Municipality {id: 'GM0344'})
MERGE (o:Organisation:Library {id: '00000000-0000-4000-8000-000000000101'})
  ON CREATE SET
    o.name = 'Bibliotheek De Vaart',
    o.description = 'Openbare bibliotheek met drie vestigingen in Utrecht en Nieuwegein. Werkt als netwerkbibliotheek aan taal, digitale inclusie en leesplezier, samen met welzijn, onderwijs en zorg.',
    o.sector = 'bibliotheek',
    o.email = 'info@bibliotheekdevaart.example',
    o.website = 'https://bibliotheekdevaart.example',
    o.street = 'Lijnbaanplein 2',
    o.postcode = '3512 KM',
    o.place = 'Utrecht',
    o.location = point({latitude: 52.0901, longitude: 5.1160}),
    o.registrationNumber = '70717355',
    o.status = 'active', o.demo = true, o.version = 1,
    o.createdAt = datetime(), o.createdBy = 'demo', o.updatedAt = datetime(), o.updatedBy = 'demo',
    o.lastReviewedAt = datetime() - duration('P1M')
MERGE (o)-[:LOCATED_IN]->(m)
WITH o
CALL (o) {
  MATCH (s:Municipality) WHERE s.id IN ['GM0344', 'GM0356', 'GM0321']
  MERGE (o)-[:SERVES]->(s)
}
CALL (o) {
  MATCH (t:Topic) WHERE t.id IN ['taalvaardigheid', 'digitale-basisvaardigheden', 'leesbevordering', 'mediawijsheid', 'gezondheidsvaardigheden']
  MERGE (o)-[:WORKS_ON]->(t)
}
CALL (o) {
  MATCH (g:TargetGroup) WHERE g.id IN ['laaggeletterden', 'digitaal-minder-vaardigen', 'jeugd', 'senioren']
  MERGE (o)-[:REACHES]->(g)
}
CALL (o) {
  MATCH (d:Domain) WHERE d.id IN ['onderwijs', 'nederlands-leren', 'cultuur-vrije-tijd']
  MERGE (o)-[:IN_DOMAIN]->(d)
};

// Library 2: Bibliotheek Heuvelrand, Zeist, also serving De Bilt and Bunnik.
MATCH (m:Municipality {id: 'GM0355'})
MERGE (o:Organisation:Library {id: '00000000-0000-4000-8000-000000000102'})
  ON CREATE SET
    o.name = 'Bibliotheek Heuvelrand',
    o.description = 'Bibliotheek voor Zeist, De Bilt en Bunnik, met een Taalhuis en een digitaal spreekuur in elke vestiging.',
    o.sector = 'bibliotheek',
    o.email = 'contact@bibliotheekheuvelrand.example',
    o.website = 'https://bibliotheekheuvelrand.example',
    o.street = 'Boslaanplein 3',
    o.postcode = '3701 CH',
    o.place = 'Zeist',
    o.location = point({latitude: 52.1120, longitude: 5.2450}),
    o.registrationNumber = '85131377',
    o.status = 'active', o.demo = true, o.version = 1,
    o.createdAt = datetime(), o.createdBy = 'demo', o.updatedAt = datetime(), o.updatedBy = 'demo',
    o.lastReviewedAt = datetime() - duration('P4M')
MERGE (o)-[:LOCATED_IN]->(m)
WITH o
CALL (o) {
  MATCH (s:Municipality) WHERE s.id IN ['GM0355', 'GM0310', 'GM0312']
  MERGE (o)-[:SERVES]->(s)
}
CALL (o) {
  MATCH (t:Topic) WHERE t.id IN ['taalvaardigheid', 'digitale-basisvaardigheden', 'leesbevordering']
  MERGE (o)-[:WORKS_ON]->(t)
}
CALL (o) {
  MATCH (g:TargetGroup) WHERE g.id IN ['laaggeletterden', 'digitaal-minder-vaardigen', 'senioren']
  MERGE (o)-[:REACHES]->(g)
}
CALL (o) {
  MATCH (d:Domain) WHERE d.id IN ['onderwijs', 'nederlands-leren']
  MERGE (o)-[:IN_DOMAIN]->(d)
};

// Library 3: Bibliotheek Scheldemeersen, Gent, also serving Destelbergen and Merelbeke-Melle.
MATCH (m:Municipality {id: '44021'})
MERGE (o:Organisation:Library {id: '00000000-0000-4000-8000-000000000103'})
  ON CREATE SET
    o.name = 'Bibliotheek Scheldemeersen',
    o.description = 'Bibliotheek in Gent en de buurgemeenten, met sterke banden met het buurtwerk en de basiseducatie. Trekker van de digitale inclusie in de regio.',
    o.sector = 'bibliotheek',
    o.email = 'bibliotheek@scheldemeersen.example',
    o.website = 'https://scheldemeersen.example',
    o.street = 'Kouterdreef 12',
    o.postcode = '9000',
    o.place = 'Gent',
    o.location = point({latitude: 51.0560, longitude: 3.7250}),
    o.registrationNumber = '0826018148',
    o.status = 'active', o.demo = true, o.version = 1,
    o.createdAt = datetime(), o.createdBy = 'demo', o.updatedAt = datetime(), o.updatedBy = 'demo',
    o.lastReviewedAt = datetime() - duration('P2M')
MERGE (o)-[:LOCATED_IN]->(m)
WITH o
CALL (o) {
  MATCH (s:Municipality) WHERE s.id IN ['44021', '44013', '44088']
  MERGE (o)-[:SERVES]->(s)
}
CALL (o) {
  MATCH (t:Topic) WHERE t.id IN ['taalvaardigheid', 'digitale-basisvaardigheden', 'mediawijsheid', 'leesbevordering', 'opvoeding']
  MERGE (o)-[:WORKS_ON]->(t)
}
CALL (o) {
  MATCH (g:TargetGroup) WHERE g.id IN ['laaggeletterden', 'digitaal-minder-vaardigen', 'nieuwkomers-anderstaligen', 'jeugd']
  MERGE (o)-[:REACHES]->(g)
}
CALL (o) {
  MATCH (d:Domain) WHERE d.id IN ['onderwijs', 'nederlands-leren', 'cultuur-vrije-tijd']
  MERGE (o)-[:IN_DOMAIN]->(d)
};

// Branches (vestigingen) of the three libraries.
UNWIND [
  {id: '00000000-0000-4000-8000-000000000111', library: '00000000-0000-4000-8000-000000000101', name: 'De Vaart Centrum',
   street: 'Lijnbaanplein 2', postcode: '3512 KM', place: 'Utrecht', municipality: 'GM0344', lat: 52.0901, lon: 5.1160, reviewed: 'P1M'},
  {id: '00000000-0000-4000-8000-000000000112', library: '00000000-0000-4000-8000-000000000101', name: 'De Vaart Overvecht',
   street: 'Kleurenplein 6', postcode: '3561 KA', place: 'Utrecht', municipality: 'GM0344', lat: 52.1145, lon: 5.1100, reviewed: 'P3M'},
  {id: '00000000-0000-4000-8000-000000000113', library: '00000000-0000-4000-8000-000000000101', name: 'De Vaart Nieuwegein',
   street: 'Stadsplein 11', postcode: '3431 LZ', place: 'Nieuwegein', municipality: 'GM0356', lat: 52.0300, lon: 5.0850, reviewed: 'P7M'},
  {id: '00000000-0000-4000-8000-000000000121', library: '00000000-0000-4000-8000-000000000102', name: 'Heuvelrand Zeist',
   street: 'Boslaanplein 3', postcode: '3701 CH', place: 'Zeist', municipality: 'GM0355', lat: 52.1120, lon: 5.2450, reviewed: 'P4M'},
  {id: '00000000-0000-4000-8000-000000000122', library: '00000000-0000-4000-8000-000000000102', name: 'Heuvelrand Bilthoven',
   street: 'Beukenplein 5', postcode: '3722 AB', place: 'Bilthoven', municipality: 'GM0310', lat: 52.1380, lon: 5.1830, reviewed: 'P27M'},
  {id: '00000000-0000-4000-8000-000000000131', library: '00000000-0000-4000-8000-000000000103', name: 'Scheldemeersen Centrum',
   street: 'Kouterdreef 12', postcode: '9000', place: 'Gent', municipality: '44021', lat: 51.0560, lon: 3.7250, reviewed: 'P2M'},
  {id: '00000000-0000-4000-8000-000000000132', library: '00000000-0000-4000-8000-000000000103', name: 'Scheldemeersen Ledeberg',
   street: 'Meersenplein 3', postcode: '9050', place: 'Gent', municipality: '44021', lat: 51.0390, lon: 3.7450, reviewed: 'P5M'},
  {id: '00000000-0000-4000-8000-000000000133', library: '00000000-0000-4000-8000-000000000103', name: 'Scheldemeersen Destelbergen',
   street: 'Dorpsplein 7', postcode: '9070', place: 'Destelbergen', municipality: '44013', lat: 51.0400, lon: 3.8100, reviewed: 'P9M'}
] AS row
MATCH (l:Organisation:Library {id: row.library})
MATCH (m:Municipality {id: row.municipality})
MERGE (b:Branch {id: row.id})
  ON CREATE SET
    b += row {.name, .street, .postcode, .place},
    b.location = point({latitude: row.lat, longitude: row.lon}),
    b.status = 'active', b.demo = true, b.version = 1,
    b.createdAt = datetime(), b.createdBy = 'demo', b.updatedAt = datetime(), b.updatedBy = 'demo',
    b.lastReviewedAt = datetime() - duration(row.reviewed)
MERGE (l)-[:HAS_BRANCH]->(b)
MERGE (b)-[:LOCATED_IN]->(m);

// Partners around Utrecht: Utrecht, Nieuwegein, Houten, Zeist, De Bilt, Bunnik.
// serves = the municipalities the partner works for (its own one first).
UNWIND [
  {id: '00000000-0000-4000-8000-000000000201', name: 'Stichting Welzijn Oost (demo)', sector: 'welzijn',
   description: 'Welzijnsorganisatie voor de oostelijke wijken van Utrecht: sociaal werk, ouderenwerk en hulp bij geldzaken.',
   email: 'info@welzijnoost.example', website: 'https://welzijnoost.example', registrationNumber: '72498494',
   street: 'Oosterkade 14', postcode: '3581 BD', place: 'Utrecht', municipality: 'GM0344', lat: 52.0880, lon: 5.1350,
   serves: ['GM0344'], topics: ['schulden', 'digitale-basisvaardigheden'], groups: ['kwetsbare-burgers', 'senioren'], domains: ['welzijn-gezondheid'], reviewed: 'P2M'},
  {id: '00000000-0000-4000-8000-000000000202', name: 'Taalschool Domstad (demo)', sector: 'taalaanbieder',
   description: 'Taalaanbieder voor NT2 en alfabetisering, met trajecten voor inburgeraars en voor laaggeletterde Nederlandstaligen.',
   email: 'info@taalschooldomstad.example', website: 'https://taalschooldomstad.example', registrationNumber: '70643907',
   street: 'Domstraat 40', postcode: '3512 JC', place: 'Utrecht', municipality: 'GM0344', lat: 52.0915, lon: 5.1220,
   serves: ['GM0344', 'GM0356', 'GM0355'], topics: ['taalvaardigheid'], groups: ['nieuwkomers-anderstaligen', 'laaggeletterden'], domains: ['nederlands-leren', 'onderwijs'], reviewed: 'P1M'},
  {id: '00000000-0000-4000-8000-000000000203', name: 'Basisschool De Regenboogtuin (demo)', sector: 'onderwijs',
   description: 'Basisschool in Overvecht met een schoolbibliotheek en een leesplan samen met de bibliotheek.',
   email: 'administratie@regenboogtuin.example', website: 'https://regenboogtuin.example', registrationNumber: '78161301',
   street: 'Tuinfluiterlaan 21', postcode: '3562 AS', place: 'Utrecht', municipality: 'GM0344', lat: 52.1170, lon: 5.1050,
   serves: ['GM0344'], topics: ['leesbevordering', 'mediawijsheid'], groups: ['jeugd'], domains: ['onderwijs'], reviewed: 'P6M'},
  {id: '00000000-0000-4000-8000-000000000204', name: 'Buurtteam Overvecht-Noord (demo)', sector: 'welzijn',
   description: 'Buurtteam voor gezinnen en volwassenen: ondersteuning bij opvoeding, geldzorgen en werk.',
   email: 'buurtteam@overvecht-noord.example', website: 'https://overvecht-noord.example', registrationNumber: '88837457',
   street: 'Kleurenplein 12', postcode: '3561 KB', place: 'Utrecht', municipality: 'GM0344', lat: 52.1160, lon: 5.1120,
   serves: ['GM0344'], topics: ['schulden', 'opvoeding', 'werk-inkomen'], groups: ['kwetsbare-burgers'], domains: ['welzijn-gezondheid'], reviewed: 'P3M'},
  {id: '00000000-0000-4000-8000-000000000205', name: 'Gezondheidscentrum Zuilen-West (demo)', sector: 'zorg',
   description: 'Gezondheidscentrum met huisartsen, fysiotherapie en een spreekuur over gezondheidsinformatie in eenvoudige taal.',
   email: 'info@gc-zuilenwest.example', website: 'https://gc-zuilenwest.example', registrationNumber: '35488219',
   street: 'Amsterdamsestraatweg 310', postcode: '3551 CL', place: 'Utrecht', municipality: 'GM0344', lat: 52.1050, lon: 5.0920,
   serves: ['GM0344'], topics: ['gezondheidsvaardigheden'], groups: ['laaggeletterden', 'senioren'], domains: ['welzijn-gezondheid'], reviewed: 'P11M'},
  {id: '00000000-0000-4000-8000-000000000206', name: 'Werkplein Stichtse Kant (demo)', sector: 'gemeente',
   description: 'Gemeentelijk werkplein voor werk, inkomen en participatie, met een taaleis-loket voor nieuwkomers.',
   email: 'werkplein@stichtsekant.example', website: 'https://stichtsekant.example', registrationNumber: '34784691',
   street: 'Stationsstraat 9', postcode: '3511 CE', place: 'Utrecht', municipality: 'GM0344', lat: 52.0890, lon: 5.1100,
   serves: ['GM0344', 'GM0356'], topics: ['werk-inkomen', 'schulden'], groups: ['kwetsbare-burgers', 'nieuwkomers-anderstaligen'], domains: ['werken'], reviewed: 'P5M'},
  {id: '00000000-0000-4000-8000-000000000207', name: 'Kinderopvang Het Vlinderhuis (demo)', sector: 'kinderopvang',
   description: 'Kinderopvang en peuterwerking met een voorleesprogramma voor ouders en kinderen.',
   email: 'info@vlinderhuis.example', website: 'https://vlinderhuis.example', registrationNumber: '78707214',
   street: 'Vlinderlaan 3', postcode: '3523 AB', place: 'Utrecht', municipality: 'GM0344', lat: 52.0720, lon: 5.1080,
   serves: ['GM0344'], topics: ['opvoeding', 'leesbevordering'], groups: ['jeugd'], domains: ['onderwijs'], reviewed: 'P8M'},
  {id: '00000000-0000-4000-8000-000000000208', name: 'Cultuurwerkplaats Kanaalkade (demo)', sector: 'cultuur',
   description: 'Cultuurwerkplaats voor jongeren: film, podcast en beeldende kunst, met lessen mediawijsheid.',
   email: 'hallo@kanaalkade.example', website: 'https://kanaalkade.example', registrationNumber: '73855860',
   street: 'Kanaalkade 55', postcode: '3531 AG', place: 'Utrecht', municipality: 'GM0344', lat: 52.0860, lon: 5.0900,
   serves: ['GM0344'], topics: ['mediawijsheid', 'leesbevordering'], groups: ['jeugd'], domains: ['cultuur-vrije-tijd'], reviewed: 'P4M'},
  {id: '00000000-0000-4000-8000-000000000209', name: 'Repair & Code Utrecht (demo)', sector: 'vrijwilligers',
   description: 'Vrijwilligers die wekelijks helpen met laptops, telefoons en de DigiD, in buurthuizen en in de bibliotheek.',
   email: 'info@repaircode.example', website: 'https://repaircode.example', registrationNumber: '94541427',
   street: 'Gildenkade 8', postcode: '3564 AA', place: 'Utrecht', municipality: 'GM0344', lat: 52.1100, lon: 5.1250,
   serves: ['GM0344'], topics: ['digitale-basisvaardigheden'], groups: ['digitaal-minder-vaardigen', 'senioren'], domains: ['cultuur-vrije-tijd'], reviewed: 'P1M'},
  {id: '00000000-0000-4000-8000-000000000210', name: 'Vrijwilligerspunt Lombok-Oost (demo)', sector: 'vrijwilligers',
   description: 'Koppelt taalmaatjes aan nieuwkomers en organiseert een wekelijks taalcafé.',
   email: 'info@vrijwilligerspuntlombok.example', website: 'https://vrijwilligerspuntlombok.example', registrationNumber: '92404159',
   street: 'Kanaalstraat 120', postcode: '3531 CL', place: 'Utrecht', municipality: 'GM0344', lat: 52.0890, lon: 5.0980,
   serves: ['GM0344'], topics: ['taalvaardigheid'], groups: ['nieuwkomers-anderstaligen'], domains: ['nederlands-leren'], reviewed: 'P31M'},
  {id: '00000000-0000-4000-8000-000000000211', name: 'ICT-bedrijf Bitbrug (demo)', sector: 'bedrijf',
   description: 'ICT-bedrijf dat medewerkers inzet als vrijwilliger bij digitale spreekuren en werkervaringsplekken biedt.',
   email: 'info@bitbrug.example', website: 'https://bitbrug.example', registrationNumber: '34987809',
   street: 'Europalaan 100', postcode: '3526 KS', place: 'Utrecht', municipality: 'GM0344', lat: 52.0750, lon: 5.1000,
   serves: ['GM0344'], topics: ['digitale-basisvaardigheden', 'mediawijsheid'], groups: ['digitaal-minder-vaardigen'], domains: ['werken'], reviewed: 'P9M'},
  {id: '00000000-0000-4000-8000-000000000212', name: 'Beroepscollege Domkade (demo)', sector: 'onderwijs',
   description: 'Middelbaar beroepsonderwijs met entreeopleidingen en taaltrajecten voor volwassenen.',
   email: 'info@beroepscollegedomkade.example', website: 'https://beroepscollegedomkade.example', registrationNumber: '22633036',
   street: 'Domkade 1', postcode: '3525 AA', place: 'Utrecht', municipality: 'GM0344', lat: 52.0780, lon: 5.1200,
   serves: ['GM0344', 'GM0356', 'GM0355', 'GM0310'], topics: ['taalvaardigheid', 'werk-inkomen'], groups: ['laaggeletterden', 'nieuwkomers-anderstaligen'], domains: ['onderwijs', 'werken'], reviewed: 'P2M'},
  {id: '00000000-0000-4000-8000-000000000213', name: 'Ouderenvereniging Zilverdraad (demo)', sector: 'vrijwilligers',
   description: 'Vereniging van en voor senioren, met computerles, wandelgroepen en voorlichting over gezondheid.',
   email: 'secretariaat@zilverdraad.example', website: 'https://zilverdraad.example', registrationNumber: '69940718',
   street: 'Zilverschoonstraat 2', postcode: '3571 BX', place: 'Utrecht', municipality: 'GM0344', lat: 52.0960, lon: 5.1300,
   serves: ['GM0344'], topics: ['digitale-basisvaardigheden', 'gezondheidsvaardigheden'], groups: ['senioren'], domains: ['welzijn-gezondheid'], reviewed: 'P6M'},
  {id: '00000000-0000-4000-8000-000000000214', name: 'Stichting Geldzorg Samen (demo)', sector: 'vrijwilligers',
   description: 'Getrainde vrijwilligers die mensen met geldzorgen helpen hun administratie op orde te krijgen.',
   email: 'info@geldzorgsamen.example', website: 'https://geldzorgsamen.example', registrationNumber: '50721828',
   street: 'Biltstraat 77', postcode: '3572 AH', place: 'Utrecht', municipality: 'GM0344', lat: 52.0930, lon: 5.1320,
   serves: ['GM0344', 'GM0321'], topics: ['schulden'], groups: ['kwetsbare-burgers'], domains: ['welzijn-gezondheid', 'werken'], reviewed: 'P3M'},
  {id: '00000000-0000-4000-8000-000000000215', name: 'Jongerenwerk Vaartse Jeugd (demo)', sector: 'welzijn',
   description: 'Jongerenwerk in de wijk, met aandacht voor online veiligheid en ondersteuning van ouders.',
   email: 'jongerenwerk@vaartsejeugd.example', website: 'https://vaartsejeugd.example', registrationNumber: '29031420',
   street: 'Rotsoord 4', postcode: '3523 CL', place: 'Utrecht', municipality: 'GM0344', lat: 52.0770, lon: 5.1250,
   serves: ['GM0344'], topics: ['mediawijsheid', 'opvoeding'], groups: ['jeugd'], domains: ['welzijn-gezondheid'], reviewed: 'P28M'},
  {id: '00000000-0000-4000-8000-000000000216', name: 'Huisartsenpraktijk Lunetten-Zuid (demo)', sector: 'zorg',
   description: 'Huisartsenpraktijk die patiënten met weinig taal- en gezondheidsvaardigheden doorverwijst naar het Taalhuis.',
   email: 'praktijk@lunettenzuid.example', website: 'https://lunettenzuid.example', registrationNumber: '22169593',
   street: 'Hondsrug 30', postcode: '3524 BR', place: 'Utrecht', municipality: 'GM0344', lat: 52.0660, lon: 5.1380,
   serves: ['GM0344'], topics: ['gezondheidsvaardigheden'], groups: ['laaggeletterden'], domains: ['welzijn-gezondheid'], reviewed: 'P12M'},
  {id: '00000000-0000-4000-8000-000000000217', name: 'Welzijn Nieuwegein-Noord (demo)', sector: 'welzijn',
   description: 'Welzijnswerk voor Nieuwegein met een digitaal inloopspreekuur en budgetcoaching.',
   email: 'info@welzijnnieuwegein.example', website: 'https://welzijnnieuwegein.example', registrationNumber: '82302218',
   street: 'Muntplein 4', postcode: '3437 BA', place: 'Nieuwegein', municipality: 'GM0356', lat: 52.0350, lon: 5.0950,
   serves: ['GM0356'], topics: ['digitale-basisvaardigheden', 'schulden'], groups: ['senioren', 'kwetsbare-burgers'], domains: ['welzijn-gezondheid'], reviewed: 'P5M'},
  {id: '00000000-0000-4000-8000-000000000218', name: 'Taalcafé Het Fort (demo)', sector: 'vrijwilligers',
   description: 'Wekelijks taalcafé waar nieuwkomers Nederlands oefenen met vrijwilligers.',
   email: 'taalcafe@hetfort.example', website: 'https://hetfort.example', registrationNumber: '95154811',
   street: 'Fortlaan 2', postcode: '3432 AB', place: 'Nieuwegein', municipality: 'GM0356', lat: 52.0250, lon: 5.0850,
   serves: ['GM0356'], topics: ['taalvaardigheid'], groups: ['nieuwkomers-anderstaligen', 'laaggeletterden'], domains: ['nederlands-leren'], reviewed: 'P40M'},
  {id: '00000000-0000-4000-8000-000000000219', name: 'Kindcentrum De Wegwijzer (demo)', sector: 'onderwijs',
   description: 'Kindcentrum met basisschool en opvang, deelnemer aan het leesbevorderingsprogramma van de bibliotheek.',
   email: 'info@kc-dewegwijzer.example', website: 'https://kc-dewegwijzer.example', registrationNumber: '15621083',
   street: 'Wegwijzerpad 1', postcode: '3434 CA', place: 'Nieuwegein', municipality: 'GM0356', lat: 52.0220, lon: 5.1000,
   serves: ['GM0356'], topics: ['leesbevordering'], groups: ['jeugd'], domains: ['onderwijs'], reviewed: 'P7M'},
  {id: '00000000-0000-4000-8000-000000000220', name: 'Stichting Mantelzorg Houten-Zuid (demo)', sector: 'zorg',
   description: 'Ondersteunt mantelzorgers en ouderen met informatie over zorg en gezondheid in begrijpelijke taal.',
   email: 'info@mantelzorghoutenzuid.example', website: 'https://mantelzorghoutenzuid.example', registrationNumber: '89918134',
   street: 'Rondweg 50', postcode: '3992 AB', place: 'Houten', municipality: 'GM0321', lat: 52.0100, lon: 5.1700,
   serves: ['GM0321'], topics: ['gezondheidsvaardigheden'], groups: ['senioren'], domains: ['welzijn-gezondheid'], reviewed: 'P10M'},
  {id: '00000000-0000-4000-8000-000000000221', name: 'Welzijnsorganisatie Slotlaan (demo)', sector: 'welzijn',
   description: 'Welzijnsorganisatie voor Zeist met ouderenadvies, vrijwilligerswerk en hulp bij werk en inkomen.',
   email: 'info@welzijnslotlaan.example', website: 'https://welzijnslotlaan.example', registrationNumber: '63171691',
   street: 'Slotlaan 88', postcode: '3701 GP', place: 'Zeist', municipality: 'GM0355', lat: 52.1150, lon: 5.2400,
   serves: ['GM0355', 'GM0310'], topics: ['digitale-basisvaardigheden', 'werk-inkomen'], groups: ['senioren', 'kwetsbare-burgers'], domains: ['welzijn-gezondheid'], reviewed: 'P3M'},
  {id: '00000000-0000-4000-8000-000000000222', name: 'Taalmaatjes Heuvelrand (demo)', sector: 'vrijwilligers',
   description: 'Vrijwillige taalcoaches voor volwassenen die beter willen lezen, schrijven of Nederlands spreken.',
   email: 'info@taalmaatjesheuvelrand.example', website: 'https://taalmaatjesheuvelrand.example', registrationNumber: '70799941',
   street: 'Dorpsstraat 21', postcode: '3705 GA', place: 'Zeist', municipality: 'GM0355', lat: 52.1180, lon: 5.2600,
   serves: ['GM0355', 'GM0310', 'GM0312'], topics: ['taalvaardigheid'], groups: ['laaggeletterden', 'nieuwkomers-anderstaligen'], domains: ['nederlands-leren'], reviewed: 'P2M'},
  {id: '00000000-0000-4000-8000-000000000223', name: 'Sociaal Loket Slotstede (demo)', sector: 'gemeente',
   description: 'Gemeentelijk loket voor vragen over werk, inkomen, schulden en zorg.',
   email: 'loket@slotstede.example', website: 'https://slotstede.example', registrationNumber: '97767996',
   street: 'Het Rond 1', postcode: '3701 HS', place: 'Zeist', municipality: 'GM0355', lat: 52.1100, lon: 5.2500,
   serves: ['GM0355'], topics: ['werk-inkomen', 'schulden'], groups: ['kwetsbare-burgers'], domains: ['werken', 'welzijn-gezondheid'], reviewed: 'P6M'},
  {id: '00000000-0000-4000-8000-000000000224', name: 'Kinderopvang Eekhoorntje (demo)', sector: 'kinderopvang',
   description: 'Kinderdagverblijf en peuteropvang met een voorleeshoek en ouderavonden over taal thuis.',
   email: 'info@eekhoorntje.example', website: 'https://eekhoorntje.example', registrationNumber: '92619427',
   street: 'Bosrandweg 9', postcode: '3707 AB', place: 'Zeist', municipality: 'GM0355', lat: 52.1200, lon: 5.2480,
   serves: ['GM0355'], topics: ['opvoeding', 'leesbevordering'], groups: ['jeugd'], domains: ['onderwijs'], reviewed: 'P4M'},
  {id: '00000000-0000-4000-8000-000000000225', name: 'Seniorenacademie Bilthoven (demo)', sector: 'cultuur',
   description: 'Lezingen en cursussen voor senioren, waaronder digitale vaardigheden en nieuwsbronnen beoordelen.',
   email: 'info@seniorenacademie.example', website: 'https://seniorenacademie.example', registrationNumber: '97251049',
   street: 'Julianalaan 60', postcode: '3722 GR', place: 'Bilthoven', municipality: 'GM0310', lat: 52.1400, lon: 5.1800,
   serves: ['GM0310'], topics: ['digitale-basisvaardigheden', 'mediawijsheid'], groups: ['senioren', 'digitaal-minder-vaardigen'], domains: ['cultuur-vrije-tijd'], reviewed: 'P8M'},
  {id: '00000000-0000-4000-8000-000000000226', name: 'Basisschool De Kastanjelaan (demo)', sector: 'onderwijs',
   description: 'Basisschool met een leesconsulent van de bibliotheek en lessen mediawijsheid in groep 7 en 8.',
   email: 'info@dekastanjelaan.example', website: 'https://dekastanjelaan.example', registrationNumber: '31138499',
   street: 'Kastanjelaan 15', postcode: '3731 BC', place: 'De Bilt', municipality: 'GM0310', lat: 52.1420, lon: 5.1700,
   serves: ['GM0310'], topics: ['leesbevordering', 'mediawijsheid'], groups: ['jeugd'], domains: ['onderwijs'], reviewed: 'P1M'},
  {id: '00000000-0000-4000-8000-000000000227', name: 'Zorgboerderij Kromme Rijnhof (demo)', sector: 'zorg',
   description: 'Zorgboerderij met dagbesteding en leerwerkplekken voor mensen met een afstand tot werk.',
   email: 'info@krommerijnhof.example', website: 'https://krommerijnhof.example', registrationNumber: '93634885',
   street: 'Rijnhofweg 3', postcode: '3981 HA', place: 'Bunnik', municipality: 'GM0312', lat: 52.0420, lon: 5.2150,
   serves: ['GM0312', 'GM0321'], topics: ['gezondheidsvaardigheden', 'werk-inkomen'], groups: ['kwetsbare-burgers'], domains: ['welzijn-gezondheid', 'werken'], reviewed: 'P14M'}
] AS row
MATCH (m:Municipality {id: row.municipality})
MERGE (o:Organisation:Partner {id: row.id})
  ON CREATE SET
    o += row {.name, .description, .sector, .email, .website, .registrationNumber, .street, .postcode, .place},
    o.location = point({latitude: row.lat, longitude: row.lon}),
    o.status = 'active', o.demo = true, o.version = 1,
    o.createdAt = datetime(), o.createdBy = 'demo', o.updatedAt = datetime(), o.updatedBy = 'demo',
    o.lastReviewedAt = datetime() - duration(row.reviewed)
MERGE (o)-[:LOCATED_IN]->(m)
WITH o, row
CALL (o, row) {
  MATCH (s:Municipality) WHERE s.id IN row.serves
  MERGE (o)-[:SERVES]->(s)
}
CALL (o, row) {
  MATCH (t:Topic) WHERE t.id IN row.topics
  MERGE (o)-[:WORKS_ON]->(t)
}
CALL (o, row) {
  MATCH (g:TargetGroup) WHERE g.id IN row.groups
  MERGE (o)-[:REACHES]->(g)
}
CALL (o, row) {
  MATCH (d:Domain) WHERE d.id IN row.domains
  MERGE (o)-[:IN_DOMAIN]->(d)
};

// Partners around Gent: Gent, Destelbergen, Merelbeke-Melle. KBO numbers pass the mod-97 check.
UNWIND [
  {id: '00000000-0000-4000-8000-000000000228', name: 'Buurtwerk Rabot-Zuid vzw (demo)', sector: 'welzijn',
   description: 'Buurtwerk met een inloop voor vragen over geld, papieren en de computer.',
   email: 'info@buurtwerkrabot.example', website: 'https://buurtwerkrabot.example', registrationNumber: '0890830182',
   street: 'Opgeëistenlaan 20', postcode: '9000', place: 'Gent', municipality: '44021', lat: 51.0620, lon: 3.7120,
   serves: ['44021'], topics: ['schulden', 'digitale-basisvaardigheden'], groups: ['kwetsbare-burgers'], domains: ['welzijn-gezondheid'], reviewed: 'P2M'},
  {id: '00000000-0000-4000-8000-000000000229', name: 'Taalpunt Scheldestad vzw (demo)', sector: 'taalaanbieder',
   description: 'Taalaanbieder die anderstaligen naar het juiste aanbod Nederlands leidt en zelf oefengroepen organiseert.',
   email: 'info@taalpuntscheldestad.example', website: 'https://taalpuntscheldestad.example', registrationNumber: '0861318626',
   street: 'Sint-Pietersnieuwstraat 140', postcode: '9000', place: 'Gent', municipality: '44021', lat: 51.0450, lon: 3.7250,
   serves: ['44021', '44013', '44088'], topics: ['taalvaardigheid'], groups: ['nieuwkomers-anderstaligen'], domains: ['nederlands-leren'], reviewed: 'P1M'},
  {id: '00000000-0000-4000-8000-000000000230', name: 'Leerwinkel Leiemonding vzw (demo)', sector: 'onderwijs',
   description: 'Basiseducatie voor volwassenen: lezen, schrijven, rekenen en computer.',
   email: 'info@leiemonding.example', website: 'https://leiemonding.example', registrationNumber: '0791390930',
   street: 'Leiekaai 7', postcode: '9000', place: 'Gent', municipality: '44021', lat: 51.0580, lon: 3.7100,
   serves: ['44021', '44013'], topics: ['taalvaardigheid', 'digitale-basisvaardigheden'], groups: ['laaggeletterden'], domains: ['onderwijs', 'nederlands-leren'], reviewed: 'P5M'},
  {id: '00000000-0000-4000-8000-000000000231', name: 'Digitaal Buurtatelier Ledeberg vzw (demo)', sector: 'vrijwilligers',
   description: 'Vrijwilligers helpen buurtbewoners met smartphone, e-mail en online formulieren.',
   email: 'atelier@buurtatelierledeberg.example', website: 'https://buurtatelierledeberg.example', registrationNumber: '0803082497',
   street: 'Hundelgemsesteenweg 30', postcode: '9050', place: 'Gent', municipality: '44021', lat: 51.0380, lon: 3.7400,
   serves: ['44021'], topics: ['digitale-basisvaardigheden'], groups: ['digitaal-minder-vaardigen', 'senioren'], domains: ['cultuur-vrije-tijd'], reviewed: 'P3M'},
  {id: '00000000-0000-4000-8000-000000000232', name: 'Kinderdagverblijf Het Kikkerhuis (demo)', sector: 'kinderopvang',
   description: 'Kinderopvang die ouders betrekt bij voorlezen en taal thuis.',
   email: 'info@kikkerhuis.example', website: 'https://kikkerhuis.example', registrationNumber: '0828194809',
   street: 'Kikkerstraat 4', postcode: '9040', place: 'Gent', municipality: '44021', lat: 51.0650, lon: 3.7500,
   serves: ['44021'], topics: ['opvoeding'], groups: ['jeugd'], domains: ['onderwijs'], reviewed: 'P26M'},
  {id: '00000000-0000-4000-8000-000000000233', name: 'Wijkgezondheidscentrum Brugse Poort-Noord (demo)', sector: 'zorg',
   description: 'Wijkgezondheidscentrum met aandacht voor gezondheidsinformatie in eenvoudige taal en tolken.',
   email: 'onthaal@wgc-brugsepoort.example', website: 'https://wgc-brugsepoort.example', registrationNumber: '0719935186',
   street: 'Phoenixstraat 12', postcode: '9000', place: 'Gent', municipality: '44021', lat: 51.0590, lon: 3.7000,
   serves: ['44021'], topics: ['gezondheidsvaardigheden'], groups: ['kwetsbare-burgers', 'nieuwkomers-anderstaligen'], domains: ['welzijn-gezondheid'], reviewed: 'P7M'},
  {id: '00000000-0000-4000-8000-000000000234', name: 'Sociaal Huis Scheldekant (demo)', sector: 'gemeente',
   description: 'Lokaal sociaal huis voor vragen over inkomen, schulden, wonen en werk.',
   email: 'sociaalhuis@scheldekant.example', website: 'https://scheldekant.example', registrationNumber: '0790937802',
   street: 'Scheldekaai 2', postcode: '9000', place: 'Gent', municipality: '44021', lat: 51.0500, lon: 3.7300,
   serves: ['44021'], topics: ['schulden', 'werk-inkomen'], groups: ['kwetsbare-burgers'], domains: ['welzijn-gezondheid', 'werken'], reviewed: 'P4M'},
  {id: '00000000-0000-4000-8000-000000000235', name: 'Kunstencentrum De Waterkant vzw (demo)', sector: 'cultuur',
   description: 'Kunstencentrum met schrijfateliers, voorstellingen voor kinderen en workshops mediawijsheid.',
   email: 'info@dewaterkant.example', website: 'https://dewaterkant.example', registrationNumber: '0857975490',
   street: 'Waterkantstraat 9', postcode: '9000', place: 'Gent', municipality: '44021', lat: 51.0540, lon: 3.7200,
   serves: ['44021'], topics: ['mediawijsheid', 'leesbevordering'], groups: ['jeugd'], domains: ['cultuur-vrije-tijd'], reviewed: 'P9M'},
  {id: '00000000-0000-4000-8000-000000000236', name: 'Sint-Leieschool (demo)', sector: 'onderwijs',
   description: 'Secundaire school met een mediawijsheidsproject in samenwerking met de bibliotheek.',
   email: 'secretariaat@sintleieschool.example', website: 'https://sintleieschool.example', registrationNumber: '0723194881',
   street: 'Leieboord 33', postcode: '9030', place: 'Gent', municipality: '44021', lat: 51.0700, lon: 3.6900,
   serves: ['44021'], topics: ['mediawijsheid'], groups: ['jeugd'], domains: ['onderwijs'], reviewed: 'P6M'},
  {id: '00000000-0000-4000-8000-000000000237', name: 'Werkbrug cv (demo)', sector: 'bedrijf',
   description: 'Coöperatief bedrijf dat nieuwkomers werkervaring biedt, met taalondersteuning op de werkvloer.',
   email: 'info@werkbrug.example', website: 'https://werkbrug.example', registrationNumber: '0857491183',
   street: 'Industrieweg 101', postcode: '9032', place: 'Gent', municipality: '44021', lat: 51.0950, lon: 3.7200,
   serves: ['44021', '44013'], topics: ['werk-inkomen'], groups: ['nieuwkomers-anderstaligen'], domains: ['werken'], reviewed: 'P2M'},
  {id: '00000000-0000-4000-8000-000000000238', name: 'Dienstencentrum De Meersen (demo)', sector: 'welzijn',
   description: 'Lokaal dienstencentrum voor senioren met computerlessen en gezondheidsvoorlichting.',
   email: 'dienstencentrum@demeersen.example', website: 'https://demeersen.example', registrationNumber: '0825276097',
   street: 'Meersenlaan 5', postcode: '9070', place: 'Destelbergen', municipality: '44013', lat: 51.0420, lon: 3.8050,
   serves: ['44013'], topics: ['digitale-basisvaardigheden', 'gezondheidsvaardigheden'], groups: ['senioren'], domains: ['welzijn-gezondheid'], reviewed: 'P33M'},
  {id: '00000000-0000-4000-8000-000000000239', name: 'Opvoedingspunt Melle-Kouter (demo)', sector: 'welzijn',
   description: 'Laagdrempelig punt voor vragen over opvoeding, met voorleesmomenten voor gezinnen.',
   email: 'info@melle-kouter.example', website: 'https://melle-kouter.example', registrationNumber: '0789555947',
   street: 'Kouterstraat 18', postcode: '9090', place: 'Melle', municipality: '44088', lat: 50.9900, lon: 3.7900,
   serves: ['44088'], topics: ['opvoeding'], groups: ['jeugd'], domains: ['welzijn-gezondheid'], reviewed: 'P8M'},
  {id: '00000000-0000-4000-8000-000000000240', name: 'Leesmaatjes Merelbeke (demo)', sector: 'vrijwilligers',
   description: 'Vrijwilligers die thuis voorlezen bij gezinnen en volwassenen helpen met lezen.',
   email: 'info@leesmaatjesmerelbeke.example', website: 'https://leesmaatjesmerelbeke.example', registrationNumber: '0897114792',
   street: 'Hundelgemsesteenweg 250', postcode: '9820', place: 'Merelbeke', municipality: '44088', lat: 50.9800, lon: 3.7650,
   serves: ['44088'], topics: ['leesbevordering', 'taalvaardigheid'], groups: ['jeugd', 'laaggeletterden'], domains: ['onderwijs'], reviewed: 'P4M'}
] AS row
MATCH (m:Municipality {id: row.municipality})
MERGE (o:Organisation:Partner {id: row.id})
  ON CREATE SET
    o += row {.name, .description, .sector, .email, .website, .registrationNumber, .street, .postcode, .place},
    o.location = point({latitude: row.lat, longitude: row.lon}),
    o.status = 'active', o.demo = true, o.version = 1,
    o.createdAt = datetime(), o.createdBy = 'demo', o.updatedAt = datetime(), o.updatedBy = 'demo',
    o.lastReviewedAt = datetime() - duration(row.reviewed)
MERGE (o)-[:LOCATED_IN]->(m)
WITH o, row
CALL (o, row) {
  MATCH (s:Municipality) WHERE s.id IN row.serves
  MERGE (o)-[:SERVES]->(s)
}
CALL (o, row) {
  MATCH (t:Topic) WHERE t.id IN row.topics
  MERGE (o)-[:WORKS_ON]->(t)
}
CALL (o, row) {
  MATCH (g:TargetGroup) WHERE g.id IN row.groups
  MERGE (o)-[:REACHES]->(g)
}
CALL (o, row) {
  MATCH (d:Domain) WHERE d.id IN row.domains
  MERGE (o)-[:IN_DOMAIN]->(d)
};

// Collaborations with a library (from = the side that started it). Four are still proposed,
// one has ended.
UNWIND [
  {id: '00000000-0000-4000-8000-000000000801', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000201', since: '2019-09-01', topic: 'schulden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000802', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000202', since: '2017-02-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000803', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000203', since: '2020-08-15', topic: 'leesbevordering', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000804', from: '00000000-0000-4000-8000-000000000204', to: '00000000-0000-4000-8000-000000000101', since: '2021-01-10', topic: 'schulden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000805', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000205', since: '2022-04-01', topic: 'gezondheidsvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000806', from: '00000000-0000-4000-8000-000000000206', to: '00000000-0000-4000-8000-000000000101', since: '2021-06-01', topic: 'werk-inkomen', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000807', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000207', since: '2019-03-01', topic: 'leesbevordering', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000808', from: '00000000-0000-4000-8000-000000000208', to: '00000000-0000-4000-8000-000000000101', since: '2023-09-01', topic: 'mediawijsheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000809', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000209', since: '2018-10-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000810', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000210', since: '2020-01-15', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000811', from: '00000000-0000-4000-8000-000000000211', to: '00000000-0000-4000-8000-000000000101', since: '2026-09-01', topic: 'digitale-basisvaardigheden', status: 'proposed'},
  {id: '00000000-0000-4000-8000-000000000812', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000212', since: '2016-09-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000813', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000213', since: '2022-10-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000814', from: '00000000-0000-4000-8000-000000000214', to: '00000000-0000-4000-8000-000000000101', since: '2023-03-01', topic: 'schulden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000815', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000215', since: '2019-05-01', topic: 'mediawijsheid', status: 'ended', until: '2023-12-31'},
  {id: '00000000-0000-4000-8000-000000000816', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000216', since: '2026-10-01', topic: 'gezondheidsvaardigheden', status: 'proposed'},
  {id: '00000000-0000-4000-8000-000000000817', from: '00000000-0000-4000-8000-000000000217', to: '00000000-0000-4000-8000-000000000101', since: '2020-11-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000818', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000218', since: '2019-01-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000819', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000219', since: '2021-09-01', topic: 'leesbevordering', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000820', from: '00000000-0000-4000-8000-000000000220', to: '00000000-0000-4000-8000-000000000101', since: '2024-05-01', topic: 'gezondheidsvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000821', from: '00000000-0000-4000-8000-000000000102', to: '00000000-0000-4000-8000-000000000221', since: '2018-04-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000822', from: '00000000-0000-4000-8000-000000000102', to: '00000000-0000-4000-8000-000000000222', since: '2019-09-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000823', from: '00000000-0000-4000-8000-000000000223', to: '00000000-0000-4000-8000-000000000102', since: '2022-01-01', topic: 'werk-inkomen', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000824', from: '00000000-0000-4000-8000-000000000102', to: '00000000-0000-4000-8000-000000000224', since: '2020-02-01', topic: 'leesbevordering', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000825', from: '00000000-0000-4000-8000-000000000102', to: '00000000-0000-4000-8000-000000000225', since: '2021-03-15', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000826', from: '00000000-0000-4000-8000-000000000102', to: '00000000-0000-4000-8000-000000000226', since: '2017-08-28', topic: 'leesbevordering', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000827', from: '00000000-0000-4000-8000-000000000227', to: '00000000-0000-4000-8000-000000000102', since: '2026-10-15', topic: 'gezondheidsvaardigheden', status: 'proposed'},
  {id: '00000000-0000-4000-8000-000000000828', from: '00000000-0000-4000-8000-000000000102', to: '00000000-0000-4000-8000-000000000202', since: '2022-09-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000829', from: '00000000-0000-4000-8000-000000000212', to: '00000000-0000-4000-8000-000000000102', since: '2023-01-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000830', from: '00000000-0000-4000-8000-000000000103', to: '00000000-0000-4000-8000-000000000228', since: '2019-10-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000831', from: '00000000-0000-4000-8000-000000000103', to: '00000000-0000-4000-8000-000000000229', since: '2016-01-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000832', from: '00000000-0000-4000-8000-000000000230', to: '00000000-0000-4000-8000-000000000103', since: '2018-09-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000833', from: '00000000-0000-4000-8000-000000000103', to: '00000000-0000-4000-8000-000000000231', since: '2020-03-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000834', from: '00000000-0000-4000-8000-000000000103', to: '00000000-0000-4000-8000-000000000232', since: '2022-02-01', topic: 'opvoeding', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000835', from: '00000000-0000-4000-8000-000000000233', to: '00000000-0000-4000-8000-000000000103', since: '2021-05-01', topic: 'gezondheidsvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000836', from: '00000000-0000-4000-8000-000000000103', to: '00000000-0000-4000-8000-000000000234', since: '2020-06-01', topic: 'schulden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000837', from: '00000000-0000-4000-8000-000000000103', to: '00000000-0000-4000-8000-000000000235', since: '2019-02-01', topic: 'mediawijsheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000838', from: '00000000-0000-4000-8000-000000000236', to: '00000000-0000-4000-8000-000000000103', since: '2023-09-01', topic: 'mediawijsheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000839', from: '00000000-0000-4000-8000-000000000237', to: '00000000-0000-4000-8000-000000000103', since: '2026-10-20', topic: 'werk-inkomen', status: 'proposed'},
  {id: '00000000-0000-4000-8000-000000000840', from: '00000000-0000-4000-8000-000000000103', to: '00000000-0000-4000-8000-000000000238', since: '2021-11-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000841', from: '00000000-0000-4000-8000-000000000239', to: '00000000-0000-4000-8000-000000000103', since: '2022-09-01', topic: 'opvoeding', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000842', from: '00000000-0000-4000-8000-000000000103', to: '00000000-0000-4000-8000-000000000240', since: '2020-10-01', topic: 'leesbevordering', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000843', from: '00000000-0000-4000-8000-000000000101', to: '00000000-0000-4000-8000-000000000102', since: '2023-01-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'}
] AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[r:COLLABORATES_WITH {id: row.id}]->(b)
  ON CREATE SET
    r.since = date(row.since),
    r.until = CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END,
    r.topic = row.topic,
    r.status = row.status,
    r.source = 'demo', r.assertedBy = 'demo', r.assertedAt = datetime();

// Collaborations between partners.
UNWIND [
  {id: '00000000-0000-4000-8000-000000000844', from: '00000000-0000-4000-8000-000000000201', to: '00000000-0000-4000-8000-000000000204', since: '2020-01-01', topic: 'schulden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000845', from: '00000000-0000-4000-8000-000000000201', to: '00000000-0000-4000-8000-000000000214', since: '2021-04-01', topic: 'schulden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000846', from: '00000000-0000-4000-8000-000000000204', to: '00000000-0000-4000-8000-000000000206', since: '2019-06-01', topic: 'werk-inkomen', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000847', from: '00000000-0000-4000-8000-000000000202', to: '00000000-0000-4000-8000-000000000210', since: '2018-03-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000848', from: '00000000-0000-4000-8000-000000000202', to: '00000000-0000-4000-8000-000000000212', since: '2017-05-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000849', from: '00000000-0000-4000-8000-000000000205', to: '00000000-0000-4000-8000-000000000216', since: '2022-11-01', topic: 'gezondheidsvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000850', from: '00000000-0000-4000-8000-000000000209', to: '00000000-0000-4000-8000-000000000213', since: '2019-09-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000851', from: '00000000-0000-4000-8000-000000000203', to: '00000000-0000-4000-8000-000000000207', since: '2021-02-01', topic: 'leesbevordering', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000852', from: '00000000-0000-4000-8000-000000000215', to: '00000000-0000-4000-8000-000000000208', since: '2022-03-01', topic: 'mediawijsheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000853', from: '00000000-0000-4000-8000-000000000221', to: '00000000-0000-4000-8000-000000000225', since: '2020-09-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000854', from: '00000000-0000-4000-8000-000000000222', to: '00000000-0000-4000-8000-000000000221', since: '2021-01-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000855', from: '00000000-0000-4000-8000-000000000223', to: '00000000-0000-4000-8000-000000000227', since: '2023-06-01', topic: 'werk-inkomen', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000856', from: '00000000-0000-4000-8000-000000000228', to: '00000000-0000-4000-8000-000000000234', since: '2018-05-01', topic: 'schulden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000857', from: '00000000-0000-4000-8000-000000000229', to: '00000000-0000-4000-8000-000000000230', since: '2017-09-01', topic: 'taalvaardigheid', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000858', from: '00000000-0000-4000-8000-000000000231', to: '00000000-0000-4000-8000-000000000238', since: '2021-02-01', topic: 'digitale-basisvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000859', from: '00000000-0000-4000-8000-000000000233', to: '00000000-0000-4000-8000-000000000228', since: '2022-06-01', topic: 'gezondheidsvaardigheden', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000860', from: '00000000-0000-4000-8000-000000000237', to: '00000000-0000-4000-8000-000000000229', since: '2024-01-15', topic: 'werk-inkomen', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000861', from: '00000000-0000-4000-8000-000000000239', to: '00000000-0000-4000-8000-000000000232', since: '2023-04-01', topic: 'opvoeding', status: 'confirmed'},
  {id: '00000000-0000-4000-8000-000000000862', from: '00000000-0000-4000-8000-000000000240', to: '00000000-0000-4000-8000-000000000235', since: '2021-10-01', topic: 'leesbevordering', status: 'confirmed'}
] AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[r:COLLABORATES_WITH {id: row.id}]->(b)
  ON CREATE SET
    r.since = date(row.since),
    r.topic = row.topic,
    r.status = row.status,
    r.source = 'demo', r.assertedBy = 'demo', r.assertedAt = datetime();

// The taalnetwerk, with its Taalhuis in the central branch of Bibliotheek De Vaart.
MATCH (b:Branch {id: '00000000-0000-4000-8000-000000000111'})
MERGE (n:Taalnetwerk {id: '00000000-0000-4000-8000-000000000401'})
  ON CREATE SET
    n.name = 'Taalnetwerk Utrecht-Oost (demo)',
    n.description = 'Netwerk van bibliotheken, taalaanbieders, welzijn en zorg dat samen laaggeletterdheid aanpakt in Utrecht, Zeist en De Bilt.',
    n.status = 'active', n.demo = true, n.version = 1,
    n.createdAt = datetime(), n.createdBy = 'demo', n.updatedAt = datetime(), n.updatedBy = 'demo',
    n.lastReviewedAt = datetime() - duration('P3M')
MERGE (n)-[:HAS_TAALHUIS {phase: 'open'}]->(b)
WITH n
CALL (n) {
  MATCH (m:Municipality) WHERE m.id IN ['GM0344', 'GM0355', 'GM0310']
  MERGE (n)-[:COVERS]->(m)
};

// Members of the taalnetwerk: together they hold all four roles, and De Vaart holds two.
UNWIND [
  {org: '00000000-0000-4000-8000-000000000101', roles: ['regisseren', 'faciliteren'], since: '2018-01-01'},
  {org: '00000000-0000-4000-8000-000000000102', roles: ['faciliteren'], since: '2019-09-01'},
  {org: '00000000-0000-4000-8000-000000000202', roles: ['programmeren'], since: '2018-01-01'},
  {org: '00000000-0000-4000-8000-000000000212', roles: ['programmeren'], since: '2018-06-01'},
  {org: '00000000-0000-4000-8000-000000000222', roles: ['programmeren'], since: '2019-09-01'},
  {org: '00000000-0000-4000-8000-000000000201', roles: ['intermediëren'], since: '2020-02-01'},
  {org: '00000000-0000-4000-8000-000000000205', roles: ['intermediëren'], since: '2022-04-01'},
  {org: '00000000-0000-4000-8000-000000000221', roles: ['intermediëren'], since: '2021-01-01'}
] AS row
MATCH (n:Taalnetwerk {id: '00000000-0000-4000-8000-000000000401'})
MATCH (o:Organisation {id: row.org})
MERGE (o)-[r:MEMBER_OF]->(n)
  ON CREATE SET
    r.roles = row.roles,
    r.since = date(row.since),
    r.assertedBy = 'demo', r.assertedAt = datetime();

// People (invented), with their work relation. Business contact only, consent varies.
UNWIND [
  {id: '00000000-0000-4000-8000-000000000301', name: 'Noor van Dijkhuizen', jobTitle: 'Netwerkbibliothecaris',
   email: 'noor.vandijkhuizen@bibliotheekdevaart.example', introductions: true, recommendations: true,
   org: '00000000-0000-4000-8000-000000000101', role: 'netwerkbibliothecaris', reviewed: 'P1M'},
  {id: '00000000-0000-4000-8000-000000000302', name: 'Sem Oudejans', jobTitle: 'Coördinator Taalhuis',
   email: 'sem.oudejans@bibliotheekheuvelrand.example', introductions: true, recommendations: false,
   org: '00000000-0000-4000-8000-000000000102', role: 'coördinator', reviewed: 'P5M'},
  {id: '00000000-0000-4000-8000-000000000303', name: 'Lotte Verhaegen', jobTitle: 'Bibliothecaris digitale inclusie',
   email: 'lotte.verhaegen@scheldemeersen.example', introductions: true, recommendations: true,
   org: '00000000-0000-4000-8000-000000000103', role: 'netwerkbibliothecaris', reviewed: 'P2M'},
  {id: '00000000-0000-4000-8000-000000000304', name: 'Farid El Amrani', jobTitle: 'Docent NT2',
   email: 'f.elamrani@taalschooldomstad.example', introductions: true, recommendations: false,
   org: '00000000-0000-4000-8000-000000000202', role: 'medewerker', reviewed: 'P6M'},
  {id: '00000000-0000-4000-8000-000000000305', name: 'Ingrid Bosschaert', jobTitle: 'Opbouwwerker',
   email: 'ingrid.bosschaert@buurtwerkrabot.example', introductions: false, recommendations: false,
   org: '00000000-0000-4000-8000-000000000228', role: 'contactpersoon', reviewed: 'P26M'},
  {id: '00000000-0000-4000-8000-000000000306', name: 'Kees Hoogendoorn', jobTitle: 'Vrijwilliger digitale hulp',
   email: 'kees.hoogendoorn@repaircode.example', introductions: true, recommendations: true,
   org: '00000000-0000-4000-8000-000000000209', role: 'vrijwilliger', reviewed: 'P3M'},
  {id: '00000000-0000-4000-8000-000000000307', name: 'Marieke Zwanenburg', jobTitle: 'Sociaal werker',
   email: 'm.zwanenburg@welzijnoost.example', introductions: false, recommendations: true,
   org: '00000000-0000-4000-8000-000000000201', role: 'medewerker', reviewed: 'P8M'},
  {id: '00000000-0000-4000-8000-000000000308', name: 'Tess Achterberg', jobTitle: 'Vrijwilligerscoördinator',
   email: 'tess.achterberg@zilverdraad.example', introductions: true, recommendations: true,
   org: '00000000-0000-4000-8000-000000000213', role: 'contactpersoon', reviewed: 'P4M'}
] AS row
MATCH (o:Organisation {id: row.org})
MERGE (p:Person {id: row.id})
  ON CREATE SET
    p += row {.name, .jobTitle, .email},
    p.consentIntroductions = row.introductions,
    p.consentRecommendations = row.recommendations,
    p.legalBasis = 'consent',
    p.status = 'active', p.demo = true, p.version = 1,
    p.createdAt = datetime(), p.createdBy = 'demo', p.updatedAt = datetime(), p.updatedBy = 'demo',
    p.lastReviewedAt = datetime() - duration(row.reviewed)
MERGE (p)-[w:WORKS_FOR]->(o)
  ON CREATE SET w.role = row.role;

// Who knows whom.
UNWIND [
  {from: '00000000-0000-4000-8000-000000000301', to: '00000000-0000-4000-8000-000000000302', since: '2021-03-01'},
  {from: '00000000-0000-4000-8000-000000000301', to: '00000000-0000-4000-8000-000000000304', since: '2019-05-01'},
  {from: '00000000-0000-4000-8000-000000000301', to: '00000000-0000-4000-8000-000000000307', since: '2020-02-01'},
  {from: '00000000-0000-4000-8000-000000000301', to: '00000000-0000-4000-8000-000000000306', since: '2023-01-01'},
  {from: '00000000-0000-4000-8000-000000000303', to: '00000000-0000-4000-8000-000000000305', since: '2018-10-01'},
  {from: '00000000-0000-4000-8000-000000000306', to: '00000000-0000-4000-8000-000000000308', since: '2022-06-01'}
] AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[k:KNOWS]->(b)
  ON CREATE SET k.since = date(row.since);

// The community: seniors learning digital skills together at De Vaart Overvecht.
MATCH (host:Organisation:Library {id: '00000000-0000-4000-8000-000000000101'})
MATCH (b:Branch {id: '00000000-0000-4000-8000-000000000112'})
MATCH (t:Topic {id: 'digitale-basisvaardigheden'})
MATCH (g:TargetGroup {id: 'senioren'})
MERGE (c:Community {id: '00000000-0000-4000-8000-000000000501'})
  ON CREATE SET
    c.name = 'Samen digitaal (demo)',
    c.description = 'Wekelijkse inloop waar senioren elkaar helpen met tablet, smartphone en online zaken, met vrijwilligers als begeleiders.',
    c.status = 'active', c.demo = true, c.version = 1,
    c.createdAt = datetime(), c.createdBy = 'demo', c.updatedAt = datetime(), c.updatedBy = 'demo',
    c.lastReviewedAt = datetime() - duration('P2M')
MERGE (host)-[:HOSTS]->(c)
MERGE (c)-[:MEETS_AT]->(b)
MERGE (c)-[:ABOUT]->(t)
MERGE (c)-[:FOR]->(g);

// Members of the community.
UNWIND [
  {person: '00000000-0000-4000-8000-000000000301', role: 'organisator'},
  {person: '00000000-0000-4000-8000-000000000306', role: 'begeleider'},
  {person: '00000000-0000-4000-8000-000000000308', role: 'begeleider'},
  {person: '00000000-0000-4000-8000-000000000307', role: 'doorverwijzer'}
] AS row
MATCH (c:Community {id: '00000000-0000-4000-8000-000000000501'})
MATCH (p:Person {id: row.person})
MERGE (p)-[r:MEMBER_OF]->(c)
  ON CREATE SET r.role = row.role;

// The alliance of the two Utrecht libraries.
MERGE (a:Alliance {id: '00000000-0000-4000-8000-000000000601'})
  ON CREATE SET
    a.name = 'Bibliotheekalliantie Utrecht (demo)',
    a.description = 'Bovenlokale samenwerking van twee bibliotheken rond digitale inclusie en het Taalhuis, met een gedeelde netwerkbibliothecaris.',
    a.since = date('2023-01-01'),
    a.status = 'active', a.demo = true, a.version = 1,
    a.createdAt = datetime(), a.createdBy = 'demo', a.updatedAt = datetime(), a.updatedBy = 'demo',
    a.lastReviewedAt = datetime() - duration('P6M')
WITH a
CALL (a) {
  UNWIND [
    {org: '00000000-0000-4000-8000-000000000101', role: 'penvoerder'},
    {org: '00000000-0000-4000-8000-000000000102', role: 'deelnemer'}
  ] AS row
  MATCH (o:Organisation:Library {id: row.org})
  MERGE (o)-[r:MEMBER_OF]->(a)
    ON CREATE SET r.role = row.role, r.since = date('2023-01-01')
}
CALL (a) {
  MATCH (m:Municipality) WHERE m.id IN ['GM0344', 'GM0356', 'GM0321', 'GM0355', 'GM0310', 'GM0312']
  MERGE (a)-[:COVERS]->(m)
};

// A network project under a provincial priority (participation if present, otherwise the first
// priority by id), with one library signed up.
MATCH (t:Topic {kind: 'priority'})
WITH t ORDER BY CASE WHEN t.id STARTS WITH 'participatie' THEN 0 ELSE 1 END, t.id LIMIT 1
MATCH (l:Organisation:Library {id: '00000000-0000-4000-8000-000000000101'})
MERGE (p:NetworkProject {id: '00000000-0000-4000-8000-000000000701'})
  ON CREATE SET
    p.name = 'Digitaal meedoen in de wijk (demo)',
    p.description = 'Provinciaal netwerkproject: bibliotheken bouwen met partners in de wijk een vast digitaal hulppunt op.',
    p.year = 2026,
    p.maxTickets = 3,
    p.status = 'active', p.demo = true, p.version = 1,
    p.createdAt = datetime(), p.createdBy = 'demo', p.updatedAt = datetime(), p.updatedBy = 'demo',
    p.lastReviewedAt = datetime() - duration('P1M')
MERGE (p)-[:UNDER]->(t)
MERGE (l)-[s:SIGNED_UP]->(p)
  ON CREATE SET s.year = 2026, s.at = datetime();

// --- community ---
// Samen digitaal: when it meets, a partner that runs it with the library, an organisation among
// its members, and its offer of two activities at the branch where it meets.
MATCH (c:Community {id: '00000000-0000-4000-8000-000000000501'})
MATCH (runner:Organisation {id: '00000000-0000-4000-8000-000000000213'})
MATCH (member:Organisation {id: '00000000-0000-4000-8000-000000000201'})
SET c.schedule = coalesce(c.schedule, 'elke dinsdag 10–12 uur')
MERGE (runner)-[r:RUNS]->(c)
  ON CREATE SET r.assertedBy = 'demo', r.assertedAt = datetime()
MERGE (member)-[m:MEMBER_OF]->(c)
  ON CREATE SET m.role = 'doorverwijzer', m.since = date('2024-09-01');

UNWIND [
  {id: '00000000-0000-4000-8000-000000000511', name: 'Digicafé (demo)',
   description: 'Elke week vrije inloop: vrijwilligers helpen met tablet, smartphone en e-mail.',
   from: '2026-01-06', until: '2026-06-30', topic: 'digitale-basisvaardigheden', group: 'senioren'},
  {id: '00000000-0000-4000-8000-000000000512', name: 'Klik & Tik: veilig online bankieren (demo)',
   description: 'Vier ochtenden over DigiD, internetbankieren en oplichting herkennen.',
   from: '2026-03-03', until: '2026-03-24', topic: 'digitale-overheid', group: 'digitaal-minder-vaardigen'}
] AS row
MATCH (c:Community {id: '00000000-0000-4000-8000-000000000501'})
MATCH (b:Branch {id: '00000000-0000-4000-8000-000000000112'})
MATCH (t:Topic {id: row.topic})
MATCH (g:TargetGroup {id: row.group})
MERGE (a:Activity {id: row.id})
  ON CREATE SET a.name = row.name, a.description = row.description,
    a.from = date(row.from), a.until = date(row.until), a.demo = true,
    a.createdAt = datetime(), a.createdBy = 'demo', a.updatedAt = datetime(), a.updatedBy = 'demo'
MERGE (c)-[:OFFERS]->(a)
MERGE (a)-[:ABOUT]->(t)
MERGE (a)-[:FOR]->(g)
MERGE (a)-[:AT]->(b);
// People and privacy: who may see each demo person, and the consents with the date given and the
// wording version (v1). Only people without a visibility yet, so a second run changes nothing.
// The demo account 'bibliothecaris' logs in as Noor van Dijkhuizen: DemoData links them once the
// accounts exist ((:Account)-[:IS]->(:Person)).
UNWIND [
  {id: '00000000-0000-4000-8000-000000000301', visibility: 'PLATFORM', maps: true},
  {id: '00000000-0000-4000-8000-000000000302', visibility: 'PARTNERS', maps: false},
  {id: '00000000-0000-4000-8000-000000000303', visibility: 'PLATFORM', maps: true},
  {id: '00000000-0000-4000-8000-000000000304', visibility: 'PARTNERS', maps: false},
  {id: '00000000-0000-4000-8000-000000000305', visibility: 'ORGANISATION', maps: false},
  {id: '00000000-0000-4000-8000-000000000306', visibility: 'PLATFORM', maps: true},
  {id: '00000000-0000-4000-8000-000000000307', visibility: 'ORGANISATION', maps: false},
  {id: '00000000-0000-4000-8000-000000000308', visibility: 'PARTNERS', maps: false}
] AS row
MATCH (p:Person {id: row.id})
WHERE p.visibility IS NULL
SET p.visibility = row.visibility,
    p.consentMaps = row.maps,
    p.consentMapsAt = CASE WHEN row.maps THEN p.createdAt END,
    p.consentMapsVersion = CASE WHEN row.maps THEN 'v1' END,
    p.consentMapsBy = CASE WHEN row.maps THEN 'demo' END,
    p.consentIntroductionsAt = CASE WHEN p.consentIntroductions THEN p.createdAt END,
    p.consentIntroductionsVersion = CASE WHEN p.consentIntroductions THEN 'v1' END,
    p.consentIntroductionsBy = CASE WHEN p.consentIntroductions THEN 'demo' END,
    p.consentRecommendationsAt = CASE WHEN p.consentRecommendations THEN p.createdAt END,
    p.consentRecommendationsVersion = CASE WHEN p.consentRecommendations THEN 'v1' END,
    p.consentRecommendationsBy = CASE WHEN p.consentRecommendations THEN 'demo' END;

// --- projects ---
// The network project round of the province of Utrecht (3 tickets per library), with the demo
// project above moved into it and a second project to sign up for. De Vaart has used one ticket.
MERGE (r:ProjectRound {id: '00000000-0000-4000-8000-000000000702'})
  ON CREATE SET r.name = 'Netwerkprojecten Utrecht 2026 (demo)', r.year = 2026,
    r.ticketsPerLibrary = 3, r.status = 'open', r.regionIds = ['PV26'], r.demo = true, r.version = 1,
    r.createdAt = datetime(), r.createdBy = 'demo', r.updatedAt = datetime(), r.updatedBy = 'demo';

MATCH (r:ProjectRound {id: '00000000-0000-4000-8000-000000000702'})
MATCH (p:NetworkProject {id: '00000000-0000-4000-8000-000000000701'})
MATCH (g:TargetGroup {id: 'digitaal-minder-vaardigen'})
MERGE (p)-[:IN_ROUND]->(r)
MERGE (p)-[:FOR]->(g)
SET p.intendedEffect = coalesce(p.intendedEffect, p.description),
    p.goal = coalesce(p.goal, 'In elke deelnemende gemeente een vast digitaal hulppunt met partners.'),
    p.result = coalesce(p.result, 'Wekelijks spreekuur, doorverwijskaart en gedeelde training voor vrijwilligers.'),
    p.subjects = coalesce(p.subjects, ['digitale overheid', 'vrijwilligers'])
REMOVE p.maxTickets;

MATCH (:Library {id: '00000000-0000-4000-8000-000000000101'})-[s:SIGNED_UP]->(:NetworkProject {id: '00000000-0000-4000-8000-000000000701'})
SET s.by = coalesce(s.by, 'demo')
REMOVE s.year;

MATCH (r:ProjectRound {id: '00000000-0000-4000-8000-000000000702'})
MATCH (t:Topic {id: 'jeugd-onderwijs'})
MATCH (g:TargetGroup {id: 'jeugd'})
MERGE (p:NetworkProject {id: '00000000-0000-4000-8000-000000000703'})
  ON CREATE SET p.name = 'Voorleesnetwerk met de kinderopvang (demo)',
    p.intendedEffect = 'Meer kinderen groeien op met voorlezen, thuis en in de opvang.',
    p.goal = 'Elke deelnemende bibliotheek werkt met minstens drie kinderopvanglocaties samen.',
    p.result = 'Voorleescoördinatoren, wisselcollecties en een gezamenlijke voorleesweek.',
    p.subjects = ['voorlezen', 'kinderopvang'], p.status = 'active', p.demo = true, p.version = 1,
    p.createdAt = datetime(), p.createdBy = 'demo', p.updatedAt = datetime(), p.updatedBy = 'demo'
MERGE (p)-[:IN_ROUND]->(r)
MERGE (p)-[:UNDER]->(t)
MERGE (p)-[:FOR]->(g);
// --- coverage ---
// Imported need figures (invented, labelled as demo) for two municipalities of the taalnetwerk, so
// that the coverage page shows an imported figure beside the estimates of the other municipalities.
UNWIND [
  {municipality: 'GM0355', group: 'laaggeletterden', count: 8150, year: 2024},
  {municipality: 'GM0310', group: 'laaggeletterden', count: 5420, year: 2024}
] AS row
MATCH (m:Municipality {id: row.municipality}), (g:TargetGroup {id: row.group})
MERGE (m)-[h:HAS_NEED {year: row.year}]->(g)
  ON CREATE SET h.count = row.count, h.source = 'Demo: regionale monitor (verzonnen)',
                h.importedAt = datetime(), h.importedBy = 'demo';
// Network health: snapshots of the two years before this one for the demo taalnetwerk and the
// province of Utrecht (invented numbers, labelled demo), so the health page has a history to draw;
// this year's snapshot is taken by the yearly run or on demand. MERGE on the key: loaded once.
UNWIND [
  {kind: 'taalnetwerk', id: '00000000-0000-4000-8000-000000000401', ago: 2, members: 5, roles: 3, collaborations: 2, partners: 3},
  {kind: 'taalnetwerk', id: '00000000-0000-4000-8000-000000000401', ago: 1, members: 7, roles: 4, collaborations: 4, partners: 5},
  {kind: 'region', id: 'PV26', ago: 2, members: 31, roles: 3, collaborations: 40, partners: 28},
  {kind: 'region', id: 'PV26', ago: 1, members: 36, roles: 4, collaborations: 52, partners: 32}
] AS row
CALL (row) {
  MATCH (s:Taalnetwerk {id: row.id}) WHERE row.kind = 'taalnetwerk' RETURN s,
        COLLECT { MATCH (s)-[:COVERS]->(m:Municipality) RETURN m.population } AS populations
  UNION
  MATCH (s:Region {id: row.id}) WHERE row.kind = 'region' RETURN s,
        COLLECT { MATCH (s)<-[:IN_REGION]-(m:Municipality) RETURN m.population } AS populations
}
WITH row, s, reduce(total = 0, p IN populations | total + coalesce(p, 0)) AS inhabitants,
     date().year - row.ago AS year
MERGE (h:HealthSnapshot {key: row.kind + ':' + row.id + ':' + toString(year)})
  ON CREATE SET
    h.id = randomUUID(), h.subjectKind = row.kind, h.subjectId = row.id, h.year = year,
    h.at = datetime({year: year, month: 1, day: 1, hour: 3, timezone: 'UTC'}), h.createdBy = 'demo',
    h.demo = true, h.members = row.members, h.rolesFilled = row.roles,
    h.confirmedCollaborations = row.collaborations, h.partners = row.partners,
    h.inhabitants = inhabitants,
    h.partnersPer10k = CASE WHEN inhabitants = 0 THEN 0.0
                            ELSE round(row.partners * 10000.0 / inhabitants, 2) END
MERGE (h)-[:OF]->(s);
