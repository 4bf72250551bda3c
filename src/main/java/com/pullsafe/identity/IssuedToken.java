package com.pullsafe.identity;

import java.time.Instant;

/**
 * A token just created: the only time its secret {@code token} is ever shown.
 *
 * @param expiresAt when it stops working; null when it never expires
 */
public record IssuedToken(long id, String name, String token, Instant expiresAt) {}
