package org.knooppunt.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Library L (its librarian "bib"), partner P with its own account "pa", partner Q without an
 * account, and library M of another librarian "other".
 */
class CollaborationServiceTest {

  private final CollaborationService service =
      new CollaborationService(TestGraph.graph(), new CollaborationRepository());

  private static Account account(String name, Role role, String organisation) {
    return new Account(name, name, name, Set.of(role), "nl", organisation, null, List.of());
  }

  private static final Account LIBRARIAN = account("bib", Role.LIBRARIAN, "L");
  private static final Account PARTNER = account("pa", Role.PARTNER, "P");
  private static final Account OTHER = account("other", Role.LIBRARIAN, "M");
  private static final Account POLICY = account("beleid", Role.POLICY, null);

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    CREATE (:Organisation:Library {id: 'L', name: 'Bieb', version: 1})
                    CREATE (:Organisation:Library {id: 'M', name: 'Andere bieb', version: 1})
                    CREATE (p:Organisation:Partner {id: 'P', name: 'Welzijn', version: 1})
                    CREATE (:Organisation:Partner {id: 'Q', name: 'Taalschool', version: 1})
                    CREATE (:Account {id: 'a-pa', username: 'pa', roles: ['partner']})-[:ACTS_FOR]->(p)
                    """,
                    Map.of())
                .consume());
  }

  private String propose(Account actor, String from, String to) {
    return service.propose(
        actor,
        new CollaborationForm(from, to, "taalvaardigheid", LocalDate.of(2026, 11, 20), "Afspraak"),
        Messages.DUTCH);
  }

  private static long collaborations() {
    return TestGraph.graph()
        .read(tx ->
            tx.run("MATCH ()-[r:COLLABORATES_WITH]->() RETURN count(r) AS n")
                .single()
                .get("n")
                .asLong());
  }

  @Test
  void aProposalIsProposedUntilTheOtherSideConfirmsIt() {
    String id = propose(LIBRARIAN, "L", "P");
    Collaboration proposed = service.get(id, Messages.DUTCH);
    assertEquals("proposed", proposed.status());
    assertEquals("L", proposed.fromId());
    assertEquals("P", proposed.toId());
    assertEquals("bib", proposed.assertedBy());
    assertEquals("2026-11-20", proposed.since());
    assertEquals("Taalvaardigheid", proposed.topicName(Messages.DUTCH));
    assertEquals(16, proposed.assertedAt().length(), "who asserted it, and when");

    assertThrows(
        DomainException.class,
        () -> service.confirm(LIBRARIAN, id, Messages.DUTCH),
        "the proposing side cannot confirm its own proposal");
    Collaboration confirmed = service.confirm(PARTNER, id, Messages.DUTCH);
    assertEquals("confirmed", confirmed.status());
    assertEquals("pa", confirmed.confirmedBy());
    assertFalse(confirmed.confirmedOnBehalf());
  }

  @Test
  void aRequestLandsInTheOtherSidesInboxAndTheAnswerInTheProposers() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Library {id: 'L'}), (m:Library {id: 'M'})
                    CREATE (:Account {id: 'a-bib', username: 'bib', roles: ['librarian']})-[:ACTS_FOR]->(l)
                    CREATE (:Account {id: 'a-other', username: 'other', roles: ['librarian']})-[:ACTS_FOR]->(m)
                    """)
                .consume());
    var inbox =
        new org.knooppunt.inbox.InboxService(
            TestGraph.graph(), new org.knooppunt.inbox.InboxRepository());
    String id = propose(LIBRARIAN, "L", "P");
    var received = inbox.list(PARTNER, null, false, 0, 10, Messages.DUTCH);
    assertEquals(1, received.total());
    var request = received.rows().getFirst();
    assertEquals(org.knooppunt.inbox.Notice.Kind.REQUEST, request.kind());
    assertEquals("Bieb vraagt Welzijn om samen te werken", request.subject());
    assertEquals("Afspraak", request.message());
    assertEquals("/collaboration/view.xhtml?id=" + id, request.link());
    assertEquals(0, inbox.unread(LIBRARIAN), "the sender is not told of her own request");

    service.confirm(PARTNER, id, Messages.DUTCH);
    var answer = inbox.list(LIBRARIAN, null, false, 0, 10, Messages.ENGLISH).rows();
    assertEquals(1, answer.size());
    assertEquals("Welzijn confirmed the collaboration with Bieb", answer.getFirst().subject());

    String second = propose(LIBRARIAN, "L", "Q");
    service.end(LIBRARIAN, second, null, Messages.DUTCH);
    assertEquals(1, inbox.unread(LIBRARIAN), "withdrawing her own request tells nobody at L");
    String third = propose(OTHER, "M", "P");
    service.end(PARTNER, third, null, Messages.DUTCH);
    assertEquals(
        "Welzijn heeft het verzoek van Andere bieb afgewezen",
        inbox.list(OTHER, null, false, 0, 10, Messages.DUTCH).rows().getFirst().subject());
  }

  @Test
  void aLibrarianConfirmsOnBehalfOfAPartnerWithoutAnAccountAndThatIsRecorded() {
    String id = propose(OTHER, "M", "Q");
    Collaboration confirmed = service.confirm(LIBRARIAN, id, Messages.DUTCH);
    assertEquals("confirmed", confirmed.status());
    assertTrue(confirmed.confirmedOnBehalf());
    assertEquals("bib", confirmed.confirmedBy());
  }

  @Test
  void onlySomeoneWhoMaySpeakForASideMayProposeConfirmOrEnd() {
    var e =
        assertThrows(DomainException.class, () -> propose(PARTNER, "L", "Q"), "not its own side");
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        assertThrows(DomainException.class, () -> propose(LIBRARIAN, "P", "Q")).kind(),
        "a partner with its own account speaks for itself");
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        assertThrows(DomainException.class, () -> propose(POLICY, "L", "P")).kind());
    assertEquals(0, collaborations());

    String id = propose(LIBRARIAN, "L", "P");
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        assertThrows(DomainException.class, () -> service.confirm(OTHER, id, Messages.DUTCH))
            .kind());
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        assertThrows(DomainException.class, () -> service.end(OTHER, id, null, Messages.DUTCH))
            .kind());
    assertEquals("proposed", service.get(id, Messages.DUTCH).status(), "nothing changed");
  }

  @Test
  void endingKeepsTheRelationWithItsDateAndHistory() {
    String id = propose(LIBRARIAN, "L", "P");
    service.confirm(PARTNER, id, Messages.DUTCH);
    Collaboration ended = service.end(PARTNER, id, LocalDate.of(2026, 11, 21), Messages.DUTCH);
    assertEquals("ended", ended.status());
    assertEquals("2026-11-21", ended.until());
    assertEquals("pa", ended.endedBy());
    assertEquals("ended", ended.endReason());
    assertEquals("pa", ended.confirmedBy(), "the earlier steps stay recorded");
    assertEquals(1, collaborations(), "kept, not deleted");
    assertEquals(1, service.ofOrganisation("L").size());
    assertEquals(
        DomainException.Kind.CONFLICT,
        assertThrows(DomainException.class, () -> service.end(LIBRARIAN, id, null, Messages.DUTCH))
            .kind());

    String again = propose(LIBRARIAN, "L", "P");
    assertEquals(2, service.ofOrganisation("P").size(), "after an end, a new one may start");
    assertEquals("proposed", service.ofOrganisation("P").getFirst().status());
    assertEquals(again, service.ofOrganisation("P").getFirst().id());
  }

  @Test
  void aProposalEndedByItsAddresseeIsDeclinedAndByItsProposerWithdrawn() {
    String declined = propose(LIBRARIAN, "L", "P");
    assertEquals("declined", service.end(PARTNER, declined, null, Messages.DUTCH).endReason());
    String withdrawn = propose(LIBRARIAN, "L", "P");
    assertEquals("withdrawn", service.end(LIBRARIAN, withdrawn, null, Messages.DUTCH).endReason());
  }

  @Test
  void badInputIsExplainedAndChangesNothing() {
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        assertThrows(DomainException.class, () -> propose(LIBRARIAN, "L", "nope")).kind());
    assertEquals(
        DomainException.Kind.INVALID,
        assertThrows(DomainException.class, () -> propose(LIBRARIAN, "L", "L")).kind());
    assertEquals(
        DomainException.Kind.INVALID,
        assertThrows(DomainException.class, () -> propose(LIBRARIAN, "L", "' OR 1=1 //")).kind());
    var unknownTopic =
        assertThrows(
            DomainException.class,
            () ->
                service.propose(
                    LIBRARIAN,
                    new CollaborationForm("L", "P", "bestaat-niet", null, null),
                    Messages.ENGLISH));
    assertEquals("topic", unknownTopic.fieldErrors().getFirst().field());
    assertEquals("this topic does not exist", unknownTopic.fieldErrors().getFirst().message());
    assertThrows(
        DomainException.class,
        () ->
            service.propose(
                LIBRARIAN,
                new CollaborationForm("L", "P", null, null, "x".repeat(10_000)),
                Messages.DUTCH));
    assertThrows(
        DomainException.class,
        () ->
            service.propose(
                LIBRARIAN,
                new CollaborationForm("L", "P", null, LocalDate.of(3000, 1, 1), null),
                Messages.DUTCH));
    assertEquals(0, collaborations());

    String id = propose(LIBRARIAN, "L", "P");
    var duplicate = assertThrows(DomainException.class, () -> propose(PARTNER, "P", "L"));
    assertEquals(DomainException.Kind.DUPLICATE, duplicate.kind());
    assertEquals(Map.of("id", id), duplicate.detail());
    assertEquals(
        DomainException.Kind.INVALID,
        assertThrows(
                DomainException.class,
                () -> service.end(LIBRARIAN, id, LocalDate.of(2000, 1, 1), Messages.DUTCH))
            .kind(),
        "an end before the start");
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        assertThrows(DomainException.class, () -> service.confirm(PARTNER, "x", Messages.DUTCH))
            .kind());
    assertEquals(1, collaborations());
  }

  @Test
  void markupInTheMessageIsRefusedAndQueryTextStaysText() {
    var e =
        assertThrows(
            DomainException.class,
            () ->
                service.propose(
                    LIBRARIAN,
                    new CollaborationForm("L", "Q", null, null, "<script>alert(1)</script>"),
                    Messages.DUTCH));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertEquals("note", e.fieldErrors().getFirst().field());
    assertEquals(0, collaborations(), "nothing stored");
    assertEquals(0, notices(), "nobody told");

    String note = "MATCH (n) DETACH DELETE n; // 'quote' \"dubbel\"";
    String id =
        service.propose(
            LIBRARIAN, new CollaborationForm("L", "Q", null, null, note), Messages.DUTCH);
    assertEquals(note, service.get(id, Messages.DUTCH).note());
    assertNull(service.get(id, Messages.DUTCH).topic());
    assertEquals(
        4L,
        (long)
            TestGraph.graph()
                .read(tx ->
                    tx.run("MATCH (o:Organisation) RETURN count(o) AS n")
                        .single()
                        .get("n")
                        .asLong()));
  }

  private static long notices() {
    return TestGraph.graph()
        .read(tx -> tx.run("MATCH (i:InboxItem) RETURN count(i) AS n").single().get("n").asLong());
  }

  @Test
  void permissionsSayWhatTheUserMayDo() {
    String id = propose(LIBRARIAN, "L", "P");
    Collaboration c = service.get(id, Messages.DUTCH);
    assertEquals(
        new CollaborationService.Permissions(true, true, true), service.permissions(PARTNER, c));
    assertEquals(
        new CollaborationService.Permissions(false, true, false),
        service.permissions(LIBRARIAN, c));
    assertEquals(
        new CollaborationService.Permissions(false, false, false), service.permissions(OTHER, c));
    assertTrue(service.speaksFor(LIBRARIAN, "Q"));
    assertFalse(service.speaksFor(LIBRARIAN, "P"));
  }
}
