// V0005 - saved social maps: a map's centre, depth and filters, with the positions of its nodes,
// owned by an account, (:Account)-[:OWNS]->(:SavedMap), and optionally shared with the owner's
// organisation, (:SavedMap)-[:SHARED_WITH]->(:Organisation).
// A list of maps starts from the account or its organisation (both indexed by V0001) and follows
// those relationships, so no index on an owner property is needed: the id constraint is all.

CREATE CONSTRAINT saved_map_id IF NOT EXISTS FOR (n:SavedMap) REQUIRE n.id IS UNIQUE;
