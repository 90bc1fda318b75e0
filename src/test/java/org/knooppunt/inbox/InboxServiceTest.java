package org.knooppunt.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Library L (in GM0344, with librarian "bib") serves GM0310 too; library M (in GM0363, librarian
 * "other"); partner P in GM0344 with its own account "pa"; partner Q in GM0310 without an account;
 * an admin "admin".
 */
class InboxServiceTest {

  private final InboxService service = new InboxService(TestGraph.graph(), new InboxRepository());

  private static Account account(String name, Role role, String organisation) {
    return new Account(
        "id-" + name, name, "Naam " + name, Set.of(role), "nl", organisation, null, List.of());
  }

  private static final Account BIB = account("bib", Role.LIBRARIAN, "L");
  private static final Account OTHER = account("other", Role.LIBRARIAN, "M");
  private static final Account PARTNER = account("pa", Role.PARTNER, "P");
  private static final Account ADMIN = account("admin", Role.ADMIN, null);

  private static final Notice REQUEST =
      new Notice(
          Notice.Kind.REQUEST,
          "collaboration.notice.requested",
          List.of("Bieb", "Welzijn"),
          "/collaboration/view.xhtml?id=c1",
          "<script>alert(1)</script> Zullen we samenwerken?",
          "Naam bib",
          "c1");

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (u:Municipality {id: 'GM0344'}), (b:Municipality {id: 'GM0310'}),
                          (g:Municipality {id: 'GM0363'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb'})-[:LOCATED_IN]->(u)
                    CREATE (l)-[:SERVES]->(b)
                    CREATE (m:Organisation:Library {id: 'M', name: 'Andere bieb'})-[:LOCATED_IN]->(g)
                    CREATE (p:Organisation:Partner {id: 'P', name: 'Welzijn'})-[:LOCATED_IN]->(u)
                    CREATE (q:Organisation:Partner {id: 'Q', name: 'Buurthuis'})-[:LOCATED_IN]->(b)
                    CREATE (:Account {id: 'id-bib', username: 'bib', roles: ['librarian']})-[:ACTS_FOR]->(l)
                    CREATE (:Account {id: 'id-other', username: 'other', roles: ['librarian']})-[:ACTS_FOR]->(m)
                    CREATE (:Account {id: 'id-pa', username: 'pa', roles: ['partner']})-[:ACTS_FOR]->(p)
                    CREATE (:Account {id: 'id-admin', username: 'admin', roles: ['admin']})
                    """)
                .consume());
  }

  private long deliver(java.util.function.Function<org.neo4j.driver.TransactionContext, Long> w) {
    return TestGraph.graph().write(w::apply);
  }

  @Test
  void anOrganisationWithAnAccountGetsItThere() {
    assertEquals(1, deliver(tx -> service.toOrganisation(tx, REQUEST, "P")));
    assertEquals(1, service.unread(PARTNER));
    assertEquals(0, service.unread(BIB));
  }

  @Test
  void anOrganisationWithoutAnAccountIsSpokenForByTheLibrariansOfItsPlace() {
    assertEquals(1, deliver(tx -> service.toOrganisation(tx, REQUEST, "Q")));
    assertEquals(1, service.unread(BIB), "L serves Q's municipality");
    assertEquals(0, service.unread(OTHER));
  }

  @Test
  void approversAreAdminsAndTheLibrariansServingThePlace() {
    assertEquals(2, deliver(tx -> service.toApprovers(tx, REQUEST, "GM0310")));
    assertEquals(1, service.unread(BIB));
    assertEquals(1, service.unread(ADMIN));
    assertEquals(0, service.unread(OTHER));
    assertEquals(0, service.unread(PARTNER));
  }

  @Test
  void eachReaderSeesOnlyHerOwnItemsInHerLanguage() {
    deliver(tx -> service.toAccounts(tx, REQUEST, List.of("id-bib", "id-pa")));
    var nl = service.list(BIB, null, false, 0, 10, Messages.DUTCH);
    assertEquals(1, nl.total());
    InboxItem item = nl.rows().getFirst();
    assertTrue(item.unread());
    assertTrue(
        item.subject().contains("Bieb") && item.subject().contains("Welzijn"), item.subject());
    assertFalse(
        item.subject().equals("collaboration.notice.requested"), "rendered from the bundle");
    assertEquals(
        "<script>alert(1)</script> Zullen we samenwerken?", item.message(), "kept as text");
    var en = service.list(BIB, null, false, 0, 10, Messages.ENGLISH).rows().getFirst();
    assertFalse(en.subject().equals(item.subject()), "English differs from Dutch");

    var e =
        assertThrows(DomainException.class, () -> service.open(OTHER, item.id(), Messages.DUTCH));
    assertEquals(DomainException.Kind.NOT_FOUND, e.kind());
    assertEquals(1, service.unread(BIB), "someone else's attempt reads nothing");
  }

  @Test
  void openingMarksReadOnceAndFiltersWork() {
    deliver(tx -> service.toUsernames(tx, REQUEST, List.of("bib")));
    deliver(tx ->
        service.toUsernames(
            tx,
            new Notice(Notice.Kind.REVIEW, "inbox.title", List.of(), "/", null, null, null),
            List.of("bib")));
    assertEquals(2, service.unread(BIB));
    var requests = service.list(BIB, Notice.Kind.REQUEST, false, 0, 10, Messages.DUTCH);
    assertEquals(1, requests.total());
    InboxItem opened = service.open(BIB, requests.rows().getFirst().id(), Messages.DUTCH);
    assertNotNull(opened.readAt());
    assertEquals(1, service.unread(BIB));
    assertEquals(1, service.list(BIB, null, true, 0, 10, Messages.DUTCH).total());
    var again = service.open(BIB, opened.id(), Messages.DUTCH);
    assertEquals(opened.readAt(), again.readAt(), "the first reading time stays");
    assertEquals(1, service.markAllRead(BIB, Messages.DUTCH));
    assertEquals(0, service.unread(BIB));
  }

  @Test
  void nobodyHasNoInbox() {
    assertEquals(0, service.unread(null));
    assertThrows(
        DomainException.class, () -> service.list(null, null, false, 0, 10, Messages.DUTCH));
    assertThrows(DomainException.class, () -> service.open(BIB, "x".repeat(100), Messages.DUTCH));
  }
}
