package org.knooppunt.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.TransactionContext;

/**
 * The only write path for alliances, for screens and API alike. Checks the form (in the user's
 * language) before a transaction starts, then in one transaction checks what it refers to, who may
 * write and the optimistic version, writes and audits.
 *
 * <p>Who may write: an admin anything; a policy cell creates, edits and ends alliances whose
 * municipalities all lie in its regions (before and after the change, so it cannot take over or
 * give away another province's alliance); a librarian of a member library edits it, but neither
 * creates nor ends one. Partners read. An ended alliance stays readable with its end date and is no
 * longer edited.
 */
@ApplicationScoped
public class AllianceService {

  static final int NAME_MAX = 120;
  static final int DESCRIPTION_MAX = 2000;
  static final int MEMBERS_MAX = 200;
  static final int MUNICIPALITIES_MAX = 700;
  static final int TOPICS_MAX = 50;
  static final int LIST_MAX = 100;

  /** The roles a member may hold: the lead (penvoerder), a participant, a key partner. */
  public static final List<String> ROLES = List.of("penvoerder", "deelnemer", "kernpartner");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private final Graph graph;
  private final AllianceRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  @Inject
  public AllianceService(Graph graph, AllianceRepository repository, AuditLog audit, Clock clock) {
    this.graph = graph;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  protected AllianceService() {
    this(null, null, null, null);
  }

  /** A page of the list and the total number of matches. */
  public record Page(List<AllianceSummary> rows, long total) {}

  public Page list(AllianceRepository.Filter filter, int offset, int limit) {
    int from = Math.max(0, offset);
    int size = Math.clamp(limit, 1, LIST_MAX);
    AllianceRepository.Filter f =
        filter == null ? new AllianceRepository.Filter(null, null, null) : filter;
    return graph.read(tx -> new Page(repository.page(tx, f, from, size), repository.count(tx, f)));
  }

  public Optional<Alliance> find(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return graph.read(tx -> repository.find(tx, id));
  }

  public Alliance get(String id, Locale locale) {
    return find(id).orElseThrow(() -> notFound(locale));
  }

  /**
   * Organisations and municipalities by id, for a form filled from a suggestion or an address:
   * {@code organisations} as [id, name, kind], {@code municipalities} as [id, name, region]. Ids
   * that do not look like ids are left out.
   */
  public java.util.Map<String, List<List<String>>> names(
      List<String> organisationIds, List<String> municipalityIds) {
    List<String> orgs = valid(organisationIds);
    List<String> places = valid(municipalityIds);
    return graph.read(tx -> repository.names(tx, orgs, places));
  }

  private static List<String> valid(List<String> ids) {
    return ids == null
        ? List.of()
        : ids.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(s -> ID.matcher(s).matches())
            .distinct()
            .limit(MUNICIPALITIES_MAX)
            .toList();
  }

  /** Creates an alliance; returns its id. */
  public String create(Account actor, AllianceForm form, Locale locale) {
    if (actor == null || !(actor.has(Role.ADMIN) || actor.has(Role.POLICY))) {
      throw DomainException.forbidden(locale);
    }
    AllianceRepository.Clean clean = clean(form, locale);
    return graph.write(tx -> {
      AllianceRepository.References refs = checkReferences(tx, clean, locale);
      if (!actor.has(Role.ADMIN) && !inRegions(actor, refs.regions())) {
        throw DomainException.forbidden(locale);
      }
      String id = UUID.randomUUID().toString();
      repository.create(tx, id, clean, actor.username());
      audit.record(tx, actor.username(), "alliance.created", id, null);
      return id;
    });
  }

  /** Saves the form over version {@code form.version}; returns the new version. */
  public long update(Account actor, String id, AllianceForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    if (id == null || !ID.matcher(id).matches()) {
      throw notFound(locale);
    }
    AllianceRepository.Clean clean = clean(form, locale);
    return graph.write(tx -> {
      AllianceRepository.Ownership own =
          repository.ownership(tx, id).orElseThrow(() -> notFound(locale));
      if (!mayEdit(actor, own)) {
        throw DomainException.forbidden(locale);
      }
      if ("ended".equals(own.status())) {
        throw DomainException.invalid(locale, "status", Messages.get(locale, "alliance.isEnded"));
      }
      AllianceRepository.References refs = checkReferences(tx, clean, locale);
      if (actor.has(Role.POLICY) && !actor.has(Role.ADMIN) && !inRegions(actor, refs.regions())) {
        throw DomainException.forbidden(locale);
      }
      checkVersion(tx, id, own, form.version(), locale);
      long version = repository.update(tx, id, clean, actor.username());
      audit.record(tx, actor.username(), "alliance.updated", id, null);
      return version;
    });
  }

  /**
   * Ends an alliance on {@code until} (today when blank): its status becomes ended and members
   * without an end date get this one. Admin or the policy cell of its area.
   */
  public long end(Account actor, String id, String until, long version, Locale locale) {
    if (actor == null || !(actor.has(Role.ADMIN) || actor.has(Role.POLICY))) {
      throw DomainException.forbidden(locale);
    }
    if (id == null || !ID.matcher(id).matches()) {
      throw notFound(locale);
    }
    List<FieldError> errors = new ArrayList<>();
    String end =
        until == null || until.isBlank()
            ? LocalDate.now(clock).toString()
            : date(until, "until", errors, locale);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return graph.write(tx -> {
      AllianceRepository.Ownership own =
          repository.ownership(tx, id).orElseThrow(() -> notFound(locale));
      if (!actor.has(Role.ADMIN) && !inRegions(actor, own.regions())) {
        throw DomainException.forbidden(locale);
      }
      if ("ended".equals(own.status())) {
        throw DomainException.invalid(locale, "status", Messages.get(locale, "alliance.isEnded"));
      }
      checkVersion(tx, id, own, version, locale);
      Alliance current = repository.find(tx, id).orElseThrow();
      if (current.since() != null && end.compareTo(current.since()) < 0) {
        throw DomainException.invalid(
            locale, "until", Messages.get(locale, "alliance.untilBeforeSince"));
      }
      long next = repository.end(tx, id, end, actor.username());
      audit.record(tx, actor.username(), "alliance.ended", id, end);
      return next;
    });
  }

  /** Whether {@code actor} may create alliances at all (admin, policy cell). */
  public static boolean mayCreate(Account actor) {
    return actor != null && (actor.has(Role.ADMIN) || actor.has(Role.POLICY));
  }

  /** Whether {@code actor} may edit {@code alliance} (the screens ask; the service decides). */
  public static boolean mayEdit(Account actor, Alliance alliance) {
    if (actor == null || alliance == null || alliance.ended()) {
      return false;
    }
    return mayEdit(
        actor,
        new AllianceRepository.Ownership(
            alliance.version(),
            alliance.status(),
            alliance.members().stream().map(Alliance.Member::organisationId).toList(),
            alliance.municipalities().stream()
                .map(Alliance.Place::regionId)
                .filter(Objects::nonNull)
                .distinct()
                .toList()));
  }

  /** Whether {@code actor} may end {@code alliance}: admin, the policy cell of its area. */
  public static boolean mayEnd(Account actor, Alliance alliance) {
    return actor != null
        && alliance != null
        && !alliance.ended()
        && (actor.has(Role.ADMIN)
            || (actor.has(Role.POLICY)
                && inRegions(
                    actor,
                    alliance.municipalities().stream()
                        .map(Alliance.Place::regionId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())));
  }

  private static boolean mayEdit(Account actor, AllianceRepository.Ownership own) {
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    if (actor.has(Role.POLICY) && inRegions(actor, own.regions())) {
      return true;
    }
    return actor.has(Role.LIBRARIAN)
        && actor.organisationId() != null
        && own.memberIds().contains(actor.organisationId());
  }

  /** All of {@code regions} are the actor's (a policy cell's area); none is not enough. */
  private static boolean inRegions(Account actor, List<String> regions) {
    List<String> mine = actor.regionIds() == null ? List.of() : actor.regionIds();
    return !regions.isEmpty() && mine.containsAll(regions);
  }

  private void checkVersion(
      TransactionContext tx,
      String id,
      AllianceRepository.Ownership own,
      long version,
      Locale locale) {
    if (own.version() != version) {
      Alliance current = repository.find(tx, id).orElseThrow();
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          Messages.get(locale, "alliance.conflict", String.valueOf(current.updatedBy())),
          List.of(),
          current);
    }
  }

  private AllianceRepository.References checkReferences(
      TransactionContext tx, AllianceRepository.Clean clean, Locale locale) {
    AllianceRepository.References refs =
        repository.references(
            tx,
            clean.members().stream().map(AllianceForm.MemberForm::organisationId).toList(),
            clean.municipalityIds(),
            clean.topicIds());
    List<FieldError> errors = new ArrayList<>();
    if (!refs.unknownOrganisations().isEmpty()) {
      errors.add(
          new FieldError(
              "members",
              Messages.get(
                  locale,
                  "alliance.unknownOrganisation",
                  String.join(", ", refs.unknownOrganisations()))));
    }
    if (!refs.unknownMunicipalities().isEmpty()) {
      errors.add(
          new FieldError(
              "municipalityIds",
              Messages.get(
                  locale,
                  "alliance.unknownMunicipality",
                  String.join(", ", refs.unknownMunicipalities()))));
    }
    if (!refs.unknownTopics().isEmpty()) {
      errors.add(
          new FieldError(
              "topicIds",
              Messages.get(
                  locale, "alliance.unknownTopic", String.join(", ", refs.unknownTopics()))));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return refs;
  }

  /** Checks everything a form can be checked on without the database; the cleaned values. */
  AllianceRepository.Clean clean(AllianceForm form, Locale locale) {
    if (form == null) {
      throw DomainException.invalid(locale, "name", Messages.get(locale, "validation.required"));
    }
    List<FieldError> errors = new ArrayList<>();
    String name = form.name() == null ? "" : form.name().strip();
    if (name.isEmpty()) {
      errors.add(new FieldError("name", Messages.get(locale, "validation.required")));
    } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
      errors.add(new FieldError("name", Messages.get(locale, "validation.tooLong", NAME_MAX)));
    } else if (CONTROL.matcher(name).find()) {
      errors.add(new FieldError("name", Messages.get(locale, "alliance.textInvalid")));
    }
    String description =
        form.description() == null || form.description().isBlank()
            ? null
            : form.description().strip();
    if (description != null) {
      if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
        errors.add(
            new FieldError(
                "description", Messages.get(locale, "validation.tooLong", DESCRIPTION_MAX)));
      } else if (CONTROL_BUT_LINES.matcher(description).find()) {
        errors.add(new FieldError("description", Messages.get(locale, "alliance.textInvalid")));
      }
    }
    String since =
        form.since() == null || form.since().isBlank()
            ? LocalDate.now(clock).toString()
            : date(form.since(), "since", errors, locale);
    List<AllianceForm.MemberForm> members = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<AllianceForm.MemberForm> raw = form.members() == null ? List.of() : form.members();
    if (raw.isEmpty()) {
      errors.add(new FieldError("members", Messages.get(locale, "alliance.membersRequired")));
    } else if (raw.size() > MEMBERS_MAX) {
      errors.add(new FieldError("members", Messages.get(locale, "alliance.tooMany", MEMBERS_MAX)));
    } else {
      for (AllianceForm.MemberForm m : raw) {
        String org = m == null || m.organisationId() == null ? "" : m.organisationId().strip();
        if (!ID.matcher(org).matches()) {
          errors.add(
              new FieldError(
                  "members",
                  Messages.get(locale, "alliance.unknownOrganisation", abbreviate(org))));
          continue;
        }
        if (!seen.add(org)) {
          errors.add(new FieldError("members", Messages.get(locale, "alliance.duplicateMember")));
          continue;
        }
        String role = m.role() == null || m.role().isBlank() ? "deelnemer" : m.role().strip();
        if (!ROLES.contains(role)) {
          errors.add(new FieldError("members", Messages.get(locale, "alliance.roleInvalid")));
        }
        String memberSince =
            m.since() == null || m.since().isBlank()
                ? since
                : date(m.since(), "members", errors, locale);
        String memberUntil =
            m.until() == null || m.until().isBlank()
                ? null
                : date(m.until(), "members", errors, locale);
        if (memberSince != null && memberUntil != null && memberUntil.compareTo(memberSince) < 0) {
          errors.add(new FieldError("members", Messages.get(locale, "alliance.untilBeforeSince")));
        }
        members.add(new AllianceForm.MemberForm(org, role, memberSince, memberUntil));
      }
    }
    List<String> municipalities =
        ids(form.municipalityIds(), MUNICIPALITIES_MAX, "municipalityIds", errors, locale);
    if (municipalities.isEmpty()) {
      errors.add(
          new FieldError(
              "municipalityIds", Messages.get(locale, "alliance.municipalitiesRequired")));
    }
    List<String> topics = ids(form.topicIds(), TOPICS_MAX, "topicIds", errors, locale);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return new AllianceRepository.Clean(name, description, since, members, municipalities, topics);
  }

  private static List<String> ids(
      List<String> raw, int max, String field, List<FieldError> errors, Locale locale) {
    if (raw == null) {
      return List.of();
    }
    if (raw.size() > max) {
      errors.add(new FieldError(field, Messages.get(locale, "alliance.tooMany", max)));
      return List.of();
    }
    Set<String> clean = new LinkedHashSet<>();
    for (String id : raw) {
      String s = id == null ? "" : id.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (!ID.matcher(s).matches()) {
        errors.add(
            new FieldError(
                field,
                Messages.get(
                    locale,
                    "municipalityIds".equals(field)
                        ? "alliance.unknownMunicipality"
                        : "alliance.unknownTopic",
                    abbreviate(s))));
        continue;
      }
      clean.add(s);
    }
    return List.copyOf(clean);
  }

  private static String date(String raw, String field, List<FieldError> errors, Locale locale) {
    try {
      return LocalDate.parse(raw.strip()).toString();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, Messages.get(locale, "alliance.dateInvalid")));
      return null;
    }
  }

  private static String abbreviate(String s) {
    String printable = CONTROL.matcher(s).replaceAll("?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "alliance.notFound"));
  }
}
