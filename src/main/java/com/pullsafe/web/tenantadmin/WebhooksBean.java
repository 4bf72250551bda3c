package com.pullsafe.web.tenantadmin;

import com.pullsafe.shared.NotFound;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.Texts;
import com.pullsafe.webhooks.CreatedWebhook;
import com.pullsafe.webhooks.DeliveryView;
import com.pullsafe.webhooks.NewWebhook;
import com.pullsafe.webhooks.WebhookEvent;
import com.pullsafe.webhooks.WebhookService;
import com.pullsafe.webhooks.WebhookView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /admin/webhooks.xhtml}: add an endpoint (its secret is shown on the answer to that
 * request only), disable, enable or delete one, and the latest deliveries with a way to re-send.
 */
@Named
@RequestScoped
public class WebhooksBean {

  private static final String PAGE = "/admin/webhooks.xhtml";
  private static final Form FORM = Form.of("add").input("url", "url").input("events", "events");

  @Inject private WebhookService webhooks;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private String url;
  private List<String> events = new ArrayList<>();
  private String createdSecret;
  private List<WebhookView> endpoints;
  private List<DeliveryView> deliveries;

  public void add() {
    feedback.submit(
        FORM,
        () -> {
          CreatedWebhook created = webhooks.create(new NewWebhook(url, events));
          createdSecret = created.secret();
          url = null;
          events = new ArrayList<>();
          endpoints = null;
          feedback.info(texts.get("webhooks.added", created.webhook().url()));
        });
  }

  public void disable(long id) {
    webhooks.setActive(id, false);
    feedback.doneThenShow(texts.get("webhooks.disabled"), PAGE);
  }

  public void enable(long id) {
    webhooks.setActive(id, true);
    feedback.doneThenShow(texts.get("webhooks.enabled"), PAGE);
  }

  public void delete(long id) {
    webhooks.delete(id);
    feedback.doneThenShow(texts.get("webhooks.deleted"), PAGE);
  }

  public void resend(long id) {
    try {
      webhooks.resend(id);
      feedback.doneThenShow(texts.get("webhooks.resent"), PAGE);
    } catch (NotFound gone) {
      feedback.error(texts.get("webhooks.gone"));
    }
  }

  public List<String> getEventTypes() {
    return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type).toList();
  }

  /** Where a delivery went, by its endpoint's URL (a deleted endpoint's deliveries are gone). */
  public String urlOf(long webhookId) {
    return getEndpoints().stream()
        .filter(w -> w.id() == webhookId)
        .map(WebhookView::url)
        .findFirst()
        .orElse("");
  }

  public List<WebhookView> getEndpoints() {
    if (endpoints == null) {
      endpoints = webhooks.list();
    }
    return endpoints;
  }

  public List<DeliveryView> getDeliveries() {
    if (deliveries == null) {
      deliveries = webhooks.recentDeliveries();
    }
    return deliveries;
  }

  public String getCreatedSecret() {
    return createdSecret;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events == null ? new ArrayList<>() : events;
  }
}
