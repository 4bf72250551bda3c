package com.pullsafe.testing;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bootstrap platform admin of the integration tests. A platform admin always signs in with a
 * second factor, so HTTP Basic does not open the API to them: like a real admin, the tests sign in
 * on the pages (password, then the {@link TestAuthenticator}'s code), create a personal access
 * token on the profile page, and use it as Bearer. Made once per server and test run.
 */
public final class PlatformAdmin {

  public static final String EMAIL = "admin@portal.test";
  public static final String PASSWORD = "platform-pass-2026";

  private static final Pattern ISSUED_TOKEN = Pattern.compile("id=\"issued-token\"[^>]*>([^<]+)<");
  private static final Map<String, String> BEARERS = new ConcurrentHashMap<>();

  private PlatformAdmin() {}

  /** {@code Bearer psk_…} of the platform admin on the server at {@code base}. */
  public static String bearer(URL base) {
    return BEARERS.computeIfAbsent(
        base.toString().replaceAll("/$", ""), key -> Api.bearer(tokenFromProfile(base)));
  }

  private static String tokenFromProfile(URL base) {
    PageSession session = new PageSession(base);
    session.signIn(EMAIL, PASSWORD);
    PageSession.Page profile = session.get("/account/profile.xhtml");
    Map<String, String> fields = profile.formFields("tokens");
    fields.put("tokens:name", "integration tests " + Api.unique());
    PageSession.Page issued = session.submit(profile, "tokens", "tokens:create", fields);
    Matcher token = ISSUED_TOKEN.matcher(issued.html());
    if (!token.find()) {
      throw new AssertionError("The profile issued the platform admin no token: " + issued.path());
    }
    return token.group(1).strip();
  }
}
