package org.knooppunt.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/** The caller's own inbox over HTTP: list (newest first), the unread count, mark read. */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inbox")
public class InboxResource {

  @Inject InboxService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "Your inbox, newest first",
      description =
          "kind: REQUEST, INTRODUCTION, APPROVAL, REVIEW, COMMUNITY or INFO; unread=true for"
              + " unread items only; at most 200 per page (offset, limit).")
  public InboxService.Page list(
      @QueryParam("kind") String kind,
      @QueryParam("unread") @DefaultValue("false") boolean unread,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Locale locale = RequestLocale.of(headers);
    return service.list(
        currentUser.require(locale), kind(kind, locale), unread, offset, limit, locale);
  }

  @GET
  @Path("unread")
  @Operation(summary = "How many items in your inbox are unread")
  public Map<String, Long> unread() {
    Locale locale = RequestLocale.of(headers);
    return Map.of("unread", service.unread(currentUser.require(locale)));
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one item read; returns it")
  public InboxItem read(@PathParam("id") String id) {
    Locale locale = RequestLocale.of(headers);
    return service.open(currentUser.require(locale), id, locale);
  }

  @POST
  @Path("read")
  @Operation(summary = "Mark every item read; returns how many were unread")
  public Map<String, Long> readAll() {
    Locale locale = RequestLocale.of(headers);
    return Map.of("marked", service.markAllRead(currentUser.require(locale), locale));
  }

  private static Notice.Kind kind(String kind, Locale locale) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return Notice.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(locale, "kind", Messages.get(locale, "inbox.kindUnknown"));
    }
  }
}
