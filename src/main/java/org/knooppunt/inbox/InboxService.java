package org.knooppunt.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Every user's inbox: requests, introductions, approvals and review reminders. Features deliver
 * notices inside their own write transaction (so a request and its notice exist together or not at
 * all); a reader sees only her own items, with subjects rendered in her language.
 */
@ApplicationScoped
public class InboxService {

  static final int MAX_PAGE = 200;

  private final Graph graph;
  private final InboxRepository repository;

  @Inject
  public InboxService(Graph graph, InboxRepository repository) {
    this.graph = graph;
    this.repository = repository;
  }

  protected InboxService() {
    this(null, null);
  }

  /** Delivers to the accounts with these ids; returns how many received it. */
  public long toAccounts(TransactionContext tx, Notice n, Collection<String> accountIds) {
    return repository.toAccounts(tx, n, accountIds);
  }

  public long toUsernames(TransactionContext tx, Notice n, Collection<String> usernames) {
    return repository.toUsernames(tx, n, usernames);
  }

  /**
   * Delivers to whoever speaks for the organisation: its accounts, or, when it has none, the
   * librarians of the libraries in or serving its municipality.
   */
  public long toOrganisation(TransactionContext tx, Notice n, String organisationId) {
    return repository.toOrganisation(tx, n, organisationId);
  }

  /** Delivers to the administrators and the librarians of libraries in or serving the place. */
  public long toApprovers(TransactionContext tx, Notice n, String municipalityId) {
    return repository.toApprovers(tx, n, municipalityId);
  }

  /** A page of the inbox and the number of items that match. */
  public record Page(List<InboxItem> rows, long total) {}

  public Page list(
      Account reader, Notice.Kind kind, boolean unreadOnly, int skip, int limit, Locale locale) {
    if (reader == null) {
      throw DomainException.forbidden(locale);
    }
    int from = Math.max(0, skip);
    int size = Math.clamp(limit, 1, MAX_PAGE);
    return graph.read(tx ->
        new Page(
            repository.page(tx, reader.username(), kind, unreadOnly, from, size).stream()
                .map(r -> item(r.get("i"), locale))
                .toList(),
            repository.count(tx, reader.username(), kind, unreadOnly)));
  }

  /** The number of unread items; 0 for nobody. */
  public long unread(Account reader) {
    if (reader == null) {
      return 0;
    }
    return graph.read(tx -> repository.unread(tx, reader.username()));
  }

  /** Marks the item read and returns it; "not found" for an item of someone else. */
  public InboxItem open(Account reader, String id, Locale locale) {
    if (reader == null) {
      throw DomainException.forbidden(locale);
    }
    if (id == null || id.length() > 64) {
      throw notFound(locale);
    }
    return graph
        .write(tx -> repository.markRead(tx, reader.username(), id))
        .map(v -> item(v, locale))
        .orElseThrow(() -> notFound(locale));
  }

  public long markAllRead(Account reader, Locale locale) {
    if (reader == null) {
      throw DomainException.forbidden(locale);
    }
    return graph.write(tx -> repository.markAllRead(tx, reader.username()));
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "inbox.notFound"));
  }

  static InboxItem item(Value v, Locale locale) {
    String key = v.get("subjectKey").asString("");
    List<String> args = v.get("args").isNull() ? List.of() : v.get("args").asList(Value::asString);
    return new InboxItem(
        v.get("id").asString(),
        Notice.Kind.valueOf(v.get("kind").asString()),
        Messages.get(locale, key, args.toArray()),
        key,
        args,
        v.get("link").asString(null),
        v.get("message").asString(null),
        v.get("fromName").asString(null),
        v.get("refId").asString(null),
        time(v.get("createdAt")),
        time(v.get("readAt")));
  }

  private static OffsetDateTime time(Value v) {
    return v.isNull()
        ? null
        : v.asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }
}
