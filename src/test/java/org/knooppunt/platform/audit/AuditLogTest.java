package org.knooppunt.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.platform.neo4j.TestGraph;

class AuditLogTest {

  private final AuditLog audit = new AuditLog();

  @BeforeEach
  void wipe() {
    TestGraph.wipe();
  }

  @Test
  void entriesAreFoundByActorAndSubjectAndPseudonymisedEverywhere() {
    TestGraph.graph()
        .write(tx -> {
          audit.record(tx, "anna", "person.updated", "p1", "by anna for p1");
          audit.record(tx, "admin", "signup.approved", "anna", "approved anna");
          audit.record(tx, "admin", "signup.rejected", "bert", null);
          return null;
        });
    var about = TestGraph.graph().read(tx -> audit.about(tx, "anna"));
    assertEquals(2, about.size());
    assertEquals("person.updated", about.getFirst().action());

    long changed = TestGraph.graph().write(tx -> audit.pseudonymise(tx, "anna", "erased-1"));
    assertEquals(2, changed);
    assertTrue(TestGraph.graph().read(tx -> audit.about(tx, "anna")).isEmpty());
    var pseudonymous = TestGraph.graph().read(tx -> audit.about(tx, "erased-1"));
    assertEquals(2, pseudonymous.size());
    assertTrue(pseudonymous.stream().noneMatch(e -> String.valueOf(e.detail()).contains("anna")));
    assertEquals(1, TestGraph.graph().read(tx -> audit.about(tx, "bert")).size());
  }
}
