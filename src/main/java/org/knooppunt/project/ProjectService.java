package org.knooppunt.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.organisation.Ref;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.domain.SafeText;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.TransactionContext;

/**
 * The rules of network project rounds and their tickets, the only write path for them. A policy
 * cell opens rounds for its own regions (an administrator for any), adds and edits projects and
 * closes the round; the librarian of a library (or an administrator) signs it up for projects of an
 * open round until its tickets are used, and may withdraw while the round is open. Partners only
 * read.
 *
 * <p>The ticket limit must hold when many sign-ups of one library arrive at once. Neo4j reads what
 * is committed, so two transactions that both count two used tickets would both create a third.
 * Every sign-up therefore first writes to the ticket book of its library and round (one small node,
 * merged under a unique id) and only then counts, in the same transaction: the second waits for the
 * first to commit and then counts its sign-up too. A lock per library and round rather than per
 * round keeps different libraries from waiting on each other.
 */
@ApplicationScoped
public class ProjectService {

  static final int NAME_MAX = 120;
  static final int TEXT_MAX = 2000;
  static final int SUBJECTS_MAX = 10;
  static final int SUBJECT_MAX = 80;
  static final int TICKETS_DEFAULT = 3;
  static final int TICKETS_MAX = 20;
  static final int YEAR_MIN = 2000;
  static final int YEAR_MAX = 2100;
  static final int LIST_MAX = 500;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private final Graph graph;
  private final ProjectRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  @Inject
  public ProjectService(Graph graph, ProjectRepository repository, AuditLog audit, Clock clock) {
    this.graph = graph;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  protected ProjectService() {
    this(null, null, null, null);
  }

  // --- who may do what ---

  /** Whether {@code actor} may open rounds at all: administrators and policy cells. */
  public static boolean mayOpenRounds(Account actor) {
    return actor != null
        && (actor.has(Role.ADMIN) || (actor.has(Role.POLICY) && !actor.regionIds().isEmpty()));
  }

  /**
   * Whether {@code actor} may edit, add projects to and close {@code round}: an administrator, or a
   * policy cell whose regions include all of the round's (a round for every region is the
   * administrators').
   */
  public static boolean mayManage(Account actor, ProjectRound round) {
    if (actor == null || round == null) {
      return false;
    }
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    return actor.has(Role.POLICY)
        && !round.regionIds().isEmpty()
        && actor.regionIds().containsAll(round.regionIds());
  }

  /**
   * Whether {@code actor} may sign {@code libraryId} up or withdraw it: its librarian, an admin.
   */
  public static boolean maySignUpFor(Account actor, String libraryId) {
    if (actor == null || libraryId == null) {
      return false;
    }
    return actor.has(Role.ADMIN)
        || (actor.has(Role.LIBRARIAN) && libraryId.equals(actor.organisationId()));
  }

  // --- reading ---

  /** Libraries by name (at most {@value #LIST_MAX}), for an administrator's choice list. */
  public List<Ref> libraryChoices() {
    return graph.read(tx -> repository.libraries(tx, LIST_MAX));
  }

  /** The five priorities, for choice lists. */
  public List<Ref> priorities() {
    return graph.read(repository::priorities);
  }

  public List<ProjectRound> rounds(int offset, int limit) {
    int from = Math.max(0, offset);
    int size = Math.clamp(limit, 1, LIST_MAX);
    return graph.read(tx -> repository.rounds(tx, from, size));
  }

  public ProjectRound round(String id, Locale locale) {
    return graph.read(tx -> round(tx, id, locale));
  }

  public List<NetworkProject> projects(String roundId, int offset, int limit) {
    if (!valid(roundId)) {
      return List.of();
    }
    int from = Math.max(0, offset);
    int size = Math.clamp(limit, 1, LIST_MAX);
    return graph.read(tx -> repository.roundProjects(tx, roundId, from, size));
  }

  public NetworkProject project(String id, Locale locale) {
    return graph.read(tx -> project(tx, id, locale));
  }

  /** The libraries signed up for a project, by name. */
  public List<SignUp> signups(String projectId, int offset, int limit, Locale locale) {
    int from = Math.max(0, offset);
    int size = Math.clamp(limit, 1, LIST_MAX);
    return graph.read(tx -> {
      project(tx, projectId, locale);
      return repository.projectSignups(tx, projectId, from, size);
    });
  }

  /** The libraries that used tickets in a round, by name, with their projects and tickets left. */
  public List<LibraryTickets> libraries(String roundId, int offset, int limit, Locale locale) {
    int from = Math.max(0, offset);
    int size = Math.clamp(limit, 1, LIST_MAX);
    return graph.read(tx -> {
      round(tx, roundId, locale);
      return repository.roundLibraries(tx, roundId, from, size);
    });
  }

  /** One library's tickets in a round; empty when the round or the library does not exist. */
  public Optional<LibraryTickets> tickets(String roundId, String libraryId) {
    if (!valid(roundId) || !valid(libraryId)) {
      return Optional.empty();
    }
    return graph.read(tx -> repository.libraryTickets(tx, roundId, libraryId));
  }

  // --- rounds ---

  /** Opens a round; a policy cell's round is for its own regions (all of them when none given). */
  public ProjectRound createRound(Account actor, RoundForm form, Locale locale) {
    if (!mayOpenRounds(actor)) {
      throw DomainException.forbidden(locale);
    }
    if (form == null) {
      throw DomainException.invalid(locale, List.of(required("name", locale)));
    }
    List<FieldError> errors = new ArrayList<>();
    String name = name(form.name(), "name", errors, locale);
    int year = form.year() == null ? Year.now(clock).getValue() : form.year();
    if (year < YEAR_MIN || year > YEAR_MAX) {
      errors.add(
          new FieldError("year", Messages.get(locale, "project.yearRange", YEAR_MIN, YEAR_MAX)));
    }
    int tickets = form.ticketsPerLibrary() == null ? TICKETS_DEFAULT : form.ticketsPerLibrary();
    if (tickets < 1 || tickets > TICKETS_MAX) {
      errors.add(
          new FieldError(
              "ticketsPerLibrary", Messages.get(locale, "project.ticketsRange", 1, TICKETS_MAX)));
    }
    List<String> regions = new ArrayList<>();
    if (form.regionIds() != null) {
      for (String r : new LinkedHashSet<>(form.regionIds())) {
        if (r != null && !r.isBlank()) {
          regions.add(r.strip());
        }
      }
    }
    if (regions.isEmpty() && !actor.has(Role.ADMIN)) {
      regions.addAll(actor.regionIds());
    }
    if (regions.stream().anyMatch(r -> !valid(r))) {
      errors.add(new FieldError("regionIds", Messages.get(locale, "project.unknownRegion")));
    } else if (!actor.has(Role.ADMIN) && !actor.regionIds().containsAll(regions)) {
      errors.add(new FieldError("regionIds", Messages.get(locale, "project.regionNotYours")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    String id = UUID.randomUUID().toString();
    return graph.write(tx -> {
      if (repository.countRegions(tx, regions) != regions.size()) {
        throw DomainException.invalid(
            locale, "regionIds", Messages.get(locale, "project.unknownRegion"));
      }
      repository.createRound(tx, id, name, year, tickets, List.copyOf(regions), actor.username());
      audit.record(tx, actor.username(), "project.round.opened", id, name);
      return round(tx, id, locale);
    });
  }

  /**
   * Renames an open round or changes its tickets per library. Fewer tickets than a library already
   * used keeps its sign-ups; it just cannot sign up for more.
   */
  public ProjectRound updateRound(Account actor, String id, RoundChange change, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    if (change == null) {
      throw DomainException.invalid(locale, List.of(required("name", locale)));
    }
    List<FieldError> errors = new ArrayList<>();
    String name = name(change.name(), "name", errors, locale);
    Integer tickets = change.ticketsPerLibrary();
    if (tickets == null) {
      errors.add(required("ticketsPerLibrary", locale));
    } else if (tickets < 1 || tickets > TICKETS_MAX) {
      errors.add(
          new FieldError(
              "ticketsPerLibrary", Messages.get(locale, "project.ticketsRange", 1, TICKETS_MAX)));
    }
    if (change.version() == null) {
      errors.add(required("version", locale));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return graph.write(tx -> {
      ProjectRound round = round(tx, id, locale);
      if (!mayManage(actor, round)) {
        throw DomainException.forbidden(locale);
      }
      if (!round.open()) {
        throw conflict(locale, "project.closed");
      }
      if (!repository.updateRound(tx, id, change.version(), name, tickets, actor.username())) {
        throw new DomainException(
            DomainException.Kind.CONFLICT,
            Messages.get(locale, "project.roundVersionConflict"),
            List.of(),
            round.version());
      }
      audit.record(tx, actor.username(), "project.round.changed", id, name + " / " + tickets);
      return round(tx, id, locale);
    });
  }

  /** Closes an open round: sign-ups and withdrawals are frozen from then on. */
  public ProjectRound closeRound(Account actor, String id, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    return graph.write(tx -> {
      ProjectRound round = round(tx, id, locale);
      if (!mayManage(actor, round)) {
        throw DomainException.forbidden(locale);
      }
      if (!repository.closeRound(tx, id, actor.username())) {
        throw conflict(locale, "project.alreadyClosed");
      }
      audit.record(tx, actor.username(), "project.round.closed", id, null);
      return round(tx, id, locale);
    });
  }

  // --- projects ---

  /** Adds a project to an open round. */
  public NetworkProject createProject(
      Account actor, String roundId, ProjectForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    ProjectForm clean = check(form, locale);
    String id = UUID.randomUUID().toString();
    return graph.write(tx -> {
      ProjectRound round = round(tx, roundId, locale);
      if (!mayManage(actor, round)) {
        throw DomainException.forbidden(locale);
      }
      if (!round.open()) {
        throw conflict(locale, "project.closed");
      }
      checkRefs(tx, clean, locale);
      repository.createProject(tx, id, roundId, clean, actor.username());
      audit.record(tx, actor.username(), "project.created", id, clean.name());
      return project(tx, id, locale);
    });
  }

  /** Changes a project, if nobody changed it since {@code form.version()}. */
  public NetworkProject updateProject(Account actor, String id, ProjectForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    ProjectForm clean = check(form, locale);
    if (form.version() == null) {
      throw DomainException.invalid(locale, List.of(required("version", locale)));
    }
    return graph.write(tx -> {
      NetworkProject current = project(tx, id, locale);
      if (!mayManage(actor, round(tx, current.roundId(), locale))) {
        throw DomainException.forbidden(locale);
      }
      checkRefs(tx, clean, locale);
      if (!repository.updateProject(tx, id, form.version(), clean, actor.username())) {
        throw new DomainException(
            DomainException.Kind.CONFLICT,
            Messages.get(locale, "project.versionConflict"),
            List.of(),
            current.version());
      }
      audit.record(tx, actor.username(), "project.updated", id, clean.name());
      return project(tx, id, locale);
    });
  }

  // --- tickets ---

  /**
   * Signs {@code libraryId} (the actor's own library when null) up for a project, using one of its
   * tickets in the project's round; returns the library's tickets in that round afterwards.
   */
  public LibraryTickets signUp(Account actor, String projectId, String libraryId, Locale locale) {
    String library = libraryId == null && actor != null ? actor.organisationId() : libraryId;
    if (!maySignUpFor(actor, library)) {
      throw DomainException.forbidden(locale);
    }
    return graph.write(tx -> {
      String roundId = lock(tx, projectId, library, locale);
      ProjectRepository.Outcome outcome =
          repository.signUp(tx, projectId, library, actor.username());
      switch (outcome.outcome()) {
        case "ok" -> {}
        case "noTickets" -> throw conflict(locale, "project.noTickets", outcome.tickets());
        default -> throw conflict(locale, "project." + outcome.outcome());
      }
      audit.record(tx, actor.username(), "project.signedUp", projectId, library);
      return repository.libraryTickets(tx, roundId, library).orElseThrow();
    });
  }

  /** Withdraws a sign-up while the round is open; the ticket is free again. */
  public LibraryTickets withdraw(Account actor, String projectId, String libraryId, Locale locale) {
    String library = libraryId == null && actor != null ? actor.organisationId() : libraryId;
    if (!maySignUpFor(actor, library)) {
      throw DomainException.forbidden(locale);
    }
    return graph.write(tx -> {
      String roundId = lock(tx, projectId, library, locale);
      String outcome = repository.withdraw(tx, projectId, library);
      if (!outcome.equals("ok")) {
        throw conflict(locale, "project." + outcome);
      }
      audit.record(tx, actor.username(), "project.withdrawn", projectId, library);
      return repository.libraryTickets(tx, roundId, library).orElseThrow();
    });
  }

  private String lock(TransactionContext tx, String projectId, String library, Locale locale) {
    if (!valid(projectId)) {
      throw notFound(locale, "project.notFound");
    }
    if (!valid(library)) {
      throw notFound(locale, "project.libraryNotFound");
    }
    Optional<String> round = repository.lock(tx, projectId, library);
    if (round.isEmpty()) {
      project(tx, projectId, locale);
      throw notFound(locale, "project.libraryNotFound");
    }
    return round.get();
  }

  // --- checks ---

  private ProjectRound round(TransactionContext tx, String id, Locale locale) {
    if (!valid(id)) {
      throw notFound(locale, "project.roundNotFound");
    }
    return repository.round(tx, id).orElseThrow(() -> notFound(locale, "project.roundNotFound"));
  }

  private NetworkProject project(TransactionContext tx, String id, Locale locale) {
    if (!valid(id)) {
      throw notFound(locale, "project.notFound");
    }
    return repository.project(tx, id).orElseThrow(() -> notFound(locale, "project.notFound"));
  }

  private void checkRefs(TransactionContext tx, ProjectForm form, Locale locale) {
    boolean[] exist = repository.refsExist(tx, form.priorityId(), form.targetGroupId());
    List<FieldError> errors = new ArrayList<>();
    if (!exist[0]) {
      errors.add(new FieldError("priorityId", Messages.get(locale, "project.unknownPriority")));
    }
    if (!exist[1]) {
      errors.add(
          new FieldError("targetGroupId", Messages.get(locale, "project.unknownTargetGroup")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
  }

  /** The form with its text stripped, or every field error at once. */
  private static ProjectForm check(ProjectForm form, Locale locale) {
    if (form == null) {
      throw DomainException.invalid(locale, List.of(required("name", locale)));
    }
    List<FieldError> errors = new ArrayList<>();
    String name = name(form.name(), "name", errors, locale);
    String priority = blankToNull(form.priorityId());
    if (priority == null) {
      errors.add(required("priorityId", locale));
    } else if (!valid(priority)) {
      errors.add(new FieldError("priorityId", Messages.get(locale, "project.unknownPriority")));
    }
    String group = blankToNull(form.targetGroupId());
    if (group == null) {
      errors.add(required("targetGroupId", locale));
    } else if (!valid(group)) {
      errors.add(
          new FieldError("targetGroupId", Messages.get(locale, "project.unknownTargetGroup")));
    }
    String effect = text(form.intendedEffect(), "intendedEffect", errors, locale);
    String goal = text(form.goal(), "goal", errors, locale);
    String result = text(form.result(), "result", errors, locale);
    List<String> subjects = new ArrayList<>();
    if (form.subjects() != null) {
      for (String s : form.subjects()) {
        String subject = blankToNull(s);
        if (subject == null || subjects.contains(subject)) {
          continue;
        }
        if (subject.codePointCount(0, subject.length()) > SUBJECT_MAX
            || CONTROL.matcher(subject).find()
            || !SafeText.Validator.safe(subject)) {
          errors.add(
              new FieldError(
                  "subjects", Messages.get(locale, "project.subjectInvalid", SUBJECT_MAX)));
          break;
        }
        subjects.add(subject);
      }
    }
    if (subjects.size() > SUBJECTS_MAX) {
      errors.add(
          new FieldError(
              "subjects", Messages.get(locale, "project.tooManySubjects", SUBJECTS_MAX)));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return new ProjectForm(
        name, priority, group, effect, goal, result, List.copyOf(subjects), form.version());
  }

  private static String name(String raw, String field, List<FieldError> errors, Locale locale) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty()) {
      errors.add(required(field, locale));
    } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
      errors.add(new FieldError(field, Messages.get(locale, "validation.tooLong", NAME_MAX)));
    } else if (CONTROL.matcher(name).find() || !SafeText.Validator.safe(name)) {
      errors.add(new FieldError(field, Messages.get(locale, "project.textInvalid")));
    }
    return name;
  }

  private static String text(String raw, String field, List<FieldError> errors, Locale locale) {
    String text = blankToNull(raw);
    if (text == null) {
      return null;
    }
    if (text.codePointCount(0, text.length()) > TEXT_MAX) {
      errors.add(new FieldError(field, Messages.get(locale, "validation.tooLong", TEXT_MAX)));
    } else if (!SafeText.Validator.safe(text)) {
      errors.add(new FieldError(field, Messages.get(locale, "project.textInvalid")));
    }
    return text;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static boolean valid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  private static FieldError required(String field, Locale locale) {
    return new FieldError(field, Messages.get(locale, "validation.required"));
  }

  private static DomainException notFound(Locale locale, String key) {
    return new DomainException(DomainException.Kind.NOT_FOUND, Messages.get(locale, key));
  }

  private static DomainException conflict(Locale locale, String key, Object... args) {
    return new DomainException(DomainException.Kind.CONFLICT, Messages.get(locale, key, args));
  }
}
