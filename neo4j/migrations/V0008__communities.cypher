// V0008 - communities after the community-library model: a community's offer of activities,
// (:Community)-[:OFFERS]->(:Activity {id, name, description, from, until}) with the activity's
// (:Activity)-[:ABOUT]->(:Topic), -[:FOR]->(:TargetGroup) and -[:AT]->(:Branch); requests to join,
// (:Organisation|Person)-[:ASKED_TO_JOIN {at, message, by}]->(:Community). Activities are reached
// from their community, but the API addresses them by id, hence the constraint; the header search
// finds communities by name and purpose (Dutch analyzer, like organisationText), hence the
// full-text index.

CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX communityText IF NOT EXISTS FOR (n:Community) ON EACH [n.name, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
