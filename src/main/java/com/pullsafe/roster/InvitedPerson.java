package com.pullsafe.roster;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person invited: the coach's or athlete's id in the roster, and until when the mailed link
 * works.
 */
public record InvitedPerson(
    long id, String email, String displayName, String role, Long coachId, Instant linkExpiresAt)
    implements Serializable {}
