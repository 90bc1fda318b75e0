/**
 * Accounts and roles: {@code (:Account)-[:ACTS_FOR]->(:Organisation)} for librarians and partners,
 * {@code (:Account)-[:SCOPED_TO]->(:Region)} for policy cells.
 */
package org.knooppunt.account;
