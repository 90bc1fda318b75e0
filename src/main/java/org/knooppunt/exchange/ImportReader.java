package org.knooppunt.exchange;

import java.nio.file.Path;

/** A file format Knooppunt can import; CDI finds every implementation. */
public interface ImportReader {
  /** True when this reader recognises the file, by its name and its first bytes. */
  boolean accepts(String fileName, byte[] head);

  /**
   * Reads the (already size-checked, local, temporary) file; problems go into the set, never an
   * exception for bad content.
   */
  ImportSet read(String fileName, Path file);
}
