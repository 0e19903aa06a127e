package uk.police.portal.ui.security.control;

import java.net.URI;

/**
 * Where to send someone after signing in: only a path on this site, never another origin, so a
 * crafted link cannot bounce a citizen to a look-alike site (open redirect).
 */
public final class SafeRedirect {

  public static final String DEFAULT = "/account";

  private SafeRedirect() {}

  public static String target(String requested) {
    if (requested == null || requested.isBlank()) {
      return DEFAULT;
    }
    try {
      URI uri = URI.create(requested.trim());
      String path = uri.getRawPath();
      boolean local =
          uri.getScheme() == null
              && uri.getRawAuthority() == null
              && path != null
              && path.startsWith("/")
              && !path.startsWith("//")
              && !path.contains("\\");
      if (!local) {
        return DEFAULT;
      }
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return DEFAULT;
    }
  }
}
