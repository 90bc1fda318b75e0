package org.knooppunt.exchange.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;

/**
 * An HSDS datapackage uploaded as loose files ({@code datapackage.json} and its CSVs chosen
 * together) instead of zipped. The files are packed, uncompressed, into one temporary zip under
 * their base names, so {@link HsdsDatapackageReader} reads them exactly as a zipped package (same
 * checks, same problems, same caps on the number and size of files) and the import job keeps one
 * file, as for any upload. What is refused here (no {@code datapackage.json}, a name that is no
 * file name, two files of one name, too many or too large files) leaves nothing behind.
 */
public final class LoosePackage {

  /** The file that makes several files one datapackage. */
  public static final String DESCRIPTOR = "datapackage.json";

  /** The name the packed files are read as: a zipped datapackage. */
  public static final String READ_AS = "datapackage.zip";

  /** At most this many files together: the entries a zipped package may have. */
  public static final int MAX_FILES = HsdsDatapackageReader.MAX_ENTRIES;

  private static final int MAX_NAME = 200;

  /** One of the files: the name the client sent and its content. */
  public record File(String name, InputStream content) {}

  private LoosePackage() {}

  /**
   * Packs {@code files} into a new zip in {@code dir} and returns it; each file and all of them
   * together may have at most {@code maxBytes} bytes. The streams are read, not closed.
   *
   * @throws DomainException (invalid, field {@code file}) when the files are no datapackage or are
   *     over a cap; nothing is kept then
   */
  public static Path pack(List<File> files, Path dir, long maxBytes, Locale locale)
      throws IOException {
    if (files.size() > MAX_FILES) {
      throw invalid(locale, "exchange.import.tooManyFiles", MAX_FILES);
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (File f : files) {
      String name = baseName(f.name());
      if (name == null) {
        throw invalid(locale, "exchange.import.badFileName", shown(f.name()));
      }
      if (!seen.add(name)) {
        throw invalid(locale, "exchange.import.duplicateFile", name);
      }
      names.add(name);
    }
    if (!seen.contains(DESCRIPTOR)) {
      throw invalid(locale, "exchange.import.severalWithoutDatapackage");
    }
    Path zip = Files.createTempFile(dir, "import-", ".upload");
    boolean packed = false;
    try (ZipOutputStream out =
        new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
      // Stored as is: the reader's compression-ratio cap then sees exactly the uploaded bytes.
      out.setLevel(Deflater.NO_COMPRESSION);
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      for (int i = 0; i < files.size(); i++) {
        out.putNextEntry(new ZipEntry(names.get(i)));
        long size = 0;
        InputStream in = files.get(i).content();
        int n;
        while (in != null && (n = in.read(buffer)) > 0) {
          size += n;
          total += n;
          if (size > maxBytes) {
            throw invalid(locale, "exchange.problem.tooLarge", maxBytes / (1024 * 1024));
          }
          if (total > maxBytes) {
            throw invalid(locale, "exchange.import.tooLargeTogether", maxBytes / (1024 * 1024));
          }
          out.write(buffer, 0, n);
        }
        out.closeEntry();
      }
      packed = true;
    } finally {
      if (!packed) {
        Files.deleteIfExists(zip);
      }
    }
    return zip;
  }

  /**
   * The file name without any folder (of either slash), without control characters; {@code
   * datapackage.json} in any case is {@link #DESCRIPTOR}. Null for what is no file name: empty,
   * {@code .} or anything with {@code ..}.
   */
  static String baseName(String sent) {
    if (sent == null) {
      return null;
    }
    String n = sent.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (n.isEmpty() || n.equals(".") || n.contains("..") || n.length() > MAX_NAME) {
      return null;
    }
    return n.equalsIgnoreCase(DESCRIPTOR) ? DESCRIPTOR : n;
  }

  private static String shown(String sent) {
    String s = sent == null ? "" : sent.replaceAll("\\p{Cntrl}", "");
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  private static DomainException invalid(Locale locale, String key, Object... args) {
    return DomainException.invalid(locale, "file", Messages.get(locale, key, args));
  }
}
