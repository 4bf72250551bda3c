package com.pullsafe.webhooks;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.identity.Role;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant admin's webhooks: add (the secret is answered once), enable or disable, delete, the
 * recent deliveries and sending one again. Another tenant's endpoint or delivery is {@link
 * NotFound}.
 */
@Stateless
@RolesAllowed(Role.TENANT_ADMIN_NAME)
public class WebhookService {

  static final Bundle TEXTS =
      Bundle.of("com.pullsafe.webhooks.WebhookMessages", WebhookService.class);
  static final int URL_MAX = 500;
  static final int RECENT_DELIVERIES = 50;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private Event<DeliveriesQueued> queued;
  @Inject private AuditTrail audit;

  public List<WebhookView> list() {
    return em
        .createNamedQuery("WebhookEndpoint.findAll", WebhookEndpoint.class)
        .getResultList()
        .stream()
        .map(WebhookEndpoint::view)
        .toList();
  }

  public CreatedWebhook create(NewWebhook input) {
    Set<WebhookEvent> events = validEvents(input);
    String secret = newSecret();
    WebhookEndpoint endpoint =
        new WebhookEndpoint(input.url().strip(), events, secret, Instant.now());
    em.persist(endpoint);
    em.flush();
    audit.record(
        AuditAction.WEBHOOK_ADDED,
        "Webhook",
        endpoint.getId(),
        endpoint.getUrl(),
        TEXTS.text("audit.added", endpoint.getUrl()));
    return new CreatedWebhook(endpoint.view(), secret);
  }

  public WebhookView setActive(long id, boolean active) {
    WebhookEndpoint endpoint = find(id);
    endpoint.setActive(active);
    return endpoint.view();
  }

  public void delete(long id) {
    WebhookEndpoint endpoint = find(id);
    em.remove(endpoint);
    em.flush();
    audit.record(
        AuditAction.WEBHOOK_DELETED,
        "Webhook",
        id,
        endpoint.getUrl(),
        TEXTS.text("audit.deleted", endpoint.getUrl()));
  }

  public List<DeliveryView> recentDeliveries() {
    return em
        .createNamedQuery("WebhookDelivery.findRecent", WebhookDelivery.class)
        .setMaxResults(RECENT_DELIVERIES)
        .getResultList()
        .stream()
        .map(WebhookDelivery::view)
        .toList();
  }

  /** Sends delivery {@code id} again once this transaction commits, whatever its status. */
  public DeliveryView resend(long id) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
    if (delivery == null) {
      throw new NotFound("Delivery");
    }
    delivery.resendNow(Instant.now());
    em.flush();
    queued.fire(new DeliveriesQueued(Set.of(delivery.endpointId())));
    return delivery.view();
  }

  private WebhookEndpoint find(long id) {
    return Optional.ofNullable(em.find(WebhookEndpoint.class, id))
        .orElseThrow(() -> new NotFound("Webhook"));
  }

  /** The events asked for; refuses a bad URL and unknown or missing events, naming the field. */
  private static Set<WebhookEvent> validEvents(NewWebhook input) {
    List<FieldError> errors = new ArrayList<>();
    String url = input.url() == null ? "" : input.url().strip();
    if (url.isEmpty()) {
      errors.add(new FieldError("url", TEXTS.text("url.required")));
    } else if (url.length() > URL_MAX) {
      errors.add(new FieldError("url", TEXTS.text("url.tooLong", URL_MAX)));
    } else {
      EndpointUrl.refusal(url).ifPresent(key -> errors.add(new FieldError("url", TEXTS.text(key))));
    }
    Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
    List<String> asked = input.events() == null ? List.of() : input.events();
    for (String type : asked) {
      Optional<WebhookEvent> event = type == null ? Optional.empty() : WebhookEvent.ofType(type);
      if (event.isPresent()) {
        events.add(event.get());
      } else {
        errors.add(new FieldError("events", TEXTS.text("events.unknown", type)));
      }
    }
    if (asked.isEmpty()) {
      errors.add(new FieldError("events", TEXTS.text("events.required")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return events;
  }

  /** 32 random bytes in hex, prefixed so a leaked one is recognisable. */
  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + HexFormat.of().formatHex(bytes);
  }
}
