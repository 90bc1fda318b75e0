/**
 * People and privacy: {@code (:Person)-[:WORKS_FOR {role}]->(:Organisation)} with business contact
 * only, a visibility (own organisation, confirmed partners, the whole platform), consents with the
 * date given and the wording version, {@code (:Account)-[:IS]->(:Person)} for a person who logs in
 * herself, and {@code (:ErasureRequest)-[:CONCERNS]->(:Person)} until an admin completes an
 * erasure.
 */
package org.knooppunt.person;
