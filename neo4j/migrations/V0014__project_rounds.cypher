// V0014 - network projects in rounds with tickets.
// (:NetworkProject)-[:IN_ROUND]->(:ProjectRound {id, name, year, ticketsPerLibrary, status, regionIds})
// (:NetworkProject)-[:UNDER]->(:Topic {kind: 'priority'})   (:NetworkProject)-[:FOR]->(:TargetGroup)
// (:Library)-[:SIGNED_UP {at, by}]->(:NetworkProject)
// (:TicketBook {id: libraryId + '/' + roundId, libraryId, roundId}) exists only to be locked: every
// sign-up or withdrawal first writes to the ticket book of its library and round, so that
// concurrent sign-ups of one library in one round count their tickets one after the other. Its id
// is unique, so two first sign-ups cannot create two books.
// Projects of the earlier shape (year and maxTickets on the project, year on SIGNED_UP) move into
// one round per year with those tickets; such a round has no regions, so only an administrator
// manages it.

CREATE CONSTRAINT project_round_id IF NOT EXISTS FOR (n:ProjectRound) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ticket_book_id IF NOT EXISTS FOR (n:TicketBook) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX ticket_book_round IF NOT EXISTS FOR (n:TicketBook) ON (n.roundId);
CREATE RANGE INDEX project_round_year IF NOT EXISTS FOR (n:ProjectRound) ON (n.year);
MATCH (p:NetworkProject) WHERE NOT (p)-[:IN_ROUND]->(:ProjectRound)
WITH coalesce(p.year, date().year) AS year, collect(p) AS projects, max(p.maxTickets) AS tickets
MERGE (r:ProjectRound {migratedYear: year})
  ON CREATE SET r.id = randomUUID(), r.name = 'Netwerkprojecten ' + year, r.year = year,
    r.ticketsPerLibrary = coalesce(tickets, 3), r.status = 'open', r.regionIds = [],
    r.demo = any(x IN projects WHERE x.demo), r.version = 1,
    r.createdAt = datetime(), r.createdBy = 'migration', r.updatedAt = datetime(), r.updatedBy = 'migration'
WITH r, projects
UNWIND projects AS p
MERGE (p)-[:IN_ROUND]->(r)
SET p.intendedEffect = coalesce(p.intendedEffect, p.description), p.version = coalesce(p.version, 1)
REMOVE p.maxTickets;
MATCH (:Library)-[s:SIGNED_UP]->(:NetworkProject)
WHERE s.by IS NULL OR s.year IS NOT NULL
SET s.by = coalesce(s.by, 'migration'), s.at = coalesce(s.at, datetime())
REMOVE s.year;
