// V0009 - people and privacy: a pending erasure request, (:ErasureRequest)-[:CONCERNS]->(:Person),
// is found by its id; the queue of pending requests is small and read by label.
// A person's visibility and consents are properties of :Person; one without a visibility counts as
// visible to her own organisation only, so existing people need no data change.

CREATE CONSTRAINT erasure_request_id IF NOT EXISTS FOR (n:ErasureRequest) REQUIRE n.id IS UNIQUE;
