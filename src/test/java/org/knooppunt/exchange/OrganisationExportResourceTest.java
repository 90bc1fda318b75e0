package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where a refused export sends the browser: back to the list, same filter, with the message. */
class OrganisationExportResourceTest {

  @Test
  void aRefusedExportGoesBackToTheListWithItsFilter() {
    var query = new MultivaluedHashMap<String, String>();
    query.add("kind", "partner");
    query.add("q", "taal & co");
    query.add("lang", "nl");
    query.add("sector", "");
    assertEquals(
        URI.create(
            "http://host:9080/knooppunt/organisation/list.xhtml?kind=partner&q=taal+%26+co&exportRefused=1"),
        OrganisationExportResource.backToList(
            URI.create("http://host:9080/knooppunt/api/"), query));
    assertEquals(
        URI.create("http://host/organisation/list.xhtml?exportRefused=1"),
        OrganisationExportResource.backToList(URI.create("http://host/api/"), null));
  }
}
