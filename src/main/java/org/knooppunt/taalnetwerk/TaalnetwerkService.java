package org.knooppunt.taalnetwerk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.domain.FormValidation;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * The only write path for taalnetwerken, for screens and API alike: checks who may do it, validates
 * (in the user's language), refuses unknown references and stale versions, and writes the network
 * with its municipalities, Taalhuis and members in one transaction, with an audit entry.
 *
 * <p>Who may write: an admin; a librarian of the library whose branch is the Taalhuis, or of a
 * member library; a policy cell when the network covers a municipality in one of its regions. For a
 * new network the form decides (the Taalhuis, members and municipalities it names); for an existing
 * one the stored network does, so nobody takes over a network by naming herself in it. Everybody
 * logged in may read.
 */
@ApplicationScoped
public class TaalnetwerkService {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final Graph graph;
  private final TaalnetwerkRepository repository;
  private final AuditLog audit;
  private final ValidatorFactory validation;

  @Inject
  public TaalnetwerkService(
      Graph graph, TaalnetwerkRepository repository, AuditLog audit, ValidatorFactory validation) {
    this.graph = graph;
    this.repository = repository;
    this.audit = audit;
    this.validation = validation;
  }

  protected TaalnetwerkService() {
    this(null, null, null, null);
  }

  /** A page of the list and the number of matches. */
  public record Page(List<TaalnetwerkSummary> rows, long total) {}

  public Page list(String text, String municipality, int skip, int limit) {
    String q = clip(text);
    String m = municipality != null && ID.matcher(municipality).matches() ? municipality : null;
    return graph.read(
        tx -> new Page(repository.page(tx, q, m, skip, limit), repository.count(tx, q, m)));
  }

  public long count(String text, String municipality) {
    String m = municipality != null && ID.matcher(municipality).matches() ? municipality : null;
    return graph.read(tx -> repository.count(tx, clip(text), m));
  }

  public List<TaalnetwerkSummary> page(String text, String municipality, int skip, int limit) {
    String m = municipality != null && ID.matcher(municipality).matches() ? municipality : null;
    return graph.read(tx -> repository.page(tx, clip(text), m, skip, limit));
  }

  public Optional<Taalnetwerk> find(String id) {
    if (!validId(id)) {
      return Optional.empty();
    }
    return graph.read(tx -> repository.find(tx, id));
  }

  /** The network as stored between two saves, never half of one: for those who will edit it. */
  public Optional<Taalnetwerk> findForEdit(String id) {
    if (!validId(id)) {
      return Optional.empty();
    }
    return graph.readLocked(
        tx -> repository.lock(tx, id) ? repository.find(tx, id) : Optional.empty());
  }

  public Taalnetwerk get(String id, Locale locale) {
    return findForEdit(id).orElseThrow(() -> notFound(locale));
  }

  /** Creates a taalnetwerk; returns its id. */
  public String create(Account actor, TaalnetwerkForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    validate(form, locale);
    return graph.write(tx -> {
      TaalnetwerkRepository.References refs = repository.references(tx, form);
      if (!mayWrite(actor, refs.libraries(), refs.regions())) {
        throw DomainException.forbidden(locale);
      }
      checkReferences(refs, locale);
      String id = UUID.randomUUID().toString();
      repository.create(tx, id, form, actor.username());
      audit.record(tx, actor.username(), "taalnetwerk.created", id, form.getName().strip());
      return id;
    });
  }

  /** Saves the form over version {@code form.version}; returns the new version. */
  public long update(Account actor, String id, TaalnetwerkForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    if (!validId(id)) {
      throw notFound(locale);
    }
    validate(form, locale);
    return graph.write(tx -> {
      // Locked first: the version checked below stays the stored one until this commits.
      repository.lock(tx, id);
      TaalnetwerkRepository.Ownership o =
          repository.ownership(tx, id).orElseThrow(() -> notFound(locale));
      if (!mayWrite(actor, o.libraries(), o.regions())) {
        throw DomainException.forbidden(locale);
      }
      checkReferences(repository.references(tx, form), locale);
      if (o.version() != form.getVersion()) {
        Taalnetwerk current = repository.find(tx, id).orElseThrow();
        throw new DomainException(
            DomainException.Kind.CONFLICT,
            Messages.get(locale, "taalnetwerk.conflict", current.updatedBy()),
            List.of(),
            current);
      }
      long version = repository.update(tx, id, form, actor.username()).orElseThrow();
      audit.record(tx, actor.username(), "taalnetwerk.updated", id, form.getName().strip());
      return version;
    });
  }

  /** Whether {@code actor} may edit network {@code id}; one read, for screens. */
  public boolean mayEdit(Account actor, String id) {
    if (actor == null || !validId(id)) {
      return false;
    }
    return graph
        .read(tx -> repository.ownership(tx, id))
        .map(o -> mayWrite(actor, o.libraries(), o.regions()))
        .orElse(false);
  }

  /**
   * Whether {@code actor} may write a network with these libraries (Taalhuis and member libraries)
   * and covering these regions.
   */
  public static boolean mayWrite(Account actor, List<String> libraries, List<String> regions) {
    if (actor == null) {
      return false;
    }
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    if (actor.has(Role.LIBRARIAN)
        && actor.organisationId() != null
        && libraries.contains(actor.organisationId())) {
      return true;
    }
    return actor.has(Role.POLICY)
        && actor.regionIds() != null
        && regions.stream().anyMatch(actor.regionIds()::contains);
  }

  /** Whether {@code actor} may start a network at all (before naming its members). */
  public static boolean mayStart(Account actor) {
    return actor != null
        && (actor.has(Role.ADMIN)
            || (actor.has(Role.LIBRARIAN) && actor.organisationId() != null)
            || (actor.has(Role.POLICY)
                && actor.regionIds() != null
                && !actor.regionIds().isEmpty()));
  }

  /** Branches a Taalhuis may be in: those of the given organisations that are libraries. */
  public List<TaalnetwerkRepository.Choice> branchChoices(List<String> libraries) {
    List<String> ids = libraries.stream().filter(TaalnetwerkService::validId).distinct().toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return graph.read(tx -> repository.branchChoices(tx, ids));
  }

  /** Organisations to add as members, by part of their name. */
  public List<TaalnetwerkRepository.Choice> organisationChoices(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String q = text.length() > 100 ? text.substring(0, 100) : text;
    return graph.read(tx -> repository.organisationChoices(tx, q));
  }

  private void validate(TaalnetwerkForm form, Locale locale) {
    if (form == null) {
      throw DomainException.invalid(locale, List.of());
    }
    List<FieldError> errors = FormValidation.errors(validation, form, "", locale);
    // "members[0].roles" and the like come back as "members"; one message per field is enough.
    String branch = form.getTaalhuisBranchId();
    String phase = form.getTaalhuisPhase();
    boolean hasBranch = branch != null && !branch.isBlank();
    if (hasBranch && (phase == null || phase.isBlank())) {
      errors.add(
          new FieldError("taalhuisPhase", Messages.get(locale, "taalnetwerk.phaseRequired")));
    } else if (phase != null && !phase.isBlank() && TaalhuisPhase.of(phase).isEmpty()) {
      errors.add(
          new FieldError(
              "taalhuisPhase", Messages.get(locale, "taalnetwerk.unknownPhase", clipped(phase))));
    } else if (!hasBranch && phase != null && !phase.isBlank()) {
      errors.add(
          new FieldError("taalhuisBranchId", Messages.get(locale, "taalnetwerk.branchRequired")));
    }
    Set<String> seen = new HashSet<>();
    for (TaalnetwerkForm.Member m : form.getMembers()) {
      if (m == null) {
        errors.add(
            new FieldError("members", Messages.get(locale, "knooppunt.validation.required")));
        continue;
      }
      if (m.getOrganisationId() != null && !seen.add(m.getOrganisationId())) {
        errors.add(new FieldError("members", Messages.get(locale, "taalnetwerk.memberTwice")));
      }
      for (String role : m.getRoles()) {
        if (role == null || TaalnetwerkRole.of(role).isEmpty()) {
          errors.add(
              new FieldError(
                  "members",
                  Messages.get(locale, "taalnetwerk.unknownRole", clipped(String.valueOf(role)))));
        }
      }
      if (new HashSet<>(m.getRoles()).size() != m.getRoles().size()) {
        errors.add(new FieldError("members", Messages.get(locale, "taalnetwerk.roleTwice")));
      }
    }
    if (new LinkedHashSet<>(form.getMunicipalityCodes()).size()
        != form.getMunicipalityCodes().size()) {
      form.setMunicipalityCodes(new ArrayList<>(new LinkedHashSet<>(form.getMunicipalityCodes())));
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw DomainException.invalid(locale, errors.stream().distinct().toList());
    }
  }

  private static void checkReferences(TaalnetwerkRepository.References refs, Locale locale) {
    List<FieldError> errors = new ArrayList<>();
    if (!refs.unknownMunicipalities().isEmpty()) {
      errors.add(
          new FieldError(
              "municipalityCodes",
              Messages.get(
                  locale,
                  "taalnetwerk.unknownMunicipality",
                  clipped(String.join(", ", refs.unknownMunicipalities())))));
    }
    if (!refs.branchKnown()) {
      errors.add(
          new FieldError("taalhuisBranchId", Messages.get(locale, "taalnetwerk.unknownBranch")));
    }
    if (!refs.unknownOrganisations().isEmpty()) {
      errors.add(
          new FieldError(
              "members",
              Messages.get(
                  locale,
                  "taalnetwerk.unknownOrganisation",
                  clipped(String.join(", ", refs.unknownOrganisations())))));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
  }

  private static String clipped(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  private static String clip(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String q = text.strip();
    return q.length() > 200 ? q.substring(0, 200) : q;
  }

  static boolean validId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "taalnetwerk.notFound"));
  }
}
