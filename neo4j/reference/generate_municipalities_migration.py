#!/usr/bin/env python3
"""Generate neo4j/migrations/V0004__municipalities.cypher from the reference CSV files.

Usage (from anywhere):  python3 neo4j/reference/generate_municipalities_migration.py [OUTPUT]

OUTPUT defaults to neo4j/migrations/V0004__municipalities.cypher. Once V0004 has been applied anywhere
it must not change: if the CSVs change later, write the result to a NEW migration version instead.

Reads, next to this script:
  nl_gemeenten_2025.csv                  342 Dutch municipalities (CBS GM codes, population 1 Jan 2024)
  flanders_brussels_gemeenten_2025.csv   304 Flemish + Brussels municipalities (NIS codes, population 1 Jan 2020)

Writes the migration with: one statement for the 18 Regions (12 NL provinces, 5 Flemish provinces,
Brussels), then one statement per country that MERGEs the municipalities and links them
(:Municipality)-[:IN_REGION]->(:Region). Everything is MERGE + SET, so the migration is idempotent.
The output is deterministic (rows sorted by id): regenerating from unchanged CSVs gives an identical
file, which matters because an applied migration must never change (its checksum is recorded).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NL_CSV = os.path.join(HERE, "nl_gemeenten_2025.csv")
BE_CSV = os.path.join(HERE, "flanders_brussels_gemeenten_2025.csv")
OUT = os.path.join(HERE, "..", "migrations", "V0004__municipalities.cypher")

NL_POPULATION_YEAR = 2024   # population_ref_date 2024-01-01 in the NL file
BE_POPULATION_YEAR = 2020   # population_ref_date 2020-01-01 in the Flemish/Brussels file
BRUSSELS_REGION = "Brussels Hoofdstedelijk Gewest"
BRUSSELS_ID = "BE-BRU"
BRUSSELS_NIS_CODE = "04000"  # NIS code of the Brussels-Capital Region (the CSV writes it as 4000)


def lit(value):
    """A Cypher string literal in single quotes."""
    s = str(value)
    if ";" in s or "\n" in s:
        # the migration runner splits statements on ';' at the end of a line; keep values simple
        raise ValueError(f"unexpected character in {s!r}")
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    nl = read(NL_CSV)
    be = read(BE_CSV)

    # ---- regions
    regions = {}  # id -> (code, name, country)
    for r in nl:
        regions.setdefault(r["province_code"], (r["province_code"], r["province_name"], "NL"))
    be_region_of = {}
    for r in be:
        if r["region"] == BRUSSELS_REGION:
            rid = BRUSSELS_ID
            regions.setdefault(rid, (BRUSSELS_NIS_CODE, BRUSSELS_REGION, "BE"))
        else:
            rid = "BE-" + r["province_code"]
            regions.setdefault(rid, (r["province_code"], r["province_name"], "BE"))
        be_region_of[r["nis_code"]] = rid

    # ---- municipality rows
    nl_rows = sorted(
        (
            {
                "id": r["gm_code"],
                "name": r["name"],
                "population": int(r["population"]),
                "region": r["province_code"],
                "lat": float(r["inside_point_lat"]),
                "lon": float(r["inside_point_lon"]),
            }
            for r in nl
        ),
        key=lambda m: m["id"],
    )
    be_rows = sorted(
        (
            {
                "id": r["nis_code"],
                "name": r["name"],
                "population": int(r["population_2020"]),
                "region": be_region_of[r["nis_code"]],
                "lat": float(r["inside_point_lat"]),
                "lon": float(r["inside_point_lon"]),
            }
            for r in be
        ),
        key=lambda m: m["id"],
    )

    ids = [m["id"] for m in nl_rows + be_rows]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate municipality ids")

    def municipality_statement(comment, rows, country, year):
        lines = [comment, "UNWIND ["]
        maps = [
            "  {id: %s, name: %s, population: %d, region: %s, lat: %s, lon: %s}"
            % (lit(m["id"]), lit(m["name"]), m["population"], lit(m["region"]), repr(m["lat"]), repr(m["lon"]))
            for m in rows
        ]
        lines.append(",\n".join(maps))
        lines += [
            "] AS row",
            "MERGE (m:Municipality {id: row.id})",
            "SET m.code = row.id, m.name = row.name, m.country = %s," % lit(country),
            "    m.population = row.population, m.populationYear = %d," % year,
            "    m.provinceCode = row.region,",
            "    m.location = point({latitude: row.lat, longitude: row.lon})",
            "WITH m, row",
            "MATCH (r:Region {id: row.region})",
            "MERGE (m)-[:IN_REGION]->(r);",
        ]
        return "\n".join(lines)

    region_maps = [
        "  {id: %s, code: %s, name: %s, country: %s}" % (lit(rid), lit(code), lit(name), lit(country))
        for rid, (code, name, country) in sorted(regions.items(), key=lambda kv: (kv[1][2] != "NL", kv[0]))
    ]

    parts = [
        "// V0004 - municipalities and provinces of the Netherlands and of Flanders + Brussels.",
        "// GENERATED by neo4j/reference/generate_municipalities_migration.py from",
        "// nl_gemeenten_2025.csv and flanders_brussels_gemeenten_2025.csv. Do not edit by hand.",
        "// Sources: CBS Wijk- en buurtkaart 2024 via PDOK (CC BY 4.0), Statbel. See neo4j/reference/SOURCES.md.",
        "// %d regions, %d NL municipalities (population 1 Jan %d), %d BE municipalities (population 1 Jan %d)."
        % (len(regions), len(nl_rows), NL_POPULATION_YEAR, len(be_rows), BE_POPULATION_YEAR),
        "// location = a point guaranteed inside the municipal boundary (inside_point_lat/lon), WGS84.",
        "",
        "// Regions: NL provinces (id = CBS code PVnn), Flemish provinces (id = BE- + NIS code),",
        "// and the Brussels-Capital Region (id BE-BRU, NIS code 04000), kept as a province-level region.",
        "UNWIND [",
        ",\n".join(region_maps),
        "] AS row",
        "MERGE (r:Region {id: row.id})",
        "SET r.code = row.code, r.name = row.name, r.kind = 'province', r.country = row.country;",
        "",
        municipality_statement("// Netherlands: id = code = CBS gemeentecode (GMnnnn)", nl_rows, "NL", NL_POPULATION_YEAR),
        "",
        municipality_statement("// Flanders and Brussels: id = code = NIS code (after the 1 Jan 2025 mergers)",
                               be_rows, "BE", BE_POPULATION_YEAR),
        "",
    ]
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts))
    print(f"wrote {os.path.normpath(out)}: {len(regions)} regions, {len(nl_rows)} NL + {len(be_rows)} BE municipalities")


if __name__ == "__main__":
    main()
