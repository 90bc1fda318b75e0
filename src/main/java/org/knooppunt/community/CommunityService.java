package org.knooppunt.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.TransactionContext;

/**
 * The only write path for communities, for screens and API alike.
 *
 * <p>Owners are the accounts acting for the organisation that hosts the community or for one that
 * runs it, and admins: they create it (for their own organisation), edit its profile and its offer
 * (always over the version they started from; a stale version is a conflict, as for profiles) and
 * answer requests to join. Whoever may speak for an organisation asks for it to join; a user asks
 * for a person of her own organisation. Asking, accepting and declining each notify the other side
 * through the inbox, in the same transaction. Text is stored as typed (rendered escaped); control
 * characters and overlong text are refused before anything is written.
 */
@ApplicationScoped
public class CommunityService {

  static final int NAME_MAX = 200;
  static final int DESCRIPTION_MAX = 4000;
  static final int SCHEDULE_MAX = 200;
  static final int MESSAGE_MAX = 1000;
  static final int ROLE_MAX = 60;
  static final int ACTIVITY_NAME_MAX = 200;
  static final int ACTIVITY_DESCRIPTION_MAX = 2000;
  static final int RUNNERS_MAX = 20;
  static final int TERMS_MAX = 30;
  static final String DEFAULT_ROLE = "lid";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private final Graph graph;
  private final CommunityRepository repository;
  private final OrganisationRepository organisations;
  private final InboxService inbox;
  private final AuditLog audit;

  @Inject
  public CommunityService(
      Graph graph,
      CommunityRepository repository,
      OrganisationRepository organisations,
      InboxService inbox,
      AuditLog audit) {
    this.graph = graph;
    this.repository = repository;
    this.organisations = organisations;
    this.inbox = inbox;
    this.audit = audit;
  }

  protected CommunityService() {
    this(null, null, null, null, null);
  }

  /** A page of the list and the number of matches. */
  public record Page(List<CommunitySummary> rows, long total) {}

  public Page list(String text, String topic, int skip, int limit, Locale locale) {
    String q = text == null ? null : text.strip();
    if (q != null && q.length() > NAME_MAX) {
      q = q.substring(0, NAME_MAX);
    }
    String t = topic != null && ID.matcher(topic).matches() ? topic : null;
    String query = q;
    boolean english = "en".equals(Messages.supported(locale).getLanguage());
    return graph.read(tx ->
        new Page(
            repository.page(tx, query, t, english, skip, limit), repository.count(tx, query, t)));
  }

  public long count(String text, String topic) {
    String q = text == null ? null : text.strip();
    String t = topic != null && ID.matcher(topic).matches() ? topic : null;
    return graph.read(tx -> repository.count(tx, q, t));
  }

  /** One page of the list, without counting. */
  public List<CommunitySummary> page(
      String text, String topic, int skip, int limit, Locale locale) {
    String q = text == null ? null : text.strip();
    String t = topic != null && ID.matcher(topic).matches() ? topic : null;
    boolean english = "en".equals(Messages.supported(locale).getLanguage());
    return graph.read(tx -> repository.page(tx, q, t, english, skip, limit));
  }

  public Optional<Community> find(String id) {
    if (!validId(id)) {
      return Optional.empty();
    }
    return graph.read(tx -> repository.find(tx, id));
  }

  public Community get(String id, Locale locale) {
    return find(id).orElseThrow(() -> notFound(locale));
  }

  // --- owners ---------------------------------------------------------------------------------

  /** Whether {@code actor} may create a community hosted by {@code hostId}. */
  public static boolean mayCreate(Account actor, String hostId) {
    if (actor == null || hostId == null) {
      return false;
    }
    return actor.has(Role.ADMIN)
        || (actsForAnOrganisation(actor) && hostId.equals(actor.organisationId()));
  }

  /** Whether {@code actor} owns a community with this ownership: admin, or acts for host/runner. */
  public static boolean owns(Account actor, CommunityRepository.Ownership o) {
    if (actor == null || o == null) {
      return false;
    }
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    String org = actor.organisationId();
    return actsForAnOrganisation(actor)
        && org != null
        && (o.hosts().contains(org) || o.runners().contains(org));
  }

  /** Whether {@code actor} owns community {@code id}; one read, for screens. */
  public boolean owns(Account actor, String id) {
    if (actor == null || !validId(id)) {
      return false;
    }
    return graph.read(tx -> repository.ownership(tx, id)).map(o -> owns(actor, o)).orElse(false);
  }

  private static boolean actsForAnOrganisation(Account actor) {
    return actor.organisationId() != null && (actor.has(Role.LIBRARIAN) || actor.has(Role.PARTNER));
  }

  /** Creates a community; returns its id. A non-admin hosts it by her own organisation. */
  public String create(Account actor, CommunityForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    CommunityForm clean = clean(form, locale);
    if (clean.getHostId() == null) {
      clean.setHostId(actor.organisationId());
    }
    clean.getRunnerIds().remove(clean.getHostId());
    if (!mayCreate(actor, clean.getHostId())) {
      throw DomainException.forbidden(locale);
    }
    return graph.write(tx -> {
      checkReferences(tx, clean, locale);
      checkDuplicate(tx, clean, null, locale);
      String id = UUID.randomUUID().toString();
      repository.create(tx, id, clean, actor.username());
      audit.record(tx, actor.username(), "community.created", id, clean.getName());
      return id;
    });
  }

  /** Saves the form over version {@code form.version}; returns the new version. */
  public long update(Account actor, String id, CommunityForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    CommunityForm clean = clean(form, locale);
    return graph.write(tx -> {
      CommunityRepository.Ownership o = owned(tx, actor, id, locale);
      String host = o.hosts().isEmpty() ? null : o.hosts().getFirst();
      if (clean.getHostId() == null) {
        clean.setHostId(host);
      } else if (!clean.getHostId().equals(host) && !actor.has(Role.ADMIN)) {
        throw DomainException.invalid(
            locale, "hostId", Messages.get(locale, "community.hostFixed"));
      }
      clean.getRunnerIds().remove(clean.getHostId());
      checkReferences(tx, clean, locale);
      checkDuplicate(tx, clean, id, locale);
      if (o.version() != clean.getVersion()) {
        throw conflict(tx, id, locale);
      }
      long version =
          repository
              .update(tx, id, clean, actor.username())
              .orElseThrow(() -> conflict(tx, id, locale));
      audit.record(tx, actor.username(), "community.updated", id, null);
      return version;
    });
  }

  /** Adds an activity to the offer over community version {@code form.version}. */
  public long addActivity(Account actor, String communityId, ActivityForm form, Locale locale) {
    ActivityForm clean = cleanActivity(actor, form, locale);
    return graph.write(tx -> {
      CommunityRepository.Ownership o = owned(tx, actor, communityId, locale);
      checkActivityReferences(tx, clean, locale);
      if (o.version() != clean.getVersion()) {
        throw conflict(tx, communityId, locale);
      }
      String id = UUID.randomUUID().toString();
      long version =
          repository
              .addActivity(tx, communityId, id, clean, actor.username())
              .orElseThrow(() -> conflict(tx, communityId, locale));
      audit.record(tx, actor.username(), "community.activityAdded", communityId, id);
      return version;
    });
  }

  public long updateActivity(
      Account actor, String communityId, String activityId, ActivityForm form, Locale locale) {
    ActivityForm clean = cleanActivity(actor, form, locale);
    return graph.write(tx -> {
      CommunityRepository.Ownership o = owned(tx, actor, communityId, locale);
      existingActivity(tx, communityId, activityId, locale);
      checkActivityReferences(tx, clean, locale);
      if (o.version() != clean.getVersion()) {
        throw conflict(tx, communityId, locale);
      }
      long version =
          repository
              .updateActivity(tx, communityId, activityId, clean, actor.username())
              .orElseThrow(() -> conflict(tx, communityId, locale));
      audit.record(tx, actor.username(), "community.activityChanged", communityId, activityId);
      return version;
    });
  }

  public long removeActivity(
      Account actor, String communityId, String activityId, long version, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    return graph.write(tx -> {
      CommunityRepository.Ownership o = owned(tx, actor, communityId, locale);
      existingActivity(tx, communityId, activityId, locale);
      if (o.version() != version) {
        throw conflict(tx, communityId, locale);
      }
      long next =
          repository
              .removeActivity(tx, communityId, activityId, version, actor.username())
              .orElseThrow(() -> conflict(tx, communityId, locale));
      audit.record(tx, actor.username(), "community.activityRemoved", communityId, activityId);
      return next;
    });
  }

  // --- joining --------------------------------------------------------------------------------

  /**
   * Asks for {@code memberId} (an organisation {@code actor} may speak for, or a person of her
   * organisation) to join; the owners get a notice.
   */
  public void ask(
      Account actor, String communityId, String memberId, String message, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    List<FieldError> errors = new ArrayList<>();
    String text = text(message, "message", MESSAGE_MAX, true, errors, locale, false);
    if (!validId(memberId)) {
      errors.add(new FieldError("memberId", Messages.get(locale, "community.memberRequired")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    graph.write(tx -> {
      CommunityRepository.Ownership o = existing(tx, communityId, locale);
      CommunityRepository.Candidate who =
          repository
              .candidate(tx, communityId, memberId)
              .orElseThrow(() ->
                  DomainException.invalid(
                      locale, "memberId", Messages.get(locale, "community.memberUnknown")));
      if (!speaksFor(tx, actor, memberId, who)) {
        throw DomainException.forbidden(locale);
      }
      if (who.runs()) {
        throw duplicate(locale, "community.alreadyRuns", who.name());
      }
      if (who.member()) {
        throw duplicate(locale, "community.alreadyMember", who.name());
      }
      if (who.asked() || !repository.ask(tx, communityId, memberId, text, actor.username())) {
        throw duplicate(locale, "community.alreadyAsked", who.name());
      }
      Notice notice =
          new Notice(
              Notice.Kind.COMMUNITY,
              "community.notice.asked",
              List.of(who.name(), o.name()),
              "/community/view.xhtml?id=" + communityId,
              text,
              actor.displayName(),
              communityId);
      for (String owner : owners(o)) {
        inbox.toOrganisation(tx, notice, owner);
      }
      audit.record(tx, actor.username(), "community.asked", communityId, memberId);
      return null;
    });
  }

  /** The open requests to join, for an owner. */
  public List<JoinRequest> requests(Account actor, String communityId, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    return graph.read(tx -> {
      owned(tx, actor, communityId, locale);
      return repository.requests(tx, communityId);
    });
  }

  /** Accepts a request: the member joins with {@code role}; whoever asked gets a notice. */
  public void accept(
      Account actor, String communityId, String memberId, String role, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    List<FieldError> errors = new ArrayList<>();
    String cleanRole = text(role, "role", ROLE_MAX, false, errors, locale, false);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    String given = cleanRole == null ? DEFAULT_ROLE : cleanRole;
    answer(actor, communityId, memberId, locale, true, given);
  }

  /** Declines a request; whoever asked gets a notice. */
  public void decline(Account actor, String communityId, String memberId, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    answer(actor, communityId, memberId, locale, false, null);
  }

  private void answer(
      Account actor,
      String communityId,
      String memberId,
      Locale locale,
      boolean accept,
      String role) {
    graph.write(tx -> {
      CommunityRepository.Ownership o = owned(tx, actor, communityId, locale);
      JoinRequest request =
          (validId(memberId)
                  ? repository.request(tx, communityId, memberId)
                  : Optional.<JoinRequest>empty())
              .orElseThrow(() ->
                  new DomainException(
                      DomainException.Kind.NOT_FOUND,
                      Messages.get(locale, "community.requestNotFound")));
      if (accept) {
        repository.accept(tx, communityId, memberId, role, actor.username());
      } else {
        repository.decline(tx, communityId, memberId);
      }
      if (request.askedBy() != null) {
        inbox.toUsernames(
            tx,
            new Notice(
                Notice.Kind.COMMUNITY,
                accept ? "community.notice.accepted" : "community.notice.declined",
                List.of(request.name(), o.name()),
                "/community/view.xhtml?id=" + communityId,
                null,
                actor.displayName(),
                communityId),
            List.of(request.askedBy()));
      }
      audit.record(
          tx,
          actor.username(),
          accept ? "community.accepted" : "community.declined",
          communityId,
          memberId);
      return null;
    });
  }

  /** Ends a membership: an owner, or whoever may speak for the member (leaving). */
  public void removeMember(Account actor, String communityId, String memberId, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    graph.write(tx -> {
      CommunityRepository.Ownership o = existing(tx, communityId, locale);
      CommunityRepository.Candidate who =
          (validId(memberId)
                  ? repository.candidate(tx, communityId, memberId)
                  : Optional.<CommunityRepository.Candidate>empty())
              .filter(CommunityRepository.Candidate::member)
              .orElseThrow(() ->
                  new DomainException(
                      DomainException.Kind.NOT_FOUND,
                      Messages.get(locale, "community.memberNotFound")));
      if (!owns(actor, o) && !speaksFor(tx, actor, memberId, who)) {
        throw DomainException.forbidden(locale);
      }
      repository.removeMember(tx, communityId, memberId);
      audit.record(tx, actor.username(), "community.memberRemoved", communityId, memberId);
      return null;
    });
  }

  // --- choices for the screens ----------------------------------------------------------------

  /** For whom {@code actor} may ask to join: her organisation and its people. */
  public List<CommunityRepository.Choice> joinChoices(Account actor) {
    if (actor == null || !actsForAnOrganisation(actor)) {
      return List.of();
    }
    return graph.read(tx -> {
      List<CommunityRepository.Choice> out = new ArrayList<>();
      organisations
          .find(tx, actor.organisationId())
          .ifPresent(org -> out.add(new CommunityRepository.Choice(org.id(), org.name())));
      out.addAll(repository.peopleOf(tx, actor.organisationId()));
      return out;
    });
  }

  /** The communities an organisation hosts: for which it may search partners. */
  public List<CommunityRepository.Choice> hostedBy(String organisationId) {
    if (!validId(organisationId)) {
      return List.of();
    }
    return graph.read(tx -> repository.hostedBy(tx, organisationId));
  }

  public List<Community.Place> branchChoices(String hostId, Collection<String> runnerIds) {
    if (!validId(hostId)) {
      return List.of();
    }
    List<String> orgs = new ArrayList<>();
    orgs.add(hostId);
    runnerIds.stream().filter(CommunityService::validId).forEach(orgs::add);
    return graph.read(tx -> repository.branchChoices(tx, hostId, orgs));
  }

  public List<Community.Party> runnerChoices(String hostId) {
    if (!validId(hostId)) {
      return List.of();
    }
    return graph.read(tx -> repository.runnerChoices(tx, hostId));
  }

  // --- rules ----------------------------------------------------------------------------------

  private CommunityRepository.Ownership existing(TransactionContext tx, String id, Locale locale) {
    if (!validId(id)) {
      throw notFound(locale);
    }
    return repository.ownership(tx, id).orElseThrow(() -> notFound(locale));
  }

  private CommunityRepository.Ownership owned(
      TransactionContext tx, Account actor, String id, Locale locale) {
    CommunityRepository.Ownership o = existing(tx, id, locale);
    if (!owns(actor, o)) {
      throw DomainException.forbidden(locale);
    }
    return o;
  }

  private void existingActivity(
      TransactionContext tx, String communityId, String activityId, Locale locale) {
    if (!validId(activityId) || !repository.hasActivity(tx, communityId, activityId)) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND, Messages.get(locale, "community.activityNotFound"));
    }
  }

  /** Whether {@code actor} may speak for the would-be member: its organisation or a colleague. */
  private boolean speaksFor(
      TransactionContext tx, Account actor, String memberId, CommunityRepository.Candidate who) {
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    if ("person".equals(who.kind())) {
      return actsForAnOrganisation(actor) && who.employers().contains(actor.organisationId());
    }
    return organisations
        .ownership(tx, memberId)
        .map(o -> OrganisationService.mayEdit(actor, memberId, o))
        .orElse(false);
  }

  private static Set<String> owners(CommunityRepository.Ownership o) {
    Set<String> out = new LinkedHashSet<>(o.hosts());
    out.addAll(o.runners());
    return out;
  }

  private DomainException conflict(TransactionContext tx, String id, Locale locale) {
    Community current = repository.find(tx, id).orElse(null);
    return new DomainException(
        DomainException.Kind.CONFLICT,
        Messages.get(locale, "community.conflict", current == null ? "?" : current.updatedBy()),
        List.of(),
        current);
  }

  private void checkReferences(TransactionContext tx, CommunityForm form, Locale locale) {
    CommunityRepository.References refs = repository.references(tx, form);
    List<FieldError> errors = new ArrayList<>();
    if (!refs.hostKnown()) {
      errors.add(new FieldError("hostId", Messages.get(locale, "organisation.notFound")));
    }
    if (!refs.unknownRunners().isEmpty()) {
      errors.add(new FieldError("runnerIds", Messages.get(locale, "organisation.notFound")));
    }
    if (!refs.branchKnown()) {
      errors.add(new FieldError("branchId", Messages.get(locale, "community.branchUnknown")));
    }
    if (!refs.unknownTopics().isEmpty() || !refs.unknownTargetGroups().isEmpty()) {
      errors.add(new FieldError("topicIds", Messages.get(locale, "organisation.unknownTaxonomy")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
  }

  private void checkDuplicate(TransactionContext tx, CommunityForm form, String id, Locale locale) {
    repository
        .duplicate(tx, form.getHostId(), form.getName(), id)
        .ifPresent(existing -> {
          String message = Messages.get(locale, "community.duplicate", form.getName());
          throw new DomainException(
              DomainException.Kind.DUPLICATE,
              message,
              List.of(new FieldError("name", message)),
              java.util.Map.of("id", existing));
        });
  }

  private void checkActivityReferences(TransactionContext tx, ActivityForm form, Locale locale) {
    if (!repository.activityReferencesKnown(tx, form)) {
      throw DomainException.invalid(
          locale, "topicId", Messages.get(locale, "community.activityReferencesUnknown"));
    }
  }

  /** A checked, trimmed copy of the form; every problem at once. */
  private static CommunityForm clean(CommunityForm form, Locale locale) {
    List<FieldError> errors = new ArrayList<>();
    if (form == null) {
      throw DomainException.invalid(locale, "name", Messages.get(locale, "validation.required"));
    }
    CommunityForm c = new CommunityForm();
    c.setName(text(form.getName(), "name", NAME_MAX, false, errors, locale, true));
    c.setDescription(
        text(form.getDescription(), "description", DESCRIPTION_MAX, true, errors, locale, false));
    c.setSchedule(text(form.getSchedule(), "schedule", SCHEDULE_MAX, false, errors, locale, false));
    c.setHostId(optionalId(form.getHostId(), "hostId", errors, locale));
    c.setBranchId(optionalId(form.getBranchId(), "branchId", errors, locale));
    c.setRunnerIds(ids(form.getRunnerIds(), "runnerIds", RUNNERS_MAX, errors, locale));
    c.setTopicIds(ids(form.getTopicIds(), "topicIds", TERMS_MAX, errors, locale));
    c.setTargetGroupIds(ids(form.getTargetGroupIds(), "targetGroupIds", TERMS_MAX, errors, locale));
    c.setVersion(form.getVersion());
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return c;
  }

  private static ActivityForm cleanActivity(Account actor, ActivityForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    if (form == null) {
      throw DomainException.invalid(locale, "name", Messages.get(locale, "validation.required"));
    }
    List<FieldError> errors = new ArrayList<>();
    ActivityForm a = new ActivityForm();
    a.setName(text(form.getName(), "name", ACTIVITY_NAME_MAX, false, errors, locale, true));
    a.setDescription(
        text(
            form.getDescription(),
            "description",
            ACTIVITY_DESCRIPTION_MAX,
            true,
            errors,
            locale,
            false));
    a.setTopicId(optionalId(form.getTopicId(), "topicId", errors, locale));
    a.setTargetGroupId(optionalId(form.getTargetGroupId(), "targetGroupId", errors, locale));
    a.setBranchId(optionalId(form.getBranchId(), "branchId", errors, locale));
    LocalDate from = form.getFrom();
    LocalDate until = form.getUntil();
    if (from != null && (from.getYear() < 1900 || from.getYear() > 2200)
        || until != null && (until.getYear() < 1900 || until.getYear() > 2200)) {
      errors.add(new FieldError("from", Messages.get(locale, "community.periodInvalid")));
    } else if (from != null && until != null && until.isBefore(from)) {
      errors.add(new FieldError("until", Messages.get(locale, "community.periodInvalid")));
    }
    a.setFrom(from);
    a.setUntil(until);
    a.setVersion(form.getVersion());
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return a;
  }

  /**
   * Trimmed text, null when blank; refuses (into {@code errors}) text that is required and missing,
   * too long, or holds control characters (line breaks only where {@code lines}).
   */
  private static String text(
      String raw,
      String field,
      int max,
      boolean lines,
      List<FieldError> errors,
      Locale locale,
      boolean required) {
    String s = raw == null || raw.isBlank() ? null : raw.strip();
    if (s == null) {
      if (required) {
        errors.add(new FieldError(field, Messages.get(locale, "validation.required")));
      }
      return null;
    }
    if (s.codePointCount(0, s.length()) > max) {
      errors.add(
          new FieldError(field, Messages.get(locale, "validation.tooLong", String.valueOf(max))));
    } else if ((lines ? CONTROL_BUT_LINES : CONTROL).matcher(s).find()) {
      errors.add(new FieldError(field, Messages.get(locale, "community.textInvalid")));
    }
    return s;
  }

  private static String optionalId(
      String raw, String field, List<FieldError> errors, Locale locale) {
    String s = raw == null || raw.isBlank() ? null : raw.strip();
    if (s != null && !ID.matcher(s).matches()) {
      errors.add(new FieldError(field, Messages.get(locale, "community.referenceInvalid")));
      return null;
    }
    return s;
  }

  private static List<String> ids(
      List<String> raw, String field, int max, List<FieldError> errors, Locale locale) {
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    for (String s : raw) {
      if (s == null || s.isBlank()) {
        continue;
      }
      if (!ID.matcher(s.strip()).matches()) {
        errors.add(new FieldError(field, Messages.get(locale, "community.referenceInvalid")));
        return new ArrayList<>();
      }
      if (!out.contains(s.strip())) {
        out.add(s.strip());
      }
    }
    if (out.size() > max) {
      errors.add(new FieldError(field, Messages.get(locale, "community.tooMany", max)));
    }
    return out;
  }

  private static boolean validId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "community.notFound"));
  }

  private static DomainException duplicate(Locale locale, String key, String name) {
    return new DomainException(DomainException.Kind.DUPLICATE, Messages.get(locale, key, name));
  }
}
