// V0002 - search indexes (all available in Neo4j Community edition).
// Ids, Account.username and Municipality.code are already indexed by the constraints of V0001.

// Range indexes: equality, range and prefix lookups
CREATE RANGE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE RANGE INDEX organisation_sector IF NOT EXISTS FOR (n:Organisation) ON (n.sector);
CREATE RANGE INDEX organisation_status IF NOT EXISTS FOR (n:Organisation) ON (n.status);
CREATE RANGE INDEX organisation_last_reviewed_at IF NOT EXISTS FOR (n:Organisation) ON (n.lastReviewedAt);
CREATE RANGE INDEX organisation_registration_number IF NOT EXISTS FOR (n:Organisation) ON (n.registrationNumber);
CREATE RANGE INDEX person_email IF NOT EXISTS FOR (n:Person) ON (n.email);
CREATE RANGE INDEX topic_kind IF NOT EXISTS FOR (n:Topic) ON (n.kind);
CREATE RANGE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE RANGE INDEX region_country IF NOT EXISTS FOR (n:Region) ON (n.country);
CREATE RANGE INDEX municipality_name IF NOT EXISTS FOR (n:Municipality) ON (n.name);
CREATE RANGE INDEX municipality_province_code IF NOT EXISTS FOR (n:Municipality) ON (n.provinceCode);
CREATE RANGE INDEX municipality_country IF NOT EXISTS FOR (n:Municipality) ON (n.country);
CREATE RANGE INDEX network_project_year IF NOT EXISTS FOR (n:NetworkProject) ON (n.year);
CREATE RANGE INDEX account_display_name IF NOT EXISTS FOR (n:Account) ON (n.displayName);

// Relationship range indexes
CREATE RANGE INDEX collaborates_with_status IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.status);
CREATE RANGE INDEX collaborates_with_id IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.id);

// Point indexes: distance and bounding-box queries on WGS84 points
CREATE POINT INDEX organisation_location IF NOT EXISTS FOR (n:Organisation) ON (n.location);
CREATE POINT INDEX branch_location IF NOT EXISTS FOR (n:Branch) ON (n.location);
CREATE POINT INDEX municipality_location IF NOT EXISTS FOR (n:Municipality) ON (n.location);

// Full-text indexes (Lucene), queried with db.index.fulltext.queryNodes(name, query)
// organisationText: names and descriptions are Dutch, so the Dutch analyzer (stemming, Dutch stop words)
CREATE FULLTEXT INDEX organisationText IF NOT EXISTS FOR (n:Organisation) ON EACH [n.name, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
// municipalityName: proper names, no stemming and no stop words (e.g. Den Haag, De Bilt, Het Hogeland)
CREATE FULLTEXT INDEX municipalityName IF NOT EXISTS FOR (n:Municipality) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
// taxonomyName: Dutch and English labels of topics, target groups and domains in one index
CREATE FULLTEXT INDEX taxonomyName IF NOT EXISTS FOR (n:Topic|TargetGroup|Domain) ON EACH [n.nameNl, n.nameEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
