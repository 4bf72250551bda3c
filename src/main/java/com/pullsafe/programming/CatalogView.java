package com.pullsafe.programming;

import java.util.List;

/** An entry of the alternatives catalog (api-v1 {@code GET /alternatives}). */
public record CatalogView(
    Alternative code, String name, Alternative.Kind kind, List<Purpose> purposes, Dose dose) {}
