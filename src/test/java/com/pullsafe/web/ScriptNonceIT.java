package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.PageSession;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Postbacks and the page's script nonce, over plain HTTP as a client without PrimeFaces' script
 * would send them: with the page's nonce the settings form saves (full and ajax); without it, with
 * a garbled one or with another page's, the postback is refused as a stale form (a fresh copy, no
 * server error) and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScriptNonceIT {

  private static final Pattern WALKING =
      Pattern.compile("id=\"settings:walking\"[^>]*value=\"([^\"]*)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  @Test
  void withThePagesNonceAFullAndAnAjaxPostbackSave() {
    PageSession admin = adminOf(new Team(base, "nonce-ok"));

    PageSession.Page full =
        admin.submit(settings(admin), "settings", "settings:save", fields("61", null));
    assertEquals(200, full.status());
    assertEquals("61", walking(settings(admin)));

    PageSession.Page ajax =
        admin.ajaxForm(settings(admin), "settings", "settings:save", fields("62", null));
    assertEquals(200, ajax.status());
    assertEquals("62", walking(settings(admin)));
  }

  @Test
  void aFullPostbackWithoutAGarbledOrAnotherPagesNonceIsRefusedAndStoresNothing() {
    PageSession admin = adminOf(new Team(base, "nonce-refused"));
    String before = walking(settings(admin));
    String otherPages = settings(admin).scriptNonce().orElseThrow();

    for (String nonce : new String[] {"", "not-a-nonce", otherPages}) {
      PageSession.Page refused =
          admin.submit(settings(admin), "settings", "settings:save", fields("77", nonce));

      assertEquals(200, refused.status(), "[" + nonce + "] " + refused.html());
      assertTrue(refused.path().startsWith("/admin/settings.xhtml"), refused.path());
      assertTrue(refused.html().contains("fresh copy"), "the reason expected");
      assertEquals(before, walking(settings(admin)), "nothing stored with nonce [" + nonce + "]");
    }
  }

  @Test
  void anAjaxPostbackWithoutTheNonceIsSentToAFreshPageAndStoresNothing() {
    PageSession admin = adminOf(new Team(base, "nonce-ajax"));
    String before = walking(settings(admin));

    PageSession.Page refused =
        admin.ajaxForm(settings(admin), "settings", "settings:save", fields("78", ""));

    assertEquals(200, refused.status());
    assertTrue(refused.html().contains("<redirect url=\""), refused.html());
    assertEquals(before, walking(settings(admin)));
  }

  private PageSession adminOf(Team team) {
    PageSession session = new PageSession(base);
    session.signIn(team.adminEmail, Team.PASSWORD);
    return session;
  }

  private static PageSession.Page settings(PageSession session) {
    PageSession.Page page = session.get("/admin/settings.xhtml");
    assertEquals(200, page.status());
    return page;
  }

  /** The settings form with valid values and {@code walking}; the nonce as given, if given. */
  private static Map<String, String> fields(String walking, String nonce) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("settings:cap", "5");
    fields.put("settings:plate", "2.5");
    fields.put("settings:walking", walking);
    if (nonce != null) {
      fields.put(PageSession.NONCE_FIELD, nonce);
    }
    return fields;
  }

  /** The fields as the save button's ajax request sends them: it processes the whole form. */
  private static String walking(PageSession.Page page) {
    Matcher m = WALKING.matcher(page.html());
    assertTrue(m.find(), "the walking field");
    return m.group(1);
  }
}
