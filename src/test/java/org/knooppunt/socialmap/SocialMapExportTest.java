package org.knooppunt.socialmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class SocialMapExportTest {

  private static final SocialMap MAP =
      new SocialMap(
          "L",
          1,
          List.of(
              new MapNode(
                  "L",
                  "library",
                  "Bieb, \"centraal\"",
                  "bibliotheek",
                  "Utrecht",
                  "GM0344",
                  52.09,
                  5.12,
                  0,
                  false),
              new MapNode(
                  "P",
                  "partner",
                  "=HYPERLINK(\"x\") <b>&amp;",
                  null,
                  null,
                  null,
                  null,
                  null,
                  1,
                  true)),
          List.of(
              new MapEdge(
                  "r1",
                  "L",
                  "P",
                  "COLLABORATES_WITH",
                  "proposed",
                  "2026-11-20",
                  List.of(),
                  "bibliothecaris",
                  "2026-11-21")),
          false,
          0,
          500);

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void nodesAndRelationsParseBackAndFormulasAreInert() throws Exception {
    var nodes = parse(SocialMapExport.nodesCsv(MAP));
    assertEquals(2, nodes.size());
    assertEquals("Bieb, \"centraal\"", nodes.get(0).get("name"));
    assertEquals("GM0344", nodes.get(0).get("municipality_code"));
    assertEquals("52.09", nodes.get(0).get("latitude"));
    assertEquals("'=HYPERLINK(\"x\") <b>&amp;", nodes.get(1).get("name"));
    var edges = parse(SocialMapExport.edgesCsv(MAP));
    assertEquals(1, edges.size());
    assertEquals("Bieb, \"centraal\"", edges.get(0).get("source_name"));
    assertEquals("proposed", edges.get(0).get("status"));
    assertEquals("bibliothecaris", edges.get(0).get("asserted_by"));
  }

  @Test
  void graphmlIsWellFormedWithTypedKeys() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var doc =
        factory
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(SocialMapExport.graphml(MAP))));
    assertEquals("graphml", doc.getDocumentElement().getLocalName());
    assertEquals(
        "http://graphml.graphdrawing.org/xmlns", doc.getDocumentElement().getNamespaceURI());
    assertEquals(2, doc.getElementsByTagName("node").getLength());
    Element edge = (Element) doc.getElementsByTagName("edge").item(0);
    assertEquals("L", edge.getAttribute("source"));
    assertEquals("P", edge.getAttribute("target"));
    Element second = (Element) doc.getElementsByTagName("node").item(1);
    assertEquals(
        "=HYPERLINK(\"x\") <b>&amp;",
        second.getElementsByTagName("data").item(0).getTextContent(),
        "markup in a name is text in GraphML");
    assertEquals(11, doc.getElementsByTagName("key").getLength());
  }
}
