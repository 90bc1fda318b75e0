package org.knooppunt.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.inbox.Notice;
import org.knooppunt.organisation.OrganisationRepository;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.domain.FormValidation;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.TransactionContext;

/**
 * The only write path for people, and the place that decides who sees whom. People are real people
 * (AVG/GDPR): only business contact is stored, every write is audited (field names, never values),
 * and the person herself can see, export and ask to erase what is stored.
 *
 * <p>Who may do what. Seeing: see {@link PersonRepository#VISIBLE}; a person one may not see is
 * "not found", exactly like one that does not exist. Managing a person (create, edit, remove) is
 * speaking for her organisation, the rule of {@link OrganisationService#mayEdit}: an admin; a
 * partner account for its own organisation; a librarian for her library and for partners without a
 * partner account. A person linked to an account ({@code (:Account)-[:IS]->(:Person)}) changes her
 * own visibility and consents. Export: the person herself or an admin. Erasure: asked by the person
 * or whoever manages her, completed by an admin.
 */
@ApplicationScoped
public class PersonService {

  static final int LIST_MAX = 200;
  static final int REASON_MAX = 1000;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private final Graph graph;
  private final PersonRepository people;
  private final OrganisationRepository organisations;
  private final ValidatorFactory validation;
  private final AuditLog audit;
  private final InboxService inbox;
  private final Clock clock;

  @Inject
  public PersonService(
      Graph graph,
      PersonRepository people,
      OrganisationRepository organisations,
      ValidatorFactory validation,
      AuditLog audit,
      InboxService inbox,
      Clock clock) {
    this.graph = graph;
    this.people = people;
    this.organisations = organisations;
    this.validation = validation;
    this.audit = audit;
    this.inbox = inbox;
    this.clock = clock;
  }

  protected PersonService() {
    this(null, null, null, null, null, null, null);
  }

  /** A change of visibility and consents, by the person herself or whoever manages her. */
  public record Consents(
      String visibility,
      boolean maps,
      boolean introductions,
      boolean recommendations,
      long version) {}

  /** The person if {@code reader} may see her. */
  public Optional<Person> find(Account reader, String id) {
    if (reader == null || id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return graph
        .read(tx -> people.find(tx, reader, id))
        .filter(PersonRepository.Found::visible)
        .map(PersonRepository.Found::person);
  }

  public Person get(Account reader, String id, Locale locale) {
    return find(reader, id).orElseThrow(() -> notFound(locale));
  }

  /** The people of an organisation that {@code reader} may see, by name. */
  public List<Person> ofOrganisation(Account reader, String organisationId, int skip, int limit) {
    if (reader == null || organisationId == null || !ID.matcher(organisationId).matches()) {
      return List.of();
    }
    int from = Math.max(0, skip);
    int size = Math.clamp(limit, 1, LIST_MAX);
    return graph.read(tx -> people.ofOrganisation(tx, reader, organisationId, from, size));
  }

  /**
   * For each of {@code personIds} that {@code reader} may not see: how to show her instead, "a
   * contact person of <organisation>", in the reader's language. Visible people are not in the map.
   */
  public Map<String, String> hidden(Account reader, List<String> personIds, Locale locale) {
    if (personIds == null || personIds.isEmpty()) {
      return Map.of();
    }
    List<String> ids = personIds.stream().filter(i -> i != null).distinct().toList();
    Map<String, String> out = new HashMap<>();
    for (var seen : graph.read(tx -> people.visibilityOf(tx, reader, ids))) {
      if (!seen.visible()) {
        out.put(
            seen.id(),
            seen.organisationName() == null
                ? Messages.get(locale, "person.hiddenNoOrganisation")
                : Messages.get(locale, "person.hidden", seen.organisationName()));
      }
    }
    return out;
  }

  /** Whether {@code actor} may create, edit and remove the people of {@code organisationId}. */
  public boolean mayManage(Account actor, String organisationId) {
    if (actor == null || organisationId == null || !ID.matcher(organisationId).matches()) {
      return false;
    }
    return graph.read(tx -> mayManage(tx, actor, organisationId));
  }

  private boolean mayManage(TransactionContext tx, Account actor, String organisationId) {
    if (organisationId == null) {
      return actor.has(Role.ADMIN);
    }
    return organisations
        .ownership(tx, organisationId)
        .map(o -> OrganisationService.mayEdit(actor, organisationId, o))
        .orElse(false);
  }

  /** Whether {@code actor} logs in as person {@code id}. */
  public boolean isSelf(Account actor, String id) {
    return actor != null && id != null && graph.read(tx -> people.isSelf(tx, actor.username(), id));
  }

  /** The person {@code actor} logs in as, if any. */
  public Optional<String> self(Account actor) {
    if (actor == null) {
      return Optional.empty();
    }
    return graph.read(tx -> people.self(tx, actor.username()));
  }

  public String create(Account actor, PersonForm form, Locale locale) {
    if (actor == null || form == null) {
      throw DomainException.forbidden(locale);
    }
    validate(form, locale, true);
    return graph.write(tx -> {
      String organisationId = form.getOrganisationId();
      if (organisations.ownership(tx, organisationId).isEmpty()) {
        throw DomainException.invalid(
            locale, "organisationId", Messages.get(locale, "organisation.notFound"));
      }
      if (!mayManage(tx, actor, organisationId)) {
        throw DomainException.forbidden(locale);
      }
      ZonedDateTime now = now();
      Map<String, Object> props = details(form);
      props.put("visibility", Visibility.parse(form.getVisibility()).name());
      for (ConsentKind k : ConsentKind.values()) {
        consent(null, k, form.gives(k), actor.username(), now, props);
      }
      String id = UUID.randomUUID().toString();
      people.create(
          tx, id, organisationId, props, blankToNull(form.getRole()), actor.username(), now);
      audit.record(tx, actor.username(), "person.created", id, "organisation=" + organisationId);
      return id;
    });
  }

  /** Saves everything on the form over version {@code form.version}; returns the new version. */
  public long update(Account actor, String id, PersonForm form, Locale locale) {
    if (actor == null || form == null) {
      throw DomainException.forbidden(locale);
    }
    validate(form, locale, false);
    return graph.write(tx -> {
      Person current = visible(tx, actor, id, locale);
      if (!mayManage(tx, actor, current.organisationId())) {
        throw DomainException.forbidden(locale);
      }
      checkVersion(current, form.getVersion(), locale);
      ZonedDateTime now = now();
      Map<String, Object> props = details(form);
      props.put("visibility", Visibility.parse(form.getVisibility()).name());
      for (ConsentKind k : ConsentKind.values()) {
        consent(current, k, form.gives(k), actor.username(), now, props);
      }
      long version =
          people.update(tx, id, props, true, blankToNull(form.getRole()), actor.username(), now);
      audit.record(tx, actor.username(), "person.updated", id, changed(current, form));
      return version;
    });
  }

  /** Changes visibility and consents: the person herself or whoever manages her. */
  public long setConsents(Account actor, String id, Consents consents, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    Visibility visibility = consents == null ? null : Visibility.parse(consents.visibility());
    if (visibility == null) {
      throw DomainException.invalid(
          locale, "visibility", Messages.get(locale, "person.visibilityInvalid"));
    }
    return graph.write(tx -> {
      Person current = visible(tx, actor, id, locale);
      if (!people.isSelf(tx, actor.username(), id)
          && !mayManage(tx, actor, current.organisationId())) {
        throw DomainException.forbidden(locale);
      }
      checkVersion(current, consents.version(), locale);
      ZonedDateTime now = now();
      Map<String, Object> props = new HashMap<>();
      props.put("visibility", visibility.name());
      consent(current, ConsentKind.MAPS, consents.maps(), actor.username(), now, props);
      consent(
          current,
          ConsentKind.INTRODUCTIONS,
          consents.introductions(),
          actor.username(),
          now,
          props);
      consent(
          current,
          ConsentKind.RECOMMENDATIONS,
          consents.recommendations(),
          actor.username(),
          now,
          props);
      long version = people.update(tx, id, props, false, null, actor.username(), now);
      List<String> changed = new ArrayList<>();
      if (current.visibility() != visibility) {
        changed.add("visibility");
      }
      if (current.maps().given() != consents.maps()) {
        changed.add(ConsentKind.MAPS.property);
      }
      if (current.introductions().given() != consents.introductions()) {
        changed.add(ConsentKind.INTRODUCTIONS.property);
      }
      if (current.recommendations().given() != consents.recommendations()) {
        changed.add(ConsentKind.RECOMMENDATIONS.property);
      }
      audit.record(tx, actor.username(), "person.consents", id, String.join(",", changed));
      return version;
    });
  }

  /** Removes a person (she left the organisation): whoever manages her. */
  public void delete(Account actor, String id, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    graph.write(tx -> {
      Person current = visible(tx, actor, id, locale);
      if (!mayManage(tx, actor, current.organisationId())) {
        throw DomainException.forbidden(locale);
      }
      people.delete(tx, id);
      audit.record(tx, actor.username(), "person.deleted", id, null);
      return null;
    });
  }

  /** Whether {@code actor} may download everything stored about person {@code id}. */
  public boolean mayExport(Account actor, String id) {
    return actor != null && (actor.has(Role.ADMIN) || isSelf(actor, id));
  }

  /**
   * Everything stored about a person: every property, every relationship with the other end's id,
   * name and type, her consents with the wording she agreed to, the audit entries about her and
   * those of the accounts that log in as her. The person herself or an admin.
   */
  public Map<String, Object> export(Account actor, String id, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    Map<String, Object> out =
        graph.read(tx -> {
          Person person = visible(tx, actor, id, locale);
          if (!actor.has(Role.ADMIN) && !people.isSelf(tx, actor.username(), id)) {
            throw DomainException.forbidden(locale);
          }
          Map<String, Object> stored = people.export(tx, id).orElseThrow(() -> notFound(locale));
          @SuppressWarnings("unchecked")
          List<String> usernames = (List<String>) stored.get("accounts");
          Map<String, Object> all = new LinkedHashMap<>();
          all.put("id", id);
          all.put("exportedAt", now().toString());
          all.put("properties", stored.get("properties"));
          all.put("relationships", stored.get("relationships"));
          all.put("accounts", usernames);
          List<Object> consents = new ArrayList<>();
          for (Consent c :
              List.of(person.maps(), person.introductions(), person.recommendations())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("consent", c.kind().property);
            m.put("given", c.given());
            m.put("at", c.at() == null ? null : c.at().toString());
            m.put("version", c.version());
            m.put("withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
            m.put("wording", Messages.get(locale, c.wordingKey()));
            consents.add(m);
          }
          all.put("consents", consents);
          all.put("audit", people.auditAbout(tx, id, usernames));
          return all;
        });
    graph.write(tx -> {
      audit.record(tx, actor.username(), "person.exported", id, null);
      return null;
    });
    return out;
  }

  /**
   * Asks for a person's erasure: the person herself or whoever manages her. Records a pending
   * request and tells the admins; returns the request's id. The reason is free text, kept as text.
   */
  public String requestErasure(Account actor, String id, String reason, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    String text = reason == null || reason.isBlank() ? null : reason.strip();
    if (text != null && text.codePointCount(0, text.length()) > REASON_MAX) {
      throw DomainException.invalid(
          locale, "reason", Messages.get(locale, "validation.tooLong", REASON_MAX));
    }
    if (text != null && CONTROL_BUT_LINES.matcher(text).find()) {
      throw DomainException.invalid(locale, "reason", Messages.get(locale, "person.textInvalid"));
    }
    return graph.write(tx -> {
      Person current = visible(tx, actor, id, locale);
      if (!people.isSelf(tx, actor.username(), id)
          && !mayManage(tx, actor, current.organisationId())) {
        throw DomainException.forbidden(locale);
      }
      String requestId = UUID.randomUUID().toString();
      people
          .requestErasure(tx, id, requestId, actor.username(), text, now())
          .orElseThrow(() ->
              new DomainException(
                  DomainException.Kind.CONFLICT, Messages.get(locale, "person.erasurePending")));
      // The notice names the organisation only, so that it holds no copy of the person.
      inbox.toAccounts(
          tx,
          new Notice(
              Notice.Kind.APPROVAL,
              "person.erasureNotice",
              List.of(current.organisationName() == null ? "" : current.organisationName()),
              "/person/erasures.xhtml",
              null,
              null,
              requestId),
          people.adminAccountIds(tx));
      audit.record(tx, actor.username(), "person.erasureRequested", id, requestId);
      return requestId;
    });
  }

  /** The pending erasure requests, oldest first: admins only. */
  public List<PersonRepository.ErasureRequest> pendingErasures(Account actor, Locale locale) {
    if (actor == null || !actor.has(Role.ADMIN)) {
      throw DomainException.forbidden(locale);
    }
    return graph.read(tx -> people.pendingErasures(tx, 0, LIST_MAX));
  }

  /**
   * Completes an erasure (admins only), in one transaction: the person and her relationships are
   * deleted, audit entries about her pseudonymised, and every other copy of her id, name, e-mail or
   * phone anywhere in the graph (notices, saved maps, relation notes…) replaced by the pseudonym.
   * If anything still refers to her afterwards, nothing is committed. Returns the pseudonym.
   */
  public String completeErasure(Account actor, String requestId, Locale locale) {
    if (actor == null || !actor.has(Role.ADMIN)) {
      throw DomainException.forbidden(locale);
    }
    if (requestId == null || !ID.matcher(requestId).matches()) {
      throw erasureNotFound(locale);
    }
    return graph.write(tx -> {
      PersonRepository.Subject subject =
          people.erasureSubject(tx, requestId).orElseThrow(() -> erasureNotFound(locale));
      String pseudonym = "verwijderd-" + UUID.randomUUID().toString().substring(0, 8);
      List<String> terms = terms(subject);
      audit.pseudonymise(tx, subject.id(), pseudonym);
      people.delete(tx, subject.id());
      people.sweep(tx, terms, pseudonym);
      if (people.references(tx, terms) > 0) {
        throw new IllegalStateException("An erased person is still referred to");
      }
      audit.record(tx, actor.username(), "person.erased", pseudonym, null);
      return pseudonym;
    });
  }

  /**
   * What identifies the person anywhere: id, e-mail, phone and name. A name of fewer than five
   * characters without a space is left out: it would match unrelated words.
   */
  static List<String> terms(PersonRepository.Subject s) {
    List<String> terms = new ArrayList<>();
    terms.add(s.id());
    if (s.email() != null && !s.email().isBlank()) {
      terms.add(s.email());
    }
    if (s.phone() != null && s.phone().replaceAll("\\D", "").length() >= 6) {
      terms.add(s.phone());
    }
    String name = s.name() == null ? "" : s.name().strip();
    if (name.length() >= 5 || name.contains(" ")) {
      terms.add(name);
    }
    return terms;
  }

  /** The person if she exists and {@code actor} may see her; otherwise not found. */
  private Person visible(TransactionContext tx, Account actor, String id, Locale locale) {
    if (id == null || !ID.matcher(id).matches()) {
      throw notFound(locale);
    }
    return people
        .find(tx, actor, id)
        .filter(PersonRepository.Found::visible)
        .map(PersonRepository.Found::person)
        .orElseThrow(() -> notFound(locale));
  }

  private static void checkVersion(Person current, long version, Locale locale) {
    if (current.version() != version) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          Messages.get(
              locale, "person.conflict", current.updatedBy() == null ? "?" : current.updatedBy()),
          List.of(),
          current);
    }
  }

  /**
   * Puts the change of one consent into {@code props}: given now (with today's wording version and
   * who recorded it), withdrawn now, or unchanged. A new person gets an explicit "not given".
   */
  private static void consent(
      Person current,
      ConsentKind kind,
      boolean give,
      String actor,
      ZonedDateTime now,
      Map<String, Object> props) {
    boolean had = current != null && given(current, kind);
    String p = kind.property;
    if (give && !had) {
      props.put(p, true);
      props.put(p + "At", now);
      props.put(p + "Version", ConsentKind.CURRENT_VERSION);
      props.put(p + "By", actor);
      props.put(p + "WithdrawnAt", null);
    } else if (!give && had) {
      props.put(p, false);
      props.put(p + "At", null);
      props.put(p + "Version", null);
      props.put(p + "By", null);
      props.put(p + "WithdrawnAt", now);
    } else if (current == null) {
      props.put(p, false);
    }
  }

  private static boolean given(Person p, ConsentKind kind) {
    return switch (kind) {
      case MAPS -> p.maps().given();
      case INTRODUCTIONS -> p.introductions().given();
      case RECOMMENDATIONS -> p.recommendations().given();
    };
  }

  private static Map<String, Object> details(PersonForm form) {
    Map<String, Object> props = new HashMap<>();
    props.put("name", form.getName().strip());
    props.put("jobTitle", blankToNull(form.getJobTitle()));
    props.put("email", blankToNull(form.getEmail()));
    props.put("phone", blankToNull(form.getPhone()));
    return props;
  }

  /** The names of the fields a save changes, for the audit (never their values). */
  private static String changed(Person current, PersonForm form) {
    List<String> out = new ArrayList<>();
    if (!eq(current.name(), form.getName())) {
      out.add("name");
    }
    if (!eq(current.jobTitle(), form.getJobTitle())) {
      out.add("jobTitle");
    }
    if (!eq(current.role(), form.getRole())) {
      out.add("role");
    }
    if (!eq(current.email(), form.getEmail())) {
      out.add("email");
    }
    if (!eq(current.phone(), form.getPhone())) {
      out.add("phone");
    }
    if (!current.visibility().name().equals(Visibility.parse(form.getVisibility()).name())) {
      out.add("visibility");
    }
    for (ConsentKind k : ConsentKind.values()) {
      if (given(current, k) != form.gives(k)) {
        out.add(k.property);
      }
    }
    return String.join(",", out);
  }

  private static boolean eq(String a, String b) {
    return java.util.Objects.equals(blankToNull(a), blankToNull(b));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private ZonedDateTime now() {
    return ZonedDateTime.now(clock);
  }

  private void validate(PersonForm form, Locale locale, boolean creating) {
    List<FieldError> errors = FormValidation.errors(validation, form, "", locale);
    if (Visibility.parse(form.getVisibility()) == null) {
      errors.add(new FieldError("visibility", Messages.get(locale, "person.visibilityInvalid")));
    }
    if (creating && (form.getOrganisationId() == null || form.getOrganisationId().isBlank())) {
      errors.add(
          new FieldError("organisationId", Messages.get(locale, "knooppunt.validation.required")));
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw DomainException.invalid(locale, errors);
    }
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "person.notFound"));
  }

  private static DomainException erasureNotFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "person.erasureNotFound"));
  }
}
