package org.knooppunt.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.domain.FormValidation;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.TransactionContext;

/**
 * The only write path for library and partner profiles, for screens and API alike: checks who may
 * do it, validates (in the user's language), refuses duplicates and stale versions, and writes in
 * one transaction.
 *
 * <p>Who may do what: an admin everything; a librarian creates partners, edits her own library and
 * partners that no partner account has claimed; a partner account edits only its own organisation;
 * a policy cell reads. Only an admin creates libraries.
 */
@ApplicationScoped
public class OrganisationService {

  private final Graph graph;
  private final OrganisationRepository organisations;
  private final ValidatorFactory validation;

  @Inject
  public OrganisationService(
      Graph graph, OrganisationRepository organisations, ValidatorFactory validation) {
    this.graph = graph;
    this.organisations = organisations;
    this.validation = validation;
  }

  protected OrganisationService() {
    this(null, null, null);
  }

  /** A page of the list and the total number of matches. */
  public record Page(List<OrganisationSummary> rows, long total) {}

  public Page list(
      OrganisationFilter filter, SortKey sort, boolean descending, int skip, int limit) {
    return graph.read(tx ->
        new Page(
            organisations.page(tx, filter, sort, descending, skip, limit),
            organisations.count(tx, filter)));
  }

  public long count(OrganisationFilter filter) {
    return graph.read(tx -> organisations.count(tx, filter));
  }

  public List<OrganisationSummary> page(
      OrganisationFilter filter, SortKey sort, boolean descending, int skip, int limit) {
    return graph.read(tx -> organisations.page(tx, filter, sort, descending, skip, limit));
  }

  /** Whether any demo organisation exists (the embedded demo). */
  public boolean demoPresent() {
    return graph.read(organisations::demoPresent);
  }

  public Optional<Organisation> find(String id) {
    if (id == null || id.length() > 64) {
      return Optional.empty();
    }
    return graph.read(tx -> organisations.find(tx, id));
  }

  /**
   * The profile as it is stored between two saves, never half of one: for those who will edit it
   * (the API, the edit page), whose version must match its content. Takes the profile's lock for
   * the moment of the read.
   */
  public Optional<Organisation> findForEdit(String id) {
    if (id == null || id.length() > 64) {
      return Optional.empty();
    }
    return graph.readLocked(
        tx -> organisations.lock(tx, id) ? organisations.find(tx, id) : Optional.empty());
  }

  public Organisation get(String id, Locale locale) {
    return findForEdit(id)
        .orElseThrow(() ->
            new DomainException(
                DomainException.Kind.NOT_FOUND, Messages.get(locale, "organisation.notFound")));
  }

  public String create(Account actor, OrganisationForm form, Locale locale) {
    if (!mayCreate(actor, form.getKind())) {
      throw DomainException.forbidden(locale);
    }
    validate(form, locale);
    return graph.write(tx -> {
      checkReferences(organisations.references(tx, form), form, locale);
      organisations
          .duplicate(tx, form.getName(), form.getMunicipalityCode(), null)
          .ifPresent(existing -> duplicate(existing, locale));
      return organisations.create(tx, form, actor.username());
    });
  }

  /** Saves the form over version {@code form.version}; returns the new version. */
  public long update(Account actor, String id, OrganisationForm form, Locale locale) {
    if (id == null || id.length() > 64) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND, Messages.get(locale, "organisation.notFound"));
    }
    validate(form, locale);
    return graph.write(tx -> {
      // Locked first: the version checked below stays the stored one until this commits.
      organisations.lock(tx, id);
      var ownership =
          organisations
              .ownership(tx, id)
              .orElseThrow(() ->
                  new DomainException(
                      DomainException.Kind.NOT_FOUND,
                      Messages.get(locale, "organisation.notFound")));
      if (!mayEdit(actor, id, ownership)) {
        throw DomainException.forbidden(locale);
      }
      if (ownership.kind() != form.getKind()) {
        throw new DomainException(
            DomainException.Kind.INVALID,
            Messages.get(locale, "organisation.kindFixed"),
            List.of(new FieldError("kind", Messages.get(locale, "organisation.kindFixed"))),
            null);
      }
      checkReferences(organisations.references(tx, form), form, locale);
      organisations
          .duplicate(tx, form.getName(), form.getMunicipalityCode(), id)
          .ifPresent(existing -> duplicate(existing, locale));
      if (ownership.version() != form.getVersion()) {
        Organisation current = organisations.find(tx, id).orElseThrow();
        throw new DomainException(
            DomainException.Kind.CONFLICT,
            Messages.get(locale, "organisation.conflict", current.updatedBy()),
            List.of(),
            current);
      }
      return organisations.update(tx, id, form, actor.username()).orElseThrow();
    });
  }

  /**
   * Whether {@code reader} may open the profile: an active one, anyone logged in; one that is
   * pending or rejected (a sign-up), only those who decide on it (admins, librarians) and its own
   * account.
   */
  public static boolean maySee(Account reader, Organisation o) {
    if (o.status() == null || "active".equals(o.status())) {
      return true;
    }
    return reader != null
        && (reader.has(Role.ADMIN)
            || reader.has(Role.LIBRARIAN)
            || o.id().equals(reader.organisationId()));
  }

  public boolean mayCreate(Account actor, Kind kind) {
    if (actor == null) {
      return false;
    }
    return actor.has(Role.ADMIN) || (kind == Kind.PARTNER && actor.has(Role.LIBRARIAN));
  }

  /** Whether {@code actor} may edit organisation {@code id}; one read when asked by a screen. */
  public boolean mayEdit(Account actor, String id) {
    if (actor == null || id == null) {
      return false;
    }
    return graph
        .read(tx -> organisations.ownership(tx, id))
        .map(o -> mayEdit(actor, id, o))
        .orElse(false);
  }

  /** Whether {@code actor} may speak for organisation {@code id}, given its ownership. */
  public static boolean mayEdit(Account actor, String id, OrganisationRepository.Ownership o) {
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    if (actor.has(Role.PARTNER) && id.equals(actor.organisationId())) {
      return true;
    }
    if (actor.has(Role.LIBRARIAN)) {
      return id.equals(actor.organisationId())
          || (o.kind() == Kind.PARTNER && !o.claimedByPartner());
    }
    return false;
  }

  /**
   * The checks of a profile form that need no database (Bean Validation, sector, coordinates), for
   * other write paths that create a profile (sign-up, invites); refuses with the same messages.
   */
  public void check(OrganisationForm form, Locale locale) {
    validate(form, locale);
  }

  /**
   * The checks that need the database (municipality, postcode and registration number for its
   * country, taxonomy ids), inside the caller's transaction.
   */
  public void checkReferences(TransactionContext tx, OrganisationForm form, Locale locale) {
    checkReferences(organisations.references(tx, form), form, locale);
  }

  private void validate(OrganisationForm form, Locale locale) {
    List<FieldError> errors = FormValidation.errors(validation, form, "", locale);
    if (form.getKind() == Kind.PARTNER
        && (form.getSector() == null || form.getSector().isBlank())) {
      errors.add(new FieldError("sector", Messages.get(locale, "knooppunt.validation.required")));
    }
    if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
      errors.add(new FieldError("latitude", Messages.get(locale, "organisation.coordinatesBoth")));
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw DomainException.invalid(locale, errors);
    }
  }

  private static void checkReferences(
      OrganisationRepository.References refs, OrganisationForm form, Locale locale) {
    List<FieldError> errors = new ArrayList<>();
    if (refs.country() == null) {
      errors.add(
          new FieldError(
              "municipalityCode",
              Messages.get(
                  locale, "organisation.unknownMunicipality", form.getMunicipalityCode())));
    } else {
      String postcode = form.getPostcode() == null ? "" : form.getPostcode().strip();
      boolean dutch = postcode.matches("[1-9][0-9]{3} ?[A-Za-z]{2}");
      boolean belgian = postcode.matches("[1-9][0-9]{3}");
      if (!postcode.isEmpty() && ("NL".equals(refs.country()) ? !dutch : !belgian)) {
        errors.add(
            new FieldError("postcode", Messages.get(locale, "organisation.postcodeCountry")));
      }
      String number = form.getRegistrationNumber();
      if (number != null && !number.isBlank() && !registrationValid(number, refs.country())) {
        errors.add(
            new FieldError(
                "registrationNumber",
                Messages.get(locale, "knooppunt.validation.registrationNumber")));
      }
    }
    if (!refs.unknownTopics().isEmpty()
        || !refs.unknownTargetGroups().isEmpty()
        || !refs.unknownDomains().isEmpty()) {
      errors.add(new FieldError("topicIds", Messages.get(locale, "organisation.unknownTaxonomy")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
  }

  /** KvK: 8 digits (NL). KBO: 10 digits starting 0 or 1, last two = 97 − (first eight mod 97). */
  public static boolean registrationValid(String number, String country) {
    if (number == null) {
      return false;
    }
    String digits = number.replaceAll("[^0-9]", "");
    if ("NL".equals(country)) {
      return digits.length() == 8;
    }
    if (digits.length() != 10 || !(digits.startsWith("0") || digits.startsWith("1"))) {
      return false;
    }
    long base = Long.parseLong(digits.substring(0, 8));
    return 97 - (base % 97) == Long.parseLong(digits.substring(8));
  }

  private static void duplicate(Ref existing, Locale locale) {
    throw new DomainException(
        DomainException.Kind.DUPLICATE,
        Messages.get(locale, "organisation.duplicate", existing.nameNl()),
        List.of(
            new FieldError(
                "name", Messages.get(locale, "organisation.duplicate", existing.nameNl()))),
        existing);
  }
}
