package org.knooppunt.alliance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
 * Alliances over HTTP: list, read, create ({@code 201} with its address), save over a version, end,
 * and suggestions for a province. Same services, same rules as the screens.
 */
@Path("alliances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "alliances")
public class AllianceResource {

  @Inject AllianceService service;
  @Inject SuggestionService suggestions;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** How an alliance ends: on {@code until} (today if left out), over {@code version}. */
  public record Ending(String until, Long version) {}

  @GET
  @Operation(
      summary = "Alliances by name, with status and member filters",
      description = "At most 100 per page (offset, limit); status active or ended.")
  public AllianceService.Page list(
      @QueryParam("q") String q,
      @QueryParam("status") String status,
      @QueryParam("organisation") String organisation,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    Locale locale = locale();
    actor(locale);
    if (status != null && !status.isBlank() && !List.of("active", "ended").contains(status)) {
      throw DomainException.invalid(
          locale, "status", Messages.get(locale, "alliance.statusInvalid"));
    }
    return service.list(new AllianceRepository.Filter(q, status, organisation), offset, limit);
  }

  @GET
  @Path("suggestions")
  @Operation(
      summary = "Suggested alliances for a province",
      description =
          "Groups of libraries near each other that share confirmed partners and topics (Louvain"
              + " on the province's library graph), with their reasons; region is a province id"
              + " such as PV26.")
  public List<Suggestion> suggestions(
      @QueryParam("region") String region,
      @QueryParam("topic") String topic,
      @QueryParam("targetGroup") String targetGroup) {
    Locale locale = locale();
    return suggestions.suggest(locale, actor(locale), region, topic, targetGroup);
  }

  @GET
  @Path("whatif")
  @Operation(
      summary = "Coverage of a province before and after some libraries ally",
      description =
          "region (province id), topic and/or targetGroup, libraries (ids, comma-separated or"
              + " repeated); libraries outside the province are a 400.")
  public AllianceGaps.Gain whatIf(
      @QueryParam("region") String region,
      @QueryParam("topic") String topic,
      @QueryParam("targetGroup") String targetGroup,
      @QueryParam("libraries") List<String> libraries) {
    Locale locale = locale();
    List<String> ids =
        libraries == null
            ? List.of()
            : libraries.stream().flatMap(l -> java.util.Arrays.stream(l.split(","))).toList();
    return suggestions.whatIf(locale, actor(locale), region, topic, targetGroup, ids);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One alliance with members, municipalities and topics")
  public Alliance get(@PathParam("id") String id) {
    Locale locale = locale();
    actor(locale);
    return service.get(id, locale);
  }

  @POST
  @Operation(summary = "Create an alliance: admin, or the policy cell of its municipalities")
  public Response create(AllianceForm form) {
    Locale locale = locale();
    String id = service.create(actor(locale), form, locale);
    return Response.created(uri.getBaseUriBuilder().path("alliances").path(id).build())
        .entity(service.get(id, locale))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Save an alliance over its version",
      description = "A stale version is a 409 with the stored alliance.")
  public Alliance update(@PathParam("id") String id, AllianceForm form) {
    Locale locale = locale();
    service.update(actor(locale), id, form, locale);
    return service.get(id, locale);
  }

  @POST
  @Path("{id}/end")
  @Operation(summary = "End an alliance: it stays readable with its end date")
  public Alliance end(@PathParam("id") String id, Ending body) {
    Locale locale = locale();
    Account actor = actor(locale);
    if (body == null || body.version() == null) {
      throw DomainException.invalid(locale, "version", Messages.get(locale, "validation.required"));
    }
    service.end(actor, id, body.until(), body.version(), locale);
    return service.get(id, locale);
  }

  private Account actor(Locale locale) {
    return currentUser.require(locale);
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
