package org.knooppunt.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.inbox.Notice;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationRepository;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * Keeps profiles from going stale, the failure of every directory before this one: "still correct"
 * confirms a profile without changing it, the owners of a profile not reviewed for {@link
 * #REVIEW_INTERVAL} get one reminder in their inbox (and one more every interval they let pass),
 * and librarians and policy cells see what is stale in their area.
 *
 * <p>Who may confirm: whoever may edit the profile. For an organisation that is {@link
 * OrganisationService#mayEdit}; a community or a person follows the same rule for the organisations
 * that host it or that they work for (a person may also confirm their own profile). "Now" comes
 * from the injected {@link Clock}, so the cycle can be tested month by month.
 */
@ApplicationScoped
public class FreshnessService {

  /** Owners are asked to review a profile this long after its last review. */
  public static final Period REVIEW_INTERVAL = Period.ofMonths(6);

  /** A profile not reviewed for this long is marked stale. */
  public static final Period STALE_AFTER = Period.ofMonths(24);

  /** How many profiles one reminder transaction handles. */
  static final int REMIND_BATCH = 200;

  /** How many of "your profiles to review" the home page shows. */
  public static final int MINE_MAX = 20;

  private static final Logger LOG = Logger.getLogger(FreshnessService.class.getName());

  private final Graph graph;
  private final FreshnessRepository repository;
  private final InboxService inbox;
  private final AuditLog audit;
  private final Clock clock;

  @Inject
  public FreshnessService(
      Graph graph,
      FreshnessRepository repository,
      InboxService inbox,
      AuditLog audit,
      Clock clock) {
    this.graph = graph;
    this.repository = repository;
    this.inbox = inbox;
    this.audit = audit;
    this.clock = clock;
  }

  protected FreshnessService() {
    this(null, null, null, null, null);
  }

  /** The result of "still correct": the profile's new version and review date. */
  public record Confirmation(ProfileKind kind, String id, long version, ZonedDateTime reviewedAt) {}

  /**
   * Confirms that the profile is still correct: sets its review date to now and who reviewed it,
   * bumps its version over {@code version} (else a conflict), and changes nothing else.
   */
  public Confirmation confirm(
      Account actor, ProfileKind kind, String id, long version, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    if (kind == null || id == null || id.isBlank() || id.length() > 64) {
      throw notFound(locale);
    }
    ZonedDateTime now = now();
    long updated =
        graph.write(tx -> {
          long stored = repository.lock(tx, kind, id).orElseThrow(() -> notFound(locale));
          var owners = repository.owners(tx, kind, id).orElseThrow(() -> notFound(locale));
          if (!mayConfirm(actor, owners)) {
            throw DomainException.forbidden(locale);
          }
          if (stored != version) {
            throw new DomainException(
                DomainException.Kind.CONFLICT,
                Messages.get(locale, "freshness.conflict"),
                List.of(),
                new Confirmation(kind, id, stored, null));
          }
          long next =
              repository
                  .confirm(tx, kind, id, version, actor.username(), now)
                  .orElseThrow(() -> notFound(locale));
          audit.record(tx, actor.username(), "profile.reviewed", id, kind.code());
          return next;
        });
    return new Confirmation(kind, id, updated, now);
  }

  /** Whether {@code actor} may confirm (and so edit) the profile; one read. */
  public boolean mayConfirm(Account actor, ProfileKind kind, String id) {
    if (actor == null || kind == null || id == null || id.length() > 64) {
      return false;
    }
    return graph
        .read(tx -> repository.owners(tx, kind, id))
        .map(o -> mayConfirm(actor, o))
        .orElse(false);
  }

  static boolean mayConfirm(Account actor, FreshnessRepository.Owners owners) {
    if (actor.has(Role.ADMIN) || owners.accountIds().contains(actor.id())) {
      return true;
    }
    return owners.organisations().stream()
        .anyMatch(o ->
            OrganisationService.mayEdit(
                actor,
                o.id(),
                new OrganisationRepository.Ownership(
                    o.library() ? Kind.LIBRARY : Kind.PARTNER, 0, o.claimedByPartner())));
  }

  /**
   * Sends one review reminder to the owners of every profile not reviewed, and not reminded, for
   * {@link #REVIEW_INTERVAL}; returns how many profiles were due. Running it again at once sends
   * nothing: each reminded profile is marked in the same transaction as its notices.
   */
  public int remind() {
    ZonedDateTime now = now();
    ZonedDateTime cutoff = now.minus(REVIEW_INTERVAL);
    int total = 0;
    for (ProfileKind kind : ProfileKind.values()) {
      int batch;
      do {
        batch =
            graph.write(tx -> {
              var due = repository.claimDue(tx, kind, cutoff, now, REMIND_BATCH);
              for (var d : due) {
                Notice notice =
                    new Notice(
                        Notice.Kind.REVIEW,
                        "freshness.notice.subject",
                        List.of(d.name()),
                        kind.link(d.id()),
                        null,
                        null,
                        d.id());
                for (String organisation : d.organisationIds()) {
                  inbox.toOrganisation(tx, notice, organisation);
                }
                if (!d.accountIds().isEmpty()) {
                  inbox.toAccounts(tx, notice, d.accountIds());
                }
              }
              return due.size();
            });
        total += batch;
      } while (batch == REMIND_BATCH);
    }
    if (total > 0) {
      int n = total;
      LOG.info(() -> "Sent review reminders for " + n + " profiles");
    }
    return total;
  }

  /** The profiles {@code actor} looks after that are due for review, oldest first. */
  public List<ReviewItem> mine(Account actor) {
    if (actor == null || (actor.organisationId() == null && actor.id() == null)) {
      return List.of();
    }
    ZonedDateTime now = now();
    return graph.read(tx ->
        repository.mine(
            tx,
            actor.organisationId(),
            actor.id(),
            now.minus(REVIEW_INTERVAL),
            now.minus(STALE_AFTER),
            MINE_MAX));
  }

  /** A page of the stale list and the number of matches. */
  public record Page(List<ReviewItem> rows, long total) {}

  /**
   * The profiles in {@code actor}'s area not reviewed for {@code months} months: an admin's area is
   * everything, a librarian's the municipalities her library is in or serves, a policy cell's its
   * regions. Partners have no area.
   */
  public Page stale(
      Account actor,
      int months,
      StaleSort sort,
      boolean descending,
      int skip,
      int limit,
      Locale locale) {
    if (!maySeeStale(actor)) {
      throw DomainException.forbidden(locale);
    }
    ZonedDateTime now = now();
    ZonedDateTime cutoff = now.minusMonths(Math.clamp(months, 1, 240));
    ZonedDateTime staleBefore = now.minus(STALE_AFTER);
    StaleSort key = sort == null ? StaleSort.LAST_REVIEWED : sort;
    return graph.read(tx -> {
      List<String> area =
          actor.has(Role.ADMIN)
              ? null
              : repository.area(
                  tx,
                  actor.has(Role.LIBRARIAN) ? actor.organisationId() : null,
                  actor.has(Role.POLICY) ? actor.regionIds() : List.of());
      return new Page(
          repository.stalePage(tx, actor, cutoff, area, key, descending, skip, limit, staleBefore),
          repository.staleCount(tx, actor, cutoff, area));
    });
  }

  /** Librarians, policy cells and admins see the stale list; partners do not. */
  public static boolean maySeeStale(Account actor) {
    return actor != null
        && (actor.has(Role.ADMIN) || actor.has(Role.LIBRARIAN) || actor.has(Role.POLICY));
  }

  /** Whether a profile last reviewed at {@code reviewedAt} counts as stale now. */
  public boolean isStale(ZonedDateTime reviewedAt) {
    return reviewedAt == null || !reviewedAt.isAfter(now().minus(STALE_AFTER));
  }

  private ZonedDateTime now() {
    return ZonedDateTime.now(clock)
        .withZoneSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MILLIS);
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "freshness.notFound"));
  }
}
