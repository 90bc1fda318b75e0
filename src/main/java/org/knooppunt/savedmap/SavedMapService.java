package org.knooppunt.savedmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.TransactionContext;

/**
 * The rules of saved maps. Anyone logged in may save a map; it belongs to their account. Someone
 * who acts for an organisation (a librarian, a partner) may share it with that organisation's
 * colleagues, who may then open it. Only the owner (or an admin) renames, re-describes, shares or
 * deletes it. A map one may not open answers "not found", exactly like a map that does not exist,
 * so ids reveal nothing. Everything sent is checked before the one write transaction starts.
 */
@ApplicationScoped
public class SavedMapService {

  static final int NAME_MAX = 120;
  static final int DESCRIPTION_MAX = 1000;
  static final int LIST_MAX = 500;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private final Graph graph;
  private final SavedMapRepository repository;

  @Inject
  public SavedMapService(Graph graph, SavedMapRepository repository) {
    this.graph = graph;
    this.repository = repository;
  }

  protected SavedMapService() {
    this(null, null);
  }

  /** Saves a map for {@code actor}; returns it as stored. */
  public SavedMap save(Account actor, SavedMapForm form, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    if (form == null) {
      throw DomainException.invalid(locale, List.of(required("name", locale)));
    }
    List<FieldError> errors = new ArrayList<>();
    String name = name(form.name(), errors, locale);
    String description = description(form.description(), errors, locale);
    String centre = form.centre() == null || form.centre().isBlank() ? null : form.centre().strip();
    String query = null;
    try {
      query = MapQuery.normalise(form.query());
    } catch (MapQuery.Invalid e) {
      errors.add(new FieldError("query", Messages.get(locale, e.messageKey, MapQuery.DEPTH_MAX)));
    }
    // A map of an area of municipalities has no centre; any other map needs an existing one.
    if (centre == null ? query != null && !MapQuery.isArea(query) : !ID.matcher(centre).matches()) {
      errors.add(new FieldError("centre", Messages.get(locale, "savedmap.unknownCentre")));
    }
    String positions = null;
    try {
      positions = MapPositions.normalise(form.positions());
    } catch (MapPositions.Invalid e) {
      errors.add(
          new FieldError(
              "positions",
              Messages.get(
                  locale, e.messageKey, MapPositions.MAX_NODES, MapPositions.MAX_CHARS / 1000)));
    }
    if (form.shared() && actor.organisationId() == null) {
      errors.add(new FieldError("shared", Messages.get(locale, "savedmap.noOrganisation")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    String cleanQuery = query;
    String cleanPositions = positions;
    return graph.write(tx -> {
      if (centre != null && !repository.centreExists(tx, centre)) {
        throw DomainException.invalid(
            locale, "centre", Messages.get(locale, "savedmap.unknownCentre"));
      }
      String id = UUID.randomUUID().toString();
      repository
          .create(
              tx,
              id,
              actor.username(),
              name,
              description,
              centre,
              cleanQuery,
              cleanPositions,
              form.shared())
          .orElseThrow(() -> DomainException.forbidden(locale));
      return repository.find(tx, id).orElseThrow().map();
    });
  }

  /** The actor's own maps and those shared with their organisation, newest first. */
  public List<SavedMap> list(Account actor, int offset, int limit) {
    if (actor == null) {
      return List.of();
    }
    int from = Math.max(0, offset);
    int size = Math.clamp(limit, 1, LIST_MAX);
    return graph.read(
        tx -> repository.list(tx, actor.username(), actor.organisationId(), from, size));
  }

  /** One map, with its positions, if {@code actor} may open it; otherwise not found. */
  public SavedMap open(Account actor, String id, Locale locale) {
    return graph.read(tx -> visible(tx, actor, id, locale)).map();
  }

  /** Whether {@code actor} may rename, re-share or delete {@code map}. */
  public static boolean mayChange(Account actor, SavedMap map) {
    return actor != null
        && map != null
        && (actor.has(Role.ADMIN) || actor.username().equals(map.ownerUsername()));
  }

  /**
   * Renames, re-describes and (un)shares a map: owner or admin. Sharing is with the owner's
   * organisation, whoever changes it.
   */
  public SavedMap update(
      Account actor, String id, String name, String description, boolean shared, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    List<FieldError> checked = new ArrayList<>();
    String cleanName = name(name, checked, locale);
    String cleanDescription = description(description, checked, locale);
    return graph.write(tx -> {
      SavedMapRepository.Found found = visible(tx, actor, id, locale);
      if (!mayChange(actor, found.map())) {
        throw DomainException.forbidden(locale);
      }
      List<FieldError> errors = new ArrayList<>(checked);
      if (shared && found.ownerOrganisationId() == null) {
        errors.add(new FieldError("shared", Messages.get(locale, "savedmap.noOrganisation")));
      }
      if (!errors.isEmpty()) {
        throw DomainException.invalid(locale, errors);
      }
      repository.update(tx, id, cleanName, cleanDescription, shared, actor.username());
      return repository.find(tx, id).orElseThrow().map();
    });
  }

  /** Deletes a map: owner or admin. */
  public void delete(Account actor, String id, Locale locale) {
    if (actor == null) {
      throw DomainException.forbidden(locale);
    }
    graph.write(tx -> {
      SavedMapRepository.Found found = visible(tx, actor, id, locale);
      if (!mayChange(actor, found.map())) {
        throw DomainException.forbidden(locale);
      }
      return repository.delete(tx, id);
    });
  }

  /**
   * The map if it exists and {@code actor} may open it: owner, colleague it is shared with, admin.
   */
  private SavedMapRepository.Found visible(
      TransactionContext tx, Account actor, String id, Locale locale) {
    if (actor == null || id == null || !ID.matcher(id).matches()) {
      throw notFound(locale);
    }
    SavedMapRepository.Found found = repository.find(tx, id).orElseThrow(() -> notFound(locale));
    SavedMap map = found.map();
    boolean colleague = map.libraryId() != null && map.libraryId().equals(actor.organisationId());
    if (!colleague && !mayChange(actor, map)) {
      throw notFound(locale);
    }
    return found;
  }

  private static String name(String raw, List<FieldError> errors, Locale locale) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty()) {
      errors.add(required("name", locale));
    } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
      errors.add(new FieldError("name", Messages.get(locale, "validation.tooLong", NAME_MAX)));
    } else if (CONTROL.matcher(name).find()) {
      errors.add(new FieldError("name", Messages.get(locale, "savedmap.textInvalid")));
    }
    return name;
  }

  private static String description(String raw, List<FieldError> errors, Locale locale) {
    String description = raw == null || raw.isBlank() ? null : raw.strip();
    if (description == null) {
      return null;
    }
    if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
      errors.add(
          new FieldError(
              "description", Messages.get(locale, "validation.tooLong", DESCRIPTION_MAX)));
    } else if (CONTROL_BUT_LINES.matcher(description).find()) {
      errors.add(new FieldError("description", Messages.get(locale, "savedmap.textInvalid")));
    }
    return description;
  }

  private static FieldError required(String field, Locale locale) {
    return new FieldError(field, Messages.get(locale, "validation.required"));
  }

  private static DomainException notFound(Locale locale) {
    return new DomainException(
        DomainException.Kind.NOT_FOUND, Messages.get(locale, "savedmap.notFound"));
  }
}
