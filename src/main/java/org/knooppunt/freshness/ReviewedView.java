package org.knooppunt.freshness;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Backs the "last reviewed / still correct" block that every profile page includes ({@code
 * WEB-INF/includes/reviewed.xhtml}): the date in the reader's language, the stale mark, whether the
 * reader may confirm, and the confirmation itself, which answers with a redirect back to the
 * profile ({@code reviewed=ok} or the reason it was refused) so it works on any profile page.
 *
 * <p>The form carries the profile's kind, id and version as plain hidden fields: on the postback
 * the profile page's own (request-scoped) bean has not loaded its profile yet, so the block cannot
 * take them from there; the service checks them all again.
 */
@Named
@RequestScoped
public class ReviewedView {

  static final String KIND = "reviewKind";
  static final String ID = "reviewId";
  static final String VERSION = "reviewVersion";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject FreshnessService service;
  @Inject CurrentUser currentUser;

  private final Map<String, Boolean> may = new HashMap<>();

  /**
   * Whether the reader may confirm the profile; on a postback, for the profile named in the form.
   */
  public boolean mayConfirm(Object kind, String id) {
    String k = kind == null ? param(KIND) : kind.toString();
    String i = id == null ? param(ID) : id;
    ProfileKind pk = ProfileKind.of(k).orElse(null);
    Account actor = currentUser.account().orElse(null);
    if (pk == null || i == null || actor == null) {
      return false;
    }
    return may.computeIfAbsent(pk + "/" + i, key -> service.mayConfirm(actor, pk, i));
  }

  /** The date as "3 maart 2026" / "3 March 2026"; "never" when there is none. */
  public String date(Object value) {
    Locale locale = locale();
    ZonedDateTime at = zoned(value);
    if (at == null) {
      return Messages.get(locale, "freshness.never");
    }
    return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(at.withZoneSameInstant(ZONE));
  }

  /** The date as ISO (yyyy-MM-dd) for a time element's datetime attribute; empty when none. */
  public String isoDate(Object value) {
    ZonedDateTime at = zoned(value);
    return at == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(at.withZoneSameInstant(ZONE));
  }

  /** Whether a profile last reviewed at {@code value} is stale (24 months or more). */
  public boolean stale(Object value) {
    return service.isStale(zoned(value));
  }

  /** The message for a {@code reviewed=…} outcome in the URL; empty for an unknown one. */
  public String outcome(String code) {
    String key =
        switch (code == null ? "" : code) {
          case "ok" -> "freshness.confirmed";
          case "conflict" -> "freshness.conflict";
          case "forbidden" -> "forbidden";
          case "notfound" -> "freshness.notFound";
          default -> null;
        };
    return key == null ? "" : Messages.get(locale(), key);
  }

  /** "Still correct", then back to the profile with the outcome. */
  public String confirm() {
    ProfileKind kind = ProfileKind.of(param(KIND)).orElse(null);
    String id = param(ID);
    if (kind == null || id == null || id.length() > 64 || !id.matches("[0-9A-Za-z-]+")) {
      return "/index.xhtml?faces-redirect=true";
    }
    String outcome;
    try {
      long version = Long.parseLong(param(VERSION));
      service.confirm(currentUser.account().orElse(null), kind, id, version, locale());
      outcome = "ok";
    } catch (NumberFormatException e) {
      outcome = "conflict";
    } catch (DomainException e) {
      outcome =
          switch (e.kind()) {
            case CONFLICT, DUPLICATE, INVALID, THROTTLED -> "conflict";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "notfound";
          };
    }
    String back = param("reviewBack");
    if ("home".equals(back)) {
      return "/index.xhtml?faces-redirect=true&reviewed=" + outcome;
    }
    return kind.link(id) + "&faces-redirect=true&reviewed=" + outcome;
  }

  private static ZonedDateTime zoned(Object value) {
    if (value instanceof ZonedDateTime z) {
      return z;
    }
    if (value instanceof TemporalAccessor t) {
      try {
        return ZonedDateTime.from(t);
      } catch (RuntimeException e) {
        try {
          return java.time.Instant.from(t).atZone(ZONE);
        } catch (RuntimeException ignored) {
          return null;
        }
      }
    }
    return null;
  }

  private static String param(String name) {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    String v = ec.getRequestParameterMap().get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
