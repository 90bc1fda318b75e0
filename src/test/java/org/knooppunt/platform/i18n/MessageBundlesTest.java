package org.knooppunt.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch and English say the same things, and every text a page asks for exists. */
class MessageBundlesTest {

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void dutchAndEnglishHaveTheSameKeys() throws IOException {
    for (String bundle : new String[] {"messages", "ValidationMessages"}) {
      Properties nl = load(bundle + "_nl.properties");
      Properties en = load(bundle + "_en.properties");
      assertEquals(
          new TreeSet<>(nl.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), bundle);
      for (String key : nl.stringPropertyNames()) {
        assertTrue(!nl.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key);
      }
    }
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Set<String> keys = load("messages_nl.properties").stringPropertyNames();
    Pattern used = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    Path webapp = Path.of(System.getProperty("project.basedir", "."), "src", "main", "webapp");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(webapp)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher m = used.matcher(Files.readString(file));
        while (m.find()) {
          if (!keys.contains(m.group(1))) {
            missing.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void servicesFindTheirTextsInBothLanguages() {
    assertEquals("U mag dit niet doen.", Messages.get(Messages.DUTCH, "forbidden"));
    assertEquals("You are not allowed to do this.", Messages.get(Messages.ENGLISH, "forbidden"));
    assertEquals(
        "dit veld is verplicht", Messages.get(Messages.DUTCH, "knooppunt.validation.required"));
  }
}
