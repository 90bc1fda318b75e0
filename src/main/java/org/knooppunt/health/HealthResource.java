package org.knooppunt.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Network health over HTTP: {@code /api/networkhealth?region=PV26} or {@code ?taalnetwerk=…} lists
 * the snapshots (newest year first); a POST there takes this year's. Same service, same rules as
 * the page.
 */
@Path("networkhealth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "networkhealth")
public class HealthResource {

  @Inject HealthService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;

  /** A subject's name and its snapshots. */
  public record HistoryBody(String kind, String id, String name, List<HealthSnapshot> snapshots) {}

  @GET
  @Operation(summary = "The health snapshots of a region or taalnetwerk, newest year first")
  public HistoryBody history(
      @QueryParam("region") String region, @QueryParam("taalnetwerk") String taalnetwerk) {
    Locale locale = RequestLocale.of(headers);
    currentUser.require(locale);
    HealthRepository.Subject subject = subject(region, taalnetwerk, locale);
    return new HistoryBody(
        subject.kind().code,
        subject.id(),
        subject.name(),
        service.history(subject.kind(), subject.id()));
  }

  @POST
  @Operation(
      summary =
          "Take this year's snapshot (admin; policy cell for its regions); replaces this"
              + " year's numbers")
  public Response snapshot(
      @QueryParam("region") String region, @QueryParam("taalnetwerk") String taalnetwerk) {
    Locale locale = RequestLocale.of(headers);
    var actor = currentUser.require(locale);
    HealthRepository.Subject subject = subject(region, taalnetwerk, locale);
    service.snapshot(actor, subject.kind(), subject.id(), locale);
    return Response.status(Response.Status.CREATED).entity(history(region, taalnetwerk)).build();
  }

  private HealthRepository.Subject subject(String region, String taalnetwerk, Locale locale) {
    boolean isRegion = region != null && !region.isBlank();
    boolean isNetwork = taalnetwerk != null && !taalnetwerk.isBlank();
    if (isRegion == isNetwork) {
      throw DomainException.invalid(locale, "region", Messages.get(locale, "health.oneSubject"));
    }
    SubjectKind kind = isRegion ? SubjectKind.REGION : SubjectKind.TAALNETWERK;
    return service
        .subject(kind, isRegion ? region : taalnetwerk)
        .orElseThrow(() ->
            new DomainException(
                DomainException.Kind.NOT_FOUND, Messages.get(locale, "health.notFound")));
  }
}
