package org.knooppunt.socialmap;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knooppunt.platform.domain.SpreadsheetCell;

/**
 * A social map as files: CSV of its nodes and of its relations (UTF-8, comma, a header row), and
 * GraphML, which Gephi and yEd open. Cells that a spreadsheet would run as a formula are prefixed
 * with an apostrophe. People are never on a map, so they are in no export.
 */
public final class SocialMapExport {

  private SocialMapExport() {}

  public static String nodesCsv(SocialMap map) {
    return csv(
        List.of(
            "id",
            "name",
            "kind",
            "sector",
            "municipality",
            "municipality_code",
            "latitude",
            "longitude",
            "distance",
            "demo"),
        map.nodes().stream()
            .map(n ->
                List.<Object>of(
                    n.id(),
                    nz(n.name()),
                    n.kind(),
                    nz(n.sector()),
                    nz(n.municipality()),
                    nz(n.municipalityCode()),
                    n.latitude() == null ? "" : n.latitude(),
                    n.longitude() == null ? "" : n.longitude(),
                    n.distance(),
                    n.demo()))
            .toList());
  }

  public static String edgesCsv(SocialMap map) {
    Map<String, MapNode> byId = byId(map);
    return csv(
        List.of(
            "id",
            "source",
            "source_name",
            "target",
            "target_name",
            "type",
            "status",
            "since",
            "roles",
            "asserted_by",
            "asserted_at"),
        map.edges().stream()
            .map(e ->
                List.<Object>of(
                    nz(e.id()),
                    e.source(),
                    name(byId, e.source()),
                    e.target(),
                    name(byId, e.target()),
                    e.type(),
                    nz(e.status()),
                    nz(e.since()),
                    String.join("|", e.roles()),
                    nz(e.assertedBy()),
                    nz(e.assertedAt())))
            .toList());
  }

  /** GraphML 1.0 with typed attribute keys; a directed graph, relations as drawn. */
  public static String graphml(SocialMap map) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      key(xml, "label", "node", "name", "string");
      key(xml, "kind", "node", "kind", "string");
      key(xml, "sector", "node", "sector", "string");
      key(xml, "municipality", "node", "municipality", "string");
      key(xml, "latitude", "node", "latitude", "double");
      key(xml, "longitude", "node", "longitude", "double");
      key(xml, "distance", "node", "distance", "int");
      key(xml, "type", "edge", "type", "string");
      key(xml, "status", "edge", "status", "string");
      key(xml, "since", "edge", "since", "string");
      key(xml, "assertedBy", "edge", "asserted_by", "string");
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "socialmap");
      xml.writeAttribute("edgedefault", "directed");
      for (MapNode n : map.nodes()) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", n.id());
        data(xml, "label", n.name());
        data(xml, "kind", n.kind());
        data(xml, "sector", n.sector());
        data(xml, "municipality", n.municipality());
        data(xml, "latitude", n.latitude());
        data(xml, "longitude", n.longitude());
        data(xml, "distance", n.distance());
        xml.writeEndElement();
      }
      int i = 0;
      for (MapEdge e : map.edges()) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", e.id() == null ? "e" + i : e.id());
        xml.writeAttribute("source", e.source());
        xml.writeAttribute("target", e.target());
        data(xml, "type", e.type());
        data(xml, "status", e.status());
        data(xml, "since", e.since());
        data(xml, "assertedBy", e.assertedBy());
        xml.writeEndElement();
        i++;
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void key(XMLStreamWriter xml, String id, String of, String name, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", of);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter xml, String key, Object value)
      throws XMLStreamException {
    if (value == null) {
      return;
    }
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(value.toString());
    xml.writeEndElement();
  }

  private static String csv(List<String> header, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(SocialMapExport::inert).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A text a spreadsheet would evaluate gets a leading ' (see {@link SpreadsheetCell}). */
  static Object inert(Object value) {
    return SpreadsheetCell.inert(value);
  }

  private static Map<String, MapNode> byId(SocialMap map) {
    return map.nodes().stream()
        .collect(Collectors.toMap(MapNode::id, Function.identity(), (a, b) -> a));
  }

  private static String name(Map<String, MapNode> byId, String id) {
    MapNode n = byId.get(id);
    return n == null || n.name() == null ? "" : n.name();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
