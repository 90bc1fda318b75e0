/**
 * Communities after the community-library model: {@code (:Community)} hosted by a library or
 * partner ({@code HOSTS}) and run together with partners ({@code RUNS}), meeting at a branch
 * ({@code MEETS_AT}, with a schedule), about topics ({@code ABOUT}) for target groups ({@code
 * FOR}), with members ({@code (:Person|Organisation)-[:MEMBER_OF {role}]->}), requests to join
 * ({@code ASKED_TO_JOIN}) and an offer of activities ({@code OFFERS} an {@code :Activity}).
 */
package org.knooppunt.community;
