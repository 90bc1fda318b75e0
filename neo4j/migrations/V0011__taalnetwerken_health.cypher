// V0011 - taalnetwerken and network health over time.
// A taalnetwerk's name is searched in its list; a health snapshot is one per subject (a region or
// a taalnetwerk) per year, kept unique by its key "<kind>:<subject id>:<year>", so the yearly run
// and a second on-demand snapshot in the same year can never make a duplicate.

CREATE RANGE INDEX taalnetwerk_name IF NOT EXISTS FOR (n:Taalnetwerk) ON (n.name);
CREATE CONSTRAINT health_snapshot_id IF NOT EXISTS FOR (n:HealthSnapshot) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT health_snapshot_key IF NOT EXISTS FOR (n:HealthSnapshot) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX health_snapshot_subject IF NOT EXISTS FOR (n:HealthSnapshot) ON (n.subjectKind, n.subjectId);
