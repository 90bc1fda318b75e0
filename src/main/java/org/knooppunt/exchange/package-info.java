/**
 * Data exchange: import and export of organisations, their locations (branches), services,
 * relations and taalnetwerk memberships as CSV, Excel and Open Referral HSDS 3.
 *
 * <p>Every reader (CSV, XLSX, HSDS datapackage, HSDS JSON) turns a file into one {@link
 * org.knooppunt.exchange.ImportSet}: raw rows with their line numbers and the problems found while
 * reading. One pipeline then matches municipalities and taxonomy terms, checks the rows, shows the
 * preview and writes in batches. Part of the graph: {@code Organisation}, {@code Branch} (every
 * imported location), {@code Service} ({@code (:Organisation)-[:OFFERS]->(:Service)}), {@code
 * COLLABORATES_WITH}, taalnetwerk {@code MEMBER_OF}, and {@code ImportJob} nodes that record
 * progress and provenance.
 *
 * <p>The other way, {@link org.knooppunt.exchange.OrganisationExport} writes any filtered
 * organisation list as CSV or Excel in the same table the CSV/Excel readers read ({@link
 * org.knooppunt.exchange.TableRows}), so an export imports again.
 */
package org.knooppunt.exchange;
