package org.knooppunt.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Editors who all read the same version and save at the same moment: exactly one save lands, every
 * other one is told it conflicts, and the stored profile is the one that landed (the version check
 * and the write happen under the profile's lock, in one transaction).
 */
class OrganisationConcurrencyTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final int EDITORS = 16;

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  @Test
  void ofEditorsSavingTheSameVersionAtOnceExactlyOneWins() throws Exception {
    TestGraph.wipe();
    var service =
        new OrganisationService(TestGraph.graph(), new OrganisationRepository(), VALIDATION);
    Account admin = new Account("a", "a", "a", Set.of(Role.ADMIN), "nl", null, null, List.of());
    String id =
        service.create(admin, OrganisationServiceTest.partner("Gelijktijdig"), Messages.DUTCH);
    Organisation start = service.find(id).orElseThrow();

    ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < EDITORS; i++) {
      String marker = "editor " + i;
      results.add(
          pool.submit(() -> {
            OrganisationForm form = OrganisationForm.of(start);
            form.setDescription(marker);
            go.await();
            try {
              service.update(admin, id, form, Messages.DUTCH);
              return marker;
            } catch (DomainException e) {
              return e.kind().name();
            }
          }));
    }
    go.countDown();
    List<String> winners = new ArrayList<>();
    int conflicts = 0;
    for (var f : results) {
      String r = f.get();
      if (r.equals("CONFLICT")) {
        conflicts++;
      } else {
        winners.add(r);
      }
    }
    pool.shutdown();

    assertEquals(1, winners.size(), "exactly one save of version 1 lands: " + winners);
    assertEquals(EDITORS - 1, conflicts);
    Organisation end = service.find(id).orElseThrow();
    assertEquals(start.version() + 1, end.version());
    assertEquals(winners.getFirst(), end.description(), "the stored text is the winner's");
  }
}
