// V0013 - regional alliances (bovenlokale samenwerkingsverbanden): an alliance's name for the list
// (sorted and filtered by name) and its status (active / ended). Members, the municipalities it
// covers and its topics are relationships, (:Organisation)-[:MEMBER_OF {role, since, until}]->
// (:Alliance)-[:COVERS]->(:Municipality) and (:Alliance)-[:ABOUT]->(:Topic); they are reached from
// the alliance (id constraint of V0001), so need no index of their own.

CREATE INDEX alliance_name IF NOT EXISTS FOR (n:Alliance) ON (n.name);
CREATE INDEX alliance_status IF NOT EXISTS FOR (n:Alliance) ON (n.status);
