// V0015 - data import (issue 6): the stable key of an imported organisation or service and the
// ImportJob nodes that record an import's progress. importKey is kvk:<8 digits>, kbo:<10 digits>
// or <idScheme>:<external id>; a re-run of the same file MERGEs on it, so it must be unique.

CREATE CONSTRAINT organisation_import_key IF NOT EXISTS FOR (n:Organisation) REQUIRE n.importKey IS UNIQUE;
CREATE CONSTRAINT service_id IF NOT EXISTS FOR (n:Service) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_import_key IF NOT EXISTS FOR (n:Service) REQUIRE n.importKey IS UNIQUE;
CREATE CONSTRAINT branch_import_key IF NOT EXISTS FOR (n:Branch) REQUIRE n.importKey IS UNIQUE;
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (n:ImportJob) REQUIRE n.id IS UNIQUE;
