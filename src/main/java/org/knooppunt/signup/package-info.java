/**
 * Partners join: a partner organisation signs itself up, or claims a profile a librarian made, and
 * waits in the approval queue; or a librarian invites it with a single-use link that skips the
 * queue. {@code (:Account)-[:SUBMITTED]->(:SignupRequest)-[:CONCERNS]->(:Organisation)}, {@code
 * (:Invite {tokenHash})-[:FOR]->(:Organisation)}; accounts and organisations carry {@code status}
 * {@code pending}, {@code active} or {@code rejected}.
 */
package org.knooppunt.signup;
