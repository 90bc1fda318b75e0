package org.knooppunt.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.exchange.OrganisationExport.Format;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationFilter;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * The organisation list as a file: {@code /api/organisations/export.csv} and {@code .xlsx}, with
 * the list API's filter parameters, for everyone who may see the list. The list page's export
 * buttons link here with the page's filter. Its own class-level path (not {@code /} beside {@code
 * OrganisationResource}): the JAX-RS runtime picks the root class first, and under {@code /} the
 * profile's {@code organisations/{id}} took {@code export.csv} for an id.
 */
@Path("organisations/{file: export\\.(?:csv|xlsx)}")
@RequestScoped
@Tag(name = "organisations")
public class OrganisationExportResource {

  @Inject OrganisationExport export;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @Operation(
      summary =
          "The filtered organisation list as a file in the import's table layout: export.csv"
              + " (UTF-8 with BOM; ';' for Dutch, ',' for English) or export.xlsx (Excel)")
  @APIResponse(responseCode = "200", description = "The CSV or Excel file")
  @APIResponse(responseCode = "400", description = "More organisations than one export holds")
  @APIResponse(responseCode = "401", description = "Not logged in")
  public Response export(
      @Parameter(description = "export.csv or export.xlsx") @PathParam("file") String file,
      @QueryParam("kind") String kind,
      @QueryParam("sector") String sector,
      @QueryParam("municipality") String municipality,
      @QueryParam("province") String province,
      @QueryParam("topic") String topic,
      @QueryParam("targetGroup") String targetGroup,
      @QueryParam("q") String q,
      @Parameter(description = "nl or en: language of headers (default: Accept-Language)")
          @QueryParam("lang")
          String lang) {
    Format format = file.endsWith(".xlsx") ? Format.XLSX : Format.CSV;
    return file(format, filter(kind, sector, municipality, province, topic, targetGroup, q), lang);
  }

  private Response file(Format format, OrganisationFilter filter, String lang) {
    Locale locale = locale(lang);
    OrganisationExport.Selection selection;
    try {
      selection = export.select(currentUser.require(locale), filter, locale);
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.INVALID || !fromPage(headers)) {
        throw e;
      }
      return Response.seeOther(backToList(uri.getBaseUri(), uri.getQueryParameters())).build();
    }
    StreamingOutput body = out -> selection.write(format, out);
    return Response.ok(body, format.mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + export.fileName(format, locale) + "\"")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /**
   * Whether the request is the browser following the list page's export button (it asks for a page
   * first), not a script: such a refusal goes back to the page with a message.
   */
  static boolean fromPage(HttpHeaders headers) {
    return headers != null
        && headers.getAcceptableMediaTypes().stream()
            .anyMatch(m -> "text".equals(m.getType()) && "html".equals(m.getSubtype()));
  }

  /**
   * The organisation list with the same filter and {@code exportRefused=1}, which makes it say why
   * there is no file. {@code apiBase} is the API's base address ({@code …/api/}).
   */
  static URI backToList(URI apiBase, MultivaluedMap<String, String> query) {
    String path = apiBase.getPath() == null ? "/" : apiBase.getPath();
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    int api = trimmed.lastIndexOf('/');
    StringBuilder list =
        new StringBuilder(api <= 0 ? "" : trimmed.substring(0, api))
            .append("/organisation/list.xhtml?");
    for (String name :
        List.of("kind", "sector", "municipality", "province", "topic", "targetGroup", "q")) {
      String value = query == null ? null : query.getFirst(name);
      if (value != null && !value.isBlank()) {
        list.append(name)
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
            .append('&');
      }
    }
    list.append(ExportRefusalView.PARAMETER).append("=1");
    return apiBase.resolve(list.toString());
  }

  /** The list API's filter, with the same parsing and limits. */
  static OrganisationFilter filter(
      String kind,
      String sector,
      String municipality,
      String province,
      String topic,
      String targetGroup,
      String q) {
    Kind k =
        switch (kind == null ? "" : kind.toLowerCase(Locale.ROOT)) {
          case "library" -> Kind.LIBRARY;
          case "partner" -> Kind.PARTNER;
          default -> null;
        };
    String text = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
    return new OrganisationFilter(k, sector, municipality, province, topic, targetGroup, text);
  }

  private Locale locale(String lang) {
    if ("nl".equals(lang) || "en".equals(lang)) {
      return Messages.of(lang);
    }
    return RequestLocale.of(headers);
  }
}
