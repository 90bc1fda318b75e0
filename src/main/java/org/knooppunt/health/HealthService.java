package org.knooppunt.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * The only write path for health snapshots: one per subject (a region or a taalnetwerk) per year.
 * The yearly run creates the snapshot of every subject that has none for the current year and
 * touches nothing else, so it may run as often as one likes (on several instances, too). An
 * on-demand snapshot ("Maak momentopname") replaces the current year's numbers of one subject with
 * today's; earlier years are never changed. Admins may take one of anything, a policy cell of its
 * regions and of the taalnetwerken covering a municipality in them. "Now" comes from the injected
 * {@link Clock}, so tests can set the year.
 */
@ApplicationScoped
public class HealthService {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final Graph graph;
  private final HealthRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  @Inject
  public HealthService(Graph graph, HealthRepository repository, AuditLog audit, Clock clock) {
    this.graph = graph;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  protected HealthService() {
    this(null, null, null, null);
  }

  public Optional<HealthRepository.Subject> subject(SubjectKind kind, String id) {
    if (kind == null || id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return graph.read(tx -> repository.subject(tx, kind, id));
  }

  /** The subject's snapshots, newest year first. */
  public List<HealthSnapshot> history(SubjectKind kind, String id) {
    if (kind == null || id == null || !ID.matcher(id).matches()) {
      return List.of();
    }
    return graph.read(tx -> repository.history(tx, kind, id));
  }

  public static boolean maySnapshot(Account actor, HealthRepository.Subject subject) {
    if (actor == null || subject == null) {
      return false;
    }
    return actor.has(Role.ADMIN)
        || (actor.has(Role.POLICY)
            && actor.regionIds() != null
            && subject.regions().stream().anyMatch(actor.regionIds()::contains));
  }

  /** Takes (or retakes) this year's snapshot of one subject; returns its id. */
  public String snapshot(Account actor, SubjectKind kind, String id, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    if (kind == null || id == null || !ID.matcher(id).matches()) {
      throw notFound(locale);
    }
    ZonedDateTime now = ZonedDateTime.now(clock);
    return graph.write(tx -> {
      HealthRepository.Subject subject =
          repository.subject(tx, kind, id).orElseThrow(() -> notFound(locale));
      if (!maySnapshot(actor, subject)) {
        throw DomainException.forbidden(locale);
      }
      List<String> ids =
          repository.save(
              tx,
              kind,
              repository.stats(tx, kind, List.of(id)),
              now.getYear(),
              now,
              actor.username(),
              true);
      audit.record(tx, actor.username(), "health.snapshot", id, kind.code + " " + now.getYear());
      return ids.getFirst();
    });
  }

  /**
   * The yearly run: a snapshot of this year for every region and taalnetwerk that has none yet.
   * Returns how many were made (0 when the year is done).
   */
  public int yearly() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    int year = now.getYear();
    return graph.write(tx -> {
      Map<SubjectKind, List<String>> missing = repository.withoutSnapshot(tx, year);
      int made = 0;
      for (var entry : missing.entrySet()) {
        if (entry.getValue().isEmpty()) {
          continue;
        }
        made +=
            repository
                .save(
                    tx,
                    entry.getKey(),
                    repository.stats(tx, entry.getKey(), entry.getValue()),
                    year,
                    now,
                    "system",
                    false)
                .size();
      }
      return made;
    });
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "health.notFound"));
  }
}
