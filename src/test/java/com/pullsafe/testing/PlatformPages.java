package com.pullsafe.testing;

import java.net.URL;
import java.util.Map;

/** What the platform admin does on the pages, for tests that need a tenant in some state. */
public final class PlatformPages {

  private PlatformPages() {}

  /** Suspends the tenant {@code slug} on the platform admin's page; fails unless it shows so. */
  public static void suspend(URL base, String slug) {
    PageSession platform = new PageSession(base);
    platform.signIn("admin@portal.test", "platform-pass-2026");
    PageSession.Page tenants = platform.get("/platform/index.xhtml");
    String row = tenants.rowWith(slug).orElseThrow();
    String suspend = row.replaceAll("(?s).*id=\"(list:tenants:\\d+:suspend)\".*", "$1");
    platform.ajax(tenants, "list", suspend, "list:tenants", Map.of());
    if (!platform.get("/platform/index.xhtml").rowWith(slug).orElseThrow().contains("Suspended")) {
      throw new AssertionError("tenant " + slug + " was not suspended");
    }
  }
}
