package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationFilter;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.neo4j.Neo4jPlatform;
import org.knooppunt.region.RegionService;

/**
 * Arquillian on the built lean WAR ({@code knooppunt-external.war}, without the embedded DBMS): it
 * is deployed into the running Liberty beside the full application with only its configuration
 * changed, so that it uses the full application's embedded Neo4j as an <em>external</em> database
 * (NEO4J_URI). The tests then run inside the container, with CDI, MicroProfile Config and the real
 * driver: the lean WAR works, the external mode starts nothing embedded, the migrations find
 * nothing to do, no demo data is loaded, and the services read the shared graph.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT {

  @Deployment
  static WebArchive deployment() throws IOException {
    WebArchive built =
        ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("knooppunt.war")));
    WebArchive war = ShrinkWrap.create(WebArchive.class, "knooppunt-arquillian.war").merge(built);
    war.delete("/WEB-INF/classes/META-INF/microprofile-config.properties");
    war.addAsResource(
        new StringAsset(
            "neo4j.uri="
                + System.getProperty("knooppunt.it.boltUri", "bolt://127.0.0.1:7688")
                + "\nknooppunt.demo=true\nmp.openapi.scan.disable=true\n"),
        "META-INF/microprofile-config.properties");
    String webXml;
    try (InputStream in = war.get("/WEB-INF/web.xml").getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String runner =
        """
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>arquillian</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
          </web-resource-collection>
        </security-constraint>
        <security-role>\
        """;
    war.delete("/WEB-INF/web.xml");
    war.addAsWebInfResource(
        new StringAsset(webXml.replaceFirst("<security-role>", runner)), "web.xml");
    war.addClass(InContainerIT.class);
    return war;
  }

  @Inject Neo4jPlatform neo4j;
  @Inject OrganisationService organisations;
  @Inject RegionService regions;

  @Test
  void theExternalModeUsesTheConfiguredServerAndStartsNothingEmbedded() {
    assertFalse(neo4j.embedded());
  }

  @Test
  void theServicesReadTheSharedGraph() {
    assertEquals(
        646L, regions.countsByCountry().values().stream().mapToLong(Long::longValue).sum());
    long libraries =
        organisations.count(
            new OrganisationFilter(Kind.LIBRARY, null, null, null, null, null, null));
    assertEquals(3, libraries, "the demo libraries, loaded once by the embedded copy only");
    assertTrue(organisations.find("00000000-0000-4000-8000-000000000101").isPresent());
  }
}
