package com.pullsafe.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A page's form, to show a service's field errors next to its inputs: the input of field {@code f}
 * is {@code <id>:f} by convention; {@link #input} names the inputs that are called otherwise.
 */
public final class Form {

  private final String id;
  private final Map<String, String> inputs;

  private Form(String id, Map<String, String> inputs) {
    this.id = id;
    this.inputs = Map.copyOf(inputs);
  }

  /** The form whose JSF id is {@code id}. */
  public static Form of(String id) {
    return new Form(id, Map.of());
  }

  /** This form, with the input of {@code field} called {@code inputId} within it. */
  public Form input(String field, String inputId) {
    Map<String, String> more = new HashMap<>(inputs);
    more.put(field, inputId);
    return new Form(id, more);
  }

  /** The client id of the input of {@code field}. */
  public String clientId(String field) {
    return id + ":" + inputs.getOrDefault(field, field);
  }
}
