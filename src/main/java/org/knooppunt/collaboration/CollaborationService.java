package org.knooppunt.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.inbox.InboxRepository;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.inbox.Notice;
import org.knooppunt.organisation.OrganisationRepository.Ownership;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.domain.SafeText;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * The rules of a collaboration. Whoever may speak for an organisation (its partner account, a
 * librarian of the library, a librarian for a partner that has no account of its own, an admin) may
 * propose a collaboration for it; only someone who may speak for the other side confirms it; either
 * side may end it, which keeps it with its end date. Every step records who and when.
 */
@ApplicationScoped
public class CollaborationService {

  static final int NOTE_MAX = 1000;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final Graph graph;
  private final CollaborationRepository repository;
  private final InboxService inbox;

  @Inject
  public CollaborationService(Graph graph, CollaborationRepository repository, InboxService inbox) {
    this.graph = graph;
    this.repository = repository;
    this.inbox = inbox;
  }

  /** Without CDI (tests, tools): the inbox on the same graph. */
  public CollaborationService(Graph graph, CollaborationRepository repository) {
    this(graph, repository, new InboxService(graph, new InboxRepository()));
  }

  protected CollaborationService() {
    this(null, null, null);
  }

  /** Proposes a collaboration for {@code form.from()}; returns its id. */
  public String propose(Account actor, CollaborationForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    List<FieldError> errors = new ArrayList<>();
    String from = form == null ? null : form.from();
    String to = form == null ? null : form.to();
    if (!validId(from)) {
      errors.add(new FieldError("from", Messages.get(locale, "collaboration.sideRequired")));
    }
    if (!validId(to)) {
      errors.add(new FieldError("to", Messages.get(locale, "collaboration.sideRequired")));
    } else if (to.equals(from)) {
      errors.add(new FieldError("to", Messages.get(locale, "collaboration.sameSide")));
    }
    String topic = form == null ? null : blankToNull(form.topic());
    if (topic != null && !ID.matcher(topic).matches()) {
      errors.add(new FieldError("topic", Messages.get(locale, "collaboration.unknownTopic")));
    }
    LocalDate since = form == null ? null : form.since();
    LocalDate today = LocalDate.now();
    if (since != null && (since.isAfter(today.plusYears(1)) || since.getYear() < 1900)) {
      errors.add(new FieldError("since", Messages.get(locale, "collaboration.sinceRange")));
    }
    String note = form == null ? null : blankToNull(form.note());
    if (note != null && note.length() > NOTE_MAX) {
      errors.add(new FieldError("note", Messages.get(locale, "validation.tooLong", NOTE_MAX)));
    } else if (!SafeText.Validator.safe(note)) {
      errors.add(new FieldError("note", Messages.get(locale, "knooppunt.validation.safeText")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    CollaborationForm clean = new CollaborationForm(from, to, topic, since, note);
    return graph.write(tx -> {
      var sides = repository.sides(tx, from, to, topic);
      if (!sides.owners().containsKey(from) || !sides.owners().containsKey(to)) {
        String field = sides.owners().containsKey(from) ? "to" : "from";
        throw new DomainException(
            DomainException.Kind.NOT_FOUND,
            Messages.get(locale, "organisation.notFound"),
            List.of(new FieldError(field, Messages.get(locale, "organisation.notFound"))),
            null);
      }
      if (!OrganisationService.mayEdit(actor, from, sides.owners().get(from))) {
        throw DomainException.forbidden(locale);
      }
      if (!sides.topicKnown()) {
        throw DomainException.invalid(
            locale, "topic", Messages.get(locale, "collaboration.unknownTopic"));
      }
      if (sides.openId() != null) {
        throw duplicate(sides.openId(), locale);
      }
      String id = UUID.randomUUID().toString();
      String created =
          repository
              .create(tx, id, clean, actor.username())
              .orElseThrow(() -> duplicate(null, locale));
      Collaboration c = repository.find(tx, created).orElseThrow();
      inbox.toOrganisation(
          tx, notice(c, "requested", c.fromName(), c.toName(), actor, c.note()), c.toId());
      return created;
    });
  }

  /** Confirms a proposed collaboration as its other side. */
  public Collaboration confirm(Account actor, String id, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    return graph.write(tx -> {
      Collaboration c = existing(tx, id, locale);
      var owners = repository.sides(tx, c.fromId(), c.toId(), null).owners();
      if (!speaksFor(actor, c.toId(), owners)) {
        throw DomainException.forbidden(locale);
      }
      if (!c.proposed()) {
        throw new DomainException(
            DomainException.Kind.CONFLICT, Messages.get(locale, "collaboration.notProposed"));
      }
      boolean onBehalf = !c.toId().equals(actor.organisationId());
      repository.confirm(tx, id, actor.username(), onBehalf);
      inbox.toOrganisation(
          tx, notice(c, "confirmed", c.toName(), c.fromName(), actor, null), c.fromId());
      return repository.find(tx, id).orElseThrow();
    });
  }

  /**
   * Ends a collaboration for one of its sides, on {@code until} (today when null). A proposal ended
   * by the side it was sent to is declined; by its proposer, withdrawn.
   */
  public Collaboration end(Account actor, String id, LocalDate until, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    LocalDate date = until == null ? LocalDate.now() : until;
    return graph.write(tx -> {
      Collaboration c = existing(tx, id, locale);
      var owners = repository.sides(tx, c.fromId(), c.toId(), null).owners();
      boolean forFrom = speaksFor(actor, c.fromId(), owners);
      boolean forTo = speaksFor(actor, c.toId(), owners);
      if (!forFrom && !forTo) {
        throw DomainException.forbidden(locale);
      }
      if (c.ended()) {
        throw new DomainException(
            DomainException.Kind.CONFLICT, Messages.get(locale, "collaboration.alreadyEnded"));
      }
      if (date.isAfter(LocalDate.now().plusYears(1))
          || (c.since() != null && date.isBefore(LocalDate.parse(c.since())))) {
        String message = Messages.get(locale, "collaboration.untilRange");
        throw DomainException.invalid(locale, List.of(new FieldError("until", message)));
      }
      String reason = !c.proposed() ? "ended" : forFrom ? "withdrawn" : "declined";
      repository.end(tx, id, date, actor.username(), reason);
      String by = forFrom ? c.fromName() : c.toName();
      String other = forFrom ? c.toName() : c.fromName();
      String otherId = forFrom ? c.toId() : c.fromId();
      inbox.toOrganisation(tx, notice(c, reason, by, other, actor, null), otherId);
      return repository.find(tx, id).orElseThrow();
    });
  }

  public Collaboration get(String id, Locale locale) {
    return graph.read(tx -> existing(tx, id, locale));
  }

  /** All collaborations of an organisation, ended ones included (its history), newest first. */
  public List<Collaboration> ofOrganisation(String organisationId) {
    if (!validId(organisationId)) {
      return List.of();
    }
    return graph.read(tx -> repository.ofOrganisation(tx, organisationId, 500));
  }

  /**
   * What {@code actor} may do with {@code c}: confirm it, end it (for a proposal: withdraw it, or
   * decline it when speaking only for the side it was sent to). One read.
   */
  public record Permissions(boolean confirm, boolean end, boolean decline) {}

  public Permissions permissions(Account actor, Collaboration c) {
    if (actor == null || c.ended()) {
      return new Permissions(false, false, false);
    }
    var owners = graph.read(tx -> repository.sides(tx, c.fromId(), c.toId(), null).owners());
    boolean forTo = speaksFor(actor, c.toId(), owners);
    boolean forFrom = speaksFor(actor, c.fromId(), owners);
    return new Permissions(
        c.proposed() && forTo, forFrom || forTo, c.proposed() && forTo && !forFrom);
  }

  /** Whether {@code actor} may speak for organisation {@code id}; one read. */
  public boolean speaksFor(Account actor, String id) {
    if (actor == null || !validId(id)) {
      return false;
    }
    var owners = graph.read(tx -> repository.sides(tx, id, id, null).owners());
    return speaksFor(actor, id, owners);
  }

  private static boolean speaksFor(Account actor, String id, java.util.Map<String, Ownership> o) {
    Ownership ownership = o.get(id);
    return ownership != null && OrganisationService.mayEdit(actor, id, ownership);
  }

  /** A notice about {@code c}: "{by} requested/confirmed/… {other}", linking to the relation. */
  private static Notice notice(
      Collaboration c, String what, String by, String other, Account actor, String message) {
    return new Notice(
        "requested".equals(what) ? Notice.Kind.REQUEST : Notice.Kind.INFO,
        "collaboration.notice." + what,
        List.of(by == null ? "" : by, other == null ? "" : other),
        "/collaboration/view.xhtml?id=" + c.id(),
        message,
        actor.displayName(),
        c.id());
  }

  private Collaboration existing(org.neo4j.driver.TransactionContext tx, String id, Locale locale) {
    Optional<Collaboration> found = validId(id) ? repository.find(tx, id) : Optional.empty();
    return found.orElseThrow(() ->
        new DomainException(
            DomainException.Kind.NOT_FOUND, Messages.get(locale, "collaboration.notFound")));
  }

  private static boolean validId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static DomainException duplicate(String existing, Locale locale) {
    return new DomainException(
        DomainException.Kind.DUPLICATE,
        Messages.get(locale, "collaboration.duplicate"),
        List.of(),
        existing == null ? null : java.util.Map.of("id", existing));
  }
}
