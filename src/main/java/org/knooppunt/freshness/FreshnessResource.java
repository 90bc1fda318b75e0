package org.knooppunt.freshness;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Reviews over HTTP: confirm a profile as still correct ({@code POST /api/reviews}), the caller's
 * profiles that are due, the stale profiles of the caller's area, and (for an admin) running the
 * reminders now. Same service, same rules as the screens.
 */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
public class FreshnessResource {

  @Inject FreshnessService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;

  /**
   * "Still correct": {@code kind} is {@code organisation}, {@code community} or {@code person};
   * {@code version} the profile's version as read (else 409).
   */
  public record Review(String kind, String id, Long version) {}

  /** One page of stale profiles with the total. */
  public record PageBody(List<ReviewItem> items, long total, int offset, int limit) {}

  /** How many profiles were due and whose owners were told. */
  public record Reminded(int profiles) {}

  @POST
  @Operation(
      summary = "Confirm a profile as still correct",
      description =
          "Sets its review date to now and bumps its version; nothing else changes. 400 for an"
              + " unknown kind or a missing version, 403, 404, 409 when the version is not the"
              + " stored one.")
  public FreshnessService.Confirmation confirm(Review review) {
    Locale locale = locale();
    Account actor = currentUser.require(locale);
    if (review == null || review.version() == null) {
      throw DomainException.invalid(
          locale, "version", Messages.get(locale, "knooppunt.validation.required"));
    }
    ProfileKind kind =
        ProfileKind.of(review.kind())
            .orElseThrow(() ->
                DomainException.invalid(
                    locale, "kind", Messages.get(locale, "knooppunt.validation.required")));
    return service.confirm(actor, kind, review.id(), review.version(), locale);
  }

  @GET
  @Path("mine")
  @Operation(summary = "The caller's profiles that are due for review, oldest first")
  public List<ReviewItem> mine() {
    return service.mine(currentUser.require(locale()));
  }

  @GET
  @Path("stale")
  @Operation(
      summary = "Profiles in the caller's area not reviewed for some months, paged",
      description =
          "Librarians: the municipalities their library is in or serves; policy cells: their"
              + " regions; admins: everything. sort: lastReviewed, name, kind, municipality.")
  public PageBody stale(
      @QueryParam("months") @DefaultValue("24") int months,
      @QueryParam("sort") @DefaultValue("lastReviewed") String sort,
      @QueryParam("desc") @DefaultValue("false") boolean desc,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Locale locale = locale();
    int safeLimit = Math.clamp(limit, 1, 200);
    int safeOffset = Math.max(0, offset);
    var page =
        service.stale(
            currentUser.require(locale),
            months,
            StaleSort.of(sort),
            desc,
            safeOffset,
            safeLimit,
            locale);
    return new PageBody(page.rows(), page.total(), safeOffset, safeLimit);
  }

  @POST
  @Path("reminders")
  @Operation(summary = "Send the due review reminders now (admin); they also run every hour")
  public Reminded remind() {
    Locale locale = locale();
    if (!currentUser.require(locale).has(Role.ADMIN)) {
      throw DomainException.forbidden(locale);
    }
    return new Reminded(service.remind());
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
