package org.knooppunt.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the client of a request, for throttling per client. Behind a load balancer every
 * request comes from the balancer, so with {@code knooppunt.clientAddress.forwardedFor=true} the
 * last entry of {@code X-Forwarded-For} (the one the balancer added) counts instead. Off by
 * default: without a trusted proxy in front, that header is whatever the client wants it to be.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    if (request == null) {
      return "";
    }
    if (trustForwardedFor()) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] parts = forwarded.split(",");
        String last = parts[parts.length - 1].strip();
        if (!last.isEmpty() && last.length() <= 64) {
          return last;
        }
      }
    }
    return request.getRemoteAddr();
  }

  private static boolean trustForwardedFor() {
    return ConfigProvider.getConfig()
        .getOptionalValue("knooppunt.clientAddress.forwardedFor", Boolean.class)
        .orElse(false);
  }
}
