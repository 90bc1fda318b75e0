package org.knooppunt.savedmap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Saved maps over HTTP: list one's own and one's organisation's maps, open one, save one ({@code
 * 201} with its address), rename, re-describe or (un)share it, delete it. Same service, same rules
 * as the screens; a map one may not open is a 404, like one that does not exist.
 */
@Path("savedmaps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "savedmaps")
public class SavedMapResource {

  @Inject SavedMapService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /**
   * A map to save. {@code query}: the social map's depth and filters as a query string ({@code
   * depth=2&topic=taalvaardigheid}; unknown keys are dropped). {@code positions}: an object {@code
   * {"nodeId": {"x": 1, "y": 2}}} (or the same as a JSON string), optional.
   */
  public record NewMap(
      String name,
      String description,
      String centre,
      String query,
      JsonValue positions,
      Boolean shared) {}

  /** A change: the new name and description, and whether colleagues see it (false if left out). */
  public record Change(String name, String description, Boolean shared) {}

  @GET
  @Operation(
      summary = "Your saved maps and those shared with your organisation, newest first",
      description = "Without positions; at most 500 per page (offset, limit).")
  public List<SavedMap> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return service.list(actor(locale()), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One saved map with its node positions, if you may open it")
  public SavedMap get(@PathParam("id") String id) {
    Locale locale = locale();
    return service.open(actor(locale), id, locale);
  }

  @POST
  @Operation(summary = "Save a map: name, description, centre, depth and filters, positions")
  public Response save(NewMap body) {
    Locale locale = locale();
    Account actor = actor(locale);
    if (body == null) {
      throw DomainException.invalid(locale, "name", Messages.get(locale, "validation.required"));
    }
    SavedMap saved =
        service.save(
            actor,
            new SavedMapForm(
                body.name(),
                body.description(),
                body.centre(),
                body.query(),
                positions(body.positions(), locale),
                Boolean.TRUE.equals(body.shared())),
            locale);
    return Response.created(uri.getBaseUriBuilder().path("savedmaps").path(saved.id()).build())
        .entity(saved)
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Rename, re-describe or (un)share a map: its owner or an admin")
  public SavedMap update(@PathParam("id") String id, Change body) {
    Locale locale = locale();
    Account actor = actor(locale);
    if (body == null) {
      throw DomainException.invalid(locale, "name", Messages.get(locale, "validation.required"));
    }
    return service.update(
        actor, id, body.name(), body.description(), Boolean.TRUE.equals(body.shared()), locale);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a map: its owner or an admin")
  public Response delete(@PathParam("id") String id) {
    Locale locale = locale();
    service.delete(actor(locale), id, locale);
    return Response.noContent().build();
  }

  /** The positions as JSON text for the service, which checks them; a string is taken as text. */
  private static String positions(JsonValue value, Locale locale) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw DomainException.invalid(
          locale, "positions", Messages.get(locale, "savedmap.positionsInvalid"));
    }
    return value.toString();
  }

  private Account actor(Locale locale) {
    return currentUser.require(locale);
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
