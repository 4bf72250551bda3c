package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  /** An answer as the server holds it just before it is committed. */
  private static final class Answer implements SecurityHeaders.Answer {
    private final int status;
    private final Map<String, String> headers = new HashMap<>();

    Answer(int status, String... nameValues) {
      this.status = status;
      for (int i = 0; i < nameValues.length; i += 2) {
        headers.put(nameValues[i], nameValues[i + 1]);
      }
    }

    @Override
    public int status() {
      return status;
    }

    @Override
    public String header(String name) {
      return headers.get(name);
    }

    @Override
    public void setHeader(String name, String value) {
      headers.put(name, value);
    }
  }

  private static Answer answer(String path, String query, boolean secure, Answer answer) {
    SecurityHeaders.apply(path, query, secure, answer);
    return answer;
  }

  @Test
  void everyAnswerGetsTheBrowserHardeningHeaders() {
    Answer css = answer("/jakarta.faces.resource/css/x.css.xhtml", null, false, new Answer(200));

    assertEquals("nosniff", css.header("X-Content-Type-Options"));
    assertEquals("DENY", css.header("X-Frame-Options"));
    assertEquals("same-origin", css.header("Referrer-Policy"));
    assertEquals("camera=(), microphone=(), geolocation=()", css.header("Permissions-Policy"));
    assertEquals("same-origin", css.header("Cross-Origin-Opener-Policy"));
  }

  @Test
  void hstsOnlyOverHttps() {
    assertNull(
        answer("/login.xhtml", null, false, new Answer(200)).header("Strict-Transport-Security"));
    assertEquals(
        SecurityHeaders.HSTS,
        answer("/login.xhtml", null, true, new Answer(200)).header("Strict-Transport-Security"));
  }

  @Test
  void apiAnswersAllowNothingAndAreNeverStored() {
    for (int status : new int[] {200, 401, 429, 503}) {
      Answer api =
          answer("/api/v1/me", null, false, new Answer(status, "Content-Type", "application/json"));

      assertEquals(SecurityHeaders.DATA_POLICY, api.header("Content-Security-Policy"), "" + status);
      assertEquals("no-store", api.header("Cache-Control"), "" + status);
    }
  }

  @Test
  void aPathWithDoubledSlashesOrDotsIsStillTheApi() {
    assertEquals(
        SecurityHeaders.DATA_POLICY,
        answer("//api/v1/me", null, false, new Answer(200)).header("Content-Security-Policy"));
    assertEquals(
        SecurityHeaders.DATA_POLICY,
        answer("/x/../api/v1/me", null, false, new Answer(200)).header("Content-Security-Policy"));
    assertEquals(
        SecurityHeaders.DATA_POLICY,
        answer("/api/v1/x.js", null, false, new Answer(200)).header("Content-Security-Policy"));
  }

  @Test
  void aJsfPageKeepsPrimeFacesNoncePolicyAndIsNotStored() {
    String primeFaces = "default-src 'self'; script-src 'self' 'nonce-abc';";
    Answer page =
        answer(
            "/coach/index.xhtml",
            null,
            false,
            new Answer(
                200,
                "Content-Type",
                "text/html;charset=UTF-8",
                "Content-Security-Policy",
                primeFaces));

    assertEquals(primeFaces, page.header("Content-Security-Policy"));
    assertEquals("no-store", page.header("Cache-Control"));
  }

  @Test
  void otherHtmlGetsThePolicyWithoutInlineScript() {
    Answer page =
        answer("/api-docs.html", null, false, new Answer(200, "Content-Type", "text/html"));

    assertEquals(SecurityHeaders.PAGE_POLICY, page.header("Content-Security-Policy"));
  }

  @Test
  void redirectsAndErrorsAreNotStored() {
    assertEquals(
        "no-store",
        answer("/coach/index.xhtml", null, false, new Answer(302)).header("Cache-Control"));
    assertEquals(
        "no-store",
        answer("/jakarta.faces.resource/nope.js.xhtml", "ln=x&v=1", false, new Answer(404))
            .header("Cache-Control"));
  }

  @Test
  void unversionedFilesKeepTheirOwnCaching() {
    Answer css =
        answer(
            "/jakarta.faces.resource/css/pullsafe.css.xhtml",
            null,
            false,
            new Answer(200, "Cache-Control", "max-age=604800"));
    Answer script = answer("/api-docs.js", null, false, new Answer(200));

    assertEquals("max-age=604800", css.header("Cache-Control"));
    assertNull(script.header("Cache-Control"));
  }

  @Test
  void versionedFilesAreCachedForAYear() {
    Answer core =
        answer(
            "/jakarta.faces.resource/core.js.xhtml",
            "ln=primefaces&v=15.0.13",
            false,
            new Answer(200, "Cache-Control", "max-age=604800"));

    assertEquals(SecurityHeaders.VERSIONED_FILE, core.header("Cache-Control"));
  }

  @Test
  void normalizingDropsEmptyAndDotSegmentsAndAppliesParents() {
    assertEquals("/api/v1/me", SecurityHeaders.normalize("//api//v1/./me"));
    assertEquals("/api/v1/me", SecurityHeaders.normalize("/../../api/v1/me"));
    assertEquals("/", SecurityHeaders.normalize(""));
  }
}
