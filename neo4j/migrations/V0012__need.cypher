// V0012 - need figures per municipality and target group:
// (:Municipality)-[:HAS_NEED {count, source, year, importedAt, importedBy}]->(:TargetGroup).
// An import merges on municipality + target group + year, and the coverage analysis takes the
// latest year, so the year of the relationship is looked up by range.

CREATE RANGE INDEX has_need_year IF NOT EXISTS FOR ()-[h:HAS_NEED]-() ON (h.year);
