// V0007 - partners join: sign-up and claim requests waiting in the approval queue, and invites.
// (:Account)-[:SUBMITTED]->(:SignupRequest {kind: 'signup'|'claim', status})-[:CONCERNS]->(:Organisation)
// (:Account)-[:CREATED]->(:Invite {tokenHash, expiresAt, usedAt, revokedAt})-[:FOR]->(:Organisation)
// An invite stores only the SHA-256 of its token; the token itself exists only in the link.

CREATE CONSTRAINT signup_request_id IF NOT EXISTS FOR (n:SignupRequest) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT invite_id IF NOT EXISTS FOR (n:Invite) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT invite_token_hash IF NOT EXISTS FOR (n:Invite) REQUIRE n.tokenHash IS UNIQUE;
CREATE RANGE INDEX signup_request_status IF NOT EXISTS FOR (n:SignupRequest) ON (n.status);
CREATE RANGE INDEX account_status IF NOT EXISTS FOR (n:Account) ON (n.status);
