// V0003 - reference taxonomy: life domains, provincial priorities, themes, target groups.
// Idempotent (MERGE on id, SET of all properties). Ids are lowercase slugs and never change.
// Labels are Dutch (nameNl) and English (nameEn).

// Domains (levensdomeinen), as used by Muntpunt for questions from the public
UNWIND [
  {id: 'onderwijs',           nameNl: 'Onderwijs',                    nameEn: 'Education'},
  {id: 'werken',              nameNl: 'Werken',                       nameEn: 'Work'},
  {id: 'wonen',               nameNl: 'Wonen',                        nameEn: 'Housing'},
  {id: 'welzijn-gezondheid',  nameNl: 'Welzijn & Gezondheid',         nameEn: 'Wellbeing & Health'},
  {id: 'nederlands-leren',    nameNl: 'Nederlands leren en oefenen',  nameEn: 'Learning and practising Dutch'},
  {id: 'cultuur-vrije-tijd',  nameNl: 'Cultuur & Vrije tijd',         nameEn: 'Culture & Leisure'}
] AS row
MERGE (d:Domain {id: row.id})
SET d.nameNl = row.nameNl, d.nameEn = row.nameEn;

// The five priorities of the provincial network projects (four from the national
// Innovatieagenda plus culturele infrastructuur from the provinces)
UNWIND [
  {id: 'jeugd-onderwijs',               nameNl: 'Jeugd & onderwijs',                                       nameEn: 'Youth & education'},
  {id: 'persoonlijke-ontwikkeling',     nameNl: 'Persoonlijke ontwikkeling',                               nameEn: 'Personal development'},
  {id: 'participatie-zelfredzaamheid',  nameNl: 'Participatie & zelfredzaamheid',                          nameEn: 'Participation & self-reliance'},
  {id: 'verandering-verbreding',        nameNl: 'Verandering & verbreding van de klassieke bibliotheek',   nameEn: 'Change & broadening of the classic library'},
  {id: 'culturele-infrastructuur',      nameNl: 'Culturele infrastructuur',                                nameEn: 'Cultural infrastructure'}
] AS row
MERGE (t:Topic {id: row.id})
SET t.nameNl = row.nameNl, t.nameEn = row.nameEn, t.kind = 'priority';

// Themes. broader = the id of the priority (or, for a narrower theme, of the broader theme).
UNWIND [
  {id: 'mediawijsheid',               nameNl: 'Mediawijsheid',                              nameEn: 'Media literacy',                          broader: 'jeugd-onderwijs'},
  {id: 'bibliotheek-op-school',       nameNl: 'Bibliotheek op school',                      nameEn: 'Library at school',                       broader: 'jeugd-onderwijs'},
  {id: 'opvoeding',                   nameNl: 'Opvoeding & ouderbetrokkenheid',             nameEn: 'Parenting & parental involvement',        broader: 'jeugd-onderwijs'},
  {id: 'huiswerkbegeleiding',         nameNl: 'Huiswerkbegeleiding',                        nameEn: 'Homework support',                        broader: 'jeugd-onderwijs'},
  {id: 'leesbevordering',             nameNl: 'Leesbevordering',                            nameEn: 'Reading promotion',                       broader: 'persoonlijke-ontwikkeling'},
  {id: 'voorlezen',                   nameNl: 'Voorlezen',                                  nameEn: 'Reading aloud',                           broader: 'leesbevordering'},
  {id: 'informeel-leren',             nameNl: 'Informeel leren & leven lang leren',         nameEn: 'Informal & lifelong learning',            broader: 'persoonlijke-ontwikkeling'},
  {id: 'informatievaardigheden',      nameNl: 'Informatievaardigheden',                     nameEn: 'Information literacy',                    broader: 'persoonlijke-ontwikkeling'},
  {id: '21e-eeuwse-vaardigheden',     nameNl: '21e-eeuwse vaardigheden',                    nameEn: '21st-century skills',                     broader: 'persoonlijke-ontwikkeling'},
  {id: 'ontmoeting-debat',            nameNl: 'Ontmoeting & debat',                         nameEn: 'Meeting & debate',                        broader: 'persoonlijke-ontwikkeling'},
  {id: 'taalvaardigheid',             nameNl: 'Taalvaardigheid',                            nameEn: 'Language & literacy skills',              broader: 'participatie-zelfredzaamheid'},
  {id: 'nederlands-oefenen',          nameNl: 'Nederlandse taal oefenen',                   nameEn: 'Practising Dutch',                        broader: 'taalvaardigheid'},
  {id: 'digitale-basisvaardigheden',  nameNl: 'Digitale basisvaardigheden',                 nameEn: 'Basic digital skills',                    broader: 'participatie-zelfredzaamheid'},
  {id: 'digitale-overheid',           nameNl: 'Digitale overheid',                          nameEn: 'Digital government services',             broader: 'digitale-basisvaardigheden'},
  {id: 'gezondheidsvaardigheden',     nameNl: 'Gezondheidsvaardigheden',                    nameEn: 'Health literacy',                         broader: 'participatie-zelfredzaamheid'},
  {id: 'werk-inkomen',                nameNl: 'Werk & inkomen',                             nameEn: 'Work & income',                           broader: 'participatie-zelfredzaamheid'},
  {id: 'schulden',                    nameNl: 'Schulden & financiële zelfredzaamheid',      nameEn: 'Debt & financial self-reliance',          broader: 'participatie-zelfredzaamheid'},
  {id: 'passend-lezen',               nameNl: 'Lezen met een leesbeperking',                nameEn: 'Reading with a print disability',         broader: 'participatie-zelfredzaamheid'},
  {id: 'burgerschap-democratie',      nameNl: 'Burgerschap & democratie',                   nameEn: 'Citizenship & democracy',                 broader: 'participatie-zelfredzaamheid'},
  {id: 'community-vorming',           nameNl: 'Communityvorming',                           nameEn: 'Community building',                      broader: 'verandering-verbreding'},
  {id: 'cultuureducatie',             nameNl: 'Cultuureducatie',                            nameEn: 'Arts & cultural education',               broader: 'culturele-infrastructuur'},
  {id: 'cultuurparticipatie',         nameNl: 'Cultuurparticipatie',                        nameEn: 'Cultural participation',                  broader: 'culturele-infrastructuur'},
  {id: 'erfgoed',                     nameNl: 'Erfgoed & lokale geschiedenis',              nameEn: 'Heritage & local history',                broader: 'culturele-infrastructuur'}
] AS row
MERGE (t:Topic {id: row.id})
SET t.nameNl = row.nameNl, t.nameEn = row.nameEn, t.kind = 'theme'
WITH collect(row) AS rows
// all themes exist now: link each to its broader topic, (narrower)-[:BROADER]->(broader)
UNWIND rows AS row
MATCH (narrower:Topic {id: row.id})
MATCH (broader:Topic {id: row.broader})
MERGE (narrower)-[:BROADER]->(broader);

// Target groups (doelgroepen). nationalShare = ESTIMATED share of the TOTAL population (0..1),
// used only to estimate need as nationalShare x municipal population. Rough, NL-based orders of
// magnitude applied to both countries. shareSource says what each estimate rests on.
UNWIND [
  {id: 'laaggeletterden', nameNl: 'Laaggeletterden', nameEn: 'Adults with low literacy', nationalShare: 0.14,
   shareSource: 'Schatting o.b.v. Stichting Lezen & Schrijven: ca. 2,5 mln mensen van 16+ in NL hebben moeite met lezen en schrijven (ca. 17% van 16+), gedeeld door de totale bevolking (17,9 mln) geeft ca. 0,14'},
  {id: 'digitaal-minder-vaardigen', nameNl: 'Digitaal minder vaardigen', nameEn: 'People with limited digital skills', nationalShare: 0.20,
   shareSource: 'Ruwe schatting o.b.v. het vaak genoemde aantal van ca. 4 mln Nederlanders met onvoldoende digitale basisvaardigheden, afgerond naar beneden'},
  {id: 'jonge-kinderen', nameNl: 'Jonge kinderen (0-4 jaar)', nameEn: 'Young children (0-4)', nationalShare: 0.045,
   shareSource: 'Schatting o.b.v. CBS-bevolkingsopbouw: vijf geboortejaargangen van ca. 165.000 op 17,9 mln inwoners'},
  {id: 'jeugd', nameNl: 'Jeugd (0-18 jaar)', nameEn: 'Children and young people (0-18)', nationalShare: 0.20,
   shareSource: 'Schatting o.b.v. CBS-bevolkingsopbouw: ca. 1 op 5 inwoners is jonger dan 18 (Vlaanderen vergelijkbaar volgens Statbel)'},
  {id: 'ouders-verzorgers', nameNl: 'Ouders en verzorgers', nameEn: 'Parents and carers', nationalShare: 0.18,
   shareSource: 'Ruwe schatting o.b.v. CBS-huishoudens: ca. 1,8 mln huishoudens met thuiswonende minderjarige kinderen, met gemiddeld bijna 2 ouders'},
  {id: 'nieuwkomers-anderstaligen', nameNl: 'Nieuwkomers en anderstaligen', nameEn: 'Newcomers and speakers of other languages', nationalShare: 0.05,
   shareSource: 'Ruwe schatting o.b.v. CBS-migratiecijfers: netto-immigratie van enkele procenten van de bevolking over de laatste vijf jaar, exclusief langer gevestigde anderstaligen'},
  {id: 'senioren', nameNl: 'Senioren (65+)', nameEn: 'Older people (65+)', nationalShare: 0.20,
   shareSource: 'Schatting o.b.v. CBS-bevolkingsopbouw: ca. 20% van de inwoners is 65 jaar of ouder (Vlaanderen vergelijkbaar volgens Statbel)'},
  {id: 'kwetsbare-burgers', nameNl: 'Kwetsbare burgers', nameEn: 'Vulnerable citizens', nationalShare: 0.10,
   shareSource: 'Ruwe schatting zonder eenduidige bron: armoede, schulden, gezondheidsproblemen en sociaal isolement overlappen, orde van grootte 1 op 10'},
  {id: 'mensen-met-leesbeperking', nameNl: 'Mensen met een leesbeperking', nameEn: 'People with a print disability', nationalShare: 0.05,
   shareSource: 'Ruwe schatting: dyslexie (enkele procenten van de bevolking) plus blinden, slechtzienden en mensen met een andere leesbeperking, orde van grootte 1 mln in NL'},
  {id: 'werkzoekenden', nameNl: 'Werkzoekenden', nameEn: 'Jobseekers', nationalShare: 0.04,
   shareSource: 'Ruwe schatting o.b.v. CBS-werkloosheid (ca. 4% van de beroepsbevolking) plus niet-werkende uitkeringsgerechtigden, als aandeel van de totale bevolking'}
] AS row
MERGE (g:TargetGroup {id: row.id})
SET g.nameNl = row.nameNl, g.nameEn = row.nameEn,
    g.nationalShare = row.nationalShare, g.shareSource = row.shareSource;
