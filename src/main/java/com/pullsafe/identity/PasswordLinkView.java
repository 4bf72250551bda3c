package com.pullsafe.identity;

import java.io.Serializable;

/** A working password link as its page shows it: whose password it sets, and why. */
public record PasswordLinkView(String email, PasswordLinkPurpose purpose) implements Serializable {}
