/**
 * Open Referral HSDS 3 for Knooppunt: readers of the tabular datapackage and of the nested JSON of
 * the HSDS API (both end in an {@link org.knooppunt.exchange.ImportSet}), validation against the
 * shipped HSDS 3.0 schemas, the HSDS export (datapackage zip and JSON) and the read API under
 * {@code /api/hsds}. A datapackage is imported zipped or as loose files ({@link
 * org.knooppunt.exchange.hsds.LoosePackage} packs those into one zip for the same reader).
 *
 * <p>Relations HSDS cannot express (collaborations, taalnetwerk memberships) travel in the
 * extension table {@code x_knooppunt_collaborations.csv}: the "Knooppunt profile of HSDS". Taxonomy
 * terms become Knooppunt topics and target groups through {@code taxonomy-mapping.csv}.
 */
package org.knooppunt.exchange.hsds;
