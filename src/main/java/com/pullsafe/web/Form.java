package com.pullsafe.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's form, to show a service's field errors next to its inputs: the input of field {@code f}
 * is {@code <id>:f} by convention; {@link #input} names the inputs that are called otherwise, and
 * {@link #rows} the inputs of a list's elements, which sit in repeated rows.
 */
public final class Form {

  /** A field of a list's element as a service names it: {@code assign[0].sets}. */
  private static final Pattern ELEMENT_FIELD = Pattern.compile("(\\w+)\\[(\\d{1,9})]\\.(\\w+)");

  private final String id;
  private final Map<String, String> inputs;
  private final Rows rows;
  private final String conflictField;
  private final boolean conflictMessageShown;

  /**
   * The elements of list field {@code list} shown in the rows of the repeated inputs {@code
   * repeatId}: element {@code i} in row {@code rowOfElement.get(i)}.
   */
  private record Rows(
      String list, String repeatId, List<Integer> rowOfElement, Map<String, String> inputs) {}

  private Form(
      String id,
      Map<String, String> inputs,
      Rows rows,
      String conflictField,
      boolean conflictMessageShown) {
    this.id = id;
    this.inputs = Map.copyOf(inputs);
    this.rows = rows;
    this.conflictField = conflictField;
    this.conflictMessageShown = conflictMessageShown;
  }

  /** The form whose JSF id is {@code id}. */
  public static Form of(String id) {
    return new Form(id, Map.of(), null, null, false);
  }

  /** This form, with the input of {@code field} called {@code inputId} within it. */
  public Form input(String field, String inputId) {
    Map<String, String> more = new HashMap<>(inputs);
    more.put(field, inputId);
    return new Form(id, more, rows, conflictField, conflictMessageShown);
  }

  /**
   * This form, with the elements of list field {@code list} in the rows of the repeated inputs
   * {@code repeatId} (a {@code ui:repeat}): the input of {@code list[i].f} is {@code
   * <id>:<repeatId>:<rowOfElement.get(i)>:f}, or the one {@code renamedInputs} names for {@code f}.
   */
  public Form rows(
      String list, String repeatId, List<Integer> rowOfElement, Map<String, String> renamedInputs) {
    Rows inRows = new Rows(list, repeatId, List.copyOf(rowOfElement), Map.copyOf(renamedInputs));
    return new Form(id, inputs, inRows, conflictField, conflictMessageShown);
  }

  /** This form, with a conflict that names no field shown next to the input of {@code field}. */
  public Form conflictNextTo(String field) {
    return new Form(id, inputs, rows, field, conflictMessageShown);
  }

  /**
   * This form, with a conflict that names fields shown globally too: the refusal of a rule explains
   * itself there, its fields say what it refused.
   */
  public Form conflictMessageShown() {
    return new Form(id, inputs, rows, conflictField, true);
  }

  /** The client id of the input of {@code field}. */
  public String clientId(String field) {
    return rowInput(field).orElseGet(() -> id + ":" + inputs.getOrDefault(field, field));
  }

  /**
   * Whether the input of {@code field} sits in a repeated row: the component tree holds such an
   * input once, not by its row's client id, yet a message for that client id shows in the row.
   */
  public boolean inRow(String field) {
    return rowInput(field).isPresent();
  }

  /** The field a conflict that names none is shown next to; empty for the global messages. */
  Optional<String> conflictField() {
    return Optional.ofNullable(conflictField);
  }

  boolean isConflictMessageShown() {
    return conflictMessageShown;
  }

  private Optional<String> rowInput(String field) {
    if (rows == null) {
      return Optional.empty();
    }
    Matcher element = ELEMENT_FIELD.matcher(field);
    if (!element.matches() || !element.group(1).equals(rows.list())) {
      return Optional.empty();
    }
    int index = Integer.parseInt(element.group(2));
    if (index >= rows.rowOfElement().size()) {
      return Optional.empty();
    }
    String inRow = element.group(3);
    return Optional.of(
        id
            + ":"
            + rows.repeatId()
            + ":"
            + rows.rowOfElement().get(index)
            + ":"
            + rows.inputs().getOrDefault(inRow, inRow));
  }
}
