package org.knooppunt.partner;

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
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.socialmap.SocialMapService;

/**
 * Partner suggestions over HTTP: {@code
 * /api/partner-suggestions?for=…&topic=…&targetGroup=…&radiusKm=…&municipalities=…&limit=10}.
 */
@Path("partner-suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "partners")
public class PartnerFinderResource {

  @Inject PartnerFinderService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary =
          "Ranked, explained partner suggestions for an organisation or branch you may act for")
  public List<Suggestion> suggest(
      @QueryParam("for") String forId,
      @QueryParam("topic") List<String> topics,
      @QueryParam("targetGroup") List<String> targetGroups,
      @QueryParam("radiusKm") Integer radiusKm,
      @QueryParam("municipalities") String municipalities,
      @QueryParam("limit") @DefaultValue("10") int limit) {
    Locale locale = RequestLocale.of(headers);
    return service.suggest(
        currentUser.require(locale),
        forId,
        topics,
        targetGroups,
        radiusKm,
        SocialMapService.codes(municipalities),
        limit,
        locale);
  }

  @GET
  @Path("introduction")
  @Operation(
      summary =
          "The shortest chain (at most 4 relations) through people who consented to introductions")
  public IntroductionPath introduction(
      @QueryParam("for") String forId, @QueryParam("to") String to) {
    Locale locale = RequestLocale.of(headers);
    return service
        .introduction(currentUser.require(locale), forId, to, locale)
        .orElseThrow(() ->
            new org.knooppunt.platform.domain.DomainException(
                org.knooppunt.platform.domain.DomainException.Kind.NOT_FOUND,
                org.knooppunt.platform.i18n.Messages.get(locale, "partner.noIntroduction")));
  }

  /** A request for an introduction: for whom, to which organisation, and an optional message. */
  public record IntroductionRequest(String forId, String to, String message) {}

  @POST
  @Path("introduction")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask the first person on the chain for an introduction (a notice in their inbox)",
      description = "Body: {\"forId\": …, \"to\": …, \"message\": …}. Returns whom it was sent to.")
  public java.util.Map<String, String> askIntroduction(IntroductionRequest body) {
    Locale locale = RequestLocale.of(headers);
    var actor = currentUser.require(locale);
    if (body == null) {
      throw org.knooppunt.platform.domain.DomainException.invalid(
          locale, "to", org.knooppunt.platform.i18n.Messages.get(locale, "validation.required"));
    }
    return java.util.Map.of(
        "askedPerson",
        service.askIntroduction(actor, body.forId(), body.to(), body.message(), locale));
  }
}
