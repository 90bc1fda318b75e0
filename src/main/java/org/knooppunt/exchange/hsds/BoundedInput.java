package org.knooppunt.exchange.hsds;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream of one zip entry that stops a zip bomb while it inflates: it throws {@link
 * ZipBombException} when the bytes read pass the budget left for the whole archive, or when the
 * entry inflates more than {@code maxRatio} times its compressed size (counted only past 1 MB, so
 * small, very regular files are fine). The counting is on the bytes actually inflated, never on the
 * sizes the archive declares.
 */
final class BoundedInput extends FilterInputStream {

  /** The archive is (or behaves like) a zip bomb. */
  static final class ZipBombException extends IOException {
    ZipBombException(String message) {
      super(message);
    }
  }

  private static final long RATIO_FLOOR = 1L << 20;

  private final long budget;
  private final long compressed;
  private final long maxRatio;
  private long read;

  BoundedInput(InputStream in, long budget, long compressed, long maxRatio) {
    super(in);
    this.budget = budget;
    this.compressed = compressed;
    this.maxRatio = maxRatio;
  }

  long bytesRead() {
    return read;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws ZipBombException {
    read += n;
    if (read > budget) {
      throw new ZipBombException("archive larger than allowed when unpacked");
    }
    if (read > RATIO_FLOOR && compressed > 0 && read / compressed > maxRatio) {
      throw new ZipBombException("entry compressed more than " + maxRatio + " times");
    }
  }
}
